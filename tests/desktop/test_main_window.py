"""The window opens offscreen and frames the three panes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.identity import APP_NAME
from desktop.main_window import MainWindow


def test_main_window_shows_three_named_panes(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == APP_NAME
    names = {w.objectName() for w in window.findChildren(QLabel)}
    assert {"library_pane", "reader_pane", "guide_pane"} <= names
    assert all(w.accessibleName() for w in window.findChildren(QLabel))
