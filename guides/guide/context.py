"""What the generator knows about one article while it plans a guide, computed once.

The :class:`Context` holds the article, its analysis and reading, the catalog
of the guide's language, and the places a question may not stand on (private
words for a group, scripture as the Bible's words). ``Context.units`` lists what
questions can stand on (built in :mod:`guides.guide.units`): the usable sentences by role, the author's
lists, the verses the author comments on, the themes and the private topics. Each
:class:`Unit` carries its span, its block and how central it is, so the scorer
and the picker can weigh it and keep questions on different parts of the
article.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar, cast

from guides.analysis.advice import Advice
from guides.analysis.analyze import Analysis, ScriptureUse
from guides.analysis.argument import KEY_WEIGHT, STRONG_TRAITS, STRONG_WEIGHT
from guides.analysis.cues import NEXT_TIME
from guides.analysis.passages import Theme, centrality, is_content_word, stem, words
from guides.analysis.reading import ArticleReading, Passage
from guides.analysis.sensitive import is_private
from guides.analysis.spans import Spans
from guides.article import Article
from guides.catalog import Catalog, catalog
from guides.guide.model import ScriptureReading
from guides.guide.quotes import Quote, trim_quote
from guides.guide.units import Unit as Unit
from guides.guide.units import UnitKind as UnitKind
from guides.guide.units import article_units

_CACHE_SIZE = 4
_cache: list[tuple[Analysis, tuple[str, str, bool], dict[str, Any]]] = []

T = TypeVar("T")


def _shared(analysis: Analysis, key: tuple[str, str, bool]) -> dict[str, Any]:
    """What guides made from this very analysis (and article, language and faith) can share."""
    for held, held_key, found in _cache:
        if held is analysis and held_key == key:
            return found
    shared: dict[str, Any] = {}
    _cache.append((analysis, key, shared))
    del _cache[:-_CACHE_SIZE]
    return shared


class _shared_property(cached_property):  # type: ignore[type-arg]
    """A cached property kept in the context's shared store, so the next guide of the same analysis
    finds it computed."""

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        shared = instance.__dict__.get("_shared")
        name = self.attrname or ""
        if shared is not None and name in shared:
            return shared[name]
        value = super().__get__(instance, owner)
        if shared is not None:
            shared[name] = value
        return value


_SERMON = re.compile(
    r"\bturn with me\b|\bopen your bibles\b|\(laughter\)|\(risas\)|\babran sus biblias\b|\blet['’]s pray\b|"
    r"\bhermanos\b|\bchurch family\b|\bthis morning\b.*\bpassage\b",
    re.I,
)
_DOMAINS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "parenting",
        re.compile(
            r"\b(?:child|children|kids?|son|daughter|teen\w*|toddler|parent\w*|bedtime|school|"
            r"hij[oa]s?|niñ[oa]s?|adolescente\w*|crianza|padres)\b",
            re.I,
        ),
    ),
    (
        "marriage",
        re.compile(
            r"\b(?:marriage|married|spouse|husband|wife|partner|couple|wedding|"
            r"matrimonio|esposo|esposa|pareja|cónyuge|casados)\b",
            re.I,
        ),
    ),
    ("work", re.compile(r"\b(?:work|job|boss|colleague|office|career|trabajo|jefe|oficina)\b", re.I)),
    ("friendship", re.compile(r"\b(?:friend\w*|amig[oa]s?|amistad\w*)\b", re.I)),
    ("church", re.compile(r"\b(?:church|congregation|small group|iglesia|congregación)\b", re.I)),
)


@dataclass
class Context:
    """Everything the families, the scorer and the builders read, for one guide."""

    article: Article
    analysis: Analysis
    language: str
    faith: bool
    catalog: Catalog
    private_spans: tuple[tuple[int, int], ...] = ()
    scripture_spans: tuple[tuple[int, int], ...] = ()
    reference_spans: tuple[tuple[int, int], ...] = ()
    _block_starts: list[int] = field(default_factory=list)
    made: dict[tuple[str, str], tuple[Any, ...]] = field(default_factory=dict)
    """Candidates already made, by (family, voice): a guide asks for a family in several parts."""
    _shared: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, article: Article, analysis: Analysis, language: str, faith: bool) -> Context:
        """The context for one guide; what does not depend on the audience is shared by the guides
        made from the same analysis (the app makes three in a row)."""
        shared = _shared(analysis, (article.text, language, faith))
        ctx = cls._new(article, analysis, language, faith)
        ctx.made = shared.setdefault("made", {})
        ctx.__dict__.update({k: v for k, v in shared.items() if k != "made"})
        ctx._shared = shared
        return ctx

    @classmethod
    def _new(cls, article: Article, analysis: Analysis, language: str, faith: bool) -> Context:
        private = tuple(
            (span.start, span.end)
            for topic in analysis.sensitive
            for span in topic.spans
            if is_private(topic.topic, span.intensity)
        )
        return cls(
            article=article,
            analysis=analysis,
            language=language,
            faith=faith,
            catalog=catalog(language),
            private_spans=private,
            scripture_spans=tuple(analysis.scripture_quotations),
            reference_spans=tuple((u.start, u.end) for u in analysis.scripture),
            _block_starts=[b.start for b in article.blocks],
        )

    @property
    def reading(self) -> ArticleReading:
        return self.analysis.reading

    def block_index(self, offset: int) -> int:
        i = bisect_right(self._block_starts, offset) - 1
        return max(i, 0)

    def paragraph_number(self, offset: int) -> int:
        """The paragraph's number as a reader counts them (every block but headings), 1-based."""
        index = self.block_index(offset)
        return sum(1 for b in self.article.blocks[: index + 1] if b.kind != "heading")

    def private_between(self, start: int, end: int) -> bool:
        private: Spans = self._private
        return private.overlaps(start, end)

    def touches_scripture(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps one of the article's scripture references."""
        references: Spans = self._references
        return references.overlaps(start, end)

    @_shared_property
    def _references(self) -> Spans:
        return Spans(self.reference_spans)

    def advice_in(self, start: int, end: int) -> Advice | None:
        """The first of the analysis's advice (in its order) that starts inside ``[start, end)``."""
        starts, order = self._advice_index
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return self.analysis.advice[min(order[lo:hi])] if lo < hi else None

    @_shared_property
    def _advice_index(self) -> tuple[list[int], list[int]]:
        advice = self.analysis.advice
        order = sorted(range(len(advice)), key=lambda i: advice[i].start)
        return [advice[i].start for i in order], order

    def scripture_near(self, block: int) -> list[ScriptureUse]:
        """The scripture references in block ``block`` or the one before or after, in the article's order."""
        by_block: dict[int, list[int]] = self._scripture_blocks
        near = sorted(i for b in (block - 1, block, block + 1) for i in by_block.get(b, ()))
        return [self.analysis.scripture[i] for i in near]

    @_shared_property
    def _scripture_blocks(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for i, use in enumerate(self.analysis.scripture):
            found.setdefault(self.block_index(use.start), []).append(i)
        return found

    @_shared_property
    def _private(self) -> Spans:
        # Asked for every candidate: a scan of every private span grew with the square of a long article.
        return Spans(self.private_spans)

    def once(self, name: str, make: Callable[[], T]) -> T:
        """``make()``, computed once for the guides made from this analysis (a family that every
        candidate asks, like the kinds of reader an article speaks to, reads it once per article)."""
        if name not in self._shared:
            self._shared[name] = make()
        return cast(T, self._shared[name])

    def quote(
        self,
        start: int,
        end: int,
        *,
        group: bool,
        max_words: int = 18,
        standalone: bool = True,
        prefer: Sequence[str] = (),
        whole: bool = False,
    ) -> Quote | None:
        """A quotable piece of ``[start, end)``: never scripture, and for a group never private words.

        With ``whole`` the quote opens where the sentence opens, so it is never a fragment of its
        middle.
        """
        return trim_quote(
            self.article.text,
            start,
            end,
            avoid=self._not_quoted_in_group if group else self._not_quoted,
            standalone=standalone,
            prefer=prefer,
            from_start=whole,
            max_words=max_words,
        )

    @_shared_property
    def _not_quoted(self) -> Spans:
        """Scripture and references: never quoted as the author's words."""
        return Spans(self.scripture_spans + self.reference_spans)

    @_shared_property
    def _not_quoted_in_group(self) -> Spans:
        """What a group's question never quotes: scripture, references and private words."""
        return Spans(self.scripture_spans + self.reference_spans + self.private_spans)

    @_shared_property
    def by_block(self) -> dict[int, list[Passage]]:
        grouped: dict[int, list[Passage]] = {}
        for p in self.reading.passages:
            grouped.setdefault(p.block, []).append(p)
        return grouped

    def in_block(self, block: int) -> list[Passage]:
        """The sentences of one block, in order."""
        found: list[Passage] = self.by_block.get(block, [])
        return found

    def place_in_block(self, p: Passage) -> tuple[list[Passage], int | None]:
        """The sentences of ``p``'s block, and where ``p`` stands among them (None if it is not one)."""
        block = self.in_block(p.block)
        return block, next((i for i, q in enumerate(block) if q.start == p.start), None)

    @_shared_property
    def answer_opening(self) -> tuple[Passage, ...]:
        """The first three claims or counsels of an advice column's answer (to its first letter)."""
        found = [
            q
            for q in self.reading.passages
            if self.reading.block_role(q.block) == "answer"
            and q.part == 1
            and q.role in ("claim", "instruction")
        ]
        return tuple(found[:3])

    @_shared_property
    def speaker(self) -> str:
        """Who the questions say is speaking: "preacher" for a sermon, "columnist" for an advice column."""
        if any(b.role in ("letter", "answer") for b in self.reading.blocks):
            return "columnist"
        # The title or a short label line names it ("A Sermon on Philippians 4:6-7", "Transcript"); a
        # pastor's column that mentions "your sermon on rest" is still the author's column.
        # (only the short lines before the body begins: "The Waiting-Room Sermon" as a later heading names a
        # sermon the author heard, not this piece)
        head = list(itertools.takewhile(lambda b: len(b.text.split()) <= 14, self.article.blocks[:3]))
        labels = [self.article.title] + [b.text for b in head]
        # A label taken out of the page head ("Sermon manuscript — Week 3 of ...") still names it.
        labels += [
            r.text
            for r in self.article.removed
            if r.kind == "navigation" and len(r.text.split()) <= 14 and not re.search(r"[|·•]", r.text)
        ]  # (not a menu: "Sermons | Events | Daily Devotional" names the site's pages, not this one)
        named = re.search(r"\bsermon|transcript|sermón|transcripción", " ".join(labels), re.I)
        if named or _SERMON.search(self.article.text[:4000]):
            return "preacher"
        return "author"

    @_shared_property
    def lowercase_words(self) -> frozenset[str]:
        """The words the article writes in lower case somewhere (so "Trust" may become "trust")."""
        return frozenset(re.findall(r"\b[a-záéíóúñü]+\b", self.article.text))

    @_shared_property
    def named_words(self) -> frozenset[str]:
        """Words the article capitalises in the middle of a sentence ("with Caleb", "to God"): names."""
        mid = re.finditer(r"\b[a-záéíóúñü]+[,;]?\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\b", self.article.text)
        return frozenset(m.group(1) for m in mid)

    @_shared_property
    def domain_counts(self) -> dict[str, int]:
        """How often the article names each domain's people and places ("husband", "kids", "boss")."""
        return {name: len(pattern.findall(self.article.text)) for name, pattern in _DOMAINS}

    @_shared_property
    def domain(self) -> str:
        """What the article is mostly about, for concrete moments: marriage, parenting, work ..."""
        counts = [(n, name) for name, n in self.domain_counts.items()]
        best = max(counts, key=lambda c: c[0])
        return best[1] if best[0] >= 3 else "general"

    def domain_near(self, start: int, end: int) -> str:
        """The domain one passage names itself ("the next time a child comes to you upset" only for
        counsel about children); "general" when it names none."""
        counts = [(len(pattern.findall(self.article.text[start:end])), name) for name, pattern in _DOMAINS]
        best = max(counts, key=lambda c: c[0])
        return best[1] if best[0] >= 1 and best[1] == self.domain else "general"

    @_shared_property
    def strengths(self) -> dict[int, float]:
        """Each sentence's centrality (by start offset), scaled so the most central is 1."""
        themes = self.analysis.themes
        weights = {t.stem: t.weight for t in themes}
        title = {stem(w) for w in words(self.article.title) if is_content_word(w, self.language)}
        # Per word, so that a long sentence does not win by length; but a sentence of three words
        # ("Kindness rarely is.") carries little for all its theme words.
        raw = {
            p.start: centrality(p.text, weights, title) * min(1.0, len(p.text.split()) / 10)
            for p in self.reading.passages
        }
        top = max(raw.values(), default=1.0) or 1.0
        # Every sentence of the author's counts for something: theme words are a rough measure.
        strengths = {k: round(0.3 + 0.7 * v / top, 4) for k, v in raw.items()}
        # The claims the argument turns on (guides.analysis.argument) are central whatever their words.
        for start, weight in self.key_weights.items():
            strengths[start] = max(strengths.get(start, 0.0), round(0.5 + 0.4 * min(weight, 1.25) / 1.25, 4))
        return strengths

    @_shared_property
    def _claim_weights(self) -> dict[int, float]:
        weights = {k.start: k.weight for k in self.reading.claims if not k.leans and k.lead is None}
        thesis = self.reading.thesis
        if (
            thesis is not None
            and thesis.start in weights
            and not (thesis.traits - {"thesis"}) & STRONG_TRAITS
        ):
            # The claims were weighed before the thesis was chosen; being it is one of the marks.
            weights[thesis.start] += STRONG_WEIGHT
        return weights

    def claim_weight(self, start: int) -> float:
        """How clearly the sentence at ``start`` is a claim the argument turns on: its weight as a key
        claim when that is enough to count (:data:`guides.analysis.argument.KEY_WEIGHT`), else 0."""
        weight = self._claim_weights.get(start, 0.0)
        return weight if weight >= KEY_WEIGHT else 0.0

    @_shared_property
    def key_weights(self) -> dict[int, float]:
        """The weight of each of the argument's key claims, by its sentence's start."""
        return {k.start: k.weight for k in self.reading.key_claims}

    @_shared_property
    def units(self) -> tuple[Unit, ...]:
        return tuple(article_units(self))

    def units_of(self, kind: UnitKind) -> list[Unit]:
        return [u for u in self.units if u.kind == kind]

    def scripture_readings(self, *, include_listed: bool = False) -> list[ScriptureReading]:
        """The passages the guide reads; a verse the article only lists is left out unless asked for."""
        from guides.guide.scripture_readings import scripture_readings

        found = scripture_readings(self.article, self.analysis, self.language)
        # (never another session's passage: "Next week: Lesson 5, “Stephen Speaks” (Acts 6:8-7:60).")
        elsewhere = {(u.start, u.end) for u in self.reading.scripture if self._for_another_time(u.start)}
        found = [s for s in found if (s.start, s.end) not in elsewhere]
        if include_listed:
            return found
        listed = {(u.start, u.end) for u in self.reading.scripture if u.role == "listed"}
        return [s for s in found if (s.start, s.end) not in listed]

    def _for_another_time(self, offset: int) -> bool:
        """Whether the sentence at ``offset`` is page clutter or points to another session (itself, or the
        line that opens its paragraph: 'Coming up next week: "What must I do?" The rich young man (Mark
        10:17-22).')."""
        p = self.reading.at(offset)
        if p is None:
            return False
        if p.role in ("junk", "promo"):
            return True
        opening = next(iter(self.in_block(p.block)), p)
        return any(NEXT_TIME.match(q.text) for q in (p, opening))

    def theme_noun(self, theme: Theme) -> str:
        """The theme as it reads in a question: "trust", "arguments", "la esperanza"."""
        if self.language == "es":
            entry = self.catalog.theme(theme.label)
            return (
                entry.noun
                if entry is not None and entry.noun and entry.noun.startswith(("la ", "el ", "los ", "las "))
                else _spanish_noun(theme.label)
            )
        entry = self.catalog.theme(theme.label)
        if entry is not None and entry.noun and not entry.noun.startswith(("our ", "your ")):
            # the bank's word for it: "Lord" is asked about as "faith", "prays" as "prayer"; but a phrase
            # of the bank's the article never uses ("big feelings") reads as a stock word put on it
            added = [
                w
                for w in entry.noun.split()[:-1]
                if not re.search(rf"\b{re.escape(w)}\b", self.article.text, re.I)
            ]
            return entry.noun.split()[-1] if added else entry.noun
        return theme.as_noun

    def themes_for_questions(self) -> list[Theme]:
        """The themes to ask about: those at 40% of the strongest's weight or more (four at most), and
        any other theme the theme bank knows (the bank's "love" before a story's "tire")."""
        themes = self.analysis.themes
        top = themes[0].weight if themes else 0.0
        strong = [t for t in themes if t.weight >= 0.4 * top][:4]
        known = [t for t in themes if t not in strong and self.catalog.theme(t.label) is not None]
        extra: list[Theme] = self.topic_themes
        return strong + known[:2] + extra

    @_shared_property
    def topic_themes(self) -> list[Theme]:
        """A topic the article dwells on (grief, money) that the theme bank knows, as a theme, when the
        article's word counts missed it (a gentle letter on grief may never say "grief" twice)."""
        named = {t.stem for t in self.analysis.themes}
        out: list[Theme] = []
        for topic in self.analysis.sensitive:
            if len(topic.spans) < 3 or self.catalog.theme(topic.topic) is None:
                continue
            label = topic.topic if self.language == "en" else topic.spans[0].text.lower()
            key = stem(label)
            if key in named or self.catalog.theme(label) is None:
                continue
            spans = tuple((s.start, s.end) for s in topic.spans)
            out.append(Theme(label=label, stem=key, weight=0.0, spans=spans))
        return out


def _spanish_noun(label: str) -> str:
    """A Spanish theme with its article: "la esperanza", "el descanso" ("Dios" keeps none)."""
    if label[:1].isupper():
        return label
    if label.endswith("s"):
        feminine = label[:-1].endswith(("a", "ción", "sión", "dad", "tad", "tud", "umbre"))
        return ("las " if feminine else "los ") + label
    feminine = label.endswith(("a", "ción", "sión", "dad", "tad", "tud", "umbre", "ez"))
    return ("la " if feminine else "el ") + label
