"""The side panel that shows a scripture reference's verse text beside the reader, and the hover card."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.palettes import PALETTES, Palette
from desktop.reader.marks import Verse

TIP_LIMIT = 420
"""Characters of verse text a hover card shows; the panel shows all of it."""


def _verses_html(verse: Verse, muted: str, limit: int | None = None) -> str:
    """The verse text with each verse's number raised before it, as a Bible prints it."""
    if not verse.numbered:
        return html.escape(verse.text or "")
    out: list[str] = []
    used = 0
    for number, text in verse.numbered:
        if limit is not None and used + len(text) > limit and out:
            out.append("…")
            break
        out.append(f"<sup style='color:{muted}'>{html.escape(number)}</sup>&#8202;{html.escape(text)}")
        used += len(text)
    return " ".join(out)


def verse_html(verse: Verse, palette: Palette = PALETTES["light"]) -> str:
    muted = palette.muted
    text = (
        _verses_html(verse, muted)
        if verse.text
        else "<i>The verse text is not available for this reference.</i>"
    )
    cited = f" (cited as “{html.escape(verse.cited)}”)" if verse.cited and verse.cited != verse.ref else ""
    source = (
        f"<p style='color:{muted}; font-size:small'>{html.escape(verse.translation)}</p>"
        if verse.translation
        else ""
    )
    return f"<p><b>{html.escape(verse.ref)}</b>{cited}</p><p style='line-height:140%'>{text}</p>{source}"


def verse_tip(verse: Verse, palette: Palette = PALETTES["light"]) -> str:
    """The hover card: the reference, then the verses with their numbers, kept short."""
    if not verse.text:
        body = "<i>Verse text not available.</i>"
    else:
        body = _verses_html(verse, palette.muted, TIP_LIMIT)
    translation = (
        f" <span style='color:{palette.muted}'>{html.escape(verse.translation)}</span>"
        if verse.translation
        else ""
    )
    return (
        f"<div style='max-width: 26em'><b>{html.escape(verse.ref)}</b>{translation}"
        f"<p style='margin-top:4px'>{body}</p></div>"
    )


def verse_plain(verse: Verse) -> str:
    """The verse as a screen reader says it."""
    suffix = f" ({verse.translation})" if verse.translation else ""
    return f"{verse.ref}{suffix}: {verse.text or 'verse text not available'}"


class ScripturePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scripture_panel")
        self.setAccessibleName("Scripture")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)
        self.setMaximumWidth(280)
        self._palette = PALETTES["light"]
        self._verse: Verse | None = None
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

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.setStyleSheet(f"QFrame#scripture_panel {{ background: {palette.base}; }}")
        if self._verse is not None:
            self.show_verse(self._verse)

    def show_verse(self, verse: Verse) -> None:
        self._verse = verse
        self.body.setText(verse_html(verse, self._palette))
        self.body.setAccessibleDescription(verse_plain(verse))
        self.show()
