"""The article's right-click menu: what can be done with the words under the pointer.

With a selection: highlight it (in the reader's colour, or a named one), write a note on it, copy
it, or copy it with its reference. On a highlight: open its note, or delete it. Always: select all.

The view says what is under the pointer and what each choice does (:class:`MenuChoices`); this
module knows nothing of the view, so the two do not import each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from desktop.reader.render import Mark


@dataclass(frozen=True)
class MenuChoices:
    """What the words under the pointer allow, and what each choice does."""

    selected: bool
    """Words are selected (else the menu is about the highlight under the pointer, if any)."""
    colours: Sequence[tuple[str, str]]
    """The highlight colours offered, as (name, the tint it is drawn in)."""
    mark: Mark | None
    highlight: Callable[[str], None]
    """Highlight the selection in the named colour ("" is the reader's own)."""
    add_note: Callable[[], None]
    copy: Callable[[], None]
    copy_reference: Callable[[], None]
    open_note: Callable[[int], None]
    delete_highlight: Callable[[int], None]
    select_all: Callable[[], None]


def context_menu(parent: QWidget, choices: MenuChoices) -> QMenu:
    """The menu for a right-click, as ``choices`` allow."""
    from desktop.reader.selection_bar import swatch

    menu = QMenu(parent)
    menu.setObjectName("reader_menu")
    if choices.selected:
        menu.addAction("&Highlight", lambda: choices.highlight(""))
        colours = menu.addMenu("Highlight &In")
        for name, tint in choices.colours:
            colours.addAction(swatch(tint), name.capitalize(), lambda n=name: choices.highlight(n))
        menu.addAction("Add &Note…", choices.add_note)
        menu.addSeparator()
        menu.addAction("&Copy", choices.copy)
        menu.addAction("Copy with &Reference", choices.copy_reference)
    else:
        mark = choices.mark
        if mark is not None and mark.key.isdigit():
            ident = int(mark.key)
            label = "Edit &Note…" if mark.note else "Add &Note…"
            menu.addAction(label, lambda: choices.open_note(ident))
            menu.addAction("&Delete Highlight", lambda: choices.delete_highlight(ident))
            menu.addSeparator()
    menu.addAction("Select &All", choices.select_all)
    return menu
