"""The library file: pragmas, schema version, migrations, refusals, busy writers, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from guides.library import (
    SCHEMA_VERSION,
    Library,
    LibraryBusyError,
    LibraryError,
    LibraryTooNewError,
    NotALibraryError,
    open_library,
)
from guides.library.db import Database
from guides.library.schema import APPLICATION_ID, MIGRATIONS


def test_a_new_library_is_one_file_in_wal_mode_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    with Library(tmp_path / "lib" / "library.sqlite3") as library:
        conn = library.db.connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert library.db.user_version() == SCHEMA_VERSION == len(MIGRATIONS)
        assert library.integrity_problems() == []


def test_open_library_uses_porchlight_home(_isolated_home: Path) -> None:
    assert not _isolated_home.exists()
    with open_library() as library:
        assert library.path == _isolated_home / "library.sqlite3"
    assert (_isolated_home / "library.sqlite3").is_file()


def test_reopening_keeps_the_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        library.readers.add("Anna")
    with Library(path) as library:
        assert [r.name for r in library.readers.all()] == ["Anna"]
        assert library.db.user_version() == SCHEMA_VERSION


def test_a_library_from_a_newer_porchlight_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryTooNewError, match="newer Porchlight") as caught:
        Library(path)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotALibraryError, match="not a Porchlight library"):
        Library(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["things"]
    conn.close()


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database. " * 200)
    with pytest.raises(NotALibraryError):
        Library(path)
    assert path.read_bytes().startswith(b"These are my notes")


def test_an_empty_sqlite_file_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Library(path) as library:
        assert library.db.user_version() == SCHEMA_VERSION


def test_migrations_run_forward_from_an_older_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guides.library import db as db_module

    path = tmp_path / "library.sqlite3"
    Library(path).close()
    extra = ("CREATE TABLE later_feature (x INTEGER)",)
    monkeypatch.setattr(db_module, "MIGRATIONS", (*MIGRATIONS, extra))
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    database = Database(path)
    try:
        assert database.user_version() == SCHEMA_VERSION + 1
        database.connection.execute("SELECT x FROM later_feature").fetchall()
    finally:
        database.close()


def test_a_failed_write_rolls_back_everything_in_it(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        with pytest.raises(RuntimeError), library.db.write() as conn:
            conn.execute("INSERT INTO readers (name, created_at) VALUES ('Anna', 'now')")
            raise RuntimeError("boom")
        assert library.readers.all() == []


def test_a_failed_nested_write_rolls_back_only_itself(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        with library.db.write() as conn:
            conn.execute("INSERT INTO readers (name, created_at) VALUES ('Anna', 'now')")
            with pytest.raises(RuntimeError), library.db.write() as inner:
                inner.execute("INSERT INTO readers (name, created_at) VALUES ('Ben', 'now')")
                raise RuntimeError("boom")
        assert [r.name for r in library.readers.all()] == ["Anna"]


def test_a_second_writer_waits_then_gets_a_clear_busy_error(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as first, Library(path, busy_timeout=0.1) as second:
        with first.db.write():
            with pytest.raises(LibraryBusyError, match="in use by another Porchlight"):
                second.readers.add("Ben")
            assert second.readers.all() == []  # reading goes on while the other one writes
        assert second.readers.add("Ben").name == "Ben"


def test_busy_is_a_library_error_the_cli_reports() -> None:
    assert issubclass(LibraryBusyError, LibraryError)


def test_a_write_cannot_start_inside_a_read(tmp_path: Path) -> None:
    with (
        Library(tmp_path / "library.sqlite3") as library,
        library.db.read(),
        pytest.raises(RuntimeError),
        library.db.write(),
    ):
        pass


def test_a_version_one_library_with_data_migrates_to_the_current_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guides.article import BlockDraft, build_article
    from guides.library import db as db_module

    path = tmp_path / "library.sqlite3"
    with monkeypatch.context() as old_porchlight:
        old_porchlight.setattr(db_module, "MIGRATIONS", MIGRATIONS[:1])
        old_porchlight.setattr(db_module, "SCHEMA_VERSION", 1)
        with Library(path) as library:
            assert library.db.user_version() == 1
            article = build_article(
                [BlockDraft("paragraph", "Patience grows.")], title="Old", source="/o.txt"
            )
            library.articles.add(article)
    with Library(path) as library:
        assert library.db.user_version() == SCHEMA_VERSION
        assert [h.title for h in library.search("patience")] == ["Old"]
