"""The bar above the reader: who is reading, and the two marks (selecting words offers the rest)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.actions import ActionId, ActionRegistry
from desktop.reader.selection_bar import swatch

__all__ = ["ReadingBar", "swatch"]


class ReadingBar(QWidget):
    reader_chosen = Signal(int)

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reading_bar")
        self.setAccessibleName("Reading tools")
        label = QLabel("Reading &as:", self)
        self.reader_box = QComboBox(self)
        self.reader_box.setObjectName("reader_switcher")
        self.reader_box.setAccessibleName("Reading as")
        label.setBuddy(self.reader_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(label)
        layout.addWidget(self.reader_box)
        layout.addSpacing(16)
        for action_id in (ActionId.HIGHLIGHT, ActionId.ADD_NOTE):
            button = QToolButton(self)
            button.setDefaultAction(registry[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setAccessibleName(registry[action_id].text().replace("&", "").rstrip("…"))
            layout.addWidget(button)
        layout.addStretch(1)
        hint = QLabel("Select words to highlight them, note them or copy them", self)
        hint.setObjectName("reading_hint")
        hint.setEnabled(False)  # drawn muted: a hint, not a control
        layout.addWidget(hint)
        self.reader_box.activated.connect(self.reader_chosen)

    def set_readers(self, names: list[str], current: int) -> None:
        self.reader_box.blockSignals(True)
        self.reader_box.clear()
        self.reader_box.addItems(names)
        self.reader_box.setCurrentIndex(current)
        self.reader_box.blockSignals(False)
