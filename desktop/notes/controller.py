"""Highlights and notes: add from the reader's selection, list, jump, edit and delete, with undo."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.notes.panel import NotesPanel
from desktop.palettes import Palette
from desktop.reader import ReaderView
from desktop.reader.render import Mark
from desktop.signals import emit
from desktop.undo import OperationCommand
from guides.library import Annotation, Library, LibraryError, Undoable

log = logging.getLogger(__name__)


class AnnotationController(QObject):
    highlights_changed = Signal()
    failed = Signal(str)
    info = Signal(str)

    def __init__(
        self,
        panel: NotesPanel,
        reader: ReaderView,
        library: Library,
        stack: QUndoStack,
        current_reader: Callable[[], tuple[str, str]],
        colours: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        """``current_reader()`` gives the name and the colour name of whoever is reading."""
        super().__init__(parent)
        self.panel = panel
        self.reader = reader
        self.library = library
        self.stack = stack
        self._current_reader = current_reader
        self._colours = colours
        self.article_id: int | None = None
        self.annotations: list[Annotation] = []
        panel.note_activated.connect(self.jump_to)
        panel.edit_requested.connect(self.edit_note)
        panel.delete_requested.connect(self.delete)

    def set_palette(self, palette: Palette) -> None:
        """Draw highlights in this theme's tints (dimmed in the dark theme)."""
        self._colours = dict(palette.highlights)
        self.panel.model.set_colours(self._colours)

    def set_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.refresh()

    def refresh(self) -> None:
        self.annotations = self.library.annotations.for_article(self.article_id) if self.article_id else []
        self.panel.model.set_annotations(self.annotations)
        names = sorted({a.reader for a in self.annotations if a.reader} | {self._current_reader()[0]})
        self.panel.set_readers(names)
        emit(self.highlights_changed)

    def marks(self) -> list[Mark]:
        return [
            Mark("highlight", a.start, a.end, key=str(a.id), colour=self._colours.get(a.color, "#ffe58a"))
            for a in self.annotations
            if a.start is not None and a.end is not None
        ]

    # --- adding ---------------------------------------------------------------------

    def highlight(self, colour: str | None = None) -> Annotation | None:
        """Highlight the reader's selection, in ``colour`` or the current reader's colour."""
        selected = self._selection()
        if selected is None:
            return None
        name, own_colour = self._current_reader()
        return self._add(selected, note="", colour=colour or own_colour, reader=name)

    def add_note(self, text: str | None = None) -> Annotation | None:
        selected = self._selection()
        if selected is None:
            return None
        if text is None:
            quote = self.reader.textCursor().selectedText().replace("\u2029", " ")
            text, ok = QInputDialog.getMultiLineText(
                self._window(), "Add a note", f"Your note on “{_short(quote)}”:"
            )
            if not ok or not text.strip():
                return None
        name, colour = self._current_reader()
        return self._add(selected, note=text.strip(), colour=colour, reader=name)

    def _add(self, span: tuple[int, int], *, note: str, colour: str, reader: str) -> Annotation | None:
        assert self.article_id is not None
        article_id = self.article_id
        self.reader.clear_selection()  # so the new colour shows, not the selection
        done = self._apply(
            lambda: self.library.annotations.add(
                article_id, span[0], span[1], note=note, color=colour, reader=reader
            )
        )
        return done.value if done else None

    def _selection(self) -> tuple[int, int] | None:
        if self.article_id is None:
            return None
        selected = self.reader.selection_range()
        if selected is None:
            emit(self.info, "Select some text in the article first.")
        return selected

    # --- editing ----------------------------------------------------------------------

    def edit_note(self, annotation_id: int, text: str | None = None) -> None:
        annotation = self.library.annotations.get(annotation_id)
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self._window(), "Edit note", f"Your note on “{_short(annotation.quote)}”:", annotation.note
            )
            if not ok:
                return
        self._apply(lambda: self.library.annotations.edit(annotation_id, note=text.strip()))

    def delete(self, annotation_id: int) -> None:
        self._apply(lambda: self.library.annotations.delete(annotation_id))

    def jump_to(self, annotation_id: int) -> None:
        annotation = next((a for a in self.annotations if a.id == annotation_id), None)
        if annotation is None or annotation.start is None or annotation.end is None:
            emit(self.info, "This note's passage is no longer in the article.")
            return
        self.reader.reveal(annotation.start, annotation.end)

    # --- export -------------------------------------------------------------------------

    def markdown(self) -> str | None:
        return self.library.export_markdown(self.article_id) if self.article_id else None

    # --- plumbing -----------------------------------------------------------------------

    def _apply(self, change: Callable[[], Undoable[Any]]) -> Undoable[Any] | None:
        try:
            done = change()
        except LibraryError as err:
            emit(self.failed, str(err))
            return None
        self.stack.push(
            OperationCommand(
                done.label,
                done.undo,
                self.library.apply,
                self.refresh,
                lambda err: emit(self.failed, str(err)),
            )
        )
        return done

    def _window(self) -> QWidget:
        return self.panel.window()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
