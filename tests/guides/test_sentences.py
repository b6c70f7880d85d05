"""Sentence spans: exact offsets, block boundaries, abbreviations, quotations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guides.analysis import Sentence, split_sentences


def texts(source: str) -> list[str]:
    sentences = split_sentences(source)
    for s in sentences:
        assert source[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    return [s.text for s in sentences]


def test_spans_and_dataclass() -> None:
    source = "  First one.  Second one!\n\nThird?"
    result = split_sentences(source)
    assert result == [
        Sentence(2, 12, "First one."),
        Sentence(14, 25, "Second one!"),
        Sentence(27, 33, "Third?"),
    ]
    with pytest.raises(AttributeError):
        result[0].start = 5  # type: ignore[misc]


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \n") == []


def test_never_crosses_a_blank_line() -> None:
    source = "A heading without a stop\n\nThe paragraph starts here and ends here."
    assert texts(source) == ["A heading without a stop", "The paragraph starts here and ends here."]


def test_single_line_break_does_not_end_a_sentence() -> None:
    source = "This sentence was wrapped\nby a plain-text editor. Next."
    assert texts(source) == ["This sentence was wrapped\nby a plain-text editor.", "Next."]


@pytest.mark.parametrize(
    "source",
    [
        "Jesus quotes it in Matt. 19:5 and Paul in 1 Cor. 13:4 as well.",
        "Lamech in Gen.4:19 took two wives.",
        "Dr. Smith says, e.g. in chapter two, that it matters.",
        "That is, i.e. the whole point, trust.",
        "Read Eph. 5 and look at vv. 4-6 closely.",
        "See v. 7 and St. Paul's letter.",
        "Compare Ps. 23 with Rev. 21 and Gén. 2:24 here.",
    ],
)
def test_abbreviations_do_not_split(source: str) -> None:
    assert texts(source) == [source]


def test_reference_at_sentence_end_still_ends_it() -> None:
    assert texts("Read Gen. 2:24. Then read on.") == ["Read Gen. 2:24.", "Then read on."]


def test_reference_can_open_a_sentence() -> None:
    assert texts("We agree. Gen. 2:24 says so. Then 1 Cor. 13 too.") == [
        "We agree.",
        "Gen. 2:24 says so.",
        "Then 1 Cor. 13 too.",
    ]


def test_a_number_after_an_ordinary_word_still_splits() -> None:
    assert texts("We drove to Texas. 2 days later it rained.") == [
        "We drove to Texas.",
        "2 days later it rained.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    source = "He said, “Go home. Now.” Then he left. She wrote, \"Love is patient.\" We agree."
    assert texts(source) == [
        "He said, “Go home. Now.”",
        "Then he left.",
        "She wrote, \"Love is patient.\"",
        "We agree.",
    ]


def test_seed_like_paragraph() -> None:
    source = (
        "Unfortunately, couples minimize it, but Ephesians 5:31 reminds us that, “Therefore a man "
        "shall leave his father and mother and hold fast to his wife, and the two shall become one "
        "flesh (ESV).” True intimacy is more than a physical act."
    )
    result = texts(source)
    assert len(result) == 2
    assert result[0].endswith("(ESV).”")


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"”“:12IMat")), max_size=80))
def test_spans_always_match(source: str) -> None:
    previous_end = 0
    for s in split_sentences(source):
        assert source[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert "\n\n" not in s.text
        assert s.start >= previous_end
        previous_end = s.end


# The project's own segmenter replaced pysbd: these are pysbd's sentences on the same text, kept so
# that no guide made from an article changed.
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Mr. Lee and Mrs. Lee came at 7 a.m. on Sunday. They stayed.",
            ["Mr. Lee and Mrs. Lee came at 7 a.m. on Sunday.", "They stayed."],
        ),
        ("We met at 5 p.m. Then we ate.", ["We met at 5 p.m.", "Then we ate."]),
        ("He lives in the U.S. He likes it.", ["He lives in the U.S.", "He likes it."]),
        ("It cost 3.5 dollars. Then it rose.", ["It cost 3.5 dollars.", "Then it rose."]),
        ("See www.example.com for more. Then write.", ["See www.example.com for more.", "Then write."]),
        (
            "St. Paul's letter is long. Dr. Smith, Ph.D., agrees. He is right, etc. and so on.",
            ["St. Paul's letter is long.", "Dr. Smith, Ph.D., agrees.", "He is right, etc. and so on."],
        ),
        ("No. 5 is next. No. It is not.", ["No. 5 is next.", "No.", "It is not."]),
        ("I want it. I said so.", ["I want it.", "I said so."]),
    ],
)
def test_abbreviations_numbers_and_addresses(source: str, expected: list[str]) -> None:
    assert texts(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "She said, “Go home.” He went. “Stay,” she said. Fine.",
            ["She said, “Go home.”", "He went.", "“Stay,” she said.", "Fine."],
        ),
        ("“Love is patient” Paul wrote to them.", ["“Love is patient”", "Paul wrote to them."]),
        ('He said "Stop!" She stopped.', ['He said "Stop!"', "She stopped."]),
        (
            "(See John 3:16.) Then read on. It helps (a lot). Really.",
            ["(See John 3:16.)", "Then read on.", "It helps (a lot).", "Really."],
        ),
        (
            "It was great! and then it rained. Oh! We left.",
            ["It was great! and then it rained.", "Oh!", "We left."],
        ),
        ("¿Qué pasó? ¡Nada! Todo bien.", ["¿Qué pasó?", "¡Nada!", "Todo bien."]),
    ],
)
def test_quotations_brackets_and_marks(source: str, expected: list[str]) -> None:
    assert texts(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Wait... Then it came. And then... it went.",
            ["Wait...", "Then it came.", "And then... it went."],
        ),
        ("He paused . . . and went on. It ended.", ["He paused . . . and went on.", "It ended."]),
        (
            "Really?! Yes. Wow!! Amazing. What??? No!",
            ["Really?!", "Yes.", "Wow!!", "Amazing.", "What??? No!"],
        ),
    ],
)
def test_ellipses_and_runs_of_marks(source: str, expected: list[str]) -> None:
    assert texts(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Do three things: 1. Pray. 2. Read. 3. Rest.",
            ["Do three things:", "1. Pray.", "2. Read.", "3. Rest."],
        ),
        # A hard-wrapped outline: its line breaks are spaces, its items still stand apart.
        ("Pray\n1. Alone\n2. Together", ["Pray", "1. Alone", "2. Together"]),
        ("Steps 1) listen 2) wait 3) speak. Done.", ["Steps", "1) listen", "2) wait", "3) speak.", "Done."]),
        ("Choose (a) rest or (b) work. Then go.", ["Choose", "(a) rest or", "(b) work.", "Then go."]),
        ("As we saw.12 The next part starts here.", ["As we saw.12", "The next part starts here."]),
    ],
)
def test_lists_and_footnotes(source: str, expected: list[str]) -> None:
    assert texts(source) == expected


def test_a_letters_greeting_pasted_onto_its_first_line_is_a_sentence_of_its_own() -> None:
    text = "Dear Sunday, You are not really grieving a dinner. You are grieving a feeling."
    first, second = (s.text for s in split_sentences(text)[:2])
    assert (first, second) == ("Dear Sunday,", "You are not really grieving a dinner.")
    # A greeting that goes on in lowercase is one sentence with what follows.
    opening = split_sentences("Dear friends, we met at last. Then we ate.")[0]
    assert opening.text == "Dear friends, we met at last."
