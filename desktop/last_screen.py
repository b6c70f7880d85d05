"""The last screen, saved on close so the next start can show it at once.

Disposable window state like the geometry: the reader's HTML and typography,
and the window title. On start the frame shows it while the engine, the
library and the panes load behind it; then the real article replaces it.
Anything unreadable is ignored.
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


def _file() -> Path:
    return paths.last_screen_file()


def load() -> LastScreen | None:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        return LastScreen(**{k: data[k] for k in LastScreen.__dataclass_fields__})
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
