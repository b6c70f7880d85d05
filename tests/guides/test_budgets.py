"""Inputs the importer read but nothing after it could finish: served within budgets, or refused in a line.

A 31 MB text, a million short lines, an e-book of four 15 MB chapters, a
300 KB single paragraph, a page of 40,000 tags in one paragraph: each now
either imports and makes a guide (the long paragraph cut at its sentence
ends, the dense tags made plain) or ends in one line that says what the
limit is and what to do. The limits are lowered here where building an
input past the real one would only cost time.
"""

from __future__ import annotations

import io
import random
import time
import zipfile

import pytest

from guides import budgets
from guides.article import BlockDraft, Inline
from guides.errors import BudgetExceededError, CancelledError
from guides.guide import generate_guide
from guides.guide.model import GuideOptions
from guides.importing import import_bytes, import_text
from guides.importing.long_blocks import cut_long_blocks

_WORDS = (
    "we kept our small promises and talked about trust at the table every evening while the children "
    "slept kettle sang garden patience quiet forgiveness listened walked prayed laughed"
).split()


def _prose(words: int, seed: int = 1) -> str:
    """Varied sentences (no two alike, so nothing is taken for a repeated comment or menu)."""
    rnd = random.Random(seed)
    sentences = []
    for n in range(words // 12 + 1):
        body = " ".join(rnd.choice(_WORDS) for _ in range(11))
        sentences.append(f"{body.capitalize()} {n}.")
    return " ".join(sentences)


def _one_line(message: str) -> None:
    assert message and "\n" not in message and len(message) < 240


# --- refused in one line --------------------------------------------------------------------


def test_a_text_past_the_size_budget_is_refused_before_it_is_read() -> None:
    data = ("A title\n\n" + "Word " * (budgets.MAX_TEXT_CHARS // 5 + 10)).encode()
    started = time.monotonic()
    with pytest.raises(BudgetExceededError) as caught:
        import_bytes(data, name="huge.txt")
    assert time.monotonic() - started < 30  # a hang guard: it is refused before any reading
    _one_line(str(caught.value))
    assert "import a chapter or a part of it" in str(caught.value)


def test_a_million_short_lines_are_refused() -> None:
    with pytest.raises(BudgetExceededError) as caught:
        import_bytes(b"A title\n\n" + b"a\n" * 1_000_000, name="lines.txt")
    _one_line(str(caught.value))
    assert "1,000,00" in str(caught.value) and "150,000" in str(caught.value)


def test_a_paste_past_the_budget_is_refused() -> None:
    with pytest.raises(BudgetExceededError):
        import_text("We met.\n" * (budgets.MAX_LINES + 1))


def test_a_page_of_too_many_tags_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budgets, "MAX_PAGE_ELEMENTS", 2_000)
    rows = "".join(
        f"<div><p>Paragraph {n} of a long page, with <em>some</em> words.</p></div>" for n in range(800)
    )
    with pytest.raises(BudgetExceededError) as caught:
        import_bytes(f"<html><body><article>{rows}</article></body></html>".encode(), name="page.html")
    _one_line(str(caught.value))
    assert "reader view" in str(caught.value)


def test_an_ebook_past_the_budget_is_refused_at_the_chapter_too_many(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budgets, "MAX_TEXT_CHARS", 60_000)
    out = io.BytesIO()
    chapters = [_prose(5_000, seed=n) for n in range(4)]  # about 30,000 characters each
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:'
            'container"><rootfiles><rootfile full-path="book.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>',
        )
        items = "".join(
            f'<item id="c{n}" href="c{n}.xhtml" media-type="application/xhtml+xml"/>' for n in range(4)
        )
        spine = "".join(f'<itemref idref="c{n}"/>' for n in range(4))
        book.writestr(
            "book.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Long</dc:title></metadata>'
            f"<manifest>{items}</manifest><spine>{spine}</spine></package>",
        )
        for n, text in enumerate(chapters):
            book.writestr(
                f"c{n}.xhtml",
                '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
                f"<h1>Part {n + 1}</h1><p>{text}</p></body></html>",
            )
    with pytest.raises(BudgetExceededError) as caught:
        import_bytes(out.getvalue(), name="long.epub")
    _one_line(str(caught.value))
    assert "--list-chapters" in str(caught.value)
    # One chapter of it is within the budget.
    assert "Part 3" in import_bytes(out.getvalue(), name="long.epub", chapter=2).text


def test_a_guide_past_its_budget_asks_for_a_chapter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budgets, "MAX_GUIDE_WORDS", 1_000)
    article = import_text("A long essay\n\n" + "\n\n".join(_prose(300, seed=n) for n in range(6)))
    with pytest.raises(BudgetExceededError) as caught:
        generate_guide(article, GuideOptions(audience="group"))
    _one_line(str(caught.value))
    assert "chapter" in str(caught.value)


# --- served -------------------------------------------------------------------------


def test_a_300_kb_paragraph_is_cut_at_sentence_ends_and_makes_a_guide() -> None:
    """It took over a minute to a guide (the sentence splitter is quadratic in one block's length)."""
    paragraph = _prose(50_000)
    assert len(paragraph) > 300_000
    started = time.monotonic()
    article = import_text(f"One long paragraph\n\n{paragraph}")
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert time.monotonic() - started < 120  # a hang guard only
    assert " ".join(article.text.split()) == " ".join(paragraph.split())
    assert all(len(b.text) <= budgets.LONG_BLOCK_CHARS for b in article.blocks)
    assert all(b.text.endswith(".") for b in article.blocks)  # every cut after a sentence's end
    assert guide.title


def test_a_paragraph_of_40000_inline_tags_imports_with_its_text() -> None:
    body = "<span>a</span> " * 40_000
    page = (
        f"<html><body><article><h1>Dense</h1><p>Before.</p><p>{body}</p><p>After.</p></article></body></html>"
    )
    started = time.monotonic()
    article = import_bytes(page.encode(), name="dense.html")
    assert time.monotonic() - started < 60  # a hang guard: this took minutes
    assert article.text.count("a") >= 40_000
    assert "After." in article.text


# --- the cutting itself ---------------------------------------------------------------


def test_cutting_loses_no_character_and_clips_each_span() -> None:
    text = "One two three. Four five six! Seven eight nine? Ten eleven twelve. " * 20
    draft = BlockDraft(
        "list_item",
        text,
        level=2,
        ordinal=3,
        inline=(Inline("strong", 5, 300), Inline("link", 400, 410, "x")),
    )
    parts, starts = cut_long_blocks([BlockDraft("heading", "Title", level=1), draft], limit=200)
    assert starts == [0, 1, len(parts)]
    assert "".join(p.text for p in parts[1:]) == text
    assert all(len(p.text) <= 200 for p in parts)
    assert [p.kind for p in parts[1:3]] == ["list_item", "paragraph"]
    assert (parts[1].ordinal, parts[2].ordinal) == (3, None)
    offset = 0
    placed: list[tuple[str, str]] = []
    for part in parts[1:]:
        placed.extend((s.kind, part.text[s.start : s.end]) for s in part.inline)
        offset += len(part.text)
    assert "".join(t for k, t in placed if k == "strong") == text[5:300]
    assert [t for k, t in placed if k == "link"] == [text[400:410]]


def test_a_reader_s_removed_pieces_stay_where_they_were() -> None:
    """A comment set aside after a cut paragraph is still placed after all of it."""
    long = _prose(4_000)
    page = (
        f"<html><body><article><h1>Kept</h1><p>{long}</p></article>"
        "<div class='comments'><h3>2 thoughts on Kept</h3><ol class='comment-list'>"
        "<li class='comment'><div class='comment-author vcard'><b class='fn'>Ann</b> says:</div>"
        "<div class='comment-content'><p>Thank you for this post.</p></div></li></ol></div></body></html>"
    )
    article = import_bytes(page.encode(), name="kept.html")
    comments = [r for r in article.removed if "Thank you for this post." in r.text]
    assert comments and all(r.position == len(article.blocks) for r in comments)


# --- time and cancel -------------------------------------------------------------------


def test_a_deadline_stops_at_the_next_stage_and_says_so() -> None:
    now = [0.0]
    deadline = budgets.Deadline(10, clock=lambda: now[0])
    deadline.check()
    now[0] = 11.0
    with pytest.raises(BudgetExceededError) as caught:
        deadline.check()
    _one_line(str(caught.value))


def test_a_cancelled_import_changes_nothing_and_says_so() -> None:
    with pytest.raises(CancelledError) as caught:
        import_text("A title\n\nSome words to import here, more than a few.", cancelled=lambda: True)
    assert "nothing was changed" in str(caught.value)
