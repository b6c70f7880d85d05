"""The author's closing word to a reader in a given place: "If someone you love is watching their dream go
under, please don't cheer from the sidelines. Go and sit with them."

Posts and essays often end this way, and the ending is where the author hands the reader what the story
taught. The counsel is for readers in that place, so it was never put to a whole room as everyone's step
(``counsel_to_reader`` leaves conditional counsel out of group guides). ``closing_word`` quotes the
condition with the counsel, so anyone can answer: for themselves, or for someone they know who is there.
"""

from __future__ import annotations

import re

from guides.analysis.advice import imperative_verb
from guides.analysis.passages import words
from guides.guide.context import Context, Unit
from guides.guide.families.model import Voice
from guides.guide.quotes import Quote, tidy

MAX_CLOSING_WORDS = 32
"""The longest closing word quoted in a question."""

_TO_A_READER = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:if|when)\s+(?:you|you['’]re|you['’]ve|your|someone you|anyone you|a friend|"
    r"the person you|si\s+(?:tú|usted|alguien|tu|estás|eres|tienes))\b[^,;:]{4,140},\s*(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
"""A sentence that opens on the reader's situation and then says what to do ("If you've lost touch with
someone you love, resist the urge to ...")."""

_NOT_COUNSEL = re.compile(
    r"^\W*(?:i['’]m sorry|i am sorry|here['’]s|here is|i (?:want|would|['’]d)\b|you (?:may|might|probably)|"
    r"that counts|it['’]s|this is|lo siento|know (?:that|this)|be assured|trust that|"
    r"(?:bring|pack|buy|carry|grab|wear|book)\b)",
    re.IGNORECASE,
)
"""What follows the condition but is not the counsel: sympathy, a lead-in to counsel, a hedge, comfort
("know that it is not hopeless"), an errand ("bring a pack of cards")."""


_NO_PLACE = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:if|when)\s+you(?:['’]re| are)?\s+(?:brave|able|willing|up for it|game|can|want|"
    r"like|dare|need to|have time)\b",
    re.IGNORECASE,
)
"""A condition that names no place a reader is in ("If you're brave, tell one other person")."""

_PLEA = re.compile(r"^\W*(?:please\s+)?(?:don['’]t|do not|never|no)\s+\w+", re.IGNORECASE)
"""Counsel on what not to do, whatever its verb: "please don't cheer from the sidelines"."""


def closing_word(ctx: Context, unit: Unit, voice: Voice) -> Quote | None:
    """The closing word that opens at ``unit``'s sentence: the condition, the counsel after its comma,
    and the one instruction that follows it, when they read aloud together."""
    p = unit.passage
    if p is None or p.part != 1 or p.traits & {"in_list", "reported"}:
        return None
    if p.block != ctx.once("last body block", lambda: last_body_block(ctx)):
        return None
    block, at = ctx.place_in_block(p)
    if at != 0:
        return None  # the paragraph opens on it
    text = ctx.article.text
    s, e = tidy(text, p.start, p.end, cut=False)
    found = _TO_A_READER.match(text[s:e])
    if found is None or _NO_PLACE.match(text[s:e]):
        return None
    rest = found.group("rest")
    if _NOT_COUNSEL.match(rest) or (imperative_verb(rest, ctx.language) is None and not _PLEA.match(rest)):
        return None
    end = e
    if at + 1 < len(block):
        after = block[at + 1]
        if (
            after.role == "instruction"
            and after.usable
            and len(words(text[s : after.end])) <= MAX_CLOSING_WORDS
        ):
            end = tidy(text, after.start, after.end, cut=False)[1]
    if not 8 <= len(words(text[s:end])) <= MAX_CLOSING_WORDS or "?" in text[s:end]:
        return None
    if (voice == "group" and ctx.private_between(s, end)) or ctx.touches_scripture(s, end):
        return None
    return Quote(text[s:end], s, end)


def last_body_block(ctx: Context) -> int | None:
    """The article's last paragraph of its own (before a sign-off, tags or comments)."""
    last = None
    for p in ctx.reading.passages:
        if ctx.reading.block_role(p.block) == "body" and p.usable and len(words(p.text)) >= 4:
            last = p.block
    return last


def _closing_word(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return closing_word(ctx, unit, voice) is not None


_LESSON = re.compile(
    r"^\W*(?:(?:and|but|so|now)\s+)?(?:I|we)(?:['’]ve| have) (?:\w+ )?(?:learned|learnt) "
    r"(?:to|not to|that)\s|"
    r"^\W*(?:(?:y|pero|así que)\s+)?(?:he|hemos) aprendido (?:a|que|a no)\s",
    re.IGNORECASE,
)
"""The lesson an author's own story taught them, said in their words: "I've learned not to wait for the
feeling.", "He aprendido a no esperar el sentimiento."."""

MAX_LESSON_WORDS = 24

_LESSON_LEANS = re.compile(
    r"\b(?:it|this|that|them|those|these|eso|esto|ello)\W*$|\b(?:too|also|también)\W*$", re.I
)
"""A lesson that leans on the sentence before ("I've learned to expect it"): what "it" is, the reader
lacks."""


def lesson_learned(ctx: Context, unit: Unit, voice: Voice) -> Quote | None:
    """The sentence in which the author, after a story of their own, says what it taught them ("I've
    learned not to wait for the feeling."): a lesson a reader can try living by, quoted whole."""
    p = unit.passage
    if p is None or p.role != "claim" or p.part != 1 or p.traits & {"in_list", "reported"}:
        return None
    text = ctx.article.text
    s, e = tidy(text, p.start, p.end, cut=False)
    said = text[s:e]
    found = _LESSON.match(said)
    if found is None or "?" in said or _LESSON_LEANS.search(said.rstrip(" .!")):
        return None
    if len(words(said[found.end() :])) < 3 or len(words(said)) > MAX_LESSON_WORDS:
        return None
    if any(mark in said for mark in '“”"«»'):
        return None
    story = ctx.once("first story sentence", lambda: _first_story_sentence(ctx))
    if story is None or story >= p.start:
        return None  # no story of the author's before it: nothing taught the lesson
    if (voice == "group" and ctx.private_between(s, e)) or ctx.touches_scripture(s, e):
        return None
    return Quote(said, s, e)


def _first_story_sentence(ctx: Context) -> int | None:
    """Where the article's first sentence of a story stands (read once per article)."""
    return next(
        (
            q.start
            for q in ctx.reading.passages
            if q.role == "example" and ctx.reading.block_role(q.block) == "body"
        ),
        None,
    )


def _lesson_learned(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return lesson_learned(ctx, unit, voice) is not None
