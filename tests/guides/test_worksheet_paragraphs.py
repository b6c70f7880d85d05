"""A worksheet's paragraphs are reportlab's own: the same fragments and lines, parsed or not."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import toColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from guides.worksheet.fonts import load_typefaces
from guides.worksheet.markup import inline_markup
from guides.worksheet.paragraphs import (
    Number,
    NumberedParagraph,
    Para,
    labelled_paragraph,
    number_code,
    text_paragraph,
)
from guides.worksheet.styles import make_styles

TEXTS = [
    "Kindness is a daily choice, week after week.",
    "  Leading and trailing   spaces,\tand a tab.  ",
    "A long one. " * 40,
    "R&D and I <3 you, > that",
    "A line\nand the next",
    "A tick \u2713 the serif lacks",
    "An emoji \U0001f600 neither font has",
    "x" * 300,
    "Zero\u200bwidth and soft\u00adhyphen",
    "A non\u00a0breaking space, a thin\u2009one and an em\u2003one",
    "Runs \t \tof  spaces\t\tand tabs",
    "",
    "   ",
]


def _look(para: Paragraph) -> list[dict[str, object]]:
    return [dict(vars(frag)) for frag in para.frags]


def _lines(para: Paragraph, width: float) -> object:
    para.wrap(width, 1000)
    bl = para.blPara
    if bl.kind == 0:
        return [(round(extra, 6), list(words)) for extra, words in bl.lines]
    return [(round(line.extraSpace, 6), [dict(vars(w)) for w in line.words]) for line in bl.lines]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("which", ["body", "appendix", "question_ref", "kicker"])
def test_a_text_paragraph_is_what_reportlab_makes_of_the_markup(text: str, which: str) -> None:
    faces = load_typefaces()
    style = getattr(make_styles(faces), which)
    family = faces.sans if style.fontName.startswith(faces.sans.name) else faces.serif
    ours = text_paragraph(text, style, faces, family=family)
    theirs = Paragraph(inline_markup(text, faces, family=family), style)
    assert _look(ours) == _look(theirs)
    for width in (400.0, 120.0):
        assert _lines(ours, width) == _lines(theirs, width)


def test_a_numbered_paragraph_is_the_same_without_its_parse() -> None:
    faces = load_typefaces()
    styles = make_styles(faces)
    number = Number("12", faces.sans.bold, 6.5, styles.palette.muted)
    text = "Friends who have walked with us know that patience is built on ordinary days. " * 3
    ours = text_paragraph(text, styles.appendix, faces, cls=NumberedParagraph, number=number)
    theirs = NumberedParagraph(inline_markup(text, faces), styles.appendix, number=number)
    assert _look(ours) == _look(theirs)
    assert ours.style.firstLineIndent == theirs.style.firstLineIndent > 0
    assert _lines(ours, 300.0) == _lines(theirs, 300.0)


def test_a_paragraph_wrapped_again_at_the_same_width_keeps_its_lines() -> None:
    faces = load_typefaces()
    para = Para(inline_markup("Small promises, kept on ordinary days. " * 8, faces), make_styles(faces).body)
    first = para.wrap(300, 1000)
    lines = para.blPara
    assert para.wrap(300, 500) == first and para.blPara is lines
    narrower = para.wrap(200, 1000)
    assert narrower[1] > first[1] and para.blPara is not lines
    assert para.wrap(300, 1000) == first  # measured again, the same


def test_a_split_paragraph_is_measured_again() -> None:
    faces = load_typefaces()
    style = make_styles(faces).body
    para = Para(inline_markup("Small promises, kept on ordinary days. " * 30, faces), style)
    _, height = para.wrap(300, 1000)
    first, rest = para.split(300, height / 2)
    for part in (first, rest):
        assert isinstance(part, Para)
    assert first.wrap(300, 1000)[1] + rest.wrap(300, 1000)[1] == pytest.approx(height)
    assert para.split(300, style.leading * 0.5) == []  # too little room: reportlab drops the lines ...
    assert para.wrap(300, 1000)[1] == pytest.approx(height)  # ... and they are measured again


def test_splitting_a_numbered_paragraph_leaves_its_style_as_it_was() -> None:
    faces = load_typefaces()
    styles = make_styles(faces)
    number = Number("7", faces.sans.bold, 6.5, styles.palette.muted)
    text = "Couples who last learn that trust grows from small promises kept. " * 12
    para = text_paragraph(text, styles.appendix, faces, cls=NumberedParagraph, number=number)
    indent = para.style.firstLineIndent
    _, height = para.wrap(300, 1000)
    first, rest = para.split(300, height / 2)
    assert first.number is number and rest.number is None
    assert rest.style.firstLineIndent == 0 and para.style.firstLineIndent == indent > 0
    again = text_paragraph(text, styles.appendix, faces, cls=NumberedParagraph, number=number)
    assert again.style.firstLineIndent == indent


@pytest.mark.parametrize("text", ["1", "12", "138", "\u0664\u0662", "x(y)\\"])
def test_a_number_writes_what_drawing_it_on_the_canvas_writes(text: str) -> None:
    faces = load_typefaces()
    number = Number(text, faces.sans.bold, 6.5, toColor("#625b53"))
    drawn = Canvas(io.BytesIO())
    start = len(drawn._code)
    drawn.saveState()
    drawn.setFillColor(number.color)
    drawn.setFont(number.font, number.size)
    drawn.drawString(12.5, 71.5, number.text)
    drawn.restoreState()
    written = Canvas(io.BytesIO())
    code = number_code(written, number, 12.5, 71.5)
    assert code == drawn._code[start:]
    assert written._doc._pdfVersion == drawn._doc._pdfVersion


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("Listen for:", "everyone speaking once, briefly; this is for arriving."),
        ("Follow-up:", "Ask someone who has not spoken yet.   " * 6),
        ("Into Read:", "Let’s hear what the author has to say about “patience”."),
        ("Listen for:", "R&D <3 and a tick \u2713"),
        ("Listen for:", "a non\u00a0breaking space"),
        ("", "no label"),
        ("Follow-up:", ""),
    ],
)
@pytest.mark.parametrize("which", ["listen", "transition"])
def test_a_labelled_paragraph_is_what_reportlab_makes_of_the_markup(
    label: str, text: str, which: str
) -> None:
    faces = load_typefaces()
    style = getattr(make_styles(faces), which)
    bold = faces.sans.bold
    ours = labelled_paragraph(label, text, style, faces, bold=bold)
    head = inline_markup(label, faces, family=faces.sans)
    body = inline_markup(text, faces, family=faces.sans)
    theirs = Paragraph(f'<font name="{bold}">{head}</font>  {body}', style)
    assert _look(ours) == _look(theirs)
    for width in (400.0, 120.0):
        assert _lines(ours, width) == _lines(theirs, width)
