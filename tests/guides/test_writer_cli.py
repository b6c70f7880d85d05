"""``--writer rules|server|paste`` on ``porchlight guide`` and ``porchlight worksheet``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from chat_server import ChatServer, reply
from writer_support import LONG_WAY, good_questions, prepared, reply_text

from guides.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_paste_round_trip_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, prompt, err = _run(
        capsys, "guide", str(LONG_WAY), "--audience", "group", "--writer", "paste", "--prompt"
    )
    assert code == 0
    assert prompt.startswith("You are helping someone lead a conversation") and "<<<ARTICLE" in prompt
    assert "--reply FILE" in err
    assert prompt.strip() == prepared(audience="group").prompt().strip()

    answer = tmp_path / "reply.txt"
    answer.write_text("```json\n" + reply_text(good_questions(prepared(audience="group"))) + "\n```\n")
    code, out, err = _run(capsys, "guide", str(LONG_WAY), "--audience", "group", "--reply", str(answer))
    assert code == 0
    guide = json.loads(out)
    writers = {q["written_by"] for s in guide["sections"] for q in s["questions"]}
    assert writers == {"assistant (pasted)"}
    slots = len(prepared(audience="group").plan.slots)
    assert "writing help from a pasted reply" in err and f"wrote {slots} of {slots} questions" in err

    code, out, err = _run(
        capsys, "guide", str(LONG_WAY), "--audience", "group", "--reply", str(answer), "--model", "Chat 5",
        "--format", "md",
    )  # fmt: skip
    assert code == 0 and f"{slots} of {slots} questions worded by Chat 5" in out and "(written by" not in out


def test_a_server_run_says_which_server_it_used(capsys: pytest.CaptureFixture[str]) -> None:
    p = prepared(audience="couple")
    with ChatServer(reply(reply_text(good_questions(p)))) as server:
        code, out, err = _run(
            capsys, "guide", str(LONG_WAY), "--audience", "couple", "--writer", "server",
            "--server", server.url,
            "--model", "small-model",
        )  # fmt: skip
    assert code == 0
    assert f"writing help from small-model at {server.url} (on this computer)" in err
    writers = {q["written_by"] for s in json.loads(out)["sections"] for q in s["questions"]}
    assert writers == {"small-model"}


def test_a_failing_server_still_prints_the_rules_guide(capsys: pytest.CaptureFixture[str]) -> None:
    with ChatServer() as server:
        url = server.url
    code, out, err = _run(capsys, "guide", str(LONG_WAY), "--server", url, "--model", "m")
    assert code == 0
    writers = {q["written_by"] for s in json.loads(out)["sections"] for q in s["questions"]}
    assert writers == {"rules"}
    assert "nothing answers at" in err and "the rules writer's guide stays" in err


def test_the_worksheet_takes_the_same_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "leader.md"
    code, prompt, _err = _run(capsys, "worksheet", str(LONG_WAY), "-o", str(out), "--prompt")
    assert code == 0 and "THE PLAN" in prompt and not out.exists()
    answer = tmp_path / "reply.json"
    answer.write_text(reply_text(good_questions(prepared(audience="group"))))
    code, printed, err = _run(
        capsys, "worksheet", str(LONG_WAY), "--edition", "leader", "-o", str(out), "--reply", str(answer)
    )
    assert code == 0 and printed.strip() == str(out)
    assert GOOD_FIRST in out.read_text(encoding="utf-8")
    slots = len(prepared(audience="group").plan.slots)
    assert f"wrote {slots} of {slots}" in err


GOOD_FIRST = "Who in your life pays attention to small things without making a fuss about it?"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--writer", "server", "--prompt"], "--prompt and --reply go with --writer paste"),
        (["--writer", "rules", "--server", "http://localhost:1/v1"], "--server goes with --writer server"),
        (["--reply", "/nonexistent/reply.json"], "could not be read"),
        (["--writer", "server", "--server", "ftp://nowhere"], "not a server address"),
    ],
)
def test_options_that_cannot_work_say_so_in_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    code, out, err = _run(capsys, "guide", str(LONG_WAY), *args)
    assert code == 2 and out == ""
    assert said in err and err.count("\n") == 1


def test_another_server_is_never_sent_to_without_a_yes(capsys: pytest.CaptureFixture[str]) -> None:
    # A documentation address (TEST-NET-1): refused before any connection is made.
    code, out, err = _run(capsys, "guide", str(LONG_WAY), "--server", "http://192.0.2.1/v1", "--model", "m")
    assert code == 2 and out == ""
    assert "not on this computer" in err
