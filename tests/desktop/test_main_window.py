"""The window frames the panes, accepts drops, and restores its geometry."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.identity import APP_NAME
from desktop.main_window import dropped_sources


def test_window_has_named_panes(app_window) -> None:  # type: ignore[no-untyped-def]
    window, _ = app_window
    assert window.windowTitle() == APP_NAME
    names = {w.objectName() for w in window.findChildren(QWidget)}
    assert {"library_pane", "reader_pane", "guide_pane", "reader"} <= names


def test_dropped_sources() -> None:
    urls = [QUrl.fromLocalFile("/tmp/a.html"), QUrl("https://example.org/post"), QUrl("ftp://x/y")]
    assert dropped_sources(urls, "") == ["/tmp/a.html", "https://example.org/post"]
    assert dropped_sources([], " https://example.org/p \n") == ["https://example.org/p"]
    assert dropped_sources([], "just words") == []


def test_geometry_is_restored(qtbot: QtBot, runner) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import build

    window, _ = build(runner)
    qtbot.addWidget(window)
    window.show()
    window.resize(760, 520)  # within the offscreen screen
    window.close()
    again, _ = build(runner)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (760, 520)
