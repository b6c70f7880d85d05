"""``porchlight guide``: the options reach the generator, the output is the documented JSON or Markdown."""

from __future__ import annotations

import json

import pytest
from test_guide_support import ARTICLES

from guides.cli import main

MARRIAGE = str(ARTICLES / "marriage-post.txt")


def _run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> str:
    assert main(["guide", MARRIAGE, *args]) == 0
    return capsysbinary.readouterr().out.decode("utf-8")


def test_json_has_the_documented_fields(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    data = json.loads(_run(capsysbinary, "--audience", "group", "--minutes", "45", "--format", "json"))
    assert data["audience"] == "group" and data["minutes"] == 45 and data["schema"] == 2
    assert {"title", "big_idea", "scripture", "sections", "leader_notes"} <= set(data)
    assert sum(s["minutes"] for s in data["sections"]) == 45
    for section in data["sections"]:
        assert {"title", "minutes", "questions", "notes"} <= set(section)
        for q in section["questions"]:
            assert {"id", "text", "kind", "visibility", "source"} <= set(q)
            assert {"quote", "start", "end"} == set(q["source"])


def test_no_faith_and_intensity_reach_the_guide(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    data = json.loads(_run(capsysbinary, "--audience", "couple", "--no-faith", "--intensity", "mild"))
    assert data["faith"] is False and data["scripture"] == []
    assert data["intensity"] == "mild"
    assert all(q["intensity"] == "mild" for s in data["sections"] for q in s["questions"])


def test_markdown(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    text = _run(capsysbinary, "--audience", "session", "--format", "md")
    assert text.startswith("# Small Repairs")
    assert "## Leader notes" in text and "## Follow-up" in text


def test_bad_minutes_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", MARRIAGE, "--minutes", "500"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("porchlight: ") and err.count("\n") == 1
