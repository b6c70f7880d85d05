"""What the engine's analysis found in an article, turned into reader marks.

The finding is the engine's (``guides.analysis.analyze``); this module only converts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.reader.render import Mark

if TYPE_CHECKING:
    from guides.analysis.analyze import Analysis
    from guides.article import Article


@dataclass(frozen=True)
class Verse:
    """A scripture reference as the reader shows it on hover and in the side panel."""

    ref: str
    cited: str
    text: str | None
    translation: str | None
    numbered: tuple[tuple[str, str], ...] = ()
    """Each verse as (its number, its text); a passage across chapters numbers them "3:36"."""


def analysis_marks(analysis: Analysis) -> list[Mark]:
    """Scripture references (keyed by their normalised reference) and the author's questions."""
    marks = [Mark("reference", s.start, s.end, key=s.ref) for s in analysis.scripture]
    marks.extend(Mark("question", q.start, q.end) for q in analysis.questions)
    return marks


def verses(analysis: Analysis) -> dict[str, Verse]:
    found: dict[str, Verse] = {}
    for use in analysis.scripture:
        if use.ref not in found:
            numbered = _numbered(use.ref) if use.verse_text else ()
            found[use.ref] = Verse(use.ref, use.text, use.verse_text, use.translation, numbered)
    return found


KEPT_KIND = "reader-marks"
"""The kind under which the library keeps an article's marks (guides.library.derived)."""
KEPT_VERSION = 2
"""Bumped when what is kept changes shape or meaning (2: the bundled Bible text, whose verses are kept)."""


def kept_engine() -> str:
    """Which engine made kept marks: another Porchlight version finds them stale."""
    from guides import __version__

    return f"{__version__}/{KEPT_VERSION}"


def structure(article: Article) -> str:
    """What, besides the text (the content hash), the analysis reads: the blocks and the language."""
    import zlib  # loaded at every start already; hashlib would load OpenSSL's module (2 ms) for this

    shape = f"{article.language}|" + "|".join(f"{b.kind}:{b.start}:{b.end}:{b.level}" for b in article.blocks)
    return f"{len(article.blocks)}-{zlib.crc32(shape.encode()):08x}"


def to_kept(article: Article, marks: list[Mark], found: dict[str, Verse]) -> dict[str, Any]:
    """The analysis marks and verses as JSON-ready data for the library."""
    return {
        "structure": structure(article),
        "marks": [[m.kind, m.start, m.end, m.key] for m in marks],
        "verses": [
            [v.ref, v.cited, v.text, v.translation, [list(n) for n in v.numbered]] for v in found.values()
        ],
    }


def from_kept(article: Article, data: Any) -> tuple[list[Mark], dict[str, Verse]] | None:
    """Marks and verses kept for ``article``, or None when they are not for it as it is now."""
    try:
        if data["structure"] != structure(article):
            return None
        marks = [
            Mark(kind, int(start), int(end), key=key)
            for kind, start, end, key in data["marks"]
            if kind in ("reference", "question")
        ]
        found = {
            str(ref): Verse(str(ref), str(cited), text, version, tuple((str(n), str(t)) for n, t in pairs))
            for ref, cited, text, version, pairs in data["verses"]
        }
    except (KeyError, TypeError, ValueError):
        return None
    return marks, found


def _numbered(ref: str) -> tuple[tuple[str, str], ...]:
    """The bundled translation's verses of ``ref`` with their numbers (the analysis has the text only)."""
    from guides.scripture.bible_text import verses as bible_verses

    found = bible_verses(ref)
    across = len({v.chapter for v in found}) > 1
    return tuple((f"{v.chapter}:{v.verse}" if across else str(v.verse), v.text) for v in found)
