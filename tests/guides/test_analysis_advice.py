"""Advice in the imperative, with spans: what is advice, where it starts, and where its action ends."""

from __future__ import annotations

import pytest

from guides.analysis.advice import find_advice, imperative_verb, infinitive
from guides.analysis.sentences import split_sentences


def _advice(text: str, language: str | None = None) -> list[str]:
    return [a.text for a in find_advice(text, split_sentences(text), language=language)]


def test_a_plain_imperative_with_its_reason_split_off() -> None:
    text = "Show patience daily, so that small irritations never pile up into a wall."
    (advice,) = find_advice(text, split_sentences(text))
    assert advice.text == text.rstrip(".")
    assert advice.action == "Show patience daily"
    assert text[advice.start : advice.action_end] == advice.action
    assert advice.condition is None


def test_advice_after_a_condition_keeps_the_condition() -> None:
    text = "If the week has been hard, plan one quiet evening together."
    (advice,) = find_advice(text, split_sentences(text))
    assert advice.text == "plan one quiet evening together"
    assert advice.condition == "If the week has been hard"


def test_numbering_words_stay_out_of_the_span() -> None:
    text = "First, name what went wrong without blaming anyone. Second, say what you would do differently."
    assert _advice(text) == [
        "name what went wrong without blaming anyone",
        "say what you would do differently",
    ]


def test_a_short_opening_phrase_is_skipped() -> None:
    assert _advice("This week, write down one thing you are grateful for.") == [
        "write down one thing you are grateful for"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trust is built in small moments.",  # a noun that is also a verb
        "Love keeps no record of wrongs.",
        "Do you listen when your friend is upset?",  # a question, not an order
        "We planned a quiet evening.",
        "Practice makes the habit stick.",
    ],
)
def test_statements_and_questions_are_not_advice(sentence: str) -> None:
    assert _advice(sentence) == []


def test_a_clause_that_introduces_a_question_is_marked() -> None:
    text = "So before you reply, ask yourself: am I listening or waiting to talk?"
    (advice,) = find_advice(text, split_sentences(text))
    assert advice.text == "ask yourself"
    assert advice.leads_question


def test_spanish_imperatives_and_their_infinitives() -> None:
    text = "Esta semana, escribe una cosa que agradeces. Ora con calma antes de dormir."
    assert _advice(text, "es") == ["escribe una cosa que agradeces", "Ora con calma antes de dormir"]
    assert infinitive("escribe", "es") == "escribir"
    assert infinitive("Ora", "es") == "orar"
    assert imperative_verb("No dejes de orar", "es") == "no dejes"
