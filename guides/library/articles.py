"""Articles in the library: the cleaned Article, what was removed, tags, and when.

Each article is stored as the JSON of :func:`guides.article.article_to_dict`
(blocks, text, removed pieces and metadata together), so what the library
gives back is exactly what was imported. Adding an article that is already
there (the same path or URL, or the same text from somewhere else) updates it
in place: its id, tags, guides and annotations stay, and the annotations are
re-anchored on the new text.

The reader may rename an article (:meth:`ArticleStore.rename`, undoable).
The name they give is kept beside the import (``reader_title``), shown
everywhere the article's title is (the list, search, guides, worksheets) and
kept when the article is imported again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag

from guides.article import Article, article_from_dict, article_to_dict
from guides.library import search
from guides.library.annotations import ReanchorReport, article_text, clean_tags, reanchor_article
from guides.library.db import Database, new_uid
from guides.library.errors import InvalidValueError, LibraryDamagedError, NotFoundError

if TYPE_CHECKING:
    # Undo operations are made by the writes only: a start that reads loads none of them.
    from guides.library.undo import Operation, Undoable


@dataclass(frozen=True)
class ArticleSummary:
    """What a list of articles shows, without loading the text."""

    id: int
    uid: str
    title: str
    source: str | None
    author: str | None
    site: str | None
    date: str | None
    language: str | None
    word_count: int
    tags: tuple[str, ...]
    annotation_count: int
    added_at: str
    updated_at: str
    opened_at: str | None


@dataclass(frozen=True)
class StoredArticle:
    """An article as the library holds it: the Article and its bookkeeping."""

    summary: ArticleSummary
    article: Article
    content_hash: str

    @property
    def id(self) -> int:
        return self.summary.id


@dataclass(frozen=True)
class SaveResult:
    """The outcome of adding an article: its id, whether it was new, and the re-anchoring."""

    article_id: int
    created: bool
    reanchored: ReanchorReport


def source_key(source: str | None) -> str | None:
    """The identity of a source: its path, or its URL without the #fragment. None for a paste."""
    if source is None:
        return None
    key = source.strip()
    if not key or key == "-":
        return None
    if key.lower().startswith(("http://", "https://")):
        key = urldefrag(key)[0]
    return key


def content_hash(article: Article) -> str:
    """What makes two imports "the same content": a digest of the cleaned text."""
    return content_hash_of_text(article.text)


def content_hash_of_text(text: str) -> str:
    import hashlib  # here: a start reads the hashes kept, and OpenSSL's module is 2 ms to load

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


MAX_TITLE = 300
"""The longest name a reader may give an article (a headline over 100 characters fits)."""

_SUMMARY = (
    "SELECT a.id, a.uid, a.title, a.source, a.author, a.site, a.date, a.language, a.word_count,"
    " a.added_at, a.updated_at, a.opened_at"
    " FROM articles a"
)
"""The list's columns, read from the listing index (schema version 5), never the article's JSON."""


class ArticleStore:
    """The articles of one library."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, article: Article, *, tags: Iterable[str] = ()) -> SaveResult:
        """Add ``article``, or update the one with the same source or the same text.

        On an update the id, tags (``tags`` are added to them), guides and
        annotations stay; the annotations are re-anchored on the new text.
        """
        key = source_key(article.source)
        digest = content_hash(article)
        with self._db.write() as conn:
            row = None
            if key is not None:
                row = conn.execute("SELECT id FROM articles WHERE source = ?", (key,)).fetchone()
            if row is None:
                row = conn.execute(
                    "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", (digest,)
                ).fetchone()
            if row is None:
                article_id = self._insert(conn, article, key, digest)
                report = ReanchorReport()
                created = True
            else:
                article_id = int(row[0])
                report = self._replace(conn, article_id, article, key)
                created = False
            self._add_tags(conn, article_id, clean_tags(tags))
        return SaveResult(article_id, created, report)

    def update(self, article_id: int, article: Article) -> SaveResult:
        """Replace an article's content (an edit, a restored comment, better cleaning).

        The annotations are re-anchored on the new text; the source stays.
        """
        with self._db.write() as conn:
            self._require(conn, article_id)
            reader_title = conn.execute(
                "SELECT reader_title FROM articles WHERE id = ?", (article_id,)
            ).fetchone()[0]
            if reader_title is not None and article.title == reader_title:
                # The article as the app shows it carries the reader's name; the import's stays stored.
                article = replace(article, title=self._imported_title(conn, article_id))
            report = self._replace(conn, article_id, article, None)
        return SaveResult(article_id, False, report)

    def get(self, article_id: int) -> StoredArticle:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT article_json, content_hash, reader_title FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"There is no article {article_id} in the library.")
            summary = self._summaries(conn, "WHERE a.id = ?", [article_id])[0]
        article = _article(str(row[0]), article_id)
        if row[2] is not None:
            article = replace(article, title=str(row[2]))
        return StoredArticle(summary, article, str(row[1]))

    def article(self, article_id: int) -> Article:
        return self.get(article_id).article

    def text(self, article_id: int) -> str:
        with self._db.read() as conn:
            return article_text(conn, article_id)

    def all(self, *, tag: str | None = None, series_id: int | None = None) -> list[ArticleSummary]:
        """Summaries, most recently added first (in series order when ``series_id`` is given)."""
        where: list[str] = []
        params: list[object] = []
        order = "ORDER BY a.added_at DESC, a.id DESC"
        if tag is not None:
            where.append("EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = ?)")
            params.append(tag)
        if series_id is not None:
            where.append(
                "EXISTS (SELECT 1 FROM series_articles s WHERE s.article_id = a.id AND s.series_id = ?)"
            )
            order = (
                "ORDER BY (SELECT position FROM series_articles s WHERE s.article_id = a.id"
                " AND s.series_id = ?)"
            )
            params.extend([series_id, series_id])
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        with self._db.read() as conn:
            return self._summaries(conn, f"{clause} {order}", params)

    def find(self, *, source: str | None = None, article: Article | None = None) -> int | None:
        """The id of the article with this source, or with this article's text."""
        with self._db.read() as conn:
            key = source_key(source)
            if key is not None:
                row = conn.execute("SELECT id FROM articles WHERE source = ?", (key,)).fetchone()
                if row is not None:
                    return int(row[0])
            if article is not None:
                row = conn.execute(
                    "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                    (content_hash(article),),
                ).fetchone()
                if row is not None:
                    return int(row[0])
        return None

    def by_source(self, source: str) -> tuple[int, str] | None:
        """The id and content hash of the article imported from ``source``, without reading it."""
        key = source_key(source)
        if key is None:
            return None
        with self._db.read() as conn:
            row = conn.execute("SELECT id, content_hash FROM articles WHERE source = ?", (key,)).fetchone()
        return (int(row[0]), str(row[1])) if row is not None else None

    def rename(self, article_id: int, title: str) -> Undoable[None]:
        """Give the article the reader's name for it; the undo puts the name before back.

        Spaces are tidied; an empty name is refused. Naming it what the import
        found goes back to that name (and a later import's name shows again).
        """
        from guides.library.undo import Undoable

        name = " ".join(title.split())
        if not name:
            raise InvalidValueError("An article needs a name.")
        if len(name) > MAX_TITLE:
            raise InvalidValueError(f"A name is at most {MAX_TITLE} characters long.")
        with self._db.write() as conn:
            self._require(conn, article_id)
            imported = self._imported_title(conn, article_id)
            undo = self.put_title(article_id, None if name == imported else name)
        return Undoable(None, undo, "Rename article")

    def put_title(self, article_id: int, title: str | None) -> Operation:
        """Set (or with None, drop) the reader's name; returns the operation that reverses it."""
        from guides.library.undo import PutArticleTitle

        with self._db.write() as conn:
            row = conn.execute("SELECT reader_title FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"There is no article {article_id} in the library.")
            shown = title if title is not None else self._imported_title(conn, article_id)
            conn.execute(
                "UPDATE articles SET reader_title = ?, title = ?, updated_at = ? WHERE id = ?",
                (title, shown, self._db.now(), article_id),
            )
            search.index_article(conn, article_id, shown, article_text(conn, article_id))
        return PutArticleTitle(article_id, row[0])

    def set_tags(self, article_id: int, tags: Iterable[str]) -> None:
        with self._db.write() as conn:
            self._require(conn, article_id)
            conn.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
            self._add_tags(conn, article_id, clean_tags(tags))

    def tags(self) -> list[tuple[str, int]]:
        """Every article tag with how many articles carry it."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT tag, count(*) FROM article_tags GROUP BY tag ORDER BY tag").fetchall()
        return [(str(t), int(n)) for t, n in rows]

    def mark_opened(self, article_id: int) -> None:
        with self._db.write() as conn:
            self._require(conn, article_id)
            conn.execute("UPDATE articles SET opened_at = ? WHERE id = ?", (self._db.now(), article_id))

    def delete(self, article_id: int) -> None:
        """Delete an article with its annotations, guides and place in series."""
        with self._db.write() as conn:
            self._require(conn, article_id)
            search.unindex_article(conn, article_id)
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    # --- internals -------------------------------------------------------------

    def _insert(self, conn: sqlite3.Connection, article: Article, key: str | None, digest: str) -> int:
        now = self._db.now()
        cursor = conn.execute(
            "INSERT INTO articles (uid, source, content_hash, title, author, site, date, language,"
            " word_count, article_json, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_uid(), key, digest, *_columns(article), now, now),
        )
        article_id = int(cursor.lastrowid or 0)
        search.index_article(conn, article_id, article.title, article.text)
        return article_id

    def _replace(
        self, conn: sqlite3.Connection, article_id: int, article: Article, key: str | None
    ) -> ReanchorReport:
        old_text = article_text(conn, article_id)
        conn.execute(
            "UPDATE articles SET source = coalesce(source, ?), content_hash = ?, title = ?, author = ?,"
            " site = ?, date = ?, language = ?, word_count = ?, article_json = ?, updated_at = ?"
            " WHERE id = ?",
            (key, content_hash(article), *_columns(article), self._db.now(), article_id),
        )
        # The name the reader gave it outlives a new import's idea of the title.
        conn.execute("UPDATE articles SET title = coalesce(reader_title, title) WHERE id = ?", (article_id,))
        shown = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        search.index_article(conn, article_id, str(shown), article.text)
        return reanchor_article(conn, article_id, old_text, article.text)

    @staticmethod
    def _imported_title(conn: sqlite3.Connection, article_id: int) -> str:
        raw = conn.execute("SELECT article_json FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        return _article(str(raw), article_id).title

    @staticmethod
    def _add_tags(conn: sqlite3.Connection, article_id: int, tags: Sequence[str]) -> None:
        conn.executemany(
            "INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)",
            [(article_id, tag) for tag in tags],
        )

    @staticmethod
    def _require(conn: sqlite3.Connection, article_id: int) -> None:
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
            raise NotFoundError(f"There is no article {article_id} in the library.")

    @staticmethod
    def _summaries(conn: sqlite3.Connection, tail: str, params: Sequence[object]) -> list[ArticleSummary]:
        rows = conn.execute(f"{_SUMMARY} {tail}", params).fetchall()
        tags: dict[int, list[str]] = {}
        notes: dict[int, int] = {}
        if rows:
            ids = [int(r[0]) for r in rows]
            marks = ", ".join("?" for _ in ids) if len(ids) < 900 else None
            sql = "SELECT article_id, tag FROM article_tags"
            sql += f" WHERE article_id IN ({marks}) ORDER BY tag" if marks else " ORDER BY tag"
            for ident, tag in conn.execute(sql, ids if marks else ()):
                tags.setdefault(int(ident), []).append(str(tag))
            # One pass over the notes' index, not a count per row.
            sql = "SELECT article_id, count(*) FROM annotations"
            sql += f" WHERE article_id IN ({marks}) GROUP BY article_id" if marks else " GROUP BY article_id"
            notes = {int(ident): int(count) for ident, count in conn.execute(sql, ids if marks else ())}
        return [
            ArticleSummary(
                id=int(r[0]),
                uid=str(r[1]),
                title=str(r[2]),
                source=r[3],
                author=r[4],
                site=r[5],
                date=r[6],
                language=r[7],
                word_count=int(r[8]),
                tags=tuple(tags.get(int(r[0]), ())),
                annotation_count=notes.get(int(r[0]), 0),
                added_at=str(r[9]),
                updated_at=str(r[10]),
                opened_at=r[11],
            )
            for r in rows
        ]


def _columns(article: Article) -> tuple[Any, ...]:
    """title, author, site, date, language, word_count, article_json."""
    return (
        article.title,
        article.author,
        article.site,
        article.date,
        article.language,
        article.word_count,
        json.dumps(article_to_dict(article), ensure_ascii=False, separators=(",", ":")),
    )


def _article(raw: str, article_id: int) -> Article:
    try:
        return article_from_dict(json.loads(raw))
    except (ValueError, KeyError, TypeError) as err:
        raise LibraryDamagedError(f"Article {article_id} is damaged in the library ({err}).") from None
