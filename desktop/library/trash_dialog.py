"""Edit › Deleted Articles…: the library's trash, to restore an article deleted earlier.

The undo stack only reaches back to this session; the trash keeps what was deleted
until the app empties it (a month) or the reader does, here. The dialog only lists
and asks: the library controller restores (undoably) and empties.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import screens
from desktop.signals import emit
from guides.library import TrashedArticle


def describe(trashed: TrashedArticle) -> str:
    """One line of the list: the title, when it was deleted, and what went with it."""
    try:
        when = datetime.fromisoformat(trashed.deleted_at).astimezone().strftime("%d %b %Y, %H:%M")
    except ValueError:
        when = trashed.deleted_at
    notes = f"{trashed.notes} note{'s' if trashed.notes != 1 else ''}"
    return f"{trashed.title}\ndeleted {when} · {notes}"


class TrashDialog(QDialog):
    restore_requested = Signal(int)  # article id
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle("Deleted Articles")
        self.setAccessibleName("Deleted articles")
        intro = QLabel(
            "Deleted articles wait here with their guides, highlights and notes; "
            "Porchlight empties what has waited a month.",
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("trash_list")
        self.list.setAccessibleName("Deleted articles")
        self.list.setAlternatingRowColors(True)
        self.empty_label = QLabel("The trash is empty.", self)
        self.restore_button = QPushButton("&Restore", self)
        self.restore_button.setObjectName("restore_button")
        self.empty_button = QPushButton("&Empty Trash…", self)
        self.empty_button.setObjectName("empty_trash_button")
        self.empty_button.setAccessibleName("Delete every article in the trash for good")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.empty_button.clicked.connect(lambda: emit(self.empty_requested))
        self.list.itemDoubleClicked.connect(lambda _item: self._on_restore_button_clicked())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        screens.fit_dialog(self, QSize(520, 420))

    def show_trash(self, trashed: Sequence[TrashedArticle]) -> None:
        """List ``trashed`` (newest first), keeping the chosen row where it can."""
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for article in trashed:
            item = QListWidgetItem(describe(article))
            item.setData(Qt.ItemDataRole.UserRole, article.article_id)
            self.list.addItem(item)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.empty_label.setVisible(not trashed)
        self._enable()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
        self.empty_button.setEnabled(self.list.count() > 0)

    def _on_restore_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            emit(self.restore_requested, chosen)
