"""Highlights and notes: a range of an article's text, a colour, a note, a reader, tags.

An annotation is a *highlight* when it has no note text and a *note* when it
has. Either way it is anchored by W3C selectors (see
:mod:`guides.library.anchoring`) so that it stays on its passage when the
article's text changes; when it cannot be placed safely it becomes an
*orphan* that keeps its quote and waits to be re-attached.

The changes the window makes (add, edit, re-attach, delete) return an
:class:`~guides.library.undo.Undoable` carrying their inverse.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING

from guides.library import search
from guides.library.anchoring import Anchor, OffsetMap, anchor_at, place
from guides.library.db import Database, new_uid
from guides.library.errors import (
    AmbiguousQuoteError,
    InvalidValueError,
    NotFoundError,
    QuoteNotFoundError,
    StaleOperationError,
)
from guides.library.readers import reader_id
from guides.library.records import Annotation

if TYPE_CHECKING:
    # Undo operations are made by the writes only: a start that reads loads none of them.
    from guides.library.undo import Operation, Undoable

PALETTE: dict[str, str] = {
    "yellow": "#ffe58a",
    "green": "#b9e5b0",
    "blue": "#a9d3f5",
    "pink": "#f6b8cf",
    "purple": "#d4c4f0",
}
"""The highlight colours, by name, with the background each is drawn in."""

DEFAULT_COLOR = "yellow"


class _Keep(Enum):
    KEEP = 0


KEEP = _Keep.KEEP
"""For :meth:`AnnotationStore.edit`: leave this field as it is."""


@dataclass(frozen=True)
class ReanchorReport:
    """What re-anchoring did to an article's annotations after its text changed."""

    total: int = 0
    unchanged: int = 0
    moved: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    recovered: int = 0
    """Orphans that found their passage again."""


_COLUMNS = (
    "a.id, a.uid, a.article_id, r.name, a.color, a.note, a.anchor_start, a.anchor_end, a.exact,"
    " a.prefix, a.suffix, a.status, a.confidence, a.created_at, a.updated_at"
)
_FROM = "FROM annotations a LEFT JOIN readers r ON r.id = a.reader_id"


def article_text(conn: sqlite3.Connection, article_id: int) -> str:
    """The current text of an article (without parsing its blocks)."""
    row = conn.execute(
        "SELECT json_extract(article_json, '$.text') FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"There is no article {article_id} in the library.")
    return str(row[0])


def find_quote(text: str, quote: str, *, occurrence: int | None = None) -> tuple[int, int]:
    """The span of ``quote`` in ``text``; spaces and line breaks in the quote match any whitespace.

    ``occurrence`` (1-based) picks one when the quote occurs several times;
    without it a repeated quote raises :class:`AmbiguousQuoteError`.
    """
    words = quote.split()
    if not words:
        raise InvalidValueError("The quote is empty.")
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not spans:
        raise QuoteNotFoundError(f"“{_short(quote)}” is not in the article.")
    if occurrence is None:
        if len(spans) > 1:
            raise AmbiguousQuoteError(
                f"“{_short(quote)}” occurs {len(spans)} times; quote more words or say which occurrence.",
                count=len(spans),
            )
        return spans[0]
    if not 1 <= occurrence <= len(spans):
        raise InvalidValueError(f"“{_short(quote)}” occurs {len(spans)} times, not {occurrence}.")
    return spans[occurrence - 1]


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags trimmed, inner spaces collapsed, empty ones dropped, each once, sorted (as stored)."""
    return tuple(sorted({t for t in (" ".join(tag.split()) for tag in tags) if t}))


def check_color(color: str) -> str:
    name = color.strip().lower()
    if name not in PALETTE:
        raise InvalidValueError(f"“{color}” is not a highlight colour; choose one of {', '.join(PALETTE)}.")
    return name


def reanchor_article(
    conn: sqlite3.Connection, article_id: int, old_text: str, new_text: str
) -> ReanchorReport:
    """Place every annotation of an article again after its text changed from ``old_text``.

    Anchored annotations are looked for first where the block diff says they
    moved to; orphans are tried again too, and come back if their passage has.
    An annotation that cannot be placed keeps its old selectors and becomes an
    orphan. Runs inside the caller's transaction; ``updated_at`` is not
    touched, since the reader changed nothing.
    """
    rows = conn.execute(
        "SELECT id, anchor_start, anchor_end, exact, prefix, suffix, status, confidence"
        " FROM annotations WHERE article_id = ?",
        (article_id,),
    ).fetchall()
    if not rows:
        return ReanchorReport()
    moved_to = OffsetMap(old_text, new_text) if old_text != new_text else None
    counts = {"unchanged": 0, "moved": 0, "fuzzy": 0, "orphaned": 0, "recovered": 0}
    updates: list[tuple[int, int, str, str, str, str, float, int]] = []
    for ident, start, end, exact, prefix, suffix, status, confidence in rows:
        anchor = Anchor(int(start), int(end), str(exact), str(prefix), str(suffix))
        was_anchored = status == "anchored"
        expected = moved_to(anchor.start) if moved_to is not None and was_anchored else None
        found = place(anchor, new_text, expected_start=expected)
        if found.start is None or found.end is None:
            counts["orphaned" if was_anchored else "unchanged"] += 1
            updates.append((start, end, exact, prefix, suffix, "orphan", found.confidence, ident))
            continue
        new = anchor_at(new_text, found.start, found.end)
        if not was_anchored:
            counts["recovered"] += 1
            score = found.confidence
        else:
            score = min(float(confidence), found.confidence)
            if found.method == "fuzzy":
                counts["fuzzy"] += 1
            elif new == anchor:
                counts["unchanged"] += 1
            else:
                counts["moved"] += 1
        updates.append((new.start, new.end, new.exact, new.prefix, new.suffix, "anchored", score, ident))
    conn.executemany(
        "UPDATE annotations SET anchor_start = ?, anchor_end = ?, exact = ?, prefix = ?, suffix = ?,"
        " status = ?, confidence = ? WHERE id = ?",
        updates,
    )
    return ReanchorReport(total=len(rows), **counts)


class AnnotationStore:
    """The highlights and notes of one library."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- the window's changes (each returns its undo) ------------------------

    def add(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        note: str = "",
        color: str = DEFAULT_COLOR,
        reader: str | None = None,
        tags: Iterable[str] = (),
    ) -> Undoable[Annotation]:
        """Highlight ``start:end`` of the article's current text (a note if ``note`` is given)."""
        from guides.library.undo import Undoable

        color = check_color(color)
        with self._db.write() as conn:
            text = article_text(conn, article_id)
            try:
                anchor = anchor_at(text, start, end)
            except ValueError as err:
                raise InvalidValueError(f"That range is not in the article: {err}.") from None
            now = self._db.now()
            ident = self.next_id(conn)
            annotation = Annotation(
                id=ident,
                uid=new_uid(),
                article_id=article_id,
                reader=reader,
                color=color,
                note=note,
                anchor=anchor,
                status="anchored",
                confidence=1.0,
                tags=clean_tags(tags),
                created_at=now,
                updated_at=now,
            )
            undo = self.put(annotation)
            return Undoable(self._load(conn, ident), undo, "Add note" if note.strip() else "Highlight")

    def add_quote(
        self,
        article_id: int,
        quote: str,
        *,
        occurrence: int | None = None,
        note: str = "",
        color: str = DEFAULT_COLOR,
        reader: str | None = None,
        tags: Iterable[str] = (),
    ) -> Undoable[Annotation]:
        """Like :meth:`add`, on the passage that reads ``quote`` (see :func:`find_quote`)."""
        with self._db.write() as conn:
            start, end = find_quote(article_text(conn, article_id), quote, occurrence=occurrence)
            return self.add(article_id, start, end, note=note, color=color, reader=reader, tags=tags)

    def edit(
        self,
        annotation_id: int,
        *,
        note: str | None = None,
        color: str | None = None,
        tags: Iterable[str] | None = None,
        reader: str | _Keep | None = KEEP,
    ) -> Undoable[Annotation]:
        """Change a note's text, colour, tags or reader; fields left out stay as they are."""
        from guides.library.undo import PutAnnotation, Undoable

        with self._db.write() as conn:
            old = self._load(conn, annotation_id)
            new = replace(
                old,
                note=old.note if note is None else note,
                color=old.color if color is None else check_color(color),
                tags=old.tags if tags is None else clean_tags(tags),
                reader=old.reader if isinstance(reader, _Keep) else reader,
            )
            if new == old:
                return Undoable(old, PutAnnotation(old), "Edit note")
            undo = self.put(replace(new, updated_at=self._db.now()))
            return Undoable(self._load(conn, annotation_id), undo, "Edit note")

    def reattach(self, annotation_id: int, start: int, end: int) -> Undoable[Annotation]:
        """Put an annotation (an orphan, usually) on ``start:end`` of the current text."""
        from guides.library.undo import Undoable

        with self._db.write() as conn:
            old = self._load(conn, annotation_id)
            text = article_text(conn, old.article_id)
            try:
                anchor = anchor_at(text, start, end)
            except ValueError as err:
                raise InvalidValueError(f"That range is not in the article: {err}.") from None
            new = replace(old, anchor=anchor, status="anchored", confidence=1.0, updated_at=self._db.now())
            undo = self.put(new)
            return Undoable(self._load(conn, annotation_id), undo, "Re-attach note")

    def delete(self, annotation_id: int) -> Undoable[None]:
        from guides.library.undo import Undoable

        with self._db.write() as conn:
            self._load(conn, annotation_id)  # an unknown id is an error here, unlike in remove()
            undo = self.remove(annotation_id)
        return Undoable(None, undo, "Delete note")

    # --- reading ---------------------------------------------------------------

    def get(self, annotation_id: int) -> Annotation:
        with self._db.read() as conn:
            return self._load(conn, annotation_id)

    def for_article(self, article_id: int, *, reader: str | None = None) -> list[Annotation]:
        """An article's annotations in text order, orphans last (oldest first)."""
        sql = f"SELECT {_COLUMNS} {_FROM} WHERE a.article_id = ?"
        params: list[object] = [article_id]
        if reader is not None:
            sql += " AND r.name = ?"
            params.append(reader)
        sql += " ORDER BY a.status = 'orphan', a.anchor_start, a.anchor_end, a.id"
        with self._db.read() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise NotFoundError(f"There is no article {article_id} in the library.")
            rows = conn.execute(sql, params).fetchall()
            tags = self._tags(conn, article_id)
        return [_annotation(row, tags.get(int(row[0]), ())) for row in rows]

    def orphans(self, article_id: int) -> list[Annotation]:
        return [a for a in self.for_article(article_id) if a.status == "orphan"]

    # --- raw writes (used by undo and import) ----------------------------------

    def put(self, annotation: Annotation) -> Operation:
        """Write ``annotation`` exactly as given (by id) and return the operation that reverses it.

        If the article's text changed since the annotation was recorded (an
        undo after a re-import), it is placed again on the current text.
        """
        from guides.library.undo import DeleteAnnotation, PutAnnotation

        with self._db.write() as conn:
            previous = self._find(conn, annotation.id)
            try:
                text = article_text(conn, annotation.article_id)
            except NotFoundError:
                raise StaleOperationError(
                    "That note's article is no longer in the library, so this cannot be redone."
                ) from None
            fitted = _fit(annotation, text)
            reader = reader_id(conn, fitted.reader, self._db.now()) if fitted.reader else None
            a = fitted.anchor
            conn.execute(
                "INSERT INTO annotations (id, uid, article_id, reader_id, color, note, anchor_start,"
                " anchor_end, exact, prefix, suffix, status, confidence, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET uid = excluded.uid, article_id = excluded.article_id,"
                " reader_id = excluded.reader_id, color = excluded.color, note = excluded.note,"
                " anchor_start = excluded.anchor_start, anchor_end = excluded.anchor_end,"
                " exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix,"
                " status = excluded.status, confidence = excluded.confidence,"
                " created_at = excluded.created_at, updated_at = excluded.updated_at",
                (
                    fitted.id,
                    fitted.uid,
                    fitted.article_id,
                    reader,
                    fitted.color,
                    fitted.note,
                    a.start,
                    a.end,
                    a.exact,
                    a.prefix,
                    a.suffix,
                    fitted.status,
                    fitted.confidence,
                    fitted.created_at,
                    fitted.updated_at,
                ),
            )
            conn.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (fitted.id,))
            conn.executemany(
                "INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, ?)",
                [(fitted.id, tag) for tag in fitted.tags],
            )
            search.index_note(conn, fitted.id, fitted.article_id, fitted.note)
        return PutAnnotation(previous) if previous is not None else DeleteAnnotation(annotation.id)

    def remove(self, annotation_id: int) -> Operation:
        """Delete an annotation and return the operation that puts it back.

        Removing one that is not there changes nothing (so an undo applied
        twice is harmless) and returns the same removal.
        """
        from guides.library.undo import DeleteAnnotation, PutAnnotation

        with self._db.write() as conn:
            previous = self._find(conn, annotation_id)
            if previous is None:
                return DeleteAnnotation(annotation_id)
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            search.unindex(conn, "note", [str(annotation_id)])
        return PutAnnotation(previous)

    def find_uid(self, uid: str) -> Annotation | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT id FROM annotations WHERE uid = ?", (uid,)).fetchone()
            return None if row is None else self._load(conn, int(row[0]))

    # --- internals -------------------------------------------------------------

    @staticmethod
    def next_id(conn: sqlite3.Connection) -> int:
        """The id the next new annotation gets (inside a write)."""
        # AUTOINCREMENT's counter: an id is never handed out twice, so a redo
        # that re-creates a deleted annotation with its old id never collides.
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'annotations'").fetchone()
        return (int(row[0]) if row else 0) + 1

    def _find(self, conn: sqlite3.Connection, annotation_id: int) -> Annotation | None:
        row = conn.execute(f"SELECT {_COLUMNS} {_FROM} WHERE a.id = ?", (annotation_id,)).fetchone()
        if row is None:
            return None
        tags = tuple(
            str(r[0])
            for r in conn.execute(
                "SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY tag", (annotation_id,)
            )
        )
        return _annotation(row, tags)

    def _load(self, conn: sqlite3.Connection, annotation_id: int) -> Annotation:
        found = self._find(conn, annotation_id)
        if found is None:
            raise NotFoundError(f"There is no note or highlight {annotation_id}.")
        return found

    @staticmethod
    def _tags(conn: sqlite3.Connection, article_id: int) -> dict[int, tuple[str, ...]]:
        tags: dict[int, list[str]] = {}
        for ident, tag in conn.execute(
            "SELECT t.annotation_id, t.tag FROM annotation_tags t JOIN annotations a"
            " ON a.id = t.annotation_id WHERE a.article_id = ? ORDER BY t.tag",
            (article_id,),
        ):
            tags.setdefault(int(ident), []).append(str(tag))
        return {k: tuple(v) for k, v in tags.items()}


def _annotation(row: Sequence[object], tags: tuple[str, ...]) -> Annotation:
    (ident, uid, article_id, reader, color, note, start, end, exact, prefix, suffix, status, conf, c, u) = row
    return Annotation(
        id=int(str(ident)),
        uid=str(uid),
        article_id=int(str(article_id)),
        reader=None if reader is None else str(reader),
        color=str(color),
        note=str(note),
        anchor=Anchor(int(str(start)), int(str(end)), str(exact), str(prefix), str(suffix)),
        status="orphan" if status == "orphan" else "anchored",
        confidence=float(str(conf)),
        tags=tags,
        created_at=str(c),
        updated_at=str(u),
    )


def _fit(annotation: Annotation, text: str) -> Annotation:
    """The annotation, placed again if its range no longer reads its quote in ``text``."""
    a = annotation.anchor
    if annotation.status == "orphan" or text[a.start : a.end] == a.exact:
        return annotation
    found = place(a, text)
    if found.start is None or found.end is None:
        return replace(annotation, status="orphan", confidence=found.confidence)
    return replace(annotation, anchor=anchor_at(text, found.start, found.end), confidence=found.confidence)


def _short(quote: str, limit: int = 60) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
