"""An unexpected exception is logged to the rotating file and shown; the app keeps running."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import crash, paths


def test_excepthook_logs_and_shows_a_dialog(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = crash.setup_logging()
    shown: list[QMessageBox] = []
    original = crash.show_crash_dialog
    monkeypatch.setattr(crash, "show_crash_dialog", lambda *a: shown.append(original(*a)) or shown[-1])
    crash.install_excepthook()
    try:
        raise RuntimeError("a bug in a handler")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    handler.flush()
    text = paths.log_file().read_text(encoding="utf-8")
    assert "a bug in a handler" in text and "Traceback" in text
    assert shown and "RuntimeError: a bug in a handler" in shown[0].informativeText()
    assert "Traceback" in shown[0].detailedText()
    shown[0].close()
    for name in ("porchlight", "desktop", "guides"):
        logging.getLogger(name).removeHandler(handler)
    handler.close()
