"""Every action has one spec; shortcuts follow the platform; menus are built from ids."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.actions import SPECS, ActionId, ActionRegistry
from desktop.main_window import MENU_TITLES, menu_layout


def test_every_action_has_a_spec_and_a_menu() -> None:
    assert set(SPECS) == set(ActionId)
    layout = menu_layout()
    assert tuple(layout) == MENU_TITLES
    in_menus = {a for ids in layout.values() for a in ids if a is not None}
    assert in_menus == set(ActionId)


def test_standard_shortcuts_and_no_clashes(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    registry = ActionRegistry(widget)
    assert QKeySequence(QKeySequence.StandardKey.Open) in registry[ActionId.IMPORT_FILE].shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Undo) in registry[ActionId.UNDO].shortcuts()
    assert QKeySequence("Ctrl+=") in registry[ActionId.ZOOM_IN].shortcuts()
    assert QKeySequence("Ctrl+-") in registry[ActionId.ZOOM_OUT].shortcuts()
    seen: dict[str, ActionId] = {}
    for action_id, action in registry:
        for seq in action.shortcuts():
            key = seq.toString()
            assert key not in seen, f"{key} is used by {seen[key]} and {action_id}"
            seen[key] = action_id
