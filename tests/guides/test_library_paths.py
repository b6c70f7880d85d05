"""The data folder: PORCHLIGHT_HOME first, platformdirs otherwise, never created on import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from guides import paths


def test_porchlight_home_overrides_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORCHLIGHT_HOME", str(tmp_path / "portable"))
    assert paths.data_dir() == tmp_path / "portable"
    assert paths.library_path() == tmp_path / "portable" / "library.sqlite3"
    assert paths.backups_dir() == tmp_path / "portable" / "backups"
    assert not (tmp_path / "portable").exists()


def test_without_the_override_platformdirs_decides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PORCHLIGHT_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = paths.data_dir()
    assert folder.name == "Porchlight"
    if sys.platform.startswith("linux"):
        assert folder == tmp_path / "xdg" / "Porchlight"
    assert not folder.exists()


def test_a_blank_override_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORCHLIGHT_HOME", "  ")
    assert paths.data_dir().name == "Porchlight"


def test_ensure_dir_creates_the_folder_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b"
    assert paths.ensure_dir(target) == target
    assert target.is_dir()
    assert paths.ensure_dir(target) == target  # twice is fine


def test_importing_touches_nothing_on_disk(tmp_path: Path) -> None:
    home = tmp_path / "home"
    code = "import guides.paths, guides.library, guides.library.library; guides.paths.library_path()"
    env = {**os.environ, "PORCHLIGHT_HOME": str(home), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert not home.exists()
    assert not (tmp_path / "xdg").exists()
