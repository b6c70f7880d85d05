"""The app with an odd home or a read-only library, and what its files and logs may hold.

A home that cannot be made is one line naming the folder, before any window;
a library on a read-only disk opens to be read, says so, and still shows its
articles, notes and guides; the library, settings and log folders are the
user's only, and the log never holds an article's words or a reader's notes.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import crash, paths
from desktop.tasks import SyncTaskRunner
from guides.article import Article
from guides.library import Library

ROOT = Path(__file__).resolve().parents[2]


def test_a_home_that_is_a_file_is_one_line_and_no_window(tmp_path: Path) -> None:
    blocker = tmp_path / "porchlight"
    blocker.write_text("a file where the folder should be")
    env = {**os.environ, "PORCHLIGHT_HOME": str(blocker / "home"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("porchlight: Porchlight cannot use its folder")
    assert str(blocker) in lines[0] and "Traceback" not in result.stderr


def test_a_read_only_library_opens_to_be_read_and_says_so(
    qtbot: QtBot, tmp_path: Path, article: Article
) -> None:
    from desktop.app import build

    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        saved = library.articles.add(article)
        library.annotations.add_quote(saved.article_id, "small hinges", note="Our front door")
    window, controller = build(SyncTaskRunner(), library=Library(path, read_only=True))
    qtbot.addWidget(window)
    try:
        assert "can be read but not changed" in window.message_bar.label.text()
        controller.open_article(saved.article_id)
        assert controller.article_id == saved.article_id
        assert "small hinges" in window.reader.toPlainText()
        assert len(controller.notes.annotations) == 1
        controller.guides.set_analysis(article, None)  # as the background analysis does when it ends
        shown = controller.guides.panel.models[controller.guides.panel.audience].guide
        assert shown is not None  # made and shown, though it cannot be kept
    finally:
        controller.library.close()


def test_the_app_s_folders_and_log_are_the_user_s_only(qtbot: QtBot) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    handler = crash.setup_logging()
    try:
        logging.getLogger("porchlight").info("a line")
        handler.flush()
        assert paths.log_dir().stat().st_mode & 0o777 == 0o700
        assert paths.log_file().stat().st_mode & 0o777 == 0o600
        paths.write_state(paths.window_state_file(), "{}")
        assert paths.config_dir().stat().st_mode & 0o777 == 0o700
        assert paths.window_state_file().stat().st_mode & 0o777 == 0o600
    finally:
        for name in ("porchlight", "desktop", "guides"):
            logging.getLogger(name).removeHandler(handler)
        handler.close()


def test_the_log_never_holds_article_or_note_text(
    qtbot: QtBot, app_window: tuple[object, object], article: Article, tmp_path: Path
) -> None:
    """A session's worth of work (import, notes, rename, a failed undo, guides) leaves counts in the log."""
    handler = crash.setup_logging(logging.DEBUG)
    _window, controller = app_window
    try:
        source = tmp_path / "evening.txt"
        source.write_text(
            "The porch light at dusk\n\n"
            "We sat on the steps while the kettle sang and talked about the week behind us.\n\n"
            "Trust grew slowly, like the ivy by the door, one small kept promise at a time.\n",
            encoding="utf-8",
        )
        controller.importer.import_source(str(source))  # type: ignore[attr-defined]
        article_id = controller.article_id  # type: ignore[attr-defined]
        assert article_id is not None
        controller.library.annotations.add_quote(  # type: ignore[attr-defined]
            article_id, "ivy by the door", note="Remember the fight about the garden"
        )
        controller.library.articles.rename(article_id, "Our private evening")  # type: ignore[attr-defined]
        from desktop.undo import OperationCommand
        from guides.library.errors import QuoteNotFoundError

        def gone(_operation: object) -> object:
            raise QuoteNotFoundError("“ivy by the door” is not in the article.")

        step = OperationCommand("Delete “Our private evening”", None, gone, lambda: None)
        controller.stack.push(step)  # type: ignore[attr-defined]
        controller.stack.undo()  # type: ignore[attr-defined]  # fails, and the failure is logged
    finally:
        handler.flush()
        for name in ("porchlight", "desktop", "guides"):
            logging.getLogger(name).removeHandler(handler)
        handler.close()
    log = paths.log_file().read_text(encoding="utf-8")
    assert "Imported an article" in log
    for private in (
        "porch light",
        "kettle sang",
        "ivy by the door",
        "fight about the garden",
        "private evening",
    ):
        assert private not in log.lower(), private
