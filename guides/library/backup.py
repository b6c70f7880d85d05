"""The whole library as one file: backup, restore, and rotating daily copies.

A backup is made with SQLite's online backup API, so it is a consistent
snapshot even while the library is in use, written to a temporary file,
switched to a self-contained rollback-journal file (no ``-wal`` beside it),
checked with ``PRAGMA integrity_check``, fsynced and then renamed into place:
a crash, a full disk or a damaged library leaves the old backup as it was,
never half of one and never a damaged copy over a good one. A temporary file
left by a backup that was killed is removed by the next one. Backups are
readable by the user only.

Restoring checks the file first (a Porchlight library, not from a newer
Porchlight, passing SQLite's integrity check) and refuses before changing
anything; then it keeps a copy of the current library in the backups folder
and copies the backup in, in one step.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from guides.files import PRIVATE_FILE, fsync_folder, make_private_folder, remove_quietly, write_atomically
from guides.library.db import Database, check_version, short_problem
from guides.library.errors import BackupError, DiskFullError, LibraryDamagedError
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


def backup_to(
    db: Database,
    destination: str | os.PathLike[str],
    *,
    make_folder: bool = True,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> Path:
    """Write a consistent copy of the library to ``destination`` (replacing it atomically).

    ``progress(done, total, label)`` hears the pages copied; ``cancelled()`` is checked between
    steps, and when it returns True the copy stops with :class:`~guides.errors.CancelledError`,
    the partial file is removed and ``destination`` is left as it was.

    The library's own backups folder is made when missing (``make_folder``); a
    folder the user named must exist, since a typo should not make folders.
    A copy that fails SQLite's integrity check replaces nothing and raises
    :class:`LibraryDamagedError` saying what can still be read.
    """
    target = Path(destination)
    if not make_folder and not target.parent.is_dir():
        problem = "is not a folder" if target.parent.exists() else "does not exist"
        raise BackupError(f"Cannot back up to {target}: the folder {target.parent} {problem}.")
    try:
        make_private_folder(target.parent)
    except OSError as err:
        raise BackupError(f"The backup folder {target.parent} could not be made: {err.strerror}.") from None
    remove_stale_partials(target.parent)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        temporary.unlink(missing_ok=True)
        copy = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            os.chmod(temporary, PRIVATE_FILE)
            db.copy_into(copy, cancelled=cancelled, progress=progress)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problems = [str(r[0]) for r in copy.execute("PRAGMA integrity_check")]
        finally:
            copy.close()
        if problems != ["ok"]:
            remove_quietly(temporary)
            raise LibraryDamagedError(
                f"The library is damaged ({short_problem(problems)}), so no backup was written and "
                f"{target.name} was left as it was. {readable_summary(db)}"
            )
        _fsync(temporary)
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except sqlite3.DatabaseError as err:
        remove_quietly(temporary)
        raise LibraryDamagedError(
            f"The library is damaged ({err}), so no backup was written and {target.name} "
            f"was left as it was. {readable_summary(db)}"
        ) from None
    except OSError as err:
        remove_quietly(temporary)
        raise BackupError(
            f"The backup could not be written to {target}: {err.strerror or err}; "
            f"{'the backup there was left as it was' if target.exists() else 'nothing was written'}."
        ) from None
    except DiskFullError:
        remove_quietly(temporary)
        kept = "the backup there was left as it was" if target.exists() else "nothing was written"
        raise BackupError(f"The disk is full, so no backup was written to {target}; {kept}.") from None
    except BaseException:
        remove_quietly(temporary)
        raise
    return target


_PARTIAL = re.compile(r"^\..+\.(\d+)\.partial$")


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the temporary files of backups whose process is gone (killed mid-backup).

    A backup writes ``.<name>.<pid>.partial`` and renames it when done; one
    that was killed left a hidden full-size copy that nothing removed. A file
    whose process is still running is another backup at work and is left.
    """
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = _PARTIAL.match(path.name)
            if match and not _running(int(match.group(1))):
                remove_quietly(path)
                removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread of this process may be writing it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True


def readable_summary(db: Database) -> str:
    """What can still be read in a damaged library, for the message that says it is damaged."""
    parts = []
    for table, noun in (("articles", "article"), ("annotations", "note"), ("guide_versions", "guide")):
        try:
            with db.read() as conn:
                count = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            parts.append(f"{count} {noun}{'' if count == 1 else 's'} can be read")
        except Exception:  # the damage: this part cannot be counted
            parts.append(f"its {noun}s cannot all be read")
    summary = "; ".join(parts)
    return f"{summary[:1].upper()}{summary[1:]}. To mend it, restore a backup (Library › Restore)."


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
    ``before-restore-<time>.sqlite3``; a damaged one, which is what a restore
    mends, is kept as it is, as ``damaged-before-restore-<time>.sqlite3``.
    """
    info = inspect_backup(source)
    if keep_copy_in is not None:
        stamp = db.now().replace(":", "").replace("-", "")
        try:
            backup_to(db, keep_copy_in / f"before-restore-{stamp}.sqlite3")
        except LibraryDamagedError:
            _keep_damaged(db, keep_copy_in / f"damaged-before-restore-{stamp}.sqlite3")
    try:
        backup = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise BackupError(f"{Path(source).name} could not be opened: {err}.") from None
    try:
        db.copy_from(backup)
    finally:
        backup.close()
    return info


def _keep_damaged(db: Database, target: Path) -> None:
    """Keep a damaged library's file as it is (SQLite cannot copy what it cannot read), with its log."""
    make_private_folder(target.parent)
    for suffix in ("", "-wal"):
        source = Path(f"{db.path}{suffix}")
        if source.exists() and (not suffix or source.stat().st_size):
            with source.open("rb") as original:
                write_atomically(
                    Path(f"{target}{suffix}"),
                    lambda out, original=original: shutil.copyfileobj(original, out),  # type: ignore[misc]
                    mode=PRIVATE_FILE,
                    error=BackupError,
                )


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
    if folder.is_dir():
        remove_stale_partials(folder)
    made = None if target.exists() else backup_to(db, target)
    dailies = sorted(p for p in folder.iterdir() if DAILY_PATTERN.match(p.name)) if folder.is_dir() else []
    for old in dailies[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
