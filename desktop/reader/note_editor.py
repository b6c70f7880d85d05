"""Writing a note in place: a small card under the passage, not a box over it.

The card shows whose note it is and the words it is on, takes the note in a
box of several lines, and keeps it with Save (Ctrl+Enter) or drops it with
Cancel (Escape). The passage stays in view while the note is written.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.signals import emit

WIDTH = 380


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class NoteEditor(QFrame):
    saved = Signal(str)
    """The note's text, when Save is chosen."""
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.setAccessibleName("Note")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("note_editor_heading")
        self.heading.setWordWrap(True)
        self.box = QPlainTextEdit(self)
        self.box.setObjectName("note_editor_text")
        self.box.setAccessibleName("Your note")
        self.box.setTabChangesFocus(True)
        self.box.installEventFilter(self)
        self.save_button = QPushButton("&Save", self)
        self.save_button.setObjectName("note_editor_save")
        self.save_button.setToolTip("Keep the note (Ctrl+Enter)")
        cancel = QPushButton("Cancel", self)
        cancel.setObjectName("note_editor_cancel")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.box)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.hide()

    def open_at(self, where: QRect, who: str, quote: str, text: str = "") -> None:
        """Open under ``where`` (the passage, in the parent's coordinates) for ``who``'s note on ``quote``."""
        on = f"on “{html.escape(_short(quote))}”"
        self.heading.setText(f"<b>{html.escape(who)}’s note</b> {on}" if who else f"Note {on}")
        self.box.setPlainText(text)
        parent = self.parentWidget()
        width = min(WIDTH, (parent.width() - 16) if parent else WIDTH)
        self.resize(width, 190)
        if parent is not None:
            x = min(max(where.left(), 8), max(parent.width() - width - 8, 8))
            y = where.bottom() + 8
            if y + self.height() > parent.height() - 8:  # no room below: above the words
                y = max(where.top() - self.height() - 8, 8)
            self.move(QPoint(x, y))
        self.show()
        self.raise_()
        self.box.setFocus()
        self.box.moveCursor(self.box.textCursor().MoveOperation.End)

    @property
    def text(self) -> str:
        return self.box.toPlainText().strip()

    def save(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        emit(self.saved, self.text)

    def cancel(self) -> None:
        self.hide()
        emit(self.cancelled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.box and is_key and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            self.cancel()
            return True
        return super().eventFilter(watched, event)
