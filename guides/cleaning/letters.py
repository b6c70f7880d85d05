"""Advice columns and Q&A pages that hold several letters.

A column answers two or three letters on one page: "Dear Margaret: ..."
signed "Left Out in Leeds", then "Dear Left Out: ..." for the answer, then
the next "Dear Margaret: ...". A Q&A page does the same with "Q:" and "A:".
A guide drawn from the whole page mixes two unrelated lives, so the page is
split into its letters, each with its answer; the first is the article and
the others are kept aside as ``letter`` pieces the reader can restore.

A letter starts where a paragraph opens by addressing the columnist, the
salutation that comes back most often ("Dear Margaret:", at least twice),
or with "Q:" / "Question:" / "Pregunta:". It counts only when an answer
follows it before the next letter ("Dear Left Out:", or "A:"), so an open
letter that says "Dear friends," twice stays whole. The short line that
signs a letter ("Left Out in Leeds"), which a paste makes look like a
heading, is made a paragraph again.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from guides.article import BlockDraft

_SALUTATION = re.compile(
    r"^(?:dear|querid[ao]s?|estimad[ao]s?|hi|hello)\s+(?P<name>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,3})"
    r"\s*[:,]",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"^(?:q|question|pregunta|p)\s*[:.]\s*\S", re.IGNORECASE)
_ANSWER = re.compile(r"^(?:a|answer|respuesta|r)\s*[:.]\s*\S", re.IGNORECASE)


@dataclass(frozen=True)
class Letter:
    """One letter and its answer: the input blocks ``start`` to ``end - 1`` (less any taken)."""

    start: int
    end: int
    number: int
    """1 for the first letter, which stays the article."""


def find_letters(drafts: Sequence[BlockDraft], *, taken: Collection[int] = ()) -> list[Letter]:
    """The letters of a column with two or more, in order; empty for any other page.

    ``taken`` are blocks already set aside (chrome, comments); they are
    neither letters nor answers.
    """
    body = [i for i in range(len(drafts)) if i not in taken and drafts[i].kind != "heading"]
    starts = _letter_starts(drafts, body)
    if len(starts) < 2:
        return []
    last = max(body) + 1
    letters = []
    for number, start in enumerate(starts, start=1):
        end = starts[number] if number < len(starts) else last
        letters.append(Letter(start=start if number > 1 else 0, end=end, number=number))
    return letters


def _letter_starts(drafts: Sequence[BlockDraft], body: list[int]) -> list[int]:
    questions = [i for i in body if _QUESTION.match(drafts[i].text.strip())]
    answers = {i for i in body if _ANSWER.match(drafts[i].text.strip())}
    if len(questions) >= 2 and _answered(questions, answers, body):
        return questions
    names = {i: _salutation(drafts[i].text) for i in body}
    counts = Counter(name for name in names.values() if name)
    if not counts:
        return []
    columnist, seen = counts.most_common(1)[0]
    if seen < 2:
        return []
    letters = [i for i in body if names[i] == columnist]
    replies = {i for i in body if names[i] and names[i] != columnist}
    return letters if _answered(letters, replies, body) else []


def _answered(starts: list[int], answers: Collection[int], body: list[int]) -> bool:
    """Each letter has an answer before the next letter starts."""
    bounds = [*starts, max(body) + 1]
    return all(any(a in answers for a in range(lo + 1, hi)) for lo, hi in itertools.pairwise(bounds))


def _salutation(text: str) -> str | None:
    match = _SALUTATION.match(text.strip())
    return match.group("name").casefold() if match else None


def unsign_letters(drafts: list[BlockDraft], letters: Sequence[Letter]) -> list[BlockDraft]:
    """A short heading right before an answer is the letter's signature: a paragraph again."""
    if not letters:
        return drafts
    out = list(drafts)
    for i in range(1, len(out) - 1):
        draft = out[i]
        if draft.kind != "heading" or len(draft.text.split()) > 8:
            continue
        follows = out[i + 1].text.strip()
        if _salutation(follows) or _ANSWER.match(follows):
            out[i] = replace(draft, kind="paragraph", level=0)
    return out
