"""The app's choices of audience and edition come from the engine's audience registry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop import preferences
from desktop.exporting.worksheet_dialog import WorksheetDialog
from desktop.preferences import Preferences
from desktop.preferences_dialog import PreferencesDialog
from guides.guide import audiences as registry
from guides.guide.audiences import AudienceSpec, EditionSpec


@pytest.fixture
def retreat() -> Iterator[AudienceSpec]:
    spec = registry.register(
        AudienceSpec(
            "retreat", "Weekend retreat", 90, (EditionSpec("retreat", "Retreat sheet"),), "unused:unused"
        )
    )
    try:
        yield spec
    finally:
        registry.unregister("retreat")


def _items(combo) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_the_dialogs_offer_the_built_in_audiences(qtbot) -> None:  # type: ignore[no-untyped-def]
    prefs_dialog = PreferencesDialog(Preferences())
    worksheet = WorksheetDialog("couple", None)
    qtbot.addWidget(prefs_dialog)
    qtbot.addWidget(worksheet)
    assert _items(prefs_dialog.audience) == [
        ("couple", "Couple at home"),
        ("group", "Small group"),
        ("session", "Session plan"),
    ]
    assert {key for key, _ in _items(worksheet.edition)} == {
        "participant",
        "leader",
        "couple",
        "session",
        "cards",
    }


def test_an_audience_registered_in_the_engine_alone_is_offered(qtbot, retreat: AudienceSpec) -> None:  # type: ignore[no-untyped-def]
    prefs = preferences.from_dict({"default_audience": "retreat"})
    assert prefs.default_audience == "retreat"
    prefs_dialog = PreferencesDialog(prefs)
    worksheet = WorksheetDialog("retreat", None)
    qtbot.addWidget(prefs_dialog)
    qtbot.addWidget(worksheet)
    assert ("retreat", "Weekend retreat") in _items(prefs_dialog.audience)
    assert prefs_dialog.audience.currentData() == "retreat"
    assert ("retreat", "Retreat sheet") in _items(worksheet.edition)
    assert worksheet.edition.currentData() == "retreat"


def test_an_audience_nobody_registered_falls_back_to_the_default() -> None:
    assert preferences.from_dict({"default_audience": "retreat"}).default_audience == "couple"
