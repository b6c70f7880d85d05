"""Selecting words offers a small toolbar; selections snap to whole words; notes are written in place
and marked in the margin in their reader's colour."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.actions import ActionId
from desktop.palettes import PALETTES
from desktop.reader.words import snap
from guides.article import Article


def test_selections_snap_to_whole_words() -> None:
    text = "He asked for two sessions. They don't stop; well-being “matters”."
    at = text.index("wo sessio")
    assert text[slice(*snap(text, at, at + len("wo sessio")))] == "two sessions"
    at = text.index(" don")
    assert text[slice(*snap(text, at, at + 4))] == "don't"
    at = text.index("ll-be")
    assert text[slice(*snap(text, at, at + 5))] == "well-being"
    at = text.index("“matters”")
    assert text[slice(*snap(text, at, at + len("“matters”")))] == "“matters”"  # punctuation reached stays
    assert snap(text, 3, 3) == (3, 3)


def _select(window, article: Article, words: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = article.text.index(words)
    window.reader.select_range(start, start + len(words))
    return start, start + len(words)


def test_a_drag_snaps_and_shows_the_bar(qtbot: QtBot, app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    reader = window.reader
    start = article.text.index("inges. Marriages")
    reader.select_range(start, start + len("inges. Marria"))
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert reader.textCursor().selectedText() == "hinges. Marriages"
    bar = reader.selection_bar
    assert bar is not None and bar.isVisible()
    names = [b.text() for b in bar.colour_buttons.values()]
    assert names == ["Yellow", "Green", "Blue", "Pink", "Purple"]  # colours with their names
    bar.colour_buttons["green"].click()
    added = [(a.quote, a.color, a.reader) for a in app.notes.annotations]
    assert added == [("hinges. Marriages", "green", "Anna")]
    assert not bar.isVisible()


def test_a_note_is_written_under_its_passage(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    _select(window, article, "Say thank you out loud.")
    window.reader.show_selection_bar()
    window.reader.selection_bar.note_button.click()
    card = window.reader.note_editor
    assert card is not None and card.isVisible()
    assert "Anna’s note" in card.heading.text() and "Say thank you out loud." in card.heading.text()
    card.box.setPlainText("We both forget this one.")
    card.save_button.click()
    assert [a.note for a in app.notes.annotations] == ["We both forget this one."]
    app.stack.undo()
    assert app.notes.annotations == []


def test_notes_are_marked_in_the_margin_in_their_readers_colour(
    qtbot: QtBot, app_window, article: Article, open_in_app
) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    window.resize(1100, 760)
    open_in_app(app, article)
    app.set_prefs(current_reader=1)  # Ben, in blue
    _select(window, article, "Old doors swing")
    note = app.notes.add_note("Our porch.")
    assert note is not None
    window.reader.viewport().repaint()
    marks = window.reader.margin_marks()
    assert len(marks) == 1
    mark = marks[0]
    assert mark.colour == PALETTES["light"].mark("blue") and mark.tip == "Ben’s note: Our porch."
    text_left = window.reader.span_rect(note.start, note.end)
    assert text_left is not None and mark.rect.right() < text_left.left()  # in the margin, not over words
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=mark.rect.center())
    card = window.reader.note_editor
    assert card.isVisible() and card.box.toPlainText() == "Our porch."
    card.box.setPlainText("Our porch, and the gate.")
    card.save()
    assert app.library.annotations.get(note.id).note == "Our porch, and the gate."


def test_the_menu_offers_what_the_bar_does(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    _select(window, article, "small hinges")
    menu = window.reader.context_menu(QPoint(5, 5))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "&Highlight",
        "Highlight &In",
        "Add &Note…",
        "&Copy",
        "Copy with &Reference",
        "Select &All",
    ]
    next(a for a in menu.actions() if a.text() == "&Highlight").trigger()
    highlight = app.notes.annotations[0]
    rect = window.reader.span_rect(highlight.start, highlight.end)
    assert rect is not None
    window.reader.clear_selection()
    on_it = window.reader.context_menu(rect.center())
    assert [a.text() for a in on_it.actions() if a.text()][:2] == ["Add &Note…", "&Delete Highlight"]
    next(a for a in on_it.actions() if a.text() == "&Delete Highlight").trigger()
    assert app.notes.annotations == []


def test_copy_with_reference(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    _select(window, article, "Turn toward the bid")
    window.registry[ActionId.COPY_WITH_REFERENCE].trigger()
    assert QGuiApplication.clipboard().text() == "“Turn toward the bid”\n— Small Hinges, Daniel, paragraph 3"


def test_a_note_is_edited_in_the_side_pane_too(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    _select(window, article, "start first")
    note = app.notes.add_note("Us.")
    assert note is not None
    model = window.notes.model
    assert model.setData(model.index(0), "Us, first.")
    assert app.library.annotations.get(note.id).note == "Us, first."
    app.stack.undo()
    assert app.library.annotations.get(note.id).note == "Us."


def test_no_caret_blinks_until_asked(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    reader = window.reader
    assert reader.cursorWidth() == 0
    assert not reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    window.registry[ActionId.CARET_BROWSING].trigger()  # F7, as in a browser
    assert reader.cursorWidth() == 1
    assert reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    window.registry[ActionId.CARET_BROWSING].trigger()
    assert reader.cursorWidth() == 0
