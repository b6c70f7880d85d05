"""The reader's own highlights and notes, as a worksheet shows them.

The library that stores highlights comes later; until then anything with
``quote``, ``note``, ``reader``, ``start`` and ``end`` attributes will do
(:class:`HighlightLike`), and :class:`ReaderHighlight` is a ready-made one.
Each highlight is shown with the sentence around it, so a couple reading
"react kindly" on paper knows where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from guides.analysis.sentences import split_sentences
from guides.worksheet.content import HighlightItem

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


class HighlightLike(Protocol):
    """What the worksheet needs of a highlight: the words, the note, who, and where."""

    @property
    def quote(self) -> str: ...

    @property
    def note(self) -> str | None: ...

    @property
    def reader(self) -> str | None: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class ReaderHighlight:
    """A highlight as plain data: ``article.text[start:end] == quote`` when the offsets are known."""

    quote: str
    note: str | None = None
    reader: str | None = None
    start: int = -1
    end: int = -1


def surrounding_sentence(text: str, start: int, end: int) -> str | None:
    """The sentence(s) of ``text`` that the span ``start:end`` falls in, or None if it is out of range.

    Only the paragraph holding the span is segmented, so this stays quick on long articles.
    """
    if not 0 <= start < end <= len(text):
        return None
    block_start = max((m.end() for m in _BLANK_LINE.finditer(text, 0, start)), default=0)
    after = _BLANK_LINE.search(text, end)
    block_end = after.start() if after else len(text)
    block = text[block_start:block_end]
    touching = [
        s for s in split_sentences(block) if s.start < end - block_start and s.end > start - block_start
    ]
    if not touching:
        return None
    return block[touching[0].start : touching[-1].end]


def _locate(text: str, highlight: HighlightLike) -> tuple[int, int] | None:
    start, end = highlight.start, highlight.end
    if 0 <= start < end <= len(text) and text[start:end] == highlight.quote:
        return start, end
    # Offsets from an older copy of the article: find the words instead.
    at = text.find(highlight.quote) if highlight.quote else -1
    return (at, at + len(highlight.quote)) if at >= 0 else None


def highlight_items(highlights: Iterable[HighlightLike], article_text: str | None) -> list[HighlightItem]:
    """The highlights in reading order, each with its sentence when the article is known."""
    placed: list[tuple[int, HighlightItem]] = []
    for index, h in enumerate(highlights):
        quote = (h.quote or "").strip()
        note = (h.note or "").strip() or None
        if not quote and not note:
            continue
        span = _locate(article_text, h) if article_text else None
        sentence = surrounding_sentence(article_text, *span) if article_text and span else None
        order = span[0] if span else len(article_text or "") + index
        placed.append((order, HighlightItem(quote=quote, sentence=sentence, note=note, reader=h.reader)))
    placed.sort(key=lambda pair: pair[0])
    return [item for _, item in placed]
