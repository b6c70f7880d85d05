"""The app's choices of audience and edition, and the guide pane's tabs, come from the engine's
audience registry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import preferences
from desktop.controller import AppController
from desktop.exporting.worksheet_dialog import WorksheetDialog
from desktop.guide.parts import edition
from desktop.library.model import LibraryModel, SearchModel, guide_name
from desktop.main_window import MainWindow
from desktop.preferences import Preferences
from desktop.preferences_dialog import PreferencesDialog
from guides.article import Article
from guides.guide import audiences as registry
from guides.guide.audiences import AudienceSpec, EditionSpec
from guides.library.search import SearchHit
from guides.worksheet.content import EDITIONS


@pytest.fixture
def retreat() -> Iterator[AudienceSpec]:
    spec = registry.register(
        AudienceSpec(
            "retreat",
            "Weekend retreat",
            90,
            (EditionSpec("retreat", "Retreat sheet"),),
            "guides.guide.generator:build_group_guide",  # a group's guide, run over a longer evening
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


def test_the_worksheet_dialog_offers_only_editions_it_can_lay_out(qtbot, retreat: AudienceSpec) -> None:  # type: ignore[no-untyped-def]
    worksheet = WorksheetDialog("retreat", None)  # the retreat sheet has no printed layout
    qtbot.addWidget(worksheet)
    offered = [key for key, _ in _items(worksheet.edition)]
    assert "retreat" not in offered
    assert set(offered) == set(EDITIONS)
    assert worksheet.edition.currentData() == offered[0]


def test_the_worksheet_of_a_registered_audience_saves_an_edition_that_has_a_layout(
    retreat: AudienceSpec,
    app_window: tuple[MainWindow, AppController],
    article: Article,
    open_in_app: Callable[[AppController, Article], int],
    tmp_path: Path,
) -> None:
    window, app = app_window
    open_in_app(app, article)
    window.guide.set_audience("retreat")
    dialog = app.exports.export_worksheet()
    assert dialog is not None
    assert dialog.choice().edition in EDITIONS
    written = app.exports.save_pdf(tmp_path / "retreat.pdf")
    assert written is not None and len(PdfReader(str(written)).pages) >= 1
    assert "edition_retreat" not in window.message_bar.label.text()
    dialog.close()


def _tabs(window: MainWindow) -> list[str]:
    tabs = window.guide.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_the_guide_pane_has_a_tab_for_each_built_in_audience(
    app_window: tuple[MainWindow, AppController],
) -> None:
    window, _app = app_window
    assert _tabs(window) == ["&Couple", "&Group", "&Session"]
    assert window.guide.audiences == ("couple", "group", "session")


def test_an_audience_registered_in_the_engine_alone_gets_a_tab_and_a_stored_guide(
    retreat: AudienceSpec,
    app_window: tuple[MainWindow, AppController],
    article: Article,
    open_in_app: Callable[[AppController, Article], int],
) -> None:
    window, app = app_window
    assert _tabs(window) == ["&Couple", "&Group", "&Session", "&Retreat"]
    article_id = open_in_app(app, article)
    assert app.library.guides.has(article_id, "retreat")  # made with the others, and stored
    stored = app.library.guides.get(article_id, "retreat").guide
    assert stored["audience"] == "retreat" and stored["minutes"] == 90
    model = window.guide.models["retreat"]  # read back through the engine's schema
    assert model.guide is not None and model.guide.audience == "retreat" and model.rowCount() > 0
    window.guide.set_audience("retreat")
    assert window.guide.audience == "retreat"


def test_the_built_in_audiences_keep_their_guide_names_and_tab_editions() -> None:
    assert [guide_name(key) for key in ("couple", "group", "session")] == [
        "couple’s guide",
        "group’s guide",
        "session plan",
    ]
    assert [edition(key) for key in ("couple", "group", "session")] == ["couple", "leader", "session"]
    assert guide_name("retreat") == ""  # not registered here


def test_the_library_names_the_guide_of_a_registered_audience(retreat: AudienceSpec) -> None:
    model = SearchModel()
    model.set_hits([SearchHit("question", 3, "Small Hinges", "a [long] evening", "retreat/q-4", 1.0)])
    detail = model.data(model.index(0, 0), LibraryModel.DetailRole)
    assert detail == "Question in the weekend retreat guide · a [long] evening"
    assert edition("retreat") == "retreat"  # its tab reads like its own edition


def test_an_audience_nobody_registered_falls_back_to_the_default() -> None:
    assert preferences.from_dict({"default_audience": "retreat"}).default_audience == "couple"
