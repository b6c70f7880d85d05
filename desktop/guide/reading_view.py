"""The guide's reading view: the guide as a page, at the reading size, in the window's theme.

A click on a question selects it (and finds its words in the article); the
selected question opens to show why it was asked and what can be done with
it. Links are reachable by Tab and followed with Enter, as in a browser.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop import typefaces
from desktop.guide import document
from desktop.guide_layout import Layout
from desktop.palettes import PALETTES, Palette
from desktop.signals import emit

SIZE_OF_READING = 0.92
"""The guide's type beside the article's: a little smaller, as a side column should be."""
READING_POINT_SIZE = 12.5


class GuideReadingView(QTextBrowser):
    question_selected = Signal(str)
    passage_requested = Signal(int, int)
    action_requested = Signal(str, str)
    """An action on a question (done, edit, up, down, delete, discuss) and the question's id."""

    def __init__(self, audience: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"guide_document_{audience}")
        self.setAccessibleName(f"{audience.capitalize()} guide")
        self.setAccessibleDescription(
            "The discussion guide. Tab moves between questions and passages; Enter selects one."
        )
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._layout: Layout | None = None
        self._palette: Palette = PALETTES["light"]
        self._current: str | None = None
        self._font = "serif"
        self._zoom = 100
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.document().setDocumentMargin(14)
        self._apply_font()

    @property
    def layout_shown(self) -> Layout | None:
        return self._layout

    @property
    def current(self) -> str | None:
        return self._current

    def set_layout(self, layout: Layout | None) -> None:
        """Show ``layout`` (None: nothing, while the guide is being made)."""
        if layout is None and self._layout is None and self._current is None:
            return  # empty already
        self._layout = layout
        if layout is None or (self._current and layout.item(self._current) is None):
            self._current = None
        if layout is None:
            self.document().setDefaultStyleSheet(document.stylesheet(self._palette))
            self.setHtml("")
            return
        self._render(keep_scroll=True)

    def set_look(self, palette: Palette, font: str, zoom: int) -> None:
        self._palette, self._font, self._zoom = palette, font, zoom
        self._apply_font()
        self._render(keep_scroll=True)

    def select(self, question_id: str | None, reveal: bool = True) -> None:
        """Open ``question_id`` (None closes the open one); ``reveal`` scrolls it into view."""
        if question_id == self._current:
            return
        self._current = question_id
        self._render(keep_scroll=True)
        if question_id and reveal:
            self._reveal(question_id)

    def _reveal(self, question_id: str) -> None:
        """Scroll the question into view if it is not, near the top third (as the reader reveals)."""
        position = self._anchor_position(question_id)
        if position is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def _anchor_position(self, name: str) -> int | None:
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if name in fragment.charFormat().anchorNames():
                    return int(fragment.position())
                it += 1
            block = block.next()
        return None

    def _apply_font(self) -> None:
        font = QFont()
        font.setFamilies(typefaces.families(self._font))
        font.setPointSizeF(READING_POINT_SIZE * SIZE_OF_READING * self._zoom / 100)
        self.document().setDefaultFont(font)

    def _render(self, keep_scroll: bool) -> None:
        if self._layout is None:
            return
        scroll = self.verticalScrollBar().value()
        self.document().setDefaultStyleSheet(document.stylesheet(self._palette))
        self.setHtml(document.render(self._layout, self._palette, self._current))
        if keep_scroll:
            self.verticalScrollBar().setValue(scroll)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme, _, rest = url.toString().partition(":")
        if scheme == "q":
            self.select(rest, reveal=False)
            emit(self.question_selected, rest)
            item = self._layout.item(rest) if self._layout else None
            if item is not None and item.end > item.start:
                emit(self.passage_requested, item.start, item.end)
        elif scheme == "p":
            start, _, end = rest.partition(":")
            if start.isdigit() and end.isdigit():
                emit(self.passage_requested, int(start), int(end))
        elif scheme == "do":
            action, _, question_id = rest.partition(":")
            emit(self.action_requested, action, question_id)
