"""The small-group session: welcome, read, discuss, apply, close, and a take-home for couples.

The discussion moves from what the article says, to what it means, to what
we will do, each question standing on a different part of the article and
each from a different family. Nothing private is ever asked of the whole
room: a question whose words or source touch sex, an affair, pornography,
abuse, debt or infertility can only become a take-home question for couples,
and the leader gets care notes on what someone may disclose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from guides.analysis.passages import stem, words
from guides.analysis.sensitive import Intensity, is_private_between
from guides.guide.care import leader_care, private_topics
from guides.guide.context import Context
from guides.guide.families import Candidate, candidates
from guides.guide.model import Note, Prompt, Section
from guides.guide.picking import (
    OWN_QUESTIONS,
    Picker,
    everyone,
    in_discussion_order,
    kind_quota,
    readings,
    to_question,
    within,
)
from guides.guide.room import speaks_to, speaks_to_couples
from guides.guide.scripture_readings import scripture_as_readings
from guides.guide.timing import core_question_count, group_minutes

TAKE_HOME_COUNT = 3
_DISCUSS_FAMILIES = (
    "key_contrast", "key_claim", "points_pick", "points_read", "points_pick_truths", "points_read_truths",
    "points_pick_story", "points_read_story", "points_pick_mixed", "points_read_mixed",
    "list_pick", "everyday_examples", "definition", "more_than", "opposed_view", "story_point",
    "own_story", "own_story_point", "own_story_claim", "story_claim", "story_open", "words_said", "scene",
    "picture", "scripture_comment", "printed", "printed_personal",
    "asked_to_argue", "author_open", "turned", "turned_temptation", "counsel_moment",
    "counsel_hard", "counsel_other", "counsel_other_done",
    "list_add", "distinction", "instead", "column_answer", "colon_list", "column_counsel",
    "column_steps", "column_told",
    "offered_question", "offered_question_others", "thesis_weigh", "offered_words", "argued_against",
    "claim_meant", "changed_reading", "changed_view",
    "objection_answered",
)  # fmt: skip
_APPLY_FAMILIES = (
    "paths_pick", "offered_question", "offered_question_others",
    "practice_named", "practice_list", "practice_steps",
    "question_list", "practice_ours", "practice_mine", "closing_word", "column_counsel_own", "counsel_moment",
    "counsel_hard", "counsel_other", "counsel_other_done", "thesis_stakes", "turned", "list_try", "list_add",
    "offered_words",
    "claim_apply", "lesson_learned",
)  # fmt: skip
_PRACTICE = frozenset(
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
_TAKE_HOME_FAMILIES = (
    "topic_private", "theme_reflection", "turned", "offered_question", "offered_words",
    "counsel_moment", "counsel_other", "counsel_other_done", "author_open", "theme_hope",
)  # fmt: skip


@dataclass(frozen=True)
class GroupPlan:
    sections: tuple[Section, ...]
    leader_notes: tuple[Note, ...]
    picker: Picker


def build_group(ctx: Context, minutes: int, questions: int | None, ceiling: Intensity) -> GroupPlan:
    """The sections of a group session of ``minutes`` minutes."""
    c = ctx.catalog
    plan = group_minutes(minutes)
    picker = Picker()

    # (an easy question anyone can answer when the theme has none of its own: never no way in at all)
    icebreakers = candidates(
        ctx, "group", ("opening_asked", "icebreaker_gentle", "icebreaker", "icebreaker_word")
    ) or candidates(ctx, "group", ("icebreaker_any",))
    welcome = Section(
        key="welcome",
        title=c.text("titles", "welcome"),
        minutes=plan["welcome"],
        purpose=c.text("purposes", "welcome"),
        questions=tuple(to_question(ctx, q, "everyone") for q in picker.pick(icebreakers, 1, everyone)),
        notes=(Note("confidentiality", c.text("notes", "confidential")),),
    )

    pool = [q for q in candidates(ctx, "group", _DISCUSS_FAMILIES) if everyone(q)]
    count = questions if questions is not None else core_question_count(plan["discuss"])
    # The Apply step is chosen first: the one step everyone takes home matters more than any one
    # question of the discussion, and the author's own list of steps should not be spent on a
    # discussion question ("which comes most naturally") when it is the best step to take.
    picker.new_section()
    # What the thesis would change this week is the step of last resort: the thesis is better spent on
    # the discussion ("How convincing do you find that?") when nothing else gives a step.
    apply_pool = [
        q for q in candidates(ctx, "group", _APPLY_FAMILIES) if everyone(q) and q.family != "thesis_stakes"
    ]
    apply_q = (
        # The author's own list of steps, when there is one, is the step to take home.
        picker.pick([q for q in apply_pool if q.family in _PRACTICE], 1, lambda q: q.kind == "application")
        # A step to take before what gets in the way of one ("What gets in the way when you try to set
        # one more place?" asks for obstacles, not a step).
        or picker.pick(
            [q for q in apply_pool if q.family != "counsel_hard"], 1, lambda q: q.kind == "application"
        )
        or picker.pick(apply_pool, 1, lambda q: q.kind == "application")
        or picker.pick(pool, 1, lambda q: q.kind == "application")
    )
    picker.new_section(distinct_blocks=True)
    core: list[Candidate] = []
    printed = sorted((q for q in pool if q.family in OWN_QUESTIONS), key=lambda q: q.source.start)
    if len(printed) >= 3:
        # A study that prints its own questions: they were written for this discussion; use them.
        picker.new_section()
        core += picker.pick(printed, count - 1)
        picker.new_section()
    for kind, quota in kind_quota(count).items():
        if len(core) >= count:
            break
        core += picker.pick(pool, min(quota, count - len(core)), _of_kind(kind))
    if len(core) < count:  # a short article: fill from any kind, still on other paragraphs
        core += picker.pick(pool, count - len(core))
    if len(core) < 3:  # never fewer than three: the same paragraph may carry a second question
        picker.new_section()
        core += picker.pick(pool, 3 - len(core))
    if len(core) < 3:  # an article with little to stand on (a story told for its own sake): any family
        # (never the theme bank's stock questions, which read as if from another guide)
        anything = [
            q
            for q in candidates(ctx, "group")
            if q.kind != "icebreaker" and not q.family.startswith("theme_") and q.family != "takeaway_line"
        ]
        core += picker.pick(anything, 3 - len(core), everyone)
    if len(core) < 3:  # still short: a second question of a family, worded another way
        core += picker.pick(pool, 3 - len(core), repeat=True)
    if len(core) < 3:  # an article written for couples only: what it asks of couples, rather than nothing
        core += picker.pick(
            candidates(ctx, "group", _DISCUSS_FAMILIES), 3 - len(core), lambda q: not q.private
        )
    if not apply_q:
        # The thesis's stakes, else the line each would carry into the week, else the theme bank's step
        # (the bank's step is written for the theme, not this article, and can turn it upside down:
        # "Whose load could you lighten this week?" of an article asking what you would let others carry).
        picker.new_section()
        apply_q = (
            picker.pick(candidates(ctx, "group", ("thesis_stakes",)), 1, everyone)
            or picker.pick(candidates(ctx, "group", ("takeaway_line",)), 1, everyone)
            or picker.pick(candidates(ctx, "group", ("theme_apply",)), 1, everyone)
        )
    picker.new_section()
    # (never a question on points "you have just heard": the Read part prints them only for the core)
    extras = picker.pick(pool, 2 if minutes <= 45 else 3, lambda q: not q.family.startswith("points_read"))
    # A study's own questions keep the order they were written in; otherwise observation leads.
    ordered = sorted(core, key=lambda q: q.source.start) if len(printed) >= 3 else in_discussion_order(core)
    discuss = Section(
        key="discuss",
        title=c.text("titles", "discuss"),
        minutes=plan["discuss"],
        purpose=c.text("purposes", "discuss"),
        questions=tuple(to_question(ctx, q, "everyone") for q in ordered)
        + tuple(to_question(ctx, q, "everyone", optional=True) for q in in_discussion_order(extras)),
        notes=((Note("guidance", c.text("notes", "extras")),) if extras else ()) + _mixed_room(ctx),
    )

    scripture = ctx.scripture_readings() if ctx.faith else []
    read = Section(
        key="read",
        title=c.text("titles", "read"),
        minutes=plan["read"],
        purpose=c.text("purposes", "read"),
        readings=tuple(
            readings(ctx, 1 if minutes <= 45 else 2, for_group=True, discussed=[*core, *apply_q])
            + scripture_as_readings(ctx.analysis, scripture, 1 if minutes <= 45 else 2, ctx.language)
        ),
        notes=(Note("guidance", c.text("notes", "read_aloud")),),
    )

    apply = Section(
        key="apply",
        title=c.text("titles", "apply"),
        minutes=plan["apply"],
        purpose=c.text("purposes", "apply"),
        questions=tuple(to_question(ctx, q, "everyone") for q in apply_q),
        prompts=(Prompt("i_will", c.text("prompts", "i_will")), Prompt("tell", c.text("prompts", "tell"))),
        notes=(Note("guidance", c.text("notes", "apply_note")),),
    )

    theme = prayer_theme(ctx)
    if ctx.faith:
        close_text = (
            c.text("notes", "pray_close", theme=theme) if theme else c.text("notes", "pray_close_plain")
        )
    else:
        close_text = c.text("notes", "secular_close")
    close = Section(
        key="close",
        title=c.text("titles", "close"),
        minutes=plan["close"],
        purpose=c.text("purposes", "close"),
        notes=(Note("closing", close_text),),
    )

    sections = [welcome, read, discuss, apply, close]
    # Take-home questions are for what couples may talk over at home; abuse never is.
    topics = [t for t in private_topics(ctx) if t != "abuse"]
    take_home = _take_home(ctx, picker, ceiling) if topics or speaks_to_couples(ctx) else []
    if take_home:
        sections.append(
            Section(
                key="take_home",
                title=c.text("titles", "take_home"),
                minutes=0,
                purpose=c.text("purposes", "take_home"),
                questions=tuple(to_question(ctx, q, "couple") for q in take_home),
                notes=(Note("guidance", c.text("notes", "take_home_note")),),
            )
        )
    notes = [*leader_care(ctx), Note("guidance", c.text("notes", "silence_note"))]
    return GroupPlan(tuple(sections), tuple(notes), picker)


def _of_kind(kind: str) -> Callable[[Candidate], bool]:
    return lambda q: q.kind == kind


def prayer_theme(ctx: Context) -> str | None:
    """The strongest theme a whole group can pray about aloud, as it reads in a sentence.

    Only the strongest theme or one the title or the thesis names, and only from the bank, which
    knows how each reads in running text ("help with our conversations", never "help with burden"),
    and never a private one ("intimacy"), a faith word ("help with God") or one whose noun names
    people or things rather than something to grow in ("our meals").
    """
    thesis = ctx.reading.thesis
    named = {stem(w) for w in words(ctx.article.title + " " + (thesis.text if thesis is not None else ""))}
    for rank_, theme in enumerate(ctx.analysis.themes[:4]):
        entry = ctx.catalog.theme(theme.label)
        if entry is None or entry.private or entry.faith or not entry.noun:
            continue
        if rank_ > 0 and theme.stem not in named:
            continue  # "help with anger" in a column on a son's doubts: a word of the letter
        if entry.key in ("meals", "phones", "homes", "children", "marriages", "work", "time", "friendships"):
            continue
        if any(is_private_between(ctx.analysis.sensitive, s, e) for s, e in theme.spans[:1]):
            continue
        return entry.noun
    return None


def _mixed_room(ctx: Context) -> tuple[Note, ...]:
    """A note for the leader when the article speaks to the married, or to parents, and a group is rarely
    all of either: who else can answer, and how."""
    room = speaks_to(ctx)
    if room is None:
        return ()
    return (
        Note(
            "guidance", ctx.catalog.text("notes", "mixed_marriage" if room == "marriage" else "mixed_parents")
        ),
    )


def _take_home(ctx: Context, picker: Picker, ceiling: Intensity) -> list[Candidate]:
    """Questions for couples to take home: the private material first, then what the article itself
    offers the two of them, and only then the theme bank's questions on its subject."""
    picker.new_section()
    pool = candidates(ctx, "couple", _TAKE_HOME_FAMILIES)
    pool.sort(
        key=lambda q: (
            q.family != "topic_private",
            q.family.startswith("theme_"),
            -q.score,
            q.source.start,
            q.text,
        )
    )
    return picker.pick(pool, TAKE_HOME_COUNT, within(ceiling))
