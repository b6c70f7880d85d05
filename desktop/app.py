"""Start the Qt application and show the main window.

``porchlight [FILE_OR_URL]`` opens the app (importing that article);
``porchlight --screenshot OUT.png [FILE_OR_URL]`` renders the main window to
a PNG once everything has loaded, and exits (for the docs and for checks).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktop import crash
from desktop.identity import APP_ID, APP_NAME, ORGANIZATION
from desktop.tasks import ThreadPoolTaskRunner
from guides import __version__

if TYPE_CHECKING:
    from desktop.controller import AppController
    from desktop.main_window import MainWindow
    from desktop.tasks import TaskRunner
    from guides.library import Library

log = logging.getLogger("porchlight")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from desktop.showcase import STATES

    parser = argparse.ArgumentParser(prog="porchlight", add_help=True)
    parser.add_argument("source", nargs="?", metavar="FILE_OR_URL", help="an article to import")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    parser.add_argument("--show", choices=STATES, help="open this part once loaded (for screenshots)")
    parser.add_argument("--theme", choices=("light", "sepia", "dark"), help="this run's theme (not saved)")
    parser.add_argument("--zoom", type=int, metavar="PERCENT", help="this run's text size (not saved)")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def build(
    runner: TaskRunner | None = None, library: Library | None = None
) -> tuple[MainWindow, AppController]:
    """The window and its controller, ready to show (tests pass a synchronous runner)."""
    from desktop.controller import AppController
    from desktop.main_window import MainWindow
    from desktop.preferences import HIGHLIGHT_COLOURS

    window = MainWindow(HIGHLIGHT_COLOURS)
    controller = AppController(window, runner or ThreadPoolTaskRunner(window), library=library)
    return window, controller


def run(argv: Sequence[str]) -> int:
    from desktop import showcase

    args = parse_args(argv)
    app = make_application(argv)
    crash.setup_logging()
    crash.install_excepthook()
    log.info("Starting %s %s", APP_NAME, __version__)
    window, controller = build()
    showcase.apply_overrides(controller, args.theme, args.zoom)
    controller.start(args.source)
    if args.screenshot:
        return showcase.screenshot(app, controller, args.screenshot, args.show)
    window.show()
    if args.show:
        showcase.when_idle(controller, lambda: showcase.show_state(controller, args.show))
    return app.exec()
