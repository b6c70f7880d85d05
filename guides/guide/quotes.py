"""Quotes that read well inside a question, and still point at the exact words.

A quote is always a span of the article: trimming moves ``start`` and
``end``, it never rewrites the words. It drops a leading "However," or "So",
the final period, and, for a long sentence, everything but its best clause
(split at commas, semicolons, dashes and at "but", "yet", "because" ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from guides.analysis.spans import Spans

MAX_QUOTE_WORDS = 18
MIN_QUOTE_WORDS = 4


@cache
def _leading_markers() -> re.Pattern[str]:
    """A leading "However," or "So" (compiled on first use: 4 ms, which showing a stored guide,
    as every start does, never needs)."""
    return re.compile(
        r"^(?:(?:however|so|but|and|yet|also|still|unfortunately|fortunately|perhaps|of course|in fact|"
        r"instead|then|now|after all|pero|y|entonces|sin embargo|además|también|por eso|así que)\b,?\s+)+",
        re.IGNORECASE,
    )


# Words a quote should neither begin nor end with.
_DANGLING_END = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "yet",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "than",
        "which",
        "who",
        "whom",
        "whose",
        "your",
        "our",
        "their",
        "my",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "very",
        "more",
        "most",
        "such",
        "el",
        "la",
        "los",
        "las",
        "y",
        "o",
        "pero",
        "de",
        "en",
        "con",
        "por",
        "para",
        "que",
        "como",
        "su",
        "sus",
        "tu",
        "es",
        "son",
        "muy",
        "más",
    }
)
_DANGLING_START = frozenset(
    {"and", "or", "but", "so", "yet", "which", "who", "whom", "whose", "than", "y", "o", "pero", "que"}
)
_SUBJECT_PRONOUNS = frozenset(
    {"i", "you", "we", "they", "he", "she", "it"}
    | {"yo", "tú", "usted", "nosotros", "ellos", "ellas", "él", "ella"}
)
# A clause that does not open the sentence must open like a clause, not like
# the next item of a list ("..., medical issues, opposite work schedules").
_CLAUSE_OPENERS = frozenset(
    {
        "i",
        "you",
        "we",
        "they",
        "he",
        "she",
        "it",
        "there",
        "this",
        "that",
        "these",
        "those",
        "many",
        "most",
        "some",
        "all",
        "each",
        "every",
        "couples",
        "people",
        "so",
        "but",
        "yet",
        "not",
        "the",
        "a",
        "an",
        "our",
        "your",
        "their",
        "his",
        "her",
        "my",
        "if",
        "when",
        "whenever",
        "because",
        "although",
        "though",
        "while",
        "as",
        "instead",
        "rather",
        "unless",
        "until",
        "once",
        "even",
        "true",
        "real",
        "what",
        "how",
        "why",
        "who",
        "yo",
        "tú",
        "usted",
        "nosotros",
        "ellos",
        "ellas",
        "él",
        "ella",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "si",
        "cuando",
        "porque",
        "aunque",
        "mientras",
        "nuestro",
        "nuestra",
        "su",
        "sus",
        "tu",
        "tus",
        "muchos",
        "muchas",
    }
)
# A clause that opens with one of these leans on the clause after it ("Over the
# course of a marriage, ...", "so at the end of the day, ..."): a quote may
# not stop right after it.
_LEANING = frozenset(
    {
        "so",
        "if",
        "when",
        "whenever",
        "because",
        "as",
        "while",
        "although",
        "though",
        "unless",
        "until",
        "once",
        "after",
        "before",
        "over",
        "for",
        "in",
        "with",
        "at",
        "on",
        "from",
        "by",
        "during",
        "without",
        "within",
        "under",
        "through",
        "despite",
        "like",
        "of",
        "to",
        "about",
        "since",
        "si",
        "cuando",
        "porque",
        "mientras",
        "aunque",
        "durante",
        "para",
        "por",
        "con",
        "en",
        "sin",
        "desde",
    }
)
BACK_REFERENCES = frozenset(
    {
        "it",
        "this",
        "that",
        "these",
        "those",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "its",
        "such",
        "ello",
        "esto",
        "eso",
        "esa",
        "ese",
    }
)
"""Words a quote should not open with when it is read on its own: they point back to a previous sentence."""


@cache
def _boundary() -> re.Pattern[str]:
    """Boundaries inside a sentence where a clause may start (compiled on first use)."""
    return re.compile(
        r"\s*[,;:]\s+|\s+[–—-]\s+|\s+(?=(?:but|yet|because|although|though|whereas|instead of|"
        r"as opposed to|so that|rather than|pero|porque|aunque|sino)\b)",
        re.IGNORECASE,
    )


_OPEN_MARKS = "“«‘"
_CLOSE_MARKS = "”»’"


@dataclass(frozen=True)
class Quote:
    """A trimmed quote: ``text == article_text[start:end]``."""

    text: str
    start: int
    end: int

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def _balanced(text: str) -> bool:
    if text.count('"') % 2:
        return False
    for opener, closer in zip(_OPEN_MARKS[:2], _CLOSE_MARKS[:2], strict=True):
        if text.count(opener) != text.count(closer):
            return False
    return text.count("(") == text.count(")")


def tidy(text: str, start: int, end: int, *, cut: bool = True) -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading discourse markers, spaces, dangling
    words and the closing punctuation, so the quote can sit inside a sentence.

    With ``cut`` false the span ends where the author ended the sentence, and
    its last word stays even if it is "that" ("larger than that").
    """
    for _ in range(6):
        before = (start, end)
        piece = text[start:end]
        marker = _leading_markers().match(piece)
        if marker and marker.end() < len(piece):
            start += marker.end()
        while start < end and text[start] in " \t\n—–-,;:":
            start += 1
        while end > start and text[end - 1] in " \t\n.,;:!—–-":
            end -= 1
        piece = text[start:end]
        # Surrounding quotation marks are ours to add, not the article's.
        if len(piece) > 2 and piece[0] in _OPEN_MARKS + '"' and piece[-1] in _CLOSE_MARKS + '"':
            start, end = start + 1, end - 1
        elif len(piece) > 1 and piece[-1] in _CLOSE_MARKS + '"' and not _balanced(piece):
            end -= 1
        elif len(piece) > 1 and piece[0] in _OPEN_MARKS + '"' and not _balanced(piece):
            start += 1
        tokens = text[start:end].split()
        if cut and tokens and tokens[-1].lower().strip(",;:") in _DANGLING_END:
            end = start + text[start:end].rstrip().rfind(" ")
        tokens = text[start:end].split()
        if len(tokens) > 1 and tokens[0].lower().strip(",;:") in _DANGLING_START:
            start += len(tokens[0])
        elif len(tokens) > 2 and tokens[0].lower() == "that" and tokens[1].lower() in _SUBJECT_PRONOUNS:
            start += len(tokens[0])  # "That you can trust ..." as a sentence fragment
        if (start, end) == before:
            break
    return start, end


def _opens_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens like a clause: a clause word, or "and"/"y"/"sino" before five
    words or more (a list's last item, "and medical issues", is shorter)."""
    first = _first_word(text, start, end)
    if first in _CLAUSE_OPENERS:
        return True
    return first in ("and", "y", "e", "sino") and len(text[start:end].split()) >= 6


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` as spans, split at the boundaries above."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _boundary().finditer(text, start, end):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans


Avoid = Sequence[tuple[int, int]] | Spans
"""Spans a quote may not touch: a sequence, or :class:`Spans` when a caller asks about the same ones
many times (a scan of every span per clause grew with the square of a long article)."""


def _overlaps(start: int, end: int, avoid: Avoid) -> bool:
    if isinstance(avoid, Spans):
        return avoid.overlaps(start, end)
    return any(s < end and start < e for s, e in avoid)


_TIDY_SLACK = 8
"""More words than :func:`tidy` can take off a run of clauses (markers, a dangling word at each end)."""


def trim_quote(
    text: str,
    start: int,
    end: int,
    *,
    max_words: int = MAX_QUOTE_WORDS,
    min_words: int = MIN_QUOTE_WORDS,
    avoid: Avoid = (),
    prefer: Sequence[str] = (),
    standalone: bool = False,
    from_start: bool = False,
) -> Quote | None:
    """The best quotable piece of ``text[start:end]``, or None when nothing fits.

    The whole (tidied) span wins when it is short enough and touches nothing
    in ``avoid``; otherwise the best run of whole clauses does: one that
    carries the ``prefer`` words (theme stems), then one that opens the
    sentence, then the longest. Nothing is quoted from a question (a quote
    inside a question would end in two question marks), a quote never ends
    where a colon introduces what follows, and its quotation marks and
    brackets are balanced. With ``standalone``, a quote may not open with a
    word that points back ("It", "This", "They"). With ``from_start`` the
    quote opens where the sentence opens, so it is never a fragment from its
    middle ("the dinner table, on the nights when ...").
    """
    if "?" in text[start:end] or "¿" in text[start:end]:
        return None
    s, e = tidy(text, start, end, cut=False)
    if _fits(text, s, e, max_words, min_words, avoid, standalone):
        return Quote(text[s:e], s, e)
    from guides.analysis.passages import stem, words  # here: the app shows a guide without them

    parts = clauses(text, s, e)
    preferred = {stem(w) for w in prefer}
    best: tuple[tuple[int, int, int], tuple[int, int]] | None = None
    sizes = [len(text[a:b].split()) for a, b in parts]
    for i in range(1 if from_start else len(parts)):
        if i > 0 and not _opens_clause(text, *parts[i]):
            continue
        size = 0
        for j in range(i, len(parts)):
            size += sizes[j]
            if size > max_words + _TIDY_SLACK:
                break  # longer runs cannot fit either: a sentence of thousands of clauses stays linear
            last = j == len(parts) - 1
            if not last and not _opens_clause(text, *parts[j + 1]):
                continue  # the cut would fall inside a list
            cs, ce = tidy(text, parts[i][0], parts[j][1], cut=not last)
            if not _fits(text, cs, ce, max_words, min_words, avoid, standalone):
                continue
            if text[ce : ce + 1] == ":":
                continue
            if j < len(parts) - 1 and _first_word(text, parts[j][0], parts[j][1]) in _LEANING:
                continue
            carried = len(preferred & {stem(w) for w in words(text[cs:ce])})
            rank = (carried, int(i == 0), ce - cs)
            if best is None or rank > best[0]:
                best = (rank, (cs, ce))
    if best is None:
        return None
    cs, ce = best[1]
    return Quote(text[cs:ce], cs, ce)


def _first_word(text: str, start: int, end: int) -> str:
    from guides.analysis.passages import words

    found = words(text[start:end])
    return found[0] if found else ""


def _fits(
    text: str,
    start: int,
    end: int,
    max_words: int,
    min_words: int,
    avoid: Avoid,
    standalone: bool = False,
) -> bool:
    if end <= start:
        return False
    piece = text[start:end]
    count = len(piece.split())
    if standalone and _first_word(text, start, end) in BACK_REFERENCES:
        return False
    return (
        min_words <= count <= max_words
        and "?" not in piece
        and "\n" not in piece
        and _balanced(piece)
        and not _overlaps(start, end, avoid)
    )


_KEPT_CAPITALS = frozenset(
    "I God God's Jesus Jesus' Christ Christ's Lord Spirit Holy Father Bible Scripture "
    "Dios Jesús Cristo Señor Espíritu Santo Padre Biblia".split()
)


def unshouted(quote: str, *, min_words: int = 3) -> str:
    """A heading set in capitals ("FORGIVENESS RELEASES THE DEBT") quoted in sentence case: capitals
    read as shouting inside a question. Words that keep a capital anyway (God, Jesus, I) keep it."""
    letters = [ch for ch in quote if ch.isalpha()]
    if len(quote.split()) < min_words or len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return quote
    kept = {w.upper(): w for w in _KEPT_CAPITALS}
    out = [kept.get(word, word.lower()) for word in re.split(r"(\W+)", quote)]
    text = "".join(out)
    first = next((i for i, ch in enumerate(text) if ch.isalpha()), 0)
    return text[:first] + text[first].upper() + text[first + 1 :]


def as_sentence(claim: str) -> str:
    """A claim printed on its own (the big idea) as a sentence: out of capitals, and with a capital
    first letter when the claim was taken from after the author's frame ("... it's this: stop trying")."""
    text = unshouted(claim).rstrip()
    first = next((i for i, ch in enumerate(text) if ch.isalpha()), None)
    if first is None:
        return text
    text = text[:first] + text[first].upper() + text[first + 1 :]
    return text if text.endswith((".", "!", "?", "”", "’", '"', "»")) else text + "."


def display(quote: str, language: str = "en") -> str:
    """The quote in quotation marks for a question; quotation marks inside become single ones."""
    inner = quote.replace("“", "‘").replace("”", "’").replace('"', "'")
    inner = unshouted(inner)
    if language == "es":
        return f"«{inner}»"
    return f"“{inner}”"


def opening_words(text: str, start: int, end: int, count: int = 6) -> Quote:
    """The first ``count`` words of a span (for "the paragraph that begins ..."), trimmed at a comma."""
    piece = text[start:end]
    tokens = list(re.finditer(r"\S+", piece))[:count]
    stop = tokens[-1].end() if tokens else 0
    comma = piece.find(",", 0, stop)
    if comma > 8:
        stop = comma
    s, e = start, start + stop
    while e > s and text[e - 1] in '.,;:!?—–-”’"':
        e -= 1
    return Quote(text[s:e], s, e)
