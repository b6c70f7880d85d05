"""The pieces that keep generated English grammatical: quotes, voice, open rewrites, timing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guides.guide.phrasing import adapt, lower_first, open_question
from guides.guide.quality import is_closed, near_duplicate, problems
from guides.guide.quotes import display, trim_quote
from guides.guide.timing import couple_minutes, group_minutes, share


def _trim(sentence: str, **kw: object) -> str | None:
    quote = trim_quote(sentence, 0, len(sentence), **kw)  # type: ignore[arg-type]
    if quote is not None:
        assert sentence[quote.start : quote.end] == quote.text
    return quote.text if quote else None


def test_a_short_sentence_is_quoted_whole_without_its_period() -> None:
    assert _trim("Trust is a daily part of a marriage.") == "Trust is a daily part of a marriage"


def test_leading_discourse_markers_are_dropped() -> None:
    assert _trim("However, patience grows when it is practised.") == "patience grows when it is practised"


def test_a_long_sentence_is_cut_at_a_clause_not_inside_a_list() -> None:
    sentence = (
        "Over a long marriage it is normal for outside pressures such as a new job, a sick parent, or a "
        "move to strain a couple, but the ones who talk about it early usually come through stronger."
    )
    quote = _trim(sentence, prefer=["talk"])
    assert quote == "the ones who talk about it early usually come through stronger"


def test_nothing_is_quoted_from_a_question() -> None:
    assert _trim("Do you really trust your friends with your plans?") is None


def test_from_start_never_quotes_a_fragment_from_the_middle() -> None:
    sentence = (
        "Months later I finally noticed the one place where our daughter still talked to us freely: the "
        "kitchen table, on the nights when nobody had a phone out."
    )
    assert _trim(sentence) == "the kitchen table, on the nights when nobody had a phone out"
    assert _trim(sentence, from_start=True) is None


def test_quotes_are_displayed_with_inner_marks_made_single() -> None:
    assert display('He said "wait" first') == "“He said 'wait' first”"
    assert display("esperar", "es") == "«esperar»"


@pytest.mark.parametrize(
    ("question", "voice", "expected"),
    [
        ("do you really trust your spouse?", "each", "What helps you trust your spouse?"),
        ("do you really trust your spouse?", "two", "What helps the two of you trust each other?"),
        ("do you really trust your spouse?", "group", "What helps couples trust each other?"),
        ("Can your partner trust you to listen?", "group", "What helps couples trust each other to listen?"),
        ("Are you acting with patience?", "group", "What does acting with patience look like day to day?"),
        ("Have you ever felt alone at home?", "each", "When have you felt alone at home?"),
        ("Do we hide behind being busy?", "group", "When are we most tempted to hide behind being busy?"),
        ("Do your children know they are safe?", "group", "What helps children know they are safe?"),
    ],
)
def test_yes_no_questions_become_open(question: str, voice: str, expected: str) -> None:
    rewrites = open_question(question, voice)  # type: ignore[arg-type]
    assert rewrites[0] == expected
    assert all(not is_closed(r) and not problems(r) for r in rewrites)


def test_their_needs_an_antecedent() -> None:
    question = "Do you trust their reactions, their commitment, their love?"
    assert open_question(question, "each") == []
    assert open_question(question, "each", antecedent="your spouse")[0] == (
        "What helps you trust your spouse’s reactions, commitment and love?"
    )


@pytest.mark.parametrize(
    "question",
    ["Don't you think rest matters?", "Do you know what it does for him?", "Is it true?"],
)
def test_leading_or_unclear_questions_are_not_rewritten(question: str) -> None:
    assert open_question(question, "each") == []


def test_voice() -> None:
    assert adapt("rebuild trust with your partner", "two") == "rebuild trust with each other"
    assert adapt("ask what your spouse needs", "two") is None, "not 'what each other needs'"
    assert adapt("what does your spouse experience", "two") is None, "not 'what does each other ...'"
    assert adapt("ask what your spouse needs", "group") == "ask what someone close to you needs"
    assert lower_first("Demonstrate kindness") == "demonstrate kindness"
    assert lower_first("God is near") is None
    assert lower_first("I will wait") is None


def test_quality_checks() -> None:
    assert problems("What helps you rest?") == []
    assert "a yes/no question" in problems("Do you rest?")
    assert "not exactly one question mark" in problems("Why? And how?")
    assert "fishes for an answer" in problems("Isn't it true that rest is good?")
    assert "an unfilled template slot" in problems("How does the author describe {theme}?")
    assert near_duplicate(
        "What helps couples trust each other?", ["What helps couples trust each other more?"]
    )
    assert not near_duplicate("What helps couples trust each other?", ["Who taught you to pray?"])


@given(st.integers(min_value=15, max_value=180))
def test_minutes_always_add_up(total: int) -> None:
    assert sum(group_minutes(total).values()) == total
    assert sum(couple_minutes(total).values()) == total
    assert all(m >= 2 for m in group_minutes(total).values())


def test_share_is_exact_and_keeps_floors() -> None:
    assert share(61, (1, 1, 1), (5, 5, 5)) == (21, 20, 20)
    with pytest.raises(ValueError):
        share(10, (1, 1), (6, 6))
