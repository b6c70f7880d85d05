"""The small toolbar that appears over a selection in the article, as reading apps have it.

Two rows: Highlight (in the reader's own colour), Note and Copy with reference; then the colours,
each with its name. It floats just above the selected words (below them near the top), goes away
when the selection does, when the article scrolls or on Escape, and reports what was chosen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from desktop.signals import emit


def swatch(colour: str, size: int = 14) -> QIcon:
    """A round spot of the colour, for a button."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class SelectionBar(QFrame):
    highlight_requested = Signal(str)
    """A colour name, or "" for the reader's own colour."""
    note_requested = Signal()
    copy_requested = Signal()

    def __init__(self, colours: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selection_bar")
        self.setAccessibleName("Selection tools")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.highlight_button = self._button("&Highlight", "Highlight the selection in your colour")
        self.highlight_button.setObjectName("selection_highlight")
        self.note_button = self._button("&Note…", "Write a note on the selection")
        self.note_button.setObjectName("selection_note")
        self.copy_button = self._button("&Copy with Reference", "Copy the words with where they come from")
        self.copy_button.setObjectName("selection_copy")
        self.highlight_button.clicked.connect(lambda: self._chosen(self.highlight_requested, ""))
        self.note_button.clicked.connect(lambda: self._chosen(self.note_requested))
        self.copy_button.clicked.connect(lambda: self._chosen(self.copy_requested))
        top = QHBoxLayout()
        top.setSpacing(2)
        for button in (self.highlight_button, self.note_button, self.copy_button):
            top.addWidget(button)
        self.colour_buttons: dict[str, QToolButton] = {}
        colours_row = QGridLayout()
        colours_row.setHorizontalSpacing(2)
        for n, name in enumerate(colours):
            button = self._button(name.capitalize(), f"Highlight in {name}")
            button.setObjectName(f"highlight_{name}")
            button.setAccessibleName(f"Highlight in {name}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(lambda _=False, c=name: self._chosen(self.highlight_requested, c))
            self.colour_buttons[name] = button
            colours_row.addWidget(button, 0, n)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addLayout(colours_row)
        self.set_colours(colours)
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def set_colours(self, colours: Mapping[str, str]) -> None:
        """The swatches in this theme's tints."""
        for name, button in self.colour_buttons.items():
            button.setIcon(swatch(colours.get(name, "#cccccc")))

    def _chosen(self, signal: object, *args: object) -> None:
        self.hide()
        emit(signal, *args)

    def show_near(self, selection: QRect) -> None:
        """Show over ``selection`` (in the parent's coordinates), kept inside the parent."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        x = selection.center().x() - self.width() // 2
        y = selection.top() - self.height() - 6
        if y < 4:  # no room above: below the words
            y = selection.bottom() + 8
        x = min(max(x, 4), max(parent.width() - self.width() - 4, 4))
        y = min(max(y, 4), max(parent.height() - self.height() - 4, 4))
        self.move(QPoint(x, y))
        self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)
