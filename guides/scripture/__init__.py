"""Bible references in text, and the text of the passages they name."""

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
