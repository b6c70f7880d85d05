"""Bible references in text, and the text of the passages they name.

Loaded on first use: the reader shows a verse without the reference finder, and the finder
works without the Bible text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guides.lazy import lazy_names

if TYPE_CHECKING:
    from guides.scripture.bible_text import (
        TRANSLATION,
        Passage,
        Translation,
        Verse,
        lookup,
        verse_text,
        verses,
    )
    from guides.scripture.books import BOOKS, Book, get_book
    from guides.scripture.references import (
        TRANSLATIONS,
        ScriptureReference,
        find_references,
        parse_reference,
    )
    from guides.scripture.versification import chapter_count, verse_count

_MODULES = {
    "guides.scripture.bible_text": (
        "TRANSLATION",
        "Passage",
        "Translation",
        "Verse",
        "lookup",
        "verse_text",
        "verses",
    ),
    "guides.scripture.books": ("BOOKS", "Book", "get_book"),
    "guides.scripture.references": (
        "TRANSLATIONS",
        "ScriptureReference",
        "find_references",
        "parse_reference",
    ),
    "guides.scripture.versification": ("chapter_count", "verse_count"),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "BOOKS",
    "TRANSLATION",
    "TRANSLATIONS",
    "Book",
    "Passage",
    "ScriptureReference",
    "Translation",
    "Verse",
    "chapter_count",
    "find_references",
    "get_book",
    "lookup",
    "parse_reference",
    "verse_count",
    "verse_text",
    "verses",
]


__getattr__ = lazy_names(__name__, _HOME)
