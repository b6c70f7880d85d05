"""The guide as a sequence of steps to talk through: one question (or one reading) at a time.

Made from the guide as the window reads it (desktop/guide_layout.py), so the
steps carry the same part names, numbers and instructions as the page and
the paper. A couple's steps are every question of their guide; a group's or a
session's are the questions asked in the room (never the take-home ones or
the leader's own). A part's passages to read aloud are one step, its
"I will ..." lines another; its instructions come with its first step and its
closing (a prayer, a round of words) with its last.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from desktop.guide_layout import Item, Layout, Part
from guides.article import Article

StepKind = Literal["question", "reading", "lines", "note"]


@dataclass(frozen=True)
class Step:
    kind: StepKind
    part_key: str
    part_title: str
    minutes: int
    text: str = ""
    number: str | None = None
    question_id: str | None = None
    readings: tuple[Item, ...] = ()
    lines: tuple[Item, ...] = ()
    before: tuple[str, ...] = ()
    """Instructions for the part, shown with its first step."""
    after: tuple[str, ...] = ()
    """The part's closing, shown with its last step."""
    start: int = 0
    end: int = 0

    @property
    def key(self) -> str:
        """What the step is, across a regenerated or edited guide: its question, or its part and kind."""
        return self.question_id or f"{self.part_key}/{self.kind}"


def steps_of(layout: Layout) -> list[Step]:
    """Every step of the guide, in order."""
    out: list[Step] = []
    for part in layout.parts:
        if part.extra:  # the paper's extras (scripture, marks, follow-up): not talked through
            continue
        out += _part_steps(part, layout.edition)
    return out


def _asked(item: Item, edition: str) -> bool:
    return edition == "couple" or item.visibility == "everyone"


def _part_steps(part: Part, edition: str) -> list[Step]:
    """``edition`` is the one the guide's tab reads like (:func:`desktop.guide_layout.edition`)."""
    before = [i.text for i in part.items if i.kind == "note"]
    if edition == "couple":  # a couple's care notes are theirs; a group's are the leader's, not the room's
        before += [i.text for i in part.items if i.kind == "care"]
    after = [i.text for i in part.items if i.kind == "closing"]
    base = Step("note", part.key, part.title, part.minutes)
    steps: list[Step] = []
    readings = tuple(i for i in part.items if i.kind in ("reading", "scripture"))
    if readings:
        steps.append(replace(base, kind="reading", readings=readings))
    for item in part.items:
        if item.kind == "question" and _asked(item, edition):
            steps.append(
                replace(
                    base,
                    kind="question",
                    text=item.text,
                    number=item.number,
                    question_id=item.id,
                    start=item.start,
                    end=item.end,
                )
            )
    lines = tuple(i for i in part.items if i.kind == "prompt")
    if lines:
        steps.append(replace(base, kind="lines", lines=lines))
    if not steps and (before or after):
        steps.append(base)
    if steps:
        steps[0] = replace(steps[0], before=tuple(before))
        steps[-1] = replace(steps[-1], after=tuple(after))
    return steps


def index_of(steps: Sequence[Step], key: str | None, fallback: int = 0) -> int:
    """Where the step ``key`` is now; ``fallback`` (kept in range) when it has gone."""
    if key:
        for n, step in enumerate(steps):
            if step.key == key:
                return n
    return min(max(fallback, 0), max(len(steps) - 1, 0))


def passage(article: Article | None, start: int, end: int) -> tuple[str, int, int] | None:
    """The paragraph a question stands on, and where its words are in it: (text, start, end)."""
    if article is None or end <= start:
        return None
    for block in article.blocks:
        if block.start <= start < block.end or (block.start < end <= block.end):
            first = max(start, block.start) - block.start
            last = min(end, block.end) - block.start
            return block.text, first, last
    return None
