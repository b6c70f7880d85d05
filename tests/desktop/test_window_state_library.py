"""The library pane folded away and the window closed: next time it opens folded, and View › Library
brings it back at a width one can use, never at 0 px."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.actions import ActionId
from desktop.tasks import SyncTaskRunner


def test_a_library_folded_at_close_comes_back_wide(qtbot: QtBot, runner: SyncTaskRunner) -> None:
    from desktop.app import build

    window, controller = build(runner)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.registry[ActionId.TOGGLE_LIBRARY].setChecked(False)  # the reader folds the library away
    qtbot.wait(20)
    window.close()
    controller.library.close()

    again, controller2 = build(runner)
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    qtbot.waitExposed(again)
    try:
        toggle = again.registry[ActionId.TOGGLE_LIBRARY]
        assert not toggle.isChecked() or again.splitter.sizes()[0] > 100
        toggle.setChecked(True)
        qtbot.wait(20)
        assert again.library.isVisible() and again.splitter.sizes()[0] > 100
    finally:
        controller2.library.close()
