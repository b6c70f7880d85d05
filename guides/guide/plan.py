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
hedge, a letter, a promotion, a note or a cut-off fragment).
"""

from __future__ import annotations

from dataclasses import dataclass

from guides.analysis.analyze import Analysis
from guides.analysis.reading import Role
from guides.analysis.sensitive import Intensity, is_private
from guides.article import Article
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

FIXED_FAMILIES = frozenset({"marks"})
"""Questions a writer does not reword: the couple's opener on their own marks quotes the readers."""


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


def plan_guide(article: Article, analysis: Analysis, rules: Guide) -> GuidePlan:
    """The plan of ``rules`` (a guide :func:`generate_guide` made from ``article`` and ``analysis``)."""
    private = tuple(
        (span.start, span.end)
        for topic in analysis.sensitive
        for span in topic.spans
        if is_private(topic.topic, span.intensity)
    )
    sections: list[PlannedSection] = []
    for section in rules.sections:
        slots: list[Slot] = []
        fixed: list[Question] = []
        for question in section.questions:
            if question.family in FIXED_FAMILIES or question.written_by != "rules":
                fixed.append(question)
                continue
            slots.append(
                Slot(
                    id=f"{section.key}-{len(slots) + 1}",
                    section=section.key,
                    kind=question.kind,
                    visibility=question.visibility,
                    ceiling=_ceiling(section.key, question.visibility, rules.intensity),
                    source=question.source,
                    optional=question.optional,
                    separately=question.separately,
                    rules=question,
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
        if p.usable
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
