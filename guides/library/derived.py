"""What was worked out from an article's text, kept so that it is not worked out again.

A row holds one ``kind`` of result (the app keeps its reader marks: scripture
references with their verses, and the author's questions) for one text,
found by the text's content hash, with the engine version that made it. A
different engine, or a caller's own check on the data, makes it stale: the
caller works it out again and puts it back. Rows of texts no article has any
more are harmless and small; :meth:`DerivedStore.prune` drops them.
"""

from __future__ import annotations

import json
from typing import Any

from guides.library.db import Database


class DerivedStore:
    """Results kept by content hash."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, content_hash: str, kind: str, engine: str) -> Any | None:
        """The data put for this text and kind by this engine, or None."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT engine, data FROM derived WHERE content_hash = ? AND kind = ?", (content_hash, kind)
            ).fetchone()
        if row is None or row[0] != engine:
            return None
        try:
            return json.loads(row[1])
        except ValueError:
            return None

    def put(self, content_hash: str, kind: str, engine: str, data: Any) -> None:
        """Keep ``data`` (JSON-ready) for this text and kind, replacing what was there."""
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        with self._db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO derived (content_hash, kind, engine, data) VALUES (?, ?, ?, ?)",
                (content_hash, kind, engine, text),
            )

    def prune(self) -> int:
        """Drop the rows of texts no article has; how many went."""
        with self._db.write() as conn:
            cursor = conn.execute(
                "DELETE FROM derived WHERE content_hash NOT IN (SELECT content_hash FROM articles)"
            )
            return int(cursor.rowcount)
