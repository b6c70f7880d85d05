"""Who is reading? The first run asks for two names (or one); the sample keeps its own readers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop import preferences
from desktop.actions import ActionId
from desktop.app import build
from desktop.first_run import FirstRunDialog
from desktop.preferences import Preferences, Reader
from desktop.tasks import SyncTaskRunner


def _first_run(qtbot: QtBot):  # type: ignore[no-untyped-def]
    window, app = build(SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    app.start()
    dialog = window.findChild(FirstRunDialog)
    return window, app, dialog


def test_the_first_run_asks_for_two_names(qtbot: QtBot) -> None:
    window, app, dialog = _first_run(qtbot)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.start_button.isEnabled()  # no names yet
    dialog.first.setText("Maria")
    dialog.second.setText("maria")
    assert not dialog.start_button.isEnabled()  # two readers need two names
    dialog.second.setText(" Joe ")
    dialog.start_button.click()
    assert [r.name for r in app.prefs.readers] == ["Maria", "Joe"] and app.prefs.names_asked
    assert preferences.load().readers == app.prefs.readers
    assert window.reading_bar.reader_box.currentText() == "Maria"
    assert window.registry[ActionId.NEXT_READER].text() == "Read as &Joe"
    # The sample's notes stay its own readers'.
    assert {a.reader for a in app.notes.annotations} == {"Anna", "Ben"}
    worksheet = app.exports.export_worksheet()
    assert worksheet is not None
    assert app.exports._inputs(worksheet.choice())["options"].partner_names == ("Maria", "Joe")
    worksheet.close()
    window.close()
    again, app2 = build(SyncTaskRunner())
    qtbot.addWidget(again)
    again.show()
    app2.start()
    assert again.findChild(FirstRunDialog) is None  # asked once
    again.close()


def test_a_leader_gives_one_name(qtbot: QtBot) -> None:
    window, app, dialog = _first_run(qtbot)
    dialog.alone.setChecked(True)
    assert not dialog.second.isEnabled()
    dialog.first.setText("Pastor Sam")
    dialog.start_button.click()
    assert app.prefs.readers == (Reader("Pastor Sam", "yellow"),)
    assert not window.registry[ActionId.NEXT_READER].isEnabled()
    window.close()


def test_not_now_asks_again_next_time(qtbot: QtBot) -> None:
    window, app, dialog = _first_run(qtbot)
    dialog.reject()
    assert not app.prefs.names_asked
    window.close()
    _again, _app, asked = _first_run(qtbot)
    assert asked is not None


def test_version_2_preferences_are_asked_only_with_the_placeholder_names() -> None:
    def v2(*names: str) -> dict[str, object]:
        return {"version": 2, "readers": [{"name": n, "colour": "yellow"} for n in names]}

    assert preferences.from_dict(v2("Anna", "Ben")).names_asked is False
    assert preferences.from_dict(v2("Maria", "Joe")).names_asked is True


def test_preferences_label_each_reader_and_take_one_name(qtbot: QtBot) -> None:
    from desktop.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(Preferences(readers=(Reader("Maria", "green"), Reader("Joe", "pink"))))
    qtbot.addWidget(dialog)
    labels = {label.text(): label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert labels["Reader &1:"] is dialog.names[0] and labels["Reader &2:"] is dialog.names[1]
    dialog.names[1].setText("  ")
    changes = dialog.changes()
    assert changes["readers"] == [{"name": "Maria", "colour": "green"}]
    assert changes["current_reader"] == 0
