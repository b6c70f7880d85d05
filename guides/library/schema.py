"""The library's tables, as forward migrations.

``PRAGMA user_version`` holds the number of migrations applied. Each
migration is a tuple of statements run in one transaction together with the
version bump, so a library is always at exactly one version. Migrations are
only ever appended: a released one is never edited.

Statements are run one by one (never with ``executescript``, which would
commit the surrounding transaction).
"""

from __future__ import annotations

APPLICATION_ID = 0x50524C42  # "PRLB": marks the file as a Porchlight library

_V1: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        source TEXT,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        author TEXT,
        site TEXT,
        date TEXT,
        language TEXT,
        word_count INTEGER NOT NULL,
        article_json TEXT NOT NULL,
        added_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        opened_at TEXT
    )
    """,
    "CREATE UNIQUE INDEX articles_by_source ON articles(source) WHERE source IS NOT NULL",
    "CREATE INDEX articles_by_hash ON articles(content_hash)",
    """
    CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX article_tags_by_tag ON article_tags(tag)",
    """
    CREATE TABLE readers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE annotations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        reader_id INTEGER REFERENCES readers(id) ON DELETE SET NULL,
        color TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        anchor_start INTEGER NOT NULL,
        anchor_end INTEGER NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('anchored', 'orphan')),
        confidence REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX annotations_by_article ON annotations(article_id, anchor_start)",
    "CREATE INDEX annotations_by_reader ON annotations(reader_id)",
    """
    CREATE TABLE annotation_tags (
        annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (annotation_id, tag)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag)",
    """
    CREATE TABLE guide_versions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        audience TEXT NOT NULL,
        version INTEGER NOT NULL,
        guide_json TEXT NOT NULL,
        article_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (article_id, audience, version)
    )
    """,
    """
    CREATE TABLE guide_edits (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        audience TEXT NOT NULL,
        question_id TEXT NOT NULL,
        text TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        checked INTEGER NOT NULL DEFAULT 0,
        added_json TEXT,
        section TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (article_id, audience, question_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE guide_order (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        audience TEXT NOT NULL,
        section TEXT NOT NULL,
        question_ids TEXT NOT NULL,
        PRIMARY KEY (article_id, audience, section)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE series (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE series_articles (
        series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (series_id, article_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX series_articles_by_article ON series_articles(article_id)",
    # One full-text index over what a reader searches: article text (the kept
    # text only, never removed comments or spam), notes, and guide questions.
    # search_docs says what each FTS row is; its id is the FTS rowid, so rows
    # are found and deleted by key rather than by scanning the index.
    """
    CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('article', 'note', 'question')),
        article_id INTEGER NOT NULL,
        ref TEXT NOT NULL,
        UNIQUE (kind, ref)
    )
    """,
    "CREATE INDEX search_docs_by_article ON search_docs(article_id)",
    """
    CREATE VIRTUAL TABLE search_index USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
)

_V2: tuple[str, ...] = (
    # Rank with bm25, a title match counting four times a body match, as the
    # index's own ``rank``: then ``ORDER BY rank LIMIT n`` lets FTS5 hand back
    # the best rows first, and snippets are made only for those (five times
    # faster on a common word in 10,000 articles than sorting bm25() in SQL).
    "INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(4.0, 1.0)')",
)

_V3: tuple[str, ...] = (
    # The name the reader gave an article (None: the name the import found).
    # ``title`` holds the name shown; a re-import keeps the reader's.
    "ALTER TABLE articles ADD COLUMN reader_title TEXT",
)

_V4: tuple[str, ...] = (
    # What readers wrote on a guide's "I will ..." lines (guides/library/answers.py).
    """
    CREATE TABLE guide_answers (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        audience TEXT NOT NULL,
        key TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (article_id, audience, key)
    ) WITHOUT ROWID
    """,
)

_V5: tuple[str, ...] = (
    # The library list reads its columns from this index alone: in the table they sit after
    # the article's JSON (several pages long), which every row would otherwise be read through.
    # Its order is the list's (newest first, read backwards), so no sort is needed either.
    """
    CREATE INDEX articles_listing ON articles(
        added_at, id, uid, title, source, author, site, date, language, word_count, updated_at, opened_at
    )
    """,
    # What the app keeps of an article's analysis (its reader marks), by the text's content hash
    # and the engine that made it, so that opening an article again does not analyse it again.
    """
    CREATE TABLE derived (
        content_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        engine TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (content_hash, kind)
    ) WITHOUT ROWID
    """,
)

_V6: tuple[str, ...] = (
    # Deleted articles, each whole in one row until restored or purged (guides/library/trash.py):
    # ``contents`` holds the article's rows of every table as JSON, so restoring puts them back
    # exactly, and a crash between deleting and closing leaves the article here, not back in the list.
    """
    CREATE TABLE trash (
        article_id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        notes INTEGER NOT NULL,
        guides INTEGER NOT NULL,
        contents TEXT NOT NULL
    )
    """,
    "CREATE INDEX trash_by_time ON trash(deleted_at)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4, _V5, _V6)
"""``MIGRATIONS[n]`` takes a library from version ``n`` to ``n + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The version this Porchlight writes; a newer library is refused, an older one migrated."""
