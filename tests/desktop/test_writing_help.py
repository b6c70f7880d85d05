"""Writing help in the app: the Preferences page, copy and paste, a server with progress and Cancel,
asking before an article leaves the computer, and a clear line when the server fails."""

from __future__ import annotations

from pathlib import Path

from chat_server import ChatServer, Step, reply
from writer_support import good_questions, reply_text

from desktop import paths
from desktop.guide.regenerate_dialog import RegenerateChoice
from desktop.preferences_dialog import PreferencesDialog
from desktop.tasks import ThreadPoolTaskRunner
from guides.article import Article


def _regenerate(app, writing_help: bool = True):  # type: ignore[no-untyped-def]
    choice = RegenerateChoice(
        minutes=60, intensity="medium", faith=False, keep_edits=False, writing_help=writing_help
    )
    return app.guides.apply_regenerate(choice)


def _guide(app):  # type: ignore[no-untyped-def]
    return app.library.guides.get(app.article_id, app.window.guide.audience).guide


def test_the_preferences_page_tests_the_connection_and_keeps_the_choice(
    app_window, article: Article, open_in_app
) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    open_in_app(app, article)
    with ChatServer(models=("small-model", "other-model")) as server:
        dialog = PreferencesDialog(app.prefs, app.window, app.guides.writing)  # no runner: asks at once
        page = dialog.writing
        assert page.mode() == "none" and not page.test.isEnabled()
        page.radios["local"].setChecked(True)
        page.local_url.setText(server.url)
        page.test.click()
        assert "offers 2 models" in page.status.text()
        assert [page.model.itemText(i) for i in range(page.model.count())] == ["other-model", "small-model"]
        page.model.setCurrentText("small-model")
        app.set_prefs(**dialog.changes())
    assert (app.prefs.writing_help, app.prefs.local_server, app.prefs.writer_model) == (
        "local",
        server.url,
        "small-model",
    )
    dialog.close()


def test_a_key_is_never_written_to_a_file_without_a_secure_keyring(app_window) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    dialog = app.edit_preferences()
    page = dialog.writing
    page.radios["remote"].setChecked(True)
    page.remote_url.setText("https://models.example.org/v1")
    page.key.setText("sk-secret-123")
    dialog.accept()
    assert app.prefs.writing_help == "remote"
    assert "no secure keyring" in app.window.message_bar.label.text()
    home = paths.preferences_file().parent
    for path in Path(home).rglob("*"):
        if path.is_file():
            assert b"sk-secret-123" not in path.read_bytes(), path
    assert app.guides.writing.key_for("https://models.example.org/v1") == "sk-secret-123"  # this session only


def test_the_paste_round_trip_writes_the_guide_and_edits_undo_as_before(
    app_window, article: Article, open_in_app
) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    window.guide.set_audience("group")
    app.set_prefs(writing_help="paste")
    dialog = app.guides.regenerate()
    assert dialog is not None and dialog.helper.isChecked() and "copy and paste" in dialog.helper.text()
    dialog.close()
    run = _regenerate(app)
    assert run is not None and run.paste is not None and run.prepared is not None
    assert article.text.split(".")[0] in run.paste.prompt.toPlainText()
    assert not run.paste.use.isEnabled()
    run.paste.copy.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == run.paste.prompt.toPlainText()
    run.paste.reply.setPlainText(
        "Here you go:\n```json\n" + reply_text(good_questions(run.prepared)) + "\n```"
    )
    run.paste.use.click()
    guide = _guide(app)
    writers = {q["written_by"] for s in guide["sections"] for q in s["questions"]}
    assert writers == {"assistant (pasted)"}
    assert "assistant (pasted) wrote" in window.message_bar.label.text()
    model = window.guide.models["group"]
    first = guide["sections"][0]["questions"][0]["id"]
    model.setData(model.index_of(first), "What helps you notice small kindnesses?")
    assert app.library.guides.get(app.article_id, "group").edits
    app.stack.undo()
    assert not app.library.guides.get(app.article_id, "group").edits.get(first)


def test_a_pasted_reply_that_cannot_be_read_leaves_the_guide_as_it_was(
    app_window, article: Article, open_in_app
) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    before = _guide(app)
    app.set_prefs(writing_help="paste")
    run = _regenerate(app)
    run.paste.reply.setPlainText("Sorry, I can't help with that.")
    run.paste.use.click()
    assert _guide(app) == before
    assert "could not be read" in window.message_bar.label.text()


def test_a_server_on_this_computer_writes_the_guide(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    window.guide.set_audience("group")
    from guides.writers.write import prepare

    with ChatServer() as server:
        app.set_prefs(writing_help="local", local_server=server.url, writer_model="small-model")
        from desktop.guide.generation import GenerationOptions, guide_options

        options = guide_options("group", GenerationOptions(minutes=60, intensity="medium", faith=False))
        server.steps = [reply(reply_text(good_questions(prepare(article, options))))]
        run = _regenerate(app)
        assert len(server.chats) == 1
    assert run is not None and run.progress is None and not run.running
    writers = {q["written_by"] for s in _guide(app)["sections"] for q in s["questions"]}
    assert writers == {"small-model"}
    assert "small-model wrote" in window.message_bar.label.text()


def test_a_server_that_is_down_leaves_the_guide_and_says_so_in_one_line(
    app_window, article: Article, open_in_app
) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    before = _guide(app)
    with ChatServer() as server:
        url = server.url
    app.set_prefs(writing_help="local", local_server=url)
    _regenerate(app)
    assert _guide(app) == before
    text = window.message_bar.label.text()
    assert "nothing answers at" in text and "not changed" in text and "\n" not in text


def test_nothing_is_sent_to_another_server_without_asking(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    before = _guide(app)
    asked: list[str] = []
    app.guides.writing.ask = lambda _parent, text: asked.append(text) or False
    # A documentation address (TEST-NET-1): refused before any connection is made.
    app.set_prefs(writing_help="remote", remote_server="http://192.0.2.1/v1", writer_model="m")
    _regenerate(app)
    assert len(asked) == 1
    assert "http://192.0.2.1/v1" in asked[0] and "Small Hinges" in asked[0] and "not sent" in asked[0]
    assert _guide(app) == before
    assert "Nothing was sent" in window.message_bar.label.text()


def test_cancel_really_stops_the_server(app_window, article: Article, open_in_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    open_in_app(app, article)
    before = _guide(app)
    threaded = ThreadPoolTaskRunner(app)
    app.guides.runner = threaded
    with ChatServer(Step(content="x" * 400, hang=True)) as server:
        app.set_prefs(writing_help="local", local_server=server.url, writer_model="m")
        run = _regenerate(app)
        assert run is not None and run.progress is not None
        qtbot.waitUntil(lambda: "characters so far" in run.progress.labelText(), timeout=10000)
        assert app.busy
        from PySide6.QtWidgets import QPushButton

        run.progress.findChild(QPushButton).click()  # the dialog's Cancel button
        qtbot.waitUntil(lambda: run.outcome is not None, timeout=10000)
    assert threaded.wait(5000)
    assert "Cancelled" in str(run.outcome)
    assert not app.guides.busy
    assert _guide(app) == before
