"""What each action does: one table from action id to the controller method it calls."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from desktop.actions import ActionId
from desktop.preferences import Preferences

if TYPE_CHECKING:
    from desktop.controller import AppController

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


class MenuWiring(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        from desktop.about import show_about
        from desktop.importing import sources
        from desktop.preferences_dialog import PreferencesDialog

        self.app = app
        w = app.window
        a = w.registry

        def prefs() -> Preferences:  # read when the action fires, not now
            return app.prefs

        handlers: dict[ActionId, Callable[[], object]] = {
            ActionId.IMPORT_FILE: app.import_files,
            ActionId.PASTE_ARTICLE: lambda: sources.paste_article(app),
            ActionId.OPEN_URL: lambda: sources.open_url(app),
            ActionId.REVIEW_REMOVED: app.review_removed,
            ActionId.EXPORT_WORKSHEET: lambda: app.exports.export_worksheet(),
            ActionId.PRINT_WORKSHEET: lambda: app.exports.print_worksheet(),
            ActionId.EXPORT_NOTES: lambda: app.exports.export_notes(),
            ActionId.PREFERENCES: lambda: PreferencesDialog.edit(app),
            ActionId.QUIT: w.close,
            ActionId.UNDO: app.stack.undo,
            ActionId.REDO: app.stack.redo,
            ActionId.COPY: w.reader.copy,
            ActionId.COPY_WITH_REFERENCE: lambda: app.notes.copy_with_reference(),
            ActionId.FIND: self._find,
            ActionId.HIGHLIGHT: lambda: app.notes.highlight(),
            ActionId.ADD_NOTE: lambda: app.notes.add_note(),
            ActionId.RENAME_ARTICLE: self._rename_article,
            ActionId.DELETE_ARTICLE: self._delete_article,
            ActionId.ZOOM_IN: lambda: app.set_prefs(zoom=next_zoom(prefs().zoom, +1)),
            ActionId.ZOOM_OUT: lambda: app.set_prefs(zoom=next_zoom(prefs().zoom, -1)),
            ActionId.ZOOM_RESET: lambda: app.set_prefs(zoom=100),
            ActionId.WIDER_LINES: lambda: app.set_prefs(line_width=prefs().line_width + 8),
            ActionId.NARROWER_LINES: lambda: app.set_prefs(line_width=prefs().line_width - 8),
            ActionId.FONT_SERIF: lambda: app.set_prefs(font="serif"),
            ActionId.FONT_SANS: lambda: app.set_prefs(font="sans"),
            ActionId.NEXT_READER: lambda: app.set_prefs(
                current_reader=(prefs().current_reader + 1) % len(prefs().readers)
            ),
            ActionId.REGENERATE_GUIDE: app.guides.regenerate,
            ActionId.DISCUSS_TOGETHER: lambda: app.discuss.open(),
            ActionId.ADD_QUESTION: app.guides.add_own,
            ActionId.EDIT_QUESTION: app.guides.edit_current,
            ActionId.DELETE_QUESTION: app.guides.delete_current,
            ActionId.MARK_DONE: app.guides.toggle_current_done,
            ActionId.MOVE_QUESTION_UP: partial(app.guides.move_current, -1),
            ActionId.MOVE_QUESTION_DOWN: partial(app.guides.move_current, +1),
            ActionId.ABOUT: lambda: show_about(w),
            ActionId.SHOW_LOG: app.show_log_folder,
        }
        for action_id, theme in THEMES.items():
            handlers[action_id] = partial(app.set_prefs, theme=theme)
        for action_id, handler in handlers.items():
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
        app.stack.canUndoChanged.connect(undo.setEnabled)
        app.stack.canRedoChanged.connect(redo.setEnabled)
        app.stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        app.stack.redoTextChanged.connect(self._on_stack_redo_text_changed)

    # The stack clears itself (and says so) while the window is being torn down; skip that.
    def _on_stack_undo_text_changed(self, text: str) -> None:
        action = self.app.window.registry[ActionId.UNDO]
        if shiboken6.isValid(action):
            action.setText(f"&Undo {text}" if text else "&Undo")

    def _on_stack_redo_text_changed(self, text: str) -> None:
        action = self.app.window.registry[ActionId.REDO]
        if shiboken6.isValid(action):
            action.setText(f"&Redo {text}" if text else "&Redo")

    def sync(self, prefs: Preferences) -> None:
        a = self.app.window.registry
        a[ActionId.FONT_SERIF if prefs.font == "serif" else ActionId.FONT_SANS].setChecked(True)
        for action_id, theme in THEMES.items():
            if theme == prefs.theme:
                a[action_id].setChecked(True)
        other = prefs.readers[(prefs.current_reader + 1) % len(prefs.readers)].name
        alone = len(prefs.readers) < 2
        a[ActionId.NEXT_READER].setEnabled(not alone)
        a[ActionId.NEXT_READER].setText("Switch &Reader" if alone else f"Read as &{other}")

    def _find(self) -> None:
        library = self.app.window.library
        self.app.window.registry[ActionId.TOGGLE_LIBRARY].setChecked(True)
        library.search.setFocus()
        library.search.selectAll()

    def _rename_article(self) -> None:
        app = self.app
        target = app.window.library.current_article_id() or app.article_id
        if target is not None:
            app.shelf.rename(target)

    def _delete_article(self) -> None:
        app = self.app
        target = app.window.library.current_article_id() or app.article_id
        if target is not None:
            app.shelf.delete(target)
