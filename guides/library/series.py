"""Series: an ordered list of articles that a group studies over several weeks.

An article may belong to several series; deleting an article takes it out of
them, and deleting a series leaves its articles in the library.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from guides.library.db import Database
from guides.library.errors import InvalidValueError, NotFoundError


@dataclass(frozen=True)
class Series:
    id: int
    name: str
    description: str
    article_ids: tuple[int, ...]
    created_at: str


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

    # --- internals ---------------------------------------------------------------

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


def _name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError("A series needs a name.")
    return cleaned
