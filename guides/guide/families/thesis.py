"""The thesis as a clause: the claim the author argues read out of its sentence ("The author argues that
...", "If it is true that ..."), whether the author plainly argues it, and the point a story of the
article is asked about ("What does it show about the author's point that ...?").
"""

from __future__ import annotations

import re

from guides.analysis.advice import imperative_verb
from guides.analysis.argument import FRAMED
from guides.analysis.cues import READING_OF_TEXT, SECOND_CLAIM
from guides.guide.context import Context, Unit
from guides.guide.families.claims import _HAS_VERB, _key_contrast
from guides.guide.families.lists import ITEM_MARK
from guides.guide.families.model import Voice
from guides.guide.families.parsing import _BACK, _LABEL, _SUBORDINATE, ALL_OF_THAT, lower_start
from guides.guide.quotes import Quote, tidy


def _thesis_reads_as_clause(ctx: Context, unit: Unit, voice: Voice) -> bool:
    if _thesis_argued(ctx, unit, voice):
        return True  # the claim the author plainly argues for, read from after its frame
    p = unit.passage
    if p is None or re.search(
        r"\bnot\b|n['’]t\b|\bno\b|^\W*(?:the|its) (?:answer|point|key|problem|truth|secret)\b", p.text, re.I
    ):
        return False  # "If it is true that X is not Y" reads badly; "the answer is" needs the question
    if re.match(r"^\W*(?:your?|tu|tus)\b", p.text, re.I):
        return False  # "Your friend is right that ...": said to the letter writer, not to the room
    if _SUBORDINATE.match(p.text) or re.match(r"^\W*(?:because|since|porque|ya que)\b", p.text, re.I):
        return False  # "If it is true that because he carried ours ...": no
    return _claim_clause(ctx, unit) is not None


_THESIS_LEAD = re.compile(
    r"^\W*(?:above all|in the end|in short|simply put|put simply|finally|ultimately|sobre todo|al final)"
    r",?\s+",
    re.I,
)
_THESIS_NEEDS_MORE = re.compile(
    r"^\W*(?:the|its|el|la) (?:answer|point|key|problem|truth|secret|respuesta|clave)\b|"
    r"\b(?:than|as) (?:it|they|he|she) (?:was|were|is|are|did)\W*$|"
    r"^\W*(?!(?:the|a|an|our|my|their|its|this|that)\b)[a-z]+\s+(?:your|yourself|each other|one another)\b|"
    r"^\W*to\s+\w+",  # "to walk down the aisle already knowing ...": a purpose, cut from its sentence
    re.I,
)
"""A thesis that needs what came before it: "the answer is ..." (to which question?), "the care is not
lighter than it was", "the verdict doesn't come from his daughter" (whose?); or counsel put as a claim
("correct your child when you are calm")."""


_UNNAMED_PERSON = re.compile(
    r"^(?:(?!\b(?:child|kid|son|daughter|man|woman|husband|wife|spouse|partner|friend|father|mother|dad|"
    r"mum|mom|parent|teen\w*|person|boy|girl|someone|anyone|everyone)\b).)*\b(?:he|she|his|her|him)\b",
    re.I,
)
"""A thesis about someone it does not name ("the verdict doesn't come from his daughter"): only the author's
claim about their own person, heard in their own words ("a relapse he confesses is not the same thing as a
relapse I uncover"), says who he is."""


def _comparison_goes_on(head: str, rest: str) -> bool:
    """Whether a comparison the head opens closes after the comma ("being received well is just as much a
    skill, and just as much a grace, as receiving others": cut at the comma, "as much a skill" as what?)."""
    return bool(
        re.search(r"\b(?:as (?:much|many|\w+)|more|less|rather|tan(?:to)?|más|menos)\b", head, re.I)
        and re.search(r"\b(?:as|than|como|que)\b", rest, re.I)
    )


def _thesis_clause(ctx: Context, unit: Unit, *, quoted: bool = False) -> Quote | None:
    """The thesis as the clause after "The author argues that": from after any frame the author puts
    round it ("I want to argue that ...", "Here's what I've come to believe: ..."), the first of two
    claims joined by "and that", lowercased, with the span it stands on; None when it leans on the
    sentence before it ("It ..."), speaks of the author alone ("I ..."), quotes or asks, or is too short
    or long to hear once."""
    p = unit.passage
    if p is None:
        return None
    start = p.claim[0]
    framed = _LABEL.match(p.text) or FRAMED.match(p.text)
    if start == p.start and framed is not None and framed.end() < len(p.text) - 12:
        start = p.start + framed.end()
    s, e = tidy(ctx.article.text, start, p.end, cut=False)
    text = ctx.article.text[s:e].rstrip(" .!")
    two = SECOND_CLAIM.search(text)
    if two is not None and len(text[: two.start()].split()) >= 5:
        text = text[: two.start()]  # "the midnight rule is a bad reading of a good verse, and that ..."
    if len(text.split()) > 16 and "," in text:
        head = text[: text.index(",")]
        if (
            len(head.split()) >= 8
            and _HAS_VERB.search(head)
            and not re.search(r"\b(?:but|yet|pero)\b", text)
            and not _comparison_goes_on(head, text[len(head) :])
        ):
            text = head  # "... available to us on Saturday mornings, in the truck, on the way to the dump"
    if not 5 <= len(text.split()) <= 24 or any(m in text for m in '“”"«»?;:()'):
        return None
    lead = _THESIS_LEAD.match(text)
    if lead is not None and len(text[lead.end() :].split()) >= 5:
        s, text = s + lead.end(), text[lead.end() :]  # "above all, biblical hospitality is not a trade"
    if _BACK.match(text) or _SUBORDINATE.match(text) or _THESIS_NEEDS_MORE.search(text):
        return None  # "It ...": what "it" is, the sentence before says
    mine = re.search(r"\b(?:i|me|my|we|us|our)\b", text, re.I)
    if _UNNAMED_PERSON.search(text) and not (quoted and mine):
        return None  # "the verdict doesn't come from his daughter": whose, only the article says
    if re.match(r"^\W*(?:i|my|me|yo|mi)\b", text, re.I):
        return None  # "my father ...": the author's own life, not a claim to weigh
    if imperative_verb(text, ctx.language) is not None:
        return None  # "correct your child when you are calm": counsel, never "argues that correct ..."
    lowered = lower_start(ctx, text)
    if lowered is None or ctx.private_between(s, e):
        return None
    return Quote(lowered, s, s + len(text))


def _thesis_argued(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The thesis is one the author plainly argues for: announced, framed, set against what it is not or
    a definition; not a difference better asked as one (``key_contrast``), not a fact about someone the
    story names; and it reads whole as a clause after "argues that"."""
    p = unit.passage
    if p is None or p.role != "claim" or READING_OF_TEXT.match(p.text):
        return False
    if ctx.reading.block_role(p.block) not in ("body", "answer"):
        return False
    marked = (
        p.has("announced")
        or p.has("thesis_cue")
        or bool(p.traits & {"correction", "antithesis", "more_than", "definition"})
        or FRAMED.match(p.text) is not None
    )
    if _key_contrast(ctx, unit, voice):
        return False  # "God does not start with a rebuke. He starts with bread": asked as the difference
    first = re.match(r"^\W*([A-Z][a-z]+)\b", p.text[p.claim[0] - p.start :])
    if first is not None and first.group(1) in ctx.named_words:
        return False  # "Rick isn’t the only one who needs someone to talk to": a fact of one story
    return marked and _thesis_clause(ctx, unit, quoted=True) is not None


def argued_point(ctx: Context) -> Quote | None:
    """The thesis as a clause, when it reads as one (:func:`_thesis_reads_as_clause`): what a story
    the author tells is asked about ("What does it show about the author's point that a marriage needs a
    door it can close?")."""

    def found() -> Quote | None:
        thesis = next((u for u in ctx.units if u.kind == "thesis"), None)
        if thesis is None or not _thesis_reads_as_clause(ctx, thesis, "group"):
            return None
        return _thesis_clause(ctx, thesis)

    return ctx.once("argued point", found)


def _story_argues(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The article argues a point plainly, and the story is not where it says it."""
    point = argued_point(ctx)
    return point is not None and not (unit.start <= point.start < unit.end)


def _claim_clause(ctx: Context, unit: Unit) -> str | None:
    """The thesis as a clause after "If it is true that": lowercased, unquoted, whole."""
    p = unit.passage
    if p is None:
        return None
    s, e = tidy(ctx.article.text, p.start, p.end, cut=False)
    text = ctx.article.text[s:e]
    if s != p.start and not text[:1].isupper():
        return None  # trimmed at the front: the clause is no longer the author's sentence
    text = ITEM_MARK.sub("", text)  # "First, kids are already writing the story": one of the points
    if (
        len(text.split()) > 14
        and "," in text
        and not re.match(r",\s*(?:but|yet|though|although|pero|aunque)\b", text[text.index(",") :], re.I)
    ):
        head = text[: text.index(",")]  # (never the half a "but" turns away from)
        if len(head.split()) >= 5 and re.search(r"\b(?:is|are|was|were|means|needs|takes|es|son)\b", head):
            text = head  # "trust in a marriage is built by kindness", without its trailing modifier
    if not 5 <= len(text.split()) <= 14 or any(m in text for m in '“”"«»?;:'):
        return None
    if re.match(r"^\W*(?:i|we|our|my|us|nuestr[oa]s?|mi|yo)\b", text, re.I) or re.search(
        r"\b(?:I|my)\b", text
    ):
        # "If it is true that our spreadsheet ...", "... that like a lot of people, I now work from home":
        # the author's household, not a claim to test
        return None
    if ctx.private_between(s, e) or _BACK.match(text):
        return None
    if re.search(r"\d|\b(?:six|seven|eight|nine|ten|eleven|twelve) (?:now|years old)\b", text) or any(
        w in ctx.named_words for w in re.findall(r"\b[A-Z][a-z]+\b", text)
    ):
        return None  # "If it is true that Rosalind is six now and Jude is nine": a fact of the story
    if re.search(r"\b(?:verses?|chapters?|versículos?|capítulos?)\b", text, re.I):
        return None  # "the first two servants take two verses each": how the text is laid out, no claim
    if ALL_OF_THAT.match(text):
        return None  # "None of that could have been done in a weekend"
    return lower_start(ctx, text)
