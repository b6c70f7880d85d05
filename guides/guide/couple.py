"""A conversation for two people at home, in a "you two" voice.

It starts somewhere safe, reads the key passages aloud, talks them through,
goes as deep as the couple chose (mild, medium or open), and ends with an
"I will..." for each partner and a time to come back to it. Some questions
are answered separately first, in writing, and then compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from guides.analysis.sensitive import Intensity, rank
from guides.guide.candidates import (
    Candidate,
    Context,
    all_candidates,
    author_questions,
    passage_reflections,
    sort_candidates,
    theme_questions,
    topic_questions,
)
from guides.guide.marks import marks_question
from guides.guide.model import Mark, Section
from guides.guide.picking import (
    Picker,
    in_discussion_order,
    readings,
    to_question,
    within,
)
from guides.guide.scripture_readings import scripture_as_readings
from guides.guide.templates import WORDS
from guides.guide.timing import couple_minutes


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
    words = WORDS[ctx.language]
    plan = couple_minutes(minutes)
    picker = Picker()
    allowed = within(ceiling)

    openers = sort_candidates(list(theme_questions(ctx, "opener", "two")))
    settle = Section(
        key="settle",
        title=words["settle"],
        minutes=plan["settle"],
        purpose=words["purpose_settle"],
        questions=tuple(to_question(c, "couple") for c in picker.pick(openers, 1, within("mild"))),
        notes=(words["settle_note"],),
    )

    scripture = ctx.scripture() if ctx.faith else []
    read = Section(
        key="read",
        title=words["read_together"],
        minutes=plan["read"],
        purpose=words["purpose_read_together"],
        readings=tuple(
            readings(ctx, 2, for_group=False)
            + scripture_as_readings(ctx.analysis, scripture, 2, ctx.language)
        ),
        notes=(words["read_together_note"],),
    )
    on_marks = marks_question(ctx.article, marks, ctx.language)
    if on_marks is not None:
        read = replace(read, questions=(on_marks,))

    total = questions if questions is not None else max(3, round((plan["talk"] + plan["deeper"]) / 3))
    talk_count = max(2, total - max(1, total // 3))
    deeper_count = max(total - talk_count, 1)

    picker.new_section()
    talk_pool = sort_candidates(all_candidates(ctx, "two") + list(author_questions(ctx, "each")))
    talk_pool = [c for c in talk_pool if c.kind in {"observation", "interpretation", "application"}]
    talk: list[Candidate] = []
    talk += picker.pick(talk_pool, 1, lambda c: allowed(c) and c.kind == "observation")
    talk += picker.pick(
        talk_pool, max(talk_count - 2, 1), lambda c: allowed(c) and c.kind == "interpretation"
    )
    talk += picker.pick(talk_pool, talk_count - len(talk), lambda c: allowed(c) and c.kind == "application")
    talk += picker.pick(talk_pool, talk_count - len(talk), allowed)
    talk_section = Section(
        key="talk",
        title=words["talk"],
        minutes=plan["talk"],
        purpose=words["purpose_talk"],
        questions=tuple(to_question(c, "couple") for c in in_discussion_order(talk)),
    )

    picker.new_section()
    deep_pool = sort_candidates(
        list(passage_reflections(ctx))
        + list(theme_questions(ctx, "reflection", "each"))
        + (list(topic_questions(ctx, "two")) if rank(ceiling) >= rank("medium") else [])
    )
    if ceiling == "open":
        # They chose to go all the way: the questions at that depth come first.
        deep_pool.sort(key=lambda c: -rank(c.intensity))
    # The deepest the couple allowed comes last, so the conversation builds towards it.
    deeper = picker.pick(deep_pool, deeper_count, allowed)
    deeper.sort(key=lambda c: (rank(c.intensity), c.source.start, c.text))
    notes = [words["separately"]] if any(c.separately for c in talk + deeper) else []
    if any(t.topic == "abuse" for t in ctx.analysis.sensitive):
        notes.append(words["abuse_couple_note"] if ctx.faith else words["abuse_couple_note_secular"])
    deeper_section = Section(
        key="deeper",
        title=words["deeper"],
        minutes=plan["deeper"],
        purpose=words["purpose_deeper"],
        questions=tuple(to_question(c, "couple") for c in deeper),
        notes=tuple(notes),
    )

    commit = Section(
        key="commit",
        title=words["commit"],
        minutes=plan["commit"],
        purpose=words["purpose_commit"],
        prompts=(
            words["prompt_partner"].format(partner=words["partner_1"]),
            words["prompt_partner"].format(partner=words["partner_2"]),
            words["prompt_return"],
        ),
        notes=(words["pray_couple"] if ctx.faith else words["secular_couple"],),
    )
    if not deeper:
        # Nothing fits the depth they chose: no empty section, the time goes to talking.
        talk_section = replace(talk_section, minutes=talk_section.minutes + deeper_section.minutes)
        return (settle, read, talk_section, commit)
    return (settle, read, talk_section, deeper_section, commit)
