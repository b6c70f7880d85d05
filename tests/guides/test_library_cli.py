"""The CLI contract of ``porchlight library`` and ``porchlight notes``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from guides.cli import COMMANDS, main

ARTICLE = """Trust at home

Trust grows slowly in a marriage. It is built one kept promise at a time.

Listen when your partner is struggling. Do not rush to fix it; ask what would help.

Each evening, name one thing your partner did that you were grateful for. A café walk helps.
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main(list(argv))
    out = capsys.readouterr().out
    if "--format" in argv and argv[argv.index("--format") + 1] == "json" and code == 0:
        return code, json.loads(out)
    return code, out


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "trust.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def article_id(capsys: pytest.CaptureFixture[str], source: Path) -> int:
    code, added = run(capsys, "library", "add", str(source), "--format", "json")
    assert code == 0
    return int(added["id"])


def test_the_commands_are_known_to_the_launcher() -> None:
    assert {"library", "notes"} <= COMMANDS


def test_add_prints_id_and_title_and_a_second_add_updates(
    capsys: pytest.CaptureFixture[str], source: Path, _isolated_home: Path
) -> None:
    code, first = run(capsys, "library", "add", str(source), "--format", "json")
    assert code == 0 and first["title"] == "Trust at home" and first["created"] is True
    assert (_isolated_home / "library.sqlite3").is_file()
    source.write_text(ARTICLE.replace("grows slowly", "grows very slowly"), encoding="utf-8")
    code, second = run(capsys, "library", "add", str(source), "--format", "json")
    assert code == 0 and second["id"] == first["id"] and second["created"] is False
    code, text = run(capsys, "library", "add", str(source))
    assert code == 0 and text.startswith(f"Updated {first['id']}: Trust at home")


def test_list_and_show(capsys: pytest.CaptureFixture[str], article_id: int) -> None:
    code, listed = run(capsys, "library", "list", "--format", "json")
    assert code == 0 and [a["id"] for a in listed] == [article_id]
    code, shown = run(capsys, "library", "show", str(article_id))
    assert code == 0
    article = json.loads(shown)
    assert article["title"] == "Trust at home" and "kept promise" in article["text"] and "blocks" in article
    code, markdown = run(capsys, "library", "show", str(article_id), "--format", "md")
    assert code == 0 and "kept promise" in markdown


def test_search_returns_the_contract_fields(capsys: pytest.CaptureFixture[str], article_id: int) -> None:
    code, hits = run(capsys, "library", "search", "cafe", "--format", "json")
    assert code == 0 and len(hits) == 1
    assert {"article_id", "title", "kind", "snippet"} <= set(hits[0])
    assert (
        hits[0]["article_id"] == article_id
        and hits[0]["kind"] == "article"
        and "[café]" in hits[0]["snippet"]
    )
    code, text = run(capsys, "library", "search", "nothingmatches")
    assert code == 0 and "No matches" in text


def test_notes_add_list_and_export(capsys: pytest.CaptureFixture[str], article_id: int) -> None:
    code, note = run(
        capsys, "notes", "add", str(article_id), "--quote", "Do not rush to fix it",
        "--note", "That's me", "--reader", "Ben", "--color", "blue", "--format", "json",
    )  # fmt: skip
    assert code == 0 and note["status"] == "anchored"
    code, notes = run(capsys, "notes", "list", str(article_id), "--format", "json")
    assert code == 0
    (listed,) = notes
    assert {"id", "quote", "note", "reader", "color", "start", "end", "status", "confidence"} <= set(listed)
    assert (listed["quote"], listed["note"], listed["reader"], listed["color"]) == (
        "Do not rush to fix it", "That's me", "Ben", "blue",
    )  # fmt: skip
    code, shown = run(capsys, "library", "show", str(article_id))
    assert json.loads(shown)["text"][listed["start"] : listed["end"]] == "Do not rush to fix it"
    code, markdown = run(capsys, "notes", "export", str(article_id), "--format", "md")
    assert code == 0 and "**Do not rush to fix it**" in markdown
    code, jsonld = run(capsys, "notes", "export", str(article_id), "--format", "jsonld")
    assert code == 0 and json.loads(jsonld)["type"] == "AnnotationCollection"


def test_notes_list_reports_orphans_after_a_reimport(
    capsys: pytest.CaptureFixture[str], source: Path, article_id: int
) -> None:
    run(capsys, "notes", "add", str(article_id), "--quote", "name one thing your partner did")
    source.write_text(ARTICLE.split("Each evening")[0] + "Something else to end with.\n", encoding="utf-8")
    run(capsys, "library", "add", str(source))
    _code, (note,) = run(capsys, "notes", "list", str(article_id), "--format", "json")
    assert note["status"] == "orphan" and note["start"] is None and note["end"] is None
    assert 0 <= note["confidence"] < 1


def test_notes_export_to_a_file_and_import_back(
    capsys: pytest.CaptureFixture[str], article_id: int, tmp_path: Path
) -> None:
    run(capsys, "notes", "add", str(article_id), "--quote", "kept promise", "--note", "Ours")
    out = tmp_path / "notes.jsonld"
    code, _ = run(capsys, "notes", "export", str(article_id), "--format", "jsonld", "--output", str(out))
    assert code == 0 and json.loads(out.read_text(encoding="utf-8"))["total"] == 1
    code, result = run(capsys, "notes", "import", str(article_id), str(out), "--format", "json")
    assert code == 0 and result == {"added": 0, "already_there": 1, "orphaned": 0}


def test_the_markdown_export_is_for_reading_and_import_says_which_file_comes_back(
    capsys: pytest.CaptureFixture[str], article_id: int, tmp_path: Path
) -> None:
    run(capsys, "notes", "add", str(article_id), "--quote", "kept promise", "--note", "Ours")
    notes_md = tmp_path / "notes.md"
    code, _ = run(capsys, "notes", "export", str(article_id), "--output", str(notes_md))  # Markdown
    assert code == 0 and notes_md.read_text(encoding="utf-8").startswith("# Notes on")
    assert main(["notes", "import", str(article_id), str(notes_md)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"porchlight: {notes_md} is not a JSON-LD file: only notes exported with --format jsonld "
        "can be imported; nothing was imported.\n"
    )
    code, notes = run(capsys, "notes", "list", str(article_id), "--format", "json")
    assert len(notes) == 1


def test_a_backup_goes_only_into_a_folder_that_exists(
    capsys: pytest.CaptureFixture[str], article_id: int, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder"
    assert main(["library", "backup", str(missing / "library.db")]) == 2
    err = capsys.readouterr().err
    target = missing / "library.db"
    assert err == f"porchlight: Cannot back up to {target}: the folder {missing} does not exist.\n"
    assert not missing.exists()
    code, out = run(capsys, "library", "backup", str(tmp_path / "library.db"))
    assert code == 0 and out == f"Backed up 1 article and 0 notes to {tmp_path / 'library.db'}\n"


def test_backup_and_restore(capsys: pytest.CaptureFixture[str], article_id: int, tmp_path: Path) -> None:
    target = tmp_path / "backup.sqlite3"
    code, made = run(capsys, "library", "backup", str(target), "--format", "json")
    assert code == 0 and made["articles"] == 1 and target.is_file()
    run(capsys, "notes", "add", str(article_id), "--quote", "kept promise")
    code, restored = run(capsys, "library", "restore", str(target), "--format", "json")
    assert code == 0 and restored["annotations"] == 0
    code, notes = run(capsys, "notes", "list", str(article_id), "--format", "json")
    assert notes == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["library", "show", "99"], "no article 99"),
        (["notes", "add", "{id}", "--quote", "not in the text"], "is not in the article"),
        (["notes", "add", "{id}", "--quote", "your partner"], "occurs 2 times"),
        (["notes", "add", "{id}", "--quote", "kept", "--color", "mauve"], "not a highlight colour"),
        (["library", "restore", "{tmp}/missing.sqlite3"], "no backup file"),
        (["notes", "import", "{id}", "{tmp}/broken.json"], "not valid JSON"),
        (["library", "add", "{tmp}/missing.txt"], "no file"),
    ],
)
def test_errors_are_one_line_and_exit_non_zero(
    capsys: pytest.CaptureFixture[str], article_id: int, tmp_path: Path, argv: list[str], message: str
) -> None:
    (tmp_path / "broken.json").write_text("{ nope", encoding="utf-8")
    args = [a.format(id=article_id, tmp=tmp_path) for a in argv]
    assert main(args) != 0
    err = capsys.readouterr().err
    assert err.startswith("porchlight: ") and message in err and err.count("\n") == 1


def test_a_real_process_exits_zero_only_with_the_write_on_disk(source: Path, _isolated_home: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PORCHLIGHT_HOME": str(_isolated_home), "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-m", "guides.cli", "library", "add", str(source), "--format", "json"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    article_id = json.loads(result.stdout)["id"]
    from guides.library import Library

    with Library(_isolated_home / "library.sqlite3") as library:
        assert library.articles.get(article_id).summary.title == "Trust at home"


def test_rename(capsys: pytest.CaptureFixture[str], article_id: int) -> None:
    code, result = run(
        capsys, "library", "rename", str(article_id), "Our Thursday suppers", "--format", "json"
    )
    assert code == 0 and result == {"id": article_id, "title": "Our Thursday suppers"}
    code, listed = run(capsys, "library", "list", "--format", "json")
    assert [a["title"] for a in listed] == ["Our Thursday suppers"]
    code, _ = run(capsys, "library", "rename", str(article_id), "  ")
    assert code != 0


def test_delete_moves_to_the_trash_and_trash_restore_brings_it_back_with_its_notes(
    capsys: pytest.CaptureFixture[str], article_id: int
) -> None:
    assert run(capsys, "notes", "add", str(article_id), "--quote", "kept promise", "--note", "Ours")[0] == 0
    code, deleted = run(capsys, "library", "delete", str(article_id), "--format", "json")
    assert code == 0 and deleted["id"] == article_id and deleted["notes"] == 1
    assert run(capsys, "library", "list", "--format", "json")[1] == []
    code, trash = run(capsys, "library", "trash", "--format", "json")
    assert [t["id"] for t in trash] == [article_id]

    code, out = run(capsys, "library", "trash", "restore", str(article_id))
    assert code == 0 and out.startswith(f"Restored {article_id}: Trust at home")
    notes = run(capsys, "notes", "list", str(article_id), "--format", "json")[1]
    assert [n["note"] for n in notes] == ["Ours"]
    assert run(capsys, "library", "trash")[1].strip() == "The trash is empty."


def test_trash_empty_deletes_for_good_and_a_restore_then_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], article_id: int
) -> None:
    run(capsys, "library", "delete", str(article_id))
    code, out = run(capsys, "library", "trash", "empty", "--older-than", "30")
    assert code == 0 and "0 articles" in out
    code, out = run(capsys, "library", "trash", "empty")
    assert code == 0 and "1 article deleted for good" in out
    code = main(["library", "trash", "restore", str(article_id)])
    err = capsys.readouterr().err
    assert code != 0 and "no longer in the trash" in err and "Traceback" not in err


def test_a_command_that_only_reads_brings_a_library_from_an_older_porchlight_up_to_date(
    capsys: pytest.CaptureFixture[str], article_id: int, _isolated_home: Path
) -> None:
    import sqlite3

    from guides.library import SCHEMA_VERSION

    path = _isolated_home / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE trash")  # as the version before the trash left it
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    code, listed = run(capsys, "library", "list", "--format", "json")
    assert code == 0 and [a["id"] for a in listed] == [article_id]
    assert run(capsys, "library", "trash")[1].strip() == "The trash is empty."
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
