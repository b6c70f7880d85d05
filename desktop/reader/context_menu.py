"""The article's right-click menu: what can be done with the words under the pointer.

With a selection: highlight it (in the reader's colour, or a named one), write a note on it, copy
it, or copy it with its reference. On a highlight: open its note, or delete it. Always: select all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from desktop.signals import emit

if TYPE_CHECKING:
    from desktop.reader.view import ReaderView


def context_menu(view: ReaderView, point: QPoint) -> QMenu:
    """The menu for a right-click at ``point`` (in the viewport's coordinates)."""
    from desktop.reader.selection_bar import swatch

    menu = QMenu(view)
    menu.setObjectName("reader_menu")
    if view.selection_range() is not None:
        view.snap_selection()
        menu.addAction("&Highlight", lambda: emit(view.highlight_requested, ""))
        colours = menu.addMenu("Highlight &In")
        bar = view.selection_bar
        for name in bar.colour_buttons if bar is not None else ():
            colours.addAction(
                swatch(view.colours.highlight(name)),
                name.capitalize(),
                lambda n=name: emit(view.highlight_requested, n),
            )
        menu.addAction("Add &Note…", lambda: emit(view.note_requested))
        menu.addSeparator()
        menu.addAction("&Copy", view.copy)
        menu.addAction("Copy with &Reference", lambda: emit(view.copy_reference_requested))
    else:
        mark = view.mark_at(point)
        if mark is not None and mark.key.isdigit():
            ident = int(mark.key)
            label = "Edit &Note…" if mark.note else "Add &Note…"
            menu.addAction(label, lambda: emit(view.note_opened, ident))
            menu.addAction("&Delete Highlight", lambda: emit(view.annotation_delete_requested, ident))
            menu.addSeparator()
    menu.addAction("Select &All", view.selectAll)
    return menu
