"""A paragraph longer than any real one, cut at its sentence ends into paragraphs a reader can serve.

A real paragraph is a few hundred words; a block of 100 KB is a damaged or
hostile file (a page whose paragraphs lost their tags, a million words on one
line). Every later stage meets it whole: the sentence splitter's time grows
with the square of a block's length, and a worksheet quotes a passage from
it. So, before cleaning, a block longer than
:data:`~guides.budgets.LONG_BLOCK_CHARS` becomes several blocks of the same
kind, cut after a sentence's end where there is one (else at a space, else
anywhere). No character is lost: the cuts fall on the whitespace between the
parts, and each inline span is clipped to the parts it crosses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from guides.article import BlockDraft, Inline
from guides.budgets import LONG_BLOCK_CHARS

_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")


def cut_long_blocks(
    drafts: Iterable[BlockDraft], limit: int = LONG_BLOCK_CHARS
) -> tuple[list[BlockDraft], list[int]]:
    """``drafts`` with each block longer than ``limit`` cut into parts of at most ``limit`` characters.

    Also returns, for each input block and one past the last, the index of its
    first part in the output: a reader's removed pieces are placed by input
    index and move with it. Preformatted blocks are cut at line ends. A
    heading's later parts are paragraphs, and so are a list item's (they
    continue it, not new items).
    """
    out: list[BlockDraft] = []
    starts: list[int] = []
    for draft in drafts:
        starts.append(len(out))
        if len(draft.text) <= limit:
            out.append(draft)
        else:
            out.extend(_parts(draft, limit))
    starts.append(len(out))
    return out, starts


def _parts(draft: BlockDraft, limit: int) -> Iterator[BlockDraft]:
    text = draft.text
    ends = (re.compile(r"\n") if draft.kind == "preformatted" else _SENTENCE_END, _SPACE)
    start = 0
    first = True
    while start < len(text):
        end = len(text) if len(text) - start <= limit else _cut(text, start, limit, ends)
        piece = text[start:end]
        if piece.strip():
            kind = (
                draft.kind if first or draft.kind in ("paragraph", "quote", "preformatted") else "paragraph"
            )
            fragment = draft.fragment_start
            yield BlockDraft(
                kind=kind,
                text=piece,
                level=draft.level if kind == draft.kind else 0,
                ordinal=draft.ordinal if first else None,
                inline=tuple(_clip(draft.inline, start, end)),
                section=draft.section,
                fragment_start=fragment - start if fragment is not None and start <= fragment < end else None,
            )
            first = False
        start = end


def _cut(text: str, start: int, limit: int, patterns: tuple[re.Pattern[str], ...]) -> int:
    """Where the part that starts at ``start`` ends: after the last break of the first kind found."""
    floor = start + limit // 2
    for pattern in patterns:
        last = None
        for match in pattern.finditer(text, floor, start + limit):
            last = match
        if last is not None:
            return last.end()
    return start + limit


def _clip(spans: Iterable[Inline], start: int, end: int) -> Iterator[Inline]:
    for span in spans:
        if span.end > start and span.start < end:
            yield replace(span, start=max(span.start, start) - start, end=min(span.end, end) - start)
