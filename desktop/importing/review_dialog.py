"""The review step after an import: what was taken out, and a way to put it back."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import screens
from desktop.importing.removed_model import RemovedModel
from guides.article import Article


def summary(article: Article) -> str:
    """What the import took out and set aside, in a sentence or two.

    "Removed 3 comments (2 spam) and 1 piece of page clutter.", then, for an
    advice column, that its other letters are kept aside, and for an excerpt,
    that its cut-off last sentence is marked.
    """
    comments = [r for r in article.removed if r.kind == "comment"]
    spam = sum(1 for r in comments if r.spam)
    others = Counter(r.kind for r in article.removed if r.kind not in ("comment", "letter"))
    parts = []
    if comments:
        word = "comment" if len(comments) == 1 else "comments"
        parts.append(f"{len(comments)} {word}" + (f" ({spam} spam)" if spam else ""))
    clutter = sum(others.values())
    if clutter:
        parts.append(f"{clutter} piece{'s' if clutter != 1 else ''} of page clutter")
    text = "Removed " + " and ".join(parts) + "." if parts else ""
    letters = len(article.letters)
    if letters:
        kept = "the other one is" if letters == 1 else f"the other {letters} are"
        text += (
            f" This column answers {letters + 1} letters: the first is the article, and {kept} "
            "kept aside with the removed parts, to restore if you want them."
        )
    if article.fragments:
        text += " The last sentence is cut off: it stays in the text, marked as unfinished."
    return text.strip() or "Nothing was removed."


class ReviewDialog(QDialog):
    """Lists ``article.removed``; the reader ticks pieces and restores them."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What the import removed")
        self.setObjectName("review_dialog")
        self.setAccessibleName("Review removed parts")
        screens.fit_dialog(self, QSize(720, 460))
        self.model = RemovedModel(article.removed, self)
        heading = QLabel(
            f"<b>{article.title}</b><br/>{summary(article)} Tick anything that belongs "
            "in the article and choose Restore."
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        self.list = QListView(self)
        self.list.setObjectName("removed_list")
        self.list.setAccessibleName("Removed parts")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        heading.setBuddy(self.list)
        self.details = QLabel(self)
        self.details.setObjectName("removed_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(80)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setText("Select a piece to see all of it and why it was taken out.")
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton("&Restore Ticked", self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        keep = buttons.addButton("&Keep Removed", QDialogButtonBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._on_model_data_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def restore_ids(self) -> list[str]:
        return self.model.checked_ids()

    def _on_list_current_changed(self, current: QModelIndex) -> None:
        text = current.data(RemovedModel.TextRole) or ""
        reason = current.data(RemovedModel.ReasonRole) or ""
        why = f"<i>Why it was removed: {html.escape(reason)}</i>"
        self.details.setText(f"<p>{html.escape(text)}</p><p>{why}</p>")

    def _on_model_data_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.model.checked_ids()))
