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
from desktop.guide_layout import edition
from desktop.library.model import LibraryModel, SearchModel, guide_name
from desktop.main_window import MainWindow
from desktop.preferences import Preferences
from desktop.preferences_dialog import PreferencesDialog
from guides.article import Article, BlockDraft
from guides.guide import audiences as registry
from guides.guide.audiences import AudienceSpec, EditionSpec
from guides.importing import formats, import_source, import_text
from guides.importing.extracted import Extracted
from guides.importing.formats import ImportFormat
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
    written = tmp_path / "retreat.pdf"
    app.exports.save_pdf(written)
    assert len(PdfReader(str(written)).pages) >= 1
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
    window.guide.set_audience("retreat")  # a hidden tab is filled when it is shown
    assert window.guide.audience == "retreat"
    model = window.guide.models["retreat"]  # read back through the engine's schema
    assert model.guide is not None and model.guide.audience == "retreat" and model.rowCount() > 0


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


def _read_note(text: str) -> Extracted:
    """A made-up import format's reader: the first line is the title, each other line a paragraph."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Extracted([BlockDraft("paragraph", line) for line in lines[1:]], title=lines[0])


@pytest.fixture
def registered() -> Iterator[None]:
    """A throwaway audience whose sheet follows the participant's layout, and a throwaway import
    format, each registered in the engine alone."""
    registry.register(
        AudienceSpec(
            "retreat",
            "Weekend retreat",
            90,
            (EditionSpec("retreat", "Retreat sheet", layout="participant"),),
            "guides.guide.generator:build_group_guide",
        )
    )
    formats.register(ImportFormat("note", "Question notes", (".note",), ("text/x-note",), _read_note))
    try:
        yield
    finally:
        registry.unregister("retreat")
        formats.unregister("note")


def test_a_throwaway_audience_and_format_are_seen_in_the_cli_the_filters_and_the_dialog(  # type: ignore[no-untyped-def]
    registered: None, app_window, tmp_path: Path, capsys: pytest.CaptureFixture[str], qtbot
) -> None:
    from desktop.importing.sources import import_filter
    from guides.cli import main

    note = tmp_path / "tuesday.note"
    note.write_text("Evening questions\n\nWhat made you laugh today?\n\nWho should we pray for?\n", "utf-8")
    # The command line: the audience and its edition are offered, the format is read.
    with pytest.raises(SystemExit):
        main(["worksheet", "--help"])
    offered = capsys.readouterr().out
    assert "{couple,group,session,retreat}" in offered and "session,retreat}" in offered
    assert main(["import", str(note), "--format", "text"]) == 0
    assert "Who should we pray for?" in capsys.readouterr().out
    sheet = tmp_path / "retreat.md"
    command = ["worksheet", str(note), "--audience", "retreat", "--edition", "retreat", "-o", str(sheet)]
    assert main(command) == 0, capsys.readouterr().err
    assert "Retreat sheet" in sheet.read_text(encoding="utf-8")  # its own name, the participant's layout

    # The app: the file filter offers the format, the worksheet dialog the edition, which saves.
    filters = import_filter().split(";;")
    assert "Question notes (*.note)" in filters and "*.note" in filters[0]
    window, app = app_window
    worksheet = WorksheetDialog("retreat", None)
    qtbot.addWidget(worksheet)
    assert ("retreat", "Retreat sheet") in _items(worksheet.edition)
    assert worksheet.edition.currentData() == "retreat"
    app.open_article(app.library.articles.add(import_source(note)).article_id)
    window.guide.set_audience("retreat")
    dialog = app.exports.export_worksheet()
    assert dialog is not None and dialog.choice().edition == "retreat"
    written = tmp_path / "retreat.pdf"
    app.exports.save_pdf(written)
    assert "Retreat sheet" in "".join(page.extract_text() for page in PdfReader(str(written)).pages)
    dialog.close()


def test_a_registered_edition_may_lay_itself_out(registered: None, tmp_path: Path) -> None:
    from guides.guide import GuideOptions, generate_guide
    from guides.worksheet.content import Masthead, Text, Worksheet, layout_of
    from guides.worksheet.editions import WorksheetOptions
    from guides.worksheet.render import write_worksheet

    def one_line(guide, options, *, article, highlights) -> Worksheet:  # type: ignore[no-untyped-def]
        return Worksheet(
            title=guide.title,
            edition="participant",
            masthead=Masthead(kicker="Retreat", title=guide.title),
            blocks=(Text(f"{len(guide.questions)} questions for the weekend"),),
            subject="A trail card",
            author="Porchlight",
        )

    registry.register(
        AudienceSpec("hike", "Walking group", 45, (EditionSpec("hike", "Trail card", one_line),), "x:y")
    )
    try:
        assert layout_of("hike") is one_line
        article = import_text("An evening walk\n\nWe talked about the week and what we hope for.\n")
        guide = generate_guide(article, GuideOptions(audience="group"))
        out = write_worksheet(guide, tmp_path / "trail.md", WorksheetOptions(edition="hike"), fmt="md")
        assert "questions for the weekend" in Path(out).read_text(encoding="utf-8")
    finally:
        registry.unregister("hike")
