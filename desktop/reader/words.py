"""Selections that end on whole words, as reading apps make them.

A drag that starts or stops inside a word ("...two sessio") is widened to the
whole word, and spaces and line breaks at either end are dropped, so a
highlight never holds half a word or a stray space. Apostrophes and hyphens
inside a word belong to it ("don't", "well-being"); punctuation at its edge
does not, except a closing quotation mark or full stop the selection already
reached.
"""

from __future__ import annotations

_JOINERS = "'’-‐"


def _in_word(text: str, i: int) -> bool:
    """Whether the character at ``i`` is part of a word (a letter, a digit, or a joiner between them)."""
    if not 0 <= i < len(text):
        return False
    c = text[i]
    if c.isalnum():
        return True
    return c in _JOINERS and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` widened to whole words and stripped of surrounding space (``end > start``)."""
    start, end = max(start, 0), min(end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return start, end
    if _in_word(text, start):
        while start > 0 and _in_word(text, start - 1):
            start -= 1
    if _in_word(text, end - 1):
        while end < len(text) and _in_word(text, end):
            end += 1
    return start, end
