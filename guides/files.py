"""Writing a file whole or not at all, and keeping the reader's own files private.

Every file Porchlight writes (worksheets, exports, backups, settings) is
made in a temporary file in the target's folder (same disk, so the rename
is atomic), flushed and fsynced, and only then moved over the target with
``os.replace``. A full disk, a crash or a failure halfway leaves whatever
was at the target as it was, and no temporary file behind. This is what
SQLite does for its own journal and what editors such as Vim and gedit do
for a saved file.

The library, its backups, the logs and the settings hold what couples and
leaders wrote about intimate things: the folders Porchlight makes for them
are readable by the user only (0700), and so are the files in them (0600).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
DOCUMENT_FILE = 0o644
"""A worksheet or an export is an ordinary document the reader may share."""


class WriteError(OSError):
    """A file could not be written; ``str(err)`` is one line naming the file and why."""


def write_atomically(
    target: str | os.PathLike[str],
    produce: Callable[[BinaryIO], object],
    *,
    mode: int | None = None,
    error: Callable[[str], Exception] = WriteError,
) -> Path:
    """Call ``produce`` with a binary file to fill, then put that file at ``target``.

    ``mode`` is the new file's permissions (default: the old file's, else
    :data:`DOCUMENT_FILE`). Raises ``error(message)`` (one line, naming the
    file) when the folder is missing or not writable, the disk is full, or
    the target cannot be replaced; an exception from ``produce`` itself is
    passed on unchanged. Either way the temporary file is removed and the
    target is untouched.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise error(f"Cannot write {path}: it is a folder")
    if not folder.is_dir():
        raise error(f"Cannot write {path.name}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as err:
        raise error(describe(err, path)) from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            produce(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _set_mode(tmp, path, mode)
        os.replace(tmp, path)
        fsync_folder(folder)
    except OSError as err:
        remove_quietly(tmp)
        raise error(describe(err, path)) from err
    except BaseException:
        remove_quietly(tmp)
        raise
    return path


def write_text_atomically(
    target: str | os.PathLike[str],
    text: str,
    *,
    mode: int | None = None,
    error: Callable[[str], Exception] = WriteError,
) -> Path:
    """:func:`write_atomically` for text, written as UTF-8."""
    data = text.encode("utf-8")
    return write_atomically(target, lambda handle: handle.write(data), mode=mode, error=error)


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if missing; a folder made here is the user's only.

    An existing folder keeps its permissions: ``PORCHLIGHT_HOME`` may name a
    folder the reader chose and shares on purpose.
    """
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    return folder


def make_private(path: Path) -> None:
    """Make a file the user's only (a library, a backup, a log); quietly, where the disk says no."""
    with contextlib.suppress(OSError):
        if path.exists() and path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE)


def describe(err: OSError, path: Path) -> str:
    """One line saying why ``path`` could not be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if err.errno in (errno.EACCES, errno.EPERM):
        return (
            f"Cannot write {path.name} in {folder}: permission denied "
            "(or the file is open in another program)"
        )
    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"Cannot write {path.name} in {folder}: the disk is full; nothing was changed"
    if err.errno == errno.EROFS:
        return f"Cannot write {path.name} in {folder}: the disk is read-only"
    reason = err.strerror or type(err).__name__
    return f"Cannot write {path.name} in {folder}: {reason}"


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows journals the rename itself."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _set_mode(tmp: Path, target: Path, mode: int | None) -> None:
    # mkstemp makes the file private (0600); a document gets the old file's mode or 0644.
    try:
        if mode is None:
            mode = target.stat().st_mode & 0o777 if target.exists() else DOCUMENT_FILE
        os.chmod(tmp, mode)
    except OSError:
        pass
