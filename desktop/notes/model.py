"""Highlights and notes of one article, in reading order, filtered by reader and colour."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desktop.signals import emit

if TYPE_CHECKING:
    from guides.library import Annotation

Index = QModelIndex | QPersistentModelIndex

ALL = ""


class NotesModel(QAbstractListModel):
    """Rows are ``guides.library`` annotations; ``colours`` maps colour names to backgrounds.

    A note is edited in place (its text is the row's EditRole); the model reports the new text as
    ``note_edited`` and changes nothing itself: the controller does, undoably.
    """

    note_edited = Signal(int, str)

    IdRole = Qt.ItemDataRole.UserRole + 1
    StartRole = Qt.ItemDataRole.UserRole + 2
    EndRole = Qt.ItemDataRole.UserRole + 3
    ReaderRole = Qt.ItemDataRole.UserRole + 4
    ColourRole = Qt.ItemDataRole.UserRole + 5
    NoteRole = Qt.ItemDataRole.UserRole + 6
    QuoteRole = Qt.ItemDataRole.UserRole + 7
    OrphanRole = Qt.ItemDataRole.UserRole + 8

    def __init__(self, colours: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._colours = colours
        self._all: list[Annotation] = []
        self._rows: list[Annotation] = []
        self._reader = ALL
        self._colour = ALL

    def set_colours(self, colours: dict[str, str]) -> None:
        self._colours = colours
        if self._rows:
            emit(self.dataChanged, self.index(0), self.index(len(self._rows) - 1))

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.beginResetModel()
        self._all = sorted(annotations, key=_reading_order)
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, reader: str = ALL, colour: str = ALL) -> None:
        self.beginResetModel()
        self._reader, self._colour = reader, colour
        self._rows = self._filtered()
        self.endResetModel()

    @property
    def filter(self) -> tuple[str, str]:
        return self._reader, self._colour

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, annotation_id: int) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == annotation_id), -1)

    def readers(self) -> list[str]:
        return sorted({a.reader for a in self._all if a.reader})

    def _filtered(self) -> list[Annotation]:
        return [
            a
            for a in self._all
            if (not self._reader or a.reader == self._reader)
            and (not self._colour or a.color == self._colour)
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _NOTE_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        annotation = self._rows[index.row()]
        text = str(value).strip()
        if text == annotation.note.strip():
            return False
        emit(self.note_edited, annotation.id, text)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = " ".join(a.quote.split())
            quote = quote if len(quote) <= 90 else quote[:87] + "…"
            who = f"{a.reader}: " if a.reader else ""
            lost = " (passage not found)" if a.status == "orphan" else ""
            head = f"{who}“{quote}”{lost}"
            return f"{head}\n{a.note.strip()}" if a.note.strip() else head
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = "Note" if a.note.strip() else "Highlight"
            return f"{kind} by {a.reader or 'nobody'} in {a.color}: {a.quote}. {a.note}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.note or a.quote
        if role == Qt.ItemDataRole.EditRole:
            return a.note
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(self._colours.get(a.color, "#cccccc"))
        return {
            self.IdRole: a.id,
            self.StartRole: a.start,
            self.EndRole: a.end,
            self.ReaderRole: a.reader,
            self.ColourRole: a.color,
            self.NoteRole: a.note,
            self.QuoteRole: a.quote,
            self.OrphanRole: a.status == "orphan",
        }.get(role)


def _flags() -> Qt.ItemFlag:
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


_NOTE_FLAGS = _flags()


def _reading_order(annotation: Annotation) -> tuple[int, int, int, int]:
    orphan = annotation.status == "orphan"
    start = annotation.start if annotation.start is not None else 0
    end = annotation.end if annotation.end is not None else 0
    return (1 if orphan else 0, start, end, annotation.id)
