"""The units a guide's questions stand on, listed once per article: the usable sentences by role (a
story's first sentence, a change of mind), the thesis, the questions and words the author offers, the
objections taken up, the lists, the verses the author comments on, the themes where the article says
what it thinks of them, and the sensitive topics it dwells on; and what a :class:`Unit` is. Split from
``context.py``, whose :class:`Context` lists them (``Context.units``) and which the families import
``Unit`` from as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from guides.analysis.analyze import Analysis, ScriptureUse
from guides.analysis.cues import USED_TO
from guides.analysis.passages import Theme, stem, words
from guides.analysis.reading import ArticleReading, ListUnit, Passage, ScriptureUsage
from guides.analysis.sensitive import SensitiveTopic, rank
from guides.article import Article
from guides.guide.objections import objections
from guides.guide.offered import offered_questions, offered_words
from guides.guide.quotes import Quote
from guides.guide.topics import GENTLE_TOPICS, dwells_on

T = TypeVar("T")


class Context(Protocol):
    """What listing the units needs of a guide's context (:class:`guides.guide.context.Context`, which lists
    its units by calling :func:`article_units`, and so is not imported here)."""

    @property
    def article(self) -> Article: ...

    @property
    def analysis(self) -> Analysis: ...

    @property
    def reading(self) -> ArticleReading: ...

    @property
    def strengths(self) -> dict[int, float]: ...

    def block_index(self, offset: int) -> int: ...

    def private_between(self, start: int, end: int) -> bool: ...

    def touches_scripture(self, start: int, end: int) -> bool: ...

    def themes_for_questions(self) -> list[Theme]: ...

    def once(self, name: str, make: Callable[[], T]) -> T: ...

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
    ) -> Quote | None: ...


UnitKind = str
"""A sentence role ("claim", "instruction", "reader_question", "study_question", "example", "rhetorical") or
one of "list", "scripture", "theme", "topic", "thesis", "offered" (a question the author offers readers to
ask), "words" (words the author offers readers to say), "objection" (an objection the author answers)."""


@dataclass(frozen=True)
class Unit:
    """Something a question can stand on, with the span it points at."""

    kind: UnitKind
    start: int
    end: int
    block: int
    strength: float
    """How central it is to the article, 0 to 1."""
    passage: Passage | None = None
    list_unit: ListUnit | None = None
    scripture: ScriptureUse | None = None
    usage: ScriptureUsage | None = None
    theme: Theme | None = None
    topic: SensitiveTopic | None = None
    order: int = 0
    """Rank among units of its kind (themes and topics: strongest first)."""


_SAYS_WORDS = re.compile(r"\b(?:said|says|told me|asked|dijo|me dijo|preguntó)\b[^“\"«.]{0,60}?[:,]\s*[“\"«]")
"""Someone in a story saying words, quoted."""

_SENTENCE_UNITS = ("claim", "instruction", "reader_question", "study_question", "example", "rhetorical")


def article_units(ctx: Context) -> list[Unit]:
    """What questions can stand on, in the article's order by kind (see :class:`Unit`)."""
    reading = ctx.reading
    strengths = ctx.strengths
    out: list[Unit] = []
    previous: Passage | None = None
    for p in reading.passages:
        # (a rhetorical question is never asked as it stands, only by the family that asks what it argues)
        if (
            p.role in _SENTENCE_UNITS
            and (p.usable or p.role in ("study_question", "rhetorical"))
            and p.part == 1
        ):
            if (
                p.role == "example"
                and previous is not None
                and previous.role == "example"
                and (previous.block == p.block)
                and not USED_TO.match(p.text)  # "I used to think that was a sulky verse.": a turn of its own
                and not _SAYS_WORDS.search(p.text)  # ('Mared said: "I don't need a manager ..."'): the words
                # someone in the story said, often where it turns
            ):
                previous = p
                continue  # a story is one unit: its first sentence
            out.append(Unit(p.role, p.start, p.end, p.block, strengths.get(p.start, 0.0), passage=p))
        previous = p
    if reading.thesis is not None:
        t = reading.thesis
        out.append(Unit("thesis", t.start, t.end, t.block, 1.0, passage=t))
    for p, (s, e) in offered_questions(ctx):
        out.append(Unit("offered", s, e, p.block, max(strengths.get(p.start, 0.0), 0.6), passage=p))
    for p, (s, e) in offered_words(ctx):
        out.append(Unit("words", s, e, p.block, max(strengths.get(p.start, 0.0), 0.6), passage=p))
    for p, (s, e) in objections(ctx):
        out.append(Unit("objection", s, e, p.block, max(strengths.get(p.start, 0.0), 0.7), passage=p))
    for unit in reading.lists:
        out.append(Unit("list", unit.start, unit.end, ctx.block_index(unit.start), 0.6, list_unit=unit))
    uses = {(u.start, u.end): u for u in ctx.analysis.scripture}
    for usage in reading.scripture:
        use = uses.get((usage.start, usage.end))
        if use is None or usage.comment is None:
            continue
        s = usage.comment[0]
        out.append(
            Unit(
                "scripture",
                use.start,
                use.end,
                ctx.block_index(use.start),
                strengths.get(s, 0.5),
                scripture=use,
                usage=usage,
            )
        )
    for order, theme in enumerate(ctx.themes_for_questions()):
        anchor = _theme_anchor(ctx, theme)
        if anchor is not None:
            out.append(
                Unit(
                    "theme",
                    anchor.start,
                    anchor.end,
                    ctx.block_index(anchor.start),
                    1.0 - 0.2 * order,
                    theme=theme,
                    order=order,
                )
            )
    for order, topic in enumerate(ctx.analysis.sensitive):
        spots = [(s, reading.at(s.start)) for s in topic.spans]
        usable = [
            (s, p) for s, p in spots if p is not None and p.usable and p.role in ("claim", "instruction")
        ]
        if not usable and topic.topic in GENTLE_TOPICS and dwells_on(ctx, topic.topic):
            # a heavy topic the article tells rather than argues ("he'd been betting again"): the gentle
            # warm-up stands on the story, which is what the article is about
            usable = [(s, p) for s, p in spots if p is not None and p.usable and p.role == "example"]
        if not usable:
            continue  # only in a note, a letter or a story: nothing of the author's to stand on
        _, passage = max(usable, key=lambda sp: (sp[0].intensity == "open", -sp[0].start))
        out.append(Unit("topic", passage.start, passage.end, passage.block, 0.5, topic=topic, order=order))
    return out


def _theme_anchor(ctx: Context, theme: Theme) -> Quote | None:
    """Where a theme is best seen: the sentence that says what it is, else its most central one."""
    thesis = ctx.reading.thesis
    if thesis is not None and theme.stem in {stem(w) for w in words(thesis.text)}:
        quote = ctx.quote(thesis.start, thesis.end, group=True, prefer=[theme.label], whole=True)
        if quote is not None:
            return quote  # a question on the theme points at where the article says what it thinks of it
    best: tuple[float, int] | None = None
    anchor: Quote | None = None
    holding = {ctx.block_index(s) for s, _ in theme.spans}
    # (never a paragraph with something heavy in it: "There are marriages where one person keeps rewriting
    # what happened" is no place to pin "What about your marriage would have surprised you?")
    heavy = {
        ctx.block_index(span.start)
        for topic in ctx.analysis.sensitive
        for span in topic.spans
        if rank(span.intensity) >= rank("medium")
    }
    for p in ctx.reading.passages:
        if (
            p.block not in holding
            or p.block in heavy
            or not p.usable
            or p.role not in ("claim", "instruction")
        ):
            continue
        tokens = [stem(w) for w in words(p.text)]
        if theme.stem not in tokens:
            continue
        quote = ctx.quote(p.start, p.end, group=True, prefer=[theme.label], whole=True)
        if quote is None or theme.stem not in {stem(w) for w in words(quote.text)}:
            continue
        opens = 1.0 if theme.stem in tokens[:2] else 0.0
        key = (opens + ctx.strengths.get(p.start, 0.0), -p.start)
        if best is None or key > best:
            best, anchor = key, quote
    if anchor is not None:
        return anchor
    for start, end in theme.spans:
        passage = ctx.reading.at(start)
        if passage is not None and passage.usable and not ctx.private_between(start, end):
            return Quote(ctx.article.text[start:end], start, end)
    return None
