"""The app's controller: wires the window's actions and panes to the engine, and decides.

The window lays out; this module and the pane controllers react. This one owns
the preferences, the library, the undo stack, the current article and the
background task runner, and hands each pane its part.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import cached_property, partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QUndoStack

from desktop import last_screen, paths, preferences, reopen, screens, window_state
from desktop.actions import ActionId
from desktop.current import CurrentArticle
from desktop.guide.controller import GuideController
from desktop.guide.generation import GenerationOptions
from desktop.importing.controller import FileRead, ImportController
from desktop.library.controller import LibraryController
from desktop.main_window import MainWindow
from desktop.mark import Mark
from desktop.menus import MenuWiring, preference_handlers
from desktop.notes.controller import AnnotationController
from desktop.preferences import HIGHLIGHT_COLOURS, Preferences
from desktop.reader.marks import (
    KEPT_KIND,
    Verse,
    analysis_marks,
    from_kept,
    kept_engine,
    to_kept,
    verses,
)
from desktop.reader.scripture_panel import verse_tip
from desktop.reader.view import too_long_to_show
from desktop.tasks import Progress, TaskRunner
from guides.article import Article, restore
from guides.library import Library, LibraryError, open_library
from guides.resources import resource_path

if TYPE_CHECKING:
    from desktop.backing_up import BackupController
    from desktop.discuss.controller import DiscussController
    from desktop.exporting import ExportController
    from desktop.importing.review_dialog import ReviewDialog
    from desktop.preferences_dialog import PreferencesDialog
    from guides.analysis.analyze import Analysis

log = logging.getLogger(__name__)

_TRASH_DELAY_MS = 3000
"""How long after the start the trash is emptied of what has waited there longer than it is kept."""

SAMPLE_ARTICLE = ("samples", "small-hinges.txt")
SAMPLE_NOTES = ("samples", "small-hinges.notes.json")


class AppController(QObject):
    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        prefs: Preferences | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.prefs = prefs or preferences.load()
        self.library = library or open_library()
        self.stack = QUndoStack(self)
        self.current = CurrentArticle(self)
        """The article open: the guide and the notes follow it (opened, cleared, analysed)."""
        self.verses: dict[str, Verse] = {}
        self._analysis_marks: list[Mark] = []
        self._pending = 0
        self._welcome = False  # the next import is the first-run sample
        self._content_hash: str | None = None
        self._closed = False
        self._scheme_set: Qt.ColorScheme | None = None
        self.ask_names = True  # the first-run step (desktop/first_run.py); screenshots go without it
        self.importer = ImportController(runner, too_long_to_show, self)
        self.shelf = LibraryController(window.library, self.library, self.stack, self)
        self.guides = GuideController(
            window.guide, self.library, runner, self.stack, self.generation_options, self.current, self
        )
        self.guides.preferences = lambda: self.prefs
        self.notes = AnnotationController(
            window.notes,
            window.reader,
            self.library,
            self.current,
            self.stack,
            self.current_reader,
            HIGHLIGHT_COLOURS,
            self,
        )
        self.menus = MenuWiring(window, self.stack, self._action_handlers(), self)
        # Emptying the old trash is the session's first write, which checks the file for damage
        # (10 ms for 1,000 articles, more for more): after the start, not in it.
        self._trash_timer = QTimer(self)
        self._trash_timer.setSingleShot(True)
        self._trash_timer.setInterval(_TRASH_DELAY_MS)
        self._trash_timer.timeout.connect(self.shelf.empty_old_trash)
        self._wire()
        self.apply_preferences()
        window.guide.set_audience(self.prefs.default_audience)
        self._restore_window_state()
        if self.library.read_only:
            # A library on a read-only disk opens to be read; saying so now spares a reader notes
            # that could not be kept (each write would be refused in its own message too).
            window.message_bar.show_message(
                f"This library can be read but not changed: {self.library.read_only}.", "error"
            )

    # --- start -------------------------------------------------------------------------

    def start(self, source: str | None = None) -> None:
        """Open with ``source`` imported; else the last article; on first run, the sample.

        The article opened last shows its marks from the library (kept by content hash when it
        was analysed), so a start analyses nothing unless the text is new or a guide is missing.
        """
        self._trash_timer.start()
        self.shelf.reload()
        if self.window.reader.article is None and self.window.reader.toPlainText() == "":
            self.window.reader.show_message(
                "Import an article to read it here: File › Import, paste one, or drop a file."
            )
        if source:
            if not self._open_unchanged(source):
                self.importer.import_source(source)
        elif self.shelf.is_empty():
            self._welcome = True
            self.importer.import_source(str(resource_path(*SAMPLE_ARTICLE)))
        else:
            latest = self.shelf.last_read()
            if latest is not None:
                self.open_article(latest, mark_opened=False)  # it is the last read already
        if self.ask_names and not self.prefs.names_asked:
            from desktop import first_run

            first_run.ask(self.window, self.set_prefs)

    def _open_unchanged(self, source: str) -> bool:
        """Open the article imported from ``source`` if the file has not changed since; else False:
        it opens as the last article does, with its marks and guides, neither imported nor analysed."""
        article_id = reopen.unchanged_article_for(self.library, source)
        if article_id is None:
            return False
        self.open_article(article_id)
        if self.article_id == article_id and self.article is not None:
            self.window.statusBar().showMessage(
                f"Opened “{self.article.title}” from the library: the file has not changed since its import.",
                6000,
            )
        return self.article_id == article_id

    # Exports and the discuss-together view load when first asked for: a start needs neither.

    @cached_property
    def exports(self) -> ExportController:
        from desktop.exporting import ExportController

        exports = ExportController(
            self.library,
            self.runner,
            self.window,
            current=self.current.get,
            audience=lambda: self.window.guide.audience,
            preferences=lambda: self.prefs,
            annotations=lambda: self.notes.annotations,
            notes_markdown=self.notes.markdown,
            parent=self,
        )
        exports.failed.connect(self.show_error)
        exports.informed.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
        exports.worksheet_made.connect(self.shelf.worksheet_made)
        return exports

    @cached_property
    def backups(self) -> BackupController:
        from desktop.backing_up import BackupController

        backups = BackupController(self.library, self.runner, self.window, self)
        backups.failed.connect(self.show_error)
        backups.informed.connect(self.window.message_bar.show_message)
        return backups

    @cached_property
    def discuss(self) -> DiscussController:
        from desktop.discuss.controller import DiscussController

        window = self.window
        discuss = DiscussController(
            window,
            self.library,
            self.stack,
            self.current.get,
            lambda: self.prefs.font,
            showing=lambda: (window.guide.audience, window.guide.layout_of(window.guide.audience)),
            colours=lambda: window.reader.colours,
            parent=self,
        )
        discuss.failed.connect(self.show_error)
        return discuss

    @property
    def article_id(self) -> int | None:
        return self.current.article_id

    @property
    def article(self) -> Article | None:
        return self.current.article

    @property
    def analysis(self) -> Analysis | None:
        return self.current.analysis

    @property
    def busy(self) -> bool:
        return self.importer.busy or self._pending > 0 or self.guides.busy

    # --- wiring ----------------------------------------------------------------------

    def _action_handlers(self) -> dict[ActionId, Callable[[], object]]:
        """What each action that reaches a pane does (desktop.menus wires the window's own)."""
        from desktop.importing import sources

        guides, notes = self.guides, self.notes
        return {
            ActionId.IMPORT_FILE: self.import_files,
            ActionId.PASTE_ARTICLE: lambda: sources.paste_article(self.importer, self.show_error),
            ActionId.OPEN_URL: lambda: sources.open_url(self.window, self.importer, self.show_error),
            ActionId.REVIEW_REMOVED: self.review_removed,
            ActionId.EXPORT_WORKSHEET: lambda: self.exports.export_worksheet(),
            ActionId.PRINT_WORKSHEET: lambda: self.exports.print_worksheet(),
            ActionId.EXPORT_NOTES: lambda: self.exports.export_notes(),
            ActionId.BACKUP_LIBRARY: lambda: self.backups.back_up(),
            ActionId.PREFERENCES: self.edit_preferences,
            ActionId.COPY_WITH_REFERENCE: lambda: notes.copy_with_reference(),
            ActionId.HIGHLIGHT: lambda: notes.highlight(),
            ActionId.ADD_NOTE: lambda: notes.add_note(),
            ActionId.RENAME_ARTICLE: lambda: self._on_library_target(self.shelf.rename),
            ActionId.DELETE_ARTICLE: lambda: self._on_library_target(self.shelf.delete),
            ActionId.SHOW_TRASH: self.shelf.show_trash,
            ActionId.REGENERATE_GUIDE: guides.regenerate,
            ActionId.DISCUSS_TOGETHER: lambda: self.discuss.open(),
            ActionId.ADD_QUESTION: guides.add_own,
            ActionId.EDIT_QUESTION: guides.edit_current,
            ActionId.DELETE_QUESTION: guides.delete_current,
            ActionId.MARK_DONE: guides.toggle_current_done,
            ActionId.MOVE_QUESTION_UP: partial(guides.move_current, -1),
            ActionId.MOVE_QUESTION_DOWN: partial(guides.move_current, +1),
            ActionId.SHOW_LOG: self.show_log_folder,
            **preference_handlers(lambda: self.prefs, self.set_prefs),
        }

    def _on_library_target(self, act: Callable[[int], object]) -> None:
        """Rename or delete the article chosen in the library list, else the one open."""
        target = self.window.library.current_article_id() or self.article_id
        if target is not None:
            act(target)

    def _wire(self) -> None:
        w = self.window
        w.sources_dropped.connect(self._on_window_sources_dropped)
        w.closing.connect(self._on_window_closing)
        w.message_bar.label.linkActivated.connect(self._on_message_link_activated)
        w.reader.reference_hovered.connect(self._on_reader_reference_hovered)
        w.reader.reference_clicked.connect(self._on_reader_reference_clicked)
        w.reading_bar.reader_chosen.connect(lambda i: self.set_prefs(current_reader=i))
        w.library.sort_changed.connect(lambda sort: self.set_prefs(library_sort=sort))
        self.runner.watch(w.progress.follow)
        self.importer.article_imported.connect(self._on_importer_article_imported)
        self.importer.import_failed.connect(self._on_importer_import_failed)
        self.importer.import_cancelled.connect(self._on_importer_import_cancelled)
        self.shelf.article_chosen.connect(self.open_article)
        self.shelf.hit_chosen.connect(self.open_hit)
        self.shelf.article_deleted.connect(self._on_shelf_article_deleted)
        self.shelf.article_restored.connect(self._on_shelf_article_restored)
        self.shelf.informed.connect(w.message_bar.show_message)
        self.shelf.article_renamed.connect(self._on_shelf_article_renamed)
        self.shelf.booklet_requested.connect(lambda series_id: self.exports.export_booklet(series_id))
        w.guide.discuss_requested.connect(lambda question_id: self.discuss.open(question_id))
        self.guides.passage_requested.connect(lambda s, e: w.reader.reveal(s, e))
        self.notes.highlights_changed.connect(self._refresh_marks)
        self.notes.highlights_changed.connect(
            lambda: self.shelf.notes_counted(self.article_id, len(self.notes.annotations))
        )
        for source in (self.shelf, self.guides, self.notes):
            source.failed.connect(self.show_error)
        self.notes.info.connect(lambda text: w.statusBar().showMessage(text, 4000))
        self.guides.informed.connect(w.message_bar.show_message)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def show_error(self, text: str) -> None:
        self.window.message_bar.show_message(text, "error")

    # --- preferences ----------------------------------------------------------------------

    def set_prefs(self, **changes: object) -> None:
        merged = preferences.from_dict({**self.prefs.to_dict(), **changes})
        if merged == self.prefs:
            return
        self.prefs = merged
        preferences.save(self.prefs)
        self.apply_preferences()

    def edit_preferences(self) -> PreferencesDialog:
        """Open the Preferences dialog (it does not wait); accepted, its changes are kept."""
        from desktop.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.window, self.guides.writing, self.runner)

        def accepted() -> None:
            said = dialog.writing.store_key()
            self.set_prefs(**dialog.changes())
            if said:
                self.show_error(said)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def apply_preferences(self) -> None:
        p = self.prefs
        # The panes follow a chosen dark or light theme too; "system" lets the platform decide.
        schemes = {"dark": Qt.ColorScheme.Dark, "system": Qt.ColorScheme.Unknown}
        scheme = schemes.get(p.theme, Qt.ColorScheme.Light)
        hints = QGuiApplication.styleHints()
        untouched = scheme == Qt.ColorScheme.Unknown and self._scheme_set is None
        if hints.colorScheme() != scheme and not untouched:
            hints.setColorScheme(scheme)
            self._scheme_set = scheme
        self.window.apply_look(p.theme, p.font, p.zoom, p.line_width)
        self.notes.set_palette(self.window.reader.colours)
        self.window.reading_bar.set_readers([r.name for r in p.readers], p.current_reader)
        self.window.guide.set_names([r.name for r in p.readers])
        self.window.library.set_sort(p.library_sort)
        self.menus.sync(p)
        self.notes.refresh()

    def current_reader(self) -> tuple[str, str]:
        return self.prefs.reader.name, self.prefs.reader.colour

    def generation_options(self) -> GenerationOptions:
        return GenerationOptions(
            intensity=self.prefs.intensity, faith=None if self.prefs.faith_elements else False
        )

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.prefs.theme == "system":
            self.apply_preferences()

    # --- the article ---------------------------------------------------------------------

    def open_article(self, article_id: int, *, mark_opened: bool = True) -> None:
        """Show an article with its guide and notes; ``mark_opened`` puts it first in "Recently read".

        The start opens the last article read without marking it: it is first already, and the
        session's first write checks the whole file for damage (SQLite's quick_check, 10 ms for
        1,000 articles, more the bigger the library), which is left to the trash's emptying
        after the start (:meth:`desktop.library.controller.LibraryController.empty_old_trash`).
        """
        try:
            stored = self.library.articles.get(article_id)
        except LibraryError as err:
            self.show_error(f"That article could not be opened: {err}")
            return
        try:
            if mark_opened:
                self.library.articles.mark_opened(article_id)
        except LibraryError as err:  # read-only, damaged or busy: the article still opens to be read
            if not self.library.read_only:
                self.show_error(str(err))
        self.current.open(article_id, stored.article)  # the guide and the notes follow
        self.show_article(stored.article, stored.content_hash)
        self.window.library.select_article(article_id)

    def open_hit(self, article_id: int, kind: str, ref: str) -> None:
        """Open a search hit: the article, then the note or the question that matched."""
        if article_id != self.article_id:
            self.open_article(article_id)
        if kind == "note" and ref.isdigit():
            self.notes.jump_to(int(ref))
        elif kind == "question" and "/" in ref:
            audience, question_id = ref.split("/", 1)
            self.window.guide.set_audience(audience)
            self.window.guide.select_question(question_id)

    def show_article(self, article: Article, content_hash: str | None = None) -> None:
        self._analysis_marks = []
        self.verses = {}
        self._content_hash = content_hash
        self.window.scripture.hide()
        kept = self._kept_marks(article, content_hash)
        if kept is not None:
            self._analysis_marks, self.verses = kept
        self.window.reader.set_article(article, self.marks())
        self.window.setWindowTitle(f"{article.title} — Porchlight")
        self.window.registry[ActionId.REVIEW_REMOVED].setEnabled(bool(article.removed))
        if kept is not None and not self.guides.missing():
            return  # marks from the library, every guide stored: nothing to work out again
        self._analyse(article)

    def _kept_marks(
        self, article: Article, content_hash: str | None
    ) -> tuple[list[Mark], dict[str, Verse]] | None:
        """The marks the library kept for this text (see desktop.reader.marks), if they still hold."""
        if content_hash is None:
            return None
        try:
            data = self.library.derived.get(content_hash, KEPT_KIND, kept_engine())
        except LibraryError:
            return None
        return from_kept(article, data) if data is not None else None

    def _keep_marks(self, article: Article) -> None:
        if self._content_hash is None or self.article is not article:
            return
        try:
            kept = to_kept(article, self._analysis_marks, self.verses)
            self.library.derived.put(self._content_hash, KEPT_KIND, kept_engine(), kept)
        except LibraryError as err:  # the marks come again from the next analysis
            log.warning("The marks were not kept: %s", err)

    def marks(self) -> list[Mark]:
        return [*self._analysis_marks, *self.notes.marks()]

    def _refresh_marks(self) -> None:
        self.window.guide.set_marks(self.notes.annotations)
        if self.article is not None and self.window.reader.article is self.article:
            self.window.reader.set_marks(self.marks())

    def _analyse(self, article: Article) -> None:
        """Find references and the author's questions in the background, then mark them."""

        def job(_progress: Progress) -> Analysis:
            from guides.analysis.analyze import analyze

            return analyze(article)

        def done(analysis: Analysis) -> None:
            self._pending -= 1
            if self.article is not article:  # another article was opened meanwhile
                return
            self._analysis_marks = analysis_marks(analysis)
            self.verses = verses(analysis)
            self._keep_marks(article)
            self._refresh_marks()
            self.current.set_analysis(article, analysis)  # the guide makes what is missing

        def failed(err: BaseException) -> None:  # the article still reads fine without marks
            self._pending -= 1
            log.error("Analysis of an article failed", exc_info=err)

        self._pending += 1
        self.runner.run(job, done, failed)

    def _on_shelf_article_deleted(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.current.clear()  # the guide and the notes empty themselves
            self.window.reader.show_message("The article was deleted. Undo (Ctrl+Z) brings it back.")
            self.window.setWindowTitle("Porchlight")

    def _on_shelf_article_restored(self, article_id: int) -> None:
        if self.article_id is None:  # most often it was the open one: it opens again where it was
            self.open_article(article_id)

    def _on_shelf_article_renamed(self, article_id: int) -> None:
        # The open article shows its new name in the window, the reader and its guides.
        if article_id == self.article_id:
            self.open_article(article_id)

    def _on_reader_reference_hovered(self, key: str) -> None:
        verse = self.verses.get(key)
        self.window.reader.show_tip(verse_tip(verse, self.window.reader.colours) if verse else "")

    def _on_reader_reference_clicked(self, key: str) -> None:
        verse = self.verses.get(key)
        if verse is not None:
            self.window.scripture.show_verse(verse)

    # --- removed parts ----------------------------------------------------------------------

    def review_removed(self) -> ReviewDialog | None:
        from desktop.importing.review_dialog import ReviewDialog

        if self.article is None:
            return None
        dialog = ReviewDialog(self.article, self.window)
        dialog.accepted.connect(lambda: self.restore_removed(dialog.restore_ids()))
        dialog.open()
        return dialog

    def restore_removed(self, ids: list[str]) -> None:
        if self.article is None or self.article_id is None or not ids:
            return
        try:
            self.library.articles.update(self.article_id, restore(self.article, ids))
        except LibraryError as err:
            self.show_error(f"The pieces could not be put back: {err}")
            return
        self.open_article(self.article_id)
        count = len(ids)
        self.window.message_bar.show_message(
            f"Put {count} piece{'s' if count != 1 else ''} back into the article."
        )

    # --- import ---------------------------------------------------------------------------

    def import_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # here, not at the start: its type and enums, ~1 ms

        from desktop.importing.sources import import_filter

        files, _ = QFileDialog.getOpenFileNames(self.window, "Import an article", "", import_filter())
        for file in files:
            self.importer.import_source(file)

    def _on_window_sources_dropped(self, sources: list[str]) -> None:
        for source in sources:
            self.importer.import_source(source)

    def _on_importer_article_imported(self, article: Article, read: FileRead | None = None) -> None:
        try:
            saved = self.library.articles.add(article)
        except LibraryError as err:
            self.show_error(f"“{article.title}” was read but could not be saved in the library: {err}")
            return
        if read is not None:
            reopen.remember_file(self.library, saved.article_id, read)
        welcome, self._welcome = self._welcome, False
        if welcome:
            self._add_sample_notes(saved.article_id)
        self.shelf.reload()
        self.open_article(saved.article_id)
        if welcome:
            text = (
                "Welcome to Porchlight. This is a sample article, with a discussion guide made from it. "
                "Select words to highlight them, click a question to find its passage. "
                "Import your own with File › Import, or drop a file here."
            )
        else:
            from desktop.importing.review_dialog import summary

            text = f"Imported “{article.title}”. {summary(article)}"
        if article.removed:
            text += ' <a href="review">Review what was removed…</a>'
        self.window.message_bar.show_message(text)

    def _add_sample_notes(self, article_id: int) -> None:
        """The first-run sample comes with a few highlights and notes by Anna and Ben."""
        try:
            data = json.loads(resource_path(*SAMPLE_NOTES).read_text(encoding="utf-8"))
            for item in data["notes"]:
                self.library.annotations.add_quote(
                    article_id, item["quote"], note=item["note"], color=item["color"], reader=item["reader"]
                )
        except (OSError, ValueError, KeyError, LibraryError) as err:  # the sample still opens without them
            log.warning("Sample notes not added: %s", err)

    def _on_importer_import_failed(self, message: str) -> None:
        self.show_error(message)

    def _on_importer_import_cancelled(self) -> None:
        self.window.statusBar().showMessage("Import cancelled; nothing was added.", 4000)

    def _on_message_link_activated(self, link: str) -> None:
        if link == "review":
            self.review_removed()
        elif link == "undo":
            self.stack.undo()

    # --- window ----------------------------------------------------------------------------

    def show_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.ensure_dir(paths.log_dir()))))

    def _restore_window_state(self) -> None:
        state = window_state.load()
        if "geometry" in state:
            self.window.restoreGeometry(state["geometry"])
            screens.pull_onto_screen(self.window)
        for name, splitter in self.window.splitters().items():
            if name in state:
                splitter.restoreState(state[name])
                self.window.panes_restored()

    def _on_window_closing(self) -> None:
        if self._closed:  # a window can be told to close more than once
            return
        self._closed = True
        html = self.window.reader.rendered_html()
        p = self.prefs
        source = reopen.local_source(self.article.source if self.article is not None else None)
        last_screen.save(
            last_screen.LastScreen(
                self.window.windowTitle(),
                html,
                self.window.reader.palette_name,
                p.font,
                p.zoom,
                p.line_width,
                str(source) if source else None,
                last_screen.file_stamp(source) if source else None,
            )
            if html
            else None
        )
        state = {"geometry": self.window.saveGeometry()}
        state.update({name: s.saveState() for name, s in self.window.splitters().items()})
        window_state.save(state)
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_color_scheme_changed)
        self.runner.wait(5000)
        self._trash_timer.stop()
        self.guides.close()
        self.library.close()
