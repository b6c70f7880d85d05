"""The audiences live in one registry: the generator builds from it and the commands offer it,
so an audience registered there alone is made and offered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_guide_support import fixture_article

from guides.cli import main
from guides.guide import GuideOptions, GuideOptionsError, generate_guide, guide_from_dict, guide_to_dict
from guides.guide import audiences as registry
from guides.guide.audiences import AudienceSpec, EditionSpec, audience_keys
from guides.guide.generator import build_group_guide
from guides.worksheet.content import EDITIONS


def build_retreat(ctx: Any, options: GuideOptions, minutes: int, common: dict[str, Any]) -> Any:
    """A made-up audience's builder: a group's guide, run over a longer evening."""
    return build_group_guide(ctx, options, minutes, common)


@pytest.fixture
def retreat() -> Iterator[AudienceSpec]:
    spec = registry.register(
        AudienceSpec(
            "retreat", "Weekend retreat", 90, (EditionSpec("retreat", "Retreat sheet"),), build_retreat
        )
    )
    try:
        yield spec
    finally:
        registry.unregister("retreat")


def test_the_built_in_audiences_and_what_each_prints() -> None:
    assert registry.audience_keys() == ("couple", "group", "session")
    assert {a.key: a.default_minutes for a in registry.audiences()} == {
        "couple": 30,
        "group": 60,
        "session": 60,
    }
    assert {a.key: a.own_edition for a in registry.audiences()} == {
        "couple": "couple",
        "group": "participant",
        "session": "session",
    }
    assert sorted(e.key for e in registry.editions()) == sorted(EDITIONS), "each edition has one audience"
    assert registry.audience_of_edition("cards").key == "group"  # the group guide's take-home questions


def test_each_built_in_audience_is_made_by_its_builder() -> None:
    article = fixture_article("marriage-post")
    for key in audience_keys():
        guide = generate_guide(article, GuideOptions(audience=key))
        assert (guide.audience, guide.minutes) == (key, registry.audience(key).default_minutes)
    with pytest.raises(GuideOptionsError, match="unknown audience"):
        generate_guide(article, GuideOptions(audience="choir"))


def test_an_audience_registered_alone_is_made(retreat: AudienceSpec) -> None:
    guide = generate_guide(fixture_article("marriage-post"), GuideOptions(audience="retreat"))
    assert guide.audience == "retreat" and guide.minutes == 90
    assert sum(s.minutes for s in guide.sections) == 90


def test_a_stored_guide_is_read_back_for_a_registered_audience_and_refused_for_another(
    retreat: AudienceSpec,
) -> None:
    stored = guide_to_dict(
        generate_guide(fixture_article("marriage-post"), GuideOptions(audience="retreat"))
    )
    assert guide_from_dict(stored) == guide_from_dict(guide_to_dict(guide_from_dict(stored)))
    assert guide_from_dict(stored).audience == "retreat"
    registry.unregister("retreat")
    with pytest.raises(ValueError, match="unknown audience 'retreat'"):
        guide_from_dict(stored)


def test_the_tabs_are_named_in_the_registry() -> None:
    assert [a.tab_label for a in registry.audiences()] == ["Couple", "Group", "Session"]
    assert AudienceSpec("retreat", "Weekend retreat", 90, (), "unused:unused").tab_label == "Retreat"


@pytest.mark.parametrize("command", ["guide", "worksheet"])
def test_an_audience_registered_alone_is_offered_by_the_commands(
    command: str, retreat: AudienceSpec, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "{couple,group,session,retreat}" in capsys.readouterr().out
    registry.unregister("retreat")
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "{couple,group,session}" in capsys.readouterr().out


def test_the_worksheet_offers_the_registered_editions(
    retreat: AudienceSpec, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["worksheet", "--help"])
    assert "{couple,participant,leader,cards,session,retreat}" in capsys.readouterr().out
    # Offered, but the worksheet has no layout for it yet: one line and exit 2, nothing written.
    article = tmp_path / "evening.txt"
    article.write_text("An evening together\n\nWe kept the promise we made on a Tuesday.\n", encoding="utf-8")
    out = tmp_path / "retreat.pdf"
    command = ["worksheet", str(article), "--audience", "retreat", "--edition", "retreat", "-o", str(out)]
    assert main(command) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the retreat edition has no printed layout yet" in err
    assert not out.exists()
    registry.unregister("retreat")
    with pytest.raises(SystemExit):
        main(["worksheet", "--help"])
    assert "{couple,participant,leader,cards,session}" in capsys.readouterr().out
