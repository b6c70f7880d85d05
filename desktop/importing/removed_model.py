"""The pieces an import took out of an article, as a checkable list model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.signals import emit
from guides.article import Removed

KIND_LABELS = {
    "comment": "Comment",
    "comment_header": "Comments heading",
    "boilerplate": "Page clutter",
    "navigation": "Navigation",
    "signature": "Signature",
    "letter": "Another letter",
}

Index = QModelIndex | QPersistentModelIndex


class RemovedModel(QAbstractListModel):
    """One row per removed piece; checking a row marks it to be restored."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    SpamRole = Qt.ItemDataRole.UserRole + 3
    ReasonRole = Qt.ItemDataRole.UserRole + 4
    TextRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, removed: tuple[Removed, ...] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._removed = list(removed)
        self._checked: set[str] = set()

    def set_removed(self, removed: tuple[Removed, ...]) -> None:
        self.beginResetModel()
        self._removed = list(removed)
        self._checked &= {r.id for r in removed}
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        return [r.id for r in self._removed if r.id in self._checked]

    @staticmethod
    def label(piece: Removed) -> str:
        kind = KIND_LABELS.get(piece.kind, piece.kind.replace("_", " ").capitalize())
        if piece.kind == "comment":
            kind = "Spam comment" if piece.spam else "Comment"
        who = f" by {piece.author}" if piece.author else ""
        text = " ".join(piece.text.split())
        short = text if len(text) <= 110 else text[:107] + "…"
        return f"{kind}{who}: {short}"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._removed)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._removed):
            return None
        piece = self._removed[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(piece)
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = piece.spam_reason if piece.spam and piece.spam_reason else piece.reason
            return f"{piece.text}\n\nWhy it was removed: {reason}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.label(piece)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if piece.id in self._checked else Qt.CheckState.Unchecked
        if role == self.IdRole:
            return piece.id
        if role == self.KindRole:
            return piece.kind
        if role == self.SpamRole:
            return bool(piece.spam)
        if role == self.ReasonRole:
            return piece.spam_reason if piece.spam and piece.spam_reason else piece.reason
        if role == self.TextRole:
            return piece.text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        piece = self._removed[index.row()]
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(piece.id)
        else:
            self._checked.discard(piece.id)
        emit(self.dataChanged, index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
