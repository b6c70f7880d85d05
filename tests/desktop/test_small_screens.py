"""On a 1024x700 screen (and 1366x768) every window and dialog opens on the screen with every button on it.

Each size runs tests/desktop/screen_check.py in its own process: Qt's offscreen platform reads the
screen's size from a file when it starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1366, 768)])
def test_every_button_is_on_the_screen(tmp_path: Path, width: int, height: int) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "small", "width": width, "height": height}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PORCHLIGHT_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, str(HERE / "screen_check.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["problems"] == []
    assert len(report["opened"]) == 11
    assert report["window"][0] <= width and report["window"][1] <= height


def test_a_first_window_fits_its_screen() -> None:
    from PySide6.QtCore import QRect, QSize

    from desktop.screens import first_size, pane_sizes

    assert first_size(QRect(0, 0, 1024, 700)) == QSize(1024, 700)
    assert first_size(QRect(0, 0, 1366, 740)) == QSize(1280, 740)
    assert first_size(QRect(0, 0, 1920, 1050)) == QSize(1632, 892)
    library, reader, guide = pane_sizes(1024)
    assert library == 0 and reader >= 560 and guide >= 360  # the library folds away on a narrow window
    library, reader, guide = pane_sizes(1920)
    assert library > 0 and guide >= 640  # the guide gets the room the reading column does not use
    assert pane_sizes(1920, wide_guide=True)[2] == (1920 - library) // 2
