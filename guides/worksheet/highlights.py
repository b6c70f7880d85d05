"""The reader's own highlights and notes, as a worksheet shows them.

Anything with ``quote``, ``note``, ``reader``, ``start`` and ``end``
attributes will do (:class:`HighlightLike`): the library's
:class:`~guides.library.Annotation` (whose offsets are None when it lost its
place), or :class:`ReaderHighlight`, a ready-made one.
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
    def start(self) -> int | None: ...

    @property
    def end(self) -> int | None: ...


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
    start = -1 if highlight.start is None else highlight.start
    end = -1 if highlight.end is None else highlight.end
    if 0 <= start < end <= len(text) and text[start:end] == highlight.quote:
        return start, end
    # No offsets (a library note that lost its place has None), or offsets from
    # an older copy of the article: find the words instead.
    at = text.find(highlight.quote) if highlight.quote else -1
    return (at, at + len(highlight.quote)) if at >= 0 else None


Span = tuple[str | None, int, int]


def highlight_spans(highlights: Iterable[HighlightLike], article_text: str) -> list[Span]:
    """(reader, start, end) of each highlight found in ``article_text``, for the guide's marks."""
    spans: list[Span] = []
    for h in highlights:
        span = _locate(article_text, h) if (h.quote or "").strip() else None
        if span is not None:
            spans.append((h.reader, *span))
    return spans


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
