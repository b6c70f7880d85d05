"""Readers: the profiles whose highlights and notes these are ("Anna", "Ben").

Names are unique without regard to case, so "anna" and "Anna" are one reader.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from guides.library.db import Database
from guides.library.errors import InvalidValueError, NotFoundError


@dataclass(frozen=True)
class Reader:
    id: int
    name: str
    created_at: str


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError("A reader needs a name.")
    if len(cleaned) > 80:
        raise InvalidValueError("A reader's name can be at most 80 characters.")
    return cleaned


def reader_id(conn: sqlite3.Connection, name: str, now: str) -> int:
    """The id of the reader called ``name``, creating the profile if it is new."""
    cleaned = clean_name(name)
    row = conn.execute("SELECT id FROM readers WHERE name = ?", (cleaned,)).fetchone()
    if row is not None:
        return int(row[0])
    cursor = conn.execute("INSERT INTO readers (name, created_at) VALUES (?, ?)", (cleaned, now))
    return int(cursor.lastrowid or 0)


class ReaderStore:
    """The reader profiles of one library."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, name: str) -> Reader:
        """The reader called ``name``, created if needed."""
        with self._db.write() as conn:
            return self._get(conn, reader_id(conn, name, self._db.now()))

    def all(self) -> list[Reader]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT id, name, created_at FROM readers ORDER BY name").fetchall()
        return [Reader(int(i), str(n), str(c)) for i, n, c in rows]

    def rename(self, reader: int, name: str) -> Reader:
        cleaned = clean_name(name)
        with self._db.write() as conn:
            self._get(conn, reader)
            clash = conn.execute(
                "SELECT id FROM readers WHERE name = ? AND id != ?", (cleaned, reader)
            ).fetchone()
            if clash is not None:
                raise InvalidValueError(f"There is already a reader called {cleaned}.")
            conn.execute("UPDATE readers SET name = ? WHERE id = ?", (cleaned, reader))
            return self._get(conn, reader)

    def delete(self, reader: int) -> None:
        """Remove a profile; its highlights and notes stay, without a reader."""
        with self._db.write() as conn:
            self._get(conn, reader)
            conn.execute("DELETE FROM readers WHERE id = ?", (reader,))

    @staticmethod
    def _get(conn: sqlite3.Connection, reader: int) -> Reader:
        row = conn.execute("SELECT id, name, created_at FROM readers WHERE id = ?", (reader,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no reader {reader}.")
        return Reader(int(row[0]), str(row[1]), str(row[2]))
