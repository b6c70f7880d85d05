"""The last screen, saved on close so the next start can show it at once.

Disposable window state like the geometry: the reader's HTML and typography,
and the window title. On start the frame shows it while the engine, the
library and the panes load behind it; then the real article replaces it.
A start given a file shows it only when it is that file's article and the
file looks as it did then (its size and time); the controller then checks
its bytes (desktop/controller.py). Anything unreadable is ignored.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop import paths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LastScreen:
    title: str
    html: str
    theme: str
    """The palette it was drawn in (light, sepia or dark), already resolved from the preference."""
    font: str
    zoom: int
    line_width: int
    source: str | None = None
    """The local file the article was imported from, if it was (resolved, as the library has it)."""
    stamp: str | None = None
    """That file's size and modification time when the screen was saved."""


def file_stamp(path: Path) -> str | None:
    """A file's size and modification time, to tell cheaply whether it may have changed."""
    try:
        info = path.stat()
    except OSError:
        return None
    return f"{info.st_size}:{info.st_mtime_ns}"


def shows_file(screen: LastScreen, source: str) -> bool:
    """Whether ``screen`` is the article of the file ``source`` names, as the file is now."""
    from guides.library.source_files import local_file

    if screen.source is None or screen.stamp is None:
        return False
    path = local_file(source)
    return path is not None and str(path) == screen.source and file_stamp(path) == screen.stamp


def _file() -> Path:
    return paths.last_screen_file()


_OPTIONAL = ("source", "stamp")
"""Fields a screen saved by an earlier version lacks."""


def load() -> LastScreen | None:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        fields = LastScreen.__dataclass_fields__
        return LastScreen(**{k: data[k] for k in fields if k in data or k not in _OPTIONAL})
    except (OSError, ValueError, TypeError, KeyError):
        return None


def save(screen: LastScreen | None) -> None:
    try:
        if screen is None:
            _file().unlink(missing_ok=True)
            return
        paths.write_state(_file(), json.dumps(asdict(screen)))
    except OSError as err:
        log.warning("Last screen not saved: %s", err)
