"""The worksheet dialog previews the pages and writes a valid PDF; notes export as Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.exporting import pages
from desktop.exporting.worksheet_dialog import WorksheetDialog
from guides.article import Article


def test_export_dialog_writes_a_valid_pdf(app_window, article: Article, open_in_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    open_in_app(app, article)
    dialog = app.exports.export_worksheet()
    assert isinstance(dialog, WorksheetDialog)
    assert dialog.choice().edition == "couple"  # the guide tab that was showing
    target = tmp_path / "worksheet.pdf"
    written = app.exports.save_pdf(target)
    assert written == target
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Small Hinges" in text

    dialog.edition.setCurrentIndex(dialog.edition.findData("leader"))
    leader = app.exports.save_pdf(tmp_path / "leader.pdf")
    assert leader is not None and len(PdfReader(str(leader)).pages) >= 1
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
    assert app.exports.save_pdf(tmp_path / "no" / "such" / "folder" / "w.pdf") is None
    assert "not saved" in window.message_bar.label.text()


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
