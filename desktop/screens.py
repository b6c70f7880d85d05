"""Fitting the window and its dialogs to the screen they are on, from 1024x700 to 1920x1080 and up.

The first window takes all of a small screen (maximised), 1280x800 of a
middling one and most of a large one; a window restored from last time is pulled back
onto the screen; every dialog opens at a size that fits and can be made
smaller than its wish (its content scrolls); and the panes share the width
so the article keeps its reading column, the guide gets the rest, and the
library folds away when the window is narrow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1280, 800)
NARROW = 1100
"""Below this window width the library folds away (View › Library brings it back)."""
LIBRARY_WIDTH = 250


def available(widget: QWidget | None = None) -> QRect:
    """The room on the widget's screen (the primary one before it has one), less panels and docks."""
    screen: QScreen | None = None
    if widget is not None:
        screen = widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


LARGE_SHARE = 0.85
"""Of a large screen, a first window takes this much each way (reading apps open large)."""


def first_size(room: QRect) -> QSize:
    """The size of a first window on a screen with ``room``: all of a small screen, 1280x800 on a
    middling one, and most of a large one (1632x918 of 1920x1080)."""
    width = max(DEFAULT_SIZE.width(), int(room.width() * LARGE_SHARE))
    height = max(DEFAULT_SIZE.height(), int(room.height() * LARGE_SHARE))
    return QSize(min(width, room.width()), min(height, room.height()))


def place_first(window: QWidget) -> bool:
    """Size and centre a window opened for the first time on its screen; True when the screen is
    small enough that it should open maximised (``showMaximized()`` rather than ``show()``)."""
    room = available(window)
    size = first_size(room)
    window.resize(size)
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(room.center())
    window.move(frame.topLeft())
    return size.width() < DEFAULT_SIZE.width() or size.height() < DEFAULT_SIZE.height()


def pull_onto_screen(window: QWidget) -> None:
    """After a restored geometry: no larger than the screen, and on it (a screen may have gone)."""
    room = available(window)
    width = min(window.width(), room.width())
    height = min(window.height(), room.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    geometry = window.frameGeometry()
    if not room.contains(geometry):
        x = min(max(geometry.x(), room.x()), room.right() - geometry.width() + 1)
        y = min(max(geometry.y(), room.y()), room.bottom() - geometry.height() + 1)
        window.move(max(x, room.x()), max(y, room.y()))


def fit_dialog(dialog: QWidget, wish: QSize) -> None:
    """Open ``dialog`` at ``wish`` or at what fits on its screen (with a margin), whichever is smaller."""
    room = available(dialog.parentWidget() or dialog)
    width = min(wish.width(), room.width() - 24)
    height = min(wish.height(), room.height() - 48)
    dialog.resize(max(width, 200), max(height, 160))


def pane_sizes(width: int, wide_guide: bool = False) -> tuple[int, int, int]:
    """Library, reader and guide widths for a window ``width`` wide.

    The reading column is about 70 characters whatever the width, so past that
    the guide takes the room rather than the reader's empty margins. Narrow
    windows fold the library away.
    """
    library = 0 if width < NARROW else LIBRARY_WIDTH
    rest = width - library
    if wide_guide:
        guide = rest // 2
    elif width >= 1600:
        guide = int(rest * 0.40)
    else:
        guide = max(int(rest * 0.38), 360)
    return library, rest - guide, guide
