"""Articles, replies and the one assertion the writer tests share: complete, grounded and safe."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guides.analysis.sensitive import is_private_between, private_words
from guides.guide.model import Guide, GuideOptions
from guides.importing import import_source
from guides.writers.write import Prepared, prepare

FIXTURES = Path(__file__).parent / "fixtures"
LONG_WAY = FIXTURES / "writers" / "the-long-way-home.txt"
KINDNESS = FIXTURES / "corpus" / "01-kindness-builds-trust.txt"

GOOD_TEXTS = (
    "Who in your life pays attention to small things without making a fuss about it?",
    "How does the author tell the difference between drifting apart and choosing each other?",
    "Why does the author think ordinary evenings matter more than grand gestures?",
    "What would it look like to try one of these ideas at home before next week?",
    "What is one thing you could notice and say out loud in the next few days?",
    "Where in your week do you feel most hurried, and what helps you slow down?",
    "What part of your day together would you most like to protect from interruptions?",
    "How might your evenings change if you asked one real question each night?",
    "What helps you wait for a whole answer instead of finishing someone's sentence?",
    "When did a short drive or walk turn into a conversation you still remember?",
    "Which habit in this article would be easiest to start, and which hardest?",
    "What do the people closest to you most often notice about you?",
    "How do you know when someone has really listened to you?",
    "What gets in the way of an unhurried evening in your house?",
)


def prepared(path: Path = LONG_WAY, **options: Any) -> Prepared:
    return prepare(import_source(str(path)), GuideOptions(**options))


def good_questions(p: Prepared) -> list[dict[str, str]]:
    """One acceptable question per slot, on the words the plan suggests quoting."""
    return [
        {
            "section": s.section,
            "kind": s.kind,
            "text": GOOD_TEXTS[i % len(GOOD_TEXTS)],
            "quote": (s.suggestion or s.source).quote,
        }
        for i, s in enumerate(p.plan.slots)
    ]


def reply_text(questions: list[dict[str, str]], **extra: Any) -> str:
    return json.dumps({"questions": questions, **extra}, ensure_ascii=False)


def assert_complete_grounded_safe(guide: Guide, p: Prepared) -> None:
    """Every part holds as many questions as the rules guide's; each stands on usable article words;
    nothing private is asked of everyone; a guide without faith carries none."""
    from guides.writers.checks import faith_words

    text = p.article.text
    assert [len(s.questions) for s in guide.sections] == [len(s.questions) for s in p.rules.sections]
    for q in guide.questions:
        assert text[q.source.start : q.source.end] == q.source.quote, q
        assert p.analysis.reading.usable(q.source.start, q.source.end), q
        assert q.written_by
        if q.visibility == "everyone":
            assert not private_words(q.text, language=guide.language), q
            if q.written_by != "rules":
                assert not is_private_between(p.analysis.sensitive, q.source.start, q.source.end), q
        if not guide.faith:
            assert not faith_words(q.text, guide.language), q
