"""Putting the window in a given state for ``--screenshot`` and the docs: a theme, a zoom, a dialog.

Nothing here is saved: the overrides last for this run only.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop.controller import AppController

STATES = ("reader", "review", "export", "scripture", "notes", "about", "regenerate", "group", "session")
SCREENSHOT_SIZE = (1280, 800)


def apply_overrides(app: AppController, theme: str | None, zoom: int | None) -> None:
    changes: dict[str, object] = {}
    if theme:
        changes["theme"] = theme
    if zoom:
        changes["zoom"] = zoom
    if changes:
        app.prefs = replace(app.prefs, **changes)  # type: ignore[arg-type]
        app.apply_preferences()


def show_state(app: AppController, state: str) -> None:
    """Open what ``state`` names, once the article and its guide are there."""
    window = app.window
    if state == "review":
        app.review_removed()
    elif state == "export":
        dialog = app.exports.export_worksheet()
        if dialog is not None:
            dialog.resize(1000, 700)
    elif state in ("group", "session"):
        window.guide.set_audience(state)
        window.guide.current_tree().expandAll()
    elif state == "regenerate":
        app.guides.regenerate()
    elif state == "about":
        from desktop.about import show_about

        show_about(window)
    elif state in ("scripture", "notes") and app.article is not None:
        refs = [m for m in app.marks() if m.kind == "reference"]
        if refs:
            if state == "scripture":
                window.scripture.show_verse(app.verses[refs[0].key])
                QApplication.processEvents()  # the reader narrows; reveal after it reflows
            window.reader.reveal(refs[0].start, refs[0].end, flash=False)
        if state == "notes":
            highlights = [m for m in app.marks() if m.kind == "highlight"]
            if highlights:
                window.reader.reveal(highlights[-1].start, highlights[-1].end, flash=False)


def when_idle(app: AppController, then: object) -> None:
    """Call ``then()`` once imports, analysis and guides have finished."""

    def check() -> None:
        if app.busy:
            QTimer.singleShot(100, app, check)
        else:
            then()  # type: ignore[operator]

    QTimer.singleShot(200, app, check)


def capture_when_idle(qt: QApplication, app: AppController, out: str, state: str | None) -> None:
    """Once everything has loaded, save the window (1280x800 or larger) as a PNG and quit.

    The outcome is left on ``app.screenshot_status`` (0 when the file was written).
    """
    window = app.window
    width, height = SCREENSHOT_SIZE
    window.resize(max(window.width(), width), max(window.height(), height))

    def capture() -> None:
        if state:
            show_state(app, state)
        for _ in range(3):
            qt.processEvents()
        ok = window.grab().save(out, "PNG")
        if not ok:
            print(f"porchlight: could not write {out}", file=sys.stderr)
        app.screenshot_status = 0 if ok else 1  # type: ignore[attr-defined]
        qt.closeAllWindows()
        qt.quit()

    when_idle(app, capture)
