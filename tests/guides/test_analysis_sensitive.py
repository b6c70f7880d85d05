"""Sensitive topics: which, how intense, where, and what stays out of a room."""

from __future__ import annotations

import re

import pytest

from guides.analysis.sensitive import (
    any_stem,
    find_sensitive,
    intensity_between,
    is_private,
    is_private_between,
    private_words,
)


@pytest.mark.parametrize(
    ("text", "topic", "intensity"),
    [
        ("They had not been intimate for months.", "sexual_intimacy", "mild"),
        ("Their sex life had faded.", "sexual_intimacy", "open"),
        ("Physical intimacy is hard after a new baby.", "sexual_intimacy", "open"),
        ("He admitted to an affair last spring.", "infidelity", "open"),
        ("She found pornography on the laptop.", "pornography", "open"),
        ("Domestic violence is never the victim's fault.", "abuse", "open"),
        ("His drinking problem grew worse.", "addiction", "medium"),
        ("Substance abuse runs in the family.", "addiction", "medium"),
        ("She has lived with depression since college.", "mental_health", "medium"),
        ("They are still grieving their father.", "grief", "medium"),
        ("After the second miscarriage they stopped talking about it.", "infertility", "open"),
        ("We argue about money.", "money", "mild"),
        ("The credit card debt kept growing.", "money", "medium"),
        ("Sufrimos una infidelidad hace años.", "infidelity", "open"),
    ],
)
def test_topics_and_intensities(text: str, topic: str, intensity: str) -> None:
    language = "es" if text.startswith("Sufrimos") else "en"
    found = {t.topic: t for t in find_sensitive(text, language=language)}
    assert topic in found
    assert found[topic].intensity == intensity
    for span in found[topic].spans:
        assert text[span.start : span.end] == span.text


def test_faithfulness_of_god_is_not_infidelity() -> None:
    assert find_sensitive("Great is your faithfulness, every morning.") == []
    assert find_sensitive("Grande es tu fidelidad.", language="es") == []


def test_what_is_private_for_a_group() -> None:
    assert is_private("sexual_intimacy", "open")
    assert not is_private("sexual_intimacy", "mild")
    assert is_private("money", "medium")
    assert not is_private("money", "mild")
    assert not is_private("grief", "medium")
    assert is_private("mental_health", "open")


def test_spans_between_offsets() -> None:
    text = "We talk about money easily. An affair is another matter."
    topics = find_sensitive(text)
    first = (0, text.index(".") + 1)
    second = (first[1] + 1, len(text))
    assert intensity_between(topics, *first) == "mild"
    assert not is_private_between(topics, *first)
    assert intensity_between(topics, *second) == "open"
    assert is_private_between(topics, *second)
    assert private_words("What would you say about an affair?") == ["affair"]


def test_topics_come_most_intense_first() -> None:
    topics = find_sensitive("Money is tight, and last year there was an affair.")
    assert [t.topic for t in topics] == ["infidelity", "money"]


@pytest.mark.parametrize(
    "text",
    [
        "Zacchaeus said, if I have cheated anybody out of anything, I will pay back four times the amount.",
        "He cheated on a test once and never forgot the shame of it.",
    ],
)
def test_cheating_that_is_not_on_a_spouse_is_not_an_affair(text: str) -> None:
    assert "infidelity" not in {t.topic for t in find_sensitive(text)}


_STEMS = "sex|sexo|íntim|passed away|love-making|lovemaking|red|rod|debt"


@pytest.mark.parametrize(
    "text",
    [
        "Their SEX life",
        "a sexo",
        "lo ÍNTIMO",
        "her father PASSED AWAY",
        "passed  away",
        "Love-Making",
        "love making",
        "they ordered bread",
        "a rod",
        "Rhododendron",
        "nothing here at all",
        "",
        "pas",
        "DEBTS",
    ],
)
def test_any_stem_finds_what_the_flat_alternation_finds(text: str) -> None:
    flat = re.compile(_STEMS, re.IGNORECASE)
    assert bool(any_stem(_STEMS).search(text)) == bool(flat.search(text))


def test_money_named_once_in_an_article_is_an_example_not_its_topic() -> None:
    body = "We keep a ledger that never closes, and every small offence becomes a fresh debt to cancel. "
    body += "Bear with each other's quirks, and keep the word forgiveness for real wrongs. " * 8
    article = body + "A broken promise about money is a real wrong. " + "Bear with each other's quirks. " * 40
    assert "money" not in [t.topic for t in find_sensitive(article)]
    twice = article + "We argue about money most months, and the money runs out before the month does."
    assert "money" in [t.topic for t in find_sensitive(twice)]
