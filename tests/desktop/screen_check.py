"""Open the window and every dialog on the screen Qt was given, and list every button that is not
on it. Run by test_small_screens.py in its own process (the screen's size is set when Qt starts):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python tests/desktop/screen_check.py

Prints a JSON object: what was opened, and the problems found (an empty list when all is well).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget


def _inside(outer: QRect, inner: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def check(name: str, window: QWidget, problems: list[str]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for _ in range(5):
        app.processEvents()
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not _inside(room, frame):
        problems.append(f"{name}: the window {frame.getRect()} is not inside the screen {room.getRect()}")
    shown = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        parent = button.parentWidget()
        scrolled = False
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                scrolled = True  # reachable by scrolling
                break
            parent = parent.parentWidget()
        if scrolled:
            continue
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        label = button.text().replace("&", "") or button.accessibleName() or button.objectName()
        if not _inside(room, rect) or not _inside(shown, rect):
            problems.append(f"{name}: “{label}” at {rect.getRect()} is off the screen or the window")
        elif button.width() < 16 or button.height() < 12:
            problems.append(f"{name}: “{label}” is squeezed to {button.width()}x{button.height()}")


def main() -> int:
    from desktop.app import build, make_application
    from desktop.tasks import SyncTaskRunner

    make_application([])
    window, app = build(SyncTaskRunner())
    window.showMaximized() if window.open_maximized else window.show()  # as the app opens it
    app.start()
    opened: list[str] = []
    problems: list[str] = []

    def dialog(name: str, widget: QWidget | None) -> None:
        if widget is None:
            problems.append(f"{name}: did not open")
            return
        widget.show()
        check(name, widget, problems)
        opened.append(name)
        widget.close()

    from desktop import first_run
    from desktop.about import show_about
    from desktop.first_run import FirstRunDialog
    from desktop.widgets.ask import text_dialog

    check("main window", window, problems)
    opened.append("main window")
    for step in window.findChildren(FirstRunDialog):
        step.close()
    dialog("first run", first_run.ask(app.window, app.set_prefs))
    window.guide.set_editing(True)
    check("main window, editing the guide", window, problems)
    window.guide.set_editing(False)
    dialog("review removed parts", app.review_removed())
    dialog("worksheet", app.exports.export_worksheet())
    dialog("regenerate", app.guides.regenerate())
    dialog("preferences", app.edit_preferences())
    dialog("about", show_about(window))
    dialog("open a web address", text_dialog(window, "Open a web address", "Address of the article:", "https://"))
    dialog("new series", text_dialog(window, "New series", "Name of the series:"))
    dialog("rename", text_dialog(window, "Rename article", "Name of the article:", "Small Hinges"))
    dialog("discuss together", app.discuss.open())
    print(json.dumps({"opened": opened, "problems": problems, "window": list(window.size().toTuple())}))
    app.library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
