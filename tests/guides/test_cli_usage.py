"""Mistakes at the command line: a mistyped command or option gets the usage that helps."""

from __future__ import annotations

from pathlib import Path

import pytest

from guides.cli import COMMANDS, main, unknown_command


@pytest.mark.parametrize(
    ("word", "message"),
    [
        ("impor", "unknown command 'impor'; did you mean 'import'?"),
        ("gide", "unknown command 'gide'; did you mean 'guide'?"),
        ("worksheets", "unknown command 'worksheets'; did you mean 'worksheet'?"),
        ("Import", "unknown command 'Import'; did you mean 'import'?"),
        (
            "hello",
            "unknown command 'hello'; the commands are "
            "analyze, guide, import, library, notes, series, worksheet",
        ),
    ],
)
def test_a_word_that_is_no_file_and_no_command_is_a_mistyped_command(word: str, message: str) -> None:
    assert (unknown_command(word) or "").startswith(message)


@pytest.mark.parametrize(
    "word", ["notes.txt", "https://example.org/post", "./impor", "--screenshot", "-platform", "über"]
)
def test_paths_urls_and_options_are_not_taken_for_commands(word: str) -> None:
    assert unknown_command(word) is None


def test_a_file_named_like_a_command_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "impor").write_text("An article saved without an extension.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert unknown_command("impor") is None


def test_every_command_is_a_command() -> None:
    assert all(unknown_command(command) is None for command in COMMANDS)


@pytest.mark.parametrize(
    ("argv", "usage", "hint"),
    [
        (["import", "x.txt", "--formt", "json"], "usage: porchlight import ", "; did you mean --format?"),
        (
            ["guide", "x.txt", "--audiense", "couple"],
            "usage: porchlight guide ",
            "; did you mean --audience?",
        ),
        (["library", "backup", "b.db", "--fromat=json"], "usage: porchlight library backup ", "--format?"),
        (["--verbose", "import", "x.txt"], "usage: porchlight [-h]", ""),
    ],
)
def test_an_unknown_option_shows_the_usage_of_the_command_it_was_given_to(
    capsys: pytest.CaptureFixture[str], argv: list[str], usage: str, hint: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(usage)
    assert "error: unrecognized arguments: " in err and err.rstrip().endswith(hint)
