"""Writing a file so that a failure never leaves half a PDF over a good one.

The output is made in a temporary file in the target folder (same disk, so
the final rename is atomic) and moved over the target with ``os.replace``
only once it is complete. If rendering or writing fails, the temporary file
is removed and whatever was at the target is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from guides.worksheet.errors import WorksheetWriteError

_NEW_FILE_MODE = 0o644


def write_atomically(target: str | os.PathLike[str], produce: Callable[[BinaryIO], object]) -> Path:
    """Call ``produce`` with a binary file to fill, then put that file at ``target``.

    Raises :class:`WorksheetWriteError` (one line, naming the file) when the
    folder is missing or not writable, the disk is full, or the target cannot
    be replaced. An exception from ``produce`` itself is passed on unchanged
    after the temporary file is removed. Returns the target path.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise WorksheetWriteError(f"Cannot write {path}: it is a folder")
    if not folder.is_dir():
        raise WorksheetWriteError(f"Cannot write {path.name}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as err:
        raise WorksheetWriteError(_describe(err, path, folder)) from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            produce(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _set_mode(tmp, path)
        os.replace(tmp, path)
    except OSError as err:
        _remove(tmp)
        raise WorksheetWriteError(_describe(err, path, folder)) from err
    except BaseException:
        _remove(tmp)
        raise
    return path


def _set_mode(tmp: Path, target: Path) -> None:
    # mkstemp makes the file private (0600); a worksheet is an ordinary document.
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else _NEW_FILE_MODE
        os.chmod(tmp, mode)
    except OSError:
        pass


def _remove(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


def _describe(err: OSError, path: Path, folder: Path) -> str:
    if err.errno in (errno.EACCES, errno.EPERM):
        return (
            f"Cannot write {path.name} in {folder}: permission denied "
            "(or the file is open in another program)"
        )
    if err.errno == errno.ENOSPC:
        return f"Cannot write {path.name} in {folder}: the disk is full"
    if err.errno == errno.EROFS:
        return f"Cannot write {path.name} in {folder}: the disk is read-only"
    reason = err.strerror or type(err).__name__
    return f"Cannot write {path.name} in {folder}: {reason}"
