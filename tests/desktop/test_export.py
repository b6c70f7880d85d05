"""The worksheet dialog previews the pages and writes a valid PDF; notes export as Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.exporting import pages
from desktop.exporting.worksheet_dialog import WorksheetDialog
from desktop.signals import emit
from guides.article import Article


def test_export_dialog_writes_a_valid_pdf(app_window, article: Article, open_in_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    open_in_app(app, article)
    dialog = app.exports.export_worksheet()
    assert isinstance(dialog, WorksheetDialog)
    assert dialog.choice().edition == "couple"  # the guide tab that was showing
    target = tmp_path / "worksheet.pdf"
    assert app.exports.save_pdf(target) is not None  # the test's runner runs the save at once
    assert dialog.status.text() == "Saved worksheet.pdf."
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Small Hinges" in text

    dialog.edition.setCurrentIndex(dialog.edition.findData("leader"))
    app.exports.save_pdf(tmp_path / "leader.pdf")
    assert len(PdfReader(str(tmp_path / "leader.pdf")).pages) >= 1
    dialog.close()


@pytest.mark.skipif(pages.available() is None, reason="no PDF rasteriser (pypdfium2 or pdftoppm) here")
def test_preview_shows_page_images(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    open_in_app(app, article)
    dialog = app.exports.export_worksheet()
    assert dialog is not None
    assert dialog.page_count >= 1
    assert "page" in dialog.status.text()
    dialog.close()


def test_save_to_a_missing_folder_says_so(app_window, article: Article, open_in_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    app.exports.export_worksheet()
    app.exports.save_pdf(tmp_path / "no" / "such" / "folder" / "w.pdf")
    assert "not saved" in window.message_bar.label.text()
    assert not (tmp_path / "no").exists()


def test_notes_export_as_markdown(app_window, article: Article, open_in_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    start = article.text.index("small hinges")
    window.reader.select_range(start, start + len("small hinges"))
    app.notes.add_note("Our first note.")
    markdown = app.notes.markdown()
    assert markdown is not None and "Our first note." in markdown
    out = app.exports.save_notes(tmp_path / "notes.md", markdown)
    assert out is not None and "small hinges" in out.read_text(encoding="utf-8")


def test_notes_saved_to_a_missing_folder_say_so(app_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    assert app.exports.save_notes(tmp_path / "no" / "such" / "folder" / "notes.md", "# Notes\n") is None
    assert "The notes were not saved: Cannot write notes.md" in window.message_bar.label.text()


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_save_offers_word_markdown_and_html(
    app_window, article: Article, open_in_app, tmp_path: Path, fmt: str
) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    open_in_app(app, article)
    dialog = app.exports.export_worksheet()
    assert dialog is not None
    dialog.group.setText("Thursday group")
    written = tmp_path / f"worksheet.{fmt}"
    assert app.exports.save(written) is not None
    if fmt == "docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(str(written)).paragraphs)
    else:
        text = written.read_text(encoding="utf-8")
    assert "Small Hinges" in text and "Thursday group".upper() in text.upper()
    dialog.close()


def test_the_save_dialog_lists_every_format(
    app_window, article: Article, open_in_app, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    _window, app = app_window
    open_in_app(app, article)
    app.exports.export_worksheet()
    asked: dict[str, str] = {}

    def fake(_parent, _title, _name, filters, _selected):  # type: ignore[no-untyped-def]
        asked["filters"] = filters
        return str(tmp_path / "handout"), filters.split(";;")[1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    app.exports._on_dialog_save_requested()
    assert asked["filters"].split(";;") == [
        "PDF (*.pdf)",
        "Word document (*.docx)",
        "Markdown (*.md *.markdown)",
        "Web page (HTML) (*.html *.htm)",
    ]
    assert (tmp_path / "handout.docx").is_file()  # the type chosen gives the ending
    assert app.exports.dialog is None  # it closed: the save went on in the status bar


def test_take_home_cards_and_the_week_of_a_series(
    app_window, article: Article, open_in_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    article_id = open_in_app(app, article)
    app.shelf.create_series("Little things")
    series_id = app.library.series.all()[0].id
    app.shelf.add_to_series(article_id, series_id)
    dialog = app.exports.export_worksheet()
    assert dialog is not None
    dialog.edition.setCurrentIndex(dialog.edition.findData("participant"))
    app.exports.save_pdf(tmp_path / "p.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "p.pdf")).pages)
    assert "WEEK 1 OF 1" in text
    dialog.edition.setCurrentIndex(dialog.edition.findData("cards"))
    assert dialog.cards.isEnabled() and not dialog.fillable.isEnabled()
    # This short article's group guide has no take-home questions: one line says so.
    app.exports.save_pdf(tmp_path / "none.pdf")
    assert "no take-home questions" in dialog.status.text()
    assert not (tmp_path / "none.pdf").exists()
    dialog.close()


def test_take_home_cards_of_the_sample(app_window, open_in_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from guides.importing import import_source
    from guides.resources import resource_path

    _window, app = app_window
    open_in_app(app, import_source(str(resource_path("samples", "small-hinges.txt"))))
    dialog = app.exports.export_worksheet()
    assert dialog is not None
    dialog.edition.setCurrentIndex(dialog.edition.findData("cards"))
    dialog.cards.setCurrentIndex(dialog.cards.findData(2))
    cards = tmp_path / "cards.pdf"
    app.exports.save_pdf(cards)
    assert "".join(p.extract_text() for p in PdfReader(str(cards)).pages).count("TAKE HOME") == 2
    dialog.close()


def test_a_series_booklet_previews_and_saves(
    app_window, article: Article, open_in_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    article_id = open_in_app(app, article)
    app.shelf.create_series("Little things")
    series_id = app.library.series.all()[0].id
    assert app.exports.export_booklet(series_id) is None  # no articles yet: says so
    app.shelf.add_to_series(article_id, series_id)
    emit(app.shelf.booklet_requested, series_id)  # what the series' menu does
    dialog = app.exports.booklet
    assert dialog is not None
    if pages.available() is not None:
        assert dialog.page_count >= 3 and "page" in dialog.status.text()
    dialog.fold.setChecked(True)
    dialog.group.setText("Thursday group")
    written = tmp_path / "booklet.pdf"
    app.exports.save_booklet(written)
    assert dialog.status.text() == "Saved booklet.pdf."
    reader = PdfReader(str(written))
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)  # sheets, folded
    dialog.close()
