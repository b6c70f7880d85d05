"""Where the app keeps its settings, its window state and its log; the library's folder is the engine's
(``guides.paths``).

One place for every path the app writes. ``PORCHLIGHT_HOME`` puts everything
under one folder (tests, portable use), read by ``guides.paths.home`` alone so
the library and the settings never part; otherwise platformdirs gives the
platform's own folders. Nothing is created at import time: the ``ensure_``
helpers make a folder when it is first needed.
"""

from __future__ import annotations

from pathlib import Path

from desktop.identity import APP_NAME, ORGANIZATION
from guides.paths import home as _home


def config_dir() -> Path:
    home = _home()
    if home:
        return home / "config"
    import platformdirs  # on use: not every start needs it

    return Path(platformdirs.user_config_dir(APP_NAME, ORGANIZATION))


def log_dir() -> Path:
    home = _home()
    if home:
        return home / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, ORGANIZATION))


def preferences_file() -> Path:
    return config_dir() / "preferences.json"


def window_state_file() -> Path:
    return config_dir() / "window-state.json"


def last_screen_file() -> Path:
    return config_dir() / "last-screen.json"


def discuss_state_file() -> Path:
    """Where each guide's discuss-together view stopped (disposable, like the window state)."""
    return config_dir() / "discuss-state.json"


def worksheets_made_file() -> Path:
    """Which articles a worksheet was saved or printed from (the library list marks them)."""
    return config_dir() / "worksheets-made.json"


def log_file() -> Path:
    return log_dir() / "porchlight.log"


def ensure_dir(path: Path) -> Path:
    """Make one of the app's folders (settings, logs) if missing, readable by the user only."""
    from guides.files import make_private_folder

    return make_private_folder(path)


def write_state(path: Path, text: str) -> None:
    """Write a settings or state file whole or not at all, readable by the user only (OSError on failure).

    A file that holds this text already is left as it is: closing the window on what it opened
    with (the same article, marks and size) syncs nothing to the disk (two synced writes, 5 to
    15 ms of every close otherwise).
    """
    from guides.files import PRIVATE_FILE, make_private, write_text_atomically

    try:
        if path.read_text(encoding="utf-8") == text:
            make_private(path)  # as a write would leave it
            return
    except (OSError, ValueError):  # missing, unreadable or not text: written whole below
        pass
    ensure_dir(path.parent)
    write_text_atomically(path, text, mode=PRIVATE_FILE)


def home_problem() -> str | None:
    """Why Porchlight cannot start with its folders, in one line; None when it can.

    A file where a folder should be, or no library folder and none can be
    made, stops it. A folder that is there but read-only does not: the
    library then opens to be read (and says so), and settings and logs that
    cannot be written are kept for this run only.
    """
    from guides import paths as engine_paths
    from guides.library.errors import HomeFolderError

    data = engine_paths.data_dir()
    for folder in (data, config_dir(), log_dir()):
        if folder.is_dir():
            continue
        try:
            engine_paths.check_home_folder(folder)
            if folder == data:
                engine_paths.make_home_folder(folder)
        except HomeFolderError as err:
            return str(err)
    return None
