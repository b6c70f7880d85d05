"""The catalogs: every word a guide or a worksheet prints, checked whole, in every language."""

from __future__ import annotations

import re
import tomllib

import pytest

from guides.catalog import LANGUAGES, catalog, catalog_problems, families
from guides.guide.families import CHECKS, SLOTS
from guides.resources import resource_path


def test_the_catalogs_have_no_problems() -> None:
    assert catalog_problems() == []


def test_every_precondition_the_table_names_has_a_check_and_every_check_is_used() -> None:
    named = {name for family in families().values() for name in family.requires}
    assert named - set(CHECKS) == set(), "a precondition in families.toml with no check"
    assert set(CHECKS) - named == set(), "a check no family uses"


def test_every_slot_the_table_declares_has_a_filler() -> None:
    declared = {slot for family in families().values() for slot in family.slots}
    assert declared <= SLOTS


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_family_has_a_reason_a_leader_can_read(language: str) -> None:
    c = catalog(language)
    for name in families():
        assert c.why(name).endswith("."), (language, name)


def test_a_misspelt_slot_is_caught(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Copy the catalogs, misspell one slot in Spanish, and the check names it."""
    for name in ("en.toml", "es.toml", "keys.toml", "families.toml"):
        (tmp_path / "catalogs").mkdir(exist_ok=True)
        (tmp_path / "catalogs" / name).write_text(resource_path("catalogs", name).read_text(encoding="utf-8"))
    spanish = tmp_path / "catalogs" / "es.toml"
    broken = spanish.read_text(encoding="utf-8").replace("{theme} esta semana", "{tema} esta semana")
    spanish.write_text(broken)
    monkeypatch.setenv("PORCHLIGHT_RESOURCES", str(tmp_path))
    families.cache_clear()
    try:
        problems = catalog_problems()
    finally:
        families.cache_clear()
    assert any("es.toml" in p and "tema" in p for p in problems)


def test_a_family_without_spanish_wording_is_caught(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("en.toml", "es.toml", "keys.toml", "families.toml"):
        (tmp_path / "catalogs").mkdir(exist_ok=True)
        (tmp_path / "catalogs" / name).write_text(resource_path("catalogs", name).read_text(encoding="utf-8"))
    spanish = tmp_path / "catalogs" / "es.toml"
    text = spanish.read_text(encoding="utf-8")
    text = re.sub(r"\[families\.definition\]\n(?:.+\n)+?\n", "", text)
    spanish.write_text(text)
    monkeypatch.setenv("PORCHLIGHT_RESOURCES", str(tmp_path))
    families.cache_clear()
    try:
        problems = catalog_problems()
    finally:
        families.cache_clear()
    assert any("es.toml" in p and "definition" in p for p in problems)


def test_no_retired_family_is_back() -> None:
    """Paraphrase and empty shapes that fit any article are not families any more."""
    retired = {
        "means", "big_idea", "passage_pick", "why_says", "reasons", "notice", "scripture", "seen_it",
        "weigh_claim",  # "Where does ... ring true for you?": the key-claim families ask on the argument
    }  # fmt: skip
    assert retired & set(families()) == set()


def test_the_fixed_texts_declared_are_the_ones_english_has() -> None:
    keys = tomllib.loads(resource_path("catalogs", "keys.toml").read_text(encoding="utf-8"))
    english = tomllib.loads(resource_path("catalogs", "en.toml").read_text(encoding="utf-8"))
    for table, declared in keys.items():
        assert set(declared) == set(english[table]), table
