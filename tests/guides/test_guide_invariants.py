"""What every generated guide must satisfy, for every fixture article, audience and option set.

Grounded questions (the quote is the article's text at its offsets, inside the
body), open single questions that pass the quality checks, no near-duplicates,
nothing private asked of a whole group, and minutes that add up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_guide_support import FIXTURE_NAMES, fixture_article, guide_problems, imported

from guides.guide import GuideOptions, generate_guide
from guides.guide.audiences import audience_keys

OPTION_SETS = [
    {},
    {"minutes": 45},
    {"minutes": 90, "intensity": "open"},
    {"intensity": "mild", "faith": False},
    {"questions": 5, "faith": True},
]


@pytest.mark.parametrize("name", FIXTURE_NAMES)
@pytest.mark.parametrize("audience", audience_keys())
@pytest.mark.parametrize(
    "options", OPTION_SETS, ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()) or "default"
)
def test_fixture_guides_are_sound(name: str, audience: str, options: dict[str, object]) -> None:
    article = fixture_article(name)
    guide = generate_guide(article, GuideOptions(audience=audience, **options))  # type: ignore[arg-type]
    assert guide_problems(article, guide) == []
    assert guide.questions, "a guide has questions"


@pytest.mark.parametrize("audience", audience_keys())
@pytest.mark.parametrize(
    "options", OPTION_SETS, ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()) or "default"
)
def test_seed_guides_are_sound(seed_article_path: Path, audience: str, options: dict[str, object]) -> None:
    article = imported(str(seed_article_path))
    guide = generate_guide(article, GuideOptions(audience=audience, **options))  # type: ignore[arg-type]
    assert guide_problems(article, guide) == []


def test_intimate_material_reaches_the_group_only_as_couple_questions(seed_article_path: Path) -> None:
    article = imported(str(seed_article_path))
    guide = generate_guide(article, GuideOptions(audience="group", intensity="open"))
    take_home = guide.section("take_home")
    assert take_home is not None and take_home.questions
    assert all(q.visibility == "couple" for q in take_home.questions)
    assert all(
        q.visibility == "everyone" for s in guide.sections if s.key != "take_home" for q in s.questions
    )
    notes = " ".join(n.text for n in guide.leader_notes if n.kind == "care")
    assert "sex" in notes and "affairs" in notes
    assert "follow up privately" in notes, "a care note on handling a disclosure"
    assert any(n.kind == "confidentiality" for n in guide.section("welcome").notes)  # type: ignore[union-attr]


def test_a_group_discussion_has_three_to_five_core_questions_in_order() -> None:
    order = {"observation": 0, "interpretation": 1, "application": 2}
    for name in FIXTURE_NAMES:
        for minutes in (45, 60, 90):
            guide = generate_guide(fixture_article(name), GuideOptions(audience="group", minutes=minutes))
            discuss = guide.section("discuss")
            assert discuss is not None
            core = [q for q in discuss.questions if not q.optional]
            assert 3 <= len(core) <= 5, (name, minutes, len(core))
            kinds = [order[q.kind] for q in core if q.kind in order]
            assert kinds == sorted(kinds), f"{name}: observation, interpretation, application"


def test_the_icebreaker_is_about_life_not_the_article() -> None:
    for name in FIXTURE_NAMES:
        guide = generate_guide(fixture_article(name), GuideOptions(audience="group"))
        welcome = guide.section("welcome")
        assert welcome is not None
        (icebreaker,) = welcome.questions
        assert icebreaker.kind == "icebreaker"
        assert "author" not in icebreaker.text and "article" not in icebreaker.text
        assert "“" not in icebreaker.text.replace("the word “", "")


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_no_question_weighs_the_authors_story_or_plan_as_a_claim(name: str) -> None:
    """'Agree or disagree with “I worried that we had lost her”' or '... in light of “Each of you
    names one thing”' asks the group to judge a memory or an instruction, not a claim."""
    for audience in audience_keys():
        guide = generate_guide(fixture_article(name), GuideOptions(audience=audience))
        for section in guide.sections:
            for question in section.questions:
                if "agree or disagree" in question.text or "in light of" in question.text:
                    assert not question.source.quote.startswith(("I ", "My ", "Each of you")), question.text
