"""The app's controller: wires the window's actions and panes to the engine, and decides.

The window lays out; this module reacts. It owns the preferences, the
current article, and the background task runner.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from desktop import paths, preferences, window_state
from desktop.about import show_about
from desktop.actions import ActionId
from desktop.importing.controller import ImportController
from desktop.importing.review_dialog import ReviewDialog, summary
from desktop.main_window import MainWindow
from desktop.preferences import Preferences
from desktop.reader.marks import question_marks, reference_marks
from desktop.reader.render import Mark
from desktop.tasks import TaskRunner
from guides.article import Article, restore

log = logging.getLogger(__name__)

IMPORT_FILTER = (
    "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.epub *.docx);;"
    "Web pages (*.html *.htm *.xhtml);;E-books (*.epub);;Word documents (*.docx);;"
    "Text and Markdown (*.txt *.md *.markdown);;All files (*)"
)
ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)


class AppController(QObject):
    def __init__(self, window: MainWindow, runner: TaskRunner, prefs: Preferences | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.prefs = prefs or preferences.load()
        self.article: Article | None = None
        self._analysis_marks: list[Mark] = []
        self.importer = ImportController(runner, self)
        self._wire()
        self._apply_typography()
        self._restore_window_state()

    def start(self, source: str | None = None) -> None:
        """What happens when the app opens: import the article it was given, if any."""
        if source:
            self.importer.import_source(source)

    @property
    def busy(self) -> bool:
        return self.importer.busy

    # --- wiring ----------------------------------------------------------------

    def _wire(self) -> None:
        a = self.window.registry
        a[ActionId.IMPORT_FILE].triggered.connect(self._on_import_file_triggered)
        a[ActionId.PASTE_ARTICLE].triggered.connect(self._on_paste_article_triggered)
        a[ActionId.OPEN_URL].triggered.connect(self._on_open_url_triggered)
        a[ActionId.REVIEW_REMOVED].triggered.connect(self.review_removed)
        a[ActionId.QUIT].triggered.connect(self.window.close)
        a[ActionId.COPY].triggered.connect(self.window.reader.copy)
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self.zoom(+1))
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self.zoom(-1))
        a[ActionId.ZOOM_RESET].triggered.connect(lambda: self.set_prefs(zoom=100))
        a[ActionId.WIDER_LINES].triggered.connect(
            lambda: self.set_prefs(line_width=self.prefs.line_width + 8)
        )
        a[ActionId.NARROWER_LINES].triggered.connect(
            lambda: self.set_prefs(line_width=self.prefs.line_width - 8)
        )
        a[ActionId.FONT_SERIF].triggered.connect(lambda: self.set_prefs(font="serif"))
        a[ActionId.FONT_SANS].triggered.connect(lambda: self.set_prefs(font="sans"))
        for action_id, name in (
            (ActionId.THEME_SYSTEM, "system"),
            (ActionId.THEME_LIGHT, "light"),
            (ActionId.THEME_SEPIA, "sepia"),
            (ActionId.THEME_DARK, "dark"),
        ):
            a[action_id].triggered.connect(lambda _=False, n=name: self.set_prefs(theme=n))
        a[ActionId.ABOUT].triggered.connect(lambda: show_about(self.window))
        a[ActionId.SHOW_LOG].triggered.connect(self._on_show_log_triggered)
        self.window.sources_dropped.connect(self._on_window_sources_dropped)
        self.window.closing.connect(self._on_window_closing)
        self.importer.import_started.connect(self._on_importer_import_started)
        self.importer.import_progressed.connect(self._on_importer_import_progressed)
        self.importer.article_imported.connect(self._on_importer_article_imported)
        self.importer.import_failed.connect(self._on_importer_import_failed)
        self.window.message_bar.label.linkActivated.connect(self._on_message_link_activated)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

    # --- preferences and typography ----------------------------------------------

    def set_prefs(self, **changes: object) -> None:
        merged = preferences.from_dict({**self.prefs.to_dict(), **changes})
        if merged == self.prefs:
            return
        self.prefs = merged
        preferences.save(self.prefs)
        self._apply_typography()

    def zoom(self, step: int) -> None:
        current = self.prefs.zoom
        if step > 0:
            target = next((z for z in ZOOM_STEPS if z > current), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current), ZOOM_STEPS[0])
        self.set_prefs(zoom=target)

    def _apply_typography(self) -> None:
        p = self.prefs
        self.window.reader.set_typography(
            theme_name=p.theme, font=p.font, zoom=p.zoom, line_width=p.line_width
        )
        a = self.window.registry
        a[ActionId.FONT_SERIF if p.font == "serif" else ActionId.FONT_SANS].setChecked(True)
        a[
            {
                "system": ActionId.THEME_SYSTEM,
                "light": ActionId.THEME_LIGHT,
                "sepia": ActionId.THEME_SEPIA,
                "dark": ActionId.THEME_DARK,
            }[p.theme]
        ].setChecked(True)
        self.window.statusBar().showMessage(f"Text size {p.zoom}%", 1500)

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.prefs.theme == "system":
            self._apply_typography()

    # --- the article ------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        self.article = article
        try:
            self._analysis_marks = [*reference_marks(article), *question_marks(article)]
        except Exception:  # an analysis bug must not stop the reader from showing the article
            log.exception("Analysis of %r failed; showing it without marks", article.title)
            self._analysis_marks = []
        self.window.reader.set_article(article, self.marks())
        self.window.setWindowTitle(f"{article.title} — Porchlight")
        self.window.registry[ActionId.REVIEW_REMOVED].setEnabled(bool(article.removed))

    def marks(self) -> list[Mark]:
        return list(self._analysis_marks)

    def review_removed(self) -> ReviewDialog | None:
        if self.article is None:
            return None
        dialog = ReviewDialog(self.article, self.window)
        dialog.accepted.connect(lambda: self.restore_removed(dialog.restore_ids()))
        dialog.open()
        return dialog

    def restore_removed(self, ids: list[str]) -> None:
        if self.article is None or not ids:
            return
        self.show_article(restore(self.article, ids))
        count = len(ids)
        self.window.message_bar.show_message(
            f"Put {count} piece{'s' if count != 1 else ''} back into the article."
        )

    # --- import ----------------------------------------------------------------------

    def _on_import_file_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, "Import an article", "", IMPORT_FILTER)
        for file in files:
            self.importer.import_source(file)

    def _on_paste_article_triggered(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasHtml() and mime.html().strip():
            self.importer.import_text(mime.html(), html=True)
        elif mime is not None and mime.hasText() and mime.text().strip():
            text = mime.text().strip()
            if text.lower().startswith(("http://", "https://")) and "\n" not in text:
                self.importer.import_source(text)
            else:
                self.importer.import_text(mime.text())
        else:
            self.window.message_bar.show_message(
                "The clipboard holds no text. Copy an article first, then choose Paste Article.", "error"
            )

    def _on_open_url_triggered(self) -> None:
        url, ok = QInputDialog.getText(
            self.window,
            "Open a web address",
            "Address of the article:",
            QLineEdit.EchoMode.Normal,
            "https://",
        )
        if ok and url.strip() and url.strip() != "https://":
            self.importer.import_source(url.strip())

    def _on_window_sources_dropped(self, sources: list[str]) -> None:
        for source in sources:
            self.importer.import_source(source)

    def _on_importer_import_started(self, label: str) -> None:
        self.window.show_progress(f"Importing {label}…", 0, 0)

    def _on_importer_import_progressed(self, done: int, total: int, label: str) -> None:
        self.window.show_progress(f"{label}…", done, total)

    def _on_importer_article_imported(self, article: Article) -> None:
        if not self.importer.busy:
            self.window.show_progress(None)
        self.show_article(article)
        text = f"Imported “{article.title}”. {summary(article)}"
        if article.removed:
            text += ' <a href="review">Review what was removed…</a>'
        self.window.message_bar.show_message(text)

    def _on_importer_import_failed(self, message: str) -> None:
        if not self.importer.busy:
            self.window.show_progress(None)
        self.window.message_bar.show_message(message, "error")

    def _on_message_link_activated(self, link: str) -> None:
        if link == "review":
            self.review_removed()

    # --- window ------------------------------------------------------------------------

    def _on_show_log_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.ensure_dir(paths.log_dir()))))

    def _restore_window_state(self) -> None:
        state = window_state.load()
        if "geometry" in state:
            self.window.restoreGeometry(state["geometry"])
        if "splitter" in state:
            self.window.splitter.restoreState(state["splitter"])

    def _on_window_closing(self) -> None:
        window_state.save(
            {"geometry": self.window.saveGeometry(), "splitter": self.window.splitter.saveState()}
        )
        self.runner.wait(5000)
