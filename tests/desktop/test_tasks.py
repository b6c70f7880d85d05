"""The task runner: results and failures arrive on the GUI thread; tests can run jobs synchronously."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.tasks import SyncTaskRunner, ThreadPoolTaskRunner


def test_thread_pool_runner_delivers_result_and_progress_on_gui_thread(qtbot: QtBot) -> None:
    runner = ThreadPoolTaskRunner()
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def job(progress):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.get_ident()
        progress(1, 2, "half")
        return 42

    def on_progress(done: int, total: int, label: str) -> None:
        seen["progress"] = (done, total, label, threading.get_ident())

    runner.run(job, lambda r: seen.__setitem__("result", (r, threading.get_ident())), on_progress=on_progress)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == (42, gui)
    assert seen["worker"] != gui
    qtbot.waitUntil(lambda: "progress" in seen, timeout=5000)
    assert seen["progress"] == (1, 2, "half", gui)
    assert not runner.busy


def test_thread_pool_runner_reports_failure(qtbot: QtBot) -> None:
    runner = ThreadPoolTaskRunner()
    errors: list[BaseException] = []

    def job(progress):  # type: ignore[no-untyped-def]
        raise ValueError("bad input")

    runner.run(job, lambda r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_sync_runner_runs_at_once() -> None:
    out: list[object] = []
    SyncTaskRunner().run(lambda p: p(1, 1, "x") or "done", out.append, on_progress=lambda *a: out.append(a))
    assert out == [(1, 1, "x"), "done"]
    with pytest.raises(RuntimeError):
        SyncTaskRunner().run(lambda p: (_ for _ in ()).throw(RuntimeError("x")), out.append)
