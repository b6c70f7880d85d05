"""Discuss together: one question at a time, a key to the next, the part's minutes, the "I will" lines
kept in the library, and back where it stopped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.discuss.steps import steps_of
from desktop.guide_layout import layout
from guides.article import Article
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_source
from guides.resources import resource_path


def test_the_steps_of_a_couples_guide() -> None:
    article = import_source(str(resource_path("samples", "small-hinges.txt")))
    guide = generate_guide(article, GuideOptions(audience="couple"))
    steps = steps_of(layout(guide, article=article, names=["Maria", "Joe"]))
    questions = [s for s in steps if s.kind == "question"]
    assert [s.question_id for s in questions] == [q.id for q in guide.questions]
    assert [s.number for s in questions] == [str(n) for n in range(1, len(questions) + 1)]
    assert steps[0].before  # the first part's instructions come with its first step
    assert any(s.kind == "reading" and s.readings for s in steps)
    lines = next(s for s in steps if s.kind == "lines")
    assert [line.text for line in lines.lines][:2] == ["Maria: I will …", "Joe: I will …"]
    assert steps[-1].after  # the closing (a prayer) with the last step
    assert {s.part_title for s in steps} <= {s.title for s in guide.sections}


def test_a_group_talks_through_only_the_questions_for_the_room() -> None:
    article = import_source(str(resource_path("samples", "small-hinges.txt")))
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = {s.question_id for s in steps_of(layout(guide, article=article)) if s.kind == "question"}
    assert asked == {q.id for q in guide.questions if q.visibility == "everyone"}


def _open(app_window, article: Article, open_in_app):  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    view = app.discuss.open(full_screen=False)
    assert view is not None
    return window, app, view


def test_keys_move_through_the_questions(qtbot: QtBot, app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    _window, _app, view = _open(app_window, article, open_in_app)
    count = len(view.steps)
    assert count >= 3 and view.index == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.index == 2
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.index == 1
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.index == count - 1 and not view.next_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.index == 0 and not view.previous_button.isEnabled()
    step = view.steps[0]
    assert step.part_title in view.part.text() and f"{step.minutes} min" in view.part.text()
    assert view.progress.text() == f"1 of {count}"
    question = next(i for i, s in enumerate(view.steps) if s.kind == "question" and s.end > s.start)
    view.go(question)
    assert view.passage_column.isVisibleTo(view) and view.steps[question].text in view.question.text()
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert view.isFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isFullScreen() and view.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_it_opens_where_it_stopped_or_from_a_question(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app, view = _open(app_window, article, open_in_app)
    view.go(2)
    stopped = view.steps[2].key
    view.close()
    again = app.discuss.open(full_screen=False)
    assert again is not None and again.index == 2 and again.steps[2].key == stopped
    again.close()
    question = next(s for s in again.steps if s.kind == "question")
    window.guide.discuss_requested.emit(question.question_id)  # "Discuss from here" on the page
    assert app.discuss.view is not None and app.discuss.view.steps[app.discuss.view.index] == question
    app.discuss.view.close()


def test_what_is_written_on_the_lines_is_kept(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    _window, app, view = _open(app_window, article, open_in_app)
    at = next(i for i, s in enumerate(view.steps) if s.kind == "lines")
    view.go(at)
    key = view.steps[at].lines[0].id
    field = view._fields[key]
    field.setText("Say the thank-you out loud at supper.")
    view.next() if at + 1 < len(view.steps) else view.previous()
    assert app.library.answers.get(app.article_id, "couple") == {key: "Say the thank-you out loud at supper."}
    app.stack.undo()
    assert app.library.answers.get(app.article_id, "couple") == {}
    app.stack.redo()
    view.close()
    again = app.discuss.open(full_screen=False)
    assert again is not None
    again.go(at)
    assert again._fields[key].text() == "Say the thank-you out loud at supper."
    again.close()
