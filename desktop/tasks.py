"""One small API for background work.

``runner.run(job, on_success=..., on_failure=..., on_progress=...)`` runs
``job(progress)`` on a QThreadPool and calls the callbacks on the GUI thread.
Jobs never touch widgets; they get a ``progress(done, total, label)`` callable
that is safe to call from the worker. Tests use :class:`SyncTaskRunner`, which
runs the job at once on the calling thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.signals import emit

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Job = Callable[[Progress], Any]
OnSuccess = Callable[[Any], None]
OnFailure = Callable[[BaseException], None]
OnProgress = Callable[[int, int, str], None]


class TaskRunner(Protocol):
    def run(
        self,
        job: Job,
        on_success: OnSuccess,
        on_failure: OnFailure | None = None,
        on_progress: OnProgress | None = None,
    ) -> None: ...

    def wait(self, msecs: int = -1) -> bool: ...


class _Task(QObject):
    """One job's callbacks. It lives on the GUI thread, so signals the worker emits
    are queued to its slots there."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: ThreadPoolTaskRunner,
        on_success: OnSuccess,
        on_failure: OnFailure | None,
        on_progress: OnProgress | None,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self.progressed.connect(self._relay_progress)
        self.succeeded.connect(self._relay_success)
        self.failed.connect(self._relay_failure)

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, label: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, label)

    @Slot(object)
    def _relay_success(self, result: object) -> None:
        self._runner._finished(self)
        self._on_success(result)

    @Slot(object)
    def _relay_failure(self, exc: object) -> None:
        self._runner._finished(self)
        assert isinstance(exc, BaseException)
        if self._on_failure is None:
            raise exc
        self._on_failure(exc)


class _Runnable(QRunnable):
    def __init__(self, job: Job, task: _Task) -> None:
        super().__init__()
        self._job = job
        self._task = task

    def run(self) -> None:
        try:
            result = self._job(lambda d, t, label: self._report("progressed", d, t, label))
        except BaseException as exc:  # handed to on_failure on the GUI thread
            self._report("failed", exc)
        else:
            self._report("succeeded", result)

    def _report(self, signal_name: str, *args: Any) -> None:
        # The window (and the task with it) may have gone while the job ran: then nobody is told.
        if not shiboken6.isValid(self._task):
            return
        try:
            emit(getattr(self._task, signal_name), *args)
        except RuntimeError:  # deleted between the check and the emit
            log.debug("A task finished after its window closed")


class ThreadPoolTaskRunner(QObject):
    """Runs jobs on a QThreadPool; callbacks arrive on the thread that owns the runner."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._live: dict[_Task, _Runnable] = {}

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def run(
        self,
        job: Job,
        on_success: OnSuccess,
        on_failure: OnFailure | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        task = _Task(self, on_success, on_failure, on_progress)
        runnable = _Runnable(job, task)
        # Python keeps the runnable (not the pool's auto-delete), so it is never freed twice.
        runnable.setAutoDelete(False)
        self._live[task] = runnable
        self._pool.start(runnable)

    def _finished(self, task: _Task) -> None:
        self._live.pop(task, None)
        task.deleteLater()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


class SyncTaskRunner:
    """Runs each job immediately on the calling thread: for tests and scripts."""

    def run(
        self,
        job: Job,
        on_success: OnSuccess,
        on_failure: OnFailure | None = None,
        on_progress: OnProgress | None = None,
    ) -> None:
        def progress(done: int, total: int, label: str) -> None:
            if on_progress is not None:
                on_progress(done, total, label)

        try:
            result = job(progress)
        except Exception as exc:
            if on_failure is None:
                raise
            on_failure(exc)
        else:
            on_success(result)

    def wait(self, msecs: int = -1) -> bool:
        return True
