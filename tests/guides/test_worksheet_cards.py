"""Take-home cards: two or four to a page, cut lines, fewer and larger when the text needs it."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from test_worksheet_support import question, sample_article, sample_guide, squash

from guides.worksheet.editions import WorksheetOptions
from guides.worksheet.render import render_worksheet_pdf

QUESTION = "What promise would help the other feel safe again?"


def _cards(per_page: int = 4, large: bool = False, paper: str = "letter", guide=None) -> PdfReader:  # type: ignore[no-untyped-def]
    article = sample_article()
    out = io.BytesIO()
    options = WorksheetOptions(edition="cards", paper=paper, cards_per_page=per_page, large_print=large)  # type: ignore[arg-type]
    render_worksheet_pdf(guide or sample_guide(article), out, options, article=article)
    return PdfReader(io.BytesIO(out.getvalue()))


@pytest.mark.parametrize(("per_page", "paper"), [(4, "letter"), (2, "letter"), (4, "a4"), (2, "a4")])
def test_the_same_card_two_or_four_times_with_cut_lines(per_page: int, paper: str) -> None:
    reader = _cards(per_page, paper=paper)
    (page,) = reader.pages
    assert squash(page.extract_text() or "").count(squash(QUESTION)) == per_page
    stream = page.get_contents().get_data()  # type: ignore[union-attr]
    assert b"[5 4] 0 d" in stream  # the dashed lines to cut along
    assert reader.metadata is not None and reader.metadata.title == "Small promises"


def test_cards_that_would_not_fit_come_fewer_to_a_page() -> None:
    article = sample_article()
    guide = sample_guide(article)
    long = " ".join(["When you think about the promises the two of you have made and kept"] * 3) + "?"
    extra = tuple(
        question(article, f"q-home-{i}", f"{i}. {long}", "Trust is rebuilt the same way", visibility="couple")
        for i in range(4)
    )
    sections = tuple(
        replace(s, questions=s.questions + extra) if s.key == "take_home" else s for s in guide.sections
    )
    reader = _cards(4, large=True, guide=replace(guide, sections=sections))
    text = squash(reader.pages[0].extract_text() or "")
    assert 1 <= text.count(squash(QUESTION)) < 4
