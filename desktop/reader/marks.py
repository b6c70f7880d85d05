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


def analysis_marks(analysis: Any) -> list[Mark]:
    """Scripture references (keyed by their normalised reference) and the author's questions."""
    marks = [Mark("reference", s.start, s.end, key=s.ref) for s in analysis.scripture]
    marks.extend(Mark("question", q.start, q.end) for q in analysis.questions)
    return marks


def verses(analysis: Any) -> dict[str, Verse]:
    found: dict[str, Verse] = {}
    for use in analysis.scripture:
        found.setdefault(use.ref, Verse(use.ref, use.text, use.verse_text, use.translation))
    return found
