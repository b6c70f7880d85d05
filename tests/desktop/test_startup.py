"""Starting: the last screen first, then everything; --screenshot writes the window as it opens, and exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop import last_screen
from desktop.app import load_rest, open_frame, parse_args

ROOT = Path(__file__).resolve().parents[2]


def test_last_screen_shows_first_then_the_real_article(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # open_frame installs the app's own
    args = parse_args([])
    app, window = open_frame(args)
    qtbot.addWidget(window)
    controller = load_rest(app, window, args)  # first run: the sample
    qtbot.waitUntil(lambda: not controller.busy, timeout=20000)
    title = window.windowTitle()
    window.close()  # saves the last screen
    saved = last_screen.load()
    assert saved is not None and "Small Hinges" in saved.html and saved.title == title

    app, again = open_frame(args)
    qtbot.addWidget(again)
    assert "Small Hinges" in again.reader.toPlainText()  # before the engine or the library is loaded
    assert again.reader.article is None and not again.panes_built
    controller = load_rest(app, again, args)
    assert again.panes_built and again.reader.article is not None
    qtbot.waitUntil(lambda: not controller.busy, timeout=20000)
    again.close()


def test_the_article_of_the_first_frame_is_not_read_again_when_it_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last screen is the article as it opens, word for word: its document is kept, and maps."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    args = parse_args([])
    app, window = open_frame(args)
    qtbot.addWidget(window)
    controller = load_rest(app, window, args)
    qtbot.waitUntil(lambda: not controller.busy, timeout=20000)
    window.close()  # saves the last screen

    app, again = open_frame(args)
    qtbot.addWidget(again)
    revision = again.reader.document().revision()
    controller = load_rest(app, again, args)
    article = again.reader.article
    assert article is not None
    assert again.reader.document().revision() == revision  # not parsed and laid out again
    words = article.text.index("kindness"), article.text.index("kindness") + len("kindness")
    again.reader.select_range(*words)
    assert again.reader.textCursor().selectedText() == "kindness"
    assert again.reader.selection_range() == words
    qtbot.waitUntil(lambda: not controller.busy, timeout=20000)
    again.close()


def _screenshot(tmp_path: Path, *args: str, platform: str = "offscreen") -> QImage:
    out = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "PORCHLIGHT_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(out), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return QImage(str(out))


def test_screenshot_command_writes_a_png_at_the_size_asked(tmp_path: Path) -> None:
    image = _screenshot(tmp_path, "--size", "1280x800", "--theme", "dark")
    assert (image.width(), image.height()) == (1280, 800)
    assert QColor(image.pixel(640, 790)).lightness() < 80  # the dark theme, to the window's edge


def test_a_screenshot_is_the_window_as_it_opens_on_a_small_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "width": 1024, "height": 700}]}))
    image = _screenshot(tmp_path, platform=f"offscreen:configfile={config}")
    assert image.width() <= 1024 and image.height() <= 700
    assert image.width() >= 1000 and image.height() >= 680  # all the room there is


def test_the_reading_type_comes_with_the_app_where_the_system_lacks_it(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QFontDatabase

    from desktop.app import add_bundled_fonts

    # A system with DejaVu (like this one) keeps its own copy and reads no files.
    if {"DejaVu Serif", "DejaVu Sans"} <= set(QFontDatabase.families()):
        assert add_bundled_fonts() == []
    # Windows and macOS have neither family: Qt loads every bundled face of both.
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_args: []))
    assert add_bundled_fonts() == ["DejaVu Sans", "DejaVu Serif"]


def test_missing_bundled_fonts_cost_the_reading_type_not_the_start(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtGui import QFontDatabase

    from desktop.app import add_bundled_fonts

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_args: []))
    monkeypatch.setenv("PORCHLIGHT_RESOURCES", str(tmp_path))
    assert add_bundled_fonts() == []


def test_a_machine_without_graphics_libraries_gets_a_message_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import builtins

    from desktop.launcher import main

    real_import = builtins.__import__

    def no_libgl(name: str, *args: object, **kwargs: object) -> object:
        if name == "desktop.app":
            raise ImportError("libGL.so.1: cannot open shared object file: No such file or directory")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_libgl)
    assert main([]) == 1
    message = capsys.readouterr().err
    assert "cannot open its window: libGL.so.1" in message and "sudo apt install libgl1" in message
    assert "Traceback" not in message


def test_the_about_box_says_where_the_licence_texts_are(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.about import about_text

    assert f"<code>{ROOT / 'resources'}</code>" in about_text()  # a checkout
    (tmp_path / "licenses" / "pyside6-essentials").mkdir(parents=True)
    monkeypatch.setenv("PORCHLIGHT_RESOURCES", str(tmp_path))  # as in the installed app
    assert f"<code>{tmp_path / 'licenses'}</code>" in about_text()


def test_an_article_opened_again_shows_its_kept_marks_without_analysing(
    app_window, article, open_in_app, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    window, controller = app_window
    article_id = open_in_app(controller, article)
    first = [(m.kind, m.start, m.end, m.key) for m in controller._analysis_marks]
    assert any(kind == "reference" for kind, *_ in first) and controller.verses
    verses = dict(controller.verses)

    import guides.analysis.analyze as analyze_module

    def refuse(_article: object) -> object:
        raise AssertionError("the article was analysed again")

    monkeypatch.setattr(analyze_module, "analyze", refuse)
    controller.open_article(article_id)
    assert [(m.kind, m.start, m.end, m.key) for m in controller._analysis_marks] == first
    assert controller.verses == verses
    assert [m for m in window.reader._marks if m.kind == "reference"]


def test_a_plain_start_has_every_option_as_the_parser_gives_it() -> None:
    """No arguments skip building the parser; what they stand for must be what it would say."""
    from desktop.app import _parser

    assert vars(parse_args([])) == vars(_parser().parse_known_args([])[0])
    assert parse_args(["--theme", "dark"]).theme == "dark"
