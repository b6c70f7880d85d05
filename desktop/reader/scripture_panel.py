"""The side panel that shows a scripture reference's verse text beside the reader."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.reader.marks import Verse


def verse_html(verse: Verse) -> str:
    text = (
        html.escape(verse.text)
        if verse.text
        else "<i>The verse text is not available for this reference.</i>"
    )
    cited = f" (cited as “{html.escape(verse.cited)}”)" if verse.cited and verse.cited != verse.ref else ""
    source = (
        f"<p style='color:gray; font-size:small'>{html.escape(verse.translation)}</p>"
        if verse.translation
        else ""
    )
    return f"<p><b>{html.escape(verse.ref)}</b>{cited}</p><p>{text}</p>{source}"


def verse_tip(verse: Verse) -> str:
    """The hover text: reference and verse, kept short enough for a tooltip."""
    text = verse.text or "Verse text not available."
    if len(text) > 420:
        text = text[:417].rsplit(" ", 1)[0] + "…"
    suffix = f" ({verse.translation})" if verse.translation else ""
    return f"{verse.ref}{suffix}\n{text}"


class ScripturePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scripture_panel")
        self.setAccessibleName("Scripture")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)
        self.setMaximumWidth(280)
        heading = QLabel("<b>Scripture</b>", self)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName("Close scripture panel")
        close.clicked.connect(self.hide)
        self.body = QLabel(self)
        self.body.setObjectName("scripture_text")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self.hide()

    def show_verse(self, verse: Verse) -> None:
        self.body.setText(verse_html(verse))
        self.body.setAccessibleDescription(verse_tip(verse))
        self.show()
