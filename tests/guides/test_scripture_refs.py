"""Scripture references in running text: forms, spans, normal forms, false positives."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guides.scripture import ScriptureReference, find_references, parse_reference


def found(text: str) -> list[tuple[str, str]]:
    """(text as written, normal form) for each reference, after checking spans."""
    references = find_references(text)
    previous_end = 0
    for r in references:
        assert text[r.start : r.end] == r.text
        assert r.start >= previous_end
        previous_end = r.end
    return [(r.text, r.ref) for r in references]


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("Ephesians 5:31", "Ephesians 5:31"),
        ("Eph. 5:31", "Ephesians 5:31"),
        ("Eph 5:31-33", "Ephesians 5:31-33"),
        ("1 Cor. 13:4–7", "1 Corinthians 13:4-7"),
        ("I Corinthians 13", "1 Corinthians 13"),
        ("Psalm 23", "Psalm 23"),
        ("Psalms 23", "Psalm 23"),
        ("Ps 23:1", "Psalm 23:1"),
        ("Song of Solomon 2:4", "Song of Solomon 2:4"),
        ("Gen.4:19", "Genesis 4:19"),
        ("John 3:16-4:2", "John 3:16-4:2"),
        ("Matthew 5–7", "Matthew 5-7"),
        ("Second Timothy 3:16", "2 Timothy 3:16"),
        ("2Tim 3:16", "2 Timothy 3:16"),
        ("III John 4", "3 John 4"),
        ("Ephesians chapter 5", "Ephesians 5"),
        ("Ephesians 5, verse 31", "Ephesians 5:31"),
        ("Rom 8:28ff", "Romans 8:28"),
        ("Gen 2:24a", "Genesis 2:24"),
        ("John 3.16", "John 3:16"),
        # Spanish and Portuguese book names map to the same books.
        ("Efesios 5:31", "Ephesians 5:31"),
        ("Gén. 2:24", "Genesis 2:24"),
        ("Mateo 19:5", "Matthew 19:5"),
        ("I Coríntios 7:3", "1 Corinthians 7:3"),
        ("Marcos 10:9", "Mark 10:9"),
        ("Salmo 23", "Psalm 23"),
        ("Juan 3:16", "John 3:16"),
        ("1 Juan 4:8", "1 John 4:8"),
        ("Romanos 8:28", "Romans 8:28"),
        ("Provérbios 3:5", "Proverbs 3:5"),
        ("Jo 3:16", "John 3:16"),
        ("Jó 1:21", "Job 1:21"),
        ("Apocalipsis 21:4", "Revelation 21:4"),
        ("Hechos 2:38", "Acts 2:38"),
        # Single-chapter books: the number is a verse.
        ("Jude 3", "Jude 3"),
        ("Philemon 6", "Philemon 6"),
        ("Obadiah 4", "Obadiah 4"),
        ("Jude 1:3", "Jude 3"),
    ],
)
def test_forms(written: str, normal: str) -> None:
    text = f"As we read in {written}, love is patient."
    assert found(text) == [(written, normal)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i John 3:16", [("John 3:16", "John 3:16")]),
        ("first Corinthians 13", [("first Corinthians 13", "1 Corinthians 13")]),
        ("I Genesis 3", [("Genesis 3", "Genesis 3")]),
        ("2 Genesis 1:1", [("Genesis 1:1", "Genesis 1:1")]),
        ("Then I John 4:8 said", [("I John 4:8", "1 John 4:8")]),
    ],
)
def test_a_number_a_book_does_not_take_is_left_out(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_fields_of_a_reference() -> None:
    (r,) = find_references("See 1 Cor. 13:4–7 (NIV) today.")
    assert (r.start, r.end, r.text) == (4, 17, "1 Cor. 13:4–7")
    assert (r.book, r.book_id) == ("1 Corinthians", "1Cor")
    assert (r.start_chapter, r.start_verse, r.end_chapter, r.end_verse) == (13, 4, 13, 7)
    assert r.translation == "NIV"
    assert r.osis == "1Cor.13.4-1Cor.13.7"
    chapter = parse_reference("Psalm 23")
    assert chapter is not None
    assert (chapter.book, chapter.start_verse, chapter.end_verse) == ("Psalms", None, None)
    assert chapter.osis == "Ps.23"


def test_reference_is_frozen_and_replace_recomputes_the_normal_form() -> None:
    r = parse_reference("Eph 5:31")
    assert isinstance(r, ScriptureReference)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.start = 3  # type: ignore[misc]
    wider = dataclasses.replace(r, end_verse=33)
    assert wider.ref == "Ephesians 5:31-33"


def test_list_with_two_books_gives_two_spans() -> None:
    assert found("Gen. 2:24; Matt. 19:5") == [("Gen. 2:24", "Genesis 2:24"), ("Matt. 19:5", "Matthew 19:5")]


def test_list_inherits_the_book() -> None:
    assert found("Proverbs 10:5, 13:24") == [("Proverbs 10:5", "Proverbs 10:5"), ("13:24", "Proverbs 13:24")]
    assert found("Eph 5:21-33; 6:1-4") == [("Eph 5:21-33", "Ephesians 5:21-33"), ("6:1-4", "Ephesians 6:1-4")]


def test_list_inherits_the_chapter() -> None:
    assert found("Romans 8:28, 31 and 38") == [
        ("Romans 8:28", "Romans 8:28"),
        ("31", "Romans 8:31"),
        ("38", "Romans 8:38"),
    ]
    assert found("Psalms 23, 24") == [("Psalms 23", "Psalm 23"), ("24", "Psalm 24")]


def test_a_count_after_a_reference_is_not_a_verse() -> None:
    assert found("Romans 8:28, 5 people came.") == [("Romans 8:28", "Romans 8:28")]


def test_verse_words_inherit_book_and_chapter() -> None:
    text = "Read Eph 5:21. Then vv. 4-6 and v. 7, and finally verse 8."
    assert found(text) == [
        ("Eph 5:21", "Ephesians 5:21"),
        ("vv. 4-6", "Ephesians 5:4-6"),
        ("v. 7", "Ephesians 5:7"),
        ("verse 8", "Ephesians 5:8"),
    ]


def test_verse_words_without_a_reference_before_are_nothing() -> None:
    assert found("The second verse 2 times, then v. 7.") == []


@pytest.mark.parametrize(
    ("text", "written", "translation"),
    [
        ("John 3:16 (NIV)", "John 3:16", "NIV"),
        ("John 3:16 ESV", "John 3:16", "ESV"),
        ("John 3:16, NKJV", "John 3:16", "NKJV"),
        ("Juan 3:16 (RVR1960)", "Juan 3:16", "RVR1960"),
        ("John 3:16 (TPT)", "John 3:16", "TPT"),
        ("John 3:16 In the beginning", "John 3:16", None),
        ("Rev 21 (NB) is long", "Rev 21", None),
    ],
)
def test_translation_named_after(text: str, written: str, translation: str | None) -> None:
    (r,) = find_references(text)
    assert (r.text, r.translation) == (written, translation)


def test_translation_after_a_list_names_all_of_it() -> None:
    references = find_references("Gen. 2:24; Matt. 19:5 (ESV)")
    assert [r.translation for r in references] == ["ESV", "ESV"]


def test_translation_closing_the_quotation_that_follows() -> None:
    text = (
        "Ephesians 5:31 reminds us that, “Therefore a man shall leave his father and mother and hold "
        "fast to his wife, and the two shall become one flesh (ESV).” True intimacy is more."
    )
    (r,) = find_references(text)
    assert (r.text, r.translation) == ("Ephesians 5:31", "ESV")


@pytest.mark.parametrize(
    "text",
    [
        "Mark my words.",
        "Job",
        "He lost his Job.",
        "Acts of kindness",
        "Numbers matter",
        "Genesis of the idea",
        "I will John 3 times",
        "Ruth was late",
        "James said",
        "in 2 Kings of rock",
        "Read Luke 15 tonight",
        "Mark 4 points on the map",
        "Dan said it twice",
        "Is 5 enough?",
        "At 2:15 we met",
        "Psalm 23rd street",
        "John 3:16am",
        "Genesis 1,000 times",
        "Mark 2:30pm",
        "Rev. Smith preached",
        "Corinthians 13",
        "Amazon EC2 servers",
        "Le 11 Décembre 2014",
        "PS 2 was added later",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text", ["Psalm 151:3", "John 30:1", "Psalm 151", "Jude 26", "Gen 2:26", "Eph 5:33-31"]
)
def test_verses_the_bundled_text_lacks_are_not_references(text: str) -> None:
    assert found(text) == []


# --- where pythonbible's parser fails ------------------------------------------


def test_pythonbible_crash_case_blank_line_after_a_book_name() -> None:
    # pythonbible raises on this; a full name followed by a period ends a sentence.
    assert found("Genesis.\n\n1. Leaving home") == []
    assert found("Gen.\n\n1. Leaving home") == []


def test_pythonbible_en_dash_case() -> None:
    (r,) = find_references("1 Cor. 13:4–7")
    assert (r.start_verse, r.end_verse, r.ref) == (4, 7, "1 Corinthians 13:4-7")


def test_pythonbible_misread_list_case() -> None:
    assert found("Rev. 21, 2 Timothy 3:16") == [
        ("Rev. 21", "Revelation 21"),
        ("2 Timothy 3:16", "2 Timothy 3:16"),
    ]


def test_pythonbible_no_spans_case() -> None:
    text = "Compare Eph 5:31 with Gen 2:24."
    assert [(r.start, r.end) for r in find_references(text)] == [(8, 16), (22, 30)]


# --- a dense outline -------------------------------------------------------------

OUTLINE = (
    "Sermon outline: One Flesh\n\n"
    "I. The design (Gen. 2:18-25; cf. Matt. 19:4-6 and Mark 10:9). Read vv. 24-25 aloud.\n"
    "II. The mystery: Eph 5:21–33, esp. v. 31 (ESV); compare 1 Cor. 7:3-5, 13:4–7 and "
    "Song of Solomon 2:4.\n"
    "III. Trust and shelter: Psalm 23; Ps 91:1, 4; Prov. 3:5-6, 31:10-12 (NIV).\n"
    "IV. Para la casa: Efesios 5:25, Juan 15:12 y 1 Juan 4:8; em casa: Provérbios 3:5.\n"
    "V. Closing: Jude 24-25 and Rev. 21, 2 Timothy 3:16. Mark my words: Job 2 times is no verse."
)


def test_dense_outline() -> None:
    assert found(OUTLINE) == [
        ("Gen. 2:18-25", "Genesis 2:18-25"),
        ("Matt. 19:4-6", "Matthew 19:4-6"),
        ("Mark 10:9", "Mark 10:9"),
        # "cf. ... Mark 10:9" is a verse quoted in passing: "Read vv. 24-25" is the passage studied
        ("vv. 24-25", "Genesis 2:24-25"),
        ("Eph 5:21–33", "Ephesians 5:21-33"),
        ("v. 31", "Ephesians 5:31"),
        ("1 Cor. 7:3-5", "1 Corinthians 7:3-5"),
        ("13:4–7", "1 Corinthians 13:4-7"),
        ("Song of Solomon 2:4", "Song of Solomon 2:4"),
        ("Psalm 23", "Psalm 23"),
        ("Ps 91:1", "Psalm 91:1"),
        ("4", "Psalm 91:4"),
        ("Prov. 3:5-6", "Proverbs 3:5-6"),
        ("31:10-12", "Proverbs 31:10-12"),
        ("Efesios 5:25", "Ephesians 5:25"),
        ("Juan 15:12", "John 15:12"),
        ("1 Juan 4:8", "1 John 4:8"),
        ("Provérbios 3:5", "Proverbs 3:5"),
        ("Jude 24-25", "Jude 24-25"),
        ("Rev. 21", "Revelation 21"),
        ("2 Timothy 3:16", "2 Timothy 3:16"),
    ]
    references = find_references(OUTLINE)
    assert {r.ref: r.translation for r in references}["Ephesians 5:31"] == "ESV"
    assert [r.translation for r in references if r.book_id == "Prov"] == ["NIV", "NIV", None]


# --- properties ---------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["Gen", "Gen.", "Genesis", "1 Cor", "I ", "John", "Jude", "Ps", "Salmo", "vv.", "v.", "verse", " ", "\n",
     "\n\n", ":", ".", ",", ";", "-", "–", "(NIV)", "ESV", "“", "”", "and", "3", "16", "151", "0", "999", "a",
     "ff", "times"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join) | st.text(max_size=120))
def test_never_raises_and_spans_match(text: str) -> None:
    previous_end = 0
    for r in find_references(text):
        assert text[r.start : r.end] == r.text
        assert r.text.strip() == r.text and r.text
        assert r.start >= previous_end
        previous_end = r.end
        assert (r.start_chapter, r.start_verse or 0) <= (r.end_chapter, r.end_verse or 10**6)
