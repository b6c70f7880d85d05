"""Marks in the article's margin beside every passage that has a note, in its reader's colour.

A short bar runs down the left margin beside the note's lines; hovering over
it says whose note it is and what it says, and a click opens the note for
editing, where it stands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter

from desktop.reader.render import Mark

BAR_WIDTH = 5
GAP = 14
"""Between the bar and the text column."""


@dataclass(frozen=True)
class MarginMark:
    annotation_id: int
    rect: QRect
    colour: str
    reader: str
    note: str

    @property
    def tip(self) -> str:
        who = f"{self.reader}’s note" if self.reader else "Note"
        return f"{who}: {self.note}"


def margin_marks(
    marks: Sequence[Mark],
    left: int,
    span_rect: Callable[[int, int], QRect | None],
    colour: Callable[[Mark], str],
) -> list[MarginMark]:
    """Where each note's bar goes: ``span_rect(start, end)`` gives the passage's lines on screen,
    ``left`` the left edge of the text column."""
    out = []
    for mark in marks:
        if mark.kind != "highlight" or not mark.note.strip() or not mark.key.isdigit():
            continue
        lines = span_rect(mark.start, mark.end)
        if lines is None:
            continue
        rect = QRect(left - GAP - BAR_WIDTH, lines.top(), BAR_WIDTH, max(lines.height(), 8))
        out.append(MarginMark(int(mark.key), rect, colour(mark), mark.reader, mark.note))
    return out


def paint(painter: QPainter, marks: Sequence[MarginMark]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for mark in marks:
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(QColor(mark.colour))
        painter.drawRoundedRect(mark.rect, 2, 2)


def at(marks: Sequence[MarginMark], x: int, y: int) -> MarginMark | None:
    """The mark under a point, a little generously (the bar is narrow)."""
    for mark in marks:
        if mark.rect.adjusted(-6, -2, 6, 2).contains(x, y):
            return mark
    return None
