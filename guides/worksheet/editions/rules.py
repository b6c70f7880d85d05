"""The rules every edition follows: who sees which question, how questions are numbered, and labels.

Plain functions of a guide or a question, with no edition being built: the
participant's numbering (which the leader's edition repeats, so that both
say "question 3" of the same question), the couple's, the take-home
questions, field names, the session's clock, and how a Bible translation is
named and credited.
"""

from __future__ import annotations

import re

from guides.catalog import catalog
from guides.guide.audiences import audience as audience_spec
from guides.guide.model import Guide, Question
from guides.scripture.bible_text import TRANSLATION as BUNDLED_TRANSLATION

LINES_BY_KIND = {"icebreaker": 3, "observation": 3, "interpretation": 4, "application": 4, "reflection": 4}
"""Room to write, by the kind of question: noticing needs less than applying."""
PROMPT_LINES = 2
"""Lines under an "I will..." step."""
SPOKEN: frozenset[str] = frozenset({"icebreaker"})
"""Question kinds answered aloud, never in writing: no answer lines under them."""


def for_participant(q: Question) -> bool:
    """A question everyone in a group is asked (the participant's edition prints only these)."""
    return q.visibility == "everyone" and not q.optional


def for_couple(q: Question) -> bool:
    """A question for the two of them (the couple's edition prints these, private ones included)."""
    return q.visibility in ("everyone", "couple")


def participant_numbers(guide: Guide) -> dict[str, str]:
    """Question id -> its number in the participant's edition (the leader's edition uses the same)."""
    shown = [q for q in guide.questions if for_participant(q)]
    return {q.id: str(i) for i, q in enumerate(shown, 1)}


def couple_numbers(guide: Guide) -> dict[str, str]:
    """Question id -> its number in the couple's edition."""
    shown = [q for q in guide.questions if for_couple(q)]
    return {q.id: str(i) for i, q in enumerate(shown, 1)}


def take_home_questions(guide: Guide) -> tuple[Question, ...]:
    """The questions couples take home from a group: the take-home part's, else the couple-only ones."""
    section = guide.section("take_home")
    if section is not None and section.questions:
        return section.questions
    if not audience_spec(guide.audience).led:  # a couple's own guide: nothing is taken home from a group
        return ()
    return tuple(q for q in guide.questions if q.visibility == "couple")


def field_name(key: str, suffix: str = "") -> str:
    """A PDF field name from a question id: letters, digits, ``-`` and ``_`` only (``.`` nests fields)."""
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", key).strip("-") or "answer"
    return f"{base}-{suffix}" if suffix else base


def translation_label(translation: object) -> str | None:
    """A translation as printed beside a reference: its abbreviation ("WEB"), whatever form it comes in."""
    if translation is None:
        return None
    if isinstance(translation, str):
        return translation.strip() or None
    label = getattr(translation, "abbreviation", None) or getattr(translation, "name", None)
    return str(label) if label else None


def translation_notice(translation: object, language: str | None = "en") -> str | None:
    """The credit line a translation asks for under quoted text, when it is the bundled one.

    The bundled translation's line is the catalog's, in the worksheet's language.
    """
    if translation_label(translation) == BUNDLED_TRANSLATION.abbreviation:
        return str(catalog(language).text("worksheet", "notice_bundled_bible"))
    notice = getattr(translation, "notice", None)
    if isinstance(notice, str) and notice:
        return notice
    return None


def clock(minute: int) -> str:
    """A minute of the session as ``h:mm`` ("0:05", "1:10")."""
    return f"{minute // 60}:{minute % 60:02d}"


def span(start: int, minutes: int) -> str | None:
    """Where a part falls in the session ("0:10–0:15"); None for a part with no time of its own."""
    return f"{clock(start)}–{clock(start + minutes)}" if minutes > 0 else None
