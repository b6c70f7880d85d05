"""Word documents: structure, inline marks, metadata, and files that must be refused."""

from __future__ import annotations

import datetime
import io
import struct
import zipfile

import docx
import pytest
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from guides.article import BlockDraft
from guides.errors import DamagedDocumentError, SourceTooLargeError
from guides.importing.docx import read_docx

# --- building documents -----------------------------------------------------


def new_document() -> Document:
    """A blank document with the template's made-up properties cleared."""
    document = docx.Document()
    core = document.core_properties
    core.author = ""
    core.title = ""
    core.created = datetime.datetime(2024, 3, 5, 9, 30)
    return document


def saved(document: Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_field_link(paragraph: Paragraph, url: str, text: str) -> None:
    """A link the way older Word writes it: a HYPERLINK field with its shown result."""
    runs = [
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> HYPERLINK "{url}" </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {nsdecls('w')}><w:t>{text}</w:t></w:r>",
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for xml in runs:
        paragraph._p.append(parse_xml(xml))


def define_list(document: Document, num_id: int, *, restart: bool = False) -> None:
    """A numbering definition: decimal, then lower letters, then bullets; optionally restarting."""
    numbering = document.part.part_related_by(RT.NUMBERING).element
    abstract_id = 40
    if not numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract_id}']"):
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/></w:lvl>'
            for i, fmt in enumerate(("decimal", "lowerLetter", "bullet"))
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'
        )
        first_num = numbering.xpath("w:num")
        if first_num:
            first_num[0].addprevious(abstract)
        else:
            numbering.append(abstract)
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    )


def add_numbered(document: Document, text: str, num_id: int, ilvl: int = 0) -> Paragraph:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def span_texts(draft: BlockDraft) -> list[tuple[str, str, str | None]]:
    return [(i.kind, draft.text[i.start : i.end], i.href) for i in draft.inline]


# --- structure ----------------------------------------------------------------


def test_headings_paragraphs_and_the_title_paragraph() -> None:
    document = new_document()
    document.add_paragraph("Supper on Thursdays", style="Title")
    document.add_heading("How it started", level=1)
    document.add_paragraph("The first meal was an accident of too many courgettes.")
    document.add_heading("What we learned", level=2)
    document.add_heading("Small print", level=4)
    extracted = read_docx(saved(document))
    assert extracted.title == "Supper on Thursdays"
    assert [(d.kind, d.level, d.text) for d in extracted.drafts] == [
        ("heading", 1, "How it started"),
        ("paragraph", 0, "The first meal was an accident of too many courgettes."),
        ("heading", 2, "What we learned"),
        ("heading", 4, "Small print"),
    ]


def test_core_properties_give_title_author_date_and_language() -> None:
    document = new_document()
    core = document.core_properties
    core.title = "Supper on Thursdays"
    core.author = "Mercy Adeyemi"
    core.created = datetime.datetime(2023, 11, 2, 18, 0)
    core.language = "es-MX"
    document.add_paragraph("Supper on Thursdays", style="Title")
    document.add_paragraph("Body text.")
    extracted = read_docx(saved(document))
    assert (extracted.title, extracted.author, extracted.date, extracted.language) == (
        "Supper on Thursdays",
        "Mercy Adeyemi",
        "2023-11-02",
        "es",
    )
    # The title paragraph repeats the title, so it is not a block as well.
    assert [d.text for d in extracted.drafts] == ["Body text."]


def test_an_unreadable_date_in_the_properties_costs_only_the_date() -> None:
    document = new_document()
    document.core_properties.author = "Mercy Adeyemi"
    document.add_paragraph("Body text.")
    data = _rewritten(saved(document), {})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        core = archive.read("docProps/core.xml").decode()
    start = core.index("<dcterms:created")
    end = core.index("</dcterms:created>") + len("</dcterms:created>")
    empty_date = core[:start] + '<dcterms:created xsi:type="dcterms:W3CDTF"></dcterms:created>' + core[end:]
    extracted = read_docx(_rewritten(data, {"docProps/core.xml": empty_date.encode()}))
    assert (extracted.author, extracted.date) == ("Mercy Adeyemi", None)
    assert [d.text for d in extracted.drafts] == ["Body text."]


def test_a_title_paragraph_that_differs_from_the_properties_stays_as_a_heading() -> None:
    document = new_document()
    document.core_properties.title = "Draft 3 for Pastor Jim"
    document.add_paragraph("Supper on Thursdays", style="Title")
    document.add_paragraph("Body text.")
    extracted = read_docx(saved(document))
    assert extracted.title == "Draft 3 for Pastor Jim"
    assert (extracted.drafts[0].kind, extracted.drafts[0].text) == ("heading", "Supper on Thursdays")


def test_a_table_of_contents_is_left_out() -> None:
    document = new_document()
    document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)  # the template has only "TOC Heading"
    document.add_paragraph("Contents", style="TOC Heading")
    document.add_paragraph("How it started\t1", style="toc 1")
    document.add_heading("How it started", level=1)
    document.add_paragraph("With too many courgettes.")
    assert [d.text for d in read_docx(saved(document)).drafts] == [
        "How it started",
        "With too many courgettes.",
    ]


def test_quotes() -> None:
    document = new_document()
    document.add_paragraph("Bear one another’s burdens.", style="Quote")
    document.add_paragraph("Let the one who has ears hear.", style="Intense Quote")
    assert [d.kind for d in read_docx(saved(document)).drafts] == ["quote", "quote"]


def test_list_styles_give_list_items_with_ordinals_and_levels() -> None:
    document = new_document()
    for text in ("Pray before you speak.", "Listen to the end.", "Ask one more question."):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Bread", style="List Bullet")
    document.add_paragraph("Soup", style="List Bullet 2")
    drafts = read_docx(saved(document)).drafts
    assert [(d.kind, d.level, d.ordinal) for d in drafts] == [
        ("list_item", 1, 1),
        ("list_item", 1, 2),
        ("list_item", 1, 3),
        ("list_item", 1, None),
        ("list_item", 2, None),
    ]


def test_numbered_paragraphs_count_per_list_and_per_level() -> None:
    document = new_document()
    define_list(document, 50)
    define_list(document, 51, restart=True)
    add_numbered(document, "First", 50)
    add_numbered(document, "First, part a", 50, ilvl=1)
    add_numbered(document, "First, part b", 50, ilvl=1)
    add_numbered(document, "A bullet under it", 50, ilvl=2)
    add_numbered(document, "Second", 50)
    add_numbered(document, "Second, part a", 50, ilvl=1)
    document.add_paragraph("A paragraph between the lists.")
    add_numbered(document, "A new list", 51)
    add_numbered(document, "Its second item", 51)
    add_numbered(document, "Not numbered after all", 0)
    drafts = read_docx(saved(document)).drafts
    assert [(d.text, d.kind, d.level, d.ordinal) for d in drafts] == [
        ("First", "list_item", 1, 1),
        ("First, part a", "list_item", 2, 1),
        ("First, part b", "list_item", 2, 2),
        ("A bullet under it", "list_item", 3, None),
        ("Second", "list_item", 1, 2),
        ("Second, part a", "list_item", 2, 1),
        ("A paragraph between the lists.", "paragraph", 0, None),
        ("A new list", "list_item", 1, 1),
        ("Its second item", "list_item", 1, 2),
        ("Not numbered after all", "paragraph", 0, None),
    ]


def test_bold_italic_and_links_become_inline_spans() -> None:
    document = new_document()
    paragraph = document.add_paragraph("Love is ")
    paragraph.add_run("patient").bold = True
    paragraph.add_run(" and ").bold = False
    paragraph.add_run("kind").italic = True
    paragraph.add_run(", as ")
    add_hyperlink(paragraph, "https://example.org/letters/13", "the letter")
    paragraph.add_run(" says; see also ")
    add_field_link(paragraph, "https://example.org/notes", "these notes")
    paragraph.add_run(".")
    strong = document.add_paragraph()
    strong.add_run("Two runs ").bold = True
    strong.add_run("in bold").bold = True
    drafts = read_docx(saved(document)).drafts
    assert drafts[0].text == "Love is patient and kind, as the letter says; see also these notes."
    assert span_texts(drafts[0]) == [
        ("strong", "patient", None),
        ("emphasis", "kind", None),
        ("link", "the letter", "https://example.org/letters/13"),
        ("link", "these notes", "https://example.org/notes"),
    ]
    assert span_texts(drafts[1]) == [("strong", "Two runs in bold", None)]


def test_character_styles_count_as_bold_and_italic() -> None:
    document = new_document()
    paragraph = document.add_paragraph("Grace is ")
    paragraph.add_run("unearned", style="Strong")
    paragraph.add_run(" and ")
    paragraph.add_run("free", style="Emphasis")
    assert span_texts(read_docx(saved(document)).drafts[0]) == [
        ("strong", "unearned", None),
        ("emphasis", "free", None),
    ]


def test_tables_are_read_row_by_row() -> None:
    document = new_document()
    document.add_paragraph("The rota:")
    table = document.add_table(rows=3, cols=2)
    for row, (day, task) in enumerate([("Day", "Who cooks"), ("Monday", "Ana"), ("Thursday", "")]):
        table.cell(row, 0).text = day
        table.cell(row, 1).text = task
    drafts = read_docx(saved(document)).drafts
    assert [(d.kind, d.text) for d in drafts] == [
        ("paragraph", "The rota:"),
        ("paragraph", "Day | Who cooks"),
        ("paragraph", "Monday | Ana"),
        ("paragraph", "Thursday"),
    ]


def test_tracked_changes_hidden_text_and_breaks() -> None:
    document = new_document()
    paragraph = document.add_paragraph("We met ")
    paragraph._p.append(
        parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="A"><w:r><w:t>every </w:t></w:r></w:ins>')
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="A"><w:r><w:delText>some </w:delText></w:r></w:del>'
        )
    )
    paragraph.add_run("week")
    hidden = paragraph.add_run(" (secret note)")
    hidden.font.hidden = True
    paragraph.add_run(".")
    lines = document.add_paragraph("Line one")
    lines.add_run().add_break()
    lines.add_run("line two")
    drafts = read_docx(saved(document)).drafts
    assert [d.text for d in drafts] == ["We met every week.", "Line one\nline two"]


def test_content_controls_are_read() -> None:
    document = new_document()
    body = document.element.body
    body.insert(
        0,
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Inside a control.</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    assert [d.text for d in read_docx(saved(document)).drafts] == ["Inside a control."]


# --- refused files ------------------------------------------------------------


def _small_docx() -> bytes:
    document = new_document()
    document.add_paragraph("A short note.")
    return saved(document)


def _rewritten(data: bytes, replace: dict[str, bytes | None], add: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename in replace:
                body = replace[info.filename]
                if body is not None:
                    target.writestr(info.filename, body)
            else:
                target.writestr(info.filename, source.read(info))
        for name, body in (add or {}).items():
            target.writestr(name, body)
    return out.getvalue()


def test_a_zip_bomb_is_refused_before_python_docx_sees_it() -> None:
    bomb = _rewritten(_small_docx(), {}, add={"word/media/filler.bin": bytes(24 * 1024 * 1024)})
    assert len(bomb) < 200_000
    with pytest.raises(SourceTooLargeError):
        read_docx(bomb)


def test_a_highly_compressed_part_is_refused() -> None:
    bomb = _rewritten(_small_docx(), {}, add={"word/media/filler.bin": bytes(4 * 1024 * 1024)})
    with pytest.raises(SourceTooLargeError):
        read_docx(bomb)


def lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the sizes a zip declares for ``name`` in its local and central headers."""
    patched = bytearray(data)
    encoded = name.encode()
    for signature, name_length_at, name_at, size_at in (
        (b"PK\x01\x02", 28, 46, 24),
        (b"PK\x03\x04", 26, 30, 22),
    ):
        at = patched.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", patched, at + name_length_at)
            if bytes(patched[at + name_at : at + name_at + length]) == encoded:
                struct.pack_into("<I", patched, at + size_at, size)
            at = patched.find(signature, at + 4)
    return bytes(patched)


def test_a_part_whose_header_understates_its_size_is_refused() -> None:
    bomb = _rewritten(_small_docx(), {}, add={"word/media/filler.bin": bytes(24 * 1024 * 1024)})
    liar = lie_about_size(bomb, "word/media/filler.bin", 1000)
    with pytest.raises((DamagedDocumentError, SourceTooLargeError)):
        read_docx(liar)


def test_a_part_whose_header_overstates_its_size_is_refused() -> None:
    liar = lie_about_size(_small_docx(), "word/document.xml", 3_000_000_000)
    with pytest.raises(SourceTooLargeError):
        read_docx(liar)


def test_a_truncated_file_is_damaged() -> None:
    data = _small_docx()
    with pytest.raises(DamagedDocumentError):
        read_docx(data[: len(data) // 2])


@pytest.mark.parametrize(
    "replace",
    [
        {"word/document.xml": b"<w:document><w:body><w:p>"},
        {"word/document.xml": None},
        {"[Content_Types].xml": None},
        {"[Content_Types].xml": b"not xml"},
        {"word/_rels/document.xml.rels": b"<Relationships"},
        {"_rels/.rels": None},
    ],
    ids=[
        "broken-xml",
        "no-document",
        "no-content-types",
        "bad-content-types",
        "broken-rels",
        "no-package-rels",
    ],
)
def test_malformed_parts_are_damage_not_a_crash(replace: dict[str, bytes | None]) -> None:
    with pytest.raises(DamagedDocumentError) as caught:
        read_docx(_rewritten(_small_docx(), replace))
    assert "\n" not in str(caught.value)


def test_bytes_that_are_not_a_zip_are_damaged() -> None:
    with pytest.raises(DamagedDocumentError):
        read_docx(b"This was never a Word document.")


# --- through the dispatcher ---------------------------------------------------


def test_import_bytes_places_docx_blocks_and_spans() -> None:
    from guides.importing import import_bytes

    document = new_document()
    document.core_properties.author = "Mercy Adeyemi"
    document.add_paragraph("Supper on Thursdays", style="Title")
    document.add_heading("How it started", level=1)
    paragraph = document.add_paragraph("It began with ")
    paragraph.add_run("too many courgettes").italic = True
    paragraph.add_run(" and one long table that the whole street now shares every week.")
    document.add_paragraph("Bring what you can.", style="List Number")
    article = import_bytes(saved(document), name="supper.docx")
    assert article.title == "Supper on Thursdays"
    assert article.author == "Mercy Adeyemi"
    assert [b.kind for b in article.blocks] == ["heading", "paragraph", "list_item"]
    (emphasis,) = article.blocks[1].inline
    assert article.text[emphasis.start : emphasis.end] == "too many courgettes"
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text


def test_a_byline_as_the_first_paragraph_goes_to_the_author() -> None:
    from guides.importing import import_bytes

    body = "We bake on Fridays, and whatever is left over goes next door before it is cold."
    document = new_document()
    document.add_paragraph("Bread for the Neighbours", style="Title")
    document.add_paragraph("By Ruth Lindqvist")
    document.add_paragraph(body)
    article = import_bytes(saved(document), name="bread.docx")
    assert (article.title, article.author) == ("Bread for the Neighbours", "Ruth Lindqvist")
    assert article.text == body
    assert [r.text for r in article.removed] == ["By Ruth Lindqvist"]


# --- links a reader must never follow ---------------------------------------------


UNSAFE = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "data:text/html,x",
]


@pytest.mark.parametrize("target", UNSAFE)
@pytest.mark.parametrize("written_as", ["hyperlink", "field", "simple field"])
def test_a_script_or_file_link_keeps_its_words_but_not_its_link(target: str, written_as: str) -> None:
    """The HTML, EPUB and Markdown readers drop these schemes; the Word reader does too."""
    from guides.export.article_text import article_to_markdown
    from guides.importing import import_bytes

    document = new_document()
    paragraph = document.add_paragraph("Before the link, ")
    if written_as == "hyperlink":
        add_hyperlink(paragraph, target, "click here")
    elif written_as == "field":
        add_field_link(paragraph, target, "click here")
    else:
        paragraph._p.append(
            parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr=" HYPERLINK &quot;{target}&quot; ">'
                "<w:r><w:t>click here</w:t></w:r></w:fldSimple>"
            )
        )
    paragraph.add_run(" and after it, the rest of a sentence about keeping small promises.")
    add_hyperlink(document.add_paragraph("A safe one: "), "https://example.org/safe", "a real page")
    article = import_bytes(saved(document), name="links.docx")
    assert "Before the link, click here and after it" in article.text
    hrefs = [s.href for b in article.blocks for s in b.inline if s.kind == "link"]
    assert hrefs == ["https://example.org/safe"]
    markdown = article_to_markdown(article)
    assert "[a real page](https://example.org/safe)" in markdown
    assert target.split(":")[0].lower() not in markdown.lower()


def test_the_markdown_export_never_writes_an_unsafe_or_broken_link() -> None:
    """An article stored before the rule (or a link with parentheses) exports safely."""
    from guides.article import BlockDraft as Draft
    from guides.article import Inline, build_article
    from guides.export.article_text import article_to_markdown

    article = build_article(
        [
            Draft(
                "paragraph",
                "Old link here and a page here.",
                inline=(
                    Inline("link", 0, 8, "javascript:alert(1)"),
                    Inline("link", 20, 24, "https://example.org/a (b) <c>"),
                ),
            )
        ],
        title="Stored",
    )
    markdown = article_to_markdown(article)
    assert "javascript" not in markdown
    assert "[page](https://example.org/a%20%28b%29%20%3Cc%3E)" in markdown
