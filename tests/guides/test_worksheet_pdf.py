"""The PDFs themselves, read back with pypdf: text, fields, paper, fonts, metadata, safety."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from test_worksheet_support import (
    fixture_article,
    fixture_guide,
    pdf_text,
    sample_article,
    sample_guide,
    squash,
)

from guides.files import write_atomically
from guides.worksheet import content as c
from guides.worksheet.content import Edition, Include
from guides.worksheet.editions import WorksheetOptions, build_worksheet
from guides.worksheet.errors import WorksheetWriteError
from guides.worksheet.pdf import CREATOR, Layout, render_pdf
from guides.worksheet.render import make_worksheet, render_worksheet_pdf, write_worksheet

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "worksheet"
EDITIONS: tuple[Edition, ...] = ("participant", "leader", "couple", "session")
ALL: frozenset[Include] = frozenset({"passages", "scripture", "article", "notes"})


def _pdf(
    edition: str = "participant", audience: str | None = None, **kw: object
) -> tuple[bytes, c.Worksheet]:
    article = sample_article()
    guide = sample_guide(article, audience or ("couple" if edition == "couple" else "group"))
    options = WorksheetOptions(edition=edition, paper=kw.pop("paper", "letter"), **kw)  # type: ignore[arg-type]
    out = io.BytesIO()
    render_worksheet_pdf(guide, out, options, article=article)
    ws = build_worksheet(guide, options, article=article)
    return out.getvalue(), ws


def _fields(data: bytes) -> dict[str, int]:
    """Field name -> the (1-based) page its widget is on."""
    reader = PdfReader(io.BytesIO(data))
    found: dict[str, int] = {}
    for number, page in enumerate(reader.pages, 1):
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            if obj.get("/Subtype") == "/Widget":
                found[str(obj["/T"])] = number
    return found


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_question_of_the_edition_is_in_the_pdf(edition: str) -> None:
    data, ws = _pdf(edition)
    text = squash(pdf_text(data))
    assert ws.questions
    for q in ws.questions:
        assert squash(q.text) in text, q.text


def test_participant_pdf_holds_nothing_for_leaders_or_couples() -> None:
    text = pdf_text(_pdf("participant")[0])
    for secret in ("Who in the room", "feel safe again", "Let silence work", "follow up privately", "min ·"):
        assert secret not in text


def test_leader_pdf_gives_the_participant_page_of_each_question() -> None:
    participant, _ = _pdf("participant", include=ALL)
    leader, ws = _pdf("leader", include=ALL)
    pages = [squash(p.extract_text() or "") for p in PdfReader(io.BytesIO(participant)).pages]
    leader_text = pdf_text(leader)
    checked = 0
    for q in ws.questions:
        if q.number is None or q.step:
            continue
        on = [i for i, page in enumerate(pages, 1) if squash(q.text) in page]
        assert len(on) == 1
        assert f"Participant’s edition, page {on[0]}" in leader_text
        checked += 1
    assert checked == 4


@pytest.mark.parametrize(("edition", "per_area"), [("participant", 1), ("couple", 2)])
def test_fillable_gives_one_field_per_answer_area(edition: str, per_area: int) -> None:
    data, ws = _pdf(edition, fillable=True)
    fields = _fields(data)
    asked = [q for q in ws.questions if q.answers]
    assert set(fields) == set(ws.field_names)
    if edition == "couple":
        # Two per question and per "I will..." step, one for the date they set.
        assert len(fields) == 2 * (len(asked) - 1) + 1
    else:
        assert len(fields) == len(asked)  # one per question, one per "I will..." step
    reader = PdfReader(io.BytesIO(data))
    root: Any = reader.trailer["/Root"]
    form = root["/AcroForm"]
    assert len(form["/Fields"]) == len(fields)
    flags = {int(a.get_object().get("/Ff", 0)) for p in reader.pages for a in p.get("/Annots") or []}
    assert all(f & (1 << 12) for f in flags)  # multiline


def test_the_leaders_edition_has_no_lines_and_so_no_fields() -> None:
    data, ws = _pdf("leader", fillable=True)
    assert _fields(data) == {} and all(not q.answers for q in ws.questions)


def test_not_fillable_means_no_form() -> None:
    data, _ = _pdf("participant")
    assert _fields(data) == {}
    root: Any = PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert "/AcroForm" not in root


@pytest.mark.parametrize(("paper", "large"), [("a4", False), ("letter", False), ("letter", True)])
def test_a_question_and_its_answer_lines_share_a_page(paper: str, large: bool) -> None:
    # Many questions of varied length and room, so that some land within a few points of a page foot.
    ws = build_worksheet(sample_guide(), WorksheetOptions())
    many = tuple(
        c.QuestionItem(
            f"k{i}",
            f"Question {i} about small promises?" + " And why does it matter to you?" * (i % 4),
            str(i),
            (c.AnswerArea(2 + i % 5, field_name=f"k{i}"),),
            page_ref=i if i % 3 == 0 else None,
        )
        for i in range(1, 90)
    )
    ws = c.Worksheet(ws.title, ws.edition, ws.masthead, many, ws.subject, ws.author)
    out = io.BytesIO()
    pages = render_pdf(ws, out, Layout(paper, large_print=large))  # type: ignore[arg-type]
    fields = _fields(out.getvalue())
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) > 8
    for q in many:
        assert pages[q.key] == fields[q.key], q.key
        page_text = squash(reader.pages[pages[q.key] - 1].extract_text() or "")
        assert squash(q.text) in page_text


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_page_size(paper: str, size: tuple[int, int]) -> None:
    data, _ = _pdf("participant", paper=paper)
    for page in PdfReader(io.BytesIO(data)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_paper_defaults_from_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PORCHLIGHT_PAPER", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_PAPER", raising=False)
    monkeypatch.setenv("LANG", "en_PH.UTF-8")
    out = io.BytesIO()
    render_worksheet_pdf(sample_guide(), out, WorksheetOptions())
    assert round(float(PdfReader(out).pages[0].mediabox.height)) == 792


def _page_fonts(data: bytes) -> list[Any]:
    reader = PdfReader(io.BytesIO(data))
    fonts = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in (resources.get("/Font") or {}).values():
            fonts.append(font.get_object())
    return fonts


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_font_on_the_pages_is_embedded_dejavu(edition: str) -> None:
    data, _ = _pdf(edition, fillable=True, include=ALL)
    fonts = _page_fonts(data)
    assert fonts
    for font in fonts:
        assert "DejaVu" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_metadata() -> None:
    data, ws = _pdf("leader", author="Pastor Sam")
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta.title == "Small promises"
    assert meta.author == "Pastor Sam"
    assert meta.subject == ws.subject and meta.subject.startswith("Leader’s edition")
    assert meta.creator == CREATOR and CREATOR.startswith("Porchlight ")


def test_title_page_and_footer() -> None:
    data, _ = _pdf("participant", title_page=True)
    reader = PdfReader(io.BytesIO(data))
    cover = " ".join((reader.pages[0].extract_text() or "").split())
    assert "Small promises" in cover and "PARTICIPANT’S EDITION" in cover
    assert "What is one small promise" not in cover
    second = " ".join((reader.pages[1].extract_text() or "").split())
    assert "Participant’s edition · 2" in second and "Small promises" in second


def test_large_print_is_bigger() -> None:
    regular, _ = _pdf("participant")
    large, _ = _pdf("participant", large_print=True)
    assert len(PdfReader(io.BytesIO(large)).pages) > len(PdfReader(io.BytesIO(regular)).pages)


def test_markup_in_the_article_prints_literally() -> None:
    article = fixture_article((FIXTURES / "markup-injection.txt").read_text(encoding="utf-8"))
    guide = fixture_guide(article)
    for edition in EDITIONS:
        out = io.BytesIO()
        render_worksheet_pdf(
            guide, out, WorksheetOptions(edition=edition, include=ALL, fillable=True), article=article
        )
        text = squash(pdf_text(out.getvalue()))
        for literal in (
            "<font size=40>Loud</font>",
            "R&D",
            "<3",
            '<script>alert("hi")</script>',
            "&amp;",
            "&lt;tags&gt;",
            "<br/>",
            "<para>",
        ):
            assert squash(literal) in text, (edition, literal)
        assert "Pneumonoultramicroscopicsilicovolcanoconiosispneumono" in text


def test_unicode_prints_literally_and_emoji_copy_out() -> None:
    article = fixture_article((FIXTURES / "unicode.txt").read_text(encoding="utf-8"))
    guide = fixture_guide(article, "couple")
    for edition in EDITIONS:
        out = io.BytesIO()
        options = WorksheetOptions(
            edition=edition, include=ALL, fillable=True, partner_names=("Łucja", "Андрей")
        )
        render_worksheet_pdf(guide, out, options, article=article)
        text = squash(pdf_text(out.getvalue()))
        for literal in (
            "¡Hola! ¿Qué tal? “Trust” — it’s",
            "доверие строится каждый день",
            "«Así»",
            "‘así’",
            "αγάπη",
            "Łódź",
            "Đà Nẵng",
            "😀",
            "❤",
            "✝",
            "★",
        ):
            assert squash(literal) in text, (edition, literal)
        # Emoji neither bundled font has print as a box, never as nothing.
        assert "withathumbs-up□." in text and "afamily□□□with" in text
        assert "\x00" not in text


def test_a_failed_render_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "worksheet.pdf"
    write_worksheet(sample_guide(), target, WorksheetOptions(paper="a4"))
    good = target.read_bytes()
    assert good.startswith(b"%PDF")
    # Answer lines taller than a page cannot be laid out: reportlab gives up mid-render.
    ws = build_worksheet(sample_guide(), WorksheetOptions())
    impossible = c.Worksheet(
        ws.title,
        ws.edition,
        ws.masthead,
        (c.QuestionItem("q", "Too much room?", "1", (c.AnswerArea(500),)),),
        ws.subject,
        ws.author,
    )
    with pytest.raises(Exception) as info:
        write_atomically(
            target, lambda f: render_pdf(impossible, f, Layout("a4")) and None, error=WorksheetWriteError
        )
    assert not isinstance(info.value, WorksheetWriteError)
    assert target.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["worksheet.pdf"]


def test_an_unwritable_folder_raises_the_documented_error(tmp_path: Path) -> None:
    with pytest.raises(WorksheetWriteError) as info:
        write_worksheet(sample_guide(), tmp_path / "missing" / "w.pdf", WorksheetOptions(paper="a4"))
    assert "\n" not in str(info.value) and "w.pdf" in str(info.value)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_text_exports_write_atomically_too(tmp_path: Path, fmt: str) -> None:
    target = write_worksheet(sample_guide(), tmp_path / f"w.{fmt}", WorksheetOptions(), fmt=fmt)  # type: ignore[arg-type]
    assert "What is one small promise someone kept for you this week?" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("paper", "large", "title_page"), [("letter", False, True), ("a4", False, False), ("a4", True, True)]
)
def test_leader_page_references_match_the_participant_pdf(paper: str, large: bool, title_page: bool) -> None:
    """Each question and "I will..." step of the leader's edition names its page in the participant's."""
    options = {"paper": paper, "large_print": large, "title_page": title_page, "include": ALL}
    participant, part_ws = _pdf("participant", **options)
    leader, _ = _pdf("leader", **options)
    article = sample_article()
    ws = make_worksheet(
        sample_guide(article, "group"),
        WorksheetOptions(edition="leader", **options),
        article=article,  # type: ignore[arg-type]
    )
    pages = [squash(p.extract_text() or "") for p in PdfReader(io.BytesIO(participant)).pages]
    leader_text = squash(pdf_text(leader))
    shown = {q.key for q in part_ws.questions}
    checked = 0
    for q in ws.questions:
        if q.key not in shown:
            assert q.page_ref is None, q.key  # extra, take-home: not in the participant's edition
            continue
        on = [i for i, page in enumerate(pages, 1) if squash(q.text) in page]
        assert on and q.page_ref == on[0], q.key
        assert squash(f"{q.text}Participant’s edition, page {on[0]}") in leader_text
        checked += 1
    assert checked == len(shown) == 5  # four questions and the "I will..." step


def test_a_heading_its_notes_and_its_first_question_share_a_page() -> None:
    # Parts whose heading, purpose line and leader's note come before the first question, so that
    # some fall near a page foot; the heading must never end a page without its question.
    ws = build_worksheet(sample_guide(), WorksheetOptions(edition="leader"))
    blocks: list[c.Block] = []
    for i in range(1, 30):
        blocks += [
            c.SectionHead(f"Part number {i}", minutes=5, clock="0:00–0:05"),
            c.Text("What this part is for, in a line." + " And a little more." * (i % 3), quiet=True),
            c.Note("A leader's note that takes a line or two." * (1 + i % 4), "leader"),
            c.QuestionItem(f"k{i}", f"The first question of part {i}?", str(i), (c.AnswerArea(2 + i % 3),)),
        ]
    ws = c.Worksheet(ws.title, ws.edition, ws.masthead, tuple(blocks), ws.subject, ws.author)
    out = io.BytesIO()
    render_pdf(ws, out, Layout("letter"))
    pages = [squash(p.extract_text() or "") for p in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert len(pages) > 4
    for i in range(1, 30):
        heading = [n for n, page in enumerate(pages) if squash(f"Part number {i}") + "5min" in page]
        question = [n for n, page in enumerate(pages) if squash(f"The first question of part {i}?") in page]
        assert heading == question, i


def test_the_appendix_numbers_its_paragraphs() -> None:
    data, ws = _pdf("participant", include=ALL)
    text = squash(pdf_text(data))
    (appendix,) = [b for b in ws.blocks if isinstance(b, c.Appendix)]
    numbered = [b for b in appendix.blocks if b.number is not None]
    assert numbered
    for block in numbered:
        assert squash(f"{block.number}{block.text}")[:60] in text


def _lines(para: Any) -> list[str]:
    lines = para.blPara.lines
    if para.blPara.kind == 0:
        return [" ".join(words) for _, words in lines]
    return [" ".join("".join(w.text for w in line.words).split()) for line in lines]


def test_a_numbered_paragraph_breaks_where_the_inline_number_did() -> None:
    # The appendix draws a paragraph's number in front of its text (one plain run, quick to lay out);
    # the words must stand on the same lines as with the number set inline in its own font, at any
    # width (a first line that fits within a fraction of a point is where the two could part).
    from reportlab.lib.colors import toColor
    from reportlab.platypus import Paragraph

    from guides.worksheet.fonts import load_typefaces
    from guides.worksheet.paragraphs import Number, NumberedParagraph
    from guides.worksheet.styles import make_styles

    faces = load_typefaces()
    style = make_styles(faces, large_print=False, spacing=1.0).appendix
    words = sample_article().text.split()
    for n, start in enumerate(range(0, min(len(words), 600), 30), start=1):
        text = " ".join(words[start : start + 30])
        inline = Paragraph(
            f'<font name="{faces.sans.bold}" size="6.5" color="#777777">{n}</font>\u2002{text}', style
        )
        number = Number(str(n), faces.sans.bold, 6.5, toColor("#777777"))
        drawn = NumberedParagraph(text, style, number=number)
        for width in (150 + 3.7 * i for i in range(90)):
            inline.wrap(width, 10_000)
            drawn.wrap(width, 10_000)
            expected = _lines(inline)
            expected[0] = expected[0].split(" ", 1)[1] if " " in expected[0] else ""
            assert _lines(drawn) == expected, (n, width)


def test_a_numbered_paragraph_split_across_pages_keeps_its_number_on_the_first_part() -> None:
    from reportlab.lib.colors import toColor
    from reportlab.platypus import Paragraph

    from guides.worksheet.fonts import load_typefaces
    from guides.worksheet.paragraphs import Number, NumberedParagraph
    from guides.worksheet.styles import make_styles

    faces = load_typefaces()
    style = make_styles(faces, large_print=False, spacing=1.0).appendix
    text = " ".join(sample_article().text.split()[:120])
    number = Number("7", faces.sans.bold, 6.5, toColor("#777777"))
    font = f'name="{faces.sans.bold}" size="6.5" color="#777777"'
    inline = Paragraph(f"<font {font}>7</font>\u2002{text}", style)
    drawn = NumberedParagraph(text, style, number=number)
    for para in (inline, drawn):
        para.wrap(300, 10_000)
    first, rest = drawn.split(300, style.leading * 2.5)
    inline_first, inline_rest = inline.split(300, style.leading * 2.5)
    assert (first.number, rest.number) == (number, None)
    for part, expected in ((first, inline_first), (rest, inline_rest)):
        part.wrap(300, 10_000)  # the frame wraps each part again before drawing it
        expected.wrap(300, 10_000)
    lines = _lines(inline_first)
    lines[0] = lines[0].split(" ", 1)[1]
    assert _lines(first) == lines
    assert _lines(rest) == _lines(inline_rest)
