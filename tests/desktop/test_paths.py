"""One value of PORCHLIGHT_HOME, one folder: the library, the settings and the logs never part."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop import paths
from guides import paths as engine_paths

ROOT = Path(__file__).resolve().parents[2]


def _folders() -> tuple[Path, Path, Path]:
    """The library's, the settings' and the logs' home, each as its own module sees it."""
    return engine_paths.data_dir(), paths.config_dir().parent, paths.log_dir().parent


def test_a_tilde_is_the_users_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "user"))  # what expanduser reads on Windows
    monkeypatch.setenv("PORCHLIGHT_HOME", "~/Porchlight data")
    expected = tmp_path / "user" / "Porchlight data"
    assert _folders() == (expected, expected, expected)
    assert engine_paths.library_path() == expected / "library.sqlite3"
    assert paths.preferences_file() == expected / "config" / "preferences.json"


@pytest.mark.parametrize("value", ["My Porchlight", "  My Porchlight  ", "My Porchlight\n"])
def test_spaces_inside_are_kept_and_blanks_around_dropped(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PORCHLIGHT_HOME", value)
    expected = tmp_path / "My Porchlight"
    assert _folders() == (expected, expected, expected)


def test_a_relative_value_is_made_absolute_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PORCHLIGHT_HOME", "portable/../home")
    expected = tmp_path / "home"
    assert _folders() == (expected, expected, expected)
    assert all(folder.is_absolute() for folder in _folders())


def test_a_blank_value_means_the_platforms_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORCHLIGHT_HOME", "   ")
    assert engine_paths.home() is None
    assert engine_paths.data_dir().name == "Porchlight"
    assert paths.config_dir().name == "Porchlight"
    assert not (tmp_path / "   ").exists()


def test_only_the_engines_paths_module_reads_the_variable() -> None:
    # A second reading is how the library and the settings once went to different folders.
    readers = [
        str(path.relative_to(ROOT))
        for package in ("guides", "desktop")
        for path in sorted((ROOT / package).rglob("*.py"))
        if re.search(r"environ[^\n]*(PORCHLIGHT_HOME|HOME_ENV)", path.read_text(encoding="utf-8"))
    ]
    assert readers == [str(Path("guides", "paths.py"))]


def test_a_state_file_that_says_the_same_already_is_not_written_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Closing on what the window opened with syncs nothing; a change is written whole."""
    import guides.files

    state = paths.window_state_file()
    paths.write_state(state, '{"geometry": "AAAA"}')
    writes: list[object] = []
    real = guides.files.write_atomically
    monkeypatch.setattr(guides.files, "write_atomically", lambda *a, **k: writes.append(a) or real(*a, **k))
    paths.write_state(state, '{"geometry": "AAAA"}')
    assert writes == [] and state.read_text(encoding="utf-8") == '{"geometry": "AAAA"}'
    paths.write_state(state, '{"geometry": "BBBB"}')
    assert len(writes) == 1 and state.read_text(encoding="utf-8") == '{"geometry": "BBBB"}'
