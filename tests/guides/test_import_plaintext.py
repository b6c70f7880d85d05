"""The plain-text reader: what a reader pastes after copying a blog post."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guides.article import Article
from guides.errors import UnsupportedSourceError
from guides.importing import import_source, import_text
from guides.importing.plaintext import read_plain_text

_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[-*+•])\s+|^\s*(?:>\s?)+")


def _flat(text: str) -> str:
    return " ".join(text.split())


def lost_lines(source: str, article: Article) -> list[str]:
    """Non-blank input lines (with a letter or digit) found nowhere in the article."""
    haystack = _flat(
        " ".join(
            [article.title, article.text, *(r.text for r in article.removed)]
        )
    )
    lost = []
    for line in source.splitlines():
        content = _flat(_MARKER.sub("", line.replace("\u00a0", " ")))
        if content and any(ch.isalnum() for ch in content) and content not in haystack:
            lost.append(line)
    return lost


def assert_offsets(article: Article) -> None:
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text


def paste(text: str) -> Article:
    return import_text(text, html=False)


# --- title, byline, date -------------------------------------------------------


def test_title_is_a_short_first_line_before_a_blank() -> None:
    article = paste("Why We Eat Together\n\nEvery evening at six, the table is set.\n")
    assert article.title == "Why We Eat Together"
    assert article.text == "Every evening at six, the table is set."


def test_a_sentence_on_line_one_is_not_a_title() -> None:
    extracted = read_plain_text("We eat together every evening.\n\nIt started with soup.\n")
    assert extracted.title is None
    assert [d.text for d in extracted.drafts] == ["We eat together every evening.", "It started with soup."]


def test_line_one_run_into_the_body_is_not_a_title() -> None:
    extracted = read_plain_text("A short line\nthat carries on into a paragraph without a break.\n")
    assert extracted.title is None
    assert len(extracted.drafts) == 1


def test_a_question_can_be_a_title() -> None:
    assert paste("Is Your Marriage on Autopilot?\n\nMost are, a little.\n").title == (
        "Is Your Marriage on Autopilot?"
    )


def test_the_reader_leaves_the_title_to_the_cleaning() -> None:
    extracted = read_plain_text("Why We Eat Together\n\nEvery evening at six, the table is set.\n")
    assert extracted.title is None
    assert [d.text for d in extracted.drafts] == [
        "Why We Eat Together", "Every evening at six, the table is set."
    ]


def test_byline_forms_fill_author_and_date() -> None:
    cases = {
        "By Jane Doe": ("Jane Doe", None),
        "Posted by Jane Doe on March 3, 2024": ("Jane Doe", "March 3, 2024"),
        "Jane Doe · March 3, 2024": ("Jane Doe", "March 3, 2024"),
        "Posted on March 3, 2024 by Jane Doe": ("Jane Doe", "March 3, 2024"),
        "Por Lucía Herrera": ("Lucía Herrera", None),
        "March 3, 2024": (None, "March 3, 2024"),
    }
    for line, (author, date) in cases.items():
        article = paste(f"A Title\n\n{line}\n\nThe body starts here, and it is a sentence.\n")
        assert article.title == "A Title"
        assert (article.author, article.date) == (author, date), line
        assert article.text == "The body starts here, and it is a sentence."
        assert [r.text for r in article.removed] == [line]
        assert article.removed[0].kind == "boilerplate"


def test_byline_and_date_on_separate_lines_and_right_under_the_title() -> None:
    article = paste("A Title\nBy Jane Doe\nMarch 3, 2024\n\nBody text goes here.\n")
    assert article.title == "A Title"
    assert (article.author, article.date) == ("Jane Doe", "March 3, 2024")
    assert article.text == "Body text goes here."


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    article = paste("A Title\n\nBy the end of the day we were tired.\n\nThen we slept.\n")
    assert article.author is None
    assert article.blocks[0].text == "By the end of the day we were tired."


# --- paragraphs, headings, quotes --------------------------------------------


def test_hard_wrapped_lines_are_rejoined() -> None:
    text = (
        "This paragraph was wrapped by an email program at a fixed width\n"
        "of about sixty-five characters, so every line but the last one\n"
        "is nearly the same length and should be joined back together.\n"
    )
    extracted = read_plain_text(text)
    assert [d.text for d in extracted.drafts] == [
        "This paragraph was wrapped by an email program at a fixed width of about sixty-five "
        "characters, so every line but the last one is nearly the same length and should be "
        "joined back together."
    ]


def test_short_lines_keep_their_breaks() -> None:
    extracted = read_plain_text("The Lord bless you\nand keep you;\nthe Lord make his face shine\n")
    assert extracted.drafts[0].text == "The Lord bless you\nand keep you;\nthe Lord make his face shine"


def test_unwrapped_paragraph_lines_without_blank_lines_are_separate_paragraphs() -> None:
    long_one = "First paragraph. " * 8
    long_two = "Second paragraph. " * 8
    extracted = read_plain_text(f"{long_one.strip()}\n{long_two.strip()}\n")
    assert [d.text for d in extracted.drafts] == [long_one.strip(), long_two.strip()]


def test_short_lines_without_final_punctuation_before_a_paragraph_are_headings() -> None:
    extracted = read_plain_text(
        "Intro paragraph, which is a sentence.\n\nWhat We Learned\n\nA paragraph follows it.\n\n"
        "Not a heading at the end\n"
    )
    kinds = [(d.kind, d.text) for d in extracted.drafts]
    assert kinds == [
        ("paragraph", "Intro paragraph, which is a sentence."),
        ("heading", "What We Learned"),
        ("paragraph", "A paragraph follows it."),
        ("paragraph", "Not a heading at the end"),
    ]
    assert extracted.drafts[1].level == 2


def test_quote_lines_become_one_quote() -> None:
    extracted = read_plain_text("He said:\n\n> Love is patient,\n> love is kind.\n\nAfter.\n")
    assert [(d.kind, d.text) for d in extracted.drafts] == [
        ("paragraph", "He said:"),
        ("quote", "Love is patient,\nlove is kind."),
        ("paragraph", "After."),
    ]


# --- lists -----------------------------------------------------------------------


def test_numbered_and_bulleted_items_with_ordinals_and_levels() -> None:
    text = (
        "Steps:\n\n1. Listen first.\n2) Ask one question.\n(3) Pray together.\n\n"
        "Also:\n\n- one\n* two\n  • nested\n    - deeper\n• three\n"
    )
    items = [(d.text, d.level, d.ordinal) for d in read_plain_text(text).drafts if d.kind == "list_item"]
    assert items == [
        ("Listen first.", 1, 1),
        ("Ask one question.", 1, 2),
        ("Pray together.", 1, 3),
        ("one", 1, None),
        ("two", 1, None),
        ("nested", 2, None),
        ("deeper", 3, None),
        ("three", 1, None),
    ]


def test_wrapped_item_lines_continue_the_item() -> None:
    text = "1. They pray briefly. Two minutes at the kitchen\n   counter counts.\n2. Keep a list.\n"
    items = [d.text for d in read_plain_text(text).drafts]
    assert items == ["They pray briefly. Two minutes at the kitchen counter counts.", "Keep a list."]


def test_loose_indented_list_keeps_a_line_indented_under_an_item() -> None:
    text = (
        "Body paragraph here.\n\n"
        "  1. First comment text.\n\n  2. Second comment text.\n\n    Ruth Ames\n\n  3. Third.\n"
    )
    drafts = read_plain_text(text).drafts
    assert [(d.kind, d.text, d.ordinal) for d in drafts[1:]] == [
        ("list_item", "First comment text.", 1),
        ("list_item", "Second comment text.\nRuth Ames", 2),
        ("list_item", "Third.", 3),
    ]


def test_a_year_at_the_start_of_a_line_is_not_a_list_number() -> None:
    drafts = read_plain_text("2020. That was the year we moved.\n").drafts
    assert drafts[0].kind == "paragraph"


# --- odd spacing and whole documents ----------------------------------------------


def test_odd_spacing_tabs_and_line_endings() -> None:
    text = (
        "\ufeffTitle\u00a0Here \r\n\r\n\tFirst\u00a0 paragraph\t with  spaces.\r\n"
        " \u3000\r\n  Second.\u200b\r"
    )
    article = paste(text)
    assert article.title == "Title Here"
    assert article.text == "First paragraph with spaces.\n\nSecond."


def test_decorative_separators_hold_no_text() -> None:
    drafts = read_plain_text("One.\n\n* * *\n\nTwo.\n\n-----\n\nThree.\n").drafts
    assert [d.text for d in drafts] == ["One.", "Two.", "Three."]


def test_blank_input_gives_no_blocks() -> None:
    assert read_plain_text(" \n\t\n").drafts == []


def test_fixture_without_comments_keeps_everything(fixtures: Path) -> None:
    path = fixtures / "text" / "no-comments.txt"
    article = import_source(path)
    assert article.removed == ()
    assert article.title == "When the House Is Loud: Evening Prayer with Small Children"
    assert lost_lines(path.read_text(encoding="utf-8"), article) == []
    assert_offsets(article)
    kinds = [b.kind for b in article.blocks]
    assert kinds.count("heading") == 1
    assert kinds.count("quote") == 1
    assert [(b.level, b.ordinal) for b in article.blocks if b.kind == "list_item"] == [
        (1, None), (1, None), (2, None), (2, None), (1, None)
    ]
    assert article.text.endswith("Keep going.")


def test_no_line_of_any_fixture_is_lost(fixtures: Path) -> None:
    for path in sorted((fixtures / "text").glob("*.txt")):
        source = path.read_text(encoding="utf-8")
        article = import_source(path)
        assert lost_lines(source, article) == [], path.name
        assert_offsets(article)


_WORDS = st.text(alphabet="abcdefghij KLMNOP.,:!?'’é", min_size=0, max_size=50)
_LINE = st.one_of(
    _WORDS,
    st.builds(lambda n, w: f"{n}. {w}", st.integers(0, 30), _WORDS),
    st.builds(lambda m, w: f"{m} {w}", st.sampled_from(["-", "*", "•", ">", "> >"]), _WORDS),
    st.builds(lambda i, w: " " * i + w, st.integers(0, 8), _WORDS),
    st.sampled_from(["", "   ", "\t", "Reply", "Jane Doe says:", "March 3, 2021 at 4:12 pm", "© 2024 Us"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=25))
def test_any_paste_keeps_every_line(lines: list[str]) -> None:
    source = "\n".join(lines)
    if not any(ch.isalnum() for ch in source):
        return
    try:
        article = paste(source)
    except Exception as err:  # only "no article text" is acceptable
        assert type(err).__name__ == "NoArticleTextError", err
        return
    assert lost_lines(source, article) == []
    assert_offsets(article)


def test_a_file_address_from_the_desktop_opens_the_file(tmp_path: Path) -> None:
    # A file manager's "Open with Porchlight" may pass file:// addresses (the .desktop file's %u).
    path = tmp_path / "Saved notes é.txt"
    path.write_text("Small Things\n\nThe kettle on before the other wakes.\n", encoding="utf-8")
    article = import_source(path.as_uri())
    assert article.title == "Small Things"
    assert article.text.endswith("before the other wakes.")
    assert article.source == str(path.resolve())


def test_a_file_address_on_another_computer_is_refused_plainly() -> None:
    with pytest.raises(UnsupportedSourceError, match="another computer"):
        import_source("file://study-hall/shared/notes.txt")


# --- a dash at the start of a wrapped line ---------------------------------------------------

_WRAPPED_DASH = """A night to remember

We sat on the porch until late and the things we said that night were many, and most of them
– and this surprised us both – were kind. Some were not, and we said those too, later on.

Later we went inside and made tea, and talked about
– the garden,
– the children,
– the week ahead.

Things to bring on Thursday, if you can manage it and have the room in the car:
- a chair
"""


def test_a_wrapped_line_that_opens_with_a_dash_continues_its_sentence() -> None:
    """It became a list item and lost its dash (and the line above it was taken for the title)."""
    article = import_text(_WRAPPED_DASH)
    assert article.title == "A night to remember"
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert kinds[0] == (
        "paragraph",
        "We sat on the porch until late and the things we said that night were many, and most of them "
        "– and this surprised us both – were kind. Some were not, and we said those too, later on.",
    )
    items = [t for k, t in kinds if k == "list_item"]
    assert items == ["the garden,", "the children,", "the week ahead.", "a chair"]
