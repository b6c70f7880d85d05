"""Light, sepia and dark reach the whole window; every text colour meets WCAG AA on its background."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop import palettes, theming
from desktop.palettes import PALETTES, contrast
from guides.article import Article
from guides.library.annotations import PALETTE as LIBRARY_COLOURS

Role = QPalette.ColorRole


@pytest.mark.parametrize("name", palettes.THEMES)
def test_every_text_colour_meets_aa(name: str) -> None:
    assert palettes.contrast_problems(PALETTES[name]) == []


@pytest.mark.parametrize("name", palettes.THEMES)
def test_the_qt_palette_keeps_the_contrast(name: str) -> None:
    pal = theming.qt_palette(PALETTES[name])
    for text, background in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.PlaceholderText, Role.Base),
        (Role.HighlightedText, Role.Highlight),
        (Role.Link, Role.Base),
        (Role.ToolTipText, Role.ToolTipBase),
    ):
        ratio = contrast(pal.color(text).name(), pal.color(background).name())
        assert ratio >= palettes.AA_TEXT, (name, text, background, ratio)


def test_contrast_is_measured_as_wcag_says() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    washed_out = replace(PALETTES["light"], muted="#b0aca4")
    assert palettes.contrast_problems(washed_out) == [
        "light: muted on page #b0aca4 on #fbfaf7 is 2.17:1",
        "light: muted on pane #b0aca4 on #efece6 is 1.92:1",
        "light: why of the selected question #b0aca4 on #eaf0f5 is 1.97:1",
    ]


def test_the_light_highlights_are_the_librarys_and_dark_dims_them() -> None:
    assert dict(PALETTES["light"].highlights) == LIBRARY_COLOURS
    dark = PALETTES["dark"]
    assert set(dark.highlights) == set(LIBRARY_COLOURS)
    for name, tint in dark.highlights.items():
        assert palettes.luminance(tint) < palettes.luminance(LIBRARY_COLOURS[name]) / 4


def _base(widget: QWidget) -> str:
    return widget.palette().color(Role.Base).name()


def test_dark_reaches_every_pane_menu_and_dialog(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    start = article.text.index("small hinges")
    window.reader.select_range(start, start + len("small hinges"))
    app.notes.highlight("yellow")
    app.set_prefs(theme="dark")
    QApplication.processEvents()  # Qt hands a new application palette to the widgets in posted events
    dark = PALETTES["dark"]
    for widget in (window.library.tree, window.notes.list, window.guide, window.reader):
        assert _base(widget) == dark.base, widget.objectName()
    assert window.menus["View"].palette().color(Role.Window).name() == dark.window
    assert QApplication.palette().color(Role.Window).name() == dark.window
    dialog = app.edit_preferences()
    assert dialog.palette().color(Role.Window).name() == dark.window
    dialog.close()
    html = window.reader.rendered_html() or ""
    assert dark.highlights["yellow"] in html and LIBRARY_COLOURS["yellow"] not in html
    assert window.notes.model.data(window.notes.model.index(0), 1).name() == dark.highlights["yellow"]
    app.set_prefs(theme="sepia")
    QApplication.processEvents()
    assert _base(window.library.tree) == PALETTES["sepia"].base
    assert PALETTES["sepia"].base in window.scripture.styleSheet()
    app.set_prefs(theme="light")


def test_follow_the_system(app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.reader import theme

    window, app = app_window
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    assert app.prefs.theme == "system"  # the default
    app.apply_preferences()
    assert window.reader.colours.name == "dark"
    assert QApplication.palette().color(Role.Base).name() == PALETTES["dark"].base
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    app.apply_preferences()  # what a change of the system's scheme triggers
    assert window.reader.colours.name == "light"


def test_the_same_look_again_neither_repaints_the_window_nor_lays_the_article_out_again(
    qtbot,
    article: Article,  # type: ignore[no-untyped-def]
) -> None:
    """A start sets the last screen's look, then the preferences' (most often the same)."""
    from PySide6.QtCore import QEvent, QObject

    from desktop.reader import ReaderView

    class Changes(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ApplicationPaletteChange:
                self.count += 1
            return False

    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show()
    qtbot.waitExposed(reader)
    reader.set_article(article)
    theming.apply(PALETTES["sepia"])
    reader.set_typography(theme_name="sepia", font="serif", zoom=100, line_width=68)
    QApplication.processEvents()  # what that first look sent is delivered
    changes = Changes()
    reader.installEventFilter(changes)
    laid_out: list[object] = []
    reader.document().documentLayout().update.connect(lambda *_rect: laid_out.append(1))
    theming.apply(PALETTES["sepia"])
    reader.set_typography(theme_name="sepia", font="serif", zoom=100, line_width=68)
    QApplication.processEvents()
    assert changes.count == 0 and laid_out == []
    theming.apply(PALETTES["dark"])
    reader.set_typography(theme_name="sepia", font="serif", zoom=120, line_width=68)
    QApplication.processEvents()
    assert changes.count == 1 and laid_out  # a real change still reaches both
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == PALETTES["dark"].window
