"""From a plan and a writer's reply to a complete guide, and a report of what was taken.

Each proposed question is placed in a slot of its section with the same kind,
in the order the plan lists them, then checked (:mod:`guides.writers.checks`).
A slot whose question fails, or that got none, keeps the rules writer's
question, so the guide always has every question the plan has. Questions that
repeat one another are settled last: a writer's question that nearly repeats
another question of the guide gives way to the rules question of its slot,
until none repeats. Every question records who wrote it (``written_by``).

The big idea and leader notes from a writer go, after the same checks, among
the leader's notes of a group or session guide (marked with who wrote them);
a couple's guide has no leader, so they are not used there. The rules
writer's care notes always stay.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from guides.analysis.analyze import Analysis
from guides.article import Article
from guides.catalog import catalog
from guides.guide.model import Guide, Note, Question, Source
from guides.guide.picking import question_id
from guides.guide.plan import GuidePlan, Slot
from guides.guide.quality import near_duplicate
from guides.writers.checks import MAX_BIG_IDEA_WORDS, Checker, Grounded
from guides.writers.reply import ProposedQuestion, Reply

MAX_LEADER_NOTES = 3


@dataclass(frozen=True)
class SlotOutcome:
    """What became of one slot: whose question it holds, and why a writer's was refused."""

    slot: str
    written_by: str
    text: str
    proposed: str | None = None
    """The writer's question for this slot, when it proposed one."""
    reasons: tuple[str, ...] = ()
    """Why the writer's question was refused (empty when it was taken or none was proposed)."""


@dataclass(frozen=True)
class WriteReport:
    """What a writer did to a guide, for the command line and the app to tell the reader."""

    writer: str
    """"rules", or the model's name (or the pasted assistant's)."""
    server: str | None = None
    outcomes: tuple[SlotOutcome, ...] = ()
    unplaced: tuple[str, ...] = ()
    """Proposed questions that had no slot to go to, each with why."""
    notes: tuple[str, ...] = ()
    """What became of the big idea and the leader notes."""
    problem: str | None = None
    """Why nothing from the writer was used (a server down, a reply that cannot be read)."""
    seconds: float = 0.0
    """Time spent waiting for the writer."""

    @property
    def written(self) -> int:
        """How many questions of the guide the writer wrote."""
        return sum(1 for o in self.outcomes if o.written_by == self.writer and self.writer != "rules")

    @property
    def refused(self) -> tuple[SlotOutcome, ...]:
        """The slots whose question from the writer the checks refused."""
        return tuple(o for o in self.outcomes if o.reasons)

    def summary(self) -> str:
        """One line: how many questions the writer wrote, and how many the rules kept."""
        if self.writer == "rules":
            return "The rules writer wrote every question."
        total = len(self.outcomes)
        if self.problem:
            return f"Nothing from {self.writer} was used ({self.problem}); the rules writer's guide stays."
        kept = total - self.written
        line = f"{self.writer} wrote {self.written} of {total} questions"
        if kept:
            refused = len(self.refused)
            missing = kept - refused
            why = [f"{refused} refused by the checks"] if refused else []
            why += [f"{missing} not written"] if missing else []
            line += f"; the rules writer's {kept} stay ({', '.join(why)})"
        return line + "."

    def lines(self) -> list[str]:
        """The summary, then each refusal and each note, one line each."""
        out = [self.summary()]
        for o in self.refused:
            out.append(f"  {o.slot}: “{o.proposed}” refused: {'; '.join(o.reasons)}.")
        out += [f"  {u}" for u in self.unplaced]
        out += [f"  {n}" for n in self.notes]
        return out


def _place(
    plan: GuidePlan, proposed: tuple[ProposedQuestion, ...]
) -> tuple[dict[str, ProposedQuestion], list[str]]:
    """Each slot's proposed question: same section, same kind, in order. Unplaced ones, with why."""
    placed: dict[str, ProposedQuestion] = {}
    unplaced: list[str] = []
    by_section: dict[str, list[ProposedQuestion]] = {}
    for p in proposed:
        by_section.setdefault(p.section, []).append(p)
    keys = {s.key for s in plan.sections}
    for key, items in by_section.items():
        if key not in keys:
            unplaced += [
                f"“{p.text}” was for a part this guide does not have ({key or 'none'})." for p in items
            ]
            continue
        section = next(s for s in plan.sections if s.key == key)
        free = list(section.slots)
        for p in items:
            slot = next((s for s in free if s.kind == p.kind), None)
            if slot is None:
                unplaced.append(f"“{p.text}” had no {p.kind or 'unnamed'} question to fill in {key}.")
                continue
            free.remove(slot)
            placed[slot.id] = p
    return placed, unplaced


def _question(plan: GuidePlan, slot: Slot, text: str, grounded: Grounded, writer: str) -> Question:
    source = grounded.source
    return Question(
        id=question_id(text, source.start, source.end),
        text=text,
        kind=slot.kind,
        visibility=slot.visibility,
        source=Source(source.text, source.start, source.end),
        intensity=grounded.intensity,
        separately=slot.separately,
        optional=slot.optional,
        family="",
        why=catalog(plan.language).text("writers", "why", writer=writer),
        written_by=writer,
    )


def compose(
    plan: GuidePlan, reply: Reply, writer: str, article: Article, analysis: Analysis
) -> tuple[Guide, WriteReport]:
    """The guide with the writer's checked wording in the plan's slots, and what was taken."""
    checker = Checker(plan, article, analysis)
    placed, unplaced = _place(plan, reply.questions)
    unplaced = [f"Entry skipped: {s}." for s in reply.skipped] + unplaced
    passed: dict[str, Question] = {}
    reasons: dict[str, list[str]] = {}
    for slot in plan.slots:
        proposed = placed.get(slot.id)
        if proposed is None:
            continue
        grounded, why = checker.question(slot, proposed)
        if grounded is None:
            reasons[slot.id] = why
        else:
            passed[slot.id] = _question(plan, slot, proposed.text, grounded, writer)
    # Settle repeats: a writer's question that nearly repeats another one in the guide gives way.
    changed = True
    while changed:
        changed = False
        final = {s.id: passed.get(s.id, s.rules) for s in plan.slots}
        for slot in plan.slots:
            mine = passed.get(slot.id)
            if mine is None:
                continue
            others = [q.text for sid, q in final.items() if sid != slot.id]
            others += [q.text for s in plan.sections for q in s.fixed]
            if near_duplicate(mine.text, others):
                del passed[slot.id]
                reasons[slot.id] = ["it nearly repeats another question of the guide"]
                changed = True
                break
    outcomes = []
    for slot in plan.slots:
        chosen = passed.get(slot.id, slot.rules)
        proposed = placed.get(slot.id)
        outcomes.append(
            SlotOutcome(
                slot.id,
                chosen.written_by,
                chosen.text,
                proposed.text if proposed else None,
                tuple(reasons.get(slot.id, ())),
            )
        )
    leader_notes, notes = _leader_notes(plan, reply, writer, checker)
    sections = []
    for planned, rules_section in zip(plan.sections, plan.rules.sections, strict=True):
        by_rules_id = {s.rules.id: passed.get(s.id, s.rules) for s in planned.slots}
        sections.append(
            replace(rules_section, questions=tuple(by_rules_id.get(q.id, q) for q in rules_section.questions))
        )
    guide = replace(plan.rules, sections=tuple(sections), leader_notes=leader_notes)
    return guide, WriteReport(writer, outcomes=tuple(outcomes), unplaced=tuple(unplaced), notes=tuple(notes))


def _leader_notes(
    plan: GuidePlan, reply: Reply, writer: str, checker: Checker
) -> tuple[tuple[Note, ...], list[str]]:
    rules_notes = plan.rules.leader_notes
    said: list[str] = []
    if plan.audience == "couple":
        if reply.big_idea or reply.leader_notes:
            said.append("The big idea and leader notes are not used in a couple's guide (it has no leader).")
        return rules_notes, said
    notes = list(rules_notes)
    if reply.big_idea:
        why = checker.note(reply.big_idea, limit=MAX_BIG_IDEA_WORDS)
        if why:
            said.append(f"Big idea refused: {'; '.join(why)}.")
        else:
            idea = Note("big_idea", reply.big_idea, written_by=writer)
            at = next((i for i, n in enumerate(notes) if n.kind == "big_idea"), None)
            if at is None:
                notes.insert(0, idea)
            else:
                notes[at] = idea
            said.append(f"Big idea by {writer}.")
    taken = 0
    for text in reply.leader_notes:
        why = checker.note(text)
        if not why and near_duplicate(text, [n.text for n in notes]):
            why = ["it repeats another note"]
        if not why and taken >= MAX_LEADER_NOTES:
            why = [f"more than {MAX_LEADER_NOTES} notes"]
        if why:
            said.append(f"Leader note refused: {'; '.join(why)}.")
            continue
        notes.append(Note("guidance", text, written_by=writer))
        taken += 1
    if taken:
        said.append(f"{taken} leader note{'s' if taken != 1 else ''} by {writer}.")
    return tuple(notes), said


def rules_report(plan: GuidePlan, writer: str = "rules", problem: str | None = None) -> WriteReport:
    """The report of a guide that kept every rules question (the rules writer, or a failed writer)."""
    outcomes = tuple(SlotOutcome(s.id, "rules", s.rules.text) for s in plan.slots)
    return WriteReport(writer, outcomes=outcomes, problem=problem)
