"""An unexpected exception is logged to the rotating file and shown; the app keeps running."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import crash, paths


@pytest.fixture(autouse=True)
def _no_held_log(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no records held (a start in another test may have left some)."""
    monkeypatch.setattr(crash, "_held", None)


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


def test_a_held_log_is_written_in_order_when_the_file_opens(qapp: QApplication) -> None:
    """The start keeps its records in memory; the file gets them first, then what follows."""
    crash.hold_log()
    handler = None
    try:
        logging.getLogger("porchlight").info("Starting, held")
        logging.getLogger("guides").warning("a stored guide could not be read")
        assert not paths.log_file().exists()  # nothing written yet
        handler = crash.open_log()
        assert handler is not None
        assert crash.open_log() is None  # once
        logging.getLogger("desktop").info("after the start")
        handler.flush()
        text = paths.log_file().read_text(encoding="utf-8")
        assert text.index("Starting, held") < text.index("a stored guide") < text.index("after the start")
    finally:
        if handler is not None:
            for name in ("porchlight", "desktop", "guides"):
                logging.getLogger(name).removeHandler(handler)
            handler.close()


def test_a_crash_during_the_start_opens_the_held_log(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "show_crash_dialog", lambda *a: None)
    crash.hold_log()
    logging.getLogger("porchlight").info("Starting, held")
    crash.install_excepthook()
    try:
        raise RuntimeError("a bug while starting")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    logger = logging.getLogger("porchlight")
    handler = next(h for h in logger.handlers if getattr(h, "baseFilename", None) == str(paths.log_file()))
    handler.flush()
    text = paths.log_file().read_text(encoding="utf-8")
    assert text.index("Starting, held") < text.index("a bug while starting")
    for name in ("porchlight", "desktop", "guides"):
        logging.getLogger(name).removeHandler(handler)
    handler.close()


def test_a_quit_before_the_log_opens_writes_it_only_for_a_warning(qapp: QApplication) -> None:
    crash.hold_log()
    logging.getLogger("porchlight").info("Starting, held")
    assert crash.open_log(only_if_warned=True) is None  # only the start line: not written
    assert not paths.log_file().exists()
    logging.getLogger("desktop").warning("the sample notes were not added")
    handler = crash.open_log(only_if_warned=True)
    assert handler is not None
    handler.flush()
    text = paths.log_file().read_text(encoding="utf-8")
    assert "Starting, held" in text and "sample notes" in text
    for name in ("porchlight", "desktop", "guides"):
        logging.getLogger(name).removeHandler(handler)
    handler.close()
