"""Window geometry and pane sizes: disposable state, kept apart from the preferences.

Stored as base64 Qt blobs in a small JSON file; anything unreadable is ignored.
"""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray

from desktop import paths

log = logging.getLogger(__name__)


def load(path: Path | None = None) -> dict[str, QByteArray]:
    path = path or paths.window_state_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): QByteArray(base64.b64decode(v)) for k, v in data.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def save(state: dict[str, QByteArray], path: Path | None = None) -> None:
    path = path or paths.window_state_file()
    try:
        data = {k: base64.b64encode(bytes(v.data())).decode("ascii") for k, v in state.items()}
        paths.write_state(path, json.dumps(data))
    except OSError as err:
        log.warning("Window state not saved: %s", err)
