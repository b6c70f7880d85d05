"""Preferences are typed and versioned; a broken file never stops the app."""

from __future__ import annotations

import json
from pathlib import Path

from desktop import paths, preferences
from desktop.preferences import Preferences, Reader


def test_defaults_when_no_file() -> None:
    prefs = preferences.load()
    assert prefs == Preferences()
    assert prefs.reader.name == "Anna"


def test_round_trip(tmp_path: Path) -> None:
    prefs = Preferences(
        readers=(Reader("Maria", "green"), Reader("Joe", "pink")),
        theme="sepia",
        zoom=150,
        paper="letter",
        faith_elements=False,
    )
    preferences.save(prefs)
    assert paths.preferences_file().exists()
    assert preferences.load() == prefs


def test_version_1_is_migrated() -> None:
    old = {"version": 1, "reader_a": "Sam", "reader_b": "Alex", "theme": "dark"}
    prefs = preferences.from_dict(old)
    assert [r.name for r in prefs.readers] == ["Sam", "Alex"]
    assert prefs.theme == "dark"


def test_bad_values_fall_back_to_defaults() -> None:
    prefs = preferences.from_dict(
        {
            "version": 2,
            "theme": "neon",
            "zoom": 9000,
            "faith_elements": "yes",
            "readers": "nobody",
            "current_reader": 7,
        }
    )
    assert prefs.theme == "system"
    assert prefs.zoom == 300
    assert prefs.faith_elements is True
    assert prefs.readers == Preferences().readers
    assert prefs.current_reader == 0


def test_unreadable_file_is_set_aside() -> None:
    file = paths.preferences_file()
    paths.ensure_dir(file.parent)
    file.write_text("{ not json", encoding="utf-8")
    assert preferences.load() == Preferences()
    assert file.with_suffix(".json.bad").exists()


def test_newer_version_is_not_overwritten_silently() -> None:
    file = paths.preferences_file()
    paths.ensure_dir(file.parent)
    file.write_text(json.dumps({"version": 99}), encoding="utf-8")
    assert preferences.load() == Preferences()
    assert file.with_suffix(".json.bad").exists()


def test_the_default_audience_opens_first(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import build

    preferences.save(Preferences(default_audience="group"))
    window, app = build(runner)
    qtbot.addWidget(window)
    assert window.guide.audience == "group"
    app.library.close()
