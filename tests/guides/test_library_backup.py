"""Backups: one self-contained file, restore that refuses bad files untouched, daily rotation."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from guides.article import BlockDraft, build_article
from guides.library import SCHEMA_VERSION, BackupError, Library, LibraryTooNewError, inspect_backup


def add_article(library: Library, words: str, source: str) -> int:
    article = build_article([BlockDraft("paragraph", words)], title=words.split()[0], source=source)
    return library.articles.add(article).article_id


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "home" / "library.sqlite3") as lib:
        yield lib


def test_a_backup_is_one_consistent_file_that_restores(library: Library, tmp_path: Path) -> None:
    article_id = add_article(library, "Trust grows slowly.", "/a.txt")
    library.annotations.add_quote(article_id, "grows", note="Ours", reader="Anna")
    (tmp_path / "out").mkdir()
    target = library.backup(tmp_path / "out" / "porchlight-backup.sqlite3")
    assert target.is_file()
    assert not Path(f"{target}-wal").exists() and not Path(f"{target}-journal").exists()
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left behind
    info = inspect_backup(target)
    assert (info.articles, info.annotations, info.schema_version) == (1, 1, SCHEMA_VERSION)

    add_article(library, "Something added after the backup.", "/b.txt")
    library.annotations.delete(library.annotations.for_article(article_id)[0].id)
    restored = library.restore(target)
    assert restored.articles == 1
    assert [a.title for a in library.articles.all()] == ["Trust"]
    (note,) = library.annotations.for_article(article_id)
    assert note.note == "Ours" and note.reader == "Anna"
    assert library.search("ours")[0].kind == "note"  # the search index came back with it
    assert library.db.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.integrity_problems() == []
    (kept,) = library.backups_dir.iterdir()  # what was there before the restore is kept
    assert kept.name.startswith("before-restore-") and inspect_backup(kept).articles == 2


def test_restoring_is_seen_by_a_second_connection(library: Library, tmp_path: Path) -> None:
    add_article(library, "First words.", "/a.txt")
    target = library.backup(tmp_path / "b.sqlite3")
    add_article(library, "Second words.", "/b.txt")
    with Library(library.path) as other:
        library.restore(target, keep_copy=False)
        assert len(other.articles.all()) == 1


def test_a_backup_from_a_newer_porchlight_is_refused_and_changes_nothing(
    library: Library, tmp_path: Path
) -> None:
    add_article(library, "Keep me.", "/a.txt")
    target = library.backup(tmp_path / "newer.sqlite3")
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    add_article(library, "And me.", "/b.txt")
    with pytest.raises(LibraryTooNewError, match="newer Porchlight"):
        library.restore(target)
    assert len(library.articles.all()) == 2
    assert not library.backups_dir.exists()


@pytest.mark.parametrize("kind", ["missing", "text", "other sqlite", "truncated"])
def test_bad_backup_files_are_refused_with_a_clear_message(
    library: Library, tmp_path: Path, kind: str
) -> None:
    add_article(library, "Keep me.", "/a.txt")
    bad = tmp_path / "bad.sqlite3"
    if kind == "text":
        bad.write_text("not a database at all " * 100)
    elif kind == "other sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    elif kind == "truncated":
        good = library.backup(tmp_path / "good.sqlite3")
        bad.write_bytes(good.read_bytes()[:6000])
    with pytest.raises(BackupError, match=r"nothing was changed|no backup file") as caught:
        library.restore(bad)
    assert "\n" not in str(caught.value)
    assert [a.title for a in library.articles.all()] == ["Keep"]


def test_daily_backups_rotate_keeping_the_newest(library: Library) -> None:
    add_article(library, "Daily words.", "/a.txt")
    first = date(2026, 1, 1)
    made = [library.rotate_backups(keep=3, today=first + timedelta(days=n)) for n in range(5)]
    assert all(p is not None for p in made)
    assert library.rotate_backups(keep=3, today=first + timedelta(days=4)) is None  # today's exists
    names = sorted(p.name for p in library.backups_dir.iterdir())
    assert names == ["library-2026-01-03.sqlite3", "library-2026-01-04.sqlite3", "library-2026-01-05.sqlite3"]


def test_rotation_leaves_other_files_alone(library: Library) -> None:
    library.backups_dir.mkdir(parents=True)
    (library.backups_dir / "before-restore-x.sqlite3").write_bytes(b"keep")
    (library.backups_dir / "notes.txt").write_text("mine")
    for n in range(3):
        library.rotate_backups(keep=1, today=date(2026, 2, 1) + timedelta(days=n))
    assert sorted(p.name for p in library.backups_dir.iterdir()) == [
        "before-restore-x.sqlite3",
        "library-2026-02-03.sqlite3",
        "notes.txt",
    ]


def test_a_backup_to_an_unwritable_place_is_a_backup_error(library: Library, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BackupError):
        library.backup(blocker / "inside" / "b.sqlite3")
    with pytest.raises(BackupError):
        library.backup(blocker / "b.sqlite3")


def test_a_backup_never_makes_the_folder_it_was_given(library: Library, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        library.backup(tmp_path / "typo" / "b.sqlite3")
    assert not (tmp_path / "typo").exists()
    # Its own folder of automatic copies is made when first needed.
    assert library.rotate_backups() is not None and library.backups_dir.is_dir()
