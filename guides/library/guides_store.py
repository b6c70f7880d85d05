"""Guides in the library: every generated version, and the reader's edits laid over the latest.

A guide is stored as the JSON its model writes (``Guide.to_dict()``): a dict
with ``sections``, each with a ``key`` (or ``id``/``title``) and
``questions``, each question with an ``id`` and ``text``. Nothing else of the
generator's model is relied on, so the library never imports it.

The reader's edits are an *overlay* keyed by question id: new wording, a
question checked off or deleted, questions the reader added, and the order of
each section. Regenerating the guide adds a version and the overlay is laid
over it again, so edits survive wherever their question ids do; edits whose
question has gone are kept (it may come back) and reported as unplaced.
Earlier versions stay readable. A guide's ``title`` is its article's name as
it is now, so renaming an article renames its guides and worksheets.

Every edit returns an :class:`~guides.library.undo.Undoable`.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from guides.library import search
from guides.library.annotations import article_text
from guides.library.articles import content_hash_of_text
from guides.library.db import Database, new_uid
from guides.library.errors import InvalidValueError, NotFoundError
from guides.library.records import QuestionEdit

if TYPE_CHECKING:
    # Undo operations are made by the writes only: a start that reads loads none of them.
    from guides.library.undo import Operation, Undoable

ADDED_QUESTION_DEFAULTS: dict[str, Any] = {
    "kind": "reflection",
    "visibility": "everyone",
    "source": {"quote": "", "start": 0, "end": 0},
    "written_by": "reader",
}
"""What a question the reader adds carries unless the caller says otherwise."""


@dataclass(frozen=True)
class GuideVersion:
    version: int
    created_at: str
    article_hash: str


@dataclass(frozen=True)
class StoredGuide:
    """A guide as the reader sees it: the generated version with their edits applied.

    ``guide`` is the generated dict with edited wording, deletions, additions
    and order applied; which questions are checked off is in ``checked``.
    ``stale`` says the article's text changed after this version was made.
    """

    article_id: int
    audience: str
    version: int
    created_at: str
    generated: Mapping[str, Any]
    guide: dict[str, Any]
    edits: Mapping[str, QuestionEdit]
    orders: Mapping[str, tuple[str, ...]]
    checked: frozenset[str]
    unplaced: tuple[str, ...]
    stale: bool
    versions: tuple[GuideVersion, ...] = field(default=())

    def question_ids(self, section: str | None = None) -> list[str]:
        """The question ids in the edited guide, in order (of one section, if given)."""
        keys = section_keys(self.guide)
        return [
            str(q["id"])
            for key, s in zip(keys, self.guide.get("sections", []), strict=True)
            if section is None or key == section
            for q in s.get("questions", [])
        ]


def section_keys(guide: Mapping[str, Any]) -> list[str]:
    """A stable key per section: its ``key``, ``id`` or ``title`` (numbered if repeated)."""
    keys: list[str] = []
    for index, section in enumerate(guide.get("sections", [])):
        base = str(section.get("key") or section.get("id") or section.get("title") or f"section-{index + 1}")
        key, n = base, 2
        while key in keys:
            key, n = f"{base}-{n}", n + 1
        keys.append(key)
    return keys


def apply_edits(
    generated: Mapping[str, Any],
    edits: Mapping[str, QuestionEdit],
    orders: Mapping[str, Sequence[str]],
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The generated guide with the overlay applied, and the ids of edits with no question to apply to."""
    guide = copy.deepcopy(dict(generated))
    sections: list[dict[str, Any]] = list(guide.get("sections", []))
    if not sections and any(e.added is not None for e in edits.values()):
        sections = [{"key": "yours", "title": "Your questions", "questions": []}]
    guide["sections"] = sections
    keys = section_keys(guide)
    questions: dict[str, dict[str, Any]] = {}
    home: dict[str, str] = {}
    arrival: list[str] = []  # every question id, generated first, in the order met
    for key, section in zip(keys, sections, strict=True):
        for q in section.get("questions", []):
            qid = str(q.get("id"))
            if qid not in questions:
                questions[qid], home[qid] = q, key
                arrival.append(qid)
    for qid, added in edits.items():
        if added.added is not None and qid not in questions:
            questions[qid] = {**added.added, "id": qid}
            home[qid] = added.section if added.section in keys else keys[-1]
            arrival.append(qid)
    for key, ids in orders.items():  # a section's order also claims questions moved into it
        if key in keys:
            for qid in ids:
                if qid in questions:
                    home[qid] = key
    unplaced = tuple(sorted(qid for qid, e in edits.items() if qid not in questions and not e.empty))
    for key, section in zip(keys, sections, strict=True):
        present = [qid for qid in arrival if home[qid] == key]
        ordered = merge_order(present, orders.get(key, ()))
        placed: list[dict[str, Any]] = []
        for qid in ordered:
            change = edits.get(qid)
            if change is not None and change.deleted:
                continue
            question = questions[qid]
            if change is not None and change.text is not None:
                question = {**question, "text": change.text}
            placed.append(question)
        section["questions"] = placed
    return guide, unplaced


def merge_order(present: Sequence[str], order: Sequence[str]) -> list[str]:
    """``present`` arranged by the reader's ``order``; ids the order never saw keep their neighbours.

    A question new in a regenerated guide goes right after the question that
    came before it in the generated order, so it lands where the generator
    meant it to, among the reader's arrangement.
    """
    if not order:
        return list(present)
    known = set(present)
    result = [qid for qid in dict.fromkeys(order) if qid in known]
    placed = set(result)
    for index, qid in enumerate(present):
        if qid in placed:
            continue
        before = next((present[j] for j in range(index - 1, -1, -1) if present[j] in placed), None)
        result.insert(result.index(before) + 1 if before is not None else 0, qid)
        placed.add(qid)
    return result


class GuideStore:
    """The guides of one library, per article and audience."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- generated versions -----------------------------------------------------

    def save_generated(self, article_id: int, audience: str, guide: Mapping[str, Any]) -> int:
        """Store a freshly generated guide as the newest version; returns its version number.

        Saving the same guide as the newest version again adds nothing.
        """
        audience = _check_audience(audience)
        payload = _dump(guide)
        if not isinstance(guide.get("sections", []), list):
            raise InvalidValueError("A guide's sections must be a list.")
        with self._db.write() as conn:
            text = article_text(conn, article_id)
            row = conn.execute(
                "SELECT version, guide_json FROM guide_versions WHERE article_id = ? AND audience = ?"
                " ORDER BY version DESC LIMIT 1",
                (article_id, audience),
            ).fetchone()
            if row is not None and row[1] == payload:
                return int(row[0])
            version = (int(row[0]) if row else 0) + 1
            conn.execute(
                "INSERT INTO guide_versions (article_id, audience, version, guide_json, article_hash,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (article_id, audience, version, payload, content_hash_of_text(text), self._db.now()),
            )
            self._reindex(conn, article_id, audience)
            return version

    def get(self, article_id: int, audience: str, *, version: int | None = None) -> StoredGuide:
        """The guide with the reader's edits (on the newest version unless ``version`` is given)."""
        with self._db.read() as conn:
            return self._stored(conn, article_id, audience, version)

    def has(self, article_id: int, audience: str) -> bool:
        with self._db.read() as conn:
            return self._latest_row(conn, article_id, audience) is not None

    def audiences(self, article_id: int) -> list[str]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT audience FROM guide_versions WHERE article_id = ? ORDER BY audience",
                (article_id,),
            ).fetchall()
        return [str(r[0]) for r in rows]

    # --- the reader's edits (each returns its undo) -------------------------------

    def edit_text(self, article_id: int, audience: str, question_id: str, text: str | None) -> Undoable[None]:
        """Reword a question; ``None`` goes back to the generated wording."""
        if text is not None and not text.strip():
            raise InvalidValueError("A question cannot be empty; delete it instead.")
        return self._change(article_id, audience, question_id, "Edit question", text=text)

    def set_checked(self, article_id: int, audience: str, question_id: str, checked: bool) -> Undoable[None]:
        label = "Check off question" if checked else "Uncheck question"
        return self._change(article_id, audience, question_id, label, checked=checked)

    def delete_question(self, article_id: int, audience: str, question_id: str) -> Undoable[None]:
        return self._change(article_id, audience, question_id, "Delete question", deleted=True)

    def restore_question(self, article_id: int, audience: str, question_id: str) -> Undoable[None]:
        return self._change(article_id, audience, question_id, "Restore question", deleted=False)

    def add_question(
        self,
        article_id: int,
        audience: str,
        section: str,
        text: str,
        *,
        index: int | None = None,
        fields: Mapping[str, Any] | None = None,
    ) -> Undoable[str]:
        """Add the reader's own question to ``section`` (at ``index``, else at the end); returns its id."""
        from guides.library.undo import Batch, Undoable

        if not text.strip():
            raise InvalidValueError("A question needs some text.")
        with self._db.write() as conn:
            stored = self._stored(conn, article_id, audience, None)
            if section not in section_keys(stored.guide):
                raise NotFoundError(f"The guide has no section “{section}”.")
            qid = f"mine-{new_uid()[:12]}"
            question = {**ADDED_QUESTION_DEFAULTS, **(fields or {}), "id": qid, "text": text}
            ids = stored.question_ids(section)
            ids.insert(len(ids) if index is None else max(0, min(index, len(ids))), qid)
            undo_add = self.put_edit(article_id, audience, qid, QuestionEdit(added=question, section=section))
            undo_order = self.put_order(article_id, audience, section, tuple(ids))
            return Undoable(qid, Batch((undo_order, undo_add)), "Add question")

    def move_question(
        self, article_id: int, audience: str, question_id: str, section: str, index: int
    ) -> Undoable[None]:
        """Move a question to position ``index`` of ``section`` (its own or another)."""
        from guides.library.undo import Batch, Undoable

        with self._db.write() as conn:
            stored = self._stored(conn, article_id, audience, None)
            keys = section_keys(stored.guide)
            if section not in keys:
                raise NotFoundError(f"The guide has no section “{section}”.")
            source = next((k for k in keys if question_id in stored.question_ids(k)), None)
            if source is None:
                raise NotFoundError(f"The guide has no question {question_id}.")
            undos: list[Operation] = []
            if source != section:
                ids = [q for q in stored.question_ids(source) if q != question_id]
                undos.append(self.put_order(article_id, audience, source, tuple(ids)))
            ids = [q for q in stored.question_ids(section) if q != question_id]
            ids.insert(max(0, min(index, len(ids))), question_id)
            undos.append(self.put_order(article_id, audience, section, tuple(ids)))
            return Undoable(None, Batch(tuple(reversed(undos))), "Move question")

    def reset(self, article_id: int, audience: str) -> Undoable[None]:
        """Drop every edit of this guide (wording, ticks, deletions, additions, order)."""
        from guides.library.undo import Batch, Undoable

        with self._db.write() as conn:
            stored = self._stored(conn, article_id, audience, None)
            undos = [self.put_edit(article_id, audience, qid, None) for qid in stored.edits]
            undos += [self.put_order(article_id, audience, key, None) for key in stored.orders]
            return Undoable(None, Batch(tuple(reversed(undos))), "Reset guide")

    # --- raw writes (used by undo) ------------------------------------------------

    def put_edit(
        self, article_id: int, audience: str, question_id: str, edit: QuestionEdit | None
    ) -> Operation:
        """Set (or with None, remove) one question's edit; returns the operation that reverses it."""
        from guides.library.undo import PutQuestionEdit

        with self._db.write() as conn:
            previous = self._edits(conn, article_id, audience).get(question_id)
            if edit is None or edit.empty:
                conn.execute(
                    "DELETE FROM guide_edits WHERE article_id = ? AND audience = ? AND question_id = ?",
                    (article_id, audience, question_id),
                )
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO guide_edits (article_id, audience, question_id, text, deleted,"
                    " checked, added_json, section, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article_id,
                        audience,
                        question_id,
                        edit.text,
                        int(edit.deleted),
                        int(edit.checked),
                        None if edit.added is None else _dump(edit.added),
                        edit.section,
                        self._db.now(),
                    ),
                )
            self._reindex(conn, article_id, audience)
        return PutQuestionEdit(article_id, audience, question_id, previous)

    def put_order(
        self, article_id: int, audience: str, section: str, question_ids: tuple[str, ...] | None
    ) -> Operation:
        """Set (or with None, remove) one section's order; returns the operation that reverses it."""
        from guides.library.undo import Batch, PutSectionOrder

        with self._db.write() as conn:
            orders = self._orders(conn, article_id, audience)
            previous = orders.get(section)
            undo: list[Operation] = [PutSectionOrder(article_id, audience, section, previous)]
            if question_ids is None:
                conn.execute(
                    "DELETE FROM guide_order WHERE article_id = ? AND audience = ? AND section = ?",
                    (article_id, audience, section),
                )
            else:
                # A question belongs to one section: take it out of any other section's order
                # (and say how to put it back).
                for key, ids in orders.items():
                    if key != section and set(ids) & set(question_ids):
                        kept = json.dumps([q for q in ids if q not in question_ids])
                        conn.execute(
                            "UPDATE guide_order SET question_ids = ? WHERE article_id = ? AND audience = ?"
                            " AND section = ?",
                            (kept, article_id, audience, key),
                        )
                        undo.append(PutSectionOrder(article_id, audience, key, ids))
                conn.execute(
                    "INSERT OR REPLACE INTO guide_order (article_id, audience, section, question_ids)"
                    " VALUES (?, ?, ?, ?)",
                    (article_id, audience, section, json.dumps(list(question_ids))),
                )
            self._reindex(conn, article_id, audience)
        return undo[0] if len(undo) == 1 else Batch(tuple(undo))

    # --- internals ----------------------------------------------------------------

    def _change(
        self,
        article_id: int,
        audience: str,
        question_id: str,
        label: str,
        **changes: Any,
    ) -> Undoable[None]:
        from guides.library.undo import Undoable

        with self._db.write() as conn:
            stored = self._stored(conn, article_id, audience, None)
            if question_id not in stored.question_ids() and question_id not in stored.edits:
                raise NotFoundError(f"The guide has no question {question_id}.")
            new = replace(stored.edits.get(question_id, QuestionEdit()), **changes)
            undo = self.put_edit(article_id, audience, question_id, new)
            return Undoable(None, undo, label)

    @staticmethod
    def _latest_row(conn: sqlite3.Connection, article_id: int, audience: str) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = conn.execute(
            "SELECT version, guide_json, article_hash, created_at FROM guide_versions"
            " WHERE article_id = ? AND audience = ? ORDER BY version DESC LIMIT 1",
            (article_id, audience),
        ).fetchone()
        return row

    def _stored(
        self, conn: sqlite3.Connection, article_id: int, audience: str, version: int | None
    ) -> StoredGuide:
        if version is None:
            row = self._latest_row(conn, article_id, audience)
        else:
            row = conn.execute(
                "SELECT version, guide_json, article_hash, created_at FROM guide_versions"
                " WHERE article_id = ? AND audience = ? AND version = ?",
                (article_id, audience, version),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"Article {article_id} has no {audience} guide in the library.")
        generated = json.loads(row[1])
        edits = self._edits(conn, article_id, audience)
        orders = self._orders(conn, article_id, audience)
        guide, unplaced = apply_edits(generated, edits, orders)
        named = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
        if named is not None and "title" in guide:
            guide["title"] = str(named[0])  # the article's name now, should the reader have renamed it
        versions = tuple(
            GuideVersion(int(v), str(c), str(h))
            for v, c, h in conn.execute(
                "SELECT version, created_at, article_hash FROM guide_versions"
                " WHERE article_id = ? AND audience = ? ORDER BY version",
                (article_id, audience),
            )
        )
        return StoredGuide(
            article_id=article_id,
            audience=audience,
            version=int(row[0]),
            created_at=str(row[3]),
            generated=generated,
            guide=guide,
            edits=edits,
            orders=orders,
            checked=frozenset(qid for qid, e in edits.items() if e.checked),
            unplaced=unplaced,
            stale=str(row[2]) != _article_hash(conn, article_id),
            versions=versions,
        )

    @staticmethod
    def _edits(conn: sqlite3.Connection, article_id: int, audience: str) -> dict[str, QuestionEdit]:
        rows = conn.execute(
            "SELECT question_id, text, deleted, checked, added_json, section FROM guide_edits"
            " WHERE article_id = ? AND audience = ? ORDER BY question_id",
            (article_id, audience),
        ).fetchall()
        return {
            str(qid): QuestionEdit(
                text=text,
                deleted=bool(deleted),
                checked=bool(checked),
                added=None if added is None else json.loads(added),
                section=section,
            )
            for qid, text, deleted, checked, added, section in rows
        }

    @staticmethod
    def _orders(conn: sqlite3.Connection, article_id: int, audience: str) -> dict[str, tuple[str, ...]]:
        rows = conn.execute(
            "SELECT section, question_ids FROM guide_order WHERE article_id = ? AND audience = ?",
            (article_id, audience),
        ).fetchall()
        return {str(key): tuple(json.loads(ids)) for key, ids in rows}

    def _reindex(self, conn: sqlite3.Connection, article_id: int, audience: str) -> None:
        if self._latest_row(conn, article_id, audience) is None:
            return
        stored = self._stored(conn, article_id, audience, None)
        pairs = [
            (str(q["id"]), str(q.get("text", "")))
            for s in stored.guide.get("sections", [])
            for q in s.get("questions", [])
        ]
        search.index_questions(conn, article_id, audience, pairs)


def _check_audience(audience: str) -> str:
    cleaned = audience.strip()
    if not cleaned or "/" in cleaned:
        raise InvalidValueError(f"“{audience}” is not an audience name.")
    return cleaned


def _dump(data: Mapping[str, Any]) -> str:
    try:
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError) as err:
        raise InvalidValueError(f"The guide is not plain JSON data ({err}).") from None


def _article_hash(conn: sqlite3.Connection, article_id: int) -> str:
    """The content hash the library keeps for the article's text (the articles store keeps it
    with every text it writes): reading a guide neither extracts the text nor hashes it again."""
    row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no article {article_id} in the library.")
    return str(row[0])
