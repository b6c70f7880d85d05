"""A quiet bar above the reader for messages the reader should see (a failed import, say).

A message may carry a link ("Review what was removed…"); a click on it is
reported as ``link_activated`` with the link's target.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.palettes import PALETTES, Palette
from desktop.signals import emit


class MessageBar(QFrame):
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setAccessibleName("Message")
        self._palette = PALETTES["light"]
        self._kind = "info"
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        # Links must take clicks (and Tab and Enter), not only be selectable as text.
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.setOpenExternalLinks(False)
        self.label.setObjectName("message_text")
        self.label.linkActivated.connect(lambda link: emit(self.link_activated, link))
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName("Dismiss message")
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._style()

    def show_message(self, text: str, kind: str = "info") -> None:
        self._kind = kind
        self._style()
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def _style(self) -> None:
        p = self._palette
        bg, fg = (p.error_bg, p.error_text) if self._kind == "error" else (p.info_bg, p.info_text)
        self.setStyleSheet(
            f"QFrame#message_bar {{ background: {bg}; border: 1px solid {p.border}; border-radius: 4px; }}"
            f"QFrame#message_bar QLabel {{ color: {fg}; }}"
        )
