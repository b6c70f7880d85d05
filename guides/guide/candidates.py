"""Candidate questions, each standing on a span of the article.

This module fills the templates from the analysis and hands the generator a
pool to choose from; it decides nothing about sections or audiences beyond
the voice a question is written in. Each candidate carries its source (a
trimmed quote whose offsets point into ``article.text``), its intensity, and
whether it touches private material (then it may never be asked of a whole
group).
"""

from __future__ import annotations

import itertools
import re
import zlib
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from guides.analysis.analyze import Analysis, find_faith_words
from guides.analysis.passages import Theme, stem, words
from guides.analysis.sensitive import (
    Intensity,
    find_sensitive,
    intensity_between,
    is_private,
    is_private_between,
    rank,
)
from guides.analysis.sentences import Sentence
from guides.article import Article
from guides.guide import phrasing
from guides.guide.model import QuestionKind, ScriptureReading
from guides.guide.phrasing import Voice
from guides.guide.quality import problems
from guides.guide.quotes import Quote, display, opening_words, tidy, trim_quote
from guides.guide.scripture_readings import scripture_readings
from guides.guide.templates import (
    GENERIC_THEME,
    QUESTIONS,
    TOPIC_QUESTIONS,
    ThemeQuestions,
    bank_entry,
    spanish_noun,
)

# Verbs of thinking and being: advice built on them ("know that it is not
# hopeless") is reassurance, and "What would it look like to know ..." is not a question.
_NOT_ACTIONS = frozenset(
    {"know", "remember", "believe", "imagine", "think", "understand", "be", "let", "make", "consider"}
)
_CONTRAST = re.compile(
    r"\b(?:more than|rather than|instead of|as opposed to|not only|not just|but)\b|\bsino\b|\bmás que\b",
    re.IGNORECASE,
)
_DEFINITION = re.compile(r"^\W*(?:true |real )?(\w+) (?:is|are|means|es|son|significa)\b", re.IGNORECASE)
_TIMED = re.compile(
    r"\b(?:this|next|a|each|every|per) (?:week|month|weekend|day|evening|morning)\b|"
    r"\b(?:today|tonight|tomorrow|daily|weekly|now)\b|"
    r"\besta semana\b|\bhoy\b|\bcada (?:día|mañana|noche)\b",
    re.IGNORECASE,
)
_DANGLING_ES = re.compile(r"\b(?:eso|esto|ello|lo)\b", re.IGNORECASE)
_PARTNER_MENTION = re.compile(r"\byour (?:partner|spouse|husband|wife)\b", re.IGNORECASE)


ABUSE_WORDS = re.compile(r"\babus\w*|\bmaltrat\w*|\bviolen\w*", re.IGNORECASE)
STRONG_THEME = 0.6
"""A theme at this share of the strongest theme's weight is one the article is about."""
PASSAGE_WEIGHT = 0.5
"""How much a key passage's strength (0 to 1) adds to a question's priority."""
MAX_ACTION_WORDS = 10
MAX_SOURCES = 16
"""At most this many of the author's questions, and of their advice, become candidates: a guide
uses a handful, and a long article should not cost more to plan than to read."""


@dataclass(frozen=True)
class Candidate:
    """A question that could go in a guide."""

    text: str
    kind: QuestionKind
    family: str
    source: Quote
    intensity: Intensity
    private: bool
    voice: Voice
    priority: float
    separately: bool = False
    template: str = ""
    """Which template (family and variant) made it, so a guide uses each once."""
    topic: str | None = None


@dataclass
class Context:
    """What every candidate builder needs, computed once per guide."""

    article: Article
    analysis: Analysis
    language: str
    faith: bool
    private_spans: tuple[tuple[int, int], ...] = field(default=())
    scripture_spans: tuple[tuple[int, int], ...] = field(default=())
    """Scripture as the article quotes it: the Bible's words, never quoted as the author's."""
    passage_score: dict[int, float] = field(default_factory=dict)
    _theme_sentences: dict[str, list[Sentence]] = field(default_factory=dict)
    _first_use: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, article: Article, analysis: Analysis, language: str, faith: bool) -> Context:
        private = tuple(
            (span.start, span.end)
            for topic in analysis.sensitive
            for span in topic.spans
            if is_private(topic.topic, span.intensity)
        )
        scripture = tuple(analysis.scripture_quotations)
        top = max((p.score for p in analysis.key_passages), default=1.0) or 1.0
        scores = {p.start: p.score / top for p in analysis.key_passages}
        return cls(article, analysis, language, faith, private, scripture, scores)

    # -- helpers -------------------------------------------------------------

    def templates(self, family: str) -> tuple[str, ...]:
        return QUESTIONS[self.language].get(family, ())

    def theme_noun(self, theme: Theme) -> str:
        """The theme as it reads in a sentence: "trust", "arguments", "la esperanza"."""
        return spanish_noun(theme.label) if self.language == "es" else theme.as_noun

    def quote(
        self,
        sentence: Sentence,
        voice: Voice,
        *,
        standalone: bool = False,
        prefer: Sequence[str] = (),
        from_start: bool = False,
    ) -> Quote | None:
        """A quote from ``sentence``; for a group it steers around private words and scripture."""
        avoid = self.scripture_spans + (self.private_spans if voice == "group" else ())
        quote = trim_quote(
            self.article.text,
            sentence.start,
            sentence.end,
            avoid=avoid,
            standalone=standalone,
            prefer=prefer,
            from_start=from_start,
        )
        return self.without_trailing_reference(quote) if quote else None

    def without_trailing_reference(self, quote: Quote) -> Quote | None:
        """ "The early church shared what it had (Acts 2:44-47)" -> without the bracket."""
        bracket = quote.text.rfind(" (")
        if bracket > 0 and quote.text.endswith(")"):
            inside = (quote.start + bracket, quote.end)
            if any(inside[0] <= s.start and s.end <= inside[1] for s in self.analysis.scripture):
                end = quote.start + bracket
                text = self.article.text[quote.start : end]
                return Quote(text, quote.start, end) if len(text.split()) >= 4 else None
        return quote

    def sentences_with(self, theme: Theme) -> list[Sentence]:
        """The sentences holding the theme, in order (computed once per theme)."""
        cached = self._theme_sentences.get(theme.stem)
        if cached is None:
            sentences = self.analysis.sentences
            starts = [s.start for s in sentences]
            found: dict[int, Sentence] = {}
            for offset, _ in theme.spans:
                i = bisect_right(starts, offset) - 1
                if i >= 0 and offset < sentences[i].end:
                    found[i] = sentences[i]
            cached = [found[i] for i in sorted(found)]
            self._theme_sentences[theme.stem] = cached
        return cached

    def first_use(self, word: str) -> int:
        """Where a word (any form of it) first occurs in the article; past the end if never."""
        if not self._first_use:
            for match in re.finditer(r"[^\W\d_]+", self.article.text):
                self._first_use.setdefault(stem(match.group(0)), match.start())
        return self._first_use.get(stem(word), len(self.article.text))

    def scripture(self) -> list[ScriptureReading]:
        """The passages the guide reads (see :mod:`guides.guide.scripture_readings`)."""
        return scripture_readings(self.article, self.analysis, self.language)

    def touches_abuse(self, start: int, end: int) -> bool:
        return any(
            t.topic == "abuse" and any(s.start < end and start < s.end for s in t.spans)
            for t in self.analysis.sensitive
        )

    def is_advice(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds advice in the imperative."""
        return any(a.start < end and start < a.end for a in self.analysis.advice)

    def is_heading(self, sentence: Sentence) -> bool:
        block = self.article.block_at(sentence.start)
        return block is None or block.kind == "heading"


def _variant(templates: Sequence[str], seed: str) -> list[tuple[int, str]]:
    """The templates in a stable order that depends on ``seed``, so sources vary the wording."""
    if not templates:
        return []
    first = zlib.crc32(seed.encode("utf-8")) % len(templates)
    order = list(range(first, len(templates))) + list(range(first))
    return [(i, templates[i]) for i in order]


def make_candidate(
    ctx: Context,
    text: str,
    *,
    kind: QuestionKind,
    family: str,
    source: Quote,
    voice: Voice,
    priority: float,
    base: Intensity = "mild",
    separately: bool = False,
    template: str = "",
    topic: str | None = None,
) -> Candidate | None:
    """A candidate, or None when the text fails the quality checks.

    Also None for anything about abuse (no audience discusses it together:
    a joint conversation can put the person being hurt at risk) and, with
    faith elements off, for a question that speaks of God or prayer.
    """
    text = re.sub(r"\s+", " ", text).strip()
    if problems(text):
        return None
    if ctx.touches_abuse(source.start, source.end) or ABUSE_WORDS.search(text):
        return None
    if not ctx.faith and find_faith_words(text):
        return None
    in_text = find_sensitive(text, language=ctx.language)
    levels: list[Intensity] = [base, intensity_between(ctx.analysis.sensitive, source.start, source.end)]
    levels += [span.intensity for t in in_text for span in t.spans]
    private = is_private_between(ctx.analysis.sensitive, source.start, source.end) or any(
        is_private(t.topic, span.intensity) for t in in_text for span in t.spans
    )
    return Candidate(
        text=text,
        kind=kind,
        family=family,
        source=source,
        intensity=max(levels, key=rank),
        private=private,
        voice=voice,
        priority=round(priority, 4),
        separately=separately,
        template=template or family,
        topic=topic,
    )


def _from_templates(
    ctx: Context,
    family: str,
    slots: dict[str, str],
    *,
    kind: QuestionKind,
    source: Quote,
    voice: Voice,
    priority: float,
    base: Intensity = "mild",
    separately: bool = False,
) -> Iterator[Candidate]:
    for index, template in _variant(ctx.templates(family), source.text + family):
        candidate = make_candidate(
            ctx,
            template.format(**slots),
            kind=kind,
            family=family,
            source=source,
            voice=voice,
            priority=priority - 0.01 * index,
            base=base,
            separately=separately,
            template=f"{family}:{index}",
        )
        if candidate is not None:
            yield candidate


# --- builders ---------------------------------------------------------------------


def theme_anchor(ctx: Context, theme: Theme, voice: Voice) -> Quote | None:
    """The best quote for a theme: from its most central sentence that can be quoted."""
    ranked = sorted(
        ctx.sentences_with(theme),
        key=lambda s: (-ctx.passage_score.get(s.start, 0.0), s.start),
    )
    for from_start in (True, False):
        for sentence in ranked:
            if ctx.is_heading(sentence):
                continue
            quote = ctx.quote(sentence, voice, prefer=[theme.label], from_start=from_start)
            if quote is not None and stem(theme.label) in {stem(w) for w in words(quote.text)}:
                return quote
    # Fall back to the word itself: still a real span of the article.
    for start, end in theme.spans:
        if voice != "group" or not any(s < end and start < e for s, e in ctx.private_spans):
            return Quote(ctx.article.text[start:end], start, end)
    return None


def theme_questions(ctx: Context, use: str, voice: Voice) -> Iterator[Candidate]:
    """Questions from the theme bank, or the generic fallback, for one ``use``.

    ``use`` is "icebreaker", "opener", "reflection" or "apply" (see :class:`ThemeQuestions`).
    """
    kinds: dict[str, QuestionKind] = {
        "icebreaker": "icebreaker",
        "opener": "icebreaker",
        "reflection": "reflection",
        "apply": "application",
    }
    bases: dict[str, Intensity] = {
        "icebreaker": "mild",
        "opener": "mild",
        "reflection": "medium",
        "apply": "mild",
    }
    for order, theme in enumerate(ctx.analysis.themes):
        entry: ThemeQuestions | None = bank_entry(theme.label, ctx.language)
        if entry is not None and entry.faith and not ctx.faith:
            continue
        if entry is not None and entry.private and voice == "group":
            continue
        texts: tuple[str, ...] = getattr(entry, use) if entry is not None else ()
        generic = False
        if not texts and use in {"icebreaker", "opener"}:
            if entry is not None and entry.private:
                continue
            texts = getattr(GENERIC_THEME[ctx.language], use)
            generic = True
        anchor = theme_anchor(ctx, theme, voice)
        if anchor is None:
            continue
        label = theme.label
        for index, template in _variant(texts, theme.label + use):
            candidate = make_candidate(
                ctx,
                template.format(theme=label),
                kind=kinds[use],
                family=f"theme_{use}",
                source=anchor,
                voice=voice,
                priority=(2.5 if use == "apply" else 3.0)
                - 0.4 * order
                - 0.01 * index
                - (0.5 if generic else 0.0),
                base=bases[use],
                separately=use == "reflection",
                template=f"theme_{use}:{theme.stem}:{index}",
            )
            if candidate is not None:
                yield candidate


def observation_questions(ctx: Context, voice: Voice) -> Iterator[Candidate]:
    themes = ctx.analysis.themes[:4]
    # "How does the author describe trust?" rests on a sentence that defines it.
    for order, theme in enumerate(themes):
        for sentence in ctx.sentences_with(theme):
            match = _DEFINITION.match(sentence.text)
            if not match or stem(match.group(1)) != theme.stem or ctx.is_heading(sentence):
                continue
            quote = ctx.quote(sentence, voice, prefer=[theme.label])
            if quote is None:
                continue
            yield from _from_templates(
                ctx,
                "describe",
                {"theme": ctx.theme_noun(theme)},
                kind="observation",
                source=quote,
                voice=voice,
                priority=3.2 - 0.3 * order,
            )
            break
    # "How does the author connect trust and intimacy?" rests on a sentence holding both,
    # and only for themes strong enough to be what the article is about.
    top = themes[0].weight if themes else 0.0
    strong = [t for t in themes[:3] if t.weight >= STRONG_THEME * top]
    for i, first in enumerate(strong):
        for second in strong[i + 1 :]:
            with_second = set(ctx.sentences_with(second))
            both = [s for s in ctx.sentences_with(first) if s in with_second]
            both.sort(key=lambda s: (-ctx.passage_score.get(s.start, 0.0), s.start))
            for sentence in both:
                quote = ctx.quote(sentence, voice, prefer=[first.label, second.label])
                if quote is None:
                    continue
                carried = {stem(w) for w in words(quote.text)}
                if first.stem not in carried or second.stem not in carried:
                    continue
                slots = {"theme": ctx.theme_noun(first), "theme2": ctx.theme_noun(second)}
                yield from _from_templates(
                    ctx,
                    "connect",
                    slots,
                    kind="observation",
                    source=quote,
                    voice=voice,
                    priority=3.4 - 0.3 * i,
                )
                yield from _from_templates(
                    ctx,
                    "link_why",
                    slots,
                    kind="interpretation",
                    source=quote,
                    voice=voice,
                    priority=2.6 - 0.3 * i,
                )
                break
    # Contrasts and claims in the key passages.
    for passage in ctx.analysis.key_passages:
        if ctx.is_advice(passage.start, passage.end):
            continue
        sentence = Sentence(passage.start, passage.end, passage.text)
        quote = ctx.quote(sentence, voice, standalone=True, prefer=passage.themes, from_start=True)
        if quote is None or _narrative(quote):
            continue
        strength = ctx.passage_score.get(passage.start, 0.0)
        slots = {"quote": display(quote.text, ctx.language)}
        if _CONTRAST.search(quote.text):
            yield from _from_templates(
                ctx,
                "contrast",
                slots,
                kind="observation",
                source=quote,
                voice=voice,
                priority=2.4 + PASSAGE_WEIGHT * strength,
            )
        yield from _from_templates(
            ctx,
            "reasons",
            slots,
            kind="observation",
            source=quote,
            voice=voice,
            priority=1.8 + PASSAGE_WEIGHT * strength,
        )
        yield from _from_templates(
            ctx,
            "notice",
            slots,
            kind="observation",
            source=quote,
            voice=voice,
            priority=1.2 + PASSAGE_WEIGHT * strength,
        )


_NARRATIVE = re.compile(r"(?:I|Yo|My|Mi|Each of you|Both of you|You both|Cada uno de ustedes)\b")


def _narrative(quote: Quote) -> bool:
    """Not a claim to weigh: the author's own story ("I worried that we had lost her"), or a step
    of the author's plan for the reader ("Each of you names one thing money does for you")."""
    return bool(_NARRATIVE.match(quote.text))


def interpretation_questions(ctx: Context, voice: Voice) -> Iterator[Candidate]:
    big = ctx.analysis.big_idea
    if big is not None:
        quote = ctx.quote(
            Sentence(big.start, big.end, big.text), voice, standalone=True, prefer=big.themes, from_start=True
        )
        if quote is not None:
            yield from _from_templates(
                ctx,
                "big_idea",
                {"quote": display(quote.text, ctx.language)},
                kind="interpretation",
                source=quote,
                voice=voice,
                priority=3.0,
            )
    for passage in ctx.analysis.key_passages:
        if ctx.is_advice(passage.start, passage.end):
            continue  # advice has its own questions; "what does the author mean by 'do X'" is not one
        sentence = Sentence(passage.start, passage.end, passage.text)
        quote = ctx.quote(sentence, voice, standalone=True, prefer=passage.themes, from_start=True)
        if quote is None or _narrative(quote):
            continue
        strength = ctx.passage_score.get(passage.start, 0.0)
        slots = {"quote": display(quote.text, ctx.language)}
        for family, base in (("means", 2.3), ("agree", 2.1), ("why_says", 1.9)):
            yield from _from_templates(
                ctx,
                family,
                slots,
                kind="interpretation",
                source=quote,
                voice=voice,
                priority=base + PASSAGE_WEIGHT * strength,
            )
    if ctx.faith and ctx.analysis.themes:
        listed = {(r.start, r.end) for r in ctx.scripture()}
        passages = [u for u in ctx.analysis.scripture if (u.start, u.end) in listed]
        for order, use in enumerate(passages):
            theme = _nearest_theme(ctx, use.start)
            source = Quote(use.text, use.start, use.end)
            # The normalised reference is English ("Lamentations"); other languages keep the author's.
            shown = use.ref if ctx.language == "en" else use.text
            yield from _from_templates(
                ctx,
                "scripture",
                {"ref": shown, "theme": ctx.theme_noun(theme)},
                kind="interpretation",
                source=source,
                voice=voice,
                priority=2.8 - 0.2 * order,
            )


def step_questions(ctx: Context, voice: Voice) -> Iterator[Candidate]:
    """A step to take in light of a key claim: the application that fits any article."""
    for order, passage in enumerate(ctx.analysis.key_passages):
        if ctx.is_advice(passage.start, passage.end):
            continue
        sentence = Sentence(passage.start, passage.end, passage.text)
        quote = ctx.quote(sentence, voice, standalone=True, prefer=passage.themes, from_start=True)
        if quote is None or _narrative(quote):
            continue
        yield from _from_templates(
            ctx,
            "step",
            {"quote": display(quote.text, ctx.language)},
            kind="application",
            source=quote,
            voice=voice,
            priority=1.2 - 0.1 * order,
        )


def _nearest_theme(ctx: Context, offset: int) -> Theme:
    """The strongest theme in the paragraph around ``offset``, else the strongest overall."""
    block = ctx.article.block_at(offset)
    if block is not None:
        for theme in ctx.analysis.themes:
            if any(block.start <= s < block.end for s, _ in theme.spans):
                return theme
    return ctx.analysis.themes[0]


def advice_questions(ctx: Context, voice: Voice) -> Iterator[Candidate]:
    usable = [
        a for a in ctx.analysis.advice if not a.leads_question and a.verb.split()[-1] not in _NOT_ACTIONS
    ]
    for order, advice in enumerate(usable[:MAX_SOURCES]):
        start, end = tidy(ctx.article.text, advice.start, advice.action_end)
        action_text = ctx.article.text[start:end]
        source = Quote(action_text, start, end)
        if any(s < end and start < e for s, e in ctx.scripture_spans) or any(
            u.start < end and start < u.end for u in ctx.analysis.scripture
        ):
            continue  # the Bible's words, or "See also Rom 15:1"
        if voice == "group" and (
            advice.condition or any(s < end and start < e for s, e in ctx.private_spans)
        ):
            continue  # "If you are unsure ..., meet with a counselor" is not for everyone in a room
        if len(action_text.split()) > MAX_ACTION_WORDS:
            continue
        if re.search(r"\b(?:I|me|my|they|them|their)\b", action_text) or phrasing.dangles(action_text):
            continue
        if re.search(r"\b(?:instead|too|again|as well)$", action_text) or _leans_back(
            ctx, action_text, start
        ):
            continue  # "say what you wish you had done instead", "Protect that time": both lean back
        if any(mark in action_text for mark in '“”"«»'):
            continue  # 'Notice the word "gently."' quotes inside a step that is quoted again
        lowered = phrasing.lower_first(action_text, ctx.language)
        bare = phrasing.as_infinitive(lowered, ctx.language) if lowered else None
        adapted = phrasing.adapt(bare, "two" if voice == "two" else voice) if bare else None
        priority = 3.0 - 0.1 * order - (0.6 if advice.condition else 0.0)
        if adapted is not None:
            family = "advice_do_two" if voice == "two" else "advice_do"
            if _TIMED.search(adapted) or "," in adapted:
                family += "_timed"  # it says when already, or a tail after its comma would dangle
            yield from _from_templates(
                ctx,
                family,
                {"action": adapted},
                kind="application",
                source=source,
                voice=voice,
                priority=priority,
            )
        if not advice.condition:
            yield from _from_templates(
                ctx,
                "advice_quote",
                {"quote": display(action_text, ctx.language)},
                kind="application",
                source=source,
                voice=voice,
                priority=priority - 1.2,
            )


_DEMONSTRATIVE = re.compile(r"\b(?:that|this|those|these) (?!is\b|are\b|was\b|were\b|you\b|we\b|they\b)\w+")


def _leans_back(ctx: Context, action: str, start: int) -> bool:
    """Whether advice points back to what came before: "Protect that time", "Start with the card"."""
    if _DEMONSTRATIVE.search(action):
        return True
    tokens = words(action)
    if len(tokens) <= 5:
        for determiner, noun in itertools.pairwise(tokens):
            if determiner == "the" and ctx.first_use(noun) < start:
                return True
    return False


MIN_AUTHOR_QUESTION_WORDS = 5
"""Shorter questions ("How do we stop?") lean on the sentence before them."""


def author_questions(ctx: Context, voice: Voice) -> Iterator[Candidate]:
    """The author's own questions, made open and put in the audience's voice."""
    if ctx.language != "en":
        yield from _author_open_questions(ctx, voice)
        return
    text = ctx.article.text
    for order, question in enumerate(ctx.analysis.questions[:MAX_SOURCES]):
        if any(s <= question.start and question.end <= e for s, e in ctx.scripture_spans):
            continue
        source = Quote(question.text, question.start, question.end)
        priority = 2.9 - 0.05 * order
        if question.form == "open":
            body = re.sub(r"^(?:so|and|but|then)\b,?\s*", "", question.text, flags=re.IGNORECASE)
            if question.quoted or phrasing.dangles(body) or len(body.split()) < MIN_AUTHOR_QUESTION_WORDS:
                continue  # an example the author gives, or one that leans on the sentence before
            adapted = phrasing.adapt(body, voice)
            if adapted:
                adapted = adapted[0].upper() + adapted[1:]
                candidate = make_candidate(
                    ctx,
                    adapted,
                    kind="application",
                    family="author_open",
                    source=source,
                    voice=voice,
                    priority=priority,
                    base="medium" if voice != "group" else "mild",
                    template=f"author_open:{question.start}",
                )
                if candidate is not None:
                    yield candidate
            continue
        block = ctx.article.block_at(question.start)
        before = text[block.start if block else 0 : question.start]
        mentions = list(_PARTNER_MENTION.finditer(before))
        antecedent = mentions[-1].group(0).lower() if mentions else None
        for index, rewrite in enumerate(phrasing.open_question(question.text, voice, antecedent=antecedent)):
            kind: QuestionKind = (
                "interpretation"
                if rewrite.startswith(
                    ("In what ways", "What helps couples", "What makes it easier for couples")
                )
                else "application"
            )
            candidate = make_candidate(
                ctx,
                rewrite,
                kind=kind,
                family="author",
                source=source,
                voice=voice,
                priority=priority - 0.01 * index,
                base="mild" if voice == "group" else "medium",
                separately=voice == "each",
                template=f"author:{question.start}:{index}",
            )
            if candidate is not None:
                yield candidate


def _author_open_questions(ctx: Context, voice: Voice) -> Iterator[Candidate]:
    """In other languages only the author's open questions are used, as written."""
    for order, question in enumerate(ctx.analysis.questions):
        if question.form != "open" or question.quoted or _DANGLING_ES.search(question.text):
            continue
        if any(s <= question.start and question.end <= e for s, e in ctx.scripture_spans):
            continue
        body = question.text if question.text.startswith("¿") else "¿" + question.text
        body = body[0] + body[1].upper() + body[2:] if len(body) > 2 else body
        candidate = make_candidate(
            ctx,
            body,
            kind="application",
            family="author_open",
            source=Quote(question.text, question.start, question.end),
            voice=voice,
            priority=2.9 - 0.05 * order,
            template=f"author_open:{question.start}",
        )
        if candidate is not None:
            yield candidate


def passage_reflections(ctx: Context) -> Iterator[Candidate]:
    """For a couple: which words of a key paragraph ring truest, answered separately."""
    seen: set[int] = set()
    for passage in ctx.analysis.key_passages:
        block = ctx.article.block_at(passage.start)
        if block is None or block.start in seen:
            continue
        seen.add(block.start)
        opening = opening_words(ctx.article.text, block.start, block.end)
        if len(opening.text.split()) < 3:
            continue
        shown = display(opening.text + "…", ctx.language)
        yield from _from_templates(
            ctx,
            "passage_pick",
            {"opening": shown},
            kind="reflection",
            source=opening,
            voice="each",
            priority=2.2 + ctx.passage_score.get(passage.start, 0.0),
            base="mild",
            separately=True,
        )


def topic_questions(ctx: Context, voice: Voice) -> Iterator[Candidate]:
    """Questions about the private topics the article raises, for couples only.

    Abuse gets none: asking a couple to talk about abuse together can put
    the person being hurt at risk. The generator adds a note instead.
    """
    bank = TOPIC_QUESTIONS[ctx.language]
    for order, topic in enumerate(ctx.analysis.sensitive):
        texts = bank.get(topic.topic)
        if not texts or topic.topic == "abuse":
            continue
        private = [s for s in topic.spans if is_private(topic.topic, s.intensity)]
        if not private or (len(topic.spans) < 2 and topic.intensity != "open"):
            continue  # a passing mention ("money, sex, or parenting") is not what the article is about
        span = max(topic.spans, key=lambda s: (rank(s.intensity), -s.start))
        sentence = next(
            (s for s in ctx.analysis.sentences if s.start <= span.start < s.end),
            Sentence(span.start, span.end, span.text),
        )
        quote = trim_quote(ctx.article.text, sentence.start, sentence.end, prefer=[span.text]) or Quote(
            span.text, span.start, span.end
        )
        for index, template in _variant(texts, topic.topic):
            candidate = make_candidate(
                ctx,
                template,
                kind="reflection",
                family=f"topic_{topic.topic}",
                source=quote,
                voice=voice,
                priority=2.0 - 0.2 * order - 0.01 * index,
                base=topic.intensity,
                separately=False,
                template=f"topic:{topic.topic}:{index}",
                topic=topic.topic,
            )
            if candidate is not None:
                yield candidate


def all_candidates(ctx: Context, voice: Voice) -> list[Candidate]:
    """Every candidate for ``voice`` (not counting icebreakers and topic questions), best first."""
    pool: list[Candidate] = []
    pool += observation_questions(ctx, voice)
    pool += interpretation_questions(ctx, voice)
    pool += advice_questions(ctx, voice)
    pool += author_questions(ctx, voice)
    if voice != "group":
        pool += theme_questions(ctx, "reflection", voice)
    pool += theme_questions(ctx, "apply", voice)
    pool += step_questions(ctx, voice)
    return sort_candidates(pool)


def sort_candidates(pool: Sequence[Candidate]) -> list[Candidate]:
    """Best first, with ties broken by place in the article and wording, so the order never varies."""
    return sorted(pool, key=lambda c: (-c.priority, c.source.start, c.text))
