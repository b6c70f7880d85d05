"""Markdown files: front matter, the title heading, structure kept as blocks and inline spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from guides.errors import NoArticleTextError
from guides.importing import import_bytes, import_text
from guides.importing.markdown import front_matter, read_markdown

MARKDOWN = Path(__file__).parents[1] / "fixtures" / "markdown"


def source(name: str) -> str:
    return (MARKDOWN / name).read_text(encoding="utf-8")


def test_front_matter_gives_title_author_and_date() -> None:
    extracted = read_markdown(source("grace-before-meals.md"))
    assert extracted.title == "Why We Still Say Grace"
    assert extracted.author == "Grace Lin"
    assert extracted.date == "2022-11-24"
    # The heading that repeats the front-matter title is not kept twice.
    assert extracted.drafts[0].kind == "paragraph"


def test_structure_is_kept_as_blocks() -> None:
    drafts = read_markdown(source("grace-before-meals.md")).drafts
    shape = [(d.kind, d.level, d.ordinal, d.text) for d in drafts]
    assert ("heading", 2, None, "What changed") in shape
    assert ("quote", 0, None, "Thankfulness is a habit before it is a feeling.") in shape
    assert ("quote", 0, None, "— something our pastor said one Advent, and we wrote on the fridge") in shape
    items = [(d.level, d.ordinal, d.text) for d in drafts if d.kind == "list_item"]
    assert items[:9] == [
        (1, 1, "We take turns, youngest first."),
        (1, 2, "Whoever prays names one person."),
        (2, 1, "someone they saw today"),
        (2, 2, "someone far away"),
        (1, 3, "We keep it short enough that the soup stays hot."),
        (1, None, "Prayers that are really announcements"),
        (2, None, "“and help Dad remember the bins”"),
        (1, None, "Rushing, even on school nights"),
        (1, None, "The idea that only the grown-ups know how to pray"),
    ]
    # The footnote comes last, as a numbered note; its mark reads "[1]".
    assert items[-1] == (
        1,
        1,
        "Usually won by the youngest, who had the least patience and the biggest appetite.",
    )
    assert "the first spoonful.[1] Somebody always peeked" in drafts[0].text


def test_inline_marks_are_spans() -> None:
    drafts = read_markdown(source("grace-before-meals.md")).drafts
    spans = [(i.kind, d.text[i.start : i.end], i.href) for d in drafts for i in d.inline]
    assert spans == [
        ("emphasis", "slower", None),
        ("strong", "better", None),
        ("code", "one person", None),
        ("link", "her own blog", "https://example.org/thursday-suppers"),
    ]


def test_title_from_the_first_level_one_heading() -> None:
    extracted = read_markdown(source("friendship-notes.md"))
    assert extracted.title == "Keeping Friends Through the Busy Years"
    assert extracted.author is None
    assert not any(d.text == extracted.title for d in extracted.drafts)
    assert extracted.drafts[0].text.startswith("Between the ages of thirty and forty-five")


def test_numbered_list_continued_after_a_paragraph_and_two_space_nesting() -> None:
    drafts = read_markdown(source("friendship-notes.md")).drafts
    numbered = [(d.ordinal, d.text) for d in drafts if d.kind == "list_item" and d.ordinal]
    assert numbered == [
        (1, "What has been heavy?"),
        (2, "What has been good?"),
        (3, "What do you need from me before next month?"),
        (4, "(optional) What should I stop asking about?"),
    ]
    bullets = [(d.level, d.text) for d in drafts if d.kind == "list_item" and d.ordinal is None]
    assert bullets == [
        (1, "A fixed day, so nobody has to organise it"),
        (1, "Telling the truth about tiredness"),
        (2, "without turning it into a competition"),
        (1, "Forgiving the months when it doesn't happen"),
    ]
    code = next(d for d in drafts if d.kind == "preformatted")
    assert code.text == "Mon 3rd  – café, 7.30\nMon 7th  – café, 7.30 (Søren hosting)"


def test_two_space_nested_lists_nest() -> None:
    text = "- one\n  - one a\n    - one a i\n  - one b\n- two\n\n1. first\n   1. first of first\n2. second\n"
    drafts = read_markdown(text).drafts
    assert [(d.level, d.ordinal, d.text) for d in drafts] == [
        (1, None, "one"),
        (2, None, "one a"),
        (3, None, "one a i"),
        (2, None, "one b"),
        (1, None, "two"),
        (1, 1, "first"),
        (2, 1, "first of first"),
        (1, 2, "second"),
    ]


def test_several_level_one_headings_are_sections_not_a_title() -> None:
    extracted = read_markdown("Intro words first.\n\n# Part one\n\nText.\n\n# Part two\n\nMore text.\n")
    assert extracted.title is None
    assert [d.text for d in extracted.drafts if d.kind == "heading"] == ["Part one", "Part two"]


def test_raw_html_in_markdown_is_sanitised() -> None:
    text = (
        "# Notes\n\nA paragraph.\n\n<script>alert('x')</script>\n\n"
        '<img src="https://tracker.example/p.gif" alt="">\n\n'
        '<p onclick="steal()">Clicked <a href="javascript:alert(1)">here</a>.</p>\n'
    )
    drafts = read_markdown(text).drafts
    assert [d.text for d in drafts] == ["A paragraph.", "Clicked here."]
    assert drafts[1].inline == ()


def test_front_matter_forms() -> None:
    meta, rest = front_matter('+++\ntitle = "Bread & Wine"\nauthors = ["Ana", "Ben"]\n+++\nBody\n')
    assert meta == {"title": "Bread & Wine", "authors": "Ana, Ben"}
    assert rest == "Body\n"
    meta, rest = front_matter("No front matter here.\n---\n")
    assert meta == {}
    assert rest == "No front matter here.\n---\n"


def test_empty_markdown_has_no_text() -> None:
    with pytest.raises(NoArticleTextError):
        read_markdown("---\ntitle: Only a title\n---\n\n<!-- a comment -->\n")


def test_through_the_dispatcher() -> None:
    article = import_bytes((MARKDOWN / "grace-before-meals.md").read_bytes(), name="grace.md")
    assert (article.title, article.author, article.date) == (
        "Why We Still Say Grace",
        "Grace Lin",
        "2022-11-24",
    )
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        for span in block.inline:
            assert block.start <= span.start < span.end <= block.end
    assert "“amen”" in article.text
    assert [b.kind for b in article.blocks].count("quote") == 2


def test_pasted_markdown_is_recognised() -> None:
    article = import_text(source("friendship-notes.md"))
    assert article.title == "Keeping Friends Through the Busy Years"
    assert "café beside the library" in article.text


def test_absurdly_deep_lists_are_capped_not_fatal() -> None:
    text = "".join("  " * depth + "- item\n" for depth in range(300))
    drafts = read_markdown(text).drafts
    assert len(drafts) == 300
    assert max(d.level for d in drafts) <= 24
