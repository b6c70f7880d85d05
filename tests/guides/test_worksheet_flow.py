"""Page flow and large print, read back from the PDFs of real guides.

The guides are made by the generator from the app's sample article and two
fixture articles (English and Spanish), in every edition, on Letter and A4,
in regular and large print, and the PDFs are read back with pypdf: no page
holds only a line or two, no box is split across pages, the credits are
printed once on a page with content, and large print is large everywhere.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_worksheet_support import (
    content_lines,
    page_texts,
    pdf_text,
    sample_guide,
    squash,
    text_runs,
)

from guides.article import Article
from guides.guide.generator import generate_guide
from guides.guide.model import Guide, GuideOptions
from guides.importing import import_source
from guides.resources import resource_path
from guides.worksheet import content as c
from guides.worksheet.editions import WorksheetOptions
from guides.worksheet.render import make_worksheet, render_worksheet_pdf
from guides.worksheet.styles import LARGE_PRINT_MIN, LARGE_PRINT_QUESTION

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
MIN_CONTENT_LINES = 3
"""A page (the title page aside) holds at least this many lines of text above its footer."""
AUDIENCE = {
    "participant": "group",
    "leader": "group",
    "cards": "group",
    "couple": "couple",
    "session": "session",
}


@functools.cache
def _article(name: str) -> Article:
    if name == "sample":
        return import_source(str(resource_path("samples") / "small-hinges.txt"))
    return import_source(str(ARTICLES / f"{name}.txt"))


@functools.cache
def _guide(name: str, audience: str) -> Guide:
    return generate_guide(_article(name), GuideOptions(audience=audience))  # type: ignore[arg-type]


@functools.cache
def _render(name: str, edition: str, paper: str, large: bool, title_page: bool = False) -> bytes:
    options = WorksheetOptions(
        edition=edition,  # type: ignore[arg-type]
        paper=paper,  # type: ignore[arg-type]
        large_print=large,
        title_page=title_page,
    )
    out = io.BytesIO()
    render_worksheet_pdf(_guide(name, AUDIENCE[edition]), out, options, article=_article(name))
    return out.getvalue()


def _worksheet(name: str, edition: str, paper: str, large: bool) -> c.Worksheet:
    options = WorksheetOptions(edition=edition, paper=paper, large_print=large)  # type: ignore[arg-type]
    return make_worksheet(_guide(name, AUDIENCE[edition]), options, article=_article(name), with_pages=False)


CASES = [
    (name, edition, paper, large)
    for name in ("sample", "marriage-post")
    for edition in ("participant", "leader", "couple", "session")
    for paper in ("letter", "a4")
    for large in (False, True)
] + [
    ("spanish-devotional", edition, "a4", large)
    for edition in ("participant", "leader")
    for large in (False, True)
]


@pytest.mark.parametrize(("name", "edition", "paper", "large"), CASES)
def test_no_page_holds_only_a_line_or_two(name: str, edition: str, paper: str, large: bool) -> None:
    """Three lines of text at least, or (in large print, where a question's room to write is half a
    page) one whole question with its room to write: a page the reader writes on, not a stray line."""
    data = _render(name, edition, paper, large)
    lines, texts = content_lines(data), page_texts(data)
    for n, text in zip(lines, texts, strict=True):
        one_question = re.search(r"\d+[¿A-Z][^?]{5,}\?", text) is not None and text.count("?") == 1
        a_question_to_write_on = large and one_question
        assert n >= MIN_CONTENT_LINES or a_question_to_write_on, (lines, text[:80])


@pytest.mark.parametrize(("name", "edition", "paper", "large"), CASES)
def test_no_box_is_split_across_pages(name: str, edition: str, paper: str, large: bool) -> None:
    pages = page_texts(_render(name, edition, paper, large))
    ws = _worksheet(name, edition, paper, large)
    boxes = [b for b in ws.blocks if isinstance(b, c.Passage | c.Scripture | c.Note)]
    assert boxes
    for box in boxes:
        text = squash(box.text or "")[:400]
        assert any(text in page for page in pages), text[:60]


@pytest.mark.parametrize(("name", "edition", "paper", "large"), CASES)
def test_the_colophon_is_printed_once_on_a_page_with_content(
    name: str, edition: str, paper: str, large: bool
) -> None:
    ws = _worksheet(name, edition, paper, large)
    colophons = [b for b in ws.blocks if isinstance(b, c.Colophon)]
    pages = page_texts(_render(name, edition, paper, large))
    for colophon in colophons:
        line = squash(colophon.lines[0])
        where = [i for i, page in enumerate(pages) if line in page]
        assert len(where) == 1 and "".join(pages).count(line) == 1
        # On the last page, with other content, and never on a page of its own.
        assert where[0] == len(pages) - 1 or where[0] == 0
        assert len(pages[where[0]].replace(line, "")) >= 120, pages[where[0]]


def test_the_sample_has_a_colophon_to_place() -> None:
    ws = _worksheet("sample", "participant", "letter", False)
    assert [b for b in ws.blocks if isinstance(b, c.Colophon)]
    assert not [b for b in ws.blocks if isinstance(b, c.Text) and "World English Bible" in b.text]


def test_with_a_title_page_the_colophon_may_go_there() -> None:
    data = _render("sample", "participant", "letter", False, title_page=True)
    pages = page_texts(data)
    line = squash("Scripture quotations are from the World English Bible")
    assert sum(page.count(line) for page in pages) == 1


@pytest.mark.parametrize("edition", ["participant", "leader", "couple", "session", "cards"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_large_print_is_16_pt_or_more_everywhere_and_18_for_questions(edition: str, paper: str) -> None:
    data = _render("sample", edition, paper, True)
    runs = [run for page in text_runs(data) for run in page]
    assert runs
    small = [(size, text) for size, _, text in runs if size < LARGE_PRINT_MIN - 0.01]
    assert small == []
    if edition == "cards":
        return
    ws = _worksheet("sample", edition, paper, True)
    first = next(q for q in ws.questions if not q.step)
    words = first.text.split()[:3]
    sizes = {size for size, _, text in runs if text.startswith(" ".join(words))}
    assert sizes == {LARGE_PRINT_QUESTION}, sizes


def test_large_print_has_more_room_to_write() -> None:
    from guides.worksheet.fonts import load_typefaces
    from guides.worksheet.styles import make_styles

    regular = make_styles(load_typefaces())
    large = make_styles(load_typefaces(), large_print=True)
    assert large.answer_gap >= regular.answer_gap * 1.5


def test_a_tighter_rhythm_is_tried_before_a_page_is_added() -> None:
    from guides.worksheet.pdf import Layout, MeasuringCanvas, Plan, _attempt, render_pdf

    base = make_worksheet(sample_guide(), WorksheetOptions(paper="letter"), with_pages=False)
    layout = Layout("letter")
    # Find the number of questions that spills onto a second page at the regular rhythm
    # and fits one page at the tightest.
    for count in range(3, 30):
        blocks: tuple[c.Block, ...] = ()
        for i in range(1, count + 1):
            if i % 3 == 1:
                blocks += (c.SectionHead(f"Part {i // 3 + 1}"),)
            blocks += (
                c.QuestionItem(f"k{i}", f"Question {i} about small promises?", str(i), (c.AnswerArea(1),)),
            )
        ws = c.Worksheet(base.title, base.edition, base.masthead, blocks, base.subject, base.author)
        loose = _attempt(ws, layout, Plan(1.0), MeasuringCanvas, with_appendix=False)
        tight = _attempt(ws, layout, Plan(0.7), MeasuringCanvas, with_appendix=False)
        if loose.end_page == 2 and tight.end_page == 1:
            break
    else:
        pytest.fail("no count of questions fits one page only at the tighter rhythm")
    out = io.BytesIO()
    render_pdf(ws, out, layout)
    assert len(PdfReader(io.BytesIO(out.getvalue())).pages) == 1

    # With the article after it, the first (loose) attempt stops once the worksheet proper shows
    # its last page is thin; the tighter one is the file, the appendix laid out once, after it.
    paragraphs = tuple(
        c.ArticleBlock("paragraph", f"Paragraph {i} about small promises kept on ordinary days. " * 6, 0, i)
        for i in range(1, 40)
    )
    with_article = replace(ws, blocks=(*ws.blocks, c.Appendix("Small promises", paragraphs)))
    out = io.BytesIO()
    pages = render_pdf(with_article, out, layout)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert set(pages.values()) == {1}
    assert "Paragraph 1 about" not in reader.pages[0].extract_text()
    assert "Paragraph 1 about" in reader.pages[1].extract_text()
    assert "Paragraph 39 about" in reader.pages[-1].extract_text()


def test_pdf_text_of_a_large_print_page_is_the_same_words() -> None:
    regular = squash(pdf_text(_render("sample", "participant", "a4", False)))
    large = squash(pdf_text(_render("sample", "participant", "a4", True)))
    ws = _worksheet("sample", "participant", "a4", False)
    for q in ws.questions:
        assert squash(q.text) in regular and squash(q.text) in large


def test_spanish_worksheets_print_no_english_labels() -> None:
    english = ("Name", "Date", "Listen for", "Follow-up", "Into ", "Read aloud", "Participant’s", "Week")
    for edition in ("participant", "leader"):
        for large in (False, True):
            text = pdf_text(_render("spanish-devotional", edition, "a4", large))
            assert "Nombre" in text or edition == "leader"
            for word in english:
                assert word not in text, (edition, word)


def test_page_count_is_what_the_reader_gets() -> None:
    data = _render("sample", "leader", "letter", False)
    assert len(PdfReader(io.BytesIO(data)).pages) == len(content_lines(data))
