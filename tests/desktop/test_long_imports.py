"""A long import keeps the window responding, Cancel stops it with nothing added, and a text longer
than the reading view can lay out is refused in one line (or, already in the library, not laid out)."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from desktop.controller import AppController
from desktop.main_window import MainWindow
from desktop.reader.view import MAX_BLOCKS_SHOWN
from desktop.tasks import ThreadPoolTaskRunner
from guides.importing import import_source


def _long_text(path: Path, count: int = 30_000) -> Path:
    """``count`` short varied paragraphs (30,000: seconds of reading, within the engine's budgets)."""
    rnd = random.Random(4)
    words = "we kept our small promises and talked at the table while the kettle sang".split()
    paragraphs = [" ".join(rnd.choice(words) for _ in range(6)).capitalize() + f" {n}." for n in range(count)]
    path.write_text("A long evening\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_cancel_stops_a_long_import_and_adds_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.app import build

    window, controller = build(ThreadPoolTaskRunner())
    assert isinstance(window, MainWindow) and isinstance(controller, AppController)
    qtbot.addWidget(window)
    window.show()
    try:
        before = len(controller.library.articles.all())
        controller.importer.import_source(str(_long_text(tmp_path / "long.txt")))
        assert window.cancel_button.isVisibleTo(window)
        qtbot.wait(50)  # the window paints and answers while the import reads
        window.cancel_button.click()
        assert not window.progress_bar.isVisibleTo(window)  # at once, not when the reading ends
        assert "cancelled" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=120_000)
        qtbot.wait(50)  # the finished job's callbacks arrive, and are dropped
        assert len(controller.library.articles.all()) == before
        assert not controller.importer.busy
        assert (
            not window.message_bar.isVisibleTo(window) or "Could not" not in window.message_bar.label.text()
        )
    finally:
        controller.library.close()


def test_a_text_too_long_for_the_reading_view_is_one_line_and_not_added(
    qtbot: QtBot, tmp_path: Path, app_window: tuple[MainWindow, AppController]
) -> None:
    window, controller = app_window
    controller.importer.import_source(str(_long_text(tmp_path / "book.txt", MAX_BLOCKS_SHOWN + 500)))
    message = window.message_bar.label.text()
    assert "too long to show here" in message and "\n" not in message
    assert controller.library.articles.all() == []


def test_a_long_article_from_the_command_line_opens_to_a_message_not_a_frozen_window(
    qtbot: QtBot, tmp_path: Path, app_window: tuple[MainWindow, AppController]
) -> None:
    window, controller = app_window
    book = import_source(_long_text(tmp_path / "book.txt", MAX_BLOCKS_SHOWN + 500))
    saved = controller.library.articles.add(book)
    controller.open_article(saved.article_id)
    assert "too long to show here" in window.reader.toPlainText()
