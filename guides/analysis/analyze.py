"""One pass over an article that gathers everything the guides are made from.

:func:`analyze` runs the sentence splitter, the scripture finder (with the
verse text looked up), and the finders for the author's questions, advice,
themes, key passages and sensitive topics, and bundles the results in an
:class:`Analysis`. Every span in it points into ``article.text``, which holds
only the article's body: comments and spam live in ``article.removed`` and
are never read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from guides import budgets
from guides.analysis.advice import Advice, find_advice
from guides.analysis.passages import KeyPassage, Theme, find_key_passages, find_themes, sentence_themes
from guides.analysis.questions import AuthorQuestion, find_author_questions
from guides.analysis.reading import ArticleReading, read_article, reading_to_dict
from guides.analysis.sensitive import SensitiveTopic, find_sensitive
from guides.analysis.sentences import Sentence, split_sentences
from guides.article import Article
from guides.language import detect_language
from guides.scripture import find_references, lookup

ANALYSIS_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ScriptureUse:
    """A scripture reference in the article, with the verse text when it could be looked up.

    ``text`` is the reference as written ("Eph. 5:31"), ``ref`` its normalised
    form ("Ephesians 5:31"). ``quotation`` is the span of the verse as the
    article quotes it, when it does.
    """

    text: str
    start: int
    end: int
    ref: str
    cited_translation: str | None
    verse_text: str | None
    translation: str | None
    quotation: tuple[int, int] | None
    book: str = ""
    """The canonical book name ("Galatians"), for comparing references."""
    first: tuple[int, int] = (0, 0)
    """(chapter, verse) where the passage starts; verse 0 for a whole chapter."""
    last: tuple[int, int] = (0, 0)
    """(chapter, verse) where it ends; verse 999 for a whole chapter."""

    def covers(self, other: ScriptureUse) -> bool:
        """Whether this passage contains all of ``other`` ("Galatians 6:1-5" covers "Galatians 6:2")."""
        return self.book == other.book and self.first <= other.first and other.last <= self.last


@dataclass(frozen=True)
class Analysis:
    """Everything found in one article; spans index ``article.text``."""

    language: str
    sentences: tuple[Sentence, ...]
    scripture: tuple[ScriptureUse, ...]
    questions: tuple[AuthorQuestion, ...]
    advice: tuple[Advice, ...]
    themes: tuple[Theme, ...]
    key_passages: tuple[KeyPassage, ...]
    big_idea: KeyPassage | None
    sensitive: tuple[SensitiveTopic, ...]
    faith_words: tuple[str, ...]
    """Faith vocabulary found in the body ("God", "prayer", "pastor"), once each, in order."""
    reading: ArticleReading
    """What each sentence is doing (claim, hedge, story, instruction ...), the lists and the thesis."""

    @property
    def scripture_quotations(self) -> tuple[tuple[int, int], ...]:
        return tuple(s.quotation for s in self.scripture if s.quotation is not None)

    @property
    def has_faith(self) -> bool:
        """Whether faith elements suit this article when the user has not said.

        A verse the article comments on is enough, or two references,
        or one with a faith word beside it; otherwise it takes two different faith
        words, so that "in good faith", one mention of a church building or one
        proverb named in passing in a magazine essay does not make a secular piece
        devotional.
        """
        return (
            len(self.scripture) >= 2
            or (bool(self.scripture) and len(self.faith_words) >= 1)
            or any(u.role == "discussed" for u in self.reading.scripture)
            or len(self.faith_words) >= 2
        )


_FAITH_WORDS = re.compile(
    r"\b(?:God|God['’]s|Jesus|Christ|Christian|Christians|Lord|Holy Spirit|Scripture|Scriptures|Bible|"
    r"biblical|gospel|church|pray|prays|prayed|praying|prayer|prayers|pastor|sermon|worship|salvation|"
    r"sin|sins|amen|psalm|apostle|disciples|"
    r"Dios|Jesús|Cristo|Señor|Espíritu Santo|Escritura|Escrituras|Biblia|bíblico|evangelio|iglesia|"
    r"orar|oración|oraciones|ora|cristiano|cristianos|cristiana|pecado|salvación|amén|salmo|salmista)\b",
)


def find_faith_words(text: str) -> tuple[str, ...]:
    """The distinct faith words in ``text`` (case-folded), in order of first use."""
    seen: dict[str, None] = {}
    for match in _FAITH_WORDS.finditer(text):
        seen.setdefault(match.group(0).lower(), None)
    return tuple(seen)


def analyze(article: Article) -> Analysis:
    """Analyse ``article``: scripture, the author's questions and advice, themes, key passages,
    the big idea and sensitive topics. Deterministic: the same article gives the same Analysis.

    An article longer than :data:`guides.budgets.MAX_GUIDE_WORDS` is refused
    (:class:`~guides.errors.BudgetExceededError`) before any of it is read.
    """
    budgets.check_guide_words(article.word_count)
    text = article.text
    language = article.language or detect_language(text) or "en"
    sentences = tuple(split_sentences(text))
    scripture = tuple(find_scripture(article))
    quoted = tuple(s.quotation for s in scripture if s.quotation is not None)
    references = tuple((s.start, s.end) for s in scripture)
    themes = tuple(find_themes(article, language=language, exclude=references + quoted))
    advice = tuple(find_advice(text, sentences, language=language, exclude=quoted))
    reading = read_article(
        article, sentences, advice=advice, scripture=scripture, themes=themes, language=language
    )
    # Key passages are read aloud and quoted: never a hedge, a promotion, a note or another letter.
    unusable = tuple((p.start, p.end) for p in reading.passages if not p.usable or p.role == "quotation")
    key_passages = tuple(
        find_key_passages(article, sentences, themes, language=language, exclude=quoted + unusable)
    )
    thesis = reading.thesis
    return Analysis(
        language=language,
        sentences=sentences,
        scripture=scripture,
        questions=tuple(find_author_questions(text, sentences, exclude=quoted)),
        advice=advice,
        themes=themes,
        key_passages=key_passages,
        big_idea=KeyPassage(thesis.text, thesis.start, thesis.end, 1.0, sentence_themes(thesis.text, themes))
        if thesis is not None
        else None,
        sensitive=tuple(find_sensitive(text, language=language)),
        faith_words=find_faith_words(text),
        reading=reading,
    )


# --- scripture ---------------------------------------------------------------


def find_scripture(article: Article) -> list[ScriptureUse]:
    """The scripture references in the article, each with its verse text and quotation span."""
    uses: list[ScriptureUse] = []
    for reference in find_references(article.text):
        passage = lookup(reference)
        uses.append(
            ScriptureUse(
                text=reference.text,
                start=reference.start,
                end=reference.end,
                ref=reference.ref,
                cited_translation=reference.translation,
                verse_text=passage.text if passage is not None else None,
                translation=passage.translation.abbreviation if passage is not None else None,
                quotation=quotation_span(article, reference.start, reference.end),
                book=reference.book,
                first=(reference.start_chapter, reference.start_verse or 0),
                last=(reference.end_chapter, reference.end_verse or 999),
            )
        )
    return uses


_OPENERS = {"“": "”", '"': '"', "«": "»", "‘": "’"}
_NEAR = 80
"""How far from a reference (in characters) its quotation may begin."""


def quotation_span(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """The span of the verse a reference introduces or follows, inside quotation marks.

    Three shapes: "Ephesians 5:31 reminds us that, “...”" (the quotation
    follows the reference), "“...” (John 3:16)" (it precedes), and a block
    quote next to the paragraph holding the reference.
    """
    text = article.text
    index = article.block_index_at(start)
    if index is None:
        return None
    block = article.blocks[index]
    after = text[end : min(block.end, end + _NEAR)]
    for offset, ch in enumerate(after):
        if ch in _OPENERS:
            open_at = end + offset
            close_at = text.find(_OPENERS[ch], open_at + 1, block.end)
            if close_at > open_at:
                return (open_at + 1, close_at)
            break
        if ch in ".!?" and offset > 0 and not after[offset - 1].isdigit():
            break
    before = text[max(block.start, start - 4) : start]
    for closer in ("”", '"', "»"):
        at = before.rfind(closer)
        if at >= 0:
            close_at = max(block.start, start - 4) + at
            opener = {"”": "“", '"': '"', "»": "«"}[closer]
            open_at = text.rfind(opener, block.start, close_at)
            if open_at >= 0:
                return (open_at + 1, close_at)
    for neighbour in article.blocks[index + 1 : index + 2] + article.blocks[max(index - 1, 0) : index]:
        if neighbour.kind == "quote":
            return (neighbour.start, neighbour.end)
    return None


# --- JSON ----------------------------------------------------------------------


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text, "start": start, "end": end}


def analysis_to_dict(analysis: Analysis, *, include_sentences: bool = False) -> dict[str, Any]:
    """The Analysis as JSON-ready data (the ``porchlight analyze`` shape)."""
    data: dict[str, Any] = {
        "schema": ANALYSIS_SCHEMA_VERSION,
        "language": analysis.language,
        "faith": {"detected": analysis.has_faith, "words": list(analysis.faith_words)},
        "scripture": [
            {
                **_span(s.text, s.start, s.end),
                "ref": s.ref,
                "verse_text": s.verse_text,
                "translation": s.translation,
                "cited_translation": s.cited_translation,
                "quotation": list(s.quotation) if s.quotation else None,
            }
            for s in analysis.scripture
        ],
        "questions": [
            {**_span(q.text, q.start, q.end), "form": q.form, "quoted": q.quoted} for q in analysis.questions
        ],
        "advice": [
            {
                **_span(a.text, a.start, a.end),
                "action": a.action,
                "action_end": a.action_end,
                "verb": a.verb,
                "condition": a.condition,
            }
            for a in analysis.advice
        ],
        "big_idea": _span(analysis.big_idea.text, analysis.big_idea.start, analysis.big_idea.end)
        if analysis.big_idea
        else None,
        "key_passages": [
            {**_span(p.text, p.start, p.end), "score": p.score, "themes": list(p.themes)}
            for p in analysis.key_passages
        ],
        "themes": [
            {"label": t.label, "weight": t.weight, "count": len(t.spans), "spans": [list(s) for s in t.spans]}
            for t in analysis.themes
        ],
        "sensitive": [
            {
                "topic": t.topic,
                "label": t.label,
                "intensity": t.intensity,
                "spans": [{**_span(s.text, s.start, s.end), "intensity": s.intensity} for s in t.spans],
            }
            for t in analysis.sensitive
        ],
    }
    data["reading"] = reading_to_dict(analysis.reading)
    if include_sentences:
        data["sentences"] = [_span(s.text, s.start, s.end) for s in analysis.sentences]
    return data


def spans_overlap(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps any of ``spans``."""
    return any(s < end and start < e for s, e in spans)
