"""Crashes are visible and logs are findable.

``setup_logging()`` writes to a rotating file in the user log folder.
``install_excepthook()`` logs any exception that reaches the event loop and
shows it in a dialog; the app keeps running.

A start does not wait for the file: ``hold_log()`` keeps the records in memory
and ``open_log()``, once the window is ready, opens the file and writes them
first (the rotating handler's module alone, with the socket and pickle modules
it brings, is 5 ms of a start). A crash opens it at once, and so does quitting
before then when a warning or an error was held.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktop import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("porchlight")

_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_LOGGERS = ("porchlight", "desktop", "guides")
_HELD_MAX = 10_000
"""More records than a start logs; past it the oldest are kept, the rest dropped."""


class _Held(logging.Handler):
    """The records logged before the log file is open, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < _HELD_MAX:
            self.records.append(record)


_held: _Held | None = None


def hold_log(level: int = logging.INFO) -> None:
    """Keep the app's and the engine's records in memory until :func:`open_log` writes them."""
    global _held
    if _held is not None:
        return
    _held = _Held()
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(_held)


def open_log(level: int = logging.INFO, *, only_if_warned: bool = False) -> logging.Handler | None:
    """Open the log file (:func:`setup_logging`) and write what :func:`hold_log` kept, in order.

    None when no log is held (it is open already, or was never held). With ``only_if_warned``
    (an app quitting before its log opened) the file is written only if a warning or an error
    was held; a start that only said it started leaves the disk alone.
    """
    global _held
    held = _held
    if held is None:
        return None
    if only_if_warned and not any(r.levelno >= logging.WARNING for r in held.records):
        return None
    _held = None
    handler = setup_logging(level)
    for name in _LOGGERS:
        logging.getLogger(name).removeHandler(held)
    for record in held.records:
        handler.handle(record)
    return handler


def setup_logging(level: int = logging.INFO) -> logging.Handler:
    """Send the app's and the engine's log records to a rotating file (1 MB x 5).

    The log folder and files are readable by the user only. Where the folder
    cannot be made, records go to standard error instead of stopping the app.
    """
    from logging.handlers import RotatingFileHandler  # imported here: not needed for the first frame

    class PrivateFileHandler(RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            stream = super()._open()
            from guides.files import make_private

            make_private(Path(self.baseFilename))  # also each file a rollover starts
            return stream

    file = paths.log_file()
    handler: logging.Handler
    try:
        paths.ensure_dir(file.parent)
        handler = PrivateFileHandler(file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError as err:
        print(
            f"porchlight: the log cannot be written in {file.parent} ({err.strerror}); logging here",
            file=sys.stderr,
        )
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_LOG_FORMAT))
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        if not any(
            getattr(h, "baseFilename", None) == getattr(handler, "baseFilename", 0) for h in logger.handlers
        ):
            logger.addHandler(handler)
    return handler


def show_crash_dialog(
    parent: QWidget | None, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Something went wrong")
    box.setText(
        "Porchlight ran into a problem it did not expect. Your library is safe, and you can keep working."
    )
    box.setInformativeText(f"{exc_type.__name__}: {exc}\n\nThe details are in {paths.log_file()}.")
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.setAccessibleName("Unexpected error")
    box.open()  # not exec(): a crash inside a nested loop must not stack loops
    return box


def install_excepthook() -> None:
    """Log every unhandled exception and show it, instead of letting Qt abort."""
    busy = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        open_log()  # a crash during the start is in the file with what came before it
        log.error("Unhandled exception", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if app is None or busy:
            sys.__excepthook__(exc_type, exc, tb)
            return
        busy = True
        try:
            show_crash_dialog(QApplication.activeWindow(), exc_type, exc, tb)
        finally:
            busy = False

    sys.excepthook = hook
