"""Emitting from Python never loses references (PySide6 6.12.0 loses one to True per emit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop.signals import emit, emit_loss


class Sender(QObject):
    happened = Signal(str, bool)


def test_many_emits_keep_true_alive() -> None:
    sender = Sender()
    received: list[tuple[str, bool]] = []
    sender.happened.connect(lambda text, flag: received.append((text, flag)))
    before = sys.getrefcount(True)
    for _ in range(2000):
        emit(sender.happened, "x", True)
    received.clear()
    assert abs(sys.getrefcount(True) - before) < 50
    assert emit_loss() in (0, 1)
