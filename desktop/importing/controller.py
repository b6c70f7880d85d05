"""Runs imports in the background and reports what happened, never touching widgets itself."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.signals import emit
from desktop.tasks import Progress, TaskRunner
from guides.article import Article
from guides.errors import ArticleImportError, BudgetExceededError, CancelledError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportRequest:
    """What to import: a path or URL, or text from the clipboard."""

    source: str | None = None
    text: str | None = None
    html: bool | None = None

    @property
    def label(self) -> str:
        if self.source:
            return os.path.basename(self.source.rstrip("/")) or self.source
        return "the pasted article"


class ImportController(QObject):
    import_started = Signal(str)
    import_progressed = Signal(int, int, str)
    article_imported = Signal(object)  # Article
    import_failed = Signal(str)
    import_cancelled = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pending = 0
        self._running: list[threading.Event] = []
        """One cancel flag per import still running; the import reads it between its stages."""

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def cancel(self) -> None:
        """Stop the imports under way: the window is told at once, and each import stops at its
        next stage (what it was reading is dropped, and nothing reaches the library)."""
        if not self._running:
            return
        for flag in self._running:
            flag.set()
        self._running = []
        emit(self.import_cancelled)

    def import_source(self, source: str) -> None:
        self._start(ImportRequest(source=source))

    def import_text(self, text: str, *, html: bool | None = None) -> None:
        self._start(ImportRequest(text=text, html=html))

    def _start(self, request: ImportRequest) -> None:
        self._pending += 1
        cancelled = threading.Event()
        self._running.append(cancelled)
        emit(self.import_started, request.label)

        def job(progress: Progress) -> Article:
            from guides.importing import import_source, import_text

            if request.text is not None:
                progress(1, 3, "Reading")
                article = import_text(request.text, html=request.html, cancelled=cancelled.is_set)
            else:
                assert request.source is not None
                article = import_source(request.source, progress=progress, cancelled=cancelled.is_set)
            from desktop.reader.view import too_long_to_show

            problem = too_long_to_show(article)
            if problem is not None:  # refused here, in the background: nothing reaches the library
                raise BudgetExceededError(problem)
            return article

        def finished() -> bool:
            """Count the import done; False when it was cancelled (its result is dropped)."""
            self._pending -= 1
            if cancelled in self._running:
                self._running.remove(cancelled)
            return not cancelled.is_set()

        def succeeded(article: object) -> None:
            if not finished():
                return
            assert isinstance(article, Article)
            # Counts only: the log never holds an article's words, its title included.
            log.info(
                "Imported an article (%d words, %d parts removed)", article.word_count, len(article.removed)
            )
            emit(self.article_imported, article)

        def failed(exc: BaseException) -> None:
            if not finished() or isinstance(exc, CancelledError):
                return
            if isinstance(exc, ArticleImportError):
                log.info("Import of %s failed: %s", request.label, exc)
                emit(self.import_failed, f"Could not import {request.label}: {exc}")
                return
            log.error("Import of %s failed unexpectedly", request.label, exc_info=exc)
            emit(
                self.import_failed,
                f"Could not import {request.label}: something unexpected went wrong ({type(exc).__name__}). "
                "The details are in the log.",
            )

        def progressed(done: int, total: int, label: str) -> None:
            if not cancelled.is_set():
                emit(self.import_progressed, done, total, label)

        self._runner.run(job, succeeded, failed, progressed)
