"""File › Back Up Library…: the whole library to one file, in the background, with Cancel.

The engine writes the copy to a temporary file and renames it into place
(:func:`guides.library.backup.backup_to`), checking the cancel flag between
steps: a cancelled or failed backup leaves the chosen file as it was.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.signals import emit
from desktop.tasks import Progress, Task, TaskRunner, failure_message

if TYPE_CHECKING:
    from guides.library import Library

log = logging.getLogger(__name__)


class BackupController(QObject):
    backed_up = Signal(str)
    """The path written."""
    failed = Signal(str)
    informed = Signal(str)

    def __init__(self, library: Library, runner: TaskRunner, window: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.window = window
        self.task: Task[Path] | None = None

    def ask_where(self) -> str | None:
        """The file the reader chooses (tests replace this)."""
        suggested = str(Path.home() / f"porchlight-library-{date.today().isoformat()}.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Back up the library", suggested, "Porchlight library (*.sqlite3)"
        )
        return path or None

    def back_up(self, path: str | None = None) -> Task[Path] | None:
        """Back the library up to ``path`` (asked for when None); the task can be cancelled."""
        path = path or self.ask_where()
        if path is None:
            return None
        library = self.library

        def job(progress: Progress) -> Path:
            return library.backup(path, cancelled=progress.cancelled, progress=progress)

        def done(written: Path) -> None:
            log.info("Backed up the library")
            emit(self.backed_up, str(written))
            emit(self.informed, f"Backed up the library to {written}.")

        def failed(err: BaseException) -> None:
            emit(self.failed, failure_message("The library was not backed up", err))

        def cancelled() -> None:
            emit(self.informed, "Backup cancelled; nothing was written.")

        self.task = self.runner.run(job, done, failed, on_cancel=cancelled, label="Backing up the library")
        return self.task
