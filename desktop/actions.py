"""One registry of actions: an id for each, one spec each, and QActions made from them.

Menus, toolbars, context menus and tests refer to actions by :class:`ActionId`.
Shortcuts follow the platform through ``QKeySequence.StandardKey`` wherever
Qt has one; the rest are chosen not to clash with those.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

Std = QKeySequence.StandardKey
Role = QAction.MenuRole


class ActionId(StrEnum):
    # File
    IMPORT_FILE = "import_file"
    PASTE_ARTICLE = "paste_article"
    OPEN_URL = "open_url"
    REVIEW_REMOVED = "review_removed"
    EXPORT_WORKSHEET = "export_worksheet"
    PRINT_WORKSHEET = "print_worksheet"
    EXPORT_NOTES = "export_notes"
    BACKUP_LIBRARY = "backup_library"
    PREFERENCES = "preferences"
    QUIT = "quit"
    # Edit
    UNDO = "undo"
    REDO = "redo"
    COPY = "copy"
    COPY_WITH_REFERENCE = "copy_with_reference"
    FIND = "find"
    HIGHLIGHT = "highlight"
    ADD_NOTE = "add_note"
    RENAME_ARTICLE = "rename_article"
    DELETE_ARTICLE = "delete_article"
    SHOW_TRASH = "show_trash"
    # View
    TOGGLE_LIBRARY = "toggle_library"
    TOGGLE_NOTES = "toggle_notes"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    WIDER_LINES = "wider_lines"
    NARROWER_LINES = "narrower_lines"
    FONT_SERIF = "font_serif"
    FONT_SANS = "font_sans"
    THEME_SYSTEM = "theme_system"
    THEME_LIGHT = "theme_light"
    THEME_SEPIA = "theme_sepia"
    THEME_DARK = "theme_dark"
    NEXT_READER = "next_reader"
    CARET_BROWSING = "caret_browsing"
    WIDE_GUIDE = "wide_guide"
    DISCUSS_TOGETHER = "discuss_together"
    # Guide
    REGENERATE_GUIDE = "regenerate_guide"
    ADD_QUESTION = "add_question"
    EDIT_QUESTION = "edit_question"
    DELETE_QUESTION = "delete_question"
    MOVE_QUESTION_UP = "move_question_up"
    MOVE_QUESTION_DOWN = "move_question_down"
    MARK_DONE = "mark_done"
    # Help
    ABOUT = "about"
    SHOW_LOG = "show_log"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcuts: tuple[Std | str, ...] = ()
    tip: str = ""
    role: Role = Role.NoRole
    checkable: bool = False
    group: str | None = None
    """Checkable actions in the same group exclude each other."""
    short: str = ""
    """A shorter label for tool buttons in narrow panes."""


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.IMPORT_FILE: ActionSpec("&Import File…", (Std.Open,), "Import an article from a file"),
    ActionId.PASTE_ARTICLE: ActionSpec(
        "&Paste Article", ("Ctrl+Shift+V",), "Import the article on the clipboard"
    ),
    ActionId.OPEN_URL: ActionSpec("Open &URL…", ("Ctrl+L",), "Import an article from a web address"),
    ActionId.REVIEW_REMOVED: ActionSpec(
        "&Review Removed Parts…", ("Ctrl+Shift+R",), "See what the import took out, and restore it"
    ),
    ActionId.EXPORT_WORKSHEET: ActionSpec(
        "&Export Worksheet…", ("Ctrl+E",), "Make a printable worksheet from the guide"
    ),
    ActionId.PRINT_WORKSHEET: ActionSpec("&Print Worksheet…", (Std.Print,), "Print the worksheet"),
    ActionId.EXPORT_NOTES: ActionSpec("Export &Notes as Markdown…", (), "Save highlights and notes"),
    ActionId.BACKUP_LIBRARY: ActionSpec(
        "&Back Up Library…", (), "Save the whole library, notes and guides included, to one file"
    ),
    ActionId.PREFERENCES: ActionSpec("Pre&ferences…", (Std.Preferences, "Ctrl+,"), role=Role.PreferencesRole),
    ActionId.QUIT: ActionSpec("&Quit", (Std.Quit, "Ctrl+Q"), role=Role.QuitRole),
    ActionId.UNDO: ActionSpec("&Undo", (Std.Undo,)),
    ActionId.REDO: ActionSpec("&Redo", (Std.Redo,)),
    ActionId.COPY: ActionSpec("&Copy", (Std.Copy,)),
    ActionId.COPY_WITH_REFERENCE: ActionSpec(
        "Copy with &Reference", ("Ctrl+Shift+C",), "Copy the selected words with the article and paragraph"
    ),
    ActionId.FIND: ActionSpec("&Search Library", (Std.Find,), "Search every article in the library"),
    ActionId.HIGHLIGHT: ActionSpec("&Highlight", ("Ctrl+Shift+H",), "Highlight the selected text"),
    ActionId.ADD_NOTE: ActionSpec(
        "Add &Note…", ("Ctrl+Shift+N",), "Add a note to the selected text", short="Note…"
    ),
    ActionId.RENAME_ARTICLE: ActionSpec(
        "Re&name Article…", ("Shift+F2",), "Give the article another name; its guides and worksheets follow"
    ),
    ActionId.DELETE_ARTICLE: ActionSpec(
        "&Delete Article", (), "Move the article with its guides and notes to the trash (Undo brings it back)"
    ),
    ActionId.SHOW_TRASH: ActionSpec(
        "Deleted Artic&les…", (), "Restore an article deleted earlier, or empty the trash"
    ),
    ActionId.TOGGLE_LIBRARY: ActionSpec("&Library", ("Ctrl+Shift+B",), checkable=True),
    ActionId.TOGGLE_NOTES: ActionSpec("&Notes", ("Ctrl+Shift+M",), checkable=True),
    ActionId.ZOOM_IN: ActionSpec("Zoom &In", (Std.ZoomIn, "Ctrl+=")),
    ActionId.ZOOM_OUT: ActionSpec("Zoom &Out", (Std.ZoomOut, "Ctrl+-")),
    ActionId.ZOOM_RESET: ActionSpec("&Actual Size", ("Ctrl+0",)),
    ActionId.WIDER_LINES: ActionSpec("&Wider Lines", ("Ctrl+]",)),
    ActionId.NARROWER_LINES: ActionSpec("Na&rrower Lines", ("Ctrl+[",)),
    ActionId.FONT_SERIF: ActionSpec("&Serif", (), checkable=True, group="font"),
    ActionId.FONT_SANS: ActionSpec("Sa&ns Serif", (), checkable=True, group="font"),
    ActionId.THEME_SYSTEM: ActionSpec("Follow &System", (), checkable=True, group="theme"),
    ActionId.THEME_LIGHT: ActionSpec("&Light", (), checkable=True, group="theme"),
    ActionId.THEME_SEPIA: ActionSpec("S&epia", (), checkable=True, group="theme"),
    ActionId.THEME_DARK: ActionSpec("&Dark", (), checkable=True, group="theme"),
    ActionId.NEXT_READER: ActionSpec("Switch &Reader", ("Ctrl+Shift+J",), "Read as the other partner"),
    ActionId.CARET_BROWSING: ActionSpec(
        "Select with &Keyboard",
        ("F7",),
        "A caret in the article, to select words with the keyboard",
        checkable=True,
    ),
    ActionId.WIDE_GUIDE: ActionSpec(
        "&Wide Guide", (), "Give the guide half the window, for a leader reading from it", checkable=True
    ),
    ActionId.DISCUSS_TOGETHER: ActionSpec(
        "&Discuss Together",
        ("F5",),
        "One question at a time in large type, with its passage, full screen",
        short="Discuss together",
    ),
    ActionId.REGENERATE_GUIDE: ActionSpec("&Regenerate Guide…", ("Ctrl+Shift+G",), short="Regenerate…"),
    ActionId.ADD_QUESTION: ActionSpec("&Add Question", ("Ctrl+Shift+A",), short="Add"),
    ActionId.EDIT_QUESTION: ActionSpec("&Edit Question", ("F2",), short="Edit"),
    ActionId.DELETE_QUESTION: ActionSpec("&Delete Question", (), short="Delete"),
    ActionId.MOVE_QUESTION_UP: ActionSpec("Move Question &Up", ("Alt+Up",)),
    ActionId.MOVE_QUESTION_DOWN: ActionSpec("Move Question Do&wn", ("Alt+Down",)),
    ActionId.MARK_DONE: ActionSpec("&Mark as Done", ("Ctrl+D",), short="Done"),
    ActionId.ABOUT: ActionSpec("&About Porchlight", (), role=Role.AboutRole),
    ActionId.SHOW_LOG: ActionSpec("Show &Log Folder", ()),
}


class ActionRegistry:
    """The QActions of one window, made from :data:`SPECS` and found by id."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        groups: dict[str, QActionGroup] = {}
        for action_id, spec in SPECS.items():
            action = QAction(spec.text, parent)
            action.setObjectName(f"action_{action_id.value}")
            seqs: list[QKeySequence] = []
            for key in spec.shortcuts:
                # A standard key may have several bindings, or none on some platforms.
                bindings = QKeySequence.keyBindings(key) if isinstance(key, Std) else [QKeySequence(key)]
                seqs.extend(k for k in bindings if not k.isEmpty() and k not in seqs)
            action.setShortcuts(seqs)
            if spec.tip:
                action.setStatusTip(spec.tip)
                action.setToolTip(spec.tip)
            action.setMenuRole(spec.role)
            if spec.short:
                action.setIconText(spec.short)
            action.setCheckable(spec.checkable)
            if spec.group:
                group = groups.setdefault(spec.group, QActionGroup(parent))
                group.setExclusive(True)
                group.addAction(action)
            parent.addAction(action)  # shortcuts work even when the menu bar is hidden
            self._actions[action_id] = action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actions.items())
