"""The status bar's progress for the work a reader waits for, with Cancel (or Esc).

It follows the tasks the runner announces (those started with a label: an
import, a guide, a backup) and shows the newest one; Cancel and Esc stop all
of them. Each task's owner hears its ``on_cancel`` and says what was kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

if TYPE_CHECKING:
    from desktop.tasks import Task


class ProgressStrip(QWidget):
    """A label, a bar and Cancel; hidden when nothing is under way."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("progress_strip")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress_bar")
        self.bar.setAccessibleName("Progress")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        # Reading a long book or making a guide takes seconds: it can be stopped (the job stops
        # at its next step, and the window is free all along).
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancel_task")
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop this (Esc)")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        # Esc stops the work only while there is some: otherwise it is left to the window's parts.
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), parent)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.activated.connect(self.cancel)
        self._tasks: list[Task[Any]] = []
        self.show_progress(None)

    @property
    def tasks(self) -> list[Task[Any]]:
        """The tasks shown, oldest first."""
        return list(self._tasks)

    def follow(self, task: Task[Any]) -> None:
        """Show ``task`` until it ends; Cancel stops it."""
        if task.finished:
            return
        self._tasks.append(task)
        # Bound methods, not lambdas holding the task: see desktop.tasks.Task.
        task.progressed.connect(self._on_task_progressed)
        task.ended.connect(self._on_task_ended)
        self.show_progress(f"{task.label}…")

    def cancel(self) -> None:
        """Stop every task shown (each owner says what was kept)."""
        for task in list(self._tasks):
            task.cancel()

    def show_progress(self, label: str | None, done: int = 0, total: int = 0) -> None:
        """Show ``label`` with a bar (``total`` 0: busy, no end known); ``None`` hides the strip."""
        visible = label is not None
        self.setVisible(visible)
        self.escape.setEnabled(visible and bool(self._tasks))
        if visible:
            more = len(self._tasks) - 1
            self.label.setText((label or "") + (f" (and {more} more)" if more > 0 else ""))
            self.bar.setRange(0, max(total, 0))
            self.bar.setValue(done)

    def _on_task_progressed(self, done: int, total: int, label: str) -> None:
        task = self.sender()
        if self._tasks and task is self._tasks[-1] and not self._tasks[-1].finished:
            self.show_progress(f"{label or self._tasks[-1].label}…", done, total)

    def _on_task_ended(self) -> None:
        self._tasks = [t for t in self._tasks if not t.finished]
        self.show_progress(f"{self._tasks[-1].label}…" if self._tasks else None)
