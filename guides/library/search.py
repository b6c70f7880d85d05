"""Full-text search across articles, notes and guide questions (SQLite FTS5).

The index uses ``unicode61 remove_diacritics 2``, so "cafe" finds "café" and
"Genese" finds "Genèse". Only what a reader keeps is indexed: an article's
text (never its removed comments and spam), note text, and the questions of
the guide as the reader edited it (deleted questions drop out, added ones
come in). The stores keep the index current inside their own transactions.

What a reader types is never passed to FTS5 as query syntax: each word
becomes a quoted term (a trailing ``*`` keeps prefix search), and a quoted
phrase stays a phrase, so a stray quote or hyphen cannot raise an error.

A long article is indexed in parts of about 2,000 words, each its own FTS
row (refs ``"12"``, ``"12#2"``, ...), and a search reports each article once,
at its best part. FTS5's ``snippet()`` takes time that grows with the square
of a word's occurrences in one row: a book in one row made a search for
"the" take minutes, and a hostile page of 136,000 "a"s over two; in parts it
stays in milliseconds.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, cast

HitKind = Literal["article", "note", "question"]
HIT_KINDS: tuple[HitKind, ...] = ("article", "note", "question")

_TERM = r'"([^"]*)"|(\S+)'
"""A phrase in quotes or a word; re compiles it on the first search (and keeps it), not at a start."""

PART_CHARS = 12_000
"""About 2,000 words: the most text one FTS row holds (see the module's note on snippets)."""


@dataclass(frozen=True)
class SearchHit:
    """One match: what it is, which article, and a snippet with the match marked.

    ``ref`` says which thing inside the article matched: the article id for an
    article, the annotation id for a note, ``"<audience>/<question id>"`` for
    a guide question.
    """

    kind: HitKind
    article_id: int
    title: str
    snippet: str
    ref: str
    rank: float


def fts_query(text: str) -> str:
    """A safe FTS5 query for what a reader typed.

    Every word must match; "a phrase in quotes" matches as a phrase; a word
    ending in ``*`` matches as a prefix; ``OR`` in capitals between two terms
    means either. Nothing else is query syntax.
    """
    parts: list[str] = []
    for phrase, word in re.findall(_TERM, text):
        if word == "OR":
            if parts and parts[-1] != "OR":
                parts.append("OR")
        elif phrase.strip():
            parts.append(_quoted(phrase))
        elif word:
            core = word.rstrip("*")
            if re.search(r"\w", core):
                parts.append(_quoted(core) + ("*" if word.endswith("*") else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    kinds: Iterable[HitKind] | None = None,
    tag: str | None = None,
    reader: str | None = None,
    series_id: int | None = None,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Hits for ``query``, best first.

    ``tag`` keeps articles (and their questions) with that tag and notes with
    that tag; ``reader`` keeps only notes by that reader; ``series_id`` keeps
    hits in articles of that series.
    """
    match = fts_query(query)
    if not match:
        return []
    where = ["search_index MATCH ?"]
    params: list[object] = [mark[0], mark[1], match]
    wanted = tuple(dict.fromkeys(kinds)) if kinds is not None else HIT_KINDS
    if reader is not None:
        wanted = tuple(k for k in wanted if k == "note")
        where.append(
            "EXISTS (SELECT 1 FROM annotations n JOIN readers r ON r.id = n.reader_id"
            " WHERE n.id = CAST(d.ref AS INTEGER) AND r.name = ?)"
        )
        params.append(reader)
    if not wanted:
        return []
    where.append(f"d.kind IN ({', '.join('?' for _ in wanted)})")
    params.extend(wanted)
    if tag is not None:
        where.append(
            "(EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = d.article_id AND t.tag = ?)"
            " OR (d.kind = 'note' AND EXISTS (SELECT 1 FROM annotation_tags t"
            " WHERE t.annotation_id = CAST(d.ref AS INTEGER) AND t.tag = ?)))"
        )
        params.extend([tag, tag])
    if series_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM series_articles s WHERE s.article_id = d.article_id AND s.series_id = ?)"
        )
        params.append(series_id)
    # The index is the outer loop (CROSS JOIN) and ORDER BY its own rank (bm25, see
    # the schema), so FTS5 yields the best rows first and snippets are made only for
    # the rows read: reading stops at ``limit`` hits, a long article's parts counted once.
    sql = (
        "SELECT d.kind, d.article_id, d.ref, a.title, snippet(search_index, -1, ?, ?, '…', 16), rank"
        " FROM search_index CROSS JOIN search_docs d ON d.id = search_index.rowid"
        " CROSS JOIN articles a ON a.id = d.article_id"
        f" WHERE {' AND '.join(where)} ORDER BY rank"
    )
    hits: dict[tuple[str, str], SearchHit] = {}
    for k, aid, ref, t, s, r in conn.execute(sql, params):
        ref = str(ref).split("#", 1)[0]  # a part of a long article is the article
        key = (str(k), ref)
        if key in hits:
            continue
        hits[key] = SearchHit(
            kind=k,
            article_id=int(aid),
            title=str(t),
            snippet=" ".join(str(s).split()),
            ref=ref.split("/", 1)[1] if k == "question" else ref,  # stored as "<article>/..."
            rank=float(r),
        )
        if len(hits) >= max(1, limit):
            break
    return list(hits.values())


# --- keeping the index current (called by the stores, inside their transactions) ---


def index_article(conn: sqlite3.Connection, article_id: int, title: str, text: str) -> None:
    """Index an article's title and text, a long text in parts (the title only with the first)."""
    parts = text_parts(text)
    refs = [str(article_id)] + [f"{article_id}#{n}" for n in range(2, len(parts) + 1)]
    old = [
        str(r[0])
        for r in conn.execute(
            "SELECT ref FROM search_docs WHERE article_id = ? AND kind = 'article'", (article_id,)
        )
    ]
    unindex(conn, "article", [ref for ref in old if ref not in refs])
    for number, (ref, part) in enumerate(zip(refs, parts, strict=True)):
        _put(conn, "article", article_id, ref, title if number == 0 else "", part)


def text_parts(text: str, size: int = PART_CHARS) -> list[str]:
    """``text`` in parts of at most about ``size`` characters, cut at a line break or a space."""
    parts: list[str] = []
    start = 0
    while len(text) - start > size:
        end = text.rfind("\n", start + size // 2, start + size)
        if end < 0:
            end = text.rfind(" ", start + size // 2, start + size)
        if end < 0:
            end = start + size
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return parts


def index_note(conn: sqlite3.Connection, annotation_id: int, article_id: int, note: str) -> None:
    """Index a note's text; a highlight without a note has nothing to find."""
    if note.strip():
        _put(conn, "note", article_id, str(annotation_id), "", note)
    else:
        unindex(conn, "note", [str(annotation_id)])


def index_questions(
    conn: sqlite3.Connection, article_id: int, audience: str, questions: Sequence[tuple[str, str]]
) -> None:
    """Replace the indexed questions of one guide with ``(question id, text)`` pairs."""
    stem = f"{article_id}/{audience}/"
    old = [
        str(r[0])
        for r in conn.execute(
            "SELECT ref FROM search_docs WHERE article_id = ? AND kind = 'question'", (article_id,)
        )
        if str(r[0]).startswith(stem)
    ]
    unindex(conn, "question", old)
    for question_id, text in questions:
        if text.strip():
            _put(conn, "question", article_id, stem + question_id, "", text)


def unindex(conn: sqlite3.Connection, kind: HitKind, refs: Iterable[str]) -> None:
    for ref in refs:
        row = conn.execute("SELECT id FROM search_docs WHERE kind = ? AND ref = ?", (kind, ref)).fetchone()
        if row is not None:
            conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
            conn.execute("DELETE FROM search_docs WHERE id = ?", (row[0],))


def unindex_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Drop everything indexed for an article: its text, its notes, its questions."""
    ids = [r[0] for r in conn.execute("SELECT id FROM search_docs WHERE article_id = ?", (article_id,))]
    for doc_id in ids:
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (doc_id,))
    conn.execute("DELETE FROM search_docs WHERE article_id = ?", (article_id,))


def documents_of(conn: sqlite3.Connection, article_id: int) -> list[tuple[str, str, str, str]]:
    """What is indexed for an article, as ``(kind, ref, title, body)``: enough to index it again as it was."""
    rows = conn.execute(
        "SELECT d.kind, d.ref, i.title, i.body FROM search_docs d JOIN search_index i ON i.rowid = d.id"
        " WHERE d.article_id = ? ORDER BY d.id",
        (article_id,),
    ).fetchall()
    return [(str(k), str(r), str(t), str(b)) for k, r, t, b in rows]


def index_documents(
    conn: sqlite3.Connection, article_id: int, documents: Iterable[tuple[str, str, str, str]]
) -> None:
    """Index again what :func:`documents_of` read (an article coming back from the trash)."""
    for kind, ref, title, body in documents:
        if kind in ("article", "note", "question"):
            _put(conn, cast(HitKind, kind), article_id, ref, title, body)


def _put(conn: sqlite3.Connection, kind: HitKind, article_id: int, ref: str, title: str, body: str) -> None:
    row = conn.execute("SELECT id FROM search_docs WHERE kind = ? AND ref = ?", (kind, ref)).fetchone()
    if row is None:
        cursor = conn.execute(
            "INSERT INTO search_docs (kind, article_id, ref) VALUES (?, ?, ?)", (kind, article_id, ref)
        )
        doc_id = cursor.lastrowid
    else:
        doc_id = row[0]
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (doc_id,))
    conn.execute("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", (doc_id, title, body))
