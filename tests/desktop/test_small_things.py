"""The smaller things: the message's link works, the verse hover has its verse numbers, the
scripture panel follows the theme."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.importing.review_dialog import ReviewDialog
from desktop.palettes import PALETTES
from desktop.reader.marks import Verse
from desktop.reader.scripture_panel import verse_html, verse_tip
from guides.article import Article


def test_the_review_link_in_the_message_bar_opens_the_review(app_window, article: Article) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    saved = app.library.articles.add(article)
    app.shelf.reload()
    app._on_importer_article_imported(article)  # what an import ends with: the message and its link
    label = window.message_bar.label
    assert 'href="review"' in label.text()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    label.linkActivated.emit("review")
    dialogs = [d for d in window.findChildren(ReviewDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()
    assert saved.article_id


def test_the_verse_hover_has_its_numbers(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    open_in_app(app, article)
    verse = app.verses["Ephesians 4:32"]
    assert verse.numbered and verse.numbered[0][0] == "32"
    tip = verse_tip(verse, PALETTES["dark"])
    assert "<b>Ephesians 4:32</b>" in tip and ">32</sup>" in tip and PALETTES["dark"].muted in tip
    across = Verse("John 3:36-4:1", "", "a b", "WEB", (("3:36", "a"), ("4:1", "b")))
    assert ">3:36</sup>" in verse_html(across) and ">4:1</sup>" in verse_html(across)


def test_the_scripture_panel_follows_the_theme(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    app.set_prefs(theme="dark")
    window.scripture.show_verse(app.verses["Ephesians 4:32"])
    assert PALETTES["dark"].base in window.scripture.styleSheet()
    assert "gray" not in window.scripture.body.text()
    app.set_prefs(theme="light")
    assert PALETTES["light"].base in window.scripture.styleSheet()
