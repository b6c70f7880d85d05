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


def test_a_catalog_read_through_its_parsed_copy_is_the_catalog(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The JSON copy in the cache folder gives back what the TOML says, and follows an edit."""
    from guides import catalog as module
    from guides.paths import cache_dir

    (tmp_path / "catalogs").mkdir()
    keys = tmp_path / "catalogs" / "keys.toml"
    keys.write_text(resource_path("catalogs", "keys.toml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("PORCHLIGHT_RESOURCES", str(tmp_path))
    cache_dir().parent.mkdir(parents=True, exist_ok=True)  # the data folder a start has made
    parsed = tomllib.loads(keys.read_text(encoding="utf-8"))
    assert module._load("keys.toml") == parsed  # parsed, and kept
    copy = cache_dir() / "catalogs" / "keys.toml.json"
    assert copy.exists()
    assert module._load("keys.toml") == parsed  # through the copy
    keys.write_text(keys.read_text(encoding="utf-8") + '\n[added]\nnew = ["x"]\n', encoding="utf-8")
    assert module._load("keys.toml")["added"] == {"new": ["x"]}  # an edited file is parsed again
    copy.write_text("{not json", encoding="utf-8")
    assert module._load("keys.toml")["added"] == {"new": ["x"]}  # a broken copy is only a parse


def test_a_catalog_copy_never_makes_the_data_folder(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from guides import catalog as module
    from guides.paths import cache_dir

    assert not cache_dir().parent.exists()
    assert "titles" in module._load("en.toml")
    assert not cache_dir().parent.exists()
