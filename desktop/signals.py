"""Emitting Qt signals from Python, safely on every PySide6 we run on.

PySide6-Essentials 6.12.0 drops one reference to ``True`` on every
``SignalInstance.emit()`` made from Python (any signal, any arguments, with
or without receivers; signals Qt emits from C++ are not affected). After a
few hundred emits the interpreter aborts with "bool_dealloc: deallocating
True or False". Every emit in ``desktop/`` goes through :func:`emit`, which
measures the loss once and gives the reference back; on a fixed PySide6 the
measured loss is zero and it does nothing extra.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

_lock = threading.Lock()
_loss: int | None = None


def _incref(obj: object) -> None:
    import ctypes  # on use: most starts never emit before the window is up

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


class _Probe(QObject):
    fired = Signal()


def _measure() -> int:
    probe = _Probe()
    rounds = 8
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # give back what the probe itself cost
        _incref(True)
    return max(round(lost / rounds), 0)


def emit_loss() -> int:
    """How many references to True one Python-side emit loses on this PySide6 (0 when fixed)."""
    global _loss
    if _loss is None:
        with _lock:
            if _loss is None:
                _loss = _measure()
    return _loss


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, giving back the reference PySide6 6.12.0 loses."""
    loss = emit_loss()
    signal.emit(*args)
    for _ in range(loss):
        _incref(True)
