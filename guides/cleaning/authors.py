"""Who wrote it: bylines under a title, and names signed under a comment.

A byline is a short line near the top ("By Jane Doe", "Posted by Jane Doe on
March 3, 2024", "Jane Doe · March 3, 2024", "Por Juan Pérez"). A signature is
a line holding nothing but a name ("Ruth Ames", "— Sam"), which readers
type under their comment. Both are judged on the whole line, never on a
sentence, so "By the end of the day, ..." is not a byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guides.cleaning.dates import DATE, find_date, is_date_line

# One word of a name: capitalised, possibly with accents, apostrophes, hyphens
# or an initial ("J.", "O’Neil", "Jean-Luc", "María").
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"
_PARTICLE = r"(?:de|da|del|der|van|von|la|le|di|du|dos|das|y|e|bin|al)"
NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,3}}"
"""A regular expression (no groups) for a person's name as written in a byline."""

_SEP = r"\s*(?:[·•|,]|\s[–—-])\s*"
_BY = r"(?:by|written by|posted by|words by|story by|author:|por|escrito por|publicado por|par|von)"
# Names are matched case-sensitively (a name is capitalised); the words around them are not.
_BYLINE = re.compile(
    rf"^(?i:{_BY})\s+(?P<name>{NAME}(?:\s+(?:and|&|y|e|et|und)\s+{NAME})?)"
    rf"(?:(?:\s+(?i:on|el|le|am|at|a las|in|en)\s+|{_SEP})(?P<rest>.*))?$"
)
_DATE_THEN_NAME = re.compile(
    rf"^(?i:posted|published|written|publicado)?\s*(?i:on|el)?\s*(?P<date>(?i:{DATE}))\s+"
    rf"(?i:by|por)\s+(?P<name>{NAME})$"
)
_NAME_THEN_DATE = re.compile(rf"^(?P<name>{NAME}){_SEP}(?P<rest>.*(?i:{DATE}).*)$")
_READING_TIME = re.compile(
    r"^\d+\s*(?:min(?:ute)?s?|minutos?)(?:\s+(?:read|de lectura|reading time))?\.?$", re.IGNORECASE
)

# Words that look like a name when capitalised but are page furniture or praise.
_NOT_NAMES = frozenset(
    {
        "reply", "replies", "like", "likes", "loading", "share", "report", "edit", "permalink", "comment",
        "comments", "thanks", "thank", "great", "good", "nice", "amazing", "awesome", "excellent",
        "wonderful", "love", "blessings", "bless", "god", "amen", "wow", "yes", "no", "read", "more",
        "home", "menu", "search", "next", "previous", "posted", "tags", "tagged", "filed", "facebook",
        "twitter", "email", "print", "subscribe", "follow", "related", "the", "a", "an", "this", "that",
        "and", "or", "but", "so", "responder", "gracias", "saludos", "hola",
    }
)
_NAME_LINE = re.compile(rf"^(?:[-–—~]+\s*)?(?P<name>{NAME})\s*[.,]?$")


@dataclass(frozen=True)
class Byline:
    """What a byline line says: who wrote it and when (either may be missing)."""

    author: str | None
    date: str | None


def parse_byline(line: str) -> Byline | None:
    """Read one line as a byline or a date line; None when it is neither.

    Reading times ("5 min read") count as a byline with nothing in it, so that
    they are taken out of the body with the byline they sit beside.
    """
    text = " ".join(line.split())
    if not text or len(text) > 120:
        return None
    if is_date_line(text):
        return Byline(author=None, date=find_date(text) or text.strip(" ."))
    match = _BYLINE.match(text)
    if match:
        name = _clean_name(match.group("name"))
        rest = match.group("rest") or ""
        if name is None:
            return None
        return Byline(author=name, date=find_date(rest))
    match = _DATE_THEN_NAME.match(text)
    if match:
        name = _clean_name(match.group("name"))
        if name is not None:
            return Byline(author=name, date=match.group("date"))
    match = _NAME_THEN_DATE.match(text)
    if match:
        name = _clean_name(match.group("name"))
        if name is not None:
            return Byline(author=name, date=find_date(match.group("rest")))
    if _READING_TIME.match(text):
        return Byline(author=None, date=None)
    return None


def signature_name(line: str) -> str | None:
    """The name when ``line`` is nothing but a signed name ("Ruth Ames", "— Sam")."""
    text = " ".join(line.split())
    if not text or len(text) > 40:
        return None
    match = _NAME_LINE.match(text)
    if not match:
        return None
    return _clean_name(match.group("name"))


def _clean_name(name: str) -> str | None:
    name = name.strip(" .,")
    words = name.split()
    # Four capitalised words per person at most; "and" may join two people.
    people = re.split(r"\s+(?:and|&|y|e|et|und)\s+", name)
    if not words or any(sum(1 for w in p.split() if w[:1].isupper()) > 4 for p in people):
        return None
    if any(w.lower().strip(".’'") in _NOT_NAMES for w in words if w[:1].isupper()):
        return None
    if not any(len(w.strip(".")) > 1 for w in words):
        return None
    return name
