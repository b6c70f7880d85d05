"""What readers wrote on a guide's lines: the "I will ..." steps, filled in together.

A guide's prompts ("I will …", "We will come back to this on …") are lines
to complete. The discuss-together view lets a couple or a group fill them in
on screen; the words are kept here, per article, audience and line, so they
survive regenerating the guide (a line's key is its part's key and its place,
``commit-step-1``, as the worksheet names its field for the same line).
Every change returns an :class:`~guides.library.undo.Undoable`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guides.library.db import Database
from guides.library.errors import InvalidValueError

if TYPE_CHECKING:
    # Undo operations are made by the writes only: a start that reads loads none of them.
    from guides.library.undo import PutAnswer, Undoable

MAX_ANSWER = 2000
"""Characters kept of one line's answer: a step to take, not an essay."""


class AnswerStore:
    """The filled-in lines of one library's guides."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, article_id: int, audience: str) -> dict[str, str]:
        """Line key -> what was written on it, for one article's guide for ``audience``."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT key, text FROM guide_answers WHERE article_id = ? AND audience = ? ORDER BY key",
                (article_id, audience),
            )
            return {str(key): str(text) for key, text in rows}

    def write(self, article_id: int, audience: str, key: str, text: str) -> Undoable[None]:
        """Write ``text`` on the line ``key`` ("" clears it); returns the undo."""
        from guides.library.undo import Undoable

        cleaned = text.strip()
        if len(cleaned) > MAX_ANSWER:
            raise InvalidValueError(f"An answer is kept up to {MAX_ANSWER} characters.")
        with self._db.write():
            undo = self.put(article_id, audience, key, cleaned or None)
        return Undoable(None, undo, "Write an answer")

    def put(self, article_id: int, audience: str, key: str, text: str | None) -> PutAnswer:
        """Set one line exactly (None removes it); returns the operation that puts it back."""
        from guides.library.undo import PutAnswer

        if not key.strip():
            raise InvalidValueError("An answer needs the key of its line.")
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT text FROM guide_answers WHERE article_id = ? AND audience = ? AND key = ?",
                (article_id, audience, key),
            ).fetchone()
            if text is None:
                conn.execute(
                    "DELETE FROM guide_answers WHERE article_id = ? AND audience = ? AND key = ?",
                    (article_id, audience, key),
                )
            else:
                conn.execute(
                    "INSERT INTO guide_answers (article_id, audience, key, text, updated_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, audience, key) "
                    "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                    (article_id, audience, key, text, self._db.now()),
                )
        return PutAnswer(article_id, audience, key, str(row[0]) if row else None)
