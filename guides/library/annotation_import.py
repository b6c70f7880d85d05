"""Notes in: reading a W3C Web Annotation JSON-LD file onto an article.

Importing reads the shape :mod:`guides.export.notes` writes (a collection, a page, one annotation
or a list of them), checks every annotation before writing any, and places each on the article's
current text by its selectors, as re-anchoring does: a file that is malformed in any part raises
:class:`AnnotationFileError` and imports nothing. It lives in the library, beside the store it
writes to; the way out lives with the other exports.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from guides.library.anchoring import Anchor, anchor_at, place
from guides.library.annotations import DEFAULT_COLOR, PALETTE, clean_tags
from guides.library.errors import AnnotationFileError
from guides.library.records import Annotation

_UID = re.compile(r"^(?:urn:uuid:)?([0-9a-fA-F-]{32,36})$")


@dataclass(frozen=True)
class ParsedAnnotation:
    """One annotation read from a file, checked, not yet placed."""

    uid: str | None
    anchor: Anchor | None
    """None when the file gives only a position; the quote is then read from the current text."""
    position: tuple[int, int] | None
    note: str
    tags: tuple[str, ...]
    reader: str | None
    color: str
    created: str | None
    modified: str | None


def parse_jsonld(data: Any) -> list[ParsedAnnotation]:
    """Every annotation in a W3C JSON-LD document, checked. Raises AnnotationFileError."""
    items = _items(data)
    return [_parse_one(item, number) for number, item in enumerate(items, start=1)]


def placed_annotation(
    parsed: ParsedAnnotation, *, ident: int, article_id: int, text: str, now: str
) -> Annotation:
    """The annotation to store for ``parsed``, placed on ``text`` (an orphan if it cannot be)."""
    anchor = parsed.anchor
    if anchor is None:
        start, end = parsed.position or (0, 0)
        if not 0 <= start < end <= len(text):
            raise AnnotationFileError(
                "An annotation gives only a position, and it is outside this article; nothing was imported."
            )
        anchor = anchor_at(text, start, end)
    found = place(anchor, text)
    if found.start is not None and found.end is not None:
        anchor, status, confidence = anchor_at(text, found.start, found.end), "anchored", found.confidence
    else:
        status, confidence = "orphan", found.confidence
    return Annotation(
        id=ident,
        uid=parsed.uid or uuid.uuid4().hex,
        article_id=article_id,
        reader=parsed.reader,
        color=parsed.color,
        note=parsed.note,
        anchor=anchor,
        status="anchored" if status == "anchored" else "orphan",
        confidence=confidence,
        tags=parsed.tags,
        created_at=parsed.created or now,
        updated_at=parsed.modified or parsed.created or now,
    )


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, Mapping):
        raise AnnotationFileError("This is not a Web Annotation file: it holds no annotations.")
    kinds = _types(data)
    if "Annotation" in kinds:
        return [data]
    if "AnnotationPage" in kinds:
        return _list_of(data.get("items"), "The annotation page has no list of items.")
    if "AnnotationCollection" in kinds:
        first = data.get("first")
        if first is None:
            return []
        if not isinstance(first, Mapping):
            raise AnnotationFileError("The collection's first page is only a link, not its annotations.")
        return _list_of(first.get("items"), "The collection's first page has no list of items.")
    raise AnnotationFileError("This is not a Web Annotation file (no Annotation or AnnotationCollection).")


def _list_of(value: Any, message: str) -> list[Any]:
    if not isinstance(value, list):
        raise AnnotationFileError(message)
    return value


def _types(data: Mapping[str, Any]) -> set[str]:
    kind = data.get("type", data.get("@type"))
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _parse_one(item: Any, number: int) -> ParsedAnnotation:
    def fail(problem: str) -> AnnotationFileError:
        return AnnotationFileError(f"Annotation {number} in the file {problem}; nothing was imported.")

    if not isinstance(item, Mapping) or "Annotation" not in _types(item):
        raise fail("is not an Annotation")
    target = item.get("target")
    if isinstance(target, list):
        target = target[0] if target else None
    if not isinstance(target, Mapping):
        raise fail("has no target with selectors")
    selectors = target.get("selector")
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote: Mapping[str, Any] | None = None
    position: tuple[int, int] | None = None
    for selector in selectors:
        if not isinstance(selector, Mapping):
            continue
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds:
            quote = selector
        elif "TextPositionSelector" in kinds:
            start, end = selector.get("start"), selector.get("end")
            if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end:
                raise fail("has a TextPositionSelector whose start and end are not a range")
            position = (start, end)
    anchor: Anchor | None = None
    if quote is not None:
        exact, prefix, suffix = quote.get("exact"), quote.get("prefix", ""), quote.get("suffix", "")
        if not isinstance(exact, str) or not exact:
            raise fail("has a TextQuoteSelector without an exact quote")
        if not isinstance(prefix, str) or not isinstance(suffix, str):
            raise fail("has a TextQuoteSelector whose prefix or suffix is not text")
        start = position[0] if position is not None else 0
        anchor = Anchor(start, start + len(exact), exact, prefix, suffix)
    elif position is None:
        raise fail("has neither a TextQuoteSelector nor a TextPositionSelector")
    note, tags = _bodies(item.get("body"), fail)
    style = target.get("styleClass")
    color = style.strip().lower() if isinstance(style, str) else DEFAULT_COLOR
    if color not in PALETTE:
        color = DEFAULT_COLOR
    creator = item.get("creator")
    name = creator.get("name") if isinstance(creator, Mapping) else creator
    reader = name.strip() if isinstance(name, str) and name.strip() else None
    ident = item.get("id")
    match = _UID.match(ident) if isinstance(ident, str) else None
    return ParsedAnnotation(
        uid=uuid.UUID(match.group(1)).hex if match else None,
        anchor=anchor,
        position=position,
        note=note,
        tags=tags,
        reader=reader,
        color=color,
        created=_time(item.get("created")),
        modified=_time(item.get("modified")),
    )


def _bodies(body: Any, fail: Any) -> tuple[str, tuple[str, ...]]:
    bodies = body if isinstance(body, list) else [] if body is None else [body]
    notes: list[str] = []
    tags: list[str] = []
    for b in bodies:
        if isinstance(b, str):  # a bare IRI body: nothing a reader wrote
            continue
        if not isinstance(b, Mapping):
            raise fail("has a body that is neither text nor a resource")
        value = b.get("value")
        if value is None:
            continue
        if not isinstance(value, str):
            raise fail("has a body whose value is not text")
        (tags if b.get("purpose") == "tagging" else notes).append(value)
    return "\n\n".join(n for n in notes if n.strip()), clean_tags(tags)


def _time(value: Any) -> str | None:
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", value):
        return value
    return None
