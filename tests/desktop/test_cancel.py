"""Cancelling the work a reader waits for: the runner's contract, the progress strip with its Cancel
and Esc, and the long jobs that honour it (a guide, a backup, a worksheet preview)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.controller import AppController
from desktop.main_window import MainWindow
from desktop.tasks import HeldTaskRunner, Progress, SyncTaskRunner, ThreadPoolTaskRunner, failure_message
from guides.article import Article
from guides.errors import CancelledError, EmptySourceError


def test_a_cancelled_job_stops_at_its_next_check_and_its_result_is_dropped(qtbot: QtBot) -> None:
    runner = ThreadPoolTaskRunner()
    started, seen = threading.Event(), []

    def job(progress: Progress) -> str:
        started.set()
        while not progress.cancelled():  # the engine's check between its steps
            threading.Event().wait(0.005)
        return "too late"

    task = runner.run(job, seen.append, seen.append, on_cancel=lambda: seen.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    assert seen == ["cancelled"] and task.cancelled and task.finished  # at once
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=5000)
    qtbot.wait(20)  # the late result arrives, and is dropped
    assert seen == ["cancelled"]
    assert not runner.busy


def test_the_engine_stopping_on_its_check_counts_as_cancelled_not_failed() -> None:
    seen: list[object] = []

    def job(progress: Progress) -> None:
        raise CancelledError("stopped")

    task = SyncTaskRunner().run(job, seen.append, seen.append, on_cancel=lambda: seen.append("cancelled"))
    assert seen == ["cancelled"] and task.cancelled


def test_results_are_typed_end_to_end() -> None:
    lengths: list[int] = []
    SyncTaskRunner().run(lambda p: len("four"), lengths.append)
    assert lengths == [4]


def test_errors_come_back_as_one_line() -> None:
    assert failure_message("Could not import a.txt", EmptySourceError("The file is empty.")) == (
        "Could not import a.txt: The file is empty."
    )
    assert failure_message("Could not save", PermissionError(13, "Permission denied")) == (
        "Could not save: Permission denied"
    )
    unexpected = failure_message("The guide could not be made", KeyError("x"))
    assert "something unexpected went wrong (KeyError)" in unexpected and "\n" not in unexpected


# --- in the window ------------------------------------------------------------------------------


@pytest.fixture
def held_app(qtbot: QtBot) -> Iterator[tuple[MainWindow, AppController, HeldTaskRunner]]:
    """The app with every background job held until the test lets it run."""
    from desktop.app import build

    runner = HeldTaskRunner()
    window, controller = build(runner)
    qtbot.addWidget(window)
    window.show()
    yield window, controller, runner
    controller.library.close()


def test_esc_on_the_progress_cancels_making_a_guide_and_stores_none(
    held_app: tuple[MainWindow, AppController, HeldTaskRunner], article: Article
) -> None:
    window, app, runner = held_app
    saved = app.library.articles.add(article)
    app.open_article(saved.article_id)
    runner.run_held()  # the analysis; the guides' job is now held
    assert runner.held and window.progress.isVisibleTo(window)
    assert window.progress.label.text().startswith("Making the ")
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.progress.isVisibleTo(window)  # at once
    assert "Cancelled: no guide was made" in window.message_bar.label.text()
    runner.run_held()  # the job stops at its next check
    assert not any(app.library.guides.has(saved.article_id, a) for a in ("couple", "group", "session"))
    assert not app.guides.busy
    # The window is usable: the guide can be asked for again, and is made.
    app.guides.generate(["couple"], app.generation_options())
    runner.run_held()
    assert app.library.guides.has(saved.article_id, "couple")


def test_cancel_on_a_backup_writes_nothing_over_the_old_one(
    held_app: tuple[MainWindow, AppController, HeldTaskRunner], tmp_path: Path
) -> None:
    window, app, runner = held_app
    (tmp_path / "backups").mkdir()
    target = tmp_path / "backups" / "library.sqlite3"
    target.write_bytes(b"last week's backup")
    app.backups.back_up(str(target))
    assert window.progress.label.text() == "Backing up the library…"
    window.cancel_button.click()
    runner.run_held()
    assert target.read_bytes() == b"last week's backup"
    assert [p.name for p in target.parent.iterdir()] == ["library.sqlite3"]  # no partial left beside it
    assert "Backup cancelled" in window.message_bar.label.text()


def _run_all(runner: HeldTaskRunner) -> None:
    while runner.run_held():  # a job's callbacks may start more (analysis, then guides)
        pass


def test_saving_a_worksheet_runs_in_the_background_and_cancel_keeps_the_old_file(
    held_app: tuple[MainWindow, AppController, HeldTaskRunner], tmp_path: Path, article: Article
) -> None:
    window, app, runner = held_app
    saved = app.library.articles.add(article)
    app.open_article(saved.article_id)
    _run_all(runner)
    dialog = app.exports.export_worksheet()
    assert dialog is not None
    _run_all(runner)  # the preview
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "worksheet.pdf"
    target.write_bytes(b"last week's sheet")
    assert app.exports.save_pdf(target) is not None
    assert runner.held and target.read_bytes() == b"last week's sheet"  # not on the GUI thread
    assert window.progress.label.text() == "Saving the worksheet…"
    assert dialog.status.text() == "Saving worksheet.pdf…"
    window.cancel_button.click()
    assert not window.progress.isVisibleTo(window)  # at once
    runner.run_held()  # the job stops at its next check
    assert target.read_bytes() == b"last week's sheet"
    assert [p.name for p in target.parent.iterdir()] == ["worksheet.pdf"]  # no partial left beside it
    assert dialog.status.text() == "worksheet.pdf was not saved."
    # Saved again, and let run, it is written.
    app.exports.save_pdf(target)
    runner.run_held()
    assert target.read_bytes().startswith(b"%PDF") and dialog.status.text() == "Saved worksheet.pdf."
    dialog.close()


def test_cancel_on_saving_a_booklet_writes_nothing(
    held_app: tuple[MainWindow, AppController, HeldTaskRunner], tmp_path: Path, article: Article
) -> None:
    window, app, runner = held_app
    saved = app.library.articles.add(article)
    series = app.library.series.create("Little things", article_ids=(saved.article_id,))
    app.exports.export_booklet(series.id)
    _run_all(runner)  # the preview (it makes the guide the series lacks)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "booklet.pdf"
    app.exports.save_booklet(target)
    assert window.progress.label.text() == "Saving the booklet…"
    window.cancel_button.click()
    runner.run_held()
    assert list(target.parent.iterdir()) == []
    dialog = app.exports.booklet
    assert dialog is not None and dialog.status.text() == "booklet.pdf was not saved."
    dialog.close()


def test_a_backup_from_the_file_menu_writes_the_library(
    app_window: tuple[MainWindow, AppController], tmp_path: Path, article: Article
) -> None:
    from desktop.actions import ActionId
    from guides.library import inspect_backup

    window, app = app_window
    app.library.articles.add(article)
    target = tmp_path / "copy.sqlite3"
    app.backups.ask_where = lambda: str(target)  # type: ignore[method-assign]
    window.registry[ActionId.BACKUP_LIBRARY].trigger()
    assert inspect_backup(target).articles == 1
    assert "Backed up the library" in window.message_bar.label.text()


def test_the_engine_backup_honours_its_cancel_check(tmp_path: Path, article: Article) -> None:
    from guides.library import open_library

    library = open_library(tmp_path / "lib.sqlite3")
    try:
        library.articles.add(article)
        with pytest.raises(CancelledError):
            library.backup(tmp_path / "copy.sqlite3", cancelled=lambda: True)
        assert not (tmp_path / "copy.sqlite3").exists()
        steps: list[tuple[int, int, str]] = []
        library.backup(tmp_path / "copy.sqlite3", progress=lambda d, t, label: steps.append((d, t, label)))
        assert steps and steps[-1][0] == steps[-1][1]
    finally:
        library.close()
