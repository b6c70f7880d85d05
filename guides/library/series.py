"""Series: an ordered list of articles that a group studies over several weeks.

An article may belong to several series; deleting an article takes it out of
them, and deleting a series leaves its articles in the library.

Every change can be undone: :meth:`SeriesStore.put` writes a series exactly as
given (or deletes it) and returns the :class:`~guides.library.undo.PutSeries`
that puts back what was there, and :meth:`SeriesStore.edit` makes the usual
changes (rename, reorder, add, remove an article, delete) through it, with a
label for the Edit menu.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from guides.library.db import Database
from guides.library.errors import InvalidValueError, NotFoundError
from guides.library.records import Series

if TYPE_CHECKING:
    # Undo operations are made by the writes only: a start that reads loads none of them.
    from guides.library.undo import PutSeries, Undoable


class SeriesStore:
    """The series of one library."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, name: str, *, description: str = "", article_ids: tuple[int, ...] = ()) -> Series:
        cleaned = _name(name)
        with self._db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO series (name, description, created_at) VALUES (?, ?, ?)",
                (cleaned, description, self._db.now()),
            )
            series_id = int(cursor.lastrowid or 0)
            for article_id in article_ids:
                self._append(conn, series_id, article_id)
            return self._load(conn, series_id)

    def get(self, series_id: int) -> Series:
        with self._db.read() as conn:
            return self._load(conn, series_id)

    def all(self) -> list[Series]:
        with self._db.read() as conn:
            ids = [int(r[0]) for r in conn.execute("SELECT id FROM series ORDER BY name, id")]
            return [self._load(conn, i) for i in ids]

    def containing(self, article_id: int) -> list[Series]:
        """The series an article belongs to."""
        with self._db.read() as conn:
            ids = [
                int(r[0])
                for r in conn.execute(
                    "SELECT series_id FROM series_articles WHERE article_id = ? ORDER BY series_id",
                    (article_id,),
                )
            ]
            return [self._load(conn, i) for i in ids]

    def rename(self, series_id: int, name: str, *, description: str | None = None) -> Series:
        cleaned = _name(name)
        with self._db.write() as conn:
            self._load(conn, series_id)
            conn.execute(
                "UPDATE series SET name = ?, description = coalesce(?, description) WHERE id = ?",
                (cleaned, description, series_id),
            )
            return self._load(conn, series_id)

    def add_article(self, series_id: int, article_id: int, *, index: int | None = None) -> Series:
        """Put an article in the series (at ``index``, else at the end); moves it if already there."""
        with self._db.write() as conn:
            current = list(self._load(conn, series_id).article_ids)
            if article_id in current:
                current.remove(article_id)
            elif conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise NotFoundError(f"There is no article {article_id} in the library.")
            current.insert(len(current) if index is None else max(0, min(index, len(current))), article_id)
            self._write(conn, series_id, current)
            return self._load(conn, series_id)

    def remove_article(self, series_id: int, article_id: int) -> Series:
        with self._db.write() as conn:
            current = [a for a in self._load(conn, series_id).article_ids if a != article_id]
            self._write(conn, series_id, current)
            return self._load(conn, series_id)

    def reorder(self, series_id: int, article_ids: list[int]) -> Series:
        """Set the order of the series; ``article_ids`` must be exactly its articles."""
        with self._db.write() as conn:
            current = self._load(conn, series_id).article_ids
            if sorted(current) != sorted(article_ids):
                raise InvalidValueError("The new order must list exactly the series' articles.")
            self._write(conn, series_id, article_ids)
            return self._load(conn, series_id)

    def delete(self, series_id: int) -> None:
        with self._db.write() as conn:
            self._load(conn, series_id)
            conn.execute("DELETE FROM series WHERE id = ?", (series_id,))

    # --- undoable changes ---------------------------------------------------------------

    def put(self, series_id: int, series: Series | None) -> PutSeries:
        """Write the series exactly as given (``None`` deletes it); returns the operation undoing it.

        Articles deleted from the library since are left out of the order.
        """
        from guides.library.undo import PutSeries

        with self._db.write() as conn:
            before = self._find(conn, series_id)
            if series is None:
                conn.execute("DELETE FROM series WHERE id = ?", (series_id,))
                return PutSeries(series_id, before)
            name = _name(series.name)
            if before is None:
                conn.execute(
                    "INSERT INTO series (id, name, description, created_at) VALUES (?, ?, ?, ?)",
                    (series_id, name, series.description, series.created_at or self._db.now()),
                )
            else:
                conn.execute(
                    "UPDATE series SET name = ?, description = ? WHERE id = ?",
                    (name, series.description, series_id),
                )
            existing = {
                int(r[0])
                for r in conn.execute(
                    f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(series.article_ids))})",
                    series.article_ids,
                )
            }
            self._write(conn, series_id, [a for a in series.article_ids if a in existing])
            return PutSeries(series_id, before)

    def create_undoable(self, name: str, *, article_ids: tuple[int, ...] = ()) -> Undoable[Series]:
        """Make a new series; the undo deletes it."""
        from guides.library.undo import PutSeries, Undoable

        series = self.create(name, article_ids=article_ids)
        return Undoable(series, PutSeries(series.id, None), "New series")

    def edit(
        self,
        series_id: int,
        *,
        name: str | None = None,
        article_ids: tuple[int, ...] | None = None,
        delete: bool = False,
    ) -> Undoable[Series | None]:
        """Rename the series, set its articles and their order, or delete it; undoably.

        ``article_ids`` may add or leave out articles (that is how an article is
        added or removed); the articles must be in the library.
        """
        from guides.library.undo import Undoable

        with self._db.write() as conn:
            current = self._load(conn, series_id)
            if delete:
                undo = self.put(series_id, None)
                return Undoable(None, undo, f"Delete series “{current.name}”")
            new = current
            label = "Change series"
            if name is not None:
                new = replace(new, name=_name(name))
                label = "Rename series"
            if article_ids is not None:
                if len(set(article_ids)) != len(article_ids):
                    raise InvalidValueError("An article is in a series once.")
                missing = [a for a in article_ids if not self._article_exists(conn, a)]
                if missing:
                    raise NotFoundError(f"There is no article {missing[0]} in the library.")
                label = _order_label(current.article_ids, article_ids, label)
                new = replace(new, article_ids=tuple(article_ids))
            undo = self.put(series_id, new)
            return Undoable(self._load(conn, series_id), undo, label)

    # --- internals ---------------------------------------------------------------

    @staticmethod
    def _article_exists(conn: sqlite3.Connection, article_id: int) -> bool:
        return conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def _find(self, conn: sqlite3.Connection, series_id: int) -> Series | None:
        try:
            return self._load(conn, series_id)
        except NotFoundError:
            return None

    @staticmethod
    def _write(conn: sqlite3.Connection, series_id: int, article_ids: list[int]) -> None:
        conn.execute("DELETE FROM series_articles WHERE series_id = ?", (series_id,))
        conn.executemany(
            "INSERT INTO series_articles (series_id, article_id, position) VALUES (?, ?, ?)",
            [(series_id, article_id, i) for i, article_id in enumerate(article_ids)],
        )

    def _append(self, conn: sqlite3.Connection, series_id: int, article_id: int) -> None:
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
            raise NotFoundError(f"There is no article {article_id} in the library.")
        current = [a for a in self._load(conn, series_id).article_ids if a != article_id]
        self._write(conn, series_id, [*current, article_id])

    @staticmethod
    def _load(conn: sqlite3.Connection, series_id: int) -> Series:
        row = conn.execute(
            "SELECT id, name, description, created_at FROM series WHERE id = ?", (series_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no series {series_id}.")
        ids = tuple(
            int(r[0])
            for r in conn.execute(
                "SELECT article_id FROM series_articles WHERE series_id = ? ORDER BY position",
                (series_id,),
            )
        )
        return Series(int(row[0]), str(row[1]), str(row[2]), ids, str(row[3]))


def _order_label(before: tuple[int, ...], after: tuple[int, ...], default: str) -> str:
    if len(after) > len(before):
        return "Add to series"
    if len(after) < len(before):
        return "Remove from series"
    if after != before:
        return "Reorder series"
    return default


def _name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError("A series needs a name.")
    return cleaned
