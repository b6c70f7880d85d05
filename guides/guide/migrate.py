"""Guides stored by an earlier version, brought up to today's schema.

Schema 1 (before the guide-quality work) kept a section's notes, its prompts
and the leader notes as plain strings, so whoever read them had to guess what
each was for. Schema 2 types them (:class:`~guides.guide.model.Note`,
:class:`~guides.guide.model.Prompt`) and gives each question its family, its
reason and its writer. :func:`upgrade` turns schema-1 data into schema-2 data;
it is the one place that still reads meaning out of wording, once, by matching
the texts schema 1 wrote (its English and Spanish notes, which the catalogs
still hold) and, for anything else, the care words a leader's note uses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from guides.catalog import LANGUAGES, catalog

# Which kind each schema-1 note became, by its catalog key.
_NOTE_KINDS = {
    "confidential": "confidentiality",
    "pray_close": "closing",
    "pray_close_plain": "closing",
    "pray_couple": "closing",
    "secular_close": "closing",
    "secular_couple": "closing",
    "big_idea_note": "big_idea",
    "private_note": "care",
    "disclosure_note": "care",
    "disclosure_note_secular": "care",
    "abuse_note": "care",
    "abuse_couple_note": "care",
    "abuse_couple_note_secular": "care",
}
_CARE_WORDS = re.compile(
    r"\b(?:disclos\w*|abus\w*|safety|safe|counsel\w*|privately|crisis|hurt\w*|unsafe|"
    r"abuso|seguridad|consejero|en privado)\b",
    re.IGNORECASE,
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{[a-z_]+\}", template)
    return re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$", re.DOTALL)


@lru_cache(maxsize=1)
def _note_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns: list[tuple[re.Pattern[str], str]] = []
    for language in LANGUAGES:
        notes = catalog(language).table("notes")
        for key, kind in _NOTE_KINDS.items():
            if key in notes:
                patterns.append((_pattern(str(notes[key])), kind))
    return tuple(patterns)


def note_kind(text: str) -> str:
    """What a schema-1 note was for, from its wording."""
    for pattern, kind in _note_patterns():
        if pattern.match(text):
            return kind
    return "care" if _CARE_WORDS.search(text) else "guidance"


def _prompt(text: str) -> dict[str, Any]:
    for language in LANGUAGES:
        prompts = catalog(language).table("prompts")
        for index, key in enumerate(("partner_1", "partner_2")):
            if text.startswith(f"{prompts[key]}:"):
                return {"kind": "partner", "text": text, "partner": index}
        if text == prompts["return"]:
            return {"kind": "return", "text": text}
        if text == prompts["tell"]:
            return {"kind": "tell", "text": text}
    return {"kind": "i_will", "text": text}


def _note(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    text = str(value)
    return {"kind": note_kind(text), "text": text}


def upgrade(data: Mapping[str, Any]) -> dict[str, Any]:
    """Schema-1 (or schema-2) guide data as schema-2 data; the input is not changed."""
    out = dict(data)
    if int(data.get("schema", 2)) >= 2:
        return out
    sections = []
    for section in data.get("sections", ()):
        section = dict(section)
        section["notes"] = [_note(n) for n in section.get("notes", ())]
        section["prompts"] = [
            p if isinstance(p, Mapping) else _prompt(str(p)) for p in section.get("prompts", ())
        ]
        questions = []
        for question in section.get("questions", ()):
            question = dict(question)
            question.setdefault(
                "written_by", "reader" if str(question.get("id", "")).startswith("mine-") else "rules"
            )
            questions.append(question)
        section["questions"] = questions
        sections.append(section)
    out["sections"] = sections
    out["leader_notes"] = [_note(n) for n in data.get("leader_notes", ())]
    out["schema"] = 2
    return out
