"""Runs imports in the background and reports what happened, never touching widgets itself."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.signals import emit
from desktop.tasks import Progress, TaskRunner
from guides.article import Article
from guides.errors import ArticleImportError

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

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def import_source(self, source: str) -> None:
        self._start(ImportRequest(source=source))

    def import_text(self, text: str, *, html: bool | None = None) -> None:
        self._start(ImportRequest(text=text, html=html))

    def _start(self, request: ImportRequest) -> None:
        self._pending += 1
        emit(self.import_started, request.label)

        def job(progress: Progress) -> Article:
            from guides.importing import import_source, import_text

            if request.text is not None:
                progress(1, 3, "Reading")
                return import_text(request.text, html=request.html)
            assert request.source is not None
            return import_source(request.source, progress=progress)

        def succeeded(article: object) -> None:
            self._pending -= 1
            assert isinstance(article, Article)
            # Counts only: the log never holds an article's words, its title included.
            log.info(
                "Imported an article (%d words, %d parts removed)", article.word_count, len(article.removed)
            )
            emit(self.article_imported, article)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
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

        self._runner.run(
            job, succeeded, failed, lambda d, t, label: emit(self.import_progressed, d, t, label)
        )
