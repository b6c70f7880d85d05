"""Finding a writer's quote in the article, word for word, and where it stands.

A model copies the article's words but not always its typography: straight
quotes for curly ones, a hyphen for a dash, one space for a line break, an
ellipsis where it skipped words. :func:`find_quote` compares both texts with
quotation marks, apostrophes, dashes and spaces normalised, maps the match
back to exact offsets, and takes the longest piece of an elided quote. The
source a question records is always ``article.text[start:end]``: the
article's own words, never the model's copy of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SAME = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "`": "'",
        "–": "-", "—": "-", "‑": "-", "\u00a0": " ",
    }
)  # fmt: skip
_ELISION = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\]|\[…\])\s*")
_EDGES = " \t\n\"'“”«»‘’()[]"
_NUMBER_MARK = re.compile(r"^\s*\[?\d{1,3}[\].)]\s+")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str


def normalised(text: str) -> tuple[str, list[int]]:
    """``text`` with marks and spaces normalised, and for each of its characters the original offset."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_SAME)):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def _pieces(quote: str) -> list[str]:
    """The quote without its quotation marks or a leading paragraph number, split at ellipses."""
    quote = _NUMBER_MARK.sub("", quote.strip()).strip(_EDGES)
    parts = [p.strip(_EDGES + ".,;:") for p in _ELISION.split(quote)]
    return sorted((p for p in parts if p), key=len, reverse=True)


class QuoteFinder:
    """Finds quotes in one text, normalised once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._haystack, self._where = normalised(text)

    def find(self, quote: str, *, near: tuple[int, int] | None = None) -> Found | None:
        """Where ``quote`` (or the longest piece of an elided quote) stands in the text.

        When it stands in several places, the one overlapping ``near`` wins, then the first.
        """
        pieces = _pieces(quote)
        if not pieces:
            return None
        needle, _ = normalised(pieces[0])
        hits: list[int] = []
        at = self._haystack.find(needle)
        while at >= 0 and len(hits) < 20:
            hits.append(at)
            at = self._haystack.find(needle, at + 1)
        if not hits:
            return None
        spans = [(self._where[h], self._where[h + len(needle) - 1] + 1) for h in hits]
        if near is not None:
            spans.sort(key=lambda s: not (s[0] < near[1] and near[0] < s[1]))
        start, end = spans[0]
        return Found(start, end, self.text[start:end])


def find_quote(text: str, quote: str, *, near: tuple[int, int] | None = None) -> Found | None:
    """Where ``quote`` stands in ``text`` (see :meth:`QuoteFinder.find`)."""
    return QuoteFinder(text).find(quote, near=near)
