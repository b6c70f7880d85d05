"""Desktop test hardening: a synchronous task runner, no real settings, no stray threads."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.controller import AppController
from desktop.main_window import MainWindow
from desktop.tasks import SyncTaskRunner
from guides.article import Article, BlockDraft, Removed, build_article


@pytest.fixture(autouse=True)
def _no_dangling_threads() -> Iterator[None]:
    """A test that leaves pool work running fails, instead of leaking into the next test."""
    yield
    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(5000)
    assert finished, "a background task was still running when the test ended"


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stray modal message box would hang an offscreen run; make it fail instead."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a modal QMessageBox was opened in a test")

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def runner() -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def article() -> Article:
    """A small article with a heading, a reference, an author's question, a list and comments."""
    drafts = [
        BlockDraft("paragraph", "Old doors swing on small hinges. Marriages do too."),
        BlockDraft("heading", "The kindness that does the work", level=2),
        BlockDraft(
            "paragraph",
            "In Ephesians 4:32 Paul writes that we should be kind. "
            "What does your spouse meet at the door? Most evenings, a list.",
        ),
        BlockDraft("list_item", "Turn toward the bid.", ordinal=1, level=1),
        BlockDraft("list_item", "Say thank you out loud.", ordinal=2, level=1),
        BlockDraft("paragraph", "Be kinder than you need to be <b>& start first</b>."),
    ]
    removed = [
        Removed("r-1", "comment", "Thank you, this helped us.", "comment section", 6, spam=False),
        Removed(
            "r-2", "comment", "Cheap watches here", "comment section", 6, spam=True, spam_reason="advertising"
        ),
    ]
    return build_article(drafts, title="Small Hinges", removed=removed, author="Daniel", site="Notes")


@pytest.fixture
def app_window(qtbot: QtBot, runner: SyncTaskRunner) -> Iterator[tuple[MainWindow, AppController]]:
    """The whole app on a fresh library, with background work run synchronously."""
    from desktop.app import build

    window, controller = build(runner)
    qtbot.addWidget(window)
    window.show()
    yield window, controller
    controller.library.close()


@pytest.fixture
def open_in_app() -> Callable[[AppController, Article], int]:
    """Save an article in the app's library and open it, as an import would; returns its id."""

    def open_(controller: AppController, article: Article) -> int:
        saved = controller.library.articles.add(article)
        controller.shelf.reload()
        controller.open_article(saved.article_id)
        return saved.article_id

    return open_
