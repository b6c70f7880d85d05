"""A change of mind the author tells: "I used to read that as the strong one hauling the weak one up. I
think now that sometimes lifting someone begins with getting down on the ground beside them first."

One in ten articles people bring turns on such a pair of sentences, and careful guides ask about it: what
changed the author's mind, and which of the two the reader has believed. Both sentences are quoted
together, since either alone says half. A reading of something the sentence only points at ("I used to
read that as ...") is asked about only when the verse it points at is named, so that the room knows what
"that" is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guides.analysis.analyze import ScriptureUse
from guides.analysis.cues import USED_TO
from guides.analysis.passages import words
from guides.guide.context import Context, Unit
from guides.guide.families.model import Voice
from guides.guide.quotes import Quote, tidy

MAX_CHANGE_WORDS = 34
"""The longest change of mind read aloud inside a question."""

_NOW = re.compile(
    r"^\W*(?:(?:but|and|so)\s+)?(?:now|these days|today|lately|recently|ahora|hoy|últimamente)\b|"
    r"^\W*(?:(?:but|and|so)\s+)?(?:i|we)\s+(?:now\s+|have come to\s+|['’]ve come to\s+)?"
    r"(?:read|think|believe|see|hear)\b[^.?!]*\b(?:now|these days|today)\b|"
    r"^\W*(?:(?:but|and|so)\s+)?(?:i|we)\s+(?:now|have come to|['’]ve come to)\s+"
    r"(?:read|think|believe|see|hear)\b|"
    r"^\W*it turns out\b|"
    r"^\W*(?:(?:but|and|so)\s+)?(?:i|we)(?:['’]m| am|['’]re| are) (?:starting|beginning|coming) to "
    r"(?:think|see|believe)\b|"
    r"^\W*(?:it|they|that|this)\s+(?:is|are|was|does|do)(?:n['’]t|\s+not)\b[^.?!]*[;,]\s*\w",
    re.IGNORECASE,
)
"""The sentence that says what the author holds now ("Now I read it as a question about direction.",
"I read it now as ...", "It turns out ...", "They are not; neglect is.")."""

_NOTHING_NEW = re.compile(
    r"\b(?:anymore|any more|that way|ya no)\W*$|^\W*i still\b|^\W*(?:it|that) (?:doesn['’]t|isn['’]t)\W*$",
    re.IGNORECASE,
)
"""A turn with nothing in its place ("I don't read it that way anymore."): the change, without what the
author now holds."""

_ASIDE = re.compile(
    r"^\W*(?:\w+(?:\s+\w+){0,3}[.!]|(?:all (?:of )?)?(?:that|this|those|these) (?:is|are|was|were) (?:all )?"
    r"(?:true|right|good|fine|still true)[.!]|todo eso es (?:verdad|cierto)[.!])\s*$",
    re.IGNORECASE,
)
"""A short sentence between the old view and the new ("Pay the bills.", "Visit.", "All of that is true."):
the old view spelled out or granted, read with the change."""

_TURN_WORD = re.compile(r"used|once|always|solía", re.IGNORECASE)
"""A word every opening USED_TO matches holds (as it matches them, in any case): a sentence without one
is no change of mind, found without tidying it first."""


@dataclass(frozen=True)
class Change:
    """A change of mind: the two sentences, quoted together, and the verse they read when it is one."""

    said: Quote
    verse: ScriptureUse | None


def changed_mind(ctx: Context, unit: Unit) -> Change | None:
    """The change of mind that opens at ``unit``'s sentence, when it reads aloud on its own."""
    p = unit.passage
    if p is None or p.role not in ("claim", "example") or p.traits & {"in_list", "reported"}:
        return None
    text = ctx.article.text
    if not _TURN_WORD.search(text, p.start, p.end):
        return None  # (no "used to", "once", "always" or "solía": USED_TO cannot match; most sentences)
    s, e = tidy(text, p.start, p.end, cut=False)
    opening = USED_TO.match(text[s:e])
    if opening is None or re.search(r'[“«]|"(?=\w)', opening.group(0)):
        return None  # "“I used to think getting better meant getting back.”": someone else's words
    block, at = ctx.place_in_block(p)
    if at is None or at + 1 >= len(block):
        return None
    after = block[at + 1]
    between = 0
    while not _NOW.match(after.text) and _ASIDE.match(after.text) and at + between + 2 < len(block):
        # "I used to think honour meant obedience ... Pay the bills. Arrange the care. Visit. All of that is
        # true. But I think now that ...": the old view's list, granted, before what the author holds now
        between += 1
        after = block[at + 1 + between]
    # ("Now I think it's one of the most honest things in the Bible" reads as a guess on its own, but after
    # "I used to think ..." it is what the author holds now)
    if after.part != 1 or after.role not in ("claim", "example", "hedge"):
        return None
    if not _NOW.match(after.text) or _NOTHING_NEW.search(after.text.rstrip(" .!")):
        return None
    if len(words(after.text)) < 4:
        return None  # "It doesn't, quite.": the turn, not what the author holds now
    end = tidy(text, after.start, after.end, cut=False)[1]
    # Too long to read aloud: cut at the last comma that leaves the new view eight words or more ("... in
    # a way we'll both be able to live with, whichever way it goes"), or, still too long, at the first
    # ("love does not keep its own official file on the other person, the one correct version, ready ...")
    commas = [m.start() for m in re.finditer(",", text[after.start : end])]
    for comma in reversed(commas) if len(words(text[s:end])) > MAX_CHANGE_WORDS else ():
        if len(words(text[after.start : after.start + comma])) < 8:
            break
        end = after.start + comma
        if len(words(text[s:end])) <= MAX_CHANGE_WORDS - 4:
            break
    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", "", text[s:end])  # (a question quoted inside: the old view)
    longest = MAX_CHANGE_WORDS + (14 if between else 0)
    if len(words(text[s:end])) > longest or ctx.private_between(s, end) or "?" in unquoted:
        return None
    if ctx.touches_scripture(s, end):
        return None  # the verse quoted inside: the author's words only
    pointing = bool(opening.group("object") or opening.group("objeto"))
    verse = _verse_before(ctx, p.start) if pointing else None
    if pointing and verse is None:
        return None  # "I used to think those contradicted each other": what "those" are, the room can't tell
    return Change(Quote(text[s:end], s, end), verse)


def _verse_before(ctx: Context, start: int) -> ScriptureUse | None:
    """The verse a pointing sentence reads ("I used to read that as ..."): the last one named in the
    sentences just before it, in the same paragraph or the one before."""
    block = ctx.block_index(start)
    floor = ctx.article.blocks[max(0, block - 1)].start
    before = [u for u in ctx.analysis.scripture if floor <= u.start < start]
    return before[-1] if before else None


def _changed_reading(ctx: Context, unit: Unit, voice: Voice) -> bool:
    change = changed_mind(ctx, unit)
    return change is not None and change.verse is not None


def _changed_view(ctx: Context, unit: Unit, voice: Voice) -> bool:
    change = changed_mind(ctx, unit)
    return change is not None and change.verse is None
