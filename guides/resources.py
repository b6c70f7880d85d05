"""Where the bundled resources (Bible text, fonts, samples) are found.

In a checkout they sit in ``resources/`` beside the packages; in a PyInstaller
bundle under ``sys._MEIPASS``; ``PORCHLIGHT_RESOURCES`` overrides both (tests,
packagers). Nothing is read at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    override = os.environ.get("PORCHLIGHT_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("bible", "web.tsv.gz")``."""
    return resources_root().joinpath(*parts)
