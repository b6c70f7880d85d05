"""The library pane: a search box, how to sort, the series and articles, and the search hits with snippets.

A series' context menu renames it, prints its booklet or deletes it; an
article's moves it earlier or later in its series, takes it out, or adds it to
a series. Dragging does the same: onto a series, or onto a place in one.
"""

from __future__ import annotations

import html
import re
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.library.model import SORTS, LibraryModel, SearchModel
from desktop.signals import emit
from desktop.widgets.viewport import viewport_width

Index = QModelIndex | QPersistentModelIndex


_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def _lines(text: str, metrics: QFontMetrics, width: int) -> tuple[int, int] | None:
    """The height and width ``text`` wraps to at ``width``; None when a word is longer than a line
    (the document would break it anywhere, the metrics would not)."""
    if not text:
        return 0, 0
    widest = metrics.maxWidth()
    for word in text.split(" "):
        if len(word) * widest > width and metrics.horizontalAdvance(word) > width:
            return None
    # QFontMetrics.boundingRect rather than a QTextLayout: the layout's setters return nothing,
    # and PySide6 6.12 on Python 3.11 takes a reference to None from each such call.
    rect = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, text)
    return rect.height(), rect.width()


class _RowFonts:
    """The fonts a row's two lines are set in, and the characters both have a glyph for."""

    _CANDIDATES = "".join(chr(c) for c in (*range(0x20, 0x7F), *range(0xA0, 0x180))) + "‘’“”–—…·•✎"

    def __init__(self, font: QFont, sample: QTextDocument) -> None:
        self.key = font.key()
        self.margin = sample.documentMargin()
        # The detail line is "font-size:small": ask the document which font that is.
        cursor = QTextCursor(sample)
        cursor.insertHtml("<span style='font-size:small'>x</span>")
        small = cursor.charFormat().font()
        self.title, self.detail = QFontMetrics(font), QFontMetrics(small)
        plain, little = self.title, self.detail
        self._covered = frozenset(
            c for c in self._CANDIDATES if plain.inFontUcs4(ord(c)) and little.inFontUcs4(ord(c))
        )

    def covers(self, text: str) -> bool:
        return self._covered.issuperset(text)


class TwoLineDelegate(QStyledItemDelegate):
    """Title on the first line; author, site, date, tags and marks (or the search snippet) below, muted.

    The row is laid out at the width it is drawn at, and the list lays its rows out again when it
    is resized, so rows never overlap however wide the pane.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._row_fonts: dict[str, _RowFonts] = {}
        self._heights: dict[tuple[str, int, int, int], int] = {}

    def _width(self, option: QStyleOptionViewItem, index: Index) -> int:
        view = option.widget
        if isinstance(view, QTreeView):
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
            return viewport_width(view) - indent - 8
        if isinstance(view, QAbstractItemView):
            return viewport_width(view) - 8
        return option.rect.width() - 8

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        title = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        detail = index.data(LibraryModel.DetailRole)
        if index.data(LibraryModel.IsGroupRole):
            body = f"<b>{title}</b>"
        else:
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
            line = html.escape(str(detail or "")).replace("[", "<b>").replace("]", "</b>")
            body = f"{title}<br/><span style='color:{muted}; font-size:small'>{line}</span>"
        doc.setHtml(body)
        doc.setTextWidth(max(self._width(option, index), 80))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # On first paint: QStyle's enums alone take 3 ms to set up, which a list folded away
        # at the start (a narrow window) never needs.
        from PySide6.QtGui import QAbstractTextDocumentLayout
        from PySide6.QtWidgets import QStyle

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 3)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        quick = self._one_line_size(option, index)
        if quick is not None:
            return quick
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)

    # A list asks the height of every row it shows (and of every row, when it scrolls by the
    # pixel), and a QTextDocument per row costs a fifth of a millisecond. A row whose characters
    # the main font all has is as high as any other row with as many title lines and detail lines
    # at that width: the lines are counted with a QTextLayout (the document's own line breaker, a
    # sixth of the cost), and each shape is laid out in full once.

    def _one_line_size(self, option: QStyleOptionViewItem, index: Index) -> QSize | None:
        if index.data(LibraryModel.IsGroupRole):
            return None
        title = _HTML_SPACE.sub(" ", str(index.data(Qt.ItemDataRole.DisplayRole) or "")).strip()
        detail = _HTML_SPACE.sub(" ", str(index.data(LibraryModel.DetailRole) or "")).strip()
        fonts = self._fonts(option)
        if "[" in detail or not fonts.covers(title + detail):
            return None
        width = max(self._width(option, index), 80)
        room = int(width - 2 * fonts.margin)
        title_shape, detail_shape = _lines(title, fonts.title, room), _lines(detail, fonts.detail, room)
        if title_shape is None or detail_shape is None:
            return None
        key = (fonts.key, width, title_shape[0], detail_shape[0])
        if key not in self._heights:
            doc = self._document(option, index)
            self._heights[key] = int(doc.size().height()) + 6
        return QSize(int(max(title_shape[1], detail_shape[1]) + 2 * fonts.margin), self._heights[key])

    def _fonts(self, option: QStyleOptionViewItem) -> _RowFonts:
        key = option.font.key()
        fonts = self._row_fonts.get(key)
        if fonts is None:
            fonts = self._row_fonts[key] = _RowFonts(option.font, self._document(option, QModelIndex()))
        return fonts


class LibraryPanel(QWidget):
    article_chosen = Signal(int)
    hit_chosen = Signal(int, str, str)  # article id, what matched (article, note, question), its ref
    search_changed = Signal(str)
    new_series_requested = Signal()
    series_rename_requested = Signal(int)  # series id
    series_delete_requested = Signal(int)
    booklet_requested = Signal(int)
    article_move_requested = Signal(int, int, int)  # series id, article id, step (-1 earlier, 1 later)
    article_removal_requested = Signal(int, int)  # series id, article id
    add_to_series_requested = Signal(int, int)  # article id, series id
    sort_changed = Signal(str)

    def __init__(self, model: LibraryModel, search_model: SearchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_panel")
        self.setAccessibleName("Library")
        self.model = model
        self.search_model = search_model
        self.search = QLineEdit(self)
        self.search.setObjectName("library_search")
        self.search.setPlaceholderText("Search articles, notes, questions")
        self.search.setAccessibleName("Search the library")
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("library_tree")
        self.tree.setAccessibleName("Articles and series")
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(10)
        self.tree.setItemDelegate(TwoLineDelegate(self.tree))
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setUniformRowHeights(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.hits = QTreeView(self)
        self.hits.setObjectName("library_hits")
        self.hits.setAccessibleName("Search results")
        self.hits.setModel(search_model)
        self.hits.setHeaderHidden(True)
        self.hits.setRootIsDecorated(False)
        self.hits.setItemDelegate(TwoLineDelegate(self.hits))
        # The library scrolls by the row: a list scrolled by the pixel needs every row's height
        # for its scroll bar, which measures all 1,000 (or 10,000) rows at start, and by the row
        # only the rows shown are measured. The search hits (50 at most) scroll by the pixel.
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.hits.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for view in (self.tree, self.hits):
            view.setWordWrap(True)
            view.installEventFilter(self)  # lay the rows out again when the width changes
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.hits)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("library_sort")
        self.sort_box.setAccessibleName("Sort articles by")
        for key, label in SORTS:
            self.sort_box.addItem(label, key)
        sort_label = QLabel("S&ort:", self)
        sort_label.setBuddy(self.sort_box)
        self.new_series = QPushButton("New &Series…", self)
        self.new_series.setObjectName("new_series_button")
        self.new_series.setToolTip(
            "Make a series, then drag articles onto it (or use an article's menu); "
            "drag them within it to set the order"
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_series)
        sorting = QHBoxLayout()
        sorting.addWidget(sort_label)
        sorting.addWidget(self.sort_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(sorting)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(lambda: emit(self.search_changed, self.search.text().strip()))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.tree.activated.connect(self._on_index_chosen)
        self.tree.clicked.connect(self._on_index_chosen)
        self.hits.activated.connect(self._on_hit_chosen)
        self.hits.clicked.connect(self._on_hit_chosen)
        self.new_series.clicked.connect(self.new_series_requested)
        self.tree.customContextMenuRequested.connect(self._on_tree_custom_context_menu_requested)
        self.sort_box.activated.connect(lambda _i: emit(self.sort_changed, self.sort))
        self._expand_when_shown = False
        self._scroll_when_shown = False
        model.modelReset.connect(self._on_model_reset)

    @property
    def sort(self) -> str:
        return str(self.sort_box.currentData() or "recent")

    def set_sort(self, sort: str) -> None:
        at = self.sort_box.findData(sort)
        if at >= 0 and at != self.sort_box.currentIndex():
            self.sort_box.setCurrentIndex(at)
            emit(self.sort_changed, sort)

    def show_hits(self, showing: bool) -> None:
        self.stack.setCurrentWidget(self.hits if showing else self.tree)

    def select_article(self, article_id: int) -> None:
        index = self.model.index_of_article(article_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            if self.tree.isVisible():
                self.tree.scrollTo(index)
            else:  # scrolling expands the article's group and lays the list out: when it is shown
                self._scroll_when_shown = True

    def current_article_id(self) -> int | None:
        view = self.hits if self.stack.currentWidget() is self.hits else self.tree
        value = view.currentIndex().data(LibraryModel.ArticleIdRole)
        return int(value) if value is not None else None

    def _on_model_reset(self) -> None:
        # Expanding lays every article out (3 to 4 ms for 1,000, and again at the next layout): a
        # list that is not shown (folded away in a narrow window, or behind search hits) expands
        # its groups when it is shown.
        if self.tree.isVisible():
            self.tree.expandAll()
        else:
            self._expand_when_shown = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QTreeView):
            watched.scheduleDelayedItemsLayout()
        elif event.type() == QEvent.Type.Show and watched is self.tree:
            self._on_tree_shown()
        return super().eventFilter(watched, event)

    def _on_tree_shown(self) -> None:
        if self._expand_when_shown:
            self._expand_when_shown = False
            self.tree.expandAll()
        if self._scroll_when_shown:
            self._scroll_when_shown = False
            if self.tree.currentIndex().isValid():
                self.tree.scrollTo(self.tree.currentIndex())

    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip():
            self._debounce.stop()
            self.show_hits(False)
            return
        self._debounce.start()

    def _on_hit_chosen(self, index: QModelIndex) -> None:
        value = index.data(SearchModel.ArticleIdRole)
        if value is not None:
            kind = str(index.data(SearchModel.KindRole) or "article")
            emit(self.hit_chosen, int(value), kind, str(index.data(SearchModel.RefRole) or ""))

    def _on_index_chosen(self, index: QModelIndex) -> None:
        value = index.data(LibraryModel.ArticleIdRole)
        if value is not None:
            emit(self.article_chosen, int(value))

    # --- context menus ---------------------------------------------------------------

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for a row: a series', an article's in a series, or an article's (None for none)."""
        if not index.isValid():
            return None
        menu = QMenu(self)
        series_id = self.model.series_of(index)
        article_id = index.data(LibraryModel.ArticleIdRole)
        if article_id is None and series_id is not None:
            menu.setObjectName("series_menu")
            menu.addAction("&Rename Series…", lambda: emit(self.series_rename_requested, series_id))
            menu.addAction("&Print Booklet…", lambda: emit(self.booklet_requested, series_id))
            menu.addSeparator()
            menu.addAction("&Delete Series", lambda: emit(self.series_delete_requested, series_id))
            return menu
        if article_id is None:
            return None
        article = int(article_id)
        if series_id is not None:
            menu.setObjectName("series_article_menu")
            order = self.model.series_articles(series_id)
            at = order.index(article) if article in order else -1
            earlier = menu.addAction(
                "Move &Earlier", lambda: emit(self.article_move_requested, series_id, article, -1)
            )
            earlier.setEnabled(at > 0)
            later = menu.addAction(
                "Move &Later", lambda: emit(self.article_move_requested, series_id, article, 1)
            )
            later.setEnabled(0 <= at < len(order) - 1)
            menu.addAction(
                "&Remove from Series", lambda: emit(self.article_removal_requested, series_id, article)
            )
            return menu
        menu.setObjectName("article_menu")
        add = menu.addMenu("&Add to Series")
        for sid, name in self.model.series_list():
            add.addAction(name, partial(emit, self.add_to_series_requested, article, sid))
        add.setEnabled(bool(self.model.series_list()))
        return menu

    def _on_tree_custom_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.context_menu(self.tree.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
