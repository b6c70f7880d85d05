"""The reader: a QTextBrowser showing one Article in calm reading typography.

It never loads anything remote: :meth:`loadResource` answers only for local
files that exist, and gives a placeholder image for everything else.
Positions in the document map to offsets in ``Article.text`` (see render.py),
so selections, highlights and "scroll to this passage" all speak offsets.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

# Qt classes used only on a click, a hover or a missing image are imported where they are used:
# each Qt class costs time to set up, and the first frame should not pay for them.
# The rendering (and the html module's entity table it brings) comes when an article is shown:
# the first frame shows the last screen's ready-made HTML.
from desktop.reader import theme
from desktop.signals import emit

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, QUrl
    from PySide6.QtGui import QContextMenuEvent, QImage, QMouseEvent, QPaintEvent
    from PySide6.QtWidgets import QMenu

    from desktop.reader.margin import MarginMark
    from desktop.reader.note_editor import NoteEditor
    from desktop.reader.render import Mark
    from desktop.reader.selection_bar import SelectionBar
    from guides.article import Article

MAX_BLOCKS_SHOWN = 5_000
"""The most paragraphs the reading view lays out: Qt's HTML layout takes about 1 s for 5,000 and
grows faster than that (30,000 short paragraphs froze the window for 14 s). A long novel has fewer;
a longer text is read a chapter at a time."""


def too_long_to_show(article: Article) -> str | None:
    """Why the reading view will not lay ``article`` out, in one line; None when it will."""
    if len(article.blocks) <= MAX_BLOCKS_SHOWN:
        return None
    return (
        f"This is too long to show here ({len(article.blocks):,} paragraphs; the reading view shows up to "
        f"{MAX_BLOCKS_SHOWN:,}): import a chapter or a part of it."
    )


BASE_POINT_SIZE = 12.5


class ReaderView(QTextBrowser):
    reference_hovered = Signal(str)
    """A scripture reference's key, under the mouse ('' when the mouse leaves it)."""
    reference_clicked = Signal(str)
    selection_changed_to = Signal(int, int)
    """The selection as offsets into Article.text; (-1, -1) when there is none."""
    highlight_requested = Signal(str)
    """From the selection bar or the menu: highlight the selection in a colour ("" for the reader's)."""
    note_requested = Signal()
    copy_reference_requested = Signal()
    note_opened = Signal(int)
    """A note's margin mark was clicked (or Edit Note chosen on it): open it where it stands."""
    annotation_delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The article, for reading. Select text to highlight it or add a note.")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._article: Article | None = None
        self._marks: tuple[Mark, ...] = ()
        self._starts: list[int] = []  # article block start offsets
        self._doc_positions: list[int] = []  # document position of each article block
        self._palette = theme.resolve("light")
        self._font_kind = "serif"
        self._zoom = 100
        self._line_width = 68
        self._remote_requests = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.setExtraSelections([]))
        self._hovered = ""
        self._margin: list[MarginMark] = []
        self._shown: tuple[str, str] | None = None
        """The stylesheet and HTML the document was made from (see _set_html)."""
        self._styled: tuple[theme.Palette, str, int, int] | None = None
        """The palette, font, zoom and line width last set (see set_typography)."""
        self.selection_bar: SelectionBar | None = None
        self.note_editor: NoteEditor | None = None
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.highlighted.connect(self._on_link_highlighted)
        self.selectionChanged.connect(self._on_selection_changed)
        self._apply_style()

    # --- content ---------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def remote_requests(self) -> int:
        """How many remote resources the document asked for (and did not get)."""
        return self._remote_requests

    def finish_setup(self, colours: dict[str, str]) -> None:
        """What the first frame can do without: the selection bar, the note card, the margin marks."""
        from desktop.reader.note_editor import NoteEditor
        from desktop.reader.selection_bar import SelectionBar

        self.selection_bar = SelectionBar(colours, self)
        self.selection_bar.highlight_requested.connect(lambda c: emit(self.highlight_requested, c))
        self.selection_bar.note_requested.connect(lambda: emit(self.note_requested))
        self.selection_bar.copy_requested.connect(lambda: emit(self.copy_reference_requested))
        self.note_editor = NoteEditor(self)
        self.set_caret_browsing(False)
        # Hovering over the margin marks needs mouse tracking, which a QTextBrowser's viewport has
        # already (for its links); asking viewport() from Python this early sets up every QWidget
        # class of QtWidgets (5 to 7 ms) to learn what it is.

    def set_caret_browsing(self, on: bool) -> None:
        """Select with the keyboard (a caret, as F7 gives in a browser), or read (no caret; the arrows
        scroll)."""
        from PySide6.QtCore import Qt

        flags = Qt.TextInteractionFlag.TextBrowserInteraction
        if on:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.setTextInteractionFlags(flags)
        self.setCursorWidth(1 if on else 0)

    def show_html(self, html: str) -> None:
        """Show ready-made reader HTML (the last screen, at start) until an article is set."""
        self._article = None
        self._starts, self._doc_positions = [], []
        self._set_html(theme.stylesheet(self._palette), html)
        self._apply_margins()

    def _set_html(self, stylesheet: str, html: str) -> None:
        """The document from ``html`` in ``stylesheet``; left as it is when it was made from both.

        The article opened at start is most often the last screen shown in the first frame, word
        for word: parsing it again and laying it out again is the biggest document of the window.
        """
        if self._shown == (stylesheet, html):
            return
        self.document().setDefaultStyleSheet(stylesheet)
        self.setHtml(html)
        self._shown = (stylesheet, html)

    def rendered_html(self) -> str | None:
        """The HTML of the article as shown now, for the last screen."""
        if self._article is None:
            return None
        from desktop.reader import render

        return render.render_article(self._article, self._marks, self._palette)

    def show_message(self, message: str) -> None:
        self._article = None
        self._starts, self._doc_positions = [], []
        from desktop.reader import render

        self._shown = None
        self.setHtml(render.render_empty(message))

    def set_article(self, article: Article, marks: Sequence[Mark] = ()) -> None:
        problem = too_long_to_show(article)
        if problem is not None:  # an article imported from the command line may be a whole book
            self.show_message(problem)
            return
        same = self._article is not None and self._article.text == article.text
        scroll = self.verticalScrollBar().value() if same else 0
        self._article = article
        self._marks = tuple(marks)
        self._render(keep_selection=same)
        self.verticalScrollBar().setValue(scroll)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def set_marks(self, marks: Sequence[Mark]) -> None:
        if self._article is not None:
            self.set_article(self._article, marks)

    def _render(self, keep_selection: bool = True) -> None:
        assert self._article is not None
        selected = self.selection_range() if keep_selection else None
        from desktop.reader import render

        self._set_html(
            theme.stylesheet(self._palette), render.render_article(self._article, self._marks, self._palette)
        )
        self._apply_margins()
        self._map_positions()
        if selected:  # new marks or a new theme must not take the reader's selection away
            self.select_range(*selected)

    def _map_positions(self) -> None:
        """Find each article block's paragraph in the document, in order."""
        from desktop.reader import render

        assert self._article is not None
        doc = self.document()
        blocks = self._article.blocks
        positions: list[int] = []
        qblock = doc.begin()
        for _ in range(render.HEADER_BLOCKS):
            qblock = qblock.next()
        for block in blocks:
            while qblock.isValid() and qblock.text().replace("\u2028", "\n") != block.text:
                qblock = qblock.next()
            if not qblock.isValid():
                break
            positions.append(qblock.position())
            qblock = qblock.next()
        if len(positions) != len(blocks):  # should not happen; degrade to no mapping
            positions = []
        self._doc_positions = positions
        self._starts = [b.start for b in blocks] if positions else []

    # --- offsets <-> document positions ---------------------------------

    def position_of(self, offset: int) -> int | None:
        if not self._starts or self._article is None:
            return None
        index = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        block = self._article.blocks[index]
        within = min(max(offset - block.start, 0), len(block.text))
        return self._doc_positions[index] + within

    def offset_of(self, position: int) -> int | None:
        if not self._doc_positions or self._article is None:
            return None
        index = bisect.bisect_right(self._doc_positions, position) - 1
        if index < 0:
            return self._article.blocks[0].start
        block = self._article.blocks[index]
        return block.start + min(position - self._doc_positions[index], len(block.text))

    def selection_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.offset_of(cursor.selectionStart())
        end = self.offset_of(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def select_range(self, start: int, end: int) -> None:
        a, b = self.position_of(start), self.position_of(end)
        if a is None or b is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def reveal(self, start: int, end: int, flash: bool = True) -> None:
        """Scroll the passage into view (near the top third) and flash it briefly."""
        a, b = self.position_of(start), self.position_of(max(end, start + 1))
        if a is None or b is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)
        if flash:
            from PySide6.QtGui import QTextCharFormat
            from PySide6.QtWidgets import QTextEdit

            selection = QTextEdit.ExtraSelection()
            sel_cursor = QTextCursor(self.document())
            sel_cursor.setPosition(a)
            sel_cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = sel_cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self._palette.flash))
            selection.format = fmt
            self.setExtraSelections([selection])
            self._flash_timer.start(1400)

    @property
    def flashing(self) -> bool:
        return bool(self.extraSelections())

    # --- typography --------------------------------------------------------

    def set_typography(self, *, theme_name: str, font: str, zoom: int, line_width: int) -> None:
        palette = theme.resolve(theme_name)
        if self._styled == (palette, font, zoom, line_width):
            # As it is (a start sets the last screen's look, then the same preferences): the
            # document's font set again would lay the whole article out again.
            return
        self._palette = palette
        self._font_kind = font
        self._zoom = zoom
        self._line_width = line_width
        self._apply_style()
        self._styled = (palette, font, zoom, line_width)
        if self._article is not None:
            self._render()
        else:
            self.document().setDefaultStyleSheet(theme.stylesheet(self._palette))

    @property
    def palette_name(self) -> str:
        return self._palette.name

    @property
    def colours(self) -> theme.Palette:
        """The window's palette in the theme the reader was given (QWidget.palette() is Qt's)."""
        return self._palette

    def _apply_style(self) -> None:
        font = QFont()
        font.setFamilies(theme.SERIF_FAMILIES if self._font_kind == "serif" else theme.SANS_FAMILIES)
        font.setPointSizeF(BASE_POINT_SIZE * self._zoom / 100)
        self.document().setDefaultFont(font)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(self._palette.base))
        pal.setColor(QPalette.ColorRole.Text, QColor(self._palette.text))
        pal.setColor(QPalette.ColorRole.Window, QColor(self._palette.base))
        self.setPalette(pal)
        self._apply_margins()

    def _apply_margins(self) -> None:
        """Keep lines to about ``line_width`` characters, centred, whatever the window width."""
        metrics = QFontMetricsF(self.document().defaultFont())
        column = metrics.averageCharWidth() * self._line_width
        # The width less the scroll bar: viewport() is costly before the first frame.
        width = self.contentsRect().width() - 16
        side = max((width - column) / 2, 24.0)
        frame = self.document().rootFrame()
        fmt: QTextFrameFormat = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(28)
            fmt.setBottomMargin(48)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_margins()

    # --- no remote resources ----------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QImage

        url = QUrl(url) if isinstance(url, str) else url
        if int(kind) == QTextDocument.ResourceType.ImageResource.value:
            if url.isLocalFile() or url.scheme() == "":
                path = Path(url.toLocalFile() or url.path())
                if path.is_file():
                    image = QImage(str(path))
                    if not image.isNull():
                        return image
            else:
                self._remote_requests += 1
            return placeholder_image()
        if url.isLocalFile() or url.scheme() in ("", "qrc"):
            return super().loadResource(kind, url)
        self._remote_requests += 1
        return None

    # --- signals -------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        from desktop.reader.render import REFERENCE_SCHEME

        if url.scheme() == REFERENCE_SCHEME:
            emit(self.reference_clicked, url.path())
        elif url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)  # the reader's own browser, on the reader's click

    def _on_link_highlighted(self, url: QUrl) -> None:
        from desktop.reader.render import REFERENCE_SCHEME

        key = url.path() if url.scheme() == REFERENCE_SCHEME else ""
        if key != self._hovered:
            self._hovered = key
            emit(self.reference_hovered, key)

    def show_tip(self, text: str) -> None:
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QToolTip

        if text:
            QToolTip.showText(QCursor.pos() + QPoint(12, 16), text, self)
        else:
            QToolTip.hideText()

    def _on_selection_changed(self) -> None:
        selected = self.selection_range()
        if selected is None and self.selection_bar is not None:
            self.selection_bar.hide()
        emit(self.selection_changed_to, *(selected or (-1, -1)))

    # --- marking: whole words, the selection bar, notes in the margin, the menu -------------

    def snap_selection(self) -> tuple[int, int] | None:
        """Widen the selection to whole words (desktop/reader/words.py); returns it."""
        from desktop.reader.words import snap

        selected = self.selection_range()
        if selected is None or self._article is None:
            return selected
        snapped = snap(self._article.text, *selected)
        if snapped != selected and snapped[1] > snapped[0]:
            self.select_range(*snapped)
        return snapped if snapped[1] > snapped[0] else None

    def span_rect(self, start: int, end: int) -> QRect | None:
        """The lines of ``start:end`` on screen, in the viewport's coordinates."""
        a, b = self.position_of(start), self.position_of(end)
        if a is None or b is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        top = self.cursorRect(cursor)
        cursor.setPosition(b)
        bottom = self.cursorRect(cursor)
        from PySide6.QtCore import QRect

        return QRect(top.left(), top.top(), max(bottom.right() - top.left(), 1), bottom.bottom() - top.top())

    def selection_rect(self) -> QRect | None:
        """The selection on screen, in this widget's coordinates (where the bar and the card go)."""
        selected = self.selection_range()
        rect = self.span_rect(*selected) if selected else None
        if rect is None:
            return None
        return rect.translated(self.viewport().pos())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        from PySide6.QtCore import Qt

        if event.button() != Qt.MouseButton.LeftButton or self.selection_bar is None:
            return
        if self.snap_selection() is not None:
            self.show_selection_bar()

    def show_selection_bar(self) -> None:
        rect = self.selection_rect()
        if rect is not None and self.selection_bar is not None:
            self.selection_bar.show_near(rect)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.selection_bar is not None and dy:
            self.selection_bar.hide()

    def margin_marks(self) -> list[MarginMark]:
        from desktop.reader.margin import margin_marks

        if self._article is None or not self._starts:
            return []
        frame = self.document().rootFrame().frameFormat()
        left = int(frame.leftMargin()) - self.horizontalScrollBar().value()
        height = self.viewport().height()
        marks = margin_marks(self._marks, left, self.span_rect, lambda m: self._palette.mark(m.tone))
        return [m for m in marks if m.rect.bottom() >= 0 and m.rect.top() <= height]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not any(m.kind == "highlight" and m.note for m in self._marks):
            self._margin = []
            return
        from PySide6.QtGui import QPainter

        from desktop.reader import margin

        self._margin = self.margin_marks()
        painter = QPainter(self.viewport())
        margin.paint(painter, self._margin)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        from desktop.reader import margin

        mark = margin.at(self._margin, int(event.position().x()), int(event.position().y()))
        if mark is not None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QToolTip

            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint() + QPoint(12, 12), mark.tip, self)
        elif self._margin:
            self.viewport().unsetCursor()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        from desktop.reader import margin

        mark = margin.at(self._margin, int(event.position().x()), int(event.position().y()))
        if mark is not None:
            emit(self.note_opened, mark.annotation_id)
            return
        super().mousePressEvent(event)

    def mark_at(self, point: QPoint) -> Mark | None:
        """The highlight under a point of the viewport, if any."""
        offset = self.offset_of(self.cursorForPosition(point).position())
        if offset is None:
            return None
        under = [m for m in self._marks if m.kind == "highlight" and m.start <= offset < m.end]
        return under[-1] if under else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.viewport().mapFrom(self, event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, point: QPoint) -> QMenu:
        """The right-click menu for ``point`` (in the viewport's coordinates)."""
        from desktop.reader.context_menu import MenuChoices, context_menu

        selected = self.selection_range() is not None
        if selected:
            self.snap_selection()
        bar = self.selection_bar
        names = bar.colour_buttons if bar is not None else ()
        choices = MenuChoices(
            selected=selected,
            colours=[(name, self.colours.highlight(name)) for name in names],
            mark=None if selected else self.mark_at(point),
            highlight=lambda name: emit(self.highlight_requested, name),
            add_note=lambda: emit(self.note_requested),
            copy=self.copy,
            copy_reference=lambda: emit(self.copy_reference_requested),
            open_note=lambda ident: emit(self.note_opened, ident),
            delete_highlight=lambda ident: emit(self.annotation_delete_requested, ident),
            select_all=self.selectAll,
        )
        return context_menu(self, choices)


def placeholder_image(width: int = 320, height: int = 60) -> QImage:
    """What stands in for an image that is not saved on this computer."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    size = QSize(width, height)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#e6e2da"))
    painter = QPainter(image)
    painter.setPen(QColor("#6b665e"))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.drawText(
        image.rect(), Qt.AlignmentFlag.AlignCenter, "Image not loaded (not saved on this computer)"
    )
    painter.end()
    return image
