"""Whatever bytes or text come in, the result is a sound Article or an ArticleImportError.

"Sound" means: every block is found at its offsets in ``Article.text``,
blocks are in order and do not overlap, inline spans lie inside their block,
ids are unique, the text can be written as UTF-8 JSON, and the JSON reads
back to an equal Article. Example counts are kept modest (CI has two cores).
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from guides.article import (
    BLOCK_KINDS,
    INLINE_KINDS,
    Article,
    BlockDraft,
    Inline,
    article_from_dict,
    article_to_dict,
    build_article,
    drafts_of,
    normalize_block_text,
)
from guides.errors import ArticleImportError

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --- what comes in -----------------------------------------------------------------

_MARKS = [
    "\ud800",  # lone surrogates, as a broken clipboard can hand over
    "\udfff",
    "\ud83d",
    "\x00", "\x01", "\x08", "\x0b", "\x1b", "\x7f", "\x85", "\ufeff", "\u200b", "\u00a0", "\u2028",
    "\r\n", "\r", "\n", "\n\n", "\t", " ",
    "<p>", "</p>", "<div class='comments'>", "</div>", "<b>", "</i>", "<a href='https://example.org/x'>",
    "</a>", "<!--", "-->", "<script>", "</script>", "<![CDATA[", "&amp;", "&#0;", "&#xD800;", "&nbsp;",
    "<html>", "<body>", "<article>", "<h2>", "<li>", "<ol>", "<pre>", "<br>", "<table><tr><td>",
    "# ", "## ", "> ", "* ", "- ", "1. ", "```", "**", "_", "[a link](https://example.org)", "---", "|a|b|",
    "Posted by Ana", "Reply", "Click here for cheap", "We met on Thursday and talked about trust.",
    "¿Qué tal? ¡Hola!", "“Curly” — dash", "😀", "Ω≈ç√", "مرحبا", "你好",
]  # fmt: skip

_fragment = st.one_of(
    st.text(max_size=30),
    st.sampled_from(_MARKS),
    st.builds(
        lambda piece, n: piece * n,
        st.sampled_from(["a", "word ", "<b>", "-", "\u00e9", " "]),
        st.integers(1, 2000),
    ),
)
any_text = st.lists(_fragment, max_size=25).map("".join)

_BYTE_MARKS = [
    b"\xed\xa0\x80",  # a lone surrogate as UTF-8 would write it
    b"\x00\xd8",  # a lone surrogate in UTF-16-LE
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\x80\x81\x9d", b"\xc3", b"\xe2\x80",
    b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"%PDF-", b"<?xml version='1.0' encoding='utf-16'?>",
    b"<meta charset='shift_jis'>", b"<meta charset='nonsense'>",
]  # fmt: skip
_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]

any_bytes = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda text, enc: text.encode(enc, errors="replace"), any_text, st.sampled_from(_ENCODINGS)),
    st.lists(
        st.one_of(
            st.sampled_from(_BYTE_MARKS),
            any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
            st.binary(max_size=20),
        ),
        max_size=20,
    ).map(b"".join),
)
any_name = st.sampled_from([None, "paste", "notes.txt", "notes.md", "page.html", "book.epub", "letter.docx"])


# --- what must hold ------------------------------------------------------------------


def assert_sound(article: Article) -> None:
    assert isinstance(article, Article)
    assert article.title.strip()
    previous_end = -1
    ids = [b.id for b in article.blocks]
    assert len(ids) == len(set(ids))
    assert len({r.id for r in article.removed}) == len(article.removed)
    for block in article.blocks:
        assert block.kind in BLOCK_KINDS
        assert block.text
        assert article.text[block.start : block.end] == block.text
        assert block.start > previous_end
        previous_end = block.end
        for span in block.inline:
            assert span.kind in INLINE_KINDS
            assert block.start <= span.start <= span.end <= block.end
    for piece in article.removed:
        assert 0 <= piece.position <= len(article.blocks)
    data = article_to_dict(article)
    encoded = json.dumps(data, ensure_ascii=False).encode("utf-8")  # what the CLI prints
    assert article_from_dict(json.loads(encoded)) == article


def import_or_refuse(run: Any) -> None:
    try:
        article = run()
    except ArticleImportError as err:
        message = str(err)
        assert message.strip() and "\n" not in message.strip()
        return
    assert_sound(article)


# --- importing ------------------------------------------------------------------------


@FUZZ
@given(data=any_bytes, name=any_name)
def test_any_bytes_give_a_sound_article_or_a_refusal(data: bytes, name: str | None) -> None:
    from guides.importing import import_bytes

    import_or_refuse(lambda: import_bytes(data, name=name))


@FUZZ
@given(text=any_text)
def test_any_text_gives_a_sound_article_or_a_refusal(text: str) -> None:
    from guides.importing import import_text

    import_or_refuse(lambda: import_text(text))


@FUZZ
@given(text=any_text)
def test_any_plain_paste_gives_a_sound_article_or_a_refusal(text: str) -> None:
    from guides.importing import import_text

    import_or_refuse(lambda: import_text(text, html=False))


@FUZZ
@given(text=any_text)
def test_any_clipboard_html_gives_a_sound_article_or_a_refusal(text: str) -> None:
    from guides.importing import import_text

    import_or_refuse(lambda: import_text(text, html=True))


def _docx_with(document_xml: bytes) -> bytes:
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    out = io.BytesIO()
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = document_xml if info.filename == "word/document.xml" else source.read(info)
            target.writestr(info.filename, body)
    return out.getvalue()


_BODY = (
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
    b'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Bread and salt</w:t></w:r></w:p>'
    b'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr>'
    b"<w:r><w:rPr><w:b/></w:rPr><w:t>Knock first</w:t></w:r>"
    b"<w:r><w:t xml:space='preserve'> and wait.</w:t></w:r></w:p>"
    b'<w:p><w:hyperlink r:id="rId99"><w:r><w:t>a missing link</w:t></w:r></w:hyperlink></w:p>'
    b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Day</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    b"</w:body></w:document>"
)


@FUZZ
@given(
    cut=st.integers(0, len(_BODY)),
    at=st.integers(0, len(_BODY) - 1),
    junk=st.binary(min_size=0, max_size=8),
    keep=st.booleans(),
)
def test_damaged_word_documents_are_read_or_refused(cut: int, at: int, junk: bytes, keep: bool) -> None:
    """A Word document whose XML is cut short or overwritten: blocks, or DamagedDocumentError."""
    from guides.importing import import_bytes

    xml = _BODY[:at] + junk + _BODY[at + len(junk) :] if keep else _BODY[:cut]
    import_or_refuse(lambda: import_bytes(_docx_with(xml), name="letter.docx"))


# --- placing drafts --------------------------------------------------------------------


@st.composite
def drafts(draw: st.DrawFn) -> BlockDraft:
    text = draw(any_text)
    spans: list[Inline] = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(st.sampled_from(INLINE_KINDS))
        spans.append(Inline(kind, start, end, href="https://example.org/" if kind == "link" else None))
    return BlockDraft(
        kind=draw(st.sampled_from(BLOCK_KINDS)),
        text=text,
        level=draw(st.integers(0, 6)),
        ordinal=draw(st.none() | st.integers(0, 999)),
        inline=tuple(spans),
        section=draw(st.none() | st.sampled_from(["One", "Two"])),
    )


@FUZZ
def _ink(text: str) -> str:
    return "".join(text.split())


@given(blocks=st.lists(drafts(), max_size=8), title=st.text(max_size=40))
def test_build_article_places_any_drafts_soundly(blocks: list[BlockDraft], title: str) -> None:
    assume(all(c < "\ud800" or c > "\udfff" for b in blocks for c in b.text + title))
    article = build_article(blocks, title=title, source="test")
    assert_sound(article)
    kept = [d for d in blocks if normalize_block_text(d.text, preformatted=d.kind == "preformatted")]
    assert [b.text for b in article.blocks] == [
        normalize_block_text(d.text, preformatted=d.kind == "preformatted") for d in kept
    ]
    for draft, block in zip(kept, article.blocks, strict=True):
        pre = draft.kind == "preformatted"
        pieces = [
            (normalize_block_text(draft.text[s.start : s.end], preformatted=pre), s.kind)
            for s in draft.inline
        ]
        # Normalising changes only white space (a tab's width depends on its column): compare the rest.
        expected = sorted((_ink(piece), kind) for piece, kind in pieces if piece.strip())
        assert sorted((_ink(article.text[s.start : s.end]), s.kind) for s in block.inline) == expected
    again = build_article(
        drafts_of(article), title=article.title, source=article.source, removed=article.removed
    )
    assert again == article
