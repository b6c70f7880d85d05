"""Pages copied from the web and Word files write "don’t" with a curly apostrophe, hand-typed text
writes "don't": the reading and the guide must not care which (every cue is written for both)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guides.analysis.analyze import analyze
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_text

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
STRAIGHT = sorted(p for p in CORPUS.glob("*.txt") if "’" not in p.read_text(encoding="utf-8"))


def _curled(text: str) -> str:
    return re.sub(r"(?<=\w)'(?=\w)", "’", text)


def test_the_corpus_has_articles_typed_with_straight_apostrophes() -> None:
    assert len(STRAIGHT) >= 10


@pytest.mark.parametrize("path", STRAIGHT, ids=lambda p: p.stem)
def test_a_curly_apostrophe_reads_like_a_straight_one(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    straight, curly = import_text(text), import_text(_curled(text))
    a, b = analyze(straight).reading, analyze(curly).reading
    assert [(p.start, p.role) for p in a.passages] == [(p.start, p.role) for p in b.passages]
    assert (a.thesis.start if a.thesis else None) == (b.thesis.start if b.thesis else None)
    ga = generate_guide(straight, GuideOptions(audience="group"), analysis=analyze(straight))
    gb = generate_guide(curly, GuideOptions(audience="group"), analysis=analyze(curly))
    asked = [[(q.family, q.source.start) for s in g.sections for q in s.questions] for g in (ga, gb)]
    assert asked[0] == asked[1]
