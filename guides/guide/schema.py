"""The guide as JSON: versioned, documented in docs/guide-schema.md, and read back losslessly.

``schema`` is an integer that goes up when a field changes meaning or goes
away; new optional fields do not bump it. :func:`guide_from_dict` refuses a
newer schema than it knows rather than guess, and reads an older one through
:func:`guides.guide.migrate.upgrade` (schema 1 kept notes and prompts as plain
strings; schema 2 types them), so guides stored by an earlier version open as
they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from guides.guide.audiences import audience_keys
from guides.guide.model import (
    GUIDE_SCHEMA_VERSION,
    NOTE_KINDS,
    PROMPT_KINDS,
    QUESTION_KINDS,
    VISIBILITIES,
    BigIdea,
    Guide,
    Note,
    OutlinePoint,
    Prompt,
    Question,
    Reading,
    ScriptureReading,
    Section,
    SectionKey,
    Source,
)


def question_to_dict(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": q.text,
        "kind": q.kind,
        "visibility": q.visibility,
        "source": {"quote": q.source.quote, "start": q.source.start, "end": q.source.end},
        "intensity": q.intensity,
        "separately": q.separately,
        "optional": q.optional,
        "family": q.family,
        "why": q.why,
        "written_by": q.written_by,
    }


def note_to_dict(n: Note) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": n.kind, "text": n.text}
    if n.topics:
        data["topics"] = list(n.topics)
    if n.ref:
        data["ref"] = n.ref
    if n.written_by != "rules":
        data["written_by"] = n.written_by
    return data


def prompt_to_dict(p: Prompt) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": p.kind, "text": p.text}
    if p.partner is not None:
        data["partner"] = p.partner
    return data


def _reading_to_dict(r: Reading) -> dict[str, Any]:
    return {"text": r.text, "start": r.start, "end": r.end, "ref": r.ref, "translation": r.translation}


def guide_to_dict(guide: Guide) -> dict[str, Any]:
    """The guide as JSON-ready data (the ``porchlight guide --format json`` shape)."""
    return {
        "schema": guide.schema,
        "title": guide.title,
        "audience": guide.audience,
        "language": guide.language,
        "minutes": guide.minutes,
        "intensity": guide.intensity,
        "faith": guide.faith,
        "big_idea": (
            {"text": guide.big_idea.text, "start": guide.big_idea.start, "end": guide.big_idea.end}
            if guide.big_idea
            else None
        ),
        "themes": list(guide.themes),
        "scripture": [
            {
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "ref": s.ref,
                "verse_text": s.verse_text,
                "translation": s.translation,
            }
            for s in guide.scripture
        ],
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "minutes": s.minutes,
                "purpose": s.purpose,
                "questions": [question_to_dict(q) for q in s.questions],
                "notes": [note_to_dict(n) for n in s.notes],
                "readings": [_reading_to_dict(r) for r in s.readings],
                "prompts": [prompt_to_dict(p) for p in s.prompts],
            }
            for s in guide.sections
        ],
        "leader_notes": [note_to_dict(n) for n in guide.leader_notes],
        "outline": [
            {"label": p.label, "quote": p.quote, "start": p.start, "end": p.end} for p in guide.outline
        ],
        "follow_up": list(guide.follow_up),
    }


def _question(data: Mapping[str, Any]) -> Question:
    kind = data["kind"]
    visibility = data["visibility"]
    if kind not in QUESTION_KINDS or visibility not in VISIBILITIES:
        raise ValueError(f"question {data.get('id')!r} has an unknown kind or visibility")
    source = data["source"]
    return Question(
        id=str(data["id"]),
        text=str(data["text"]),
        kind=kind,
        visibility=visibility,
        source=Source(str(source["quote"]), int(source["start"]), int(source["end"])),
        intensity=data.get("intensity", "mild"),
        separately=bool(data.get("separately", False)),
        optional=bool(data.get("optional", False)),
        family=str(data.get("family") or ""),
        why=str(data.get("why") or ""),
        written_by=str(data.get("written_by") or "rules"),
    )


def _note(data: Mapping[str, Any]) -> Note:
    kind = data.get("kind")
    if kind not in NOTE_KINDS:
        raise ValueError(f"a note has an unknown kind {kind!r}")
    ref = data.get("ref")
    return Note(
        kind,
        str(data.get("text", "")),
        tuple(str(t) for t in data.get("topics", ())),
        ref and str(ref),
        str(data.get("written_by") or "rules"),
    )


def _prompt(data: Mapping[str, Any]) -> Prompt:
    kind = data.get("kind")
    if kind not in PROMPT_KINDS:
        raise ValueError(f"a prompt has an unknown kind {kind!r}")
    partner = data.get("partner")
    return Prompt(kind, str(data.get("text", "")), int(partner) if partner is not None else None)


def guide_from_dict(data: Mapping[str, Any]) -> Guide:
    """Rebuild a Guide from :func:`guide_to_dict` output, upgrading an older schema.

    A newer schema than this version knows raises ``ValueError``.
    """
    from guides.guide.migrate import upgrade

    schema = int(data.get("schema", 0))
    if schema > GUIDE_SCHEMA_VERSION or schema < 1:
        raise ValueError(f"guide schema {schema} is not one this version reads (1 to {GUIDE_SCHEMA_VERSION})")
    data = upgrade(data)
    if data["audience"] not in audience_keys():  # the registry's, so a registered audience's guide reads back
        raise ValueError(f"unknown audience {data['audience']!r}")
    big = data.get("big_idea")
    return Guide(
        schema=GUIDE_SCHEMA_VERSION,
        title=str(data["title"]),
        audience=data["audience"],
        language=str(data.get("language", "en")),
        minutes=int(data["minutes"]),
        intensity=data.get("intensity", "medium"),
        faith=bool(data.get("faith", False)),
        big_idea=BigIdea(str(big["text"]), int(big["start"]), int(big["end"])) if big else None,
        themes=tuple(data.get("themes", ())),
        scripture=tuple(
            ScriptureReading(
                str(s["text"]),
                int(s["start"]),
                int(s["end"]),
                str(s["ref"]),
                s.get("verse_text"),
                s.get("translation"),
            )
            for s in data.get("scripture", ())
        ),
        sections=tuple(
            Section(
                key=cast(SectionKey, s.get("key") or "yours"),
                title=str(s.get("title") or s.get("key") or ""),
                minutes=int(s.get("minutes") or 0),
                purpose=str(s.get("purpose", "")),
                questions=tuple(_question(q) for q in s.get("questions", ())),
                notes=tuple(_note(n) for n in s.get("notes", ())),
                readings=tuple(
                    Reading(
                        str(r["text"]), int(r["start"]), int(r["end"]), r.get("ref"), r.get("translation")
                    )
                    for r in s.get("readings", ())
                ),
                prompts=tuple(_prompt(p) for p in s.get("prompts", ())),
            )
            for s in data["sections"]
        ),
        leader_notes=tuple(_note(n) for n in data.get("leader_notes", ())),
        outline=tuple(
            OutlinePoint(str(p["label"]), str(p["quote"]), int(p["start"]), int(p["end"]))
            for p in data.get("outline", ())
        ),
        follow_up=tuple(data.get("follow_up", ())),
    )
