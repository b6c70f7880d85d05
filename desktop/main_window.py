"""The main window: lays out the library, the reader and the guide, and holds the menus.

It decides nothing: the controller (desktop/controller.py) wires the actions
and the panes to the engine. Drops are reported as ``sources_dropped``.

It is built in two steps so that the first frame comes quickly: the frame
(menus, reader, status bar) first, then :meth:`MainWindow.build_panes` adds
the library, the guide, the notes and the reading tools, whose modules (and
the engine's) are imported only then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import screens
from desktop.identity import APP_NAME
from desktop.reader.view import ReaderView

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent

    from desktop.actions import ActionId, ActionRegistry
    from desktop.guide.panel import GuidePanel
    from desktop.library.panel import LibraryPanel
    from desktop.notes.panel import NotesPanel
    from desktop.reader.reading_bar import ReadingBar
    from desktop.reader.scripture_panel import ScripturePanel
from desktop.signals import emit

MENU_TITLES = ("&File", "&Edit", "&View", "&Guide", "&Help")
LIBRARY_HIDDEN = 1
"""A hidden library's share of the splitter (nothing, but a size a splitter keeps)."""


def menu_layout() -> dict[str, list[ActionId | None]]:
    """What each menu holds, by action id (None is a separator)."""
    from desktop.actions import ActionId

    return {
        "&File": [
            ActionId.IMPORT_FILE,
            ActionId.PASTE_ARTICLE,
            ActionId.OPEN_URL,
            None,
            ActionId.REVIEW_REMOVED,
            None,
            ActionId.EXPORT_WORKSHEET,
            ActionId.PRINT_WORKSHEET,
            ActionId.EXPORT_NOTES,
            None,
            ActionId.BACKUP_LIBRARY,
            None,
            ActionId.PREFERENCES,
            None,
            ActionId.QUIT,
        ],
        "&Edit": [
            ActionId.UNDO,
            ActionId.REDO,
            None,
            ActionId.COPY,
            ActionId.COPY_WITH_REFERENCE,
            None,
            ActionId.HIGHLIGHT,
            ActionId.ADD_NOTE,
            None,
            ActionId.FIND,
            ActionId.RENAME_ARTICLE,
            ActionId.DELETE_ARTICLE,
            ActionId.SHOW_TRASH,
        ],
        "&View": [
            ActionId.TOGGLE_LIBRARY,
            ActionId.TOGGLE_NOTES,
            ActionId.WIDE_GUIDE,
            None,
            ActionId.DISCUSS_TOGETHER,
            None,
            ActionId.ZOOM_IN,
            ActionId.ZOOM_OUT,
            ActionId.ZOOM_RESET,
            None,
            ActionId.WIDER_LINES,
            ActionId.NARROWER_LINES,
            None,
            ActionId.FONT_SERIF,
            ActionId.FONT_SANS,
            None,
            ActionId.THEME_SYSTEM,
            ActionId.THEME_LIGHT,
            ActionId.THEME_SEPIA,
            ActionId.THEME_DARK,
            None,
            ActionId.NEXT_READER,
            ActionId.CARET_BROWSING,
        ],
        "&Guide": [
            ActionId.REGENERATE_GUIDE,
            None,
            ActionId.ADD_QUESTION,
            ActionId.EDIT_QUESTION,
            ActionId.DELETE_QUESTION,
            ActionId.MOVE_QUESTION_UP,
            ActionId.MOVE_QUESTION_DOWN,
            ActionId.MARK_DONE,
        ],
        "&Help": [ActionId.ABOUT, ActionId.SHOW_LOG],
    }


class MainWindow(QMainWindow):
    sources_dropped = Signal(list)
    """Paths or URLs dropped on the window."""
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main_window")
        self.setAccessibleName(APP_NAME)
        self.setMinimumSize(720, 480)
        # A window restored from last time is resized after this; a small screen opens it maximised.
        self.open_maximized = screens.place_first(self)
        self.setAcceptDrops(True)
        self._narrow: bool | None = None
        self._panes_fitted = False
        self.wide_guide = False
        self._build_menus()  # titles now; the actions come with build_panes()

        self.reader = ReaderView(self)
        self.reader_column = QWidget(self)
        self.reader_column.setObjectName("reader_pane")
        self.reader_column.setAccessibleName("Reader")
        # No arguments: resolving QSplitter's other overload would set up the whole Qt namespace.
        self.reader_split = QSplitter()  # horizontal; the layout below adopts it
        self.reader_split.setChildrenCollapsible(False)
        self.reader_split.addWidget(self.reader)
        self.reader_split.setStretchFactor(0, 1)
        self.column = QVBoxLayout(self.reader_column)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.reader_split, 1)

        self.left = QWidget(self)  # the library panel takes its place in build_panes()
        self.left.setObjectName("library_pane")
        self.left.setAccessibleName("Library")
        self._right_placeholder = QWidget(self)  # the guide and the notes take its place in build_panes()

        self.splitter = QSplitter()  # horizontal; setCentralWidget adopts it
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.reader_column)
        self.splitter.addWidget(self._right_placeholder)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self.statusBar()  # in the first frame already: the progress joins it with the panes
        self.panes_built = False

    def build_panes(self, colours: dict[str, str]) -> None:
        """Add the library, the guide, the notes and the reading tools to the frame."""
        from PySide6.QtCore import Qt

        from desktop.actions import ActionRegistry
        from desktop.guide.panel import GuidePanel
        from desktop.library.model import LibraryModel, SearchModel
        from desktop.library.panel import LibraryPanel
        from desktop.notes.model import NotesModel
        from desktop.notes.panel import NotesPanel
        from desktop.reader.reading_bar import ReadingBar
        from desktop.reader.scripture_panel import ScripturePanel
        from desktop.widgets.message_bar import MessageBar
        from desktop.widgets.progress_strip import ProgressStrip

        # The work a reader waits for (an import, a guide, a backup), with Cancel and Esc. Made
        # here, not for the first frame: its Esc shortcut sets up the Qt namespace (10 ms).
        self.progress: ProgressStrip = ProgressStrip(self)
        self.progress_bar = self.progress.bar
        self.cancel_button = self.progress.cancel_button
        self.statusBar().addPermanentWidget(self.progress)
        self.registry: ActionRegistry = ActionRegistry(self)
        self._fill_menus()
        sizes = self.splitter.sizes()
        self.message_bar = MessageBar(self)
        self.column.insertWidget(0, self.message_bar)
        self.reading_bar: ReadingBar = ReadingBar(self.registry, self)
        self.column.insertWidget(1, self.reading_bar)
        self.reader.finish_setup(colours)
        self.scripture: ScripturePanel = ScripturePanel(self)
        self.reader_split.addWidget(self.scripture)
        self.library: LibraryPanel = LibraryPanel(LibraryModel(self), SearchModel(self), self)
        self.library.setObjectName("library_pane")
        placeholder = self.splitter.replaceWidget(0, self.library)
        if placeholder is not None:
            placeholder.deleteLater()
        self.left = self.library
        self.guide: GuidePanel = GuidePanel(self.registry, self)
        self.notes: NotesPanel = NotesPanel(NotesModel(colours, self), colours, self)
        self.right: QSplitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setObjectName("guide_pane")
        self.right.setAccessibleName("Discussion guide and notes")
        self.right.addWidget(self.guide)
        self.right.addWidget(self.notes)
        placeholder = self.splitter.replaceWidget(2, self.right)
        if placeholder is not None:
            placeholder.deleteLater()
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)
        self.right.setSizes([520, 240])  # the guide is what a leader reads; notes need less
        self.splitter.setSizes(sizes)
        self.panes_built = True

    def apply_look(self, theme_name: str, font: str, zoom: int, line_width: int) -> None:
        """The whole window in one theme, and the reading type at its size."""
        from desktop import theming

        self.reader.set_typography(theme_name=theme_name, font=font, zoom=zoom, line_width=line_width)
        palette = self.reader.colours
        theming.apply(palette)
        if self.panes_built:
            self.message_bar.set_palette(palette)
            self.scripture.set_palette(palette)
            self.guide.set_look(palette, font, zoom)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        for title in MENU_TITLES:
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{title.strip('&').lower()}")
            self.menus[title.strip("&")] = menu

    def _fill_menus(self) -> None:
        for title, ids in menu_layout().items():
            menu = self.menus[title.strip("&")]
            for action_id in ids:
                if action_id is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.registry[action_id])

    # --- the panes share the width ------------------------------------------------------------

    def fit_panes(self) -> None:
        """Share the width out as desktop/screens.py says: the reading column, then the guide."""
        library, reader, guide = screens.pane_sizes(self.width(), self.wide_guide)
        if library == 0:
            self._show_library(False)
        self.splitter.setSizes([library or LIBRARY_HIDDEN, reader, guide])
        self._panes_fitted = True

    def set_wide_guide(self, wide: bool) -> None:
        """The guide takes half the window (a leader reading from it) or its usual share."""
        self.wide_guide = wide
        self.fit_panes()

    def panes_restored(self) -> None:
        """The panes' sizes came from last time: leave them as they were left."""
        self._panes_fitted = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._panes_fitted:
            self.fit_panes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (self.width() < screens.NARROW) != self._narrow:
            self.fold_for_width()

    def fold_for_width(self) -> None:
        """A narrow window folds the library away; widening it brings it back (View › Library does too)."""
        self._narrow = self.width() < screens.NARROW
        self._show_library(not self._narrow)

    def _show_library(self, shown: bool) -> None:
        if self.panes_built:  # the action (View › Library) shows and hides it, and says which it is
            from desktop.actions import ActionId

            self.registry[ActionId.TOGGLE_LIBRARY].setChecked(shown)
        else:
            self.left.setVisible(shown)

    def splitters(self) -> dict[str, QSplitter]:
        """The splitters whose sizes are window state, by a stable name."""
        return {"splitter": self.splitter, "right": self.right, "reader_split": self.reader_split}

    # --- drops and close ------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = dropped_sources(event.mimeData().urls(), event.mimeData().text())
        if sources:
            event.acceptProposedAction()
            emit(self.sources_dropped, sources)

    def closeEvent(self, event: QCloseEvent) -> None:
        emit(self.closing)
        super().closeEvent(event)


def dropped_sources(urls: list[QUrl], text: str) -> list[str]:
    """Local files as paths and web links as URLs; a dropped text link counts too."""
    out = []
    for url in urls:
        if url.isLocalFile():
            out.append(url.toLocalFile())
        elif url.scheme() in ("http", "https"):
            out.append(url.toString())
    if not out and text.strip().lower().startswith(("http://", "https://")) and "\n" not in text.strip():
        out.append(text.strip())
    return out
