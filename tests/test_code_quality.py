"""Lint and types are part of the suite, so CI keeps them as they are on a developer's machine."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "guides", "desktop", "tests", "bench", "packaging"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]


def test_engine_and_desktop_type_check() -> None:
    """Strict for guides, the ratchet for desktop (both set in pyproject.toml)."""
    result = subprocess.run(
        [_tool("mypy"), "guides", "desktop"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:]
    assert "unused section" not in result.stdout  # every section of pyproject's mypy settings is used


def test_no_test_skips_when_a_module_of_the_project_is_missing() -> None:
    """A module of guides or desktop that fails to import fails the suite; it never skips tests quietly.

    The guards that did so (``find_spec`` of a reader "not there yet") outlived the readers' arrival;
    a test that needs an optional tool skips on the tool itself (``shutil.which``), not on a module.
    """
    guard = re.compile(r"\b(find_spec|importorskip)\(")
    guarded = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path.name != Path(__file__).name and guard.search(path.read_text(encoding="utf-8"))
    ]
    assert guarded == []
