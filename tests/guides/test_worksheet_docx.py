"""The Word export: real headings, a numbered list of questions, styles a leader can change."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from test_worksheet_support import sample_article, sample_guide

from guides.worksheet.content import Edition
from guides.worksheet.editions import WorksheetOptions, build_worksheet
from guides.worksheet.render import worksheet_docx, write_worksheet

EDITIONS: tuple[Edition, ...] = ("participant", "leader", "couple", "session", "cards")


def _docx(edition: Edition = "participant", language: str = "en", **kw: object):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    article = sample_article()
    guide = replace(sample_guide(article, "couple" if edition == "couple" else "group"), language=language)
    options = WorksheetOptions(edition=edition, paper="a4", **kw)  # type: ignore[arg-type]
    data = worksheet_docx(guide, options, article=article)
    return Document(io.BytesIO(data)), build_worksheet(guide, options, article=article), data


def _numbered(paragraph) -> bool:  # type: ignore[no-untyped-def]
    """Whether Word numbers this paragraph (its own numPr, else its style's)."""
    ppr = paragraph._p.pPr
    own = ppr.find(qn("w:numPr")) if ppr is not None else None
    if own is not None:
        return own.find(qn("w:numId")).get(qn("w:val")) != "0"
    style_ppr = paragraph.style.element.pPr
    return style_ppr is not None and style_ppr.find(qn("w:numPr")) is not None


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_edition_opens_and_holds_every_question(edition: Edition) -> None:
    doc, ws, data = _docx(edition)
    text = "\n".join(p.text for p in doc.paragraphs)
    text += "\n".join(cell.text for table in doc.tables for row in table.rows for cell in row.cells)
    for q in ws.questions:
        assert q.text in text
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    assert doc.core_properties.title == "Small promises"


def test_real_headings_and_a_numbered_list_that_counts_as_the_pdf() -> None:
    doc, ws, _ = _docx("leader")
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 1", "Small promises")
    parts = [text.split("   ")[0] for style, text in headings if style == "Heading 2"]
    assert parts[:3] == ["Welcome", "Read", "Scripture in the article"] or "Discuss" in parts
    questions = [p for p in doc.paragraphs if p.style.name == "Question"]
    numbered = [p for p in questions if _numbered(p)]
    expected = [q for q in ws.questions if q.number and not q.step]
    assert len(numbered) == len(expected) == 4
    for paragraph, q in zip(numbered, expected, strict=True):
        assert paragraph.text == q.text
    unnumbered = [p for p in questions if not _numbered(p)]
    assert any("EXTRA" in p.text for p in unnumbered)  # the extra question keeps its tag, not a number
    listen = [p.text for p in doc.paragraphs if p.style.name == "Leader line" and p.text.startswith("Listen")]
    assert len(listen) == len([q for q in ws.questions if q.listen_for])


def test_styles_a_leader_can_change_and_answer_lines() -> None:
    doc, ws, _ = _docx("participant")
    names = {s.name for s in doc.styles}
    for name in (
        "Question",
        "Step",
        "Passage",
        "Scripture",
        "Leader note",
        "Instruction",
        "Answer line",
        "Box label",
    ):
        assert name in names, name
    lines = [p for p in doc.paragraphs if p.style.name == "Answer line"]
    assert len(lines) == sum(a.lines for q in ws.questions for a in q.answers)
    passages = [p for p in doc.paragraphs if p.style.name == "Passage"]
    assert passages and passages[0].text.startswith("Most couples think of trust")
    write_in = doc.paragraphs[[p.text for p in doc.paragraphs].index("Name \t    Date \t")]
    assert len(write_in.paragraph_format.tab_stops) == 2


def test_spanish_styles_and_labels_are_spanish() -> None:
    doc, _, _ = _docx("participant", language="es")
    names = {s.name for s in doc.styles}
    assert "Pregunta" in names and "Question" not in names
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Nombre" in text and "Name" not in text


def test_page_size_and_large_print() -> None:
    doc, _, _ = _docx("participant", large_print=True)
    section = doc.sections[0]
    assert round(section.page_width.pt) == 595 and round(section.page_height.pt) == 842
    assert doc.styles["Question"].font.size.pt == 18
    assert doc.styles["Instruction"].font.size.pt >= 16


def test_write_worksheet_writes_docx(tmp_path: Path) -> None:
    target = write_worksheet(
        sample_guide(), tmp_path / "w.docx", WorksheetOptions(paper="letter"), fmt="docx"
    )
    assert Document(str(target)).paragraphs
