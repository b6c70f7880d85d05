"""Whole guides in Markdown, compared with the files in tests/guides/snapshots/.

A change in wording shows up here, and in review, as a diff of those files.
Only the project's own fixture articles are snapshotted: a guide quotes its
article at length, and the shared seed article is not ours to copy into the
repository (its guides are checked by the invariant tests instead).
After a deliberate change, regenerate them and read the diff:

    PORCHLIGHT_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/guides/test_guide_snapshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_guide_support import fixture_article

from guides.article import Article
from guides.export import guide_to_markdown
from guides.guide import GuideOptions, generate_guide

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("PORCHLIGHT_UPDATE_SNAPSHOTS") == "1"

CASES = [
    ("marriage-post", "couple", {}),
    ("marriage-post", "group", {"minutes": 45}),
    ("secular-column", "group", {}),
    ("sermon-outline", "session", {"minutes": 90}),
    ("parenting-article", "couple", {"intensity": "mild"}),
    ("spanish-devotional", "group", {}),
]


def _name(stem: str, audience: str, options: dict[str, object]) -> str:
    extra = "".join(f"-{k}-{v}".lower() for k, v in sorted(options.items()))
    return f"{stem}-{audience}{extra}.md"


def _check(article: Article, audience: str, options: dict[str, object], name: str) -> None:
    text = guide_to_markdown(generate_guide(article, GuideOptions(audience=audience, **options)))  # type: ignore[arg-type]
    path = SNAPSHOTS / name
    if UPDATE or not path.exists():
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{name} did not exist and has been written; check it and commit it")
        return
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{name} changed; if the new wording is right, rerun with PORCHLIGHT_UPDATE_SNAPSHOTS=1 "
        "and review the diff"
    )


@pytest.mark.parametrize(("stem", "audience", "options"), CASES, ids=[_name(*c) for c in CASES])
def test_fixture_guide_matches_snapshot(stem: str, audience: str, options: dict[str, object]) -> None:
    _check(fixture_article(stem), audience, options, _name(stem, audience, options))
