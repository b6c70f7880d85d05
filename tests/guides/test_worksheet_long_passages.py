"""A passage longer than a page splits across pages, in every edition and in large print.

``porchlight worksheet FILE --large-print`` on an article with one paragraph of
about 650 words ended in reportlab's ``LayoutError: Splitting error``: a box
continued from one page was split again, and its first part was given the
full top padding of a new box, a few points taller than the room it had been
measured for.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from guides.guide.generator import generate_guide
from guides.guide.model import GuideOptions
from guides.importing import import_text
from guides.worksheet.editions import WorksheetOptions
from guides.worksheet.flowables import Boxed
from guides.worksheet.render import render_worksheet_pdf

_SENTENCES = [
    "Jesus was a guest far more often than he was a host, and he seemed to like it that way.",
    "He ate with people who were glad to have him and with people who watched him closely.",
    "Being a good guest is harder than it sounds, because it asks us to receive before we give.",
    "We arrive with our own plans for the evening, and the host has made other ones.",
    "My grandmother used to say that a thank-you said first changes the whole table.",
    "She meant that gratitude is not a reply but an opening, a door held for someone else.",
    "When we let another person serve us, we let them be generous, which is a gift too.",
    "Some of us find that hard, because accepting help feels like owing something back.",
]


def _long_paragraph(words: int) -> str:
    out: list[str] = []
    count = 0
    while count < words:
        sentence = _SENTENCES[len(out) % len(_SENTENCES)]
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def _article_text(words: int = 650) -> str:
    return (
        "Being a good guest\n\n"
        "We talk a lot about hospitality, and rightly so. But I have been thinking about the other side.\n\n"
        f"{_long_paragraph(words)}\n\n"
        "A few things I am practising: asking one question about the host's week, and washing up.\n\n"
        "None of this is complicated. It is simply another way of loving your neighbour."
    )


@pytest.mark.parametrize("audience", ["couple", "group", "session"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_650_word_paragraph_prints_in_large_print(audience: str, paper: str) -> None:
    article = import_text(_article_text())
    guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
    edition = {"couple": "couple", "group": "participant", "session": "session"}[audience]
    for include in (frozenset({"passages", "scripture"}), frozenset({"passages", "article"})):
        out = io.BytesIO()
        options = WorksheetOptions(edition=edition, paper=paper, large_print=True, include=include)  # type: ignore[arg-type]
        render_worksheet_pdf(guide, out, options, article=article)
        assert len(PdfReader(io.BytesIO(out.getvalue())).pages) >= 1


def test_a_continued_box_splits_again_across_many_pages() -> None:
    """A box taller than three pages is split, and each part fits the page it lands on."""
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=18, leading=26)
    text = _long_paragraph(1_500)
    box = Boxed([Paragraph(text, style)], fill=None, edge=None, padding=13.6, max_height=600)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph("Read", style), box])
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    assert len(pages) >= 3
    printed = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert text.split()[-3:] == printed.split()[-3:]


@pytest.mark.parametrize("open_top", [False, True])
def test_every_split_of_a_box_fits_the_room_it_was_split_for(open_top: bool) -> None:
    """The first part of a split is never taller than the room; a continued box keeps its open top."""
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=18, leading=26)
    for room in range(120, 720, 7):
        box = Boxed(
            [Paragraph(_long_paragraph(400), style)], fill=None, edge=None, padding=13.6, open_top=open_top
        )
        parts = box.split(468, room)
        assert len(parts) == 2
        assert parts[0].wrap(468, room)[1] <= room, room
        assert (parts[0].open_top, parts[1].open_bottom) == (open_top, False)
