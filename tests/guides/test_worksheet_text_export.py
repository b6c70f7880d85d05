"""Markdown and HTML exports: the same content as the PDF, escaped, and self-contained."""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_worksheet_support import fixture_article, fixture_guide, sample_article, sample_guide

from guides.worksheet import content as c
from guides.worksheet.content import Edition, Include
from guides.worksheet.editions import WorksheetOptions, build_worksheet
from guides.worksheet.render import worksheet_text
from guides.worksheet.text_export import markdown_text, worksheet_to_html, worksheet_to_markdown

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "worksheet"
ALL: frozenset[Include] = frozenset({"passages", "scripture", "article", "notes"})
EDITIONS: tuple[Edition, ...] = ("participant", "leader", "couple", "session")


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("edition", EDITIONS)
def test_html_is_escaped_and_loads_nothing(edition: Edition) -> None:
    article = fixture_article((FIXTURES / "markup-injection.txt").read_text(encoding="utf-8"))
    html = worksheet_text(
        fixture_guide(article), WorksheetOptions(edition=edition, include=ALL), "html", article=article
    )
    parser = _Collect()
    parser.feed(html)
    assert "script" not in parser.tags and "font" not in parser.tags and "para" not in parser.tags
    assert not {"link", "img", "iframe", "object", "embed"} & set(parser.tags)
    assert not [a for a in parser.attrs if a[0] in ("src", "href") or (a[1] or "").startswith("http")]
    text = "".join(parser.text)
    for literal in ("<font size=40>Loud</font>", "R&D", "<3", '<script>alert("hi")</script>', "&amp;"):
        assert literal in text
    assert "<br/>" in text and "<para>" in text


def test_html_has_the_same_questions_as_the_worksheet() -> None:
    article = sample_article()
    options = WorksheetOptions(edition="leader", include=ALL)
    ws = build_worksheet(sample_guide(article), options, article=article)
    html = worksheet_to_html(ws)
    for q in ws.questions:
        assert escape(q.text) in html
    assert html.count('class="line"') == sum(a.lines for q in ws.questions for a in q.answers)


def test_markdown_escapes_markup_and_keeps_the_words() -> None:
    assert markdown_text("R&D <3 *not bold* [link](x) # no heading") == (
        r"R\&D \<3 \*not bold\* \[link\](x) # no heading"
    )
    assert markdown_text("# heading?\n1. list?\n- item?") == "\\# heading?\n\\1. list?\n\\- item?"


@pytest.mark.parametrize("edition", EDITIONS)
def test_markdown_has_every_question_and_passage(edition: Edition) -> None:
    article = sample_article()
    ws = build_worksheet(
        sample_guide(article), WorksheetOptions(edition=edition, include=ALL), article=article
    )
    md = worksheet_to_markdown(ws)
    unescaped = re.sub(r"\\(.)", r"\1", md)
    for q in ws.questions:
        assert q.text in unescaped
    for block in ws.blocks:
        if isinstance(block, c.Passage):
            assert block.text[:40] in unescaped
    assert md.startswith("**")


def test_unicode_and_emoji_survive_the_text_exports() -> None:
    article = fixture_article((FIXTURES / "unicode.txt").read_text(encoding="utf-8"))
    guide = fixture_guide(article, "couple")
    for fmt in ("md", "html"):
        out = worksheet_text(guide, WorksheetOptions(edition="couple", include=ALL), fmt, article=article)
        for literal in ("¡Hola!", "доверие", "«Así»", "😀", "👍", "Łódź"):
            assert literal in out
