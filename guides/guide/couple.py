"""A conversation for two people at home, in a "you two" voice.

It starts somewhere easy, reads the key passages aloud (and, when they have
marked the article, what each of them marked), talks the article through,
goes as deep as the couple chose (mild, medium or open), and ends on what
they hope for: one forward-looking question, an "I will..." for each partner
and a time to come back to it. Five questions fill thirty minutes. Nothing
presumes problems, children, a past hurt or a faith they have not named: the
questions stand on the article, and the theme bank's couple questions are
written that way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from guides.analysis.sensitive import Intensity, rank
from guides.guide.care import couple_care
from guides.guide.context import Context
from guides.guide.families import Candidate, candidates
from guides.guide.marks import marks_question
from guides.guide.model import Mark, Note, Prompt, Section
from guides.guide.picking import Picker, in_discussion_order, readings, to_question, within
from guides.guide.scripture_readings import scripture_as_readings
from guides.guide.timing import couple_minutes

_TALK_FAMILIES = (
    "key_contrast", "key_claim", "points_pick", "points_read", "points_pick_truths", "points_read_truths",
    "points_pick_story", "points_read_story", "points_pick_mixed", "points_read_mixed",
    "everyday_examples", "list_pick", "definition", "more_than", "opposed_view", "story_point",
    "own_story", "own_story_point", "own_story_claim", "story_claim", "story_open", "words_said", "scene",
    "scripture_comment", "picture", "printed", "printed_personal",
    "asked_to_argue", "author_open", "turned", "turned_temptation",
    "distinction", "instead", "column_answer", "column_steps", "column_told", "colon_list",
    "counsel_other", "counsel_other_done",
    "counsel_hard", "thesis_weigh",
    "argued_against", "objection_answered", "claim_meant", "changed_reading", "changed_view",
)  # fmt: skip
_OWN_STEPS = frozenset(
    {
        "paths_pick",
        "practice_named",
        "practice_list",
        "practice_steps",
        "practice_ours",
        "practice_mine",
        "question_list",
        "list_try",
    }
)
_DEEPER_FAMILIES = (
    "topic_private", "offered_question", "theme_reflection", "turned", "turned_temptation", "author_open",
)  # fmt: skip
_HOPE_FAMILIES = (
    "paths_pick", "practice_named", "practice_list", "practice_steps",
    "question_list", "practice_ours", "practice_mine", "closing_word", "column_counsel_own", "counsel_moment",
    "thesis_stakes", "counsel_hard", "counsel_other", "counsel_other_done", "list_try", "list_add",
    "offered_question_others",
    "offered_words", "claim_apply", "lesson_learned",
)  # fmt: skip


def question_budget(minutes: int, questions: int | None) -> int:
    """How many questions in all: five in thirty minutes, one more for each further quarter hour."""
    if questions is not None:
        return max(3, questions)
    return max(3, min(8, 5 + (minutes - 30) // 15))


def build_couple(
    ctx: Context,
    minutes: int,
    questions: int | None,
    ceiling: Intensity,
    marks: Sequence[Mark] = (),
) -> tuple[Section, ...]:
    """The sections of a couple's guide of ``minutes`` minutes, no question above ``ceiling``.

    With ``marks`` (the readers' own highlights and notes) the reading together
    ends on a question about what each of them marked.
    """
    c = ctx.catalog
    plan = couple_minutes(minutes)
    picker = Picker()
    allowed = within(ceiling)
    budget = question_budget(minutes, questions)

    openers = candidates(
        ctx, "couple", ("opening_asked", "opener_gentle", "opener", "icebreaker_word")
    ) or candidates(ctx, "couple", ("icebreaker_any",))
    settle = Section(
        key="settle",
        title=c.text("titles", "settle"),
        minutes=plan["settle"],
        purpose=c.text("purposes", "settle"),
        # An easy start; in a piece that is all grief or loss, the gentlest of its openers.
        questions=tuple(
            to_question(ctx, q, "couple")
            for q in (picker.pick(openers, 1, within("mild")) or picker.pick(openers, 1, allowed))
        ),
        notes=(Note("guidance", c.text("notes", "settle_note")),),
    )

    scripture = ctx.scripture_readings() if ctx.faith else []
    read = Section(
        key="read",
        title=c.text("titles", "read_together"),
        minutes=plan["read"],
        purpose=c.text("purposes", "read_together"),
        notes=(Note("guidance", c.text("notes", "read_together_note")),),
    )
    on_marks = marks_question(ctx.article, marks, ctx.language)
    if on_marks is not None:
        read = replace(read, questions=(on_marks,))

    used = len(settle.questions) + len(read.questions)
    deeper_count = 1 if budget - used <= 4 else 2
    talk_count = max(1, budget - used - deeper_count - 1)

    # The author's own list of steps, when there is one, is kept for the "I will" at the end.
    picker.new_section()
    hope_pool = candidates(ctx, "couple", _HOPE_FAMILIES)
    hope = picker.pick(
        [q for q in hope_pool if q.family in _OWN_STEPS], 1, lambda q: allowed(q) and q.kind == "application"
    )

    # Light first: what the article says, then what it means for the two of you.
    picker.new_section(distinct_blocks=True)
    talk_pool = candidates(ctx, "couple", _TALK_FAMILIES)
    talk: list[Candidate] = []
    talk += picker.pick(talk_pool, 1, lambda q: allowed(q) and q.kind == "observation")
    talk += picker.pick(
        talk_pool, talk_count - len(talk), lambda q: allowed(q) and q.kind == "interpretation"
    )
    talk += picker.pick(talk_pool, talk_count - len(talk), allowed)

    picker.new_section()
    deep_pool = candidates(ctx, "couple", _DEEPER_FAMILIES)
    if rank(ceiling) < rank("medium"):
        deep_pool = [q for q in deep_pool if q.family != "topic_private"]
    # What they chose to go deep on comes first: a private topic at the depth they allowed.
    deep_pool.sort(
        key=lambda q: (
            q.family != "topic_private",
            q.family != "offered_question",  # the author's own question for the two of them, asked now
            not q.separately,
            -q.score,
            q.source.start,
            q.text,
        )
    )
    deeper = picker.pick(deep_pool, deeper_count, allowed)
    deeper.sort(key=lambda q: (rank(q.intensity), q.source.start, q.text))
    if len(deeper) < deeper_count:
        # Nothing to go deeper on: the half hour goes to another of the article's own questions.
        picker.new_section(distinct_blocks=True)
        talk += picker.pick(talk_pool, deeper_count - len(deeper), allowed)
    talk_section = Section(
        key="talk",
        title=c.text("titles", "talk"),
        minutes=plan["talk"],
        purpose=c.text("purposes", "talk"),
        questions=tuple(to_question(ctx, q, "couple") for q in in_discussion_order(talk)),
    )
    # (read once the talk is chosen, as a group's reading is: a question that asks which of the author's
    # points speaks to them has the points printed to read)
    read = replace(
        read,
        readings=tuple(
            readings(ctx, 2, for_group=False, discussed=[*talk, *deeper])
            + scripture_as_readings(ctx.analysis, scripture, 1, ctx.language)
        ),
    )
    notes = (
        [Note("guidance", c.text("notes", "separately"))] if any(q.separately for q in talk + deeper) else []
    )
    notes += couple_care(ctx)
    deeper_section = Section(
        key="deeper",
        title=c.text("titles", "deeper"),
        minutes=plan["deeper"],
        purpose=c.text("purposes", "deeper"),
        questions=tuple(to_question(ctx, q, "couple") for q in deeper),
        notes=tuple(notes),
    )

    # End hopeful: one forward-looking question, then each writes their own "I will".
    picker.new_section()
    steps = [q for q in hope_pool if q.family != "counsel_hard"]  # a step, before what gets in its way
    hope = (
        hope
        or picker.pick(steps, 1, lambda q: allowed(q) and q.kind == "application")
        or picker.pick(hope_pool, 1, lambda q: allowed(q) and q.kind == "application")
        # (the line each would carry, before the theme bank's hope, written for the theme and not this
        # article: "Whose load could the two of you help carry?" of one asking what to let others carry)
        or picker.pick(candidates(ctx, "couple", ("takeaway_line",)), 1, allowed)
        or picker.pick(candidates(ctx, "couple", ("theme_hope",)), 1, allowed)
    )
    commit = Section(
        key="commit",
        title=c.text("titles", "commit"),
        minutes=plan["commit"],
        purpose=c.text("purposes", "commit"),
        questions=tuple(to_question(ctx, q, "couple") for q in hope),
        prompts=(
            Prompt("partner", c.text("prompts", "partner", partner=c.text("prompts", "partner_1")), 0),
            Prompt("partner", c.text("prompts", "partner", partner=c.text("prompts", "partner_2")), 1),
            Prompt("return", c.text("prompts", "return")),
        ),
        notes=(Note("closing", c.text("notes", "pray_couple" if ctx.faith else "secular_couple")),),
    )
    asked = len(settle.questions) + len(read.questions) + len(talk) + len(deeper) + len(hope)
    if asked < 4:
        # A piece with little of the author's own to stand on (a gentle letter of comfort): the theme
        # bank's questions for two, on the article's strongest theme, fill the half hour.
        picker.new_section()
        extra = picker.pick(candidates(ctx, "couple", ("theme_reflection", "theme_hope")), 4 - asked, allowed)
        if asked + len(extra) < 4:  # still short: a second question of a family, worded another way
            extra += picker.pick(talk_pool, 4 - asked - len(extra), allowed, repeat=True)
        added = tuple(to_question(ctx, q, "couple") for q in extra)
        if talk_section.questions or not deeper:
            talk_section = replace(talk_section, questions=talk_section.questions + added)
        else:
            deeper_section = replace(deeper_section, questions=deeper_section.questions + added)
    if not deeper:
        # Nothing fits the depth they chose: no empty section, the time goes to talking (and the care
        # notes with it: a note on safety is never lost with the section it was in).
        talk_section = replace(
            talk_section,
            minutes=talk_section.minutes + deeper_section.minutes,
            notes=talk_section.notes + deeper_section.notes,
        )
        return (settle, read, talk_section, commit)
    if not talk_section.questions:
        # Nothing of the author's own to talk through (a gentle letter of comfort): the going deeper
        # is the talk, and has its time.
        deeper_section = replace(deeper_section, minutes=deeper_section.minutes + talk_section.minutes)
        return (settle, read, deeper_section, commit)
    return (settle, read, talk_section, deeper_section, commit)
