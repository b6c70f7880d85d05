"""The questions of an advice column's answer: its opening sentences (``column_answer``) and the claims
past them the writer needed to hear (``column_told``). Kept apart from :mod:`.claims`, whose key claims they
stand on, because what a columnist says to one letter writer is read by its own rules (courtesy, the
question said back, a sentence that stops on its auxiliary).
"""

from __future__ import annotations

import re

from guides.analysis.cues import COURTESY
from guides.analysis.passages import words
from guides.guide.context import Context, Unit
from guides.guide.families.claims import _key_claim, _points_back
from guides.guide.families.model import Voice

_ASKED_AGAIN = re.compile(r"^\W*you (?:asked|ask|wrote|write|wondered|wonder|want to know)\b", re.I)
"""The columnist saying the question back ("You asked whether you can stand in a church ...")."""


def _opens_the_answer(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first sentences of the columnist's answer to the first letter of an advice column."""
    p = unit.passage
    if p is None or ctx.reading.block_role(p.block) != "answer" or p.part != 1 or p.role == "note":
        return False
    if re.match(r"^\W*(?:(?:now|first|so|but|and)\W+)?let me\b", p.text, re.I):
        return False  # "Now let me say the harder thing.": the columnist announcing, not yet saying
    if COURTESY.match(p.text) or _ASKED_AGAIN.match(p.text):
        return False  # "First, I'm sorry about the bathroom.", "You asked whether ...": courtesy, the letter
    if re.match(
        r"^\W*(?:(?:first|second|third|next|now|finally|and),?\s+)?(?:about|as for|on)\s", p.text, re.I
    ):
        return False  # "First, about lying awake wondering what you did wrong.": a signpost to a topic
    if re.match(
        r"^\W*(?:before anything else|first(?: of all)?|one more thing|and)\W+(?:a|one)\s+(?:\w+\s+)?"
        r"(?:point|thing|word|note)\W*$",
        p.text,
        re.I,
    ):
        return False  # "Before anything else, a practical point.": a signpost, with nothing said yet
    if _points_back(p.text):
        return False  # "That is worth more than any team leader post.": what "that" is, the reader lacks
    return p in ctx.answer_opening and 6 <= len(words(p.text)) <= 17 and "?" not in p.text


def _told_the_writer(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """One of the claims the columnist's answer turns on, past its opening ("Your grief is not a smaller grief
    because you lived across the water."): what the writer was told, asked about as the writer's to hear."""
    p, key = unit.passage, _key_claim(ctx, unit)
    if p is None or key is None or key.leans or p.role != "claim" or p.part != 1:
        return False
    if ctx.reading.block_role(p.block) != "answer" or p in ctx.answer_opening:
        return False  # (the answer's opening is column_answer's)
    text = p.text.strip()
    if not 6 <= len(words(text)) <= 18 or any(m in text for m in '“”"«»?:;()'):
        return False
    if _points_back(text):
        return False  # "That feeling is not always fair.": which feeling is in the sentence before
    if COURTESY.match(text):
        return False  # "Thirty years is a long time.": sympathy, nothing the writer needed to hear
    if _ELLIPTICAL.search(text):
        return False  # "Thirteen months later, you still are.": still what, the sentence before says
    names = {w for w in re.findall(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b", text[1:]) if w in ctx.named_words}
    return not names and not ctx.private_between(p.start, p.end)


_ELLIPTICAL = re.compile(
    r"\b(?:are|is|was|were|am|do|does|did|can|could|will|would|have|has|had|should)(?:n['’]t)?\W*$", re.I
)
"""A sentence that stops on its auxiliary ("you still are"): the rest is in the sentence before."""
