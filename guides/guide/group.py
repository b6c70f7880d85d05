"""The small-group session: welcome, read, discuss, apply, close, and a take-home for couples.

Nothing private is ever asked of the whole room: a question whose words or
source touch sex, an affair, pornography, abuse, debt or infertility (at
medium intensity or above) can only become a take-home question for couples,
and the leader gets a note on handling what someone may disclose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from guides.analysis.sensitive import Intensity, is_private_between
from guides.guide.candidates import (
    Candidate,
    Context,
    advice_questions,
    all_candidates,
    author_questions,
    passage_reflections,
    sort_candidates,
    theme_questions,
    topic_questions,
)
from guides.guide.model import Section
from guides.guide.picking import (
    Picker,
    in_discussion_order,
    kind_quota,
    readings,
    to_question,
    within,
)
from guides.guide.scripture_readings import scripture_as_readings
from guides.guide.templates import TOPIC_NAMES, WORDS, bank_entry, join_list
from guides.guide.timing import core_question_count, group_minutes

_DISCUSSION_KINDS = ("observation", "interpretation", "application")
TAKE_HOME_COUNT = 3
# The Apply step asks for something to do: the author's advice, a theme's step, a step in light of a claim.
_STEP_FAMILIES = frozenset({"advice_do", "advice_do_timed", "advice_quote", "theme_apply", "step"})


@dataclass(frozen=True)
class GroupPlan:
    sections: tuple[Section, ...]
    leader_notes: tuple[str, ...]
    picker: Picker


def private_topics(ctx: Context) -> list[str]:
    """The private topics the article raises, in the order of the analysis."""
    from guides.analysis.sensitive import is_private

    return [t.topic for t in ctx.analysis.sensitive if any(is_private(t.topic, s.intensity) for s in t.spans)]


def build_group(ctx: Context, minutes: int, questions: int | None, ceiling: Intensity) -> GroupPlan:
    """The sections of a group session of ``minutes`` minutes."""
    words = WORDS[ctx.language]
    plan = group_minutes(minutes)
    picker = Picker()

    icebreakers = sort_candidates(list(theme_questions(ctx, "icebreaker", "group")))
    welcome_q = picker.pick(icebreakers, 1, everyone)
    welcome = Section(
        key="welcome",
        title=words["welcome"],
        minutes=plan["welcome"],
        purpose=words["purpose_welcome"],
        questions=tuple(to_question(c, "everyone") for c in welcome_q),
        notes=(words["confidential"],),
    )

    scripture = ctx.scripture() if ctx.faith else []
    read_items = readings(ctx, 1 if minutes <= 45 else 2, for_group=True) + scripture_as_readings(
        ctx.analysis, scripture, 1 if minutes <= 45 else 2, ctx.language
    )
    read_notes = [words["read_aloud"]]
    read = Section(
        key="read",
        title=words["read"],
        minutes=plan["read"],
        purpose=words["purpose_read"],
        readings=tuple(read_items),
        notes=tuple(read_notes),
    )

    picker.new_section()
    pool = [c for c in all_candidates(ctx, "group") if c.kind in _DISCUSSION_KINDS]
    count = questions if questions is not None else core_question_count(plan["discuss"])
    core: list[Candidate] = []
    for kind, quota in kind_quota(count).items():
        core += picker.pick(pool, quota, _everyone_of(kind))
    if len(core) < count:  # a short article: fill from any kind
        core += picker.pick(pool, count - len(core), everyone)
    # The Apply step is chosen before the extras: it matters more than a spare question.
    picker.new_section()
    apply_q = picker.pick(pool, 1, lambda c: everyone(c) and c.family in _STEP_FAMILIES) or picker.pick(
        pool, 1, lambda c: everyone(c) and c.kind == "application"
    )
    extras = picker.pick(pool, 2 if minutes <= 45 else 3, everyone)
    discuss = Section(
        key="discuss",
        title=words["discuss"],
        minutes=plan["discuss"],
        purpose=words["purpose_discuss"],
        questions=tuple(to_question(c, "everyone") for c in in_discussion_order(core))
        + tuple(to_question(c, "everyone", optional=True) for c in in_discussion_order(extras)),
        notes=(words["extras"],) if extras else (),
    )

    apply = Section(
        key="apply",
        title=words["apply"],
        minutes=plan["apply"],
        purpose=words["purpose_apply"],
        questions=tuple(to_question(c, "everyone") for c in apply_q),
        prompts=(words["prompt_i_will"], words["prompt_tell"]),
        notes=(words["apply_note"],),
    )

    theme = prayer_theme(ctx)
    if ctx.faith:
        close_note = words["pray_close"].format(theme=theme) if theme else words["pray_close_plain"]
    else:
        close_note = words["secular_close"]
    close = Section(
        key="close",
        title=words["close"],
        minutes=plan["close"],
        purpose=words["purpose_close"],
        notes=(close_note,),
    )

    sections = [welcome, read, discuss, apply, close]
    topics = private_topics(ctx)
    take_home = _take_home(ctx, picker, ceiling) if topics or speaks_to_couples(ctx) else []
    if take_home:
        sections.append(
            Section(
                key="take_home",
                title=words["take_home"],
                minutes=0,
                purpose=words["purpose_take_home"],
                questions=tuple(to_question(c, "couple") for c in take_home),
                notes=(words["take_home_note"],),
            )
        )
    return GroupPlan(tuple(sections), tuple(leader_notes(ctx, topics)), picker)


def prayer_theme(ctx: Context) -> str | None:
    """The strongest theme a whole group can pray about aloud, as it reads in a sentence.

    Only themes from the bank, which knows how each reads in running text
    ("help with our conversations", never "help with burden"), and never a
    private one ("intimacy") nor a faith word ("help with God").
    """
    for theme in ctx.analysis.themes:
        entry = bank_entry(theme.label, ctx.language)
        if entry is None or entry.private or entry.faith or not entry.noun:
            continue
        if any(is_private_between(ctx.analysis.sensitive, s, e) for s, e in theme.spans[:1]):
            continue
        return entry.noun
    return None


_PARTNERS = re.compile(
    r"\b(?:your|their) (?:partner|spouse|husband|wife|marriage)\b|\bmarri(?:age|ed)\b", re.I
)


def speaks_to_couples(ctx: Context) -> bool:
    """Whether the article is written to couples (it keeps saying "your spouse", "marriage")."""
    return len(_PARTNERS.findall(ctx.article.text)) >= 3


def everyone(candidate: Candidate) -> bool:
    """Whether a candidate may be asked of the whole group: nothing private in its words or source."""
    return not candidate.private


def _everyone_of(kind: str) -> Callable[[Candidate], bool]:
    return lambda c: everyone(c) and c.kind == kind


def _take_home(ctx: Context, picker: Picker, ceiling: Intensity) -> list[Candidate]:
    """Questions for couples to take home: the private material, and the author's questions to one partner."""
    picker.new_section(separate=True)
    pool = sort_candidates(
        list(topic_questions(ctx, "two"))
        + [c for c in author_questions(ctx, "each") if c.private or c.intensity != "mild"]
        + list(theme_questions(ctx, "reflection", "each"))
        + [c for c in advice_questions(ctx, "two") if c.family == "advice_do_two"]
        + list(passage_reflections(ctx))
    )
    return picker.pick(pool, TAKE_HOME_COUNT, within(ceiling))


def leader_notes(ctx: Context, topics: list[str]) -> list[str]:
    """Care notes for the leader: what to keep out of the room, and how to handle a disclosure."""
    words = WORDS[ctx.language]
    notes: list[str] = []
    if topics:
        names = [TOPIC_NAMES[ctx.language][t] for t in topics]
        notes.append(words["private_note"].format(topics=join_list(names, ctx.language)))
        notes.append(words["disclosure_note"] if ctx.faith else words["disclosure_note_secular"])
    if "abuse" in topics:
        notes.append(words["abuse_note"])
    notes.append(words["silence_note"])
    return notes
