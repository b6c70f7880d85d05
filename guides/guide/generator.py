"""From an article to a discussion guide for one audience.

:func:`generate_guide` is deterministic: the same article and the same
options give the same guide, word for word, whatever the machine or the
order of runs (nothing depends on set order, time or randomness).

Faith elements (scripture readings, questions on scripture, prayer) follow
``options.faith``; left at None they are on when the article cites scripture
or uses at least two different faith words ("God", "prayer", "pastor"), and
off for a secular column.
"""

from __future__ import annotations

from typing import Any

from guides.analysis.analyze import Analysis, analyze
from guides.analysis.passages import Theme
from guides.article import Article
from guides.catalog import catalog_language
from guides.guide.audiences import audience
from guides.guide.care import private_topics
from guides.guide.context import Context
from guides.guide.couple import build_couple
from guides.guide.group import build_group
from guides.guide.model import (
    MAX_MINUTES,
    MIN_MINUTES,
    BigIdea,
    Guide,
    GuideOptions,
)
from guides.guide.session import big_idea_note, big_idea_span, follow_up, outline, session_sections

SHOWN_THEME = 0.4
"""Themes at this share of the strongest one's weight are shown in a guide (at most four)."""


def main_themes(analysis: Analysis) -> list[Theme]:
    top = analysis.themes[0].weight if analysis.themes else 0.0
    return [t for t in analysis.themes if t.weight >= SHOWN_THEME * top][:4]


class GuideOptionsError(ValueError):
    """Options that cannot make a guide (minutes out of range, an unknown audience)."""


def generate_guide(
    article: Article, options: GuideOptions | None = None, *, analysis: Analysis | None = None
) -> Guide:
    """A discussion guide for ``article`` shaped by ``options``.

    Pass ``analysis`` when it is already at hand (the app analyses once and
    makes several guides); otherwise the article is analysed here.
    """
    options = options or GuideOptions()
    try:
        spec = audience(options.audience)
    except KeyError:
        raise GuideOptionsError(f"unknown audience {options.audience!r}") from None
    minutes = options.minutes if options.minutes is not None else spec.default_minutes
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise GuideOptionsError(f"a guide runs from {MIN_MINUTES} to {MAX_MINUTES} minutes, not {minutes}")
    if options.questions is not None and not 1 <= options.questions <= 10:
        raise GuideOptionsError(f"ask for 1 to 10 questions, not {options.questions}")
    analysis = analysis or analyze(article)
    faith = analysis.has_faith if options.faith is None else options.faith
    language = catalog_language(analysis.language)
    ctx = Context.build(article, analysis, language, faith)
    common: dict[str, Any] = {
        "title": article.title,
        "audience": options.audience,
        "language": language,
        "minutes": minutes,
        "intensity": options.intensity,
        "faith": faith,
        "big_idea": BigIdea(article.text[slice(*span)], *span) if (span := big_idea_span(ctx)) else None,
        "themes": tuple(t.label for t in main_themes(analysis)),
        "scripture": tuple(ctx.scripture_readings(include_listed=True)) if faith else (),
    }
    return spec.build_function()(ctx, options, minutes, common)


# The builders of the registry's audiences (guides.guide.audiences).


def build_couple_guide(ctx: Context, options: GuideOptions, minutes: int, common: dict[str, Any]) -> Guide:
    """A guide for a couple at home, the two of them alone."""
    sections = build_couple(ctx, minutes, options.questions, options.intensity, options.marks)
    return Guide(sections=sections, **common)


def build_group_guide(ctx: Context, options: GuideOptions, minutes: int, common: dict[str, Any]) -> Guide:
    """A small group's guide, with the leader's notes."""
    plan = build_group(ctx, minutes, options.questions, options.intensity)
    return Guide(sections=plan.sections, leader_notes=plan.leader_notes, **common)


def build_session_guide(ctx: Context, options: GuideOptions, minutes: int, common: dict[str, Any]) -> Guide:
    """A pastor's session plan: the group's guide with the big idea, an outline and a follow-up."""
    plan = build_group(ctx, minutes, options.questions, options.intensity)
    topics = private_topics(ctx)
    notes = list(plan.leader_notes)
    idea = big_idea_note(ctx)
    if idea:
        notes.insert(0, idea)
    has_take_home = any(s.key == "take_home" for s in plan.sections)
    return Guide(
        sections=session_sections(ctx, plan, topics),
        leader_notes=tuple(notes),
        outline=tuple(outline(ctx)),
        follow_up=tuple(follow_up(ctx, has_take_home, bool(topics))),
        **common,
    )
