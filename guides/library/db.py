"""The library's SQLite connection: pragmas, transactions, migrations, error mapping.

Durability. The library runs in WAL mode with ``synchronous=FULL``: every
commit appends to the write-ahead log and fsyncs it before ``COMMIT`` returns,
so a write the caller has been told about survives the process being killed
at any moment (that alone would hold with ``NORMAL``, since the log's pages
are already in the operating system's cache when the process dies) and also
survives a power cut on a disk that honours fsync (which ``NORMAL`` does not
promise: it may lose the last commits, though never consistency). On macOS
``fullfsync`` is turned on too, because there a plain fsync does not reach
the platter. Writes are rare (a note, a tick, an import), so the fsync per
commit costs nothing a reader notices.

Concurrency. Every write runs in ``BEGIN IMMEDIATE``, so two processes never
both start writing and then deadlock on the upgrade; the second waits up to
``busy_timeout`` seconds and then gets :class:`LibraryBusyError`. WAL lets
readers go on while one process writes. One :class:`Database` may be shared by
threads: its calls are serialised by a lock. A backup or a restore, which
SQLite's backup API would retry for as long as the other process writes,
gives up after the same ``busy_timeout``.

Damage and read-only. Before the first write of a session the file passes
``PRAGMA quick_check``; a damaged library is still read (what can be saved)
but refuses every write with :class:`LibraryDamagedError`, since writing into
a damaged file can spread the damage. A library on a read-only disk or in a
read-only folder opens read-only and says so on the first write; so does one
opened with ``read_only=True`` (the commands that only read), which never
changes the file, not even its journal mode or statistics, and never creates
one: a missing library reads as an empty one.

Privacy. The folder and the file are made readable by the user only
(:mod:`guides.files`); SQLite gives its ``-wal`` and ``-shm`` files the
file's own permissions.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from guides.files import make_private
from guides.library.errors import (
    DiskFullError,
    LibraryBusyError,
    LibraryDamagedError,
    LibraryError,
    LibraryReadOnlyError,
    LibraryTooNewError,
    NotALibraryError,
)
from guides.library.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

Clock = Callable[[], datetime]

DEFAULT_BUSY_TIMEOUT = 5.0
BACKUP_STEP_PAGES = 256
"""Pages copied between a backup's progress reports and cancel checks (1 MiB at 4 KiB a page)."""
"""Seconds a write waits for another process to finish before giving up."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_uid() -> str:
    """A new random id (a UUID4's 32 hex digits) for an article, an annotation or a question."""
    import uuid  # on use: with the platform module it brings, 1 to 2 ms a start need not spend

    return uuid.uuid4().hex


def format_time(moment: datetime) -> str:
    """An ISO 8601 UTC timestamp with a Z, as the W3C annotation model writes them."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Database:
    """One connection to a library file, opened, checked and migrated.

    Use :meth:`write` for every change and :meth:`read` for reads that must
    see one consistent state. Both may be nested; a nested write is a
    savepoint inside the outer transaction.
    """

    def __init__(
        self,
        path: Path,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        clock: Clock = utc_now,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._clock = clock
        self._lock = threading.RLock()
        self._depth = 0
        self._writing = False
        self._checked = False
        self.read_only: str | None = None
        """Why the library cannot be written (None when it can): said by every write's refusal."""
        if read_only:
            self.read_only = "it was opened only to read"
        elif path.exists() and not _writable(path):
            self.read_only = "it is on a read-only disk or in a folder Porchlight may not write to"
        from guides.paths import check_home_folder, make_home_folder

        if self.read_only is None:
            make_home_folder(path.parent)
        else:
            check_home_folder(path.parent)
        self._memory = read_only and not path.exists()
        """A read-only library that does not exist yet reads as an empty one, made in memory only."""
        self._conn = self._connect(path, busy_timeout)
        try:
            with _translated(path):
                self._check_identity()
                if self.read_only is None or self._memory:
                    self._configure()
                    self._migrate(in_memory=self._memory)
                    make_private(path)
                else:
                    self._conn.execute("PRAGMA foreign_keys = ON")
                    self._conn.execute("PRAGMA trusted_schema = OFF")
                    self._check_current()
        except BaseException:
            self._conn.close()
            raise

    def _connect(self, path: Path, busy_timeout: float) -> sqlite3.Connection:
        try:
            if self._memory:
                return _open(":memory:", busy_timeout)
            if self.read_only is not None:
                return _connect_read_only(path, busy_timeout)
            return _open(str(path), busy_timeout)
        except sqlite3.Error as err:
            raise LibraryError(f"The library at {path} could not be opened: {err}.") from None

    # --- public ------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for the library's own modules (inside read/write)."""
        return self._conn

    def now(self) -> str:
        return format_time(self._clock())

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed (and fsynced) when the block ends, rolled back on error."""
        with self._lock:
            if self._depth:
                if not self._writing:
                    raise RuntimeError("a write cannot start inside a read")
                yield from self._savepoint()
                return
            self._may_write()
            with _translated(self.path), self._immediate() as conn:
                yield conn

    @contextmanager
    def _writing_to(self, memory: bool) -> Iterator[sqlite3.Connection]:
        if not memory:
            with self.write() as conn:
                yield conn
            return
        with self._lock, _translated(self.path), self._immediate() as conn:
            yield conn

    @contextmanager
    def _immediate(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed when the block ends and rolled back if it raises."""
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth, self._writing = 1, True
        try:
            yield self._conn
        except BaseException:
            self._end("ROLLBACK")
            raise
        self._end("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read that sees one consistent state of the library."""
        with self._lock:
            if self._depth:
                yield self._conn
                return
            with _translated(self.path):
                self._conn.execute("BEGIN")
                self._depth = 1
                try:
                    yield self._conn
                finally:
                    self._end("COMMIT")

    def copy_into(
        self,
        destination: sqlite3.Connection,
        *,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        """Copy the whole library into another connection (SQLite's online backup).

        The copy goes in steps of :data:`BACKUP_STEP_PAGES` pages; between them ``progress(done,
        total, label)`` hears how far it got, and ``cancelled()`` returning True stops it with
        :class:`~guides.errors.CancelledError` (the destination is then incomplete: the caller
        throws it away).
        """
        with self._lock, _translated(self.path):
            if self._depth:
                raise RuntimeError("a backup cannot run inside a transaction")
            give_up = self._give_up_when_busy()

            def step(status: int, remaining: int, total: int) -> None:
                give_up(status, remaining, total)
                if cancelled is not None and cancelled():
                    from guides.errors import CancelledError

                    raise CancelledError("The backup was cancelled; nothing was written.")
                if progress is not None:
                    progress(total - remaining, total, "Backing up the library")

            pages = BACKUP_STEP_PAGES if cancelled is not None or progress is not None else -1
            self._conn.backup(destination, pages=pages, progress=step)

    def copy_from(self, source: sqlite3.Connection) -> None:
        """Replace the whole library with ``source``'s contents, in one step, then migrate it."""
        with self._lock:
            self._may_write(check_damage=False)  # restoring is how a damaged library is mended
            with _translated(self.path):
                if self._depth:
                    raise RuntimeError("a restore cannot run inside a transaction")
                source.backup(self._conn, progress=self._give_up_when_busy())
                self._checked = False
                self._configure()
                self._migrate()

    def _give_up_when_busy(self) -> Callable[[int, int, int], None]:
        """A backup progress callback that ends a backup kept waiting past ``busy_timeout``.

        SQLite's backup API retries a locked step for as long as the other
        process holds its lock (a restore waited 28 s for a writer to finish);
        raising here aborts it, as any other write gives up.
        """
        ends = time.monotonic() + self.busy_timeout
        busy = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)

        def progress(status: int, remaining: int, total: int) -> None:
            if status in busy and time.monotonic() > ends:
                raise sqlite3.OperationalError("database is locked")

        return progress

    def _may_write(self, *, check_damage: bool = True) -> None:
        """Refuse a write to a read-only or damaged library; the first write checks for damage."""
        if self.read_only is not None:
            raise LibraryReadOnlyError(
                f"The library at {self.path} can be read but not changed: {self.read_only}. "
                "Nothing was changed."
            )
        if check_damage and not self._checked:
            with _translated(self.path):
                rows = [str(r[0]) for r in self._conn.execute("PRAGMA quick_check")]
            self._checked = rows == ["ok"]
            if not self._checked:
                raise LibraryDamagedError(
                    f"The library {self.path.name} is damaged ({short_problem(rows)}), so nothing was "
                    "changed; what it holds can still be read. Restore a backup to mend it (Library › "
                    "Restore, or porchlight library restore FILE)."
                )

    def user_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_problems(self) -> list[str]:
        """What ``PRAGMA integrity_check`` reports; empty when the file is sound."""
        with self._lock, _translated(self.path):
            rows = [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        with self._lock:
            if self.read_only is None and self._checked:  # never on a file only read, or a damaged one
                with contextlib.suppress(sqlite3.Error):  # a courtesy; closing must not fail for it
                    self._conn.execute("PRAGMA optimize")
            self._conn.close()

    # --- internals ---------------------------------------------------------

    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        name = f"sp{self._depth}"
        self._conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self._conn
        except BaseException:
            self._depth -= 1
            self._conn.execute(f"ROLLBACK TO {name}")
            self._conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self._conn.execute(f"RELEASE {name}")

    def _end(self, statement: str) -> None:
        try:
            if self._conn.in_transaction:
                self._conn.execute(statement)
        finally:
            self._depth, self._writing = 0, False

    def _check_identity(self) -> None:
        app_id = int(self._conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        tables = int(self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and version == 0):
            raise NotALibraryError(f"{self.path.name} is not a Porchlight library.")
        check_version(version, what="This library")

    def _configure(self) -> None:
        mode = str(self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        if mode != "wal":  # a file system without shared memory: rollback journal, still durable
            self._conn.execute("PRAGMA journal_mode = DELETE")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._conn.execute("PRAGMA trusted_schema = OFF")
        self._conn.execute("PRAGMA journal_size_limit = 8388608")
        if sys.platform == "darwin":
            self._conn.execute("PRAGMA fullfsync = ON")
            self._conn.execute("PRAGMA checkpoint_fullfsync = ON")

    def _migrate(self, *, in_memory: bool = False) -> None:
        """Bring the schema up to date (``in_memory``: the stand-in for a missing library read-only)."""
        while self.user_version() < SCHEMA_VERSION:
            with self._writing_to(in_memory) as conn:
                # Read again inside the lock: another process may have migrated meanwhile.
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                check_version(version, what="This library")
                if version >= SCHEMA_VERSION:
                    break
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
                if version == 0:
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {version + 1}")

    def _check_current(self) -> None:
        """A library opened read-only cannot be migrated: one from an older Porchlight is refused."""
        if self.user_version() < SCHEMA_VERSION:
            raise LibraryReadOnlyError(
                f"The library at {self.path} is from an older Porchlight and {self.read_only}, so it cannot "
                "be brought up to date; copy it to a folder you can write to and open it there."
            )


def _writable(path: Path) -> bool:
    """Whether SQLite may write the file and make its journal beside it (a read-only disk says no)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open(target: str, busy_timeout: float, *, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(
        target,
        timeout=busy_timeout,
        isolation_level=None,  # transactions are begun and ended here, explicitly
        check_same_thread=False,  # threads share it under the Database's lock
        uri=uri,
    )


def _connect_read_only(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """Open ``path`` so that nothing is written to it.

    ``mode=ro`` first; a WAL library on a read-only disk has no ``-shm`` file
    SQLite may make, and is then opened ``immutable`` (nothing else can be
    writing to a read-only disk).
    """
    uri = path.resolve().as_uri()
    conn = _open(f"{uri}?mode=ro", busy_timeout, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    return _open(f"{uri}?immutable=1", busy_timeout, uri=True)


def short_problem(rows: list[str]) -> str:
    """The first thing SQLite's integrity check found, in a few words."""
    first = " ".join((rows[0] if rows else "unreadable").split())
    more = f", and {len(rows) - 1} more problems" if len(rows) > 1 else ""
    return (first if len(first) <= 80 else first[:79] + "…") + more


def check_version(version: int, *, what: str) -> None:
    """Refuse a schema newer than this Porchlight knows."""
    if version > SCHEMA_VERSION:
        raise LibraryTooNewError(
            f"{what} was written by a newer Porchlight (format {version}; this one reads up to "
            f"{SCHEMA_VERSION}). Update Porchlight to open it; nothing was changed.",
            found=version,
            supported=SCHEMA_VERSION,
        )


@contextmanager
def _translated(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into LibraryErrors a reader understands."""
    try:
        yield
    except sqlite3.Error as err:
        raise library_error(err, path) from err


def library_error(err: sqlite3.Error, path: Path) -> LibraryError:
    """The LibraryError that explains ``err`` (already a LibraryError stays as it is)."""
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return LibraryBusyError(
            "The library is in use by another Porchlight window or script; try again in a moment."
        )
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return NotALibraryError(f"{path.name} is not a Porchlight library.")
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return LibraryDamagedError(
            f"The library {path.name} is damaged; restore a backup to mend it (Library › Restore, "
            "or porchlight library restore FILE)."
        )
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFullError("The disk is full; the change was not saved.")
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN")) or "readonly" in text:
        return LibraryError(f"Porchlight cannot write to the library at {path}.")
    if name.startswith("SQLITE_IOERR") or "i/o error" in text:
        return LibraryError(f"The library at {path} could not be read or written (disk error).")
    return LibraryError(f"The library could not do that: {err}.")
