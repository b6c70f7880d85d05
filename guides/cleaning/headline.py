"""Which of the lines at the top of a page is the headline: the candidates :mod:`guides.cleaning.head`
classes, weighed against the kickers, bylines and names around them ("The Darn in the Heel" over "Nuala
Breen"; "Fetched from Lo-debar" over "Sunday morning service, Pinelands Community Church").

Kept apart from the head's classing of lines so that each reads as one set of rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from guides.cleaning.authors import parse_byline, signature_name

_Class = Literal["furniture", "date", "byline", "label", "candidate", "field", "body"]

_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over so the to up with de del el la las los y en "
    "para por con".split()
)

_BREADCRUMB = re.compile(r"\s[›»]\s")
"""The separator of a site's breadcrumb ("Family › Talking It Over")."""


def title_cased(line: str) -> bool:
    """Most words capitalised, as headlines are written ("Why We Eat Together")."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if w.lower() not in _SMALL_WORDS]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) * 4 >= len(words) * 3


_CLERGY = re.compile(
    r"^(?:pastor|pastora|rev(?:erend|\.)?|the rev(?:erend|\.)?|father|fr\.|bishop|elder|deacon|canon|padre|"
    r"hermano|hermana)\s+[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,3}(?:\s*,.*)?$",
    re.IGNORECASE,
)
"""A preacher named under the headline ("Pastor Daniel Otieno, Riverside Fellowship, Nairobi")."""


def _names_under_headlines(texts: Sequence[str], classes: list[_Class]) -> list[_Class]:
    """A name alone right under the headline is its byline, "by" or not ("The Darn in the Heel" / "Nuala
    Breen"), and so is a preacher named with a title ("Pastor Daniel Otieno, Riverside Fellowship")."""
    out = list(classes)
    for i in range(1, len(classes)):
        if out[i] != "candidate" or out[i - 1] != "candidate":
            continue
        line = " ".join(texts[i].split())
        if _CLERGY.match(line) or (len(line.split()) <= 4 and signature_name(line) == line):
            out[i] = "byline"
    return out


def _names_over_dates(texts: Sequence[str], classes: list[_Class]) -> list[_Class]:
    """A name on its own line over a date is the byline ("Margaret Hale" / "Published June 3")."""
    out = list(classes)
    for i, kind in enumerate(classes):
        if kind != "candidate" or i + 1 >= len(classes) or classes[i + 1] != "date":
            continue
        earlier = any(c in ("candidate", "label") for c in classes[:i])
        if earlier and signature_name(texts[i]) is not None:
            out[i] = "byline"
    return out


def _choose_headline(texts: Sequence[str], classes: list[_Class]) -> tuple[int | None, list[int]]:
    """The headline's index and the labels above it."""
    top = len(classes)
    # A kicker under the headline ("Sermon manuscript — Week 3 of ...", "Published Tuesday", "From the
    # Hearth & Home newsletter — Issue 42") is a label, though it comes last and reads like a headline.
    kickers = {i for i in range(top) if classes[i] in ("candidate", "label") and _KICKER.search(texts[i])}
    classes = ["label" if i in kickers else c for i, c in enumerate(classes)]
    candidates = [i for i in range(top) if classes[i] == "candidate"]
    # A byline that names the author stands under the headline: what follows it is the
    # article's own first heading. (A date alone may stand above, as Blogger prints it.)
    signed = next(
        (
            i
            for i in range(top)
            if classes[i] == "byline" and candidates and candidates[0] < i and _names_author(texts[i])
        ),
        None,
    )
    before = [i for i in candidates if signed is not None and i < signed]
    after = [i for i in candidates if signed is not None and i > signed]
    if (
        before
        and all(len(texts[i].split()) <= 2 for i in before)
        and any(title_cased(texts[i]) and len(texts[i].split()) >= 4 for i in after)
    ):
        # "FamilyWise" / "By Carolyn Mbeki-Hart · 8 min read" / "Stop Asking Your Teenager to ...": the
        # site's name above the byline, the headline under it.
        signed = None
    if signed is not None:
        top = signed
        candidates = [i for i in candidates if i < signed]
    header_end = -1
    for i in range(top):
        # (a kicker stands under the headline: the article's own first heading after it is no headline)
        if (
            classes[i] in ("furniture", "label", "date")
            and i not in kickers
            and any(c > i for c in candidates)
        ):
            header_end = i
    chosen_from = [i for i in candidates if i > header_end] or candidates
    if not chosen_from:
        labels = [i for i in range(top) if classes[i] == "label"]
        named = [i for i in labels if i not in kickers and not _BREADCRUMB.search(texts[i])]
        if not named:
            return None, []
        pick = named[-1]  # a headline that happens to look like a label ("THE FATHER WHO RAN")
        return pick, [i for i in labels if i != pick]
    pick = chosen_from[-1]
    if len(chosen_from) >= 2:
        a, b = texts[chosen_from[-2]], texts[chosen_from[-1]]
        subtitle = len(b.split()) >= 2 * len(a.split()) >= 4 and not b.rstrip().endswith("?")
        if title_cased(a) and not title_cased(b) and (len(a.split()) >= 4 or subtitle):
            pick = chosen_from[-2]  # a headline ("Learning to Listen"), then its subtitle or first subheading
        elif title_cased(a) and len(a.split()) >= 6 and len(b.split()) <= 3 and "|" not in a:
            pick = chosen_from[-2]  # a headline, then the column's name ("Ask Marion")
        elif a.rstrip().endswith("?") and title_cased(a) and title_cased(b) and not b.rstrip().endswith("?"):
            pick = chosen_from[
                -2
            ]  # "Am I in the Place of God?" over "Joseph and His Brothers After the Funeral"
    labels = [i for i in range(pick) if classes[i] in ("candidate", "label")]
    # A label or kicker right under the headline ("Advice | Dear Evelyn", "Published Tuesday") goes too.
    labels += [i for i in range(pick + 1, top) if classes[i] == "label"]
    return pick, labels


_KICKER = re.compile(
    r"^\W*(?:from (?:the|our)\b.*\b(?:newsletter|magazine|blog|bulletin)|published\b|posted\b|updated\b|"
    r"sermon (?:manuscript|notes|transcript)|issue \d|vol(?:ume|\.)? \d|"
    r"transcri(?:pt|bed) (?:from|of)\b|transcripción)|"
    r"\b(?:week|session|lesson|part) \d+ of\b|\bissue \d+\s*$|"
    r"\btranscri(?:pt|bed) (?:from|of) the (?:recording|sermon|service|talk)\b|"
    # '"Songs for the Long Road": Studies in the Psalms, Week 3': the series and its week
    r"[,:·|–—-]\s*(?:week|session|lesson|part|semana|sesión|lección) \d+\W*$|"
    # "Ashgrove Road Church Home Groups. Autumn series, “Leaders Who Last,” Week 2. Leader's copy."
    r"\b(?:leader|participant|member|student)['’]s (?:copy|edition|guide)\b|"
    r"\bseries\b.{0,60}\b(?:week|session|lesson|part) \d+\b|"
    # "Sunday morning service, Pinelands Community Church, Cape Town", "Morning worship, Broughty Road
    # Baptist Church, Dundee": the service the sermon was preached at
    r"^\W*(?:(?:sunday|saturday|friday|wednesday|easter|christmas|good friday|morning|evening|night|"
    r"midweek)\s+)*(?:morning |evening |family |communion |midweek )?"
    r"(?:service|worship|sermon|message|mass|evensong|vespers|culto|misa|predicación)\b"
    r".{0,80}\b(?:church|chapel|cathedral|parish|fellowship|tabernacle|society|assembly|iglesia|parroquia|"
    r"capilla)\b",
    re.I,
)


def _names_author(text: str) -> bool:
    found = parse_byline(text)
    return (found is not None and found.author is not None) or signature_name(text) is not None
