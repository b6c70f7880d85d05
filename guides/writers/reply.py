"""Reading a writer's reply: the one contract every writer (a server, a pasted chat) answers in.

The reply is one JSON object::

    {"big_idea": str?,
     "questions": [{"section": KEY, "kind": KIND, "text": str, "quote": str,
                    "visibility": "everyone" | "couple" | "leader"?}],
     "leader_notes": [str]?}

Chat assistants wrap JSON in a Markdown fence, put a sentence before or after
it, or leave a trailing comma; all of that is still read. A reply with no JSON
at all is read in the plain-text form the prompt offers as a fallback (lines
``SECTION:``, ``KIND:``, ``QUESTION:``, ``QUOTE:``, ``BIG IDEA:``,
``LEADER NOTE:``). What cannot be read at all raises :class:`ReplyError`.

Written here: the contract is this project's, and the repairs are the few a
chat window makes; a JSON-repair library would also "repair" prose into data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any


class ReplyError(ValueError):
    """The reply holds nothing that can be read as the contract's object."""


@dataclass(frozen=True)
class ProposedQuestion:
    """A question as a writer proposed it, not yet checked."""

    section: str
    kind: str
    text: str
    quote: str
    visibility: str | None = None


@dataclass(frozen=True)
class Reply:
    """A writer's reply, read but not yet checked."""

    questions: tuple[ProposedQuestion, ...]
    big_idea: str | None = None
    leader_notes: tuple[str, ...] = ()
    form: str = "json"
    """How it was read: "json", or "text" for the plain-text fallback."""
    skipped: tuple[str, ...] = field(default=())
    """Entries that were not questions the contract describes (why each was skipped)."""


_FENCE = re.compile(r"```[a-zA-Z]*\s*\n?(.*?)```", re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def _json_objects(text: str) -> list[dict[str, Any]]:
    """The JSON objects in ``text`` (fenced ones first), lightly repaired; parsed, never evaluated.

    The first reading that yields an object with a list of questions wins; otherwise every object
    found is returned, so that the caller can say what the reply held instead.
    """
    chunks = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    for chunk in chunks:
        for candidate in (chunk, _TRAILING_COMMA.sub(r"\1", chunk)):
            here: list[dict[str, Any]] = []
            at = candidate.find("{")
            while at >= 0:
                try:
                    value, end = decoder.raw_decode(candidate, at)
                except json.JSONDecodeError:
                    at = candidate.find("{", at + 1)
                    continue
                if isinstance(value, dict):
                    here.append(value)
                at = candidate.find("{", end)
            if any("questions" in obj for obj in here):
                return here
            found += here
    return found


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _from_object(data: dict[str, Any]) -> Reply:
    raw = data.get("questions")
    if not isinstance(raw, list):
        raise ReplyError("the reply's JSON has no list of questions")
    questions: list[ProposedQuestion] = []
    skipped: list[str] = []
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            skipped.append(f"entry {n} is not an object")
            continue
        text = _text(item.get("text") or item.get("question"))
        if not text:
            skipped.append(f"entry {n} has no text")
            continue
        visibility = _text(item.get("visibility")) or None
        questions.append(
            ProposedQuestion(
                section=_text(item.get("section")).lower(),
                kind=_text(item.get("kind")).lower(),
                text=text,
                quote=_text(item.get("quote")),
                visibility=visibility.lower() if visibility else None,
            )
        )
    notes = data.get("leader_notes")
    leader_notes = tuple(_text(n) for n in notes if _text(n)) if isinstance(notes, list) else ()
    big = _text(data.get("big_idea")) or None
    return Reply(tuple(questions), big, leader_notes, "json", tuple(skipped))


_FIELD = re.compile(
    r"^\s*(?:[-*]\s*)?(section|kind|question|text|quote|visibility|big idea|leader note)\s*:\s*(.*)$",
    re.IGNORECASE,
)


def _from_text(text: str) -> Reply:
    """The plain-text fallback: one ``FIELD: value`` a line, a question starting at each SECTION."""
    questions: list[ProposedQuestion] = []
    current: dict[str, str] = {}
    big: str | None = None
    notes: list[str] = []

    def close() -> None:
        if current.get("question"):
            questions.append(
                ProposedQuestion(
                    section=current.get("section", "").lower(),
                    kind=current.get("kind", "").lower(),
                    text=current["question"],
                    quote=current.get("quote", "").strip().strip('"“”'),
                    visibility=current.get("visibility", "").lower() or None,
                )
            )
        current.clear()

    for line in text.splitlines():
        match = _FIELD.match(line.strip().strip("*"))
        if not match:
            continue
        name, value = match.group(1).lower(), match.group(2).strip().strip("*").strip()
        if name == "text":
            name = "question"
        if name == "big idea":
            big = value or big
        elif name == "leader note":
            if value:
                notes.append(value)
        else:
            if name == "section" or name in current:
                close()
            current[name] = value
    close()
    if not questions:
        raise ReplyError("the reply holds neither the JSON object asked for nor questions in the text form")
    return Reply(tuple(questions), big, tuple(notes), "text")


def read_reply(text: str) -> Reply:
    """The reply in ``text``, from JSON (fenced or surrounded by prose) or the plain-text form."""
    if not text.strip():
        raise ReplyError("the reply is empty")
    objects = _json_objects(text)
    for data in objects:
        if "questions" in data:
            return _from_object(data)
    if objects:
        raise ReplyError("the reply's JSON has no list of questions")
    return _from_text(text)
