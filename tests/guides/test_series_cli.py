"""``porchlight series``: create, rename, order, remove, delete, and print the booklet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from guides.cli import COMMANDS, main

ARTICLES = {
    "promises": "Small promises\n\nTrust grows one kept promise at a time. Keep one this week.\n\n"
    "Scripture says in Proverbs 3:3 to keep kindness and truth close.\n\n"
    "Do you keep the small promises you make? Listen when your partner is struggling.\n",
    "meals": "Shared meals\n\nA table is where a family learns to listen. Eat together twice this week.\n\n"
    "Phones off, plates on: the rule is simple and hard.\n\n"
    "What would change if you ate together more often? Start with one evening.\n",
    "rest": "Rest together\n\nRest is not laziness but trust. Take one evening off together.\n\n"
    "Couples who rest together argue less, because tired people hear worse.\n\n"
    "When did you last rest without a screen? Plan one quiet hour.\n",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main(list(argv))
    captured = capsys.readouterr()
    if "--format" in argv and argv[argv.index("--format") + 1] == "json" and code == 0:
        return code, json.loads(captured.out)
    return code, captured.out + captured.err


@pytest.fixture
def ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> list[int]:
    out = []
    for name, text in ARTICLES.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        code, added = run(capsys, "library", "add", str(path), "--format", "json")
        assert code == 0
        out.append(int(added["id"]))
    return out


def test_series_is_a_command() -> None:
    assert "series" in COMMANDS


def test_create_rename_add_move_remove_order_delete(
    capsys: pytest.CaptureFixture[str], ids: list[int]
) -> None:
    a, b, c = ids
    code, made = run(capsys, "series", "create", "Spring", "--article", str(a), "--format", "json")
    assert code == 0 and made["name"] == "Spring"
    sid = str(made["id"])
    assert (
        run(capsys, "series", "rename", sid, "Spring study", "--format", "json")[1]["name"] == "Spring study"
    )
    run(capsys, "series", "add", sid, str(b))
    code, shown = run(capsys, "series", "add", sid, str(c), "--at", "1", "--format", "json")
    assert [x["id"] for x in shown["articles"]] == [c, a, b] and shown["articles"][0]["week"] == 1
    code, shown = run(capsys, "series", "move", sid, str(b), "1", "--format", "json")
    assert [x["id"] for x in shown["articles"]] == [b, c, a]
    code, shown = run(capsys, "series", "order", sid, f"{a},{b},{c}", "--format", "json")
    assert [x["id"] for x in shown["articles"]] == [a, b, c]
    code, shown = run(capsys, "series", "remove", sid, str(b), "--format", "json")
    assert [x["id"] for x in shown["articles"]] == [a, c]
    code, listed = run(capsys, "series", "list", "--format", "json")
    assert [s["name"] for s in listed] == ["Spring study"]
    code, text = run(capsys, "series", "show", sid)
    assert "1. Small promises" in text and "2. Rest together" in text
    assert run(capsys, "series", "delete", sid)[0] == 0
    assert run(capsys, "series", "list", "--format", "json")[1] == []
    assert len(run(capsys, "library", "list", "--format", "json")[1]) == 3  # the articles stay


@pytest.mark.parametrize(
    "argv",
    [
        ["series", "show", "99"],
        ["series", "create", "  "],
        ["series", "move", "1", "99", "1"],
        ["series", "order", "1", "1,x"],
        ["series", "add", "1", "1", "--at", "9"],
    ],
)
def test_bad_requests_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], ids: list[int], argv: list[str]
) -> None:
    run(capsys, "series", "create", "Spring", "--article", str(ids[0]))
    code, err = run(capsys, *argv)
    assert code == 2 and err.startswith("porchlight: ") and err.count("\n") == 1


def test_print_writes_the_booklet(capsys: pytest.CaptureFixture[str], ids: list[int], tmp_path: Path) -> None:
    args = ["series", "create", "Three evenings", *[x for i in ids for x in ("--article", str(i))]]
    run(capsys, *args, "--format", "json")
    out = tmp_path / "booklet.pdf"
    code, printed = run(
        capsys, "series", "print", "1", "-o", str(out), "--group", "Thursday group", "--paper", "a4"
    )
    assert code == 0 and printed.strip() == str(out)
    reader = PdfReader(str(out))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Three evenings" in text and "Contents" in text
    for week in (1, 2, 3):
        assert f"WEEK {week} OF 3" in text
    assert run(capsys, "series", "print", "1", "-o", str(tmp_path / "no" / "b.pdf"))[0] == 1
