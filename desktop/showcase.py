"""Putting the window in a given state for ``--screenshot`` and the docs: a theme, a zoom, a dialog.

Nothing here is saved: the overrides last for this run only (``saving`` writes its worksheet into
a temporary folder, removed when the app quits).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QWidget

if TYPE_CHECKING:
    from desktop.controller import AppController

STATES = (
    "reader",
    "review",
    "export",
    "saving",
    "scripture",
    "notes",
    "about",
    "regenerate",
    "group",
    "session",
    "preferences",
    "first-run",
    "discuss",
    "edit",
    "open-url",
    "new-series",
    "rename",
    "selection",
    "note",
    "question",
    "file-menu",
)


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
        app.exports.export_worksheet()
    elif state == "saving":
        _save_for_show(app)
    elif state in ("group", "session"):
        window.guide.set_audience(state)
        window.guide.current_tree().expandAll()
    elif state == "discuss":
        window.guide.set_audience("couple")
        view = app.discuss.open()
        if view is not None:
            talk = [n for n, s in enumerate(view.steps) if s.kind == "question" and s.part_key == "talk"]
            view.go(talk[0] if talk else 2)
    elif state == "edit":
        window.guide.set_editing(True)
    elif state in ("selection", "note") and app.article is not None:
        _select_for_show(app, state)
    elif state == "question":
        shown = window.guide.layout_of(window.guide.audience)
        questions = [q for q in shown.questions if q.end > q.start] if shown else []
        if questions:
            question = questions[min(2, len(questions) - 1)]
            window.guide.select_question(question.id or "")
            window.reader.reveal(question.start, question.end, flash=False)
    elif state == "first-run":
        from desktop import first_run

        first_run.ask(app.window, app.set_prefs)
    elif state == "open-url":
        from desktop.widgets.ask import text_dialog

        text_dialog(window, "Open a web address", "Address of the article:", "https://").open()
    elif state == "new-series":
        from desktop.widgets.ask import text_dialog

        text_dialog(window, "New series", "Name of the series:").open()
    elif state == "preferences":
        app.edit_preferences()
    elif state == "file-menu":
        bar = window.menuBar()
        from PySide6.QtWidgets import QMenu

        menu = bar.actions()[0].menu()
        if isinstance(menu, QMenu):
            menu.popup(bar.mapToGlobal(bar.actionGeometry(bar.actions()[0]).bottomLeft()))
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


def _save_for_show(app: AppController) -> None:
    """Save the worksheet as a reader would (into a folder removed when the app quits): the dialog
    closes and the status bar shows the save, with its Cancel, then where the file went."""
    import tempfile

    folder = tempfile.TemporaryDirectory(prefix="porchlight-show-")
    _KEPT.append(folder)
    if app.exports.export_worksheet() is not None:
        app.exports.save_and_close(f"{folder.name}/worksheet.pdf")


_KEPT: list[object] = []
"""What a state made that must last as long as the app does (a folder to save into)."""


def _select_for_show(app: AppController, state: str) -> None:
    """Select a phrase near a reader's note, as a reader would, and show the bar (or the note card)."""
    reader = app.window.reader
    article = app.article
    assert article is not None
    noted = [a.start for a in app.notes.annotations if a.note and a.start is not None]
    long = [b for b in article.blocks if b.kind == "paragraph" and len(b.text) > 200]
    block = long[0] if long else article.blocks[0]
    if noted:
        block = next(b for b in article.blocks if b.start <= noted[0] < b.end)
        index = article.blocks.index(block)
        block = next((b for b in article.blocks[index + 1 :] if len(b.text) > 120), block)
    words = block.text.split()
    start = block.start + block.text.index(words[min(3, len(words) - 1)])
    end = start + len(" ".join(words[3:9]))
    reader.reveal(block.start, block.end, flash=False)
    QApplication.processEvents()
    reader.select_range(start + 1, end - 2)  # a drag that starts and ends inside words
    reader.snap_selection()
    if state == "selection":
        reader.show_selection_bar()
    else:
        app.notes.add_note()


def picture(qt: QApplication, window: QWidget) -> QPixmap:
    """The window with the dialogs and windows open over it, each where it stands on the screen.

    The discuss-together view, when open full screen, is the picture itself.
    """
    from PySide6.QtGui import QPainter

    others = [
        w
        for w in qt.topLevelWidgets()
        if w is not window and w.isVisible() and w.isWindow() and not isinstance(w, QMenu)
    ]
    full = [w for w in others if w.isFullScreen() or w.objectName() == "discuss_view"]
    base = full[0] if full else window
    shot = base.grab()
    painter = QPainter(shot)
    origin = base.mapToGlobal(QPoint(0, 0))
    for other in others:
        if other is base or other.objectName() == "discuss_view":
            continue
        painter.drawPixmap(other.mapToGlobal(QPoint(0, 0)) - origin, other.grab())
    painter.end()
    return shot


def when_idle(app: AppController, then: object) -> None:
    """Call ``then()`` once imports, analysis and guides have finished."""

    def check() -> None:
        if app.busy:
            QTimer.singleShot(100, app, check)
        else:
            then()  # type: ignore[operator]

    QTimer.singleShot(200, app, check)


def capture_when_idle(qt: QApplication, app: AppController, out: str, state: str | None) -> None:
    """Once everything has loaded, save the window, at the size it opened at, as a PNG and quit.

    A dialog that was asked for is drawn into the picture where it stands over the window.
    The outcome is left on ``app.screenshot_status`` (0 when the file was written).
    """
    window = app.window

    def capture() -> None:
        if state:
            show_state(app, state)
        for _ in range(3):
            qt.processEvents()
        ok = picture(qt, window).save(out, "PNG")
        if not ok:
            print(f"porchlight: could not write {out}", file=sys.stderr)
        app.screenshot_status = 0 if ok else 1  # type: ignore[attr-defined]
        qt.closeAllWindows()
        qt.quit()

    when_idle(app, capture)
