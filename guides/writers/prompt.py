"""The one prompt every writer gets: the plan, the rules that matter, the article as quoted data.

The wording lives in ``resources/prompts/guide-writer.txt`` (a template with
``$slots``), so it can be read and tuned without reading code. This module
fills it from a :class:`~guides.guide.plan.GuidePlan`: the guide's audience,
minutes and voice, each slot with its kind, who hears it, how deep it may go
and the passage the plan suggests, the sentences never to quote, the private
passages, and the article's clean text (the body only: comments, spam and page
clutter were taken out on import and are never in ``article.text``).

The article is set between marker lines and called data; a marker that
appears inside the article is broken up, so the text cannot close the quote
and speak as the prompt.
"""

from __future__ import annotations

import json
from string import Template

from guides.analysis.analyze import Analysis
from guides.article import Article
from guides.guide.plan import GuidePlan, Slot, speaks_to_a_machine
from guides.resources import resource_path

PROMPT_TEMPLATE = ("prompts", "guide-writer.txt")
MAX_LISTED = 12
LISTED_WORDS = 24

_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
_AUDIENCES = {
    "couple": "For a couple at home, {minutes} minutes",
    "group": "For a small group, {minutes} minutes",
    "session": "A leader's session plan for a small group, {minutes} minutes",
}
_VOICES = {
    "couple": 'speak to the two of them ("you two", "each of you"); never presume problems, children '
    "or a past hurt they have not named.",
    "group": 'speak to a small group ("you", "we"); everyone must be able to answer, married or single, '
    "with or without children or faith.",
    "session": 'speak to a small group ("you", "we"), as a leader would ask; "prepare" questions are for '
    "the leader alone, to think over before the group meets.",
}
_KINDS = {
    "icebreaker": "an easy opener anyone can answer from their own life, tied to the article's theme; "
    "not a test of having read it",
    "observation": "what does the article say?",
    "interpretation": "what does it mean, and why does the author think so?",
    "application": "what will we do with it this week?",
    "reflection": "to think over honestly",
}
_WHO = {
    "everyone": "asked aloud to the whole group",
    "couple": "for a couple at home, the two of them alone",
    "leader": "for the leader alone",
}
_DEPTH = {
    "mild": "light: anyone could answer it at dinner",
    "medium": "honest, but safe among friends",
    "open": "as deep as the two of them choose to go",
}
_MARKER = "ARTICLE>>>"
_SEPARATELY = "; each answers separately first, in writing"


def _short(text: str, words: int = LISTED_WORDS) -> str:
    parts = " ".join(text.split()).split(" ")
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _slot_line(slot: Slot, titles: dict[str, str]) -> str:
    return (
        f'- slot {slot.id}: section "{slot.section}" ({titles[slot.section]}), kind "{slot.kind}" '
        f"({_KINDS[slot.kind]}); {_WHO[slot.visibility]}; depth at most {slot.ceiling} "
        f"({_DEPTH[slot.ceiling]}){_SEPARATELY if slot.separately else ''}. "
        f"The plan suggests it stands on: “{_short((slot.suggestion or slot.source).quote)}”"
    )


def _reply_form(plan: GuidePlan) -> str:
    first = plan.slots[0] if plan.slots else None
    question = json.dumps(
        {
            "section": first.section if first else "discuss",
            "kind": first.kind if first else "observation",
            "text": "...?",
            "quote": "...",
        },
        ensure_ascii=False,
    )
    parts = ['"big_idea": "..."'] if plan.audience != "couple" else []
    parts.append(f'"questions": [{question}, ...]')
    if plan.audience != "couple":
        parts.append('"leader_notes": ["..."]')
    return "{" + ", ".join(parts) + "}"


def build_prompt(plan: GuidePlan, article: Article, analysis: Analysis) -> str:
    """The prompt for ``plan``: what a server receives and what the paste writer shows."""
    template = Template(resource_path(*PROMPT_TEMPLATE).read_text(encoding="utf-8"))
    language = _LANGUAGE_NAMES.get(plan.language, plan.language)
    guide = _AUDIENCES[plan.audience].format(minutes=plan.minutes) + f", in {language}. "
    guide += "Faith elements: on." if plan.faith else "Faith elements: off."
    titles: dict[str, str] = {
        s.key: f"{s.title}, {s.minutes} min" if s.minutes else s.title for s in plan.sections
    }
    slots = "\n".join(_slot_line(s, titles) for s in plan.slots) or "- (no slots)"
    unusable = [
        p
        for p in analysis.reading.passages
        if (not p.usable and p.role in ("hedge", "letter", "promo", "note", "rhetorical"))
        or speaks_to_a_machine(p.text)
    ]
    private = [p for p in plan.passages if p.private]
    if plan.audience == "couple":
        privacy = (
            "The two of them chose how deep to go: no question goes deeper than its slot allows. "
            "PRIVATE passages may be quoted in questions for the couple."
        )
    else:
        privacy = (
            'A question "asked aloud to the whole group" never quotes or asks about the passages under '
            "PRIVATE or what they touch (sex, an affair, pornography, debts, infertility). Those belong "
            'only in questions "for a couple at home".'
        )
    faith = (
        "Scripture and prayer may appear where the article has them."
        if plan.faith
        else "This guide has no faith elements: no scripture, God, prayer or church in any question."
    )
    extras = (
        '- "big_idea" is the article\'s main point in one sentence of your own, at most 35 words.\n'
        '- "leader_notes" holds up to three short notes for the leader (at most 60 words each): what to '
        "listen for, where the conversation may get hard."
        if plan.audience != "couple"
        else "- Leave out big_idea and leader_notes: a couple's guide has no leader."
    )
    text = article.text.replace(_MARKER, "ARTICLE> > >")
    return template.substitute(
        guide=guide,
        voice=_VOICES[plan.audience],
        language_name=language,
        privacy_rule=privacy,
        faith_rule=faith,
        slots=slots,
        unusable="\n".join(f"- “{_short(p.text)}”" for p in unusable[:MAX_LISTED]) or "- (none)",
        private="\n".join(f"- “{_short(p.text)}”" for p in private[:MAX_LISTED]) or "- (none)",
        title=" ".join(article.title.split()),
        article=text,
        reply_form=_reply_form(plan),
        extras=extras,
    )
