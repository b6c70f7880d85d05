"""The reader renders an Article's blocks itself, maps offsets both ways, and loads nothing remote."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.reader import Mark, ReaderView, render_article
from desktop.reader.theme import PALETTES
from guides.article import Article


def test_render_escapes_text_and_anchors_every_block(article: Article) -> None:
    html = render_article(article, [], PALETTES["light"])
    assert "&lt;b&gt;&amp; start first&lt;/b&gt;" in html
    assert "<b>& start" not in html
    for block in article.blocks:
        assert f'<a name="{block.id}"></a>' in html
    assert '<ol start="1">' in html


def test_overlapping_marks_do_not_nest(article: Article) -> None:
    ref_at = article.text.index("Ephesians 4:32")
    marks = [
        Mark("reference", ref_at, ref_at + len("Ephesians 4:32"), key="Ephesians 4:32"),
        Mark("highlight", ref_at + 5, ref_at + 40, key="h1", colour="#f6d55c"),
    ]
    html = render_article(article, marks, PALETTES["light"])
    assert html.count('href="ref:Ephesians 4:32"') == 2  # cut at the highlight's start
    assert html.count("background-color: #f6d55c") == 2


def test_offsets_map_to_document_and_back(qtbot: QtBot, article: Article) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_article(article)
    for block in article.blocks:
        for offset in (block.start, block.start + 3, block.end):
            position = view.position_of(offset)
            assert position is not None
            assert view.offset_of(position) == offset
    start = article.text.index("small hinges")
    view.select_range(start, start + len("small hinges"))
    assert view.textCursor().selectedText() == "small hinges"
    assert view.selection_range() == (start, start + len("small hinges"))


def test_selection_across_blocks(qtbot: QtBot, article: Article) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_article(article)
    start = article.text.index("too.")
    end = article.text.index("does the work") + 4
    view.select_range(start, end)
    assert view.selection_range() == (start, end)


def test_reveal_scrolls_and_flashes(qtbot: QtBot, article: Article) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    view.set_article(article)
    last = article.blocks[-1]
    view.reveal(last.start, last.end)
    assert view.flashing
    assert view.verticalScrollBar().value() > 0
    qtbot.waitUntil(lambda: not view.flashing, timeout=3000)


def test_no_remote_resource_is_loaded(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = ReaderView()
    qtbot.addWidget(view)
    local = tmp_path / "photo.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    image.save(str(local))
    local_url = QUrl.fromLocalFile(str(local)).toString()
    view.setHtml(f'<p><img src="https://tracker.example/pixel.gif"/><img src="{local_url}"/></p>')
    view.document().adjustSize()
    remote = view.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("https://x.example/a.png")
    )
    assert isinstance(remote, QImage) and remote.width() == 320  # the placeholder
    loaded = view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl.fromLocalFile(str(local)))
    assert isinstance(loaded, QImage) and loaded.width() == 4
    assert (
        view.loadResource(
            QTextDocument.ResourceType.StyleSheetResource.value, QUrl("https://x.example/a.css")
        )
        is None
    )
    assert view.remote_requests >= 2


def test_themes_and_zoom(qtbot: QtBot, article: Article) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.set_article(article)
    view.set_typography(theme_name="dark", font="sans", zoom=200, line_width=60)
    assert view.palette_name == "dark"
    assert view.document().defaultFont().pointSizeF() == 25.0
    assert "DejaVu Sans" in view.document().defaultFont().families()
    view.set_typography(theme_name="sepia", font="serif", zoom=100, line_width=60)
    assert view.palette_name == "sepia"
