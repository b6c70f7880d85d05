"""What a fault can do to the reader's files: a damaged page, a full disk, a read-only disk, a home that
is a file, a killed backup, another process holding the library.

Each ends in one line that says what is wrong, and no good file is replaced
by a worse one. The full and read-only disks are real: a small tmpfs mounted
in a private mount namespace (``unshare -rm``, no root needed, nothing left
mounted); where the machine does not allow that, those cases are skipped,
each saying so.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from guides.article import BlockDraft, build_article
from guides.library import Library
from guides.library.backup import remove_stale_partials
from guides.library.errors import (
    BackupError,
    HomeFolderError,
    LibraryBusyError,
    LibraryDamagedError,
    LibraryReadOnlyError,
)

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = build_article(
    [
        BlockDraft("paragraph", "Most marriages do not fall apart in one evening; they wear thin."),
        BlockDraft("paragraph", "Repair is the small act of turning back toward each other."),
    ],
    title="Small repairs",
    source="/small-repairs.txt",
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(message: str) -> None:
    text = message.strip()
    assert text and "\n" not in text and "Traceback" not in text, message


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    path = tmp_path / "home" / "library.sqlite3"
    with Library(path) as library:
        saved = library.articles.add(ARTICLE)
        library.annotations.add_quote(saved.article_id, "Most marriages", note="Talk about this")
    return path


def _damage_an_index(path: Path) -> None:
    """Scribble over one page of an index: the articles still read, SQLite's checks fail."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'annotations_by_reader'").fetchone()[
        0
    ]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek(page_size * (root - 1))
        handle.write(b"\x0d" + b"\xff" * 11)


def _cli(*args: str, home: Path | str, wrap: str | None = None) -> subprocess.CompletedProcess[str]:
    """``porchlight ARGS`` in a fresh interpreter; ``wrap`` is a shell line run first (mounts)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PORCHLIGHT_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "desktop", *args]
    if wrap is not None:
        quoted = " ".join(f"'{part}'" for part in command)
        command = ["unshare", "-rm", "sh", "-c", f"{wrap} && exec {quoted}"]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


@pytest.fixture(scope="module")
def namespaces() -> None:
    """Skip unless this machine lets a test mount a tmpfs of its own (unshare -rm)."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt || mount -t tmpfs tmpfs /tmp"],
        capture_output=True,
        timeout=30,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("this machine does not allow a private tmpfs (unshare -rm); the disk cases need one")


# --- a damaged page ------------------------------------------------------------------


def test_a_backup_of_a_damaged_library_leaves_the_good_backup_as_it_was(
    library_file: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.sqlite3"
    with Library(library_file) as library:
        library.backup(good)
    before = _digest(good)
    _damage_an_index(library_file)
    with Library(library_file) as library, pytest.raises(LibraryDamagedError) as caught:
        library.backup(good)
    assert _digest(good) == before
    _one_line(str(caught.value))
    assert "left as it was" in str(caught.value)
    assert "1 article can be read" in str(caught.value)
    assert not [p for p in good.parent.iterdir() if p.name.endswith(".partial")]


def test_a_damaged_library_is_read_but_refuses_every_write(library_file: Path) -> None:
    _damage_an_index(library_file)
    with Library(library_file) as library:
        assert [a.title for a in library.articles.all()] == ["Small repairs"]
        with pytest.raises(LibraryDamagedError) as caught:
            library.articles.rename(1, "Another name")
        _one_line(str(caught.value))
        assert "nothing was changed" in str(caught.value)
        assert [a.title for a in library.articles.all()] == ["Small repairs"]


def test_restoring_mends_a_damaged_library_and_keeps_the_damaged_file(
    library_file: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.sqlite3"
    with Library(library_file) as library:
        library.backup(good)
    _damage_an_index(library_file)
    with Library(library_file) as library:
        info = library.restore(good)
        assert info.annotations == 1
        library.articles.rename(1, "Mended")  # writes work again
        kept = [p.name for p in library.backups_dir.iterdir()]
    assert any(name.startswith("damaged-before-restore-") for name in kept)
    with Library(library_file) as library:
        assert library.integrity_problems() == []


# --- read-only commands --------------------------------------------------------------


def test_the_commands_that_only_read_never_change_the_library(library_file: Path) -> None:
    before = _digest(library_file)
    for args in (
        ("library", "list"),
        ("library", "show", "1", "--format", "text"),
        ("library", "search", "repair"),
        ("notes", "list", "1"),
        ("notes", "export", "1"),
        ("series", "list"),
    ):
        result = _cli(*args, home=library_file.parent)
        assert result.returncode == 0, result.stderr
    assert _digest(library_file) == before


def test_reading_a_library_that_is_not_there_makes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "not-yet"
    result = _cli("library", "list", home=home)
    assert (result.returncode, result.stdout.strip()) == (0, "The library is empty.")
    assert not home.exists()


# --- odd homes -------------------------------------------------------------------------


@pytest.mark.parametrize("args", [("library", "add", "ARTICLE"), ("library", "list"), ("notes", "list", "1")])
def test_a_home_that_is_a_file_is_one_line_naming_it(args: tuple[str, ...], tmp_path: Path) -> None:
    blocker = tmp_path / "porchlight"
    blocker.write_text("not a folder")
    article = tmp_path / "article.txt"
    article.write_text("A title\n\n" + "We kept our small promises, and talked at the table. " * 5)
    result = _cli(*[str(article) if a == "ARTICLE" else a for a in args], home=blocker / "home")
    assert result.returncode != 0
    assert result.stdout == ""
    _one_line(result.stderr)
    assert result.stderr.startswith("porchlight: Porchlight cannot use its folder")
    assert str(blocker) in result.stderr and "is a file" in result.stderr


def test_a_home_that_cannot_be_made_raises_the_library_s_own_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(HomeFolderError):
        Library(tmp_path / "file" / "library.sqlite3")


def test_the_library_and_its_backups_are_the_user_s_only(library_file: Path) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    with Library(library_file) as library:
        made = library.rotate_backups()
    assert made is not None
    assert library_file.parent.stat().st_mode & 0o777 == 0o700
    assert library_file.stat().st_mode & 0o777 == 0o600
    assert made.parent.stat().st_mode & 0o777 == 0o700
    assert made.stat().st_mode & 0o777 == 0o600


# --- full and read-only disks -------------------------------------------------------------


def test_a_full_disk_leaves_the_previous_export_and_backup_as_they_were(
    library_file: Path, tmp_path: Path, namespaces: None
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    fill = f"mount -t tmpfs -o size=256k tmpfs {disk}"
    # Write a good export and backup, then fill the disk and write both again, in one namespace.
    script = (
        f"{fill} && cd {disk} && "
        f"{sys.executable} -m desktop notes export 1 --output {disk}/notes.md && "
        f"{sys.executable} -m desktop library backup {disk}/library.sqlite3 >/dev/null && "
        f"sha256sum notes.md library.sqlite3 > {tmp_path}/before && "
        f"(dd if=/dev/zero of={disk}/filler bs=4k count=1000 2>/dev/null; true) && "
        f"{sys.executable} -m desktop notes export 1 --output {disk}/notes.md 2> {tmp_path}/export.err; "
        f"{sys.executable} -m desktop library backup {disk}/library.sqlite3 2> {tmp_path}/backup.err; "
        f"sha256sum notes.md library.sqlite3 > {tmp_path}/after; ls -a {disk} > {tmp_path}/listing"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PORCHLIGHT_HOME": str(library_file.parent)}
    subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, timeout=180, check=False)
    assert (tmp_path / "before").read_text() == (tmp_path / "after").read_text()
    for name in ("export.err", "backup.err"):
        message = (tmp_path / name).read_text()
        _one_line(message)
        assert "disk is full" in message
    assert not [n for n in (tmp_path / "listing").read_text().split() if n.endswith((".part", ".partial"))]


def test_a_library_on_a_read_only_disk_opens_to_read_and_says_so(
    library_file: Path, namespaces: None
) -> None:
    home = library_file.parent
    disk = home.parent / "ro"
    disk.mkdir()
    wrap = f"mount -t tmpfs tmpfs {disk} && cp -a {home} {disk}/home && mount -o remount,ro {disk}"
    listing = _cli("library", "list", home=disk / "home", wrap=wrap)
    assert listing.returncode == 0, listing.stderr
    assert "Small repairs" in listing.stdout
    adding = _cli("notes", "add", "1", "--quote", "Repair", home=disk / "home", wrap=wrap)
    assert adding.returncode != 0
    _one_line(adding.stderr)
    assert "can be read but not changed" in adding.stderr
    assert "read-only disk" in adding.stderr


# --- a killed backup, another process ---------------------------------------------------


def test_a_killed_backup_s_hidden_copy_is_removed_by_the_next(library_file: Path) -> None:
    folder = library_file.parent / "backups"
    folder.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = folder / f".library-2024-01-01.sqlite3.{int(dead.stdout)}.partial"
    stale.write_bytes(b"\0" * 4096)
    alive = folder / f".other.sqlite3.{os.getppid()}.partial"  # a backup still at work elsewhere
    alive.write_bytes(b"\0")
    with Library(library_file) as library:
        library.rotate_backups()
    assert not stale.exists()
    assert alive.exists()
    assert remove_stale_partials(folder) == []


@pytest.fixture
def held(library_file: Path) -> Iterator[None]:
    """Another connection holding the library's write lock for the length of the test."""
    conn = sqlite3.connect(library_file, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE articles SET title = title")
    yield
    conn.execute("ROLLBACK")
    conn.close()


def test_a_restore_gives_up_when_the_library_stays_busy(
    library_file: Path, tmp_path: Path, held: None
) -> None:
    """SQLite's backup API retried for as long as the other process wrote (28 s in one try)."""
    good = tmp_path / "good.sqlite3"
    with Library(library_file, busy_timeout=1) as library:
        library.backup(good)  # reading needs no lock
        started = time.monotonic()
        with pytest.raises(LibraryBusyError) as caught:
            library.restore(good, keep_copy=False)
        assert time.monotonic() - started < 30  # a hang guard: it waited until the writer was done
    _one_line(str(caught.value))


def test_a_backup_over_a_missing_folder_is_refused_in_one_line(library_file: Path, tmp_path: Path) -> None:
    with Library(library_file) as library, pytest.raises(BackupError) as caught:
        library.backup(tmp_path / "no-such-folder" / "x.sqlite3")
    _one_line(str(caught.value))


def test_a_read_only_library_refuses_writes_in_one_line(library_file: Path) -> None:
    with Library(library_file, read_only=True) as library:
        assert library.read_only
        with pytest.raises(LibraryReadOnlyError) as caught:
            library.articles.rename(1, "Other")
    _one_line(str(caught.value))
