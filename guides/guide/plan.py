"""The plan of a guide: what a writer fills in, and the limits its wording must keep.

The rules generator (:func:`guides.guide.generator.generate_guide`) decides
everything about a guide: its audience, minutes and sections, what is read
aloud, which kind of question goes where, who may hear it and how deep it may
go, and which passage it stands on. A :class:`GuidePlan` is that decision with
the wording left open. Each question of the rules guide becomes a
:class:`Slot` that keeps the rules question as its fallback, so whatever a
writer does with a slot, the guide stays complete.

The plan also carries what the checks need and what may be shown to a writer:
the private spans that may never reach a whole group, and the passages a
question may stand on (only the reading stage's usable sentences: never a
hedge, a letter, a promotion, a note, a cut-off fragment or a sentence that
speaks to a model).

Each slot suggests words a writer may quote by the prompt's rules: one whole
usable sentence of 4 to 18 words, or a clean run of one (from the sentence's
start or a clause break to its end or a clause break), safe for who hears the
slot and within its depth. The rules question's own source is not always
that: it may be a theme word ("marriage"), a list that runs over several
sentences, a verse reference, a cut-down run of a long sentence or a
sentence too private for the room. Then the slot suggests the most fitting
sentence that is (the list's first item, the theme's strongest mention, the
author's comment on the verse, else the nearest), and says with
:attr:`Slot.ground` what the rules question stands on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from guides.analysis.analyze import Analysis
from guides.analysis.passages import KeyPassage, stem, words
from guides.analysis.reading import ListUnit, Passage, Role
from guides.analysis.sensitive import Intensity, intensity_between, is_private, is_private_between, rank
from guides.article import Article
from guides.catalog import families
from guides.guide.model import (
    Audience,
    Guide,
    Note,
    Prompt,
    Question,
    QuestionKind,
    Reading,
    SectionKey,
    Source,
    Visibility,
)
from guides.guide.quotes import BACK_REFERENCES, MAX_QUOTE_WORDS, MIN_QUOTE_WORDS, clauses

FIXED_FAMILIES = frozenset({"marks"})
"""Questions a writer does not reword: the couple's opener on their own marks quotes the readers."""

Ground = Literal["sentence", "theme", "list", "verse", "question"]
"""What a rules question stands on: a sentence, a theme word, a list, a verse, the article's own question."""

_TO_A_MACHINE = re.compile(
    r"\b(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions|rules|prompt|above)\b|"
    r"\b(?:as an|you are an?|if you are an?)\s+(?:ai|a\.i\.|language model|assistant|llm|chatbot)\b|"
    r"\b(?:ignora|olvida)\b.{0,40}\b(?:instrucciones|reglas)\b",
    re.IGNORECASE,
)


def speaks_to_a_machine(text: str) -> bool:
    """Whether a sentence of the article addresses a model ("ignore the instructions above ...")."""
    return bool(_TO_A_MACHINE.search(text))


@dataclass(frozen=True)
class Slot:
    """One question to write: its place, its kind, who hears it, how deep it may go, its passage."""

    id: str
    """``"{section}-{n}"``, 1-based within its section ("discuss-2")."""
    section: SectionKey
    kind: QuestionKind
    visibility: Visibility
    ceiling: Intensity
    """The deepest a question here may go (the couple's choice; mild for an opener)."""
    source: Source
    """The passage the rules question stands on: a suggestion, not a requirement."""
    optional: bool
    separately: bool
    rules: Question
    """The rules writer's question for this slot: what the guide keeps when a writer's fails."""
    suggestion: Source | None = None
    """Words a writer may quote here by the prompt's rules (see the module docstring); None when the
    article has no sentence that is safe for this slot."""
    ground: Ground = "sentence"
    """What the rules question stands on."""
    ground_span: tuple[int, int] = (0, 0)
    """Where that is in the article: the whole list for a list, else the rules question's source."""

    @property
    def suggestion_is_source(self) -> bool:
        """Whether the suggestion is words of the very sentence the rules question stands on."""
        s, source = self.suggestion, self.rules.source
        a_word = self.ground == "theme" and len(source.quote.split()) < MIN_QUOTE_WORDS
        return (
            s is not None
            and self.ground not in ("list", "verse")
            and not a_word
            and source.start < s.end
            and s.start < source.end
        )


@dataclass(frozen=True)
class PlannedSection:
    """One part of the guide, with its questions left as slots."""

    key: SectionKey
    title: str
    minutes: int
    purpose: str
    notes: tuple[Note, ...]
    readings: tuple[Reading, ...]
    prompts: tuple[Prompt, ...]
    slots: tuple[Slot, ...]
    fixed: tuple[Question, ...] = ()
    """Questions kept as the rules wrote them (see :data:`FIXED_FAMILIES`)."""


@dataclass(frozen=True)
class CandidatePassage:
    """A sentence a question may stand on: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str
    role: Role
    block: int
    private: bool
    """It touches material that is for a couple, not a room."""


@dataclass(frozen=True)
class GuidePlan:
    """A guide with its wording left open, and the limits any wording must keep."""

    title: str
    audience: Audience
    language: str
    minutes: int
    intensity: Intensity
    faith: bool
    sections: tuple[PlannedSection, ...]
    private_spans: tuple[tuple[int, int], ...]
    passages: tuple[CandidatePassage, ...]
    rules: Guide
    """The rules writer's guide, which the plan was made from."""

    @property
    def slots(self) -> tuple[Slot, ...]:
        """Every slot, in the guide's order."""
        return tuple(slot for section in self.sections for slot in section.slots)

    def slot(self, slot_id: str) -> Slot | None:
        """The slot with this id ("discuss-2"), or None."""
        return next((s for s in self.slots if s.id == slot_id), None)


def _ceiling(section: SectionKey, visibility: Visibility, chosen: Intensity) -> Intensity:
    if section in ("welcome", "settle"):
        return "mild"  # an opener anyone can answer
    if visibility == "leader":
        return "open"  # the leader's own preparation
    if visibility == "everyone":
        return "medium"  # honest, but safe with friends; privacy is checked on its own
    return chosen  # a couple's question goes as deep as they chose


_LABEL = re.compile(r"^\W{0,2}[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?: [\wáéíóúñ]+){0,2}:\s+")
"""A printed label before a sentence: "Discuss: ", "Reflect: ", "Para pensar: "."""
_BREAKS = (",", ";", ":", "–", "—")
"""What a clean run may begin after or end before: a comma, semicolon, colon or dash."""
_OPENING_MARKS = '“«‘"¿¡('
_CLOSING_MARKS = '”»’"?!)'


def unlabelled(text: str) -> str:
    """A printed question or sentence without its label ("Discuss: Who ...?" -> "Who ...?")."""
    return _LABEL.sub("", text, count=1)


def _word_count(text: str) -> int:
    return len(text.split())


def _tidy_run(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and end punctuation around it, and without a quotation or
    question mark whose partner is outside it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:…"):
        end -= 1
    piece = text[start:end]
    for opening, closing in zip(_OPENING_MARKS, _CLOSING_MARKS, strict=True):
        if opening == closing:
            if piece.count(opening) % 2 and piece.startswith(opening):
                start += 1
            elif piece.count(opening) % 2 and piece.endswith(closing):
                end -= 1
        elif piece.startswith(opening) and closing not in piece:
            start += 1
        elif piece.endswith(closing) and opening not in piece and closing in "”»’)":
            end -= 1
    return start, end


def _runs(text: str, sentence: Passage, start: int) -> list[tuple[int, int]]:
    """The clean runs of a sentence from ``start``: whole clauses, from one clause break (or the start)
    to another (or the end), so a quote never cuts a phrase in half; 4 to 18 words each."""
    parts = clauses(text, start, sentence.end)
    runs: list[tuple[int, int]] = []
    for i in range(len(parts)):
        for j in range(i, len(parts)):
            s, e = _tidy_run(text, parts[i][0], parts[j][1])
            n = _word_count(text[s:e])
            if n > MAX_QUOTE_WORDS:
                break
            if n >= MIN_QUOTE_WORDS and _at_breaks(text, sentence, s, e):
                runs.append((s, e))
    return runs


def _at_breaks(text: str, sentence: Passage, start: int, end: int) -> bool:
    """Whether ``[start, end)`` opens at the sentence's start or after a comma, semicolon, colon or
    dash, and ends at its end or before one (a cut before "because" leaves a subject without its verb)."""
    before = text[sentence.start : start].rstrip()
    after = text[end : sentence.end].lstrip()
    opens = not before.strip(_OPENING_MARKS + " ") or before.endswith(_BREAKS)
    closes = not after.strip(_CLOSING_MARKS + " .…") or after.startswith(_BREAKS)
    return opens and closes


def _quotable(text: str, sentence: Passage, near: Source, prefer: list[str]) -> Source | None:
    """What of ``sentence`` a writer may quote: all of it (after a printed label such as "Discuss:")
    when it has 4 to 18 words; else the rules question's own words when they are a clean run; else
    the clean run that carries the ``prefer`` words, then the one that opens the sentence, then one
    that ends at a stronger break than a comma (not inside a list), then the longest. None when the
    sentence has no clean run of 4 to 18 words."""
    label = _LABEL.match(sentence.text)
    start = sentence.start + (label.end() if label else 0)
    for whole in (start, sentence.start):  # without a printed label ("Discuss: ") when that fits
        if MIN_QUOTE_WORDS <= _word_count(text[whole : sentence.end]) <= MAX_QUOTE_WORDS:
            return Source(text[whole : sentence.end], whole, sentence.end)
    runs = _runs(text, sentence, start)
    if _tidy_run(text, near.start, near.end) in runs:
        return near
    if not runs:
        return None
    wanted = {stem(w) for w in words(" ".join(prefer))}
    s, e = max(
        runs,
        key=lambda r: (
            len(wanted & {stem(w) for w in words(text[r[0] : r[1]])}),
            r[0] <= start + 2,
            not text[r[1] : sentence.end].lstrip(_CLOSING_MARKS).startswith(","),  # not inside a list
            r[1] - r[0],
        ),
    )
    return Source(text[s:e], s, e)


class _Suggester:
    """Finds, for each slot, words a writer may quote that the checks will accept for that slot."""

    def __init__(self, article: Article, analysis: Analysis, faith: bool) -> None:
        self.text = article.text
        self.analysis = analysis
        self.reading = analysis.reading
        self.scripture = tuple((u.start, u.end) for u in analysis.scripture) + tuple(
            analysis.scripture_quotations
        )
        self.faith = faith

    def ground(self, question: Question) -> Ground:
        """What the rules question stands on, from its family and its source."""
        source = question.source
        touched = self.reading.overlapping(source.start, source.end)
        family = families().get(question.family)
        stands_on = set(family.stands_on) if family else set()
        if stands_on == {"study_question"} or any(p.role == "study_question" for p in touched):
            return "question"
        if "scripture" in stands_on and any(s < source.end and source.start < e for s, e in self.scripture):
            return "verse"
        if "list" in stands_on and self._list_of(source) is not None:
            return "list"
        if len(touched) > 1 and "claim" not in stands_on:
            return "list"  # (a claim quoted with the sentence it leans on is still one claim)
        if stands_on == {"theme"}:
            return "theme"
        return "sentence"

    def suggest(
        self, question: Question, visibility: Visibility, ceiling: Intensity, ground: Ground
    ) -> Source | None:
        """The first fitting words of the sentences most fit for this slot (see :meth:`_order`)."""
        source = question.source
        theme = (
            self._theme(question) if ground == "theme" or _word_count(source.quote) < MIN_QUOTE_WORDS else ""
        )
        prefer = [theme] if theme else []
        for sentence in self._order(source, ground, theme):
            if self._safe(sentence, visibility, ceiling):
                quote = _quotable(self.text, sentence, source, prefer)
                if quote is not None:
                    return quote
        return None

    def _theme(self, question: Question) -> str:
        """The theme word a question on a theme is about: its source when that is a word, else the
        article's theme that both its source and its wording carry."""
        if _word_count(question.source.quote) < MIN_QUOTE_WORDS:
            return question.source.quote
        carried = {stem(w) for w in words(question.source.quote)} & {stem(w) for w in words(question.text)}
        return next((t.label for t in self.analysis.themes if t.stem in carried), "")

    def _order(self, source: Source, ground: Ground, theme: str) -> Iterator[Passage]:
        """The sentences to try, best first: a list's items from the first (then its lead); the rules
        source's own sentences; the author's comment on the verse; the theme's strongest mentions,
        else the thesis and the key passages; the nearest sentences.
        Among mentions and among the nearest, those that stand on their own come before those that
        point back ("That is ..."). The article's own questions come in only for a question on them
        (or the one before it)."""
        seen: set[int] = set()
        home = self.reading.at(source.start)
        block = home.block if home else -1

        def once(passages: list[Passage], *, asked: bool = False) -> Iterator[Passage]:
            for p in passages:
                if p.role in ("study_question", "reader_question") and not asked:
                    continue
                if p.start not in seen and p.usable and not speaks_to_a_machine(p.text):
                    seen.add(p.start)
                    yield p

        if ground == "list" and (unit := self._list_of(source)) is not None:
            items = [p for s, e in unit.items for p in self.reading.overlapping(s, e)]
            yield from once(items + ([unit.lead] if unit.lead else []))
        yield from once(self.reading.overlapping(source.start, source.end), asked=True)
        if ground == "question":  # a short printed question leans on the one before it
            yield from once([p for p in self.reading.passages if p.block == block], asked=True)
        if ground == "verse":
            comments = [
                u.comment
                for u in self.reading.scripture
                if u.comment and u.start < source.end and source.start < u.end
            ]
            yield from once([p for s, e in comments for p in self.reading.overlapping(s, e)])
        if theme:
            yield from once(sorted(self._mentions(theme), key=_leans_back))  # one that stands alone first
        if ground == "theme":  # no mention will do: what the article is about
            central = [self.reading.thesis] if self.reading.thesis else []
            central += [p for k in self._key() for p in self.reading.overlapping(k.start, k.end)]
            yield from once(sorted(central, key=_leans_back))
        nearest = sorted(self.reading.passages, key=lambda p: (p.block != block, _gap(p, source)))
        yield from once(sorted(nearest, key=_leans_back))

    def _mentions(self, word: str) -> list[Passage]:
        """The sentences that carry a theme word: the article's key passages first, strongest first."""
        stems = {stem(w) for w in words(word)}
        found = [
            p
            for k in self._key()
            if stems & {stem(w) for w in words(k.text)}
            for p in self.reading.overlapping(k.start, k.end)
        ]
        return found + [p for p in self.reading.passages if stems & {stem(w) for w in words(p.text)}]

    def _key(self) -> list[KeyPassage]:
        """The article's key passages, strongest first."""
        return sorted(self.analysis.key_passages, key=lambda k: -k.score)

    def span(self, question: Question, ground: Ground) -> tuple[int, int]:
        """Where what the rules question stands on is: the whole list for a list, else its source."""
        unit = self._list_of(question.source) if ground == "list" else None
        if unit is not None:
            return (min(unit.start, question.source.start), max(unit.end, question.source.end))
        return (question.source.start, question.source.end)

    def _list_of(self, source: Source) -> ListUnit | None:
        return next((u for u in self.reading.lists if u.start < source.end and source.start < u.end), None)

    def _safe(self, sentence: Passage, visibility: Visibility, ceiling: Intensity) -> bool:
        """Whether a question for this slot may quote the sentence: what the checks judge on it, and
        on the sentence before when this one points back to it ("That is no longer ...")."""
        sensitive = self.analysis.sensitive
        start, end = sentence.start, sentence.end
        if _leans_back(sentence):
            before = self.reading.at(start - 2)
            if before is not None and before.block == sentence.block:
                start = before.start
        if any(
            t.topic == "abuse" and any(s.start < end and start < s.end for s in t.spans) for t in sensitive
        ):
            return False
        if visibility == "everyone" and is_private_between(sensitive, start, end):
            return False
        if rank(intensity_between(sensitive, start, end)) > rank(ceiling):
            return False
        return self.faith or not any(s < end and start < e for s, e in self.scripture)


def _leans_back(passage: Passage) -> bool:
    """Whether a sentence opens by pointing back ("That is ...", "It was ..."): weak on its own."""
    first = words(passage.text)[:1]
    return bool(first) and first[0] in BACK_REFERENCES


def _gap(passage: Passage, source: Source) -> int:
    """How many characters lie between a sentence and a source."""
    return max(source.start - passage.end, passage.start - source.end, 0)


def plan_guide(article: Article, analysis: Analysis, rules: Guide) -> GuidePlan:
    """The plan of ``rules`` (a guide :func:`generate_guide` made from ``article`` and ``analysis``)."""
    private = tuple(
        (span.start, span.end)
        for topic in analysis.sensitive
        for span in topic.spans
        if is_private(topic.topic, span.intensity)
    )
    suggester = _Suggester(article, analysis, rules.faith)
    sections: list[PlannedSection] = []
    for section in rules.sections:
        slots: list[Slot] = []
        fixed: list[Question] = []
        for question in section.questions:
            if question.family in FIXED_FAMILIES or question.written_by != "rules":
                fixed.append(question)
                continue
            ceiling = _ceiling(section.key, question.visibility, rules.intensity)
            ground = suggester.ground(question)
            slots.append(
                Slot(
                    id=f"{section.key}-{len(slots) + 1}",
                    section=section.key,
                    kind=question.kind,
                    visibility=question.visibility,
                    ceiling=ceiling,
                    source=question.source,
                    optional=question.optional,
                    separately=question.separately,
                    rules=question,
                    suggestion=suggester.suggest(question, question.visibility, ceiling, ground),
                    ground=ground,
                    ground_span=suggester.span(question, ground),
                )
            )
        sections.append(
            PlannedSection(
                key=section.key,
                title=section.title,
                minutes=section.minutes,
                purpose=section.purpose,
                notes=section.notes,
                readings=section.readings,
                prompts=section.prompts,
                slots=tuple(slots),
                fixed=tuple(fixed),
            )
        )
    passages = tuple(
        CandidatePassage(
            start=p.start,
            end=p.end,
            text=p.text,
            role=p.role,
            block=p.block,
            private=any(s < p.end and p.start < e for s, e in private),
        )
        for p in analysis.reading.passages
        if p.usable and not speaks_to_a_machine(p.text)
    )
    return GuidePlan(
        title=rules.title,
        audience=rules.audience,
        language=rules.language,
        minutes=rules.minutes,
        intensity=rules.intensity,
        faith=rules.faith,
        sections=tuple(sections),
        private_spans=private,
        passages=passages,
        rules=rules,
    )
