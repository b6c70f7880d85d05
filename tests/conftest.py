"""Hardening shared by every test: offscreen Qt, a throwaway data folder, no real settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own library and settings folder."""
    home = tmp_path / "porchlight-home"
    monkeypatch.setenv("PORCHLIGHT_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return home


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def seed_article_path() -> Path:
    """The shared example a real reader brought. Skips where shared/ is not beside the repo."""
    path = SHARED_EXAMPLES / "seed-article.txt"
    if not path.exists():
        pytest.skip("shared/examples/seed-article.txt is not beside this checkout")
    return path
