"""The bar above the reader: who is reading, and the highlight palette."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.actions import ActionId, ActionRegistry
from desktop.signals import emit


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ReadingBar(QWidget):
    reader_chosen = Signal(int)
    colour_chosen = Signal(str)
    """A palette colour was clicked: highlight the selection in it."""

    def __init__(
        self, registry: ActionRegistry, colours: dict[str, str], parent: QWidget | None = None
    ) -> None:
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
        self.colour_buttons: dict[str, QToolButton] = {}
        for name, colour in colours.items():
            button = QToolButton(self)
            button.setObjectName(f"highlight_{name}")
            button.setIcon(swatch(colour))
            button.setAutoRaise(True)
            button.setToolTip(f"Highlight the selection in {name}")
            button.setAccessibleName(f"Highlight in {name}")
            button.clicked.connect(lambda _=False, n=name: emit(self.colour_chosen, n))
            self.colour_buttons[name] = button
            layout.addWidget(button)
        for action_id in (ActionId.HIGHLIGHT, ActionId.ADD_NOTE):
            button = QToolButton(self)
            button.setDefaultAction(registry[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setAccessibleName(registry[action_id].text().replace("&", "").rstrip("…"))
            layout.addWidget(button)
        layout.addStretch(1)
        self.reader_box.activated.connect(self.reader_chosen)

    def set_readers(self, names: list[str], current: int) -> None:
        self.reader_box.blockSignals(True)
        self.reader_box.clear()
        self.reader_box.addItems(names)
        self.reader_box.setCurrentIndex(current)
        self.reader_box.blockSignals(False)

    def set_selection_present(self, present: bool) -> None:
        for button in self.colour_buttons.values():
            button.setEnabled(present)
