"""guides.export names every way the engine writes a file, and naming them loads nothing heavy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import guides.export


def test_every_export_named_resolves_to_a_function() -> None:
    assert sorted(guides.export.__all__) == sorted(guides.export._WHERE)
    for name in guides.export.__all__:
        assert callable(getattr(guides.export, name)), name


def test_a_light_export_does_not_load_the_worksheet_or_the_generator() -> None:
    # The notes' Markdown is what the app's notes pane asks for; it must not pull in reportlab.
    code = (
        "import sys\n"
        "from guides.export import notes_to_markdown, article_to_markdown\n"
        "heavy = ('reportlab', 'guides.worksheet', 'guides.guide.generator')\n"
        "loaded = [m for m in sys.modules if m.startswith(heavy)]\n"
        "assert not loaded, loaded\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
