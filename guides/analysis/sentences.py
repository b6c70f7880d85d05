"""Sentences of an article, as spans into its text.

:mod:`guides.analysis.segmenter` finds where sentences end, but a period
after an abbreviated Bible book name ("Matt. 19:5", "1 Cor. 13:4",
"Gen.4:19") or "vv." / "v." before verse numbers would end one there. Those
spans (the references :func:`find_references` finds, plus a pattern for
abbreviations) are masked first, their periods replaced by a letter so every
offset stays valid; the masked text is segmented, and the spans hold for the
original text. Blocks (separated by a blank line) are segmented one at a
time, so a sentence never crosses a block boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from guides.analysis.segmenter import segment
from guides.scripture.references import find_references


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``source[start:end] == text``, without surrounding whitespace."""

    start: int
    end: int
    text: str


_BLOCK_BREAK = re.compile(r"\n[ \t\f\v]*\n\s*")

# An abbreviated word followed by chapter:verse: "Matt. 19:5", "1 Cor. 13:4",
# "Gen.4:19". A period then digits is never a real sentence end when the
# digits go on with ":verse"; a bare chapter ("Ps. 23") is only masked for the
# known abbreviations below, so "Texas. 2 days later" still ends a sentence.
_ABBREVIATED_REFERENCE = re.compile(
    r"""
    (?<![\w.])
    (?:[1-3]|I{1,3})?\s?
    [A-Z][a-zà-ÿ]{0,11}\.\s?\d{1,3}
    :\d{1,3} (?:\s?[-–—]\s?\d{1,3})?
    """,
    re.VERBOSE,
)

# Abbreviations the segmenter may take for a sentence end when a number or a
# lowercase word follows: "vv. 4-6", "v. 7", "ch. 3", "cf. John", "pp. 12".
_ABBREVIATION = re.compile(
    r"""(?<![\w.])
    (?: vv | v | ch | chs | cf | pp | p | vol | St | Dr | Mr | Mrs | Ms | Fr | Sr | Jr
      | e\.g | i\.e | viz | approx | ca
      | Gen | Gén | Ex | Exod | Lev | Num | Deut | Josh | Judg | Sam | Kgs | Chr | Neh | Esth | Ps | Psa
      | Prov | Eccl | Ecc | Isa | Jer | Lam | Ezek | Dan | Hos | Obad | Mic | Nah | Hab | Zeph | Hag
      | Zech | Mal | Matt | Mt | Mk | Lk | Jn | Rom | Cor | Gal | Eph | Phil | Col | Thess | Tim
      | Tit | Phlm | Heb | Jas | Pet | Jud | Rev | Apoc | Sal | Mat | Mc | Lc | Ef | Fil )
    \.(?=\s?(?:\d|[a-z(]))
    """,
    re.VERBOSE,
)

_MASK_CHAR = "x"
_CLOSERS = "\"'”’»)]"


TITLE_WORDS = r"(?:[^\S\n]*(?:[A-Z][\w'’-]*|\d+|[a-z]{1,3}|[&–—-]),?(?=[^\S\n]|\n|$)){1,10}[^\S\n]*"
"""Words set like a title ("Kindness That Goes Looking, Lesson 4", "Most Read in Faith & Family"): at most
ten, each capitalised, a number or a short joining word, and no end mark."""

_TITLE_LINE = re.compile(rf"^(?=[^\n]*[A-Z]){TITLE_WORDS}(?=\n[A-Z])", re.M)
"""A line set like a title ("Kindness That Goes Looking, Lesson 4") with a capital opening the next line.
A line break is not a sentence's end, except after such a line."""


def _mask(block: str) -> str:
    """The block with the periods inside references and abbreviations made letters.

    Only the periods matter to the segmenter ("Matt. 19:5" -> "Mattx 19:5"); letters,
    capitals and digits stay, so a reference can still open a sentence. Single
    line breaks become spaces too: a block keeps them for poetry and
    hard-wrapped text, and a line break is not a sentence's end.
    """
    chars = list(block.replace("\n", " "))
    if "\n" in block:
        for line in _TITLE_LINE.finditer(block):
            chars[line.end()] = "\r"  # the segmenter cuts here: "Lesson 4" ends, "For small groups." starts
    spans = [(r.start, r.end) for r in find_references(block)]
    if ":" in block:  # an abbreviated reference always has chapter:verse
        spans.extend((m.start(), m.end()) for m in _ABBREVIATED_REFERENCE.finditer(block))
    if "." in block:
        spans.extend((m.start(), m.end()) for m in _ABBREVIATION.finditer(block))
    for start, end in spans:
        for i in range(start, end):
            if chars[i] == ".":
                chars[i] = _MASK_CHAR
    return "".join(chars)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of text between blank lines."""
    start = 0
    for match in _BLOCK_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _merge_closers(block: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep a closing quote or bracket with the sentence it closes (a straight quote set against the word
    after it opens the next sentence: ``shutting up. "What's the worst part today?"``)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        opening = block[start] in "\"'" and start + 1 < len(block) and block[start + 1].isalnum()
        if merged and block[start] in _CLOSERS and not opening:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, as spans into it.

    A sentence never crosses a blank line; its span excludes surrounding
    whitespace. Bible references ("Matt. 19:5", "Gen.4:19", "vv. 4-6") and
    common abbreviations ("Dr.", "e.g.", "St.") do not end a sentence, and a
    sentence ending in a closing quotation mark keeps the mark.
    """
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        block = text[block_start:block_end]
        if not block.strip():
            continue
        spans = _merge_closers(block, segment(_mask(block)))
        for start, end in spans:
            piece = block[start:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if not piece:
                continue
            absolute = block_start + start + lead
            sentences.append(Sentence(absolute, absolute + len(piece), piece))
    return sentences
