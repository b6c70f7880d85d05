"""Choosing questions and readings for a guide from the candidate pool.

A :class:`Picker` remembers what a guide already holds, so that no template
is used twice, no two questions are near-duplicates, and no two questions of
the same kind stand on the same words of the article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from guides.analysis.sensitive import Intensity, rank
from guides.guide.candidates import Candidate, Context
from guides.guide.model import Question, QuestionKind, Reading, Source, Visibility
from guides.guide.quality import near_duplicate

_FAMILY_LIMIT = {"author": 2, "advice_do": 2, "advice_do_two": 2, "theme_reflection": 2}

# Where a question comes from, for variety: a section should not be three
# questions about quotes, or three rewrites of the author's questions.
_ORIGINS = {
    "means": "quote",
    "agree": "quote",
    "why_says": "quote",
    "reasons": "quote",
    "notice": "quote",
    "contrast": "quote",
    "big_idea": "quote",
    "connect": "themes",
    "link_why": "themes",
    "describe": "themes",
    "author": "author",
    "author_open": "author",
    "advice_do": "advice",
    "advice_do_two": "advice",
    "advice_do_timed": "advice",
    "advice_do_two_timed": "advice",
    "advice_quote": "advice",
    "step": "quote",
}


def origin(candidate: Candidate) -> str:
    return _ORIGINS.get(candidate.family, candidate.family.split("_")[0])


def _loose(candidate: Candidate) -> bool:
    """Theme and topic questions lean on their source loosely; others quote it."""
    return candidate.family.startswith(("theme_", "topic_"))


class Picker:
    """The questions chosen so far for one guide, and for the section being filled."""

    def __init__(self) -> None:
        self.chosen: list[Candidate] = []
        self._section_from = 0
        self._separate = False
        self._shared: list[Candidate] = []

    def new_section(self, *, separate: bool = False) -> None:
        """Start a section. Family limits count within it; wording stays unique guide-wide.

        Two questions do not stand on the same words anywhere in the guide,
        except in a ``separate`` section (a take-home for couples), which may
        come back to what the room discussed in a more personal way.
        """
        self._section_from = len(self.chosen)
        self._separate = separate

    @property
    def section(self) -> list[Candidate]:
        return self.chosen[self._section_from :]

    def accepts(self, candidate: Candidate) -> bool:
        if any(c.template == candidate.template for c in self.chosen):
            return False
        family_uses = sum(1 for c in self.section if c.family == candidate.family)
        if family_uses >= _FAMILY_LIMIT.get(candidate.family, 1):
            return False
        if not _loose(candidate):
            for c in self.section if self._separate else self._shared:
                if _loose(c):
                    continue
                if c.source.start < candidate.source.end and candidate.source.start < c.source.end:
                    return False
        return not near_duplicate(candidate.text, (c.text for c in self.chosen))

    def take(self, candidate: Candidate) -> Candidate:
        self.chosen.append(candidate)
        if not self._separate:
            self._shared.append(candidate)
        return candidate

    def pick(
        self,
        pool: Sequence[Candidate],
        count: int,
        where: Callable[[Candidate], bool] = lambda c: True,
    ) -> list[Candidate]:
        """Up to ``count`` candidates from ``pool`` (best first) that fit ``where`` and the guide.

        A first pass takes at most one candidate of each origin (quote, themes,
        author, advice ...); a second pass fills what is left.
        """
        taken: list[Candidate] = []
        if count <= 0:
            return taken
        for spread in (True, False):
            for candidate in pool:
                if len(taken) == count:
                    return taken
                if spread and any(origin(c) == origin(candidate) for c in taken):
                    continue
                if where(candidate) and self.accepts(candidate):
                    taken.append(self.take(candidate))
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
    big = ctx.analysis.big_idea
    for passage in ctx.analysis.key_passages:
        block = ctx.article.block_at(passage.start)
        if block is None or block.start in seen:
            continue
        seen.add(block.start)
        private = sum(1 for s, e in ctx.private_spans if block.start <= s < block.end)
        penalty = (1.0 if private > 1 else 0.25 * private) if for_group else 0.0
        # The paragraph that states the big idea is read first.
        bonus = 2.0 if big is not None and block.start <= big.start < block.end else 1.0
        scored.append((passage.score * bonus * (1 - min(penalty, 0.9)), block.start, block.end))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen = sorted(scored[:count], key=lambda item: item[1])
    return [Reading(ctx.article.text[s:e], s, e) for _, s, e in chosen]
