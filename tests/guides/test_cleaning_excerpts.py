"""Excerpts cut off mid-sentence: the unfinished sentence stays in the text, marked as a fragment."""

from __future__ import annotations

import pytest

from guides.article import BlockDraft
from guides.cleaning import clean_drafts
from guides.cleaning.excerpts import fragment_start
from guides.importing import import_text

OPENING = (
    "My grandmother was married for fifty-one years, and she had one rule about arguments: never finish one "
    "in the car."
)


def p(text: str) -> BlockDraft:
    return BlockDraft(kind="paragraph", text=text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("So we adopted her rule. If something hard comes up while we are driving, we save it for the",
         "If something hard comes up while we are driving, we save it for the"),
        ("So we adopted her rule. If something hard comes up while we are driving, we save it…",
         "If something hard comes up while we are driving, we save it…"),
        ("So we adopted her rule. If something hard comes up [...]", "If something hard comes up [...]"),
        ("so we adopted her rule with one change of our own, and the first thing we do at home is",
         "so we adopted her rule with one change of our own, and the first thing we do at home is"),
    ],
)
def test_a_cut_off_last_sentence_is_marked(text: str, fragment: str) -> None:
    start = fragment_start(p(text))
    assert start is not None and text[start:] == fragment


@pytest.mark.parametrize(
    "text",
    [
        "So we adopted her rule, and it has served us well for twenty years.",
        "Do you have a rule like that?",
        "With love, Anna",
        "Blessings",
        "Amen",
        "More of her recipes are at www.example.org/recipes",
        "We kept going. Thanks for reading 🙂",
        "James 1:19",
        "We said: “Not in the car.”",
    ],
)
def test_a_whole_ending_is_not_a_fragment(text: str) -> None:
    assert fragment_start(p(text)) is None


def test_only_paragraphs_and_quotes_can_be_cut() -> None:
    text = "Keep your phone in the drawer when the two of you sit down at the end of the day"
    assert fragment_start(BlockDraft(kind="list_item", text=text, ordinal=3)) is None
    assert fragment_start(BlockDraft(kind="heading", text=text, level=2)) is None
    assert fragment_start(BlockDraft(kind="quote", text=text)) == 0


def test_a_continue_reading_link_makes_a_short_cut_count() -> None:
    drafts = [p(OPENING), p("Then she said"), p("Continue reading →")]
    result = clean_drafts(drafts)
    assert [d.text for d in result.drafts] == [OPENING, "Then she said"]
    assert result.drafts[-1].fragment_start == 0
    assert clean_drafts([p(OPENING), p("Then she said")]).drafts[-1].fragment_start is None


def test_only_the_last_block_is_marked_and_the_text_is_kept() -> None:
    article = import_text(
        f"What My Grandmother Knew\n\n{OPENING}\n\nWhen I married, I thought the rule was a joke, and then\n",
        html=False,
    )
    assert article.text.endswith("and then")
    (start, end), = article.fragments
    assert article.text[start:end] == "When I married, I thought the rule was a joke, and then"
    assert all(b.fragment_start is None for b in article.blocks[:-1])
