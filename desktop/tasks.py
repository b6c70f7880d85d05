"""One small API for background work, with progress and cancel.

``task = runner.run(job, on_success, on_failure, on_progress, on_cancel=..., label=...)``
runs ``job(progress)`` on a QThreadPool and calls the callbacks on the GUI
thread. Jobs never touch widgets. The :class:`Progress` a job is given is
safe to call from the worker: ``progress(done, total, label)`` reports, and
``progress.cancelled`` is the plain callable the engine checks between its
steps (``import_source(..., cancelled=progress.cancelled)``), so nothing in
``guides/`` knows about Qt. ``progress.check()`` raises the engine's
:class:`~guides.errors.CancelledError` in a job's own loop.

``task.cancel()`` (the status bar's Cancel, or Esc) tells the caller at once
through ``on_cancel``; the job stops at its next check, and whatever it
returns or raises afterwards is dropped. So a job hands its result to the GUI
thread to be applied, and a job that writes a file writes it atomically: a
cancelled job leaves nothing half-written and the window as it was.

A task started with a ``label`` is one the reader waits for (an import, a
guide, a backup): the runner announces it to its watchers (``watch``), and the
window's progress strip shows it with its Cancel. Tasks without one (an analysis, a
preview) run quietly.

:func:`failure_message` makes any error one line for the reader: the engine's
own errors say what went wrong in the reader's words; anything else is
logged with its traceback and named only by its type.

Written here rather than taken from a library: it is a thin layer over
QThreadPool (as Anki's ``QueryOp`` and Picard's ``thread.py`` are), and what
it adds (typed callbacks, the cancel flag, dropping late results after a
window closed) is the project's own contract with the engine.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.signals import emit

log = logging.getLogger(__name__)

T = TypeVar("T")

OnFailure = Callable[[BaseException], None]
OnProgress = Callable[[int, int, str], None]
OnCancel = Callable[[], None]


class Progress:
    """What a job is given: ``progress(done, total, label)`` reports, ``cancelled()`` asks.

    Safe to use from the worker thread; ``total`` 0 means "not known yet".
    """

    def __init__(self, report: OnProgress | None = None, flag: threading.Event | None = None) -> None:
        self._report = report
        self._flag = flag or threading.Event()

    def __call__(self, done: int, total: int, label: str) -> None:
        if self._report is not None and not self._flag.is_set():
            self._report(done, total, label)

    def cancelled(self) -> bool:
        """True once the reader cancelled: the engine's ``cancelled`` check between its steps."""
        return self._flag.is_set()

    def check(self) -> None:
        """Raise the engine's CancelledError if the reader cancelled (between a job's own steps)."""
        if self._flag.is_set():
            from guides.errors import CancelledError

            raise CancelledError("Cancelled; nothing was changed.")


Job = Callable[[Progress], T]


class Task(QObject, Generic[T]):
    """One job under way: it can be cancelled, and says how far it got.

    It lives on the GUI thread, so what the worker reports is queued to its slots there.
    """

    progressed = Signal(int, int, str)
    """done, total, label: already on the GUI thread."""
    ended = Signal()
    """Done, failed or cancelled: the progress strip stops showing it."""
    settled = Signal(object)
    """The job has returned and its outcome was delivered or dropped (the task): the runner lets go."""
    _succeeded = Signal(object)
    _failed = Signal(object)

    # Nothing here holds the runner or the strip (they connect bound methods, not lambdas): a
    # task deleted later must not be what frees its own parent in the middle of its destructor.

    def __init__(
        self,
        label: str,
        on_success: Callable[[T], None],
        on_failure: OnFailure | None,
        on_progress: OnProgress | None,
        on_cancel: OnCancel | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancel = on_cancel
        self._flag = threading.Event()
        self.finished = False
        # The progress holds the task weakly: a cycle would leave the task to the cyclic garbage
        # collector, which may run on a worker thread and free a Qt object there.
        self.progress = Progress(_reporter(weakref.ref(self)), self._flag)
        self._succeeded.connect(self._relay_success)
        self._failed.connect(self._relay_failure)

    @property
    def cancelled(self) -> bool:
        return self._flag.is_set()

    def cancel(self) -> None:
        """Stop the job: the caller hears ``on_cancel`` now, and the job's outcome is dropped."""
        if self.finished or self._flag.is_set():
            return
        self._flag.set()
        self._end()
        if self._on_cancel is not None:
            self._on_cancel()

    # --- from the worker --------------------------------------------------------------------

    def _from_worker(self, signal: Any, *args: Any) -> None:
        # The window (and the task with it) may have gone while the job ran: then nobody is told.
        if not shiboken6.isValid(self):
            return
        try:
            emit(signal, *args)
        except RuntimeError:  # deleted between the check and the emit
            log.debug("A task finished after its window closed")

    # --- on the GUI thread ------------------------------------------------------------------

    def _end(self) -> None:
        if not self.finished:
            self.finished = True
            emit(self.ended)

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, label: str) -> None:
        if self._on_progress is not None and not self.cancelled:
            self._on_progress(done, total, label)

    @Slot(object)
    def _relay_success(self, result: T) -> None:
        try:
            if not self.cancelled:
                self._end()
                self._on_success(result)
        finally:
            emit(self.settled, self)

    @Slot(object)
    def _relay_failure(self, exc: BaseException) -> None:
        try:
            self._deliver_failure(exc)
        finally:
            emit(self.settled, self)

    def _deliver_failure(self, exc: BaseException) -> None:
        from guides.errors import CancelledError

        if self.cancelled:
            return
        if isinstance(exc, CancelledError):  # the engine stopped on its own check
            self._flag.set()
            self._end()
            if self._on_cancel is not None:
                self._on_cancel()
            return
        self._end()
        if self._on_failure is None:
            raise exc
        self._on_failure(exc)


def _reporter(task: weakref.ref[Task[Any]]) -> OnProgress:
    def report(done: int, total: int, label: str) -> None:
        alive = task()
        if alive is not None:
            alive._from_worker(alive.progressed, done, total, label)

    return report


class TaskRunner(Protocol):
    def run(
        self,
        job: Job[T],
        on_success: Callable[[T], None],
        on_failure: OnFailure | None = None,
        on_progress: OnProgress | None = None,
        *,
        on_cancel: OnCancel | None = None,
        label: str = "",
    ) -> Task[T]: ...

    def wait(self, msecs: int = -1) -> bool: ...

    def watch(self, started: Callable[[Task[Any]], None]) -> None: ...


class _Runnable(QRunnable):
    def __init__(self, job: Job[Any], task: Task[Any]) -> None:
        super().__init__()
        self._job = job
        self._task = task

    def run(self) -> None:
        task = self._task
        try:
            result = self._job(task.progress)
        except BaseException as exc:  # handed to on_failure on the GUI thread
            task._from_worker(task._failed, exc)
        else:
            task._from_worker(task._succeeded, result)


class ThreadPoolTaskRunner(QObject):
    """Runs jobs on a QThreadPool; callbacks arrive on the thread that owns the runner."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._live: dict[Task[Any], _Runnable] = {}
        self._watchers: list[Callable[[Task[Any]], None]] = []

    def watch(self, started: Callable[[Task[Any]], None]) -> None:
        """Call ``started(task)`` for each task with a label (the progress strip shows it)."""
        self._watchers.append(started)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def run(
        self,
        job: Job[T],
        on_success: Callable[[T], None],
        on_failure: OnFailure | None = None,
        on_progress: OnProgress | None = None,
        *,
        on_cancel: OnCancel | None = None,
        label: str = "",
    ) -> Task[T]:
        task: Task[T] = Task(label, on_success, on_failure, on_progress, on_cancel, self)
        task.progressed.connect(task._relay_progress)
        task.settled.connect(self._forget)
        runnable = _Runnable(job, task)
        # Python keeps the runnable (not the pool's auto-delete), so it is never freed twice.
        runnable.setAutoDelete(False)
        self._live[task] = runnable
        if label:
            for started in self._watchers:
                started(task)
        self._pool.start(runnable)
        return task

    @Slot(object)
    def _forget(self, task: Task[Any]) -> None:
        # Only once the job has returned: a cancelled task lives on until then, so its late
        # outcome finds it and is dropped.
        if self._live.pop(task, None) is not None:
            task.deleteLater()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


class SyncTaskRunner:
    """Runs each job immediately on the calling thread: for tests and scripts."""

    def __init__(self) -> None:
        self._watchers: list[Callable[[Task[Any]], None]] = []

    def watch(self, started: Callable[[Task[Any]], None]) -> None:
        self._watchers.append(started)

    def run(
        self,
        job: Job[T],
        on_success: Callable[[T], None],
        on_failure: OnFailure | None = None,
        on_progress: OnProgress | None = None,
        *,
        on_cancel: OnCancel | None = None,
        label: str = "",
    ) -> Task[T]:
        from guides.errors import CancelledError

        task = self._started(label, on_success, on_failure, on_progress, on_cancel)
        try:
            result = job(task.progress)
        except Exception as exc:
            if on_failure is None and not isinstance(exc, CancelledError):
                task._end()
                raise
            task._relay_failure(exc)
        else:
            task._relay_success(result)
        return task

    def _started(
        self,
        label: str,
        on_success: Callable[[T], None],
        on_failure: OnFailure | None,
        on_progress: OnProgress | None,
        on_cancel: OnCancel | None,
    ) -> Task[T]:
        """A task for a job run on this thread, shown to the watchers when it has a label."""
        task: Task[T] = Task(label, on_success, on_failure, on_progress, on_cancel)
        task.progressed.connect(task._relay_progress)  # direct: the job runs on this thread
        if label:
            for started in self._watchers:
                started(task)
        return task

    def wait(self, msecs: int = -1) -> bool:
        return True


class HeldTaskRunner(SyncTaskRunner):
    """Holds each job until :meth:`run_held`: for tests that cancel a job while it is under way."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[Job[Any], Task[Any]]] = []

    def run(
        self,
        job: Job[T],
        on_success: Callable[[T], None],
        on_failure: OnFailure | None = None,
        on_progress: OnProgress | None = None,
        *,
        on_cancel: OnCancel | None = None,
        label: str = "",
    ) -> Task[T]:
        task = self._started(label, on_success, on_failure, on_progress, on_cancel)
        self.held.append((job, task))
        return task

    def run_held(self) -> int:
        """Run the jobs held now, as the pool would (those they start wait for the next call)."""
        held, self.held = self.held, []
        for job, task in held:
            try:
                result = job(task.progress)
            except Exception as exc:
                task._relay_failure(exc)
            else:
                task._relay_success(result)
        return len(held)


def failure_message(what: str, exc: BaseException) -> str:
    """``exc`` as one line for the reader, after ``what`` ("Could not import notes.txt").

    The engine's own errors (bad input, a library or worksheet problem, a disk that said no)
    are in the reader's words already; anything else is a bug, logged with its traceback here
    and named only by its type.
    """
    from guides.errors import ArticleImportError, one_line
    from guides.library.errors import LibraryError
    from guides.worksheet.errors import WorksheetError

    if isinstance(exc, ArticleImportError | LibraryError | WorksheetError):
        return one_line(f"{what}: {exc}")
    if isinstance(exc, OSError):
        return one_line(f"{what}: {exc.strerror or exc}")
    log.error("%s: unexpected error", what, exc_info=exc)
    return f"{what}: something unexpected went wrong ({type(exc).__name__}). The details are in the log."
