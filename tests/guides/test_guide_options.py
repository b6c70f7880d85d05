"""The options (audience, minutes, intensity, faith, questions) and what each audience's guide holds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_guide_support import (
    ARTICLES,
    FIXTURE_NAMES,
    article_from,
    fixture_article,
    guide_problems,
    imported,
)

from guides.analysis.analyze import analyze
from guides.analysis.sensitive import rank
from guides.guide import GuideOptions, GuideOptionsError, generate_guide, guide_from_dict, guide_to_dict
from guides.guide.audiences import audience_keys
from guides.importing import import_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("audience", audience_keys())
@pytest.mark.parametrize("minutes", [15, 20, 30, 45, 60, 75, 90, 120, 180])
def test_minutes_add_up_to_the_session_length(audience: str, minutes: int) -> None:
    guide = generate_guide(fixture_article("marriage-post"), GuideOptions(audience=audience, minutes=minutes))  # type: ignore[arg-type]
    assert sum(s.minutes for s in guide.sections) == minutes == guide.minutes
    assert all(s.minutes > 0 for s in guide.sections if s.key not in {"prepare", "take_home"})


def test_minutes_out_of_range_are_refused() -> None:
    with pytest.raises(GuideOptionsError):
        generate_guide(fixture_article("marriage-post"), GuideOptions(minutes=5))
    with pytest.raises(GuideOptionsError):
        generate_guide(fixture_article("marriage-post"), GuideOptions(questions=40))


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_faith_off_removes_scripture_and_prayer(name: str) -> None:
    article = fixture_article(name)
    for audience in audience_keys():
        guide = generate_guide(article, GuideOptions(audience=audience, faith=False))  # type: ignore[arg-type]
        assert not guide.faith
        assert guide.scripture == ()
        refs = {(s.start, s.end) for s in analyze(article).scripture}
        words = " ".join(
            [q.text for q in guide.questions]
            + [n.text for s in guide.sections for n in s.notes]
            + [n.text for n in guide.leader_notes]
            + list(guide.follow_up)
        ).lower()
        for word in ("pray", "prayer", "orar", "oren", "oración"):
            assert not re.search(rf"\b{word}\b", words), (name, audience, word)
        for section in guide.sections:
            assert all(r.ref is None for r in section.readings)
            for q in section.questions:
                assert (q.source.start, q.source.end) not in refs, q.text


def test_faith_follows_the_article_when_not_chosen(seed_article_path: Path) -> None:
    assert generate_guide(imported(str(seed_article_path))).faith
    assert not generate_guide(fixture_article("secular-column")).faith
    assert not generate_guide(fixture_article("parenting-article")).faith
    assert generate_guide(fixture_article("parenting-article"), GuideOptions(faith=True)).faith


def test_faith_on_reads_scripture_and_closes_in_prayer(seed_article_path: Path) -> None:
    guide = generate_guide(imported(str(seed_article_path)), GuideOptions(audience="group"))
    read = guide.section("read")
    assert read is not None
    (verse,) = [r for r in read.readings if r.ref]
    assert verse.ref == "Ephesians 5:31" and "one flesh" in verse.text and verse.translation == "WEB"
    close = guide.section("close")
    assert close is not None and "prayer" in " ".join(n.text for n in close.notes)


@pytest.mark.parametrize("ceiling", ["mild", "medium", "open"])
def test_a_couple_never_goes_deeper_than_they_chose(seed_article_path: Path, ceiling: str) -> None:
    article = imported(str(seed_article_path))
    guide = generate_guide(article, GuideOptions(audience="couple", intensity=ceiling))  # type: ignore[arg-type]
    assert all(rank(q.intensity) <= rank(ceiling) for q in guide.questions)  # type: ignore[arg-type]
    assert all(q.visibility == "couple" for q in guide.questions)


def test_open_lets_a_couple_talk_about_the_intimate_part(seed_article_path: Path) -> None:
    article = imported(str(seed_article_path))
    guide = generate_guide(article, GuideOptions(audience="couple", intensity="open"))
    assert any(q.intensity == "open" for q in guide.questions)


def test_a_couple_guide_ends_with_i_will_for_each_partner() -> None:
    guide = generate_guide(fixture_article("marriage-post"), GuideOptions(audience="couple"))
    last = guide.sections[-1]
    assert last.key == "commit"
    assert sum(p.kind == "partner" and "I will" in p.text for p in last.prompts) == 2
    assert [p.partner for p in last.prompts if p.kind == "partner"] == [0, 1]
    assert any(p.kind == "return" and "come back" in p.text for p in last.prompts)
    assert any(q.separately for q in guide.questions), "some questions are answered separately first"


def test_a_session_plan_holds_what_a_leader_needs() -> None:
    article = fixture_article("sermon-outline")
    guide = generate_guide(article, GuideOptions(audience="session"))
    assert guide.big_idea is not None
    assert article.text[guide.big_idea.start : guide.big_idea.end] == guide.big_idea.text
    assert len(guide.outline) >= 3
    for point in guide.outline:
        assert article.text[point.start : point.end] == point.quote
    assert guide.scripture and all(s.verse_text for s in guide.scripture)
    assert guide.scripture[0].ref == "Galatians 6:1-5"
    assert "Galatians 6:2" not in {s.ref for s in guide.scripture}, "a verse inside a listed passage"
    prepare = guide.section("prepare")
    assert prepare is not None and all(q.visibility == "leader" for q in prepare.questions)
    assert guide.follow_up and guide.leader_notes
    assert [s.key for s in guide.sections][1:] == ["welcome", "read", "discuss", "apply", "close"]


def test_abuse_is_never_a_couple_question_and_gets_a_safety_note() -> None:
    article = article_from(
        [
            "Some couples fight fair. Others do not, and a few homes are not safe at all.",
            "If there is abuse in your home, the first step is safety, not a better conversation. Abuse is "
            "never the fault of the person being hurt.",
            "For most couples, though, conflict is ordinary. Learn to pause before you answer. Trust grows "
            "when both of you know the pause is coming.",
        ],
        title="When arguments turn",
    )
    couple = generate_guide(article, GuideOptions(audience="couple", intensity="open"))
    assert all("abuse" not in q.text.lower() for q in couple.questions)
    assert any(n.kind == "care" and "unsafe" in n.text for s in couple.sections for n in s.notes)
    group = generate_guide(article, GuideOptions(audience="group", intensity="open"))
    assert any(
        n.kind == "care" and "abuse" in n.text.lower() and "privately" in n.text for n in group.leader_notes
    )
    assert guide_problems(article, group) == []


def test_a_spanish_article_gets_a_spanish_guide() -> None:
    guide = generate_guide(fixture_article("spanish-devotional"), GuideOptions(audience="group"))
    assert guide.language == "es"
    assert all(q.text.startswith("¿") or "¿" in q.text for q in guide.questions)
    read = guide.section("read")
    assert read is not None
    verses = [r for r in read.readings if r.ref]
    assert verses and verses[0].ref.startswith("Lamentaciones")
    assert "misericordia" in verses[0].text, "the verse as the article quotes it, not the English text"


def test_the_same_article_and_options_give_the_same_guide() -> None:
    for name in FIXTURE_NAMES:
        article = fixture_article(name)
        for audience in audience_keys():
            options = GuideOptions(audience=audience)  # type: ignore[arg-type]
            assert generate_guide(article, options) == generate_guide(article, options)


def test_the_guide_does_not_depend_on_hash_seeds() -> None:
    code = (
        "import json, sys\n"
        "from guides.importing import import_source\n"
        "from guides.guide import GuideOptions, generate_guide, guide_to_dict\n"
        f"a = import_source({str(ARTICLES / 'marriage-post.txt')!r})\n"
        "g = generate_guide(a, GuideOptions(audience='session'))\n"
        "print(json.dumps(guide_to_dict(g), sort_keys=True))\n"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize("audience", audience_keys())
def test_json_round_trip(audience: str) -> None:
    guide = generate_guide(fixture_article("sermon-outline"), GuideOptions(audience=audience))  # type: ignore[arg-type]
    data = guide_to_dict(guide)
    assert guide_from_dict(json.loads(json.dumps(data))) == guide
    assert data["schema"] == 2
    for key in ("title", "audience", "big_idea", "scripture", "sections", "leader_notes"):
        assert key in data
    question = (
        data["sections"][2]["questions"][0] if audience != "session" else data["sections"][3]["questions"][0]
    )
    assert set(question) >= {"id", "text", "kind", "visibility", "source"}
    assert set(question["source"]) == {"quote", "start", "end"}


def test_a_newer_schema_is_refused() -> None:
    data = guide_to_dict(generate_guide(fixture_article("marriage-post")))
    data["schema"] = 99
    with pytest.raises(ValueError, match="schema 99"):
        guide_from_dict(data)


def test_a_session_plan_has_no_empty_part_for_the_leaders_preparation() -> None:
    """A story told for its own sake has no thesis and no claim to weigh beforehand: no empty heading."""
    article = import_text(
        "The Oak\n\nMy grandfather planted an oak in the spring of 1950. It grew slowly at first. We "
        "climbed it every summer when we were children. It fell in a storm last year, and we counted the "
        "rings together.\n",
        html=False,
    )
    guide = generate_guide(article, GuideOptions(audience="session"))
    assert "prepare" not in [s.key for s in guide.sections]
