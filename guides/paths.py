"""Where Porchlight keeps its data: one folder, found in one place.

The default is the platform's user data folder (platformdirs);
``PORCHLIGHT_HOME`` overrides it for tests, scripts and portable use. Nothing
here touches the disk at import time, and the folder is only created when
something is about to be written into it (:func:`ensure_dir`).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "Porchlight"
HOME_ENV = "PORCHLIGHT_HOME"
LIBRARY_FILE = "library.sqlite3"
BACKUPS_DIR = "backups"


def data_dir() -> Path:
    """The data folder: ``$PORCHLIGHT_HOME`` if set, else the user data folder. Not created."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs  # imported on use: the engine's import stays cheap

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


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
