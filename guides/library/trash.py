"""The trash: a deleted article waits here, whole, until it is restored or purged.

Deleting an article (:meth:`TrashStore.delete`) moves it, with its tags,
guides and the reader's edits of them, highlights and notes, answers and its
places in series, into one row of the ``trash`` table, in one transaction;
restoring it puts every row back as it was, with the same ids, so an undo
that names one of its notes still finds it. Because the trash is in the
library file, an article deleted before a crash stays deleted, and stays
restorable, after it: nothing is held only in the window.

What goes in is the rows themselves, as JSON (column name to value), not a
re-export through the stores: a restore is then exact by construction, and a
column a later migration adds is restored with its default. Three things may
have changed meanwhile and are met without losing anything: another article
now has the same source (the restored one keeps its text but no longer its
source, so the two do not clash), a series it was in was deleted (it comes
back without that place; in one that was reordered it goes back after the
article it followed), a reader was deleted (the profile comes back).

:meth:`TrashStore.purge` empties the trash, all of it or what has waited
longer than a number of days (:data:`KEEP_DAYS` by default, which the app
does when it starts).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from guides.library import search
from guides.library.db import Database, format_time
from guides.library.errors import NotFoundError, StaleOperationError
from guides.library.readers import reader_id
from guides.library.undo import RestoreArticle, TrashArticle, Undoable

KEEP_DAYS = 30
"""How long a deleted article waits in the trash before the app empties it for good."""

_BY_ARTICLE = (
    ("articles", "id"),
    ("article_tags", "article_id"),
    ("annotations", "article_id"),
    ("guide_versions", "article_id"),
    ("guide_edits", "article_id"),
    ("guide_order", "article_id"),
    ("guide_answers", "article_id"),
    ("series_articles", "article_id"),
)
"""The tables that hold an article's rows, parents first (the order they are put back in)."""


@dataclass(frozen=True)
class TrashedArticle:
    """An article in the trash, as the trash lists it."""

    article_id: int
    title: str
    deleted_at: str
    notes: int
    """Highlights and notes that went with it."""
    guides: int
    """Guides (one per audience) that went with it."""


class TrashStore:
    """The trash of one library."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def delete(self, article_id: int) -> Undoable[TrashedArticle]:
        """Move the article and all that belongs to it to the trash; the undo restores it."""
        with self._db.write() as conn:
            undo = self.put_away(article_id)
            trashed = self._listing(conn, "WHERE article_id = ?", [article_id])[0]
        return Undoable(trashed, undo, "Delete article")

    def restore(self, article_id: int) -> Undoable[None]:
        """Bring the article back from the trash as it was; the undo deletes it again."""
        return Undoable(None, self.bring_back(article_id), "Restore article")

    def put_away(self, article_id: int) -> RestoreArticle:
        """Move the article to the trash (one transaction); returns the operation that restores it."""
        with self._db.write() as conn:
            title = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
            if title is None:
                raise NotFoundError(f"There is no article {article_id} in the library.")
            contents = _contents(conn, article_id)
            conn.execute(
                "INSERT INTO trash (article_id, title, deleted_at, notes, guides, contents)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    str(title[0]),
                    self._db.now(),
                    len(contents["annotations"]),
                    len({row["audience"] for row in contents["guide_versions"]}),
                    json.dumps(contents, ensure_ascii=False, separators=(",", ":")),
                ),
            )
            search.unindex_article(conn, article_id)
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # the rest cascades
        return RestoreArticle(article_id)

    def bring_back(self, article_id: int) -> TrashArticle:
        """Put the article back exactly as it went in; returns the operation that deletes it again."""
        with self._db.write() as conn:
            row = conn.execute("SELECT contents FROM trash WHERE article_id = ?", (article_id,)).fetchone()
            if row is None:
                raise StaleOperationError(
                    f"Article {article_id} is no longer in the trash (it was emptied), "
                    "so it cannot come back."
                )
            _put_back(conn, article_id, json.loads(str(row[0])), self._db.now())
            conn.execute("DELETE FROM trash WHERE article_id = ?", (article_id,))
        return TrashArticle(article_id)

    def all(self) -> list[TrashedArticle]:
        """What is in the trash, the most recently deleted first."""
        with self._db.read() as conn:
            return self._listing(conn, "ORDER BY deleted_at DESC, article_id DESC", [])

    def purge(self, *, older_than_days: float | None = None) -> int:
        """Empty the trash for good: all of it, or what was deleted more than ``older_than_days`` ago.

        Returns how many articles were purged.
        """
        with self._db.write() as conn:
            if older_than_days is None:
                cursor = conn.execute("DELETE FROM trash")
            else:
                now = datetime.fromisoformat(self._db.now())
                cutoff = format_time(now - timedelta(days=older_than_days))
                cursor = conn.execute("DELETE FROM trash WHERE deleted_at < ?", (cutoff,))
            return cursor.rowcount

    @staticmethod
    def _listing(conn: sqlite3.Connection, tail: str, params: list[object]) -> list[TrashedArticle]:
        rows = conn.execute(
            f"SELECT article_id, title, deleted_at, notes, guides FROM trash {tail}", params
        ).fetchall()
        return [TrashedArticle(int(a), str(t), str(d), int(n), int(g)) for a, t, d, n, g in rows]


def _rows(conn: sqlite3.Connection, sql: str, params: list[object]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _contents(conn: sqlite3.Connection, article_id: int) -> dict[str, Any]:
    """Every row that belongs to the article, by table, and what search had indexed for it."""
    contents: dict[str, Any] = {
        table: _rows(conn, f"SELECT * FROM {table} WHERE {key} = ?", [article_id])
        for table, key in _BY_ARTICLE
    }
    contents["annotation_tags"] = _rows(
        conn,
        "SELECT t.* FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id"
        " WHERE a.article_id = ?",
        [article_id],
    )
    contents["readers"] = _rows(
        conn,
        "SELECT DISTINCT r.* FROM readers r JOIN annotations a ON a.reader_id = r.id WHERE a.article_id = ?",
        [article_id],
    )
    contents["series_after"] = {
        str(place["series_id"]): _article_before(conn, int(place["series_id"]), int(place["position"]))
        for place in contents["series_articles"]
    }
    contents["search"] = search.documents_of(conn, article_id)
    return contents


def _article_before(conn: sqlite3.Connection, series_id: int, position: int) -> int | None:
    """The article just before ``position`` in the series (None: it is first)."""
    row = conn.execute(
        "SELECT article_id FROM series_articles WHERE series_id = ? AND position < ?"
        " ORDER BY position DESC LIMIT 1",
        (series_id, position),
    ).fetchone()
    return None if row is None else int(row[0])


def _put_back(conn: sqlite3.Connection, article_id: int, contents: dict[str, Any], now: str) -> None:
    """Insert the article's rows again, meeting what changed while it was in the trash."""
    for article in contents["articles"]:
        if (
            article["source"] is not None
            and conn.execute("SELECT 1 FROM articles WHERE source = ?", (article["source"],)).fetchone()
        ):
            article["source"] = None  # another article came from there since: both stay, this one unlinked
        _insert(conn, "articles", article)
    _insert_all(conn, "article_tags", contents["article_tags"])
    readers = {int(r["id"]): str(r["name"]) for r in contents["readers"]}
    for note in contents["annotations"]:
        ident = note["reader_id"]
        if ident is not None and not conn.execute("SELECT 1 FROM readers WHERE id = ?", (ident,)).fetchone():
            note["reader_id"] = reader_id(conn, readers[int(ident)], now) if int(ident) in readers else None
        if conn.execute("SELECT 1 FROM annotations WHERE uid = ?", (note["uid"],)).fetchone():
            note["uid"] = uuid.uuid4().hex  # its export was imported elsewhere
        _insert(conn, "annotations", note)
    _insert_all(conn, "annotation_tags", contents["annotation_tags"])
    for version in contents["guide_versions"]:
        if conn.execute("SELECT 1 FROM guide_versions WHERE id = ?", (version["id"],)).fetchone():
            version = {k: v for k, v in version.items() if k != "id"}  # the id was taken meanwhile
        _insert(conn, "guide_versions", version)
    for table in ("guide_edits", "guide_order", "guide_answers"):
        _insert_all(conn, table, contents[table])
    after: dict[str, int | None] = contents.get("series_after", {})
    for place in contents["series_articles"]:
        series = place["series_id"]
        if not conn.execute("SELECT 1 FROM series WHERE id = ?", (series,)).fetchone():
            continue  # the series was deleted meanwhile
        place["position"] = _place_in_series(conn, series, place["position"], after.get(str(series)))
        _insert(conn, "series_articles", place)
    search.index_documents(conn, article_id, [tuple(doc) for doc in contents["search"]])


def _place_in_series(conn: sqlite3.Connection, series_id: int, position: int, before: int | None) -> int:
    """Where the article goes back in a series: after the article it followed, if that is still there.

    The series may have been reordered meanwhile; the place after its old
    neighbour is what the reader remembers, its old number may be taken.
    """
    if before is not None:
        row = conn.execute(
            "SELECT position FROM series_articles WHERE series_id = ? AND article_id = ?", (series_id, before)
        ).fetchone()
        if row is not None:
            position = int(row[0]) + 1
    if conn.execute(
        "SELECT 1 FROM series_articles WHERE series_id = ? AND position = ?", (series_id, position)
    ).fetchone():
        conn.execute(
            "UPDATE series_articles SET position = position + 1 WHERE series_id = ? AND position >= ?",
            (series_id, position),
        )
    return position


def _insert_all(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        _insert(conn, table, row)


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Insert ``row``'s columns that the table has today (a later migration's new ones get defaults)."""
    columns = {str(c[1]) for c in conn.execute(f"PRAGMA table_info({table})")}
    names = [name for name in row if name in columns]
    marks = ", ".join("?" for _ in names)
    conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", [row[name] for name in names])
