"""Highlights and notes: the model needs no window; every change undoes and redoes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.notes.model import NotesModel
from desktop.preferences import HIGHLIGHT_COLOURS
from desktop.signals import emit
from guides.article import Article


@dataclass
class FakeAnnotation:
    id: int
    reader: str | None
    color: str
    note: str
    quote: str
    start: int | None
    end: int | None
    status: str = "anchored"


def test_notes_model_reading_order_and_filters() -> None:
    model = NotesModel(HIGHLIGHT_COLOURS)
    model.set_annotations(
        [
            FakeAnnotation(1, "Ben", "blue", "", "later words", 50, 60),
            FakeAnnotation(2, "Anna", "yellow", "Talk about this", "early words", 5, 16),
            FakeAnnotation(3, "Anna", "green", "", "lost words", None, None, status="orphan"),
        ]
    )
    assert [model.data(model.index(r), NotesModel.IdRole) for r in range(3)] == [2, 1, 3]
    assert model.data(model.index(0)) == "Anna: “early words”\nTalk about this"
    assert "passage not found" in model.data(model.index(2))
    assert model.data(model.index(0), Qt.ItemDataRole.DecorationRole).name() == HIGHLIGHT_COLOURS["yellow"]
    model.set_filter(reader="Anna")
    assert model.rowCount() == 2
    model.set_filter(reader="Anna", colour="green")
    assert [model.data(model.index(r), NotesModel.IdRole) for r in range(model.rowCount())] == [3]
    assert model.readers() == ["Anna", "Ben"]


def _select(window, article: Article, words: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = article.text.index(words)
    window.reader.select_range(start, start + len(words))
    return start, start + len(words)


def test_highlight_undo_redo(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    span = _select(window, article, "small hinges")
    added = app.notes.highlight()
    assert added is not None and (added.start, added.end) == span
    assert added.reader == "Anna" and added.color == "yellow"
    assert any(m.kind == "highlight" for m in app.marks())
    assert window.notes.model.rowCount() == 1
    app.stack.undo()
    assert app.notes.annotations == []
    assert not any(m.kind == "highlight" for m in app.marks())
    app.stack.redo()
    assert [a.id for a in app.notes.annotations] == [added.id]


def test_note_edit_delete_round_trips(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    _select(window, article, "Say thank you out loud.")
    note = app.notes.add_note("We both forget this one.")
    assert note is not None and note.note == "We both forget this one."
    app.notes.edit_note(note.id, "We both forget this one, me more.")
    assert app.library.annotations.get(note.id).note.endswith("me more.")
    app.stack.undo()
    assert app.library.annotations.get(note.id).note == "We both forget this one."
    app.notes.delete(note.id)
    assert app.notes.annotations == []
    app.stack.undo()
    assert [a.note for a in app.notes.annotations] == ["We both forget this one."]
    app.stack.redo()
    assert app.notes.annotations == []


def test_reader_switcher_uses_each_readers_colour(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    app.set_prefs(current_reader=1)
    assert window.reading_bar.reader_box.currentText() == "Ben"
    _select(window, article, "Marriages do too.")
    ben = app.notes.highlight()
    assert ben is not None and (ben.reader, ben.color) == ("Ben", "blue")
    _select(window, article, "Old doors")
    green = app.notes.highlight("green")
    assert green is not None and green.color == "green"
    window.notes.model.set_filter(reader="Ben", colour="blue")
    assert window.notes.model.rowCount() == 1


def test_clicking_a_note_jumps_to_it(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    _select(window, article, "start first")
    note = app.notes.add_note("Us.")
    assert note is not None
    emit(window.notes.note_activated, note.id)
    assert window.reader.flashing


def test_highlight_without_selection_says_so(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    assert app.notes.highlight() is None
    assert "Select some text" in window.statusBar().currentMessage()
