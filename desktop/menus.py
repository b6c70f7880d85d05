"""What each action does: the window's own actions, the preference steps, and the wiring of them all.

The app's controller hands in the handlers of the actions that reach its panes (import, export,
guide, notes, library); nothing here reaches into the controller."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from desktop.actions import ActionId
from desktop.preferences import Preferences

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from desktop.main_window import MainWindow

ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
THEMES = {
    ActionId.THEME_SYSTEM: "system",
    ActionId.THEME_LIGHT: "light",
    ActionId.THEME_SEPIA: "sepia",
    ActionId.THEME_DARK: "dark",
}


def next_zoom(current: int, step: int) -> int:
    if step > 0:
        return next((z for z in ZOOM_STEPS if z > current), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current), ZOOM_STEPS[0])


def preference_handlers(
    prefs: Callable[[], Preferences], set_prefs: Callable[..., None]
) -> dict[ActionId, Callable[[], object]]:
    """The actions that change one preference each: zoom, line width, font, theme, the reader.

    ``prefs`` is read when an action fires, so each step starts from the preferences of that moment.
    """
    handlers: dict[ActionId, Callable[[], object]] = {
        ActionId.ZOOM_IN: lambda: set_prefs(zoom=next_zoom(prefs().zoom, +1)),
        ActionId.ZOOM_OUT: lambda: set_prefs(zoom=next_zoom(prefs().zoom, -1)),
        ActionId.ZOOM_RESET: lambda: set_prefs(zoom=100),
        ActionId.WIDER_LINES: lambda: set_prefs(line_width=prefs().line_width + 8),
        ActionId.NARROWER_LINES: lambda: set_prefs(line_width=prefs().line_width - 8),
        ActionId.FONT_SERIF: lambda: set_prefs(font="serif"),
        ActionId.FONT_SANS: lambda: set_prefs(font="sans"),
        ActionId.NEXT_READER: lambda: set_prefs(
            current_reader=(prefs().current_reader + 1) % len(prefs().readers)
        ),
    }
    for action_id, theme in THEMES.items():
        handlers[action_id] = partial(set_prefs, theme=theme)
    return handlers


class MenuWiring(QObject):
    """Connects every action to what it does, and keeps the menus in step with the preferences.

    What belongs to the window alone (copy, find, quit, about, the pane toggles) and to the undo
    stack is wired here; every other action's handler is passed in by the app's controller.
    """

    def __init__(
        self,
        window: MainWindow,
        stack: QUndoStack,
        handlers: Mapping[ActionId, Callable[[], object]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = w = window
        a = w.registry
        everything: dict[ActionId, Callable[[], object]] = {
            ActionId.QUIT: w.close,
            ActionId.UNDO: stack.undo,
            ActionId.REDO: stack.redo,
            ActionId.COPY: w.reader.copy,
            ActionId.FIND: self._find,
            ActionId.ABOUT: lambda: _show_about(w),
            **handlers,
        }
        for action_id, handler in everything.items():
            a[action_id].triggered.connect(lambda _checked=False, h=handler: h())
        a[ActionId.TOGGLE_LIBRARY].toggled.connect(w.library.setVisible)
        a[ActionId.TOGGLE_NOTES].toggled.connect(w.notes.setVisible)
        a[ActionId.TOGGLE_LIBRARY].setChecked(True)
        a[ActionId.TOGGLE_NOTES].setChecked(True)
        w.fold_for_width()
        a[ActionId.WIDE_GUIDE].toggled.connect(w.set_wide_guide)
        a[ActionId.CARET_BROWSING].toggled.connect(w.reader.set_caret_browsing)
        undo, redo = a[ActionId.UNDO], a[ActionId.REDO]
        undo.setEnabled(False)
        redo.setEnabled(False)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_stack_redo_text_changed)

    # The stack clears itself (and says so) while the window is being torn down; skip that.
    def _on_stack_undo_text_changed(self, text: str) -> None:
        action = self.window.registry[ActionId.UNDO]
        if shiboken6.isValid(action):
            action.setText(f"&Undo {text}" if text else "&Undo")

    def _on_stack_redo_text_changed(self, text: str) -> None:
        action = self.window.registry[ActionId.REDO]
        if shiboken6.isValid(action):
            action.setText(f"&Redo {text}" if text else "&Redo")

    def sync(self, prefs: Preferences) -> None:
        a = self.window.registry
        a[ActionId.FONT_SERIF if prefs.font == "serif" else ActionId.FONT_SANS].setChecked(True)
        for action_id, theme in THEMES.items():
            if theme == prefs.theme:
                a[action_id].setChecked(True)
        other = prefs.readers[(prefs.current_reader + 1) % len(prefs.readers)].name
        alone = len(prefs.readers) < 2
        a[ActionId.NEXT_READER].setEnabled(not alone)
        a[ActionId.NEXT_READER].setText("Switch &Reader" if alone else f"Read as &{other}")

    def _find(self) -> None:
        library = self.window.library
        self.window.registry[ActionId.TOGGLE_LIBRARY].setChecked(True)
        library.search.setFocus()
        library.search.selectAll()


def _show_about(window: MainWindow) -> None:
    from desktop.about import show_about  # on use: its message box's enums cost the start 0.5 ms

    show_about(window)
