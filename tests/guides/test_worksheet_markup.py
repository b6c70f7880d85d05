"""Text reaches reportlab escaped, in a font that has its characters, and never wider than the page."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from guides.worksheet.fonts import load_typefaces
from guides.worksheet.markup import attribute, clean_text, inline_markup
from guides.worksheet.styles import make_styles

INJECTIONS = [
    "<font size=40>big</font>",
    "R&D",
    "I <3 you",
    "<script>alert(1)</script>",
    "&amp; &lt;",
    "<b>",
    "<br/>",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_markup_characters_print_literally(text: str) -> None:
    faces = load_typefaces()
    para = Paragraph(inline_markup(text, faces), make_styles(faces).body)
    para.wrap(400, 1000)
    printed = "".join(getattr(frag, "text", "") for line in para.blPara.lines for frag in _fragments(line))
    assert printed.replace(" ", "") == text.replace(" ", "")


def _fragments(line: object) -> list[object]:
    if isinstance(line, tuple):  # simple paragraphs: (extra_space, [words])
        return [type("W", (), {"text": " ".join(line[1])})()]
    return list(getattr(line, "words", []))


def test_characters_missing_from_the_serif_are_set_in_the_sans() -> None:
    faces = load_typefaces()
    check = "\u2713"  # ✓: DejaVu Sans has it, DejaVu Serif does not
    assert not faces.serif.covers(check) and faces.sans.covers(check)
    assert inline_markup(f"done {check}", faces) == f'done <font face="{faces.sans.name}">{check}</font>'


def test_characters_no_font_has_become_a_box() -> None:
    faces = load_typefaces()
    assert inline_markup("ok \U0001f44d", faces) == "ok \u25a1"  # the serif has the box


def test_cyrillic_spanish_and_curly_quotes_stay_in_the_serif() -> None:
    faces = load_typefaces()
    text = "¡Hola! ¿Qué tal? “Привет” — it’s"
    assert inline_markup(text, faces) == text


def test_invisible_characters_are_dropped_and_newlines_kept() -> None:
    faces = load_typefaces()
    assert clean_text("a\u200bb\x07c\ufe0f\r\nd") == "abc\nd"
    assert inline_markup("one\ntwo", faces) == "one<br/>two"
    assert inline_markup("one\ntwo", faces, line_breaks=False) == "one two"


def test_runs_of_spaces_and_tabs_become_one_space() -> None:
    assert clean_text("one  two\tthree \t four five") == "one two three four five"
    assert clean_text("\t lead, trail \t") == " lead, trail "


def test_attribute_escapes_quotes() -> None:
    assert attribute('say "hi" & <go>') == "say &quot;hi&quot; &amp; &lt;go&gt;"


def _line_widths(para: Paragraph, width: float) -> list[float]:
    lines = para.blPara.lines
    if para.blPara.kind == 0:
        return [width - extra for extra, _words in lines]
    return [width - line.extraSpace for line in lines]


@pytest.mark.parametrize(
    "text",
    [
        "before " + "x" * 400 + " after",
        "see https://example.org/" + "/".join(f"segment{i}" for i in range(60)) + "?a=1&b=2 for more",
        "Антидисэстаблишментарианство" * 12,
        "tick " + "\u2713" * 200 + " mixed" + "y" * 150,
    ],
)
def test_long_words_and_urls_break_inside_the_margin(text: str) -> None:
    faces = load_typefaces()
    styles = make_styles(faces)
    width = 300.0
    para = Paragraph(inline_markup(text, faces), styles.body)
    para.wrap(width, 10_000)
    widths = _line_widths(para, width)
    assert len(widths) > 1
    assert max(widths) <= width + 0.01
