"""Importing from the clipboard, from a dropped file, and the progress it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from desktop.importing import sources
from desktop.signals import emit
from guides.importing.formats import ImportFormat, import_formats, register, unregister

ARTICLE = (
    "Learning to Listen\n\nBy Ruth Reyes\n\nWe used to finish each other's sentences, and not kindly. "
    "James 1:19 asks us to be quick to hear.\n\nWhat would it take to hear each other out tonight?\n"
)


def test_paste_text_imports_it(app_window) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    QGuiApplication.clipboard().setText(ARTICLE)
    sources.paste_article(app.importer, app.show_error)
    assert app.article is not None and app.article.title == "Learning to Listen"
    assert window.library.model.article_count() == 1


def test_paste_html_imports_it_as_html(app_window) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    mime = QMimeData()
    mime.setHtml(
        "<h1>Small Graces</h1><p>A gentle answer turns away wrath, says Proverbs 15:1.</p>"
        "<p>We try to answer gently, even when tired.</p>"
    )
    mime.setText("Small Graces")
    QGuiApplication.clipboard().setMimeData(mime)
    sources.paste_article(app.importer, app.show_error)
    assert app.article is not None and app.article.title == "Small Graces"


def test_empty_clipboard_says_so(app_window) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    QGuiApplication.clipboard().clear()
    sources.paste_article(app.importer, app.show_error)
    assert "clipboard holds no text" in window.message_bar.label.text()


def test_dropped_file_is_imported(app_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    file = tmp_path / "listen.txt"
    file.write_text(ARTICLE, encoding="utf-8")
    progress: list[tuple[int, int, str]] = []
    app.importer.import_progressed.connect(lambda d, t, label: progress.append((d, t, label)))
    emit(window.sources_dropped, [str(file)])
    assert app.article is not None and app.article.title == "Learning to Listen"
    assert progress and progress[-1][0] == progress[-1][1]  # the steps were reported
    assert not window.progress_bar.isVisible()  # and the bar is gone when it is done


def test_looks_like_url() -> None:
    assert sources.looks_like_url(" https://example.org/post ")
    assert not sources.looks_like_url("https://example.org/a post")
    assert not sources.looks_like_url("just words")


def test_the_import_dialog_offers_every_format_of_the_registry() -> None:
    offered = sources.import_filter().split(";;")
    assert offered[0].startswith("Articles (") and offered[-1] == "All files (*)"
    for spec in import_formats():
        assert spec.file_filter in offered
        for suffix in spec.suffixes:
            assert f"*{suffix}" in offered[0]


def test_a_format_registered_in_the_engine_alone_is_offered_by_the_dialog() -> None:
    register(ImportFormat("note", "Question notes", (".note",), ("text/x-note",), "tests:unused"))
    try:
        offered = sources.import_filter().split(";;")
        assert "Question notes (*.note)" in offered and "*.note" in offered[0]
    finally:
        unregister("note")
    assert "*.note" not in sources.import_filter()
