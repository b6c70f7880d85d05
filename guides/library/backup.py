"""The whole library as one file: backup, restore, and rotating daily copies.

A backup is made with SQLite's online backup API, so it is a consistent
snapshot even while the library is in use, written to a temporary file,
switched to a self-contained rollback-journal file (no ``-wal`` beside it),
fsynced and then renamed into place: a crash leaves either the old backup or
the new one, never half of one.

Restoring checks the file first (a Porchlight library, not from a newer
Porchlight, passing SQLite's integrity check) and refuses before changing
anything; then it keeps a copy of the current library in the backups folder
and copies the backup in, in one step.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from guides.library.db import Database, check_version
from guides.library.errors import BackupError
from guides.library.schema import APPLICATION_ID

DAILY_PATTERN = re.compile(r"^library-(\d{4}-\d{2}-\d{2})\.sqlite3$")
DEFAULT_KEEP = 7


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, as far as restoring needs to know."""

    path: Path
    schema_version: int
    articles: int
    annotations: int


def backup_to(db: Database, destination: str | os.PathLike[str], *, make_folder: bool = True) -> Path:
    """Write a consistent copy of the library to ``destination`` (replacing it atomically).

    The library's own backups folder is made when missing (``make_folder``); a
    folder the user named must exist, since a typo should not make folders.
    """
    target = Path(destination)
    if not make_folder and not target.parent.is_dir():
        problem = "is not a folder" if target.parent.exists() else "does not exist"
        raise BackupError(f"Cannot back up to {target}: the folder {target.parent} {problem}.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BackupError(f"The backup folder {target.parent} could not be made: {err.strerror}.") from None
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        temporary.unlink(missing_ok=True)
        copy = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            db.copy_into(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        _fsync(temporary)
        os.replace(temporary, target)
        _fsync_dir(target.parent)
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be written to {target}: {err.strerror or err}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    return target


def inspect_backup(source: str | os.PathLike[str]) -> BackupInfo:
    """Check that ``source`` is a sound Porchlight backup this version can restore.

    Raises :class:`BackupError` (missing, not a library, damaged) or
    :class:`LibraryTooNewError` (made by a newer Porchlight). Reads only.
    """
    path = Path(source)
    if not path.is_file():
        raise BackupError(f"There is no backup file at {path}.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise BackupError(f"{path.name} could not be opened: {err}.") from None
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if app_id != APPLICATION_ID:
            raise BackupError(f"{path.name} is not a Porchlight library backup; nothing was changed.")
        check_version(version, what="This backup")  # LibraryTooNewError: refused, nothing changed
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise BackupError(f"{path.name} is damaged ({problems[0]}); nothing was changed.")
        articles = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        annotations = int(conn.execute("SELECT count(*) FROM annotations").fetchone()[0])
    except sqlite3.DatabaseError as err:
        raise BackupError(
            f"{path.name} is not a readable Porchlight backup ({err}); nothing was changed."
        ) from None
    finally:
        conn.close()
    return BackupInfo(path, version, articles, annotations)


def restore_from(db: Database, source: str | os.PathLike[str], *, keep_copy_in: Path | None) -> BackupInfo:
    """Replace the library's contents with the backup at ``source``.

    The backup is checked first; a bad one changes nothing. Unless
    ``keep_copy_in`` is None, the current library is first saved there as
    ``before-restore-<time>.sqlite3``.
    """
    info = inspect_backup(source)
    if keep_copy_in is not None:
        stamp = db.now().replace(":", "").replace("-", "")
        backup_to(db, keep_copy_in / f"before-restore-{stamp}.sqlite3")
    try:
        backup = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise BackupError(f"{Path(source).name} could not be opened: {err}.") from None
    try:
        db.copy_from(backup)
    finally:
        backup.close()
    return info


def rotate_backups(
    db: Database, folder: Path, *, keep: int = DEFAULT_KEEP, today: date | None = None
) -> Path | None:
    """Make today's copy (``library-YYYY-MM-DD.sqlite3``) if there is none; keep the newest ``keep``.

    Returns the new backup's path, or None when today's copy already exists.
    Files in the folder that are not daily backups are never touched.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    day = today if today is not None else date.fromisoformat(db.now()[:10])
    target = folder / f"library-{day.isoformat()}.sqlite3"
    made = None if target.exists() else backup_to(db, target)
    dailies = sorted(p for p in folder.iterdir() if DAILY_PATTERN.match(p.name)) if folder.is_dir() else []
    for old in dailies[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
