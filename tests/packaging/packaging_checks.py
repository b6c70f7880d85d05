"""What the packaging tests share: where the scripts are, and the system validators."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def system_tool(name: str) -> str:
    """The path of a validator the packaging relies on.

    CI installs it (.ci/run), so there a missing tool fails the test; a developer's
    machine without it skips, saying how to get it.
    """
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing; .ci/run installs it with packaging/linux/ensure-packages.sh")
    pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
