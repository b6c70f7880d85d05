"""Deleting an article moves it whole to the trash in the library file; restoring it is exact."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from guides.article import BlockDraft, build_article
from guides.library import Library, NotFoundError, RestoreArticle, StaleOperationError, TrashArticle

GUIDE = {
    "sections": [
        {"key": "talk", "questions": [{"id": "q1", "text": "What helps you feel heard?"}]},
        {"key": "commit", "questions": [{"id": "q2", "text": "What will you try this week?"}]},
    ]
}
BODY = ["Trust grows slowly in a marriage.", "Listen when your partner is struggling, and do not rush."]

# Every table but the search index's own bookkeeping (its row ids may differ; what it finds may not).
TABLES = (
    "articles",
    "article_tags",
    "readers",
    "annotations",
    "annotation_tags",
    "guide_versions",
    "guide_edits",
    "guide_order",
    "guide_answers",
    "series",
    "series_articles",
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as lib:
        yield lib


def add_article(library: Library, title: str = "On trust", source: str | None = "/t.txt") -> int:
    """An article; another title gets another text too (the same text would be the same article)."""
    body = BODY if title == "On trust" else [*BODY, f"A closing word about {title}."]
    article = build_article([BlockDraft("paragraph", p) for p in body], title=title, source=source)
    return library.articles.add(article, tags=["marriage"]).article_id


@pytest.fixture
def article_id(library: Library) -> int:
    """An article with everything that can hang on it: tags, notes, a guide with edits, answers, a series."""
    ident = add_article(library)
    library.guides.save_generated(ident, "couple", GUIDE)
    library.guides.edit_text(ident, "couple", "q1", "What helps you feel heard at home?")
    library.guides.set_checked(ident, "couple", "q2", True)
    library.answers.write(ident, "couple", "will", "Walk together on Sunday")
    library.annotations.add_quote(ident, "do not rush", note="We both do this", reader="Anna", tags=["us"])
    library.annotations.add_quote(ident, "Trust grows", color="green", reader="Ben")
    library.series.create_undoable("Autumn", article_ids=(add_article(library, "Another", "/a.txt"), ident))
    return ident


def everything(library: Library) -> dict[str, Any]:
    """The whole library file, table by table, and what a search finds."""
    conn = library.db.connection
    tables = {table: sorted(map(tuple, conn.execute(f"SELECT * FROM {table}"))) for table in TABLES}
    hits = sorted((h.kind, h.ref, h.snippet) for h in library.search("heard OR rush OR trust OR both"))
    return {**tables, "hits": hits}


def listed(library: Library) -> list[int]:
    return [a.id for a in library.articles.all()]


def test_delete_then_restore_gives_back_exactly_what_was_there(library: Library, article_id: int) -> None:
    before = everything(library)
    done = library.trash.delete(article_id)
    assert article_id not in listed(library)
    assert done.value.notes == 2 and done.value.guides == 1 and done.value.title == "On trust"
    assert done.undo == RestoreArticle(article_id)
    assert not [h for h in library.search("rush OR heard") if h.article_id == article_id]

    redo = library.apply(done.undo)
    assert redo == TrashArticle(article_id)
    assert everything(library) == before
    assert library.trash.all() == []

    assert library.apply(redo) == RestoreArticle(article_id)  # redo deletes it again
    assert article_id not in listed(library)
    library.apply(RestoreArticle(article_id))
    assert everything(library) == before


def test_notes_survive_delete_and_restore_with_their_ids(library: Library, article_id: int) -> None:
    notes = library.annotations.for_article(article_id)
    library.trash.delete(article_id)
    with pytest.raises(NotFoundError):
        library.annotations.get(notes[0].id)
    library.trash.restore(article_id)
    assert library.annotations.for_article(article_id) == notes
    assert library.annotations.get(notes[0].id).note in {"We both do this", ""}


def test_a_crash_after_deleting_keeps_the_article_in_the_trash_not_in_the_list(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    first = Library(path)
    ident = add_article(first)
    first.annotations.add_quote(ident, "do not rush", note="Ours")
    first.trash.delete(ident)
    # The process dies here: no close, no purge. Another opening reads the file as the disk has it.
    with Library(path) as after:
        assert ident not in listed(after)
        assert [t.article_id for t in after.trash.all()] == [ident]
        after.trash.restore(ident)
        assert [n.note for n in after.annotations.for_article(ident)] == ["Ours"]
    first.db.connection.close()


def test_purge_empties_what_waited_long_enough_or_everything(tmp_path: Path) -> None:
    now = [datetime(2026, 3, 1, 12, tzinfo=UTC)]
    with Library(tmp_path / "library.sqlite3", clock=lambda: now[0]) as library:
        old, new = add_article(library, "Old", "/old.txt"), add_article(library, "New", "/new.txt")
        library.trash.delete(old)
        now[0] += timedelta(days=20)
        library.trash.delete(new)
        now[0] += timedelta(days=15)
        assert library.trash.purge(older_than_days=30) == 1
        assert [t.article_id for t in library.trash.all()] == [new]
        with pytest.raises(StaleOperationError):
            library.apply(RestoreArticle(old))
        assert library.trash.purge() == 1
        assert library.trash.all() == []


def test_a_restore_meets_what_changed_while_it_was_in_the_trash(library: Library, article_id: int) -> None:
    series = library.series.all()[0]
    anna = next(r for r in library.readers.all() if r.name == "Anna")
    library.trash.delete(article_id)
    # Meanwhile: the same source is imported again, the reader is removed, the series reordered.
    again = add_article(library, "On trust, again")
    library.readers.delete(anna.id)
    library.series.add_article(series.id, again, index=0)

    library.trash.restore(article_id)
    assert sorted(listed(library)) == sorted([*series.article_ids, again])
    restored = library.articles.get(article_id).summary
    assert restored.title == "On trust" and restored.source is None  # the source belongs to the new one
    assert library.annotations.for_article(article_id)[-1].reader == "Anna"
    assert library.series.get(series.id).article_ids == (again, series.article_ids[0], article_id)


def test_deleting_a_missing_article_changes_nothing(library: Library) -> None:
    with pytest.raises(NotFoundError):
        library.trash.delete(99)
    assert library.trash.all() == []


def test_the_trash_is_a_table_of_the_library_file(library: Library, article_id: int) -> None:
    library.trash.delete(article_id)
    conn = sqlite3.connect(library.path)
    try:
        assert conn.execute("SELECT article_id, title FROM trash").fetchall() == [(article_id, "On trust")]
    finally:
        conn.close()
