"""Highlights and notes: add from the reader's selection, list, jump, edit and delete, with undo.

A note is written where it belongs: in a card under its passage (desktop/reader/note_editor.py),
opened from the selection bar, the menu or the note's mark in the margin, or in the list of notes
beside the article. Copy with reference puts the words on the clipboard with where they come from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.mark import Mark
from desktop.notes.panel import NotesPanel
from desktop.palettes import Palette
from desktop.signals import emit
from desktop.undo import OperationCommand
from guides.article import Article
from guides.library import Annotation, Library, LibraryError

if TYPE_CHECKING:
    from desktop.current import CurrentArticle
    from desktop.notes.page import ReadingPage
    from guides.library import Undoable

log = logging.getLogger(__name__)


class AnnotationController(QObject):
    highlights_changed = Signal()
    failed = Signal(str)
    info = Signal(str)

    def __init__(
        self,
        panel: NotesPanel,
        reader: ReadingPage,
        library: Library,
        current: CurrentArticle,
        stack: QUndoStack,
        current_reader: Callable[[], tuple[str, str]],
        colours: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        """``current`` is the article open, which the notes follow; ``current_reader()`` gives the
        name and the colour name of whoever is reading."""
        super().__init__(parent)
        self.panel = panel
        self.reader = reader
        self.library = library
        self.stack = stack
        self._current_reader = current_reader
        self._colours = colours
        self.article_id: int | None = None
        self.annotations: list[Annotation] = []
        self._pending: tuple[int, int] | None = None  # the passage a note is being written on
        self._editing: int | None = None  # the note being edited in its card
        current.opened.connect(lambda article_id, _article: self.set_article(article_id))
        current.cleared.connect(lambda: self.set_article(None))
        panel.note_activated.connect(self.jump_to)
        panel.delete_requested.connect(self.delete)
        panel.model.note_edited.connect(lambda ident, text: self.edit_note(ident, text))
        reader.highlight_requested.connect(lambda colour: self.highlight(colour or None))
        reader.note_requested.connect(lambda: self.add_note())
        reader.copy_reference_requested.connect(self.copy_with_reference)
        reader.note_opened.connect(lambda ident: self.edit_note(ident))
        reader.annotation_delete_requested.connect(self.delete)
        if reader.note_editor is not None:
            reader.note_editor.saved.connect(self._on_card_saved)

    def set_palette(self, palette: Palette) -> None:
        """Draw highlights in this theme's tints (dimmed in the dark theme)."""
        self._colours = dict(palette.highlights)
        self.panel.model.set_colours(self._colours)
        if self.reader.selection_bar is not None:
            self.reader.selection_bar.set_colours(self._colours)

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
            Mark(
                "highlight",
                a.start,
                a.end,
                key=str(a.id),
                colour=self._colours.get(a.color, "#ffe58a"),
                note=a.note,
                reader=a.reader or "",
                tone=a.color,
            )
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
        """A note on the selection: ``text``, or what is written in the card opened under it."""
        selected = self.reader.snap_selection() if self.article_id is not None else None
        if selected is None:
            selected = self._selection()
        if selected is None:
            return None
        if text is None:
            self._open_card(selected, None, "")
            return None
        if not text.strip():
            return None
        name, colour = self._current_reader()
        return self._add(selected, note=text.strip(), colour=colour, reader=name)

    def _open_card(self, span: tuple[int, int], annotation_id: int | None, text: str) -> None:
        card = self.reader.note_editor
        where = self.reader.span_rect(*span)
        if card is None or where is None or self.reader.article is None:
            return
        self._pending, self._editing = span, annotation_id
        who = self._current_reader()[0]
        if annotation_id is not None:
            who = next((a.reader or "" for a in self.annotations if a.id == annotation_id), who)
        quote = self.reader.article.text[span[0] : span[1]]
        card.open_at(where.translated(self.reader.viewport().pos()), who, quote, text)

    def _on_card_saved(self, text: str) -> None:
        span, editing = self._pending, self._editing
        self._pending = self._editing = None
        if editing is not None:
            self.edit_note(editing, text)
        elif span is not None and text:
            name, colour = self._current_reader()
            self._add(span, note=text, colour=colour, reader=name)

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
        """Set the note's text; with no ``text``, open it in its card under the passage to edit."""
        annotation = self.library.annotations.get(annotation_id)
        if text is None:
            if annotation.start is None or annotation.end is None:  # lost its place: edit it in the list
                self.panel.edit(annotation_id)
                return
            self.reader.reveal(annotation.start, annotation.end, flash=False)
            self._open_card((annotation.start, annotation.end), annotation_id, annotation.note)
            return
        if text.strip() == annotation.note.strip():
            return
        self._apply(lambda: self.library.annotations.edit(annotation_id, note=text.strip()))

    def copy_with_reference(self) -> str | None:
        """Copy the selected words with the article's title, author and paragraph; returns what was copied."""
        from PySide6.QtGui import QGuiApplication

        selected = self.reader.snap_selection()
        article = self.reader.article
        if selected is None or article is None:
            emit(self.info, "Select some text in the article first.")
            return None
        text = with_reference(article, *selected)
        QGuiApplication.clipboard().setText(text)
        emit(self.info, "Copied with its reference.")
        return text

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
        from guides.export.notes import notes_to_markdown  # on use: a start exports nothing

        return notes_to_markdown(self.library, self.article_id) if self.article_id else None

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


def with_reference(article: Article, start: int, end: int) -> str:
    """“The words.” — Title, Author, paragraph 8 (paragraphs counted as the worksheets count them)."""
    quote = " ".join(article.text[start:end].split())
    counted = [b for b in article.blocks if b.kind != "heading"]
    number = next((n for n, b in enumerate(counted, 1) if b.start <= start < b.end), None)
    where = [article.title, article.author or "", f"paragraph {number}" if number else ""]
    return f"“{quote}”\n— " + ", ".join(p for p in where if p)
