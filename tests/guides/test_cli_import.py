"""The ``porchlight import`` contract: JSON fields, standard input, Markdown and plain text."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from guides.article import BLOCK_KINDS, REMOVED_KINDS
from guides.cli import main

ROOT = Path(__file__).resolve().parents[2]

SUPPER = """Supper on Thursdays

Every Thursday the neighbours on Alder Street carry soup, bread and whatever else they have to the long \
table in the Hendersons’ garage. Nobody plans the menu, and nobody has ever gone home hungry.

It began three winters ago with a glut of courgettes and a note through each letterbox. Now the children \
set the table without being asked, and the older couples stay long after the washing up is done.

What we have learned is simple. Come as you are. Bring what you can. Listen more than you speak, and ask \
one more question before you give advice. 🍲

3 Comments

1. Marta Ruiz
March 3, 2024 at 8:15 pm
We started one on our street after reading this. Thank you for the nudge.
Reply

2. cheap pills online
March 4, 2024 at 2:02 am
Great post! Click here for the best prices on watches www.example-spam.biz
Reply

3. Tom
March 5, 2024 at 9:40 am
The part about asking one more question before giving advice is going on our fridge.
Reply
"""


@pytest.fixture
def supper(tmp_path: Path) -> Path:
    path = tmp_path / "supper.txt"
    path.write_text(SUPPER, encoding="utf-8")
    return path


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def command() -> list[str]:
    """The installed console script when there is one, else the same entry point through -m."""
    script = shutil.which("porchlight", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "desktop"]


def run_command(args: list[str], stdin: bytes = b"", **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*command(), *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=120,
        check=False,
    )


def assert_contract(data: dict[str, Any]) -> None:
    for key in ("title", "author", "date", "site", "source", "language", "text", "blocks", "removed"):
        assert key in data, key
    text = data["text"]
    assert isinstance(text, str) and text
    assert data["blocks"]
    for block in data["blocks"]:
        assert set(block) >= {"id", "kind", "text", "start", "end"}
        assert block["kind"] in BLOCK_KINDS
        assert text[block["start"] : block["end"]] == block["text"]
    for piece in data["removed"]:
        assert set(piece) >= {"kind", "text", "reason", "spam"}
        assert piece["kind"] in REMOVED_KINDS
        assert piece["reason"]
        if piece["kind"] == "comment":
            assert isinstance(piece["spam"], bool)


def test_json_holds_the_article_and_what_was_removed(
    supper: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(["import", str(supper), "--format", "json"], capsys)
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert_contract(data)
    assert data["title"] == "Supper on Thursdays"
    assert data["source"] == str(supper.resolve())
    assert data["language"] == "en"
    assert "Alder Street" in data["text"]
    assert "🍲" in data["text"]
    comments = [r for r in data["removed"] if r["kind"] == "comment"]
    assert comments, "the comment section should be set aside, not left in the text"
    assert "example-spam.biz" not in data["text"]


def test_json_is_the_default_format(supper: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, default, _ = run_cli(["import", str(supper)], capsys)
    _, explicit, _ = run_cli(["import", str(supper), "--format", "json"], capsys)
    assert default == explicit


def test_markdown_has_the_title_and_the_body(supper: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(["import", str(supper), "--format", "md"], capsys)
    assert status == 0
    assert out.startswith("# Supper on Thursdays\n")
    assert "Hendersons’ garage" in out
    assert "example-spam.biz" not in out


def test_plain_text_has_the_body_without_markup(supper: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(["import", str(supper), "--format", "text"], capsys)
    assert status == 0
    assert "Supper on Thursdays" in out
    assert "Every Thursday the neighbours" in out
    assert "# " not in out
    assert "example-spam.biz" not in out


def test_a_dash_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Stdin:
        buffer = io.BytesIO(SUPPER.encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", Stdin)
    status, out, _ = run_cli(["import", "-"], capsys)
    assert status == 0
    data = json.loads(out)
    assert_contract(data)
    assert data["source"] == "-"
    assert "Alder Street" in data["text"]


def test_the_installed_command_reads_stdin_and_writes_utf8_whatever_the_locale() -> None:
    result = run_command(
        ["import", "-", "--format", "json"], SUPPER.encode("utf-8"), PYTHONIOENCODING="ascii"
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    data = json.loads(result.stdout.decode("utf-8"))
    assert_contract(data)
    assert "🍲" in data["text"]


@pytest.mark.parametrize("fmt", ["md", "text"])
def test_the_installed_command_writes_each_format(fmt: str, supper: Path) -> None:
    result = run_command(["import", str(supper), "--format", fmt])
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Every Thursday the neighbours" in result.stdout.decode("utf-8")


def test_a_word_document_keeps_its_marks_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = "Mercy Adeyemi"
    document.add_heading("Supper on Thursdays", level=1)
    paragraph = document.add_paragraph("Nobody plans the menu, and ")
    paragraph.add_run("nobody").bold = True
    paragraph.add_run(" has ever gone home hungry from the long table on Alder Street.")
    path = tmp_path / "supper.docx"
    document.save(str(path))
    status, out, _ = run_cli(["import", str(path)], capsys)
    assert status == 0
    data = json.loads(out)
    assert_contract(data)
    assert data["author"] == "Mercy Adeyemi"
    assert data["title"] == "Supper on Thursdays"  # its first heading, not the file's name
    (strong,) = data["blocks"][0]["inline"]
    assert strong["kind"] == "strong"
    assert data["text"][strong["start"] : strong["end"]] == "nobody"
    _, markdown, _ = run_cli(["import", str(path), "--format", "md"], capsys)
    assert "**nobody**" in markdown
