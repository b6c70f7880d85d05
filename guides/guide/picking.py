"""Choosing questions and readings for a guide from the candidate pool.

A :class:`Picker` remembers what a guide already holds, so that no template
is used twice, no two questions are near-duplicates, and no two questions of
the same kind stand on the same words of the article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

from guides.analysis.sensitive import Intensity, rank
from guides.guide.candidates import Candidate, Context
from guides.guide.model import Question, QuestionKind, Reading, ScriptureReading, Source, Visibility
from guides.guide.quality import near_duplicate

_FAMILY_LIMIT = {"author": 2, "advice_do": 2, "advice_do_two": 2, "theme_reflection": 2}


class Picker:
    """The questions chosen so far for one guide."""

    def __init__(self) -> None:
        self.chosen: list[Candidate] = []

    def accepts(self, candidate: Candidate) -> bool:
        if any(c.template == candidate.template for c in self.chosen):
            return False
        family_uses = sum(1 for c in self.chosen if c.family == candidate.family)
        if family_uses >= _FAMILY_LIMIT.get(candidate.family, 1):
            return False
        for c in self.chosen:
            same_words = c.source.start < candidate.source.end and candidate.source.start < c.source.end
            if same_words and (c.kind == candidate.kind or c.family == candidate.family):
                return False
        return not near_duplicate(candidate.text, (c.text for c in self.chosen))

    def take(self, candidate: Candidate) -> Candidate:
        self.chosen.append(candidate)
        return candidate

    def pick(
        self,
        pool: Iterable[Candidate],
        count: int,
        where: Callable[[Candidate], bool] = lambda c: True,
    ) -> list[Candidate]:
        """Up to ``count`` candidates from ``pool`` (best first) that fit ``where`` and the guide."""
        taken: list[Candidate] = []
        if count <= 0:
            return taken
        for candidate in pool:
            if where(candidate) and self.accepts(candidate):
                taken.append(self.take(candidate))
                if len(taken) == count:
                    break
        return taken


def within(ceiling: Intensity) -> Callable[[Candidate], bool]:
    return lambda c: rank(c.intensity) <= rank(ceiling)


def question_id(text: str, start: int, end: int) -> str:
    """A stable id: the same question on the same words always gets the same id."""
    digest = hashlib.sha1(f"{text}\0{start}\0{end}".encode()).hexdigest()[:10]
    return f"q-{digest}"


def to_question(candidate: Candidate, visibility: Visibility, *, optional: bool = False) -> Question:
    return Question(
        id=question_id(candidate.text, candidate.source.start, candidate.source.end),
        text=candidate.text,
        kind=candidate.kind,
        visibility=visibility,
        source=Source(candidate.source.text, candidate.source.start, candidate.source.end),
        intensity=candidate.intensity,
        separately=candidate.separately,
        optional=optional,
    )


KIND_ORDER: dict[QuestionKind, int] = {
    "icebreaker": 0,
    "observation": 1,
    "interpretation": 2,
    "application": 3,
    "reflection": 4,
}


def in_discussion_order(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Observation, then interpretation, then application; within a kind, in the article's order."""
    return sorted(candidates, key=lambda c: (KIND_ORDER[c.kind], c.source.start, c.text))


def kind_quota(count: int) -> dict[QuestionKind, int]:
    """How many core questions of each kind: the middle (interpretation) grows first."""
    count = max(1, count)
    observation = 1 + (count >= 5) + (count >= 8)
    application = 1 + (count >= 6) + (count >= 9)
    interpretation = max(count - observation - application, 0)
    if count < 3:
        return {"observation": min(count, 1), "interpretation": 0, "application": max(count - 1, 0)}
    return {"observation": observation, "interpretation": interpretation, "application": application}


def readings(ctx: Context, count: int, *, for_group: bool) -> list[Reading]:
    """The paragraphs to read aloud: those holding the key passages, in the article's order.

    For a group, a paragraph heavy with private material gives way to the next
    best one: it is read aloud in a room.
    """
    scored: list[tuple[float, int, int]] = []
    seen: set[int] = set()
    for passage in ctx.analysis.key_passages:
        block = ctx.article.block_at(passage.start)
        if block is None or block.start in seen:
            continue
        seen.add(block.start)
        private = sum(1 for s, e in ctx.private_spans if block.start <= s < block.end)
        penalty = (1.0 if private > 1 else 0.25 * private) if for_group else 0.0
        scored.append((passage.score * (1 - min(penalty, 0.9)), block.start, block.end))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen = sorted(scored[:count], key=lambda item: item[1])
    return [Reading(ctx.article.text[s:e], s, e) for _, s, e in chosen]


def scripture_readings(ctx: Context) -> list[ScriptureReading]:
    """Each distinct scripture reference once, in the article's order, with its verse text."""
    seen: set[str] = set()
    out: list[ScriptureReading] = []
    for use in ctx.analysis.scripture:
        if use.ref in seen:
            continue
        seen.add(use.ref)
        out.append(ScriptureReading(use.text, use.start, use.end, use.ref, use.verse_text, use.translation))
    return out


def scripture_as_readings(scripture: Sequence[ScriptureReading]) -> list[Reading]:
    return [
        Reading(s.verse_text, s.start, s.end, ref=s.ref, translation=s.translation)
        for s in scripture
        if s.verse_text
    ]
