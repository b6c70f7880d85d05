"""Where Porchlight keeps its data: one folder, found in one place.

The default is the platform's user data folder (platformdirs);
``PORCHLIGHT_HOME`` overrides it for tests, scripts and portable use. This is
the one module that reads that variable (:func:`home`): the app's settings and
logs (``desktop/paths.py``) go under the same folder as the library, whatever
the value looks like. Nothing here touches the disk at import time, and the
folder is only created when something is about to be written into it
(:func:`ensure_dir`).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

APP_DIR_NAME = "Porchlight"
HOME_ENV = "PORCHLIGHT_HOME"
LIBRARY_FILE = "library.sqlite3"
BACKUPS_DIR = "backups"
CACHE_DIR = "cache"


def home() -> Path | None:
    """``$PORCHLIGHT_HOME`` as an absolute folder, or None when it is unset or blank. Not created.

    Blanks around the value are dropped (a value pasted with a trailing space),
    ``~`` is the user's home folder, and a relative value is taken from the
    current folder, so every caller gets the same absolute folder for one value.
    """
    value = os.environ.get(HOME_ENV, "").strip()
    if not value:
        return None
    return Path(os.path.abspath(os.path.expanduser(value)))


def data_dir() -> Path:
    """The data folder: :func:`home` if set, else the user data folder. Not created."""
    override = home()
    if override is not None:
        return override
    import platformdirs  # imported on use: the engine's import stays cheap

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def cache_dir() -> Path:
    """The folder for what can be made again (a parsed catalog): :func:`home`'s ``cache`` if set,
    else the user cache folder. Not created."""
    override = home()
    if override is not None:
        return override / CACHE_DIR
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def library_path() -> Path:
    """The library database file inside :func:`data_dir`. Not created."""
    return data_dir() / LIBRARY_FILE


def backups_dir() -> Path:
    """The folder for automatic rotating backups of the library. Not created."""
    return data_dir() / BACKUPS_DIR


def ensure_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) if missing, and return it."""
    path.mkdir(parents=True, exist_ok=True)
    return path


def make_home_folder(folder: Path) -> Path:
    """Create one of Porchlight's own folders (readable by the user only) if missing.

    Raises :class:`~guides.errors.HomeFolderError`, one line naming the
    folder and what is in the way, when it cannot be made: a read-only disk, a
    file where a folder should be, no permission.
    """
    from guides.errors import HomeFolderError
    from guides.files import make_private_folder

    try:
        make_private_folder(folder)
        if not os.access(folder, os.W_OK):
            raise PermissionError(errno.EACCES, "permission denied", str(folder))
    except OSError as err:
        raise HomeFolderError(
            f"Porchlight cannot use its folder {folder}: {_why(err, folder)}. "
            f"Set {HOME_ENV} to a folder you can write to."
        ) from None
    return folder


def check_home_folder(folder: Path) -> None:
    """Raise :class:`~guides.errors.HomeFolderError` when a file stands where ``folder`` should be.

    For reading only: nothing is made, but a home that could never be made
    is said, not read as an empty library.
    """
    from guides.errors import HomeFolderError

    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise HomeFolderError(
            f"Porchlight cannot use its folder {folder}: {blocking} is a file, not a folder. "
            f"Set {HOME_ENV} to a folder you can write to."
        )


def _why(err: OSError, folder: Path) -> str:
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None or err.errno in (errno.EEXIST, errno.ENOTDIR):
        return f"{blocking or 'a file'} is a file, not a folder"
    if err.errno == errno.EROFS:
        return "the disk is read-only"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if err.errno == errno.ENOSPC:
        return "the disk is full"
    return err.strerror or type(err).__name__
