"""The top of a page: its headline, and what a page prints above and under it.

A page copied with Ctrl+A rarely starts with its headline. Above it come the
site's name and tagline, a menu, a breadcrumb, a section or category label
("Faith & Family", "Opinion", "DAILY DEVOTIONAL", "Issue 48") and sometimes
the date; under it the byline ("Posted on June 12, 2023 by Ruth Lindqvist",
"Margaret Hale" over "Published June 3, 2024", "5 min read"). The same
happens in a Word file or an e-book whose first paragraph is "By Ruth
Lindqvist". This module reads the blocks before the body starts (the first
long paragraph, list or quote) and says which one is the headline and which
are labels, bylines and dates.

Each block of that top part is one of:

* *furniture*: page chrome or comment furniture (judged by
  :mod:`guides.cleaning.chrome` and :mod:`guides.cleaning.comments`, which
  also take it out), or a menu;
* a *date* or a *byline*, which fill the article's date and author and go to
  ``removed``;
* a *label*: all capitals, "Issue 48", a trail like "Life › Advice", a pair
  like "Faith & Family", a known section name ("Opinion", "Devotional");
* a *candidate*: one line that could be a headline (up to 30 words, no final
  full stop, comma, colon or semicolon; a question may be a headline; one
  sentence; over 100 characters only when title-cased);
* the *body*, where the top part ends.

The headline is the last candidate after the page's own header (the last
furniture, label or date that still has a candidate after it), because the
headline is what stands right above the byline and the text; a byline that
names the author closes the choice (a heading under it is the article's
own). One exception keeps a subtitle or a first subheading from taking the
title's place: a title-cased line of four words or more followed by a line
that is not title cased keeps the title. The top part ends early at a line the article itself
opens with: a field such as "Text: Galatians 6:1-5" or a heading such as
"Introduction". Candidates above the headline are labels too (a column's name,
a site's tagline). When the reader has a title already (a web page's
``<title>``, Markdown's heading, a document's properties), only the labels,
dates and bylines go, and a line repeating the title. Choosing among the
candidates is :mod:`guides.cleaning.headline`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from guides.article import BlockDraft
from guides.cleaning.authors import parse_byline, signature_name
from guides.cleaning.chrome import MENU_WORDS, chrome_line, menu_runs
from guides.cleaning.dates import find_date, is_date_line
from guides.cleaning.headline import (
    _BREADCRUMB,
    _KICKER,
    _choose_headline,
    _Class,
    _names_over_dates,
    _names_under_headlines,
    title_cased,
)
from guides.cleaning.notices import notice

HEAD_BLOCKS = 20
"""The headline is among the first this many blocks besides page furniture, or it is not in the text."""
HEAD_BLOCKS_MAX = 80
"""However long a site's menu, the top of the page ends here."""

HeadKind = Literal["boilerplate", "navigation"]

"""What a line at the top of a page is; a "field" ("Text: Luke 15:11-32") stays in the article."""


@dataclass(frozen=True)
class HeadPiece:
    """Blocks at the top that go out together, and why."""

    indices: tuple[int, ...]
    kind: HeadKind
    reason: str


@dataclass(frozen=True)
class Head:
    """What the top of a page says: the headline and the metadata around it."""

    title: str | None
    title_index: int | None
    """The block that is the headline; it leaves the body (it is the title)."""
    author: str | None
    date: str | None
    site: str | None
    pieces: tuple[HeadPiece, ...]


_ISSUE = re.compile(
    r"^(?:issue|vol(?:ume)?\.?|no\.|number|episode|part|edición|número|n\.º|parte)\s*#?\d+\b.{0,30}$", re.I
)
_READ_TIME = re.compile(r"\b\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\b|\blectura de \d+ minutos\b", re.I)
_TRAIL = re.compile(r"\s+(?:[›»>/|·•]|::)\s+")
_SERIES = re.compile(
    r"\b(?:week|session|lesson|part|study|semana|sesión|lección)\s+\d+\b|\bseries\b|\bserie\b", re.I
)
_PAIR = re.compile(r"^[\w’'-]+(?: [\w’'-]+)?\s+(?:&|and|y|e|\+)\s+[\w’'-]+(?: [\w’'-]+)?$", re.I)
_SECTIONS = frozenset(
    {
        "opinion", "advice", "devotional", "daily devotional", "editorial", "commentary", "analysis",
        "marriage", "parenting", "faith", "family", "life", "lifestyle", "news", "blog", "sermon",
        "sermons", "podcast", "q&a", "features", "feature", "essay", "essays", "column", "reflection",
        "reflections", "letters", "relationships", "culture", "devotionals", "opinión", "familia",
        "matrimonio", "devocional", "reflexión", "consejos", "fe", "vida", "columna", "artículo",
    }
)  # fmt: skip
_FIELD = re.compile(
    r"^(?:text|scripture|read|reading|readings|passage|key verse|verse|series|speaker|preacher|topic|theme|"
    r"lectura|lecturas|texto|pasaje|versículo|versículo clave|tema|serie)\s*:\s*\S",
    re.IGNORECASE,
)
_BARE_REFERENCE = re.compile(
    r"^\(?(?:[1-3]\s?)?[A-ZÁÉÍÓÚ][a-záéíóúñ]+\.?(?: of [A-Z][a-z]+)?\s+\d{1,3}:\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
    r"(?:\s*\([^()]{2,40}\))?\)?\s*$"
)
"""A line that is only a scripture reference ("Deuteronomy 5:12-15", "Luke 15:25-32 (World English Bible)"):
the text of the day, as a field, never the headline."""
_OPENING_HEADINGS = frozenset(
    {
        "introduction", "intro", "background", "overview", "summary", "prologue", "preface", "foreword",
        "opening", "opening prayer", "getting started", "before you begin", "before we begin", "to begin",
        "before you start", "before we start", "aim of this study", "aim of the study", "aim of this session",
        "aims", "aim", "purpose", "opening question", "objetivo", "antes de empezar",
        "warm up", "warm-up", "icebreaker", "introducción", "resumen", "prólogo", "para empezar",
        "read the passage", "read the text", "read it aloud", "read together", "lectura", "lee el pasaje",
        "passage", "the passage", "scripture", "bible passage", "text", "reading", "pasaje", "texto",
    }
)  # fmt: skip
"""Section headings an article opens with: the body has begun, whatever stands above."""


def _opening_heading(line: str) -> bool:
    """Whether ``line`` is one of :data:`_OPENING_HEADINGS`, with its colon or a translation after it
    ("Passage (KJV)", "Scripture:")."""
    name = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", line.strip()).lower().rstrip(":").strip()
    return name in _OPENING_HEADINGS


_FINAL_STOP = re.compile(r"[.,;:]['\"’”)\]»]*$")
_OPENING_QUOTE = re.compile(r"^[\"“‘'«]")
_INNER_SENTENCE = re.compile(r"[a-z)][.!?]['\"’”]?\s+[\"“‘']?[A-Z]")
_LIST_START = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•])\s")


def find_head(
    drafts: Sequence[BlockDraft],
    *,
    title: str | None,
    furniture: Sequence[bool],
) -> Head:
    """Read the top of ``drafts``: the headline (when ``title`` is None), labels, bylines and dates.

    ``furniture[i]`` says whether block ``i`` is comment furniture already
    (a "Leave a comment" link, a form field); page chrome is judged here.
    """
    texts = [d.text for d in drafts]
    limit = min(len(drafts), HEAD_BLOCKS_MAX)
    menus = {i for start, end in menu_runs(texts[:limit]) for i in range(start, end)}
    classes: list[_Class] = []
    for i in range(limit):
        kind = _classify(drafts[i], furniture[i])
        following = i + 1
        if following + 1 < len(drafts) and _COLUMNIST_BIO.search(texts[following]):
            following += 1  # (the columnist's bio between the headline and the letter)
        if kind == "body" and following < len(drafts) and _over_the_letter(texts[i], texts[following]):
            kind = "candidate"  # "Our widowed neighbour knocks every evening at six. I dread it, ...": the
            # column's headline in the letter writer's words, over the byline or the letter
        if kind == "body" and following < len(drafts) and _over_a_byline(drafts[i], texts[following]):
            kind = "candidate"  # "La amistad no se rompe, se descuida: siete hábitos para ..." / "Por Lucía
            # Aranda": a long headline in sentence case, as Spanish writes them, over its byline
        if i in menus and (kind == "candidate" or " ".join(texts[i].split()).lower() in MENU_WORDS):
            kind = "furniture"  # an item of the menu; a label under it ("Faith & Family") stays a label
        if kind == "body" and _tagline(drafts[i], classes):
            kind = "label"  # "notes on an ordinary marriage" under the site's name
        if kind == "body" or sum(1 for c in classes if c not in ("furniture", "field")) >= HEAD_BLOCKS:
            break
        classes.append(kind)
    classes = _names_over_dates(texts, classes)
    classes = _names_under_headlines(texts, classes)
    top = len(classes)

    title_index: int | None = None
    labels: list[int] = []
    if title is None:
        title_index, labels = _choose_headline(texts, classes)
    else:
        wanted = _key(title)
        title_index = next(
            (i for i in range(top) if classes[i] in ("candidate", "label") and _key(texts[i]) == wanted), None
        )
        # A document with a title of its own keeps its headings ("CHAPTER ONE"); a
        # label goes only when a byline, a date or the title repeated follows it.
        before = title_index if title_index is not None else top
        marks = [i for i in range(top) if classes[i] in ("byline", "date") or i == title_index]
        labels = [
            i
            for i in range(before)
            if classes[i] == "label" and drafts[i].kind != "heading" and any(m > i for m in marks)
        ]
        if title_index is not None:
            labels += [i for i in range(title_index) if classes[i] == "candidate"]
    labels.sort()

    author: str | None = None
    date: str | None = None
    pieces: list[HeadPiece] = []
    byline_run: list[int] = []
    for i in range(top):
        if classes[i] in ("date", "byline"):
            found = parse_byline(texts[i]) if classes[i] == "byline" else None
            if classes[i] == "byline" and found is None:
                author = author or signature_name(texts[i])  # a name over its date
            elif found is not None:
                author = author or found.author
                date = date or found.date
            else:
                date = date or find_date(texts[i]) or " ".join(texts[i].split()).strip(" .")
            byline_run.append(i)
            continue
        if byline_run:
            pieces.append(_byline_piece(byline_run, author, date))
            byline_run = []
    if byline_run:
        pieces.append(_byline_piece(byline_run, author, date))

    site: str | None = None
    first = next((i for i in range(top) if classes[i] != "furniture"), None)
    end = title_index if title_index is not None else top
    for run in _runs(labels):
        header = run[0] == first and any(classes[j] in ("furniture", "date") for j in range(run[-1] + 1, end))
        if header:
            name = " ".join(texts[run[0]].split())
            site = name if len(name.split()) <= 6 else None
            what = "name and tagline" if len(run) > 1 else "name"
            reason = f"The site’s {what} at the top of the page."
        else:
            reason = "A section, column or category label around the headline."
        pieces.append(HeadPiece(tuple(run), "navigation", reason))
    pieces.sort(key=lambda p: p.indices[0])
    chosen = _without_genre(" ".join(texts[title_index].split())) if title_index is not None else None
    return Head(
        title=chosen if title is None else None,
        title_index=title_index,
        author=author,
        date=date,
        site=site,
        pieces=tuple(pieces),
    )


_GENRE_PREFIX = re.compile(
    r"^(?:sermon|message|study|bible study|devotional|reflection|homily|serm[oó]n|estudio|devocional):\s*"
    r"[“\"](?P<title>[^”\"]{3,150})[”\"]\s*",
    re.IGNORECASE,
)


def _without_genre(title: str) -> str:
    """A headline without the kind of piece before it in quotes: 'Sermon: "Bring the Cloak: ..." (2 Timothy
    4:9-22)' is titled "Bring the Cloak: ... (2 Timothy 4:9-22)"."""
    found = _GENRE_PREFIX.match(title)
    if found is None:
        return title
    rest = title[found.end() :].strip()
    return f"{found.group('title')} {rest}".strip()


def is_field(line: str) -> bool:
    """A header's field line: "Text: Luke 15:1-7", "Series: Stories Jesus Told, Week 2"."""
    return bool(_FIELD.match(line.strip()))


def is_section_name(line: str) -> bool:
    """A heading that names a part of any article ("Introduction", "Application"), never its title."""
    return _opening_heading(line) or line.lower().strip() in _SECTION_NAMES


_SECTION_NAMES = frozenset(
    "introduction conclusion application applications opening closing summary prayer "
    "introducción conclusión aplicación oración".split()
)


def _tagline(draft: BlockDraft, classes: Sequence[_Class]) -> bool:
    """A short line in lower case right under the site's name, the first thing on the page: its tagline
    ("notes on marriage, kids and faith from a noisy house in Cebu")."""
    shown = [c for c in classes if c != "furniture"]
    line = " ".join(draft.text.split())
    return (
        shown == ["label"]
        and classes[-1] == "label"
        and draft.kind == "paragraph"
        and "\n" not in draft.text.strip()
        and 0 < len(line.split()) <= (14 if line[:1].islower() else 22)
        and not _FINAL_STOP.search(line)
        and not line.rstrip().endswith(("?", "!", '"', "”"))
        # ("Four children, one husband, a dog called Biscuit and a lot of grace, from a draughty house
        # outside Cork": in sentence case, never a title-cased headline under the site's name)
        and (line[:1].islower() or (not title_cased(line) and len(line.split()) >= 6))
    )


_MASTHEAD = re.compile(
    r"^(?=(?:\S+\s+){0,15}\S+$)(?!.*[.!?]\W*$).*\b(?:newsletter|bulletin|magazine|edition|"
    r"(?:monthly|weekly|quarterly) (?:letter|note|update))\b|"
    r"\bin this issue\s*:",
    re.I,
)
_CHURCH_NAME = re.compile(
    r"^(?:(?:Home Groups|Small Groups|Growth Groups|Cell Groups|Fellowship Groups),\s+)?"
    r"(?:[A-Z][\w'’&.-]*\s+){1,4}(?:(?:Baptist|Methodist|Free|Community|Parish|Reformed|Evangelical|"
    r"Presbyterian|Anglican|Lutheran|Pentecostal)\s+)?"
    r"(?:Church|Chapel|Fellowship|Parish|Ministries|Cathedral|Abbey)"
    r"(?:,?\s+(?:Small Groups|Home Groups|Growth Groups|Groups|Youth|Women|Men))?"
    r"(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?){0,2}$"
)
"""A church's or group's name on a line of its own, every word capitalised ("Ashgrove Chapel Small Groups",
"Harbour Lane Church"; never "Coming Back to Church")."""
"""A newsletter's masthead line ("The Marriage Ministry Newsletter of St. Andrew's Church · November",
"In this issue: ..."): a label, whatever its stops."""
_COLUMN_NAME = re.compile(
    r"^[A-Z][\w'’ &-]{1,30},\s+(?:with|by|con|por)\s+(?:[A-Z][\w'’.-]*\s?){1,4}$|"
    r"^(?:[A-Z][\w'’&-]*\s+){1,3}(?:with|con)\s+(?:[A-Z][\w'’.-]*\s?){2,3}$|"
    # an advice column called after its writer: "Ask Imogen", "Dear Abby", "Pregúntale a Marta"
    r"^(?:Ask|Dear|Querid[oa]|Pregúntale a)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?$"
)
"""A column's name and its writer: "Between Us, with Colette Marsh", "Straight Talk with Ingrid Tolle"."""
_GENRE_LINE = re.compile(
    r"^(?:an?|un|una)\s+(?:\w+\s+){0,2}(?:devotional|study|sermon|reflection|meditation|note|letter|"
    r"guide|devocional|estudio|reflexión|sermón|nota|carta)\b(?:\s+(?:for|on|about|para|sobre)\b.{0,40})?$",
    re.I,
)
"""What a piece is, on the line under its title ("A devotional for couples", "A note for parents"): a
subtitle, never the title."""
_COLUMN_HEADLINE = re.compile(r"^(?=(?:\S+\s+){0,24}\S+$)[A-Z][\w .'’&-]{1,30}:\s*[“\"][^”\"]{5,}[”\"]\s*$")
"""A column's headline quoting its letter: 'Ask Marta: "My wife wants to move near her parents. I don't."'."""


_TIMED_HEADING = re.compile(
    r"\(\s*\d+\s*(?:[-–]\s*\d+\s*)?min(?:ute)?s?\s*\)\s*$|\(\s*\d+\s*minutos\s*\)\s*$", re.I
)
"""A study's section heading with its time ("Opening (5 minutes)"): never the headline."""


_QUOTED_HEADLINE = re.compile(r"^[“\"][^”\"]{5,100}[?!.]?[”\"]\s+[A-Z][^.!?\n]{10,140}$")
"""A newspaper's headline that quotes the letter and then says what it is about, with no final stop
("“Why does Nana like Sam best?” My mother-in-law favours our son, and our daughters have noticed")."""


_WRITTEN_BY = re.compile(
    r"^(?:\w+\s+){0,2}(?:written|prepared|compiled|adapted)\s+by\s+(?:the\s+)?[A-Z]", re.IGNORECASE
)
"""A line that says who wrote the piece, after what it is ("Study written by Pastor Lydia ...")."""

_SALUTATION = re.compile(r"^\s*(?:dear|querid[oa]|estimad[oa])\s+[^\n,]{1,40},?\s*$", re.IGNORECASE)


_COLUMNIST_BIO = re.compile(
    r"\b(?:answers|responds to|replies to)\s+(?:your |readers['’]? |reader )?(?:questions|letters)\b|"
    r"\bhas been an? [\w -]{2,40} for [\w-]+ years\b|\bwrites (?:our|this|the) (?:\w+ )?column\b|"
    r"\bresponde (?:\w+ )?(?:a )?(?:las )?(?:preguntas|cartas)\b|\blleva (?:\w+ )?(?:\d+|\w+) años\b",
    re.I,
)
"""A line about the columnist ("... has been a minister for thirty years ... Each month he answers readers'
questions")."""


def _over_the_letter(line: str, following: str) -> bool:
    """Whether a short line of a sentence or two stands right over a byline or a letter's "Dear ...,": an
    advice column's headline in the writer's own words, which reads like a sentence, not a title."""
    text = " ".join(line.split())
    if "\n" in line.strip() or not 4 <= len(text.split()) <= 35 or _SALUTATION.match(text):
        return False
    sentences = len(re.findall(r"[.!?](?:\s|$)", text))
    if sentences > 3 or _KICKER.search(text) or re.search(r"\bwith [A-Z]", text):
        return False  # ("Talking It Over with Harriet Ojo. Published Saturday": the column's name)
    if _COLUMNIST_BIO.search(text):
        return False  # "Bernard Okonjo-Pratt has been a minister for thirty years ... he answers readers'
        # questions": who writes the column, not its headline
    nxt = " ".join(following.split())
    return bool(_SALUTATION.match(nxt)) or (parse_byline(nxt) is not None and nxt.lower().startswith("by "))


def _classify(draft: BlockDraft, furniture: bool) -> _Class:
    text = draft.text.strip()
    line = " ".join(text.split())
    one_line = bool(line) and "\n" not in text
    if furniture or (one_line and (chrome_line(line) is not None or notice(line) is not None)):
        return "furniture"
    if "\n" in text and draft.kind == "paragraph":
        lines = [" ".join(part.split()) for part in text.split("\n") if part.strip()]
        if all(is_label(part) or _MASTHEAD.search(part) for part in lines):
            return "label"  # a masthead and its "In this issue" line, pasted as one block
    if "\n" in text or draft.kind not in ("heading", "paragraph"):
        return "body"
    if is_date_line(line):
        return "date"
    if parse_byline(line) is not None:
        return "byline"
    if _FIELD.match(line) or _BARE_REFERENCE.match(line):
        return "field"  # the article's own "Text: Galatians 6:1-5": kept, and the headline may follow
    if _opening_heading(line) or _TIMED_HEADING.search(line):
        return "body"  # the article's own "Introduction", a study's "Opening (5 minutes)"
    if _BREADCRUMB.search(line):
        return "label"  # a breadcrumb: "Family › Talking It Over"
    if re.fullmatch(r"(?:dear|querid[oa])\s+[A-ZÁÉÍÓÚÑ][\w'’ ]{1,30}", line, re.IGNORECASE):
        return "label"  # the column's name, "Dear Cass", over the letter's own "Dear Cass,"
    if is_label(line) or _MASTHEAD.search(line) or _COLUMN_NAME.match(line) or _GENRE_LINE.match(line):
        return "label"
    if _WRITTEN_BY.match(line):
        return "label"  # "Study written by Pastor Lydia Okafor-Brandt": who wrote it, under the headline
    if _CHURCH_NAME.match(line) or _COLUMNIST_BIO.search(line):
        return "label"  # (a church's name; "Nell Garside answers your questions every Thursday")
    if re.search(r"\s[·|]\s", line) and not line.rstrip().endswith(("?", "!")):
        return "label"  # "Midweek Bible Study · Kingsmead Baptist Church": names set apart, not a headline
    if looks_like_headline(line) or _COLUMN_HEADLINE.match(line) or _QUOTED_HEADLINE.match(line):
        return "candidate"
    return "body"


def _over_a_byline(draft: BlockDraft, following: str) -> bool:
    """A line of one sentence with no final stop, right over a byline that names its author: the headline,
    however long, and whatever its case."""
    line = " ".join(draft.text.split())
    if "\n" in draft.text.strip() or not line[:1].isupper() or len(line.split()) > 30 or len(line) > 200:
        return False
    if _FINAL_STOP.search(line) or _INNER_SENTENCE.search(line):
        return False
    found = parse_byline(" ".join(following.split()))
    return found is not None and found.author is not None


def is_label(line: str) -> bool:
    """A line that names a section, not an article: "DAILY DEVOTIONAL", "Issue 48", "Faith & Family"."""
    words = line.split()
    parts = _TRAIL.split(line)
    if len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts) and not _FINAL_STOP.search(line):
        return True  # a column's header: "Ask Ada | Relationships | 7 min read"
    if _READ_TIME.search(line) and len(words) <= 12:
        return True
    if len(parts) >= 2 and _SERIES.search(line) and len(words) <= 16:
        return True  # "Grove Street Church Home Groups · Spring Series “Second Chances,” Week 4"
    if not words or len(words) > 6 or _FINAL_STOP.search(line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters) and len(words) <= 5:
        return True
    if _ISSUE.match(line) or line.lower().rstrip(":") in _SECTIONS:
        return True
    parts = _TRAIL.split(line)
    if len(parts) >= 2 and all(0 < len(p.split()) <= 3 for p in parts):
        return True
    return len(words) <= 4 and bool(_PAIR.match(line))


def looks_like_headline(line: str) -> bool:
    """One line that could be a headline: short enough, no final full stop, starting with a capital."""
    words = line.split()
    if not words or len(words) > 30 or len(line) > 250 or _LIST_START.match(line):
        return False
    # "I Used to Rescue My Kids From Boredom. I’ve Stopped.": two short sentences, title-cased, are a
    # headline even with a final stop
    headline_pair = (
        title_cased(line)
        and len(words) <= 14
        and line.rstrip(" \"”’'").endswith((".", "!"))
        and bool(_INNER_SENTENCE.search(re.sub(r"\b(?:Dr|Mr|Mrs|Ms|St|Rev|Fr)\.", "", line)))
    )
    if _FINAL_STOP.search(line) and not line.endswith(("...", "…")) and not headline_pair:
        return False
    quoted_inside = bool(re.search(r"[\"”»]|[’'](?![a-z])", line[1:-1]))
    if _OPENING_QUOTE.match(line) and quoted_inside and not title_cased(line):
        # an epigraph: a quotation with its source after it (an apostrophe is no close); but a headline
        # may open on a quotation ('"Speak, for Your Servant Hears": The Old Man Who Knew the Voice')
        return False
    if re.match(r"^[“\"].*[.?!][”\"]$", line) and not (line[-2] == "?" and title_cased(line)):
        # A line someone says ("Can you help out a bit more?"): the article's opening; but a column's
        # headline quotes its letter, title-cased ('"He Says He's Figuring Things Out. Should I Keep
        # Asking?"').
        return False
    asks = line.rstrip(" \"”’'").endswith("?") and title_cased(line)
    # "How Long? Sitting with Psalm 13 in Grief": a question and its subtitle, title-cased.
    asks = asks or (title_cased(line) and bool(re.search(r"[a-z][?!]\s+[A-Z]", line)))
    # (a column's headline may quote its letter at length: '"My father-in-law is remarrying ten months after
    # his wife died, and my husband won't go to the wedding"')
    quoted_whole = bool(re.match(r"^[“\"][^“”\"]{20,200}[”\"]$", line))
    if (_INNER_SENTENCE.search(line) and not asks and not headline_pair) or (
        len(line) > 100 and not title_cased(line) and not quoted_whole
    ):
        # Two sentences, or a long one in sentence case: the body's first paragraph. Two sentences in
        # title case are an advice column's headline ("My Husband Is Never Home. Do I Have a Right to Mind?").
        return False
    first = next((ch for ch in line if ch.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def _byline_piece(run: list[int], author: str | None, date: str | None) -> HeadPiece:
    what = {
        (True, True): "its author and date are",
        (True, False): "its author is",
        (False, True): "its date is",
    }.get((author is not None, date is not None), "it is")
    reason = f"The byline and date of the article; {what} shown with the article."
    return HeadPiece(tuple(run), "boilerplate", reason)


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()
