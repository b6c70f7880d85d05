"""Start the Qt application and show the main window.

``porchlight [FILE_OR_URL]`` opens the app (importing that article);
``porchlight --screenshot OUT.png [FILE_OR_URL]`` renders the main window to
a PNG once everything has loaded, and exits (for the docs and for checks).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import crash
from desktop.identity import APP_ID, APP_NAME, ORGANIZATION

if TYPE_CHECKING:
    from desktop.controller import AppController
    from desktop.main_window import MainWindow
    from desktop.tasks import TaskRunner
    from guides.library import Library

log = logging.getLogger("porchlight")

_LOG_OPENS_MS = 1000
"""How long after the start the log file is opened, with what the start logged (desktop/crash.py)."""


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    if not argv:  # a start from the applications menu: every option as it is when not given
        return argparse.Namespace(**PLAIN_START)
    args, _qt_args = _parser().parse_known_args(list(argv))
    return args


PLAIN_START: dict[str, object] = {
    "source": None,
    "screenshot": None,
    "show": None,
    "theme": None,
    "zoom": None,
    "size": None,
}
"""What the parser gives for no arguments (a test checks), without building it: the parser, its
messages looked up in every language the environment names, and the showcase's list of states
are 2 to 3 ms before the first frame."""


def _parser() -> argparse.ArgumentParser:
    from desktop.showcase import STATES

    parser = argparse.ArgumentParser(prog="porchlight", add_help=True)
    parser.add_argument("source", nargs="?", metavar="FILE_OR_URL", help="an article to import")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    parser.add_argument("--show", choices=STATES, help="open this part once loaded (for screenshots)")
    parser.add_argument("--theme", choices=("light", "sepia", "dark"), help="this run's theme (not saved)")
    parser.add_argument("--zoom", type=int, metavar="PERCENT", help="this run's text size (not saved)")
    parser.add_argument(
        "--size", type=_size, metavar="WxH", help="open the window at this size (for documentation pictures)"
    )
    return parser


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 240:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1024x700")
    return int(width), int(height)


def make_application(argv: Sequence[str]) -> QApplication:
    # Fusion draws every control from the palette, so the light, sepia and dark themes reach
    # the whole window on every platform (desktop/theming.py). A new application is told so
    # on its command line (last, so it wins): asking app.style() from Python sets up the
    # QStyle class and its enums, 3 to 4 ms before the first frame.
    existing = QApplication.instance()
    app = existing or QApplication([sys.argv[0], *argv, "-style", "Fusion"])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName(APP_ID)
    if existing is not None and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    if sys.platform == "win32":
        # The same id as the installer's Start-menu shortcut, so Windows groups the
        # taskbar button under it with the lantern rather than under python.
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    app.setWindowIcon(app_icon())
    return app


# The reading type asks for these first (desktop/typefaces.py); resources/fonts has
# their four faces each, for the worksheets. Sans first: on a system with no fonts
# of its own, Qt draws the menus and panes in the first family it was given.
READING_FAMILIES = {"DejaVu Sans": "DejaVuSans", "DejaVu Serif": "DejaVuSerif"}


def add_bundled_fonts() -> list[str]:
    """Give Qt the bundled faces of each reading family the system lacks; returns those families.

    Most Linux desktops have DejaVu; Windows and macOS never do, so the reading
    type would change from machine to machine, and a system with no fonts at all
    would draw every letter as a box. A system that has a family keeps its own
    copy, and the start skips reading its files.
    """
    from PySide6.QtGui import QFontDatabase

    from guides.resources import resource_path

    installed = set(QFontDatabase.families())
    added = []
    for family, stem in READING_FAMILIES.items():
        if family in installed:
            continue
        faces = sorted(resource_path("fonts").glob(f"{stem}*.ttf"))
        if faces and all(QFontDatabase.addApplicationFont(str(path)) != -1 for path in faces):
            added.append(family)
        else:
            log.warning("The bundled %s could not be loaded from %s", family, resource_path("fonts"))
    return added


def app_icon() -> QIcon:
    """The lantern at every size resources/icons holds (QIcon reads a file only when a size is drawn)."""
    from guides.resources import resource_path

    icon = QIcon()
    for path in sorted(resource_path("icons", "hicolor").glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(path))
    return icon


def build(
    runner: TaskRunner | None = None, library: Library | None = None
) -> tuple[MainWindow, AppController]:
    """The window and its controller, ready to show (tests pass a synchronous runner)."""
    from desktop.controller import AppController
    from desktop.main_window import MainWindow
    from desktop.preferences import HIGHLIGHT_COLOURS

    window = MainWindow()
    window.build_panes(HIGHLIGHT_COLOURS)
    from desktop.tasks import ThreadPoolTaskRunner

    controller = AppController(window, runner or ThreadPoolTaskRunner(window), library=library)
    return window, controller


def home_usable(args: argparse.Namespace, argv: Sequence[str]) -> bool:
    """Whether the library's, settings' and log's folders can be made; if not, say which, in one line.

    On standard error, and in a message box when there is a screen to show one
    on (a start from the applications menu has no terminal).
    """
    from desktop.paths import home_problem

    problem = home_problem()
    if problem is None:
        return True
    print(f"porchlight: {problem}", file=sys.stderr)
    if not args.screenshot and os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        from PySide6.QtWidgets import QMessageBox

        make_application(argv)
        QMessageBox.critical(None, APP_NAME, problem)
    return False


def open_frame(args: argparse.Namespace, argv: Sequence[str] = ()) -> tuple[QApplication, MainWindow]:
    """First step of a start: the frame, showing the last screen, on screen as soon as possible."""
    from desktop import last_screen, screens, window_state
    from desktop.main_window import MainWindow

    app = make_application(argv)
    crash.install_excepthook()
    add_bundled_fonts()  # before the first frame draws the last screen in the reading type
    window = MainWindow()  # sized for its screen
    state = window_state.load()
    if "geometry" in state:
        window.restoreGeometry(state["geometry"])
        screens.pull_onto_screen(window)
        window.open_maximized = False  # restoreGeometry keeps whether it was maximised
    if args.size:
        window.open_maximized = False
        window.resize(*args.size)
        room = screens.available(window)
        window.move(room.x() + max((room.width() - args.size[0]) // 2, 0), room.y())
    screen = last_screen.load()
    if screen is not None and args.source and not last_screen.shows_file(screen, args.source):
        screen = None  # another article, or a changed file: it is imported behind a blank page
    if screen is not None:
        theme, zoom = args.theme or screen.theme, args.zoom or screen.zoom
        window.apply_look(theme, screen.font, zoom, screen.line_width)
        window.reader.show_html(screen.html)
        window.setWindowTitle(screen.title)
    if window.open_maximized:
        window.showMaximized()
    else:
        window.show()
    return app, window


def load_rest(app: QApplication, window: MainWindow, args: argparse.Namespace) -> AppController:
    """Second step: the panes, the engine, the library, and the article the reader left open."""
    from desktop.controller import AppController
    from desktop.preferences import HIGHLIGHT_COLOURS
    from guides import __version__

    app.setApplicationVersion(__version__)
    crash.hold_log()  # the file opens once the window is ready (crash.open_log, below)
    log.info("Starting %s %s", APP_NAME, __version__)
    window.build_panes(HIGHLIGHT_COLOURS)
    from desktop.tasks import ThreadPoolTaskRunner

    controller = AppController(window, ThreadPoolTaskRunner(window))
    if args.theme or args.zoom:  # this run's look (desktop/showcase.py: a plain start needs none of it)
        from desktop import showcase

        showcase.apply_overrides(controller, args.theme, args.zoom)
    if args.screenshot:
        controller.ask_names = False  # a picture of the window; --show first-run asks for the step
    controller.start(args.source)
    QTimer.singleShot(_LOG_OPENS_MS, window, crash.open_log)
    app.aboutToQuit.connect(lambda: crash.open_log(only_if_warned=True))  # its warnings, if it quits before
    if args.screenshot or args.show:
        _show_when_idle(app, controller, args)
    return controller


def _show_when_idle(app: QApplication, controller: AppController, args: argparse.Namespace) -> None:
    """``--screenshot`` and ``--show``: the window as asked for, once everything has loaded."""
    from desktop import showcase

    if args.screenshot:
        showcase.capture_when_idle(app, controller, args.screenshot, args.show)
    else:
        showcase.when_idle(controller, lambda: showcase.show_state(controller, args.show))


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if not home_usable(args, argv):
        return 1
    app, window = open_frame(args, argv)
    loaded: list[AppController] = []
    QTimer.singleShot(0, window, lambda: loaded.append(load_rest(app, window, args)))  # after the first frame
    code = app.exec()
    if args.screenshot:
        return int(getattr(loaded[0], "screenshot_status", 1)) if loaded else 1
    return code
