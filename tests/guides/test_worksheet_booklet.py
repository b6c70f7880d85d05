"""The series booklet: cover, contents with the right pages, each week marked, one colophon, folding order."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from typing import Any

import pytest
from pypdf import PdfReader
from test_worksheet_support import sample_article, sample_guide, squash

from guides.worksheet.booklet import BookletOptions, Week, render_series_pdf
from guides.worksheet.imposition import booklet_order

TITLES = ("Small promises", "Kept on ordinary days", "When you forget")
NOTICE = "Scripture quotations are from the World English Bible"


def _weeks() -> list[Week]:
    article = sample_article()
    return [Week(replace(sample_guide(article), title=t), article) for t in TITLES]


def _booklet(**kw: object) -> tuple[PdfReader, Any]:
    reader, where, _ = _booklet_bytes(**kw)
    return reader, where


def _booklet_bytes(**kw: object) -> tuple[PdfReader, Any, bytes]:
    out = io.BytesIO()
    where = render_series_pdf("Three weeks of trust", _weeks(), out, BookletOptions(**kw))  # type: ignore[arg-type]
    return PdfReader(io.BytesIO(out.getvalue())), where, out.getvalue()


def test_booklet_order_folds_into_reading_order() -> None:
    assert booklet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    assert booklet_order(4) == [(4, 1), (2, 3)]
    with pytest.raises(ValueError):
        booklet_order(6)


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("large", [False, True])
def test_cover_contents_weeks_and_one_colophon(paper: str, large: bool) -> None:
    reader, where = _booklet(paper=paper, large_print=large, group="Thursday group")
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    assert "Three weeks of trust" in pages[0] and "3 weeks" in pages[0] and "Thursday group" in pages[0]
    assert pages[1].startswith("Contents") or "Contents" in pages[1]
    for week, (title, start) in enumerate(zip(TITLES, where.weeks, strict=True), 1):
        # The contents give the page the week starts on; that page has its title and "Week N of 3".
        assert re.search(rf"Week {week} {re.escape(title)}.*? {start}\b", pages[1]), (week, start)
        assert title in pages[start - 1] and f"WEEK {week} OF 3" in pages[start - 1]
    colophon = [i for i, page in enumerate(pages) if squash(NOTICE) in squash(page)]
    assert len(colophon) == 1 and sum(squash(p).count(squash(NOTICE)) for p in pages) == 1
    assert colophon[0] in (1, len(pages) - 1)  # the last week's last page, or the contents page
    assert len(reader.pages) == where.pages


def _footer_numbers(data: bytes, index: int) -> tuple[int | None, int | None]:
    """The page numbers printed in the footers of the left and right halves of sheet side ``index``.

    Read with pdfium, which places the text of the imposed pages (PDF forms) where a viewer shows it.
    """
    import pypdfium2

    page = pypdfium2.PdfDocument(data)[index]
    width, _ = page.get_size()
    text = page.get_textpage()
    out: list[int | None] = []
    for left in (0.0, width / 2):
        footer = text.get_text_bounded(left=left, bottom=0, right=left + width / 2, top=50)
        numbers = re.findall(r"\b(\d+)\s*$", footer.strip())
        out.append(int(numbers[-1]) if numbers else None)
    return out[0], out[1]


@pytest.mark.parametrize(("paper", "sheet"), [("letter", (792, 612)), ("a4", (842, 595))])
def test_folded_booklet_is_imposed_in_folding_order(paper: str, sheet: tuple[int, int]) -> None:
    reader, where, data = _booklet_bytes(paper=paper, fold=True)
    total = where.pages
    assert total % 4 == 0
    assert len(reader.pages) == total // 2
    for index, (side, (left, right)) in enumerate(zip(reader.pages, booklet_order(total), strict=True)):
        width, height = float(side.mediabox.width), float(side.mediabox.height)
        assert (round(width), round(height)) == sheet
        numbers = _footer_numbers(data, index)
        # The cover has no footer; every other page prints its number.
        assert numbers == (left if left != 1 else None, right if right != 1 else None), (left, right)
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    assert "Notes" in text or total == where.pages  # the pages that make up the four are for notes


def test_a_booklet_needs_weeks() -> None:
    with pytest.raises(ValueError):
        render_series_pdf("Nothing", [], io.BytesIO(), BookletOptions())


def test_large_print_booklet_is_large() -> None:
    from test_worksheet_support import text_runs

    for paper in ("letter", "a4"):
        out = io.BytesIO()
        options = BookletOptions(paper=paper, large_print=True, fold=True)  # type: ignore[arg-type]
        render_series_pdf("Three weeks of trust", _weeks(), out, options)
        # Half-letter and A5 pages are drawn at their own size on the sheet, not shrunk.
        sizes = [size for page in text_runs(out.getvalue()) for size, _, _ in page]
        assert sizes and min(sizes) >= 16 - 0.01, paper
