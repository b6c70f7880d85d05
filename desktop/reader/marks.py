"""What the engine's analysis found in an article, turned into reader marks.

The finding is the engine's (``guides.analysis.analyze``); this module only converts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.reader.render import Mark


@dataclass(frozen=True)
class Verse:
    """A scripture reference as the reader shows it on hover and in the side panel."""

    ref: str
    cited: str
    text: str | None
    translation: str | None
    numbered: tuple[tuple[str, str], ...] = ()
    """Each verse as (its number, its text); a passage across chapters numbers them "3:36"."""


def analysis_marks(analysis: Any) -> list[Mark]:
    """Scripture references (keyed by their normalised reference) and the author's questions."""
    marks = [Mark("reference", s.start, s.end, key=s.ref) for s in analysis.scripture]
    marks.extend(Mark("question", q.start, q.end) for q in analysis.questions)
    return marks


def verses(analysis: Any) -> dict[str, Verse]:
    found: dict[str, Verse] = {}
    for use in analysis.scripture:
        if use.ref not in found:
            numbered = _numbered(use.ref) if use.verse_text else ()
            found[use.ref] = Verse(use.ref, use.text, use.verse_text, use.translation, numbered)
    return found


def _numbered(ref: str) -> tuple[tuple[str, str], ...]:
    """The bundled translation's verses of ``ref`` with their numbers (the analysis has the text only)."""
    from guides.scripture.bible_text import verses as bible_verses

    found = bible_verses(ref)
    across = len({v.chapter for v in found}) > 1
    return tuple((f"{v.chapter}:{v.verse}" if across else str(v.verse), v.text) for v in found)
