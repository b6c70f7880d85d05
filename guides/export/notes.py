"""An article's highlights and notes out: W3C Web Annotation JSON-LD, and Markdown for reading.

JSON-LD follows the W3C Web Annotation Data Model: an
``AnnotationCollection`` whose page holds ``Annotation`` s, each with a
``TextualBody`` for the note (purpose ``commenting``) and one per tag
(purpose ``tagging``), a ``creator`` for the reader, and a
``SpecificResource`` target with a ``TextPositionSelector`` and a
``TextQuoteSelector``. The highlight colour is the target's ``styleClass``,
defined by the annotation's CSS ``stylesheet``, which is how the model says
how a target is drawn.

The way back in (checking a file and placing each annotation on the current
text) is :meth:`guides.library.Library.import_jsonld`, in
:mod:`guides.library.annotation_import`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from guides.library.annotations import PALETTE
from guides.library.articles import ArticleSummary
from guides.library.records import Annotation

if TYPE_CHECKING:
    from guides.library.library import Library

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def notes_to_jsonld(library: Library, article_id: int) -> dict[str, Any]:
    """The article's annotations as a W3C Web Annotation collection."""
    notes = library.annotated(article_id)
    return annotations_to_jsonld(notes.article, notes.annotations)


def notes_to_markdown(library: Library, article_id: int) -> str:
    """The article's highlights and notes as Markdown, each in its sentence."""
    notes = library.annotated(article_id)
    return annotations_to_markdown(notes.article, notes.text, notes.annotations)


# --- JSON-LD out -------------------------------------------------------------


def target_iri(article: ArticleSummary) -> str:
    """The IRI annotations of this article point at: its URL, or a URN for a file or a paste."""
    if article.source and article.source.lower().startswith(("http://", "https://")):
        return article.source
    return f"urn:porchlight:article:{article.uid}"


def annotation_to_jsonld(annotation: Annotation, target: str) -> dict[str, Any]:
    """One annotation in the W3C model (without ``@context``; the collection carries it)."""
    bodies: list[dict[str, Any]] = []
    if annotation.note.strip():
        bodies.append(
            {"type": "TextualBody", "value": annotation.note, "format": "text/plain", "purpose": "commenting"}
        )
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags)
    a = annotation.anchor
    data: dict[str, Any] = {
        "id": f"urn:uuid:{uuid.UUID(annotation.uid)}",
        "type": "Annotation",
        "motivation": "commenting" if annotation.note.strip() else "highlighting",
        "created": annotation.created_at,
        "modified": annotation.updated_at,
        "stylesheet": {
            "type": "CssStylesheet",
            "value": f".{annotation.color} {{ background-color: {PALETTE.get(annotation.color, '#fff')} }}",
        },
        "target": {
            "type": "SpecificResource",
            "source": target,
            "styleClass": annotation.color,
            "selector": [
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
                {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
            ],
        },
    }
    if bodies:
        data["body"] = bodies if len(bodies) > 1 else bodies[0]
    if annotation.reader:
        data["creator"] = {"type": "Person", "name": annotation.reader}
    return data


def annotations_to_jsonld(article: ArticleSummary, annotations: Sequence[Annotation]) -> dict[str, Any]:
    """An article's annotations as one W3C ``AnnotationCollection``."""
    target = target_iri(article)
    items = [annotation_to_jsonld(a, target) for a in annotations]
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:porchlight:annotations:{article.uid}",
        "type": "AnnotationCollection",
        "label": f"Notes on {article.title}",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


# --- Markdown ----------------------------------------------------------------


def annotations_to_markdown(article: ArticleSummary, text: str, annotations: Sequence[Annotation]) -> str:
    """Notes and highlights in text order, each in the sentence around it, the marked words in bold."""
    lines = [f"# Notes on “{_inline(article.title)}”", ""]
    if article.source:
        lines += [f"Source: {_inline(article.source)}", ""]
    placed = [a for a in annotations if a.start is not None]
    orphans = [a for a in annotations if a.start is None]
    if not annotations:
        lines += ["No highlights or notes yet.", ""]
    for a in placed:
        lines += _entry(a, _in_sentence(text, a))
    if orphans:
        lines += ["## Notes that lost their place", ""]
        lines.append("The article changed and these passages could not be found again safely.")
        lines.append("")
        for a in orphans:
            lines += _entry(a, f"“{_inline(a.quote)}”")
    return "\n".join(lines).rstrip() + "\n"


def _entry(annotation: Annotation, passage: str) -> list[str]:
    who = annotation.reader or "Someone"
    what = "note" if annotation.kind == "note" else "highlight"
    lines = [f"> {passage}", "", f"**{_inline(who)}**, {what} ({annotation.color})", ""]
    if annotation.note.strip():
        lines += [_inline_block(annotation.note), ""]
    if annotation.tags:
        lines += ["Tags: " + ", ".join(_inline(t) for t in annotation.tags), ""]
    lines += ["---", ""]
    return lines


def _in_sentence(text: str, annotation: Annotation) -> str:
    """The sentence(s) around the annotation, with the annotated words in bold."""
    start, end = annotation.start or 0, annotation.end or 0
    s, e = surrounding_span(text, start, end)
    head, body, tail = text[s:start], text[start:end], text[end:e]
    marked = f"{_inline(head)}**{_inline(body.strip())}**{_inline(tail)}"
    return " ".join(marked.split())


def surrounding_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole sentences of ``text`` that ``start:end`` touches (within its block)."""
    from guides.analysis.sentences import split_sentences  # only when exporting

    block_start = text.rfind("\n\n", 0, start)
    block_start = 0 if block_start < 0 else block_start + 2
    block_end = text.find("\n\n", end)
    block_end = len(text) if block_end < 0 else block_end
    covering = [
        (block_start + s.start, block_start + s.end)
        for s in split_sentences(text[block_start:block_end])
        if block_start + s.end > start and block_start + s.start < end
    ]
    if not covering:
        return min(start, block_start), max(end, block_end)
    return min(covering[0][0], start), max(covering[-1][1], end)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def _inline(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _inline_block(text: str) -> str:
    """A note as Markdown paragraphs: blank lines kept, marks escaped, no accidental heading or list."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(re.sub(r"^([#>+-]|\d+\.)", r"\\\1", _inline(p)) for p in paragraphs)
