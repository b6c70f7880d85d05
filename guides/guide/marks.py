"""The readers' own marks as a couple's opener: "Ben marked ..., Anna marked ... What made them stand out?"

Leaders who guide couples say the best opener is what each partner already
marked: read yours to each other, then talk about why. When the options carry
the readers' highlights and notes (:class:`guides.guide.model.Mark`), the
couple's "Read together" part asks about them, one question that quotes each
reader's first mark in reading order and stands on the first of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from guides.article import Article
from guides.catalog import catalog
from guides.guide.model import Mark, Question, Source
from guides.guide.picking import question_id
from guides.guide.quotes import display, tidy

MARK_WORDS = 12
"""A mark longer than this is quoted by its opening words and an ellipsis."""


def _quoted(text: str, start: int, end: int, language: str) -> tuple[str, int, int]:
    """The mark as a quote for a question: tidied, and cut to its opening words when long."""
    s, e = tidy(text, start, end, cut=False)
    if e <= s:
        s, e = start, end
    words = text[s:e].split()
    shown = " ".join(words)
    if len(words) > MARK_WORDS:
        # Its first sentence when that is short enough to say, else its opening words.
        first = re.match(r"(.{12,}?[.!?])\s", shown)
        if first and len(first.group(1).split()) <= MARK_WORDS:
            shown = first.group(1).rstrip(".") + "…"
        else:
            shown = " ".join(words[:MARK_WORDS]).rstrip(",;:.") + "…"
    return display(shown, language), s, e


def _usable(article: Article, marks: Sequence[Mark]) -> list[Mark]:
    size = len(article.text)
    kept = [m for m in marks if 0 <= m.start < m.end <= size and article.text[m.start : m.end].strip()]
    return sorted(kept, key=lambda m: (m.start, m.end, m.reader or ""))


def marks_question(article: Article, marks: Sequence[Mark], language: str) -> Question | None:
    """One question on what the readers marked, or None when nothing marked is still in the text."""
    words = catalog(language).table("marks")
    usable = _usable(article, marks)
    if not usable:
        return None
    first: dict[str, Mark] = {}
    for mark in usable:
        first.setdefault(mark.reader or "", mark)
    chosen = list(first.values())[:2]
    a = chosen[0]
    qa, sa, ea = _quoted(article.text, a.start, a.end, language)
    if len(chosen) == 1 and a.reader:
        text = words["one"].format(name=a.reader, quote=qa)
    elif len(chosen) == 1:
        text = words["one_unnamed"].format(quote=qa)
    else:
        b = chosen[1]
        overlap = a.start < b.end and b.start < a.end
        if overlap:
            text = words["same"].format(quote=qa)
        else:
            qb = _quoted(article.text, b.start, b.end, language)[0]
            text = words["two"].format(
                a=a.reader or words["reader"], qa=qa, b=b.reader or words["reader"], qb=qb
            )
    quote = article.text[sa:ea]
    return Question(
        id=question_id(text, sa, ea),
        text=text,
        kind="observation",
        visibility="couple",
        source=Source(quote, sa, ea),
        intensity="mild",
        family="marks",
        why=catalog(language).text("marks", "why"),
    )
