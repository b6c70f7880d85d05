"""Runs imports in the background and reports what happened, never touching widgets itself."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.signals import emit
from desktop.tasks import Progress, Task, TaskRunner, failure_message
from guides.article import Article
from guides.errors import ArticleImportError, BudgetExceededError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileRead:
    """The local file an import read, and the digest of its bytes taken before reading them."""

    path: Path
    digest: str


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
    article_imported = Signal(object, object)
    """The Article, and the file it was read from with the digest of its bytes (a
    :class:`FileRead`), or None for a web address or a paste."""
    import_failed = Signal(str)
    import_cancelled = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        too_long: Callable[[Article], str | None],
        parent: QObject | None = None,
    ) -> None:
        """``too_long`` says in one line why the reading view would not show an article (None
        when it will): such an article is refused in the background, before the library."""
        super().__init__(parent)
        self._runner = runner
        self._too_long = too_long
        self._running: list[Task[tuple[Article, FileRead | None]]] = []
        """The imports under way; each reads its cancel flag between its stages."""

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel(self) -> None:
        """Stop the imports under way: the window is told at once, and each import stops at its
        next stage (what it was reading is dropped, and nothing reaches the library)."""
        for task in list(self._running):
            task.cancel()

    def import_source(self, source: str) -> None:
        self._start(ImportRequest(source=source))

    def import_text(self, text: str, *, html: bool | None = None) -> None:
        self._start(ImportRequest(text=text, html=html))

    def _start(self, request: ImportRequest) -> None:
        emit(self.import_started, request.label)

        def job(progress: Progress) -> tuple[Article, FileRead | None]:
            from guides.importing import import_source, import_text

            read = None
            if request.text is not None:
                progress(1, 3, "Reading")
                article = import_text(request.text, html=request.html, cancelled=progress.cancelled)
            else:
                assert request.source is not None
                read = _file_read(request.source)  # before the import reads it: a change meanwhile
                article = import_source(request.source, progress=progress, cancelled=progress.cancelled)
            problem = self._too_long(article)
            if problem is not None:  # refused here, in the background: nothing reaches the library
                raise BudgetExceededError(problem)
            return article, read

        def finished() -> None:
            # A task is marked finished before its callback runs (a synchronous runner's too).
            self._running = [t for t in self._running if not t.finished]

        def succeeded(result: tuple[Article, FileRead | None]) -> None:
            finished()
            article, read = result
            # Counts only: the log never holds an article's words, its title included.
            log.info(
                "Imported an article (%d words, %d parts removed)", article.word_count, len(article.removed)
            )
            emit(self.article_imported, article, read)

        def failed(exc: BaseException) -> None:
            finished()
            if isinstance(exc, ArticleImportError):
                log.info("Import of %s failed: %s", request.label, exc)
            emit(self.import_failed, failure_message(f"Could not import {request.label}", exc))

        def cancelled() -> None:
            finished()
            emit(self.import_cancelled)

        def progressed(done: int, total: int, label: str) -> None:
            emit(self.import_progressed, done, total, label)

        task: Task[tuple[Article, FileRead | None]] = self._runner.run(
            job, succeeded, failed, progressed, on_cancel=cancelled, label=f"Importing {request.label}"
        )
        if not task.finished:
            self._running.append(task)


def _file_read(source: str) -> FileRead | None:
    """The local file ``source`` names with the digest of its bytes (None for a web address)."""
    from guides.library.source_files import file_digest, local_file

    path = local_file(source)
    digest = file_digest(path) if path is not None else None
    return FileRead(path, digest) if path is not None and digest is not None else None
