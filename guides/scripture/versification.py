"""How many chapters each book has and how many verses each chapter, in the bundled text.

A reference is only a reference if the bundled translation has it: "Psalm
151:3" and "John 30:1" are not. The counts come from
``resources/bible/versification.tsv`` (built with the text by
packaging/build_bible.py), a few kilobytes, so checking references never
loads the Bible text itself.
"""

from __future__ import annotations

from functools import lru_cache

from guides.resources import resource_path


@lru_cache(maxsize=1)
def _verse_counts() -> dict[str, tuple[int, ...]]:
    counts: dict[str, tuple[int, ...]] = {}
    path = resource_path("bible", "versification.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            osis, numbers = line.split("\t")
            counts[osis] = tuple(int(n) for n in numbers.split())
    return counts


def chapter_count(osis: str) -> int:
    """Chapters in the book (0 for an unknown id)."""
    return len(_verse_counts().get(osis, ()))


def verse_count(osis: str, chapter: int) -> int:
    """Verses in the chapter (0 if the book or chapter does not exist)."""
    chapters = _verse_counts().get(osis, ())
    return chapters[chapter - 1] if 1 <= chapter <= len(chapters) else 0


def is_valid(
    osis: str, start_chapter: int, start_verse: int | None, end_chapter: int, end_verse: int | None
) -> bool:
    """Whether the range exists in the bundled text and runs forwards."""
    if not 1 <= start_chapter <= end_chapter <= chapter_count(osis):
        return False
    if start_verse is not None and not 1 <= start_verse <= verse_count(osis, start_chapter):
        return False
    if end_verse is not None and not 1 <= end_verse <= verse_count(osis, end_chapter):
        return False
    return not (
        start_chapter == end_chapter
        and start_verse is not None
        and end_verse is not None
        and end_verse < start_verse
    )
