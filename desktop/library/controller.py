"""The library pane's decisions: listing, search, series, and renaming or deleting an article with undo.

Deleting an article is the engine's (``library.trash``): it moves to the trash in the library
file at once, so a crash cannot bring it back, and Undo (Edit › Undo, or the message's link)
restores it exactly; what waited in the trash a month is emptied shortly after the app starts.

Every change to a series (making one, renaming, adding, moving or taking out
an article, deleting it) is undoable: the engine returns the operation that
reverses it, and it goes on the undo stack like a rename.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop import paths
from desktop.library.panel import LibraryPanel
from desktop.signals import emit
from desktop.undo import OperationCommand
from desktop.widgets.ask import ask_text
from guides.library import ArticleSummary, Library, LibraryDamagedError, LibraryError

if TYPE_CHECKING:
    from desktop.library.trash_dialog import TrashDialog

log = logging.getLogger(__name__)


def worksheets_made() -> frozenset[int]:
    """The articles a worksheet was made from (disposable state, like the window's)."""
    try:
        data = json.loads(paths.worksheets_made_file().read_text(encoding="utf-8"))
        return frozenset(int(i) for i in data if isinstance(i, int))
    except (OSError, ValueError, TypeError):
        return frozenset()


def save_worksheets_made(ids: frozenset[int]) -> None:
    try:
        paths.write_state(paths.worksheets_made_file(), json.dumps(sorted(ids)))
    except OSError as err:
        log.warning("Which articles have worksheets was not saved: %s", err)


class LibraryController(QObject):
    article_chosen = Signal(int)
    hit_chosen = Signal(int, str, str)
    article_deleted = Signal(int)  # it went to the trash (a delete, or a redo of one)
    article_restored = Signal(int)  # it came back from the trash (an undo of a delete)
    informed = Signal(str)  # a line for the message bar (rich text; "undo" is the link that undoes)
    article_renamed = Signal(int)
    booklet_requested = Signal(int)  # series id
    failed = Signal(str)

    def __init__(
        self, panel: LibraryPanel, library: Library, stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.library = library
        self.stack = stack
        self.summaries: list[ArticleSummary] = []
        self._trash_dialog: TrashDialog | None = None
        panel.article_chosen.connect(self.article_chosen)
        panel.hit_chosen.connect(self.hit_chosen)
        panel.search_changed.connect(self.search)
        panel.sort_changed.connect(lambda _sort: self.reload())
        panel.new_series_requested.connect(self._on_panel_new_series_requested)
        panel.model.article_dropped_on_series.connect(self.add_to_series)
        panel.series_rename_requested.connect(self.rename_series)
        panel.series_delete_requested.connect(self.delete_series)
        panel.booklet_requested.connect(self.booklet_requested)
        panel.article_move_requested.connect(self.move_in_series)
        panel.article_removal_requested.connect(self.remove_from_series)
        panel.add_to_series_requested.connect(self.add_to_series)

    # --- listing ----------------------------------------------------------------

    def reload(self) -> None:
        current = self.panel.current_article_id()
        self.summaries = self.library.articles.all()
        articles = self.summaries
        by_id = {a.id: a for a in articles}
        series = [(s, [by_id[i] for i in s.article_ids if i in by_id]) for s in self.library.series.all()]
        self.panel.model.set_library(articles, series, self.panel.sort, sorted(worksheets_made()))
        if current is not None:
            self.panel.select_article(current)
        if self.panel.search.text().strip():
            self.search(self.panel.search.text().strip())

    def last_read(self) -> int | None:
        """The article opened most recently (or, if none was, added most recently)."""
        shown = self.summaries
        return max(shown, key=lambda a: (a.opened_at or "", a.added_at)).id if shown else None

    def is_empty(self) -> bool:
        return self.panel.model.article_count() == 0

    def search(self, text: str) -> None:
        if not text:
            self.panel.show_hits(False)
            return
        hits = self.library.search(text, limit=60)
        self.panel.search_model.set_hits(hits)
        self.panel.show_hits(True)

    def notes_counted(self, article_id: int | None, count: int) -> None:
        """The open article now has ``count`` highlights and notes: the list's mark follows."""
        summary = next((a for a in self.summaries if a.id == article_id), None)
        if summary is not None and summary.annotation_count != count:
            self.reload()

    def worksheet_made(self, article_id: int) -> None:
        """Mark the article in the list: a worksheet was saved or printed from it."""
        made = worksheets_made()
        if article_id not in made:
            save_worksheets_made(made | {article_id})
            self.reload()

    # --- series -----------------------------------------------------------------

    def _on_panel_new_series_requested(self) -> None:
        name = ask_text(self.panel, "New series", "Name of the series:", name="new_series_dialog")
        if name is not None and name.strip():
            self.create_series(name.strip())

    def create_series(self, name: str) -> None:
        """Make a series, undoably."""
        self._undoable(lambda: self.library.series.create_undoable(name))

    def add_to_series(self, article_id: int, series_id: int, position: int = -1) -> None:
        """Put an article in a series at ``position`` (-1: the end); an article already there moves."""
        try:
            order = list(self.library.series.get(series_id).article_ids)
        except LibraryError as err:
            emit(self.failed, str(err))
            return
        at = position if 0 <= position <= len(order) else len(order)
        if article_id in order:
            if order.index(article_id) < at:
                at -= 1  # its own place, taken out first, was before the drop
            order.remove(article_id)
        order.insert(at, article_id)
        self._set_order(series_id, order)

    def move_in_series(self, series_id: int, article_id: int, step: int) -> None:
        """Move an article ``step`` weeks later (negative: earlier) in its series."""
        order = self._order_of(series_id)
        if article_id not in order:
            return
        at = order.index(article_id)
        to = max(0, min(len(order) - 1, at + step))
        if to != at:
            order.insert(to, order.pop(at))
            self._set_order(series_id, order)

    def remove_from_series(self, series_id: int, article_id: int) -> None:
        order = self._order_of(series_id)
        if article_id in order:
            order.remove(article_id)
            self._set_order(series_id, order)

    def _order_of(self, series_id: int) -> list[int]:
        """The series' articles in order; [] (and the failure said) when it is gone."""
        try:
            return list(self.library.series.get(series_id).article_ids)
        except LibraryError as err:
            emit(self.failed, str(err))
            return []

    def rename_series(self, series_id: int) -> None:
        """Ask for the series' new name, then rename it."""
        try:
            current = self.library.series.get(series_id).name
        except LibraryError as err:
            emit(self.failed, str(err))
            return
        name = self.ask_series_name(current)
        if name is not None and name.strip() and name.strip() != current:
            self.rename_series_to(series_id, name)

    def ask_series_name(self, current: str) -> str | None:
        """The reader's new name for a series, or None when they cancel (tests replace this)."""
        return ask_text(
            self.panel, "Rename series", "Name of the series:", current, name="rename_series_dialog"
        )

    def rename_series_to(self, series_id: int, name: str) -> None:
        self._undoable(lambda: self.library.series.edit(series_id, name=name))

    def delete_series(self, series_id: int) -> None:
        """Delete a series (its articles stay in the library), undoably."""
        self._undoable(lambda: self.library.series.edit(series_id, delete=True))

    def _set_order(self, series_id: int, order: list[int]) -> None:
        if tuple(order) != tuple(self._order_of(series_id)):
            self._undoable(lambda: self.library.series.edit(series_id, article_ids=tuple(order)))

    def _undoable(self, change: Callable[[], Any]) -> None:
        """Make a change that returns an :class:`~guides.library.Undoable` and put it on the undo stack."""
        try:
            done = change()
        except LibraryError as err:
            emit(self.failed, str(err))
            return
        self.stack.push(
            OperationCommand(
                done.label,
                done.undo,
                self.library.apply,
                self.reload,
                lambda err: emit(self.failed, str(err)),
            )
        )

    # --- rename with undo ---------------------------------------------------------

    def rename(self, article_id: int) -> None:
        """Ask for the article's new name, then rename it."""
        try:
            current = self.library.articles.get(article_id).summary.title
        except LibraryError as err:
            emit(self.failed, str(err))
            return
        name = self.ask_name(current)
        if name is not None and name.strip() and name.strip() != current:
            self.rename_to(article_id, name)

    def ask_name(self, current: str) -> str | None:
        """The reader's new name for an article, or None when they cancel."""
        return ask_text(
            self.panel,
            "Rename article",
            "Name of the article (its guides and worksheets take the new name too):",
            current,
            name="rename_dialog",
        )

    def rename_to(self, article_id: int, name: str) -> None:
        """Rename the article, undoably; its guides and worksheets carry the new name."""
        try:
            done = self.library.articles.rename(article_id, name)
        except LibraryError as err:
            emit(self.failed, f"The article could not be renamed: {err}")
            return
        self.stack.push(
            OperationCommand(
                done.label,
                done.undo,
                self.library.apply,
                lambda: self._renamed(article_id),
                lambda err: emit(self.failed, str(err)),
            )
        )

    def _renamed(self, article_id: int) -> None:
        self.reload()
        emit(self.article_renamed, article_id)

    # --- delete with undo ---------------------------------------------------------

    def delete(self, article_id: int) -> None:
        """Move the article to the trash, undoably; the message bar offers Undo too."""
        try:
            trashed = self.library.trash.delete(article_id)
        except LibraryError as err:
            emit(self.failed, f"The article could not be deleted: {err}")
            return
        title = trashed.value.title
        self.stack.push(
            OperationCommand(
                f"Delete “{title}”",
                trashed.undo,
                self.library.apply,
                lambda: self._on_trash_changed(article_id, title),
                lambda err: emit(self.failed, str(err)),
            )
        )

    def _on_trash_changed(self, article_id: int, title: str) -> None:
        """After a delete, its undo or its redo: the list follows, and the message says which."""
        self.reload()
        name = html.escape(title)
        if any(a.id == article_id for a in self.summaries):
            self.panel.select_article(article_id)
            emit(self.informed, f"“{name}” is back in the library, with its guides and notes.")
            emit(self.article_restored, article_id)
            self._refresh_trash()
            return
        emit(self.informed, f'Deleted “{name}” with its guides and notes. <a href="undo">Undo</a>')
        emit(self.article_deleted, article_id)
        self._refresh_trash()

    def show_trash(self) -> TrashDialog:
        """Edit › Deleted Articles…: list the trash, to restore an article or empty it."""
        from desktop.library.trash_dialog import TrashDialog

        dialog = TrashDialog(self.panel.window())
        dialog.restore_requested.connect(self._on_trash_restore_requested)
        dialog.empty_requested.connect(self._on_trash_empty_requested)
        dialog.finished.connect(dialog.deleteLater)
        self._trash_dialog = dialog
        self._refresh_trash()
        dialog.show()
        return dialog

    def restore(self, article_id: int) -> None:
        """Bring an article back from the trash, undoably (Undo puts it back in the trash)."""
        try:
            restored = self.library.trash.restore(article_id)
            title = self.library.articles.get(article_id).summary.title
        except LibraryError as err:
            emit(self.failed, f"The article could not be restored: {err}")
            return
        self.stack.push(
            OperationCommand(
                f"Restore “{title}”",
                restored.undo,
                self.library.apply,
                lambda: self._on_trash_changed(article_id, title),
                lambda err: emit(self.failed, str(err)),
            )
        )

    def confirm_empty_trash(self, count: int) -> bool:
        """Whether the reader means to delete ``count`` articles for good (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.panel.window(),
            "Empty the trash",
            f"Delete {count} article{'s' if count != 1 else ''} with their guides and notes for good? "
            "This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_trash_restore_requested(self, article_id: int) -> None:
        self.restore(article_id)
        self._refresh_trash()

    def _on_trash_empty_requested(self) -> None:
        count = len(self.library.trash.all())
        if count and self.confirm_empty_trash(count):
            try:
                purged = self.library.trash.purge()
            except LibraryError as err:
                emit(self.failed, f"The trash could not be emptied: {err}")
                return
            # An Undo that would bring one of them back now says, in one line, that it cannot.
            emit(self.informed, f"Deleted {purged} article{'s' if purged != 1 else ''} for good.")
        self._refresh_trash()

    def _refresh_trash(self) -> None:
        dialog = self._trash_dialog
        if dialog is not None:
            try:
                dialog.show_trash(self.library.trash.all())
            except RuntimeError:  # the dialog was closed and deleted
                self._trash_dialog = None

    def empty_old_trash(self) -> None:
        """Empty for good what has waited in the trash longer than the engine keeps it."""
        if self.library.read_only:
            return
        from guides.library.trash import KEEP_DAYS

        try:
            purged = self.library.trash.purge(older_than_days=KEEP_DAYS)
        except LibraryDamagedError as err:  # the session's first write finds it: the reader hears now
            emit(self.failed, str(err))
            return
        except LibraryError as err:  # the trash is emptied another day; nothing is lost meanwhile
            log.warning("The trash was not emptied: %s", err)
            return
        if purged:
            log.info("Emptied %d article(s) from the trash", purged)
