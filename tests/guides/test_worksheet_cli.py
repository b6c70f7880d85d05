"""``porchlight worksheet``: from an article file to a worksheet, with plain one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_worksheet_support import PARAGRAPHS

from guides.cli import main

EXTRA = [
    "Think about the last promise you made. Did you keep it? What would change if you did?",
    "Do you trust your partner to listen when you are struggling? Start with something small today.",
    "Keep one promise this week. Say it out loud, write it down, and tell your partner when it is done.",
]


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "small-promises.txt"
    path.write_text("Small promises\n\n" + "\n\n".join([*PARAGRAPHS, *EXTRA]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("audience", "edition"),
    [("group", "participant"), ("group", "leader"), ("couple", "couple"), ("session", "session")],
)
def test_each_edition_is_written(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], audience: str, edition: str
) -> None:
    out = tmp_path / f"{edition}.pdf"
    args = ["worksheet", str(article_file), "--audience", audience, "--edition", edition, "-o", str(out)]
    assert main([*args, "--paper", "a4", "--fillable", "--include", "passages,scripture,article"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 595
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    assert "Small promises" in text
    fields = reader.get_fields() or {}
    assert (len(fields) > 0) == (edition in ("participant", "couple"))  # the leader's room is for notes


def test_markdown_and_html_follow_the_file_name(article_file: Path, tmp_path: Path) -> None:
    for name in ("w.md", "w.html"):
        assert main(["worksheet", str(article_file), "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / "w.md").read_text(encoding="utf-8").startswith("**")
    assert (tmp_path / "w.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["worksheet", str(article_file), "--format", "html", "-o", str(tmp_path / "x.pdf")]) == 0
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"<!DOCTYPE html>")


def test_highlights_file_and_partner_names(article_file: Path, tmp_path: Path) -> None:
    marks = tmp_path / "marks.json"
    marks.write_text(json.dumps([{"quote": "your words carry weight", "note": "Us!", "reader": "Ana"}]))
    out = tmp_path / "couple.pdf"
    args = ["worksheet", str(article_file), "--audience", "couple", "-o", str(out), "--include", "notes"]
    assert (
        main([*args, "--highlights", str(marks), "--partners", "Ana,Ben", "--large-print", "--title-page"])
        == 0
    )
    text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "your words carry weight" in text and "Ana’s note: Us!" in text and "BEN" in text


def test_an_unwritable_folder_is_one_line_and_exit_1(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["worksheet", str(article_file), "-o", str(tmp_path / "missing" / "w.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("porchlight: Cannot write w.pdf") and err.count("\n") == 1


def test_word_from_the_file_name_and_cards_from_the_group_guide(article_file: Path, tmp_path: Path) -> None:
    from docx import Document

    assert main(["worksheet", str(article_file), "-o", str(tmp_path / "w.docx")]) == 0
    assert Document(str(tmp_path / "w.docx")).core_properties.title == "Small promises"
    cards = tmp_path / "cards.pdf"
    args = ["worksheet", str(article_file), "--audience", "couple", "--edition", "cards", "-o", str(cards)]
    assert main([*args, "--cards", "2", "--group", "Thursday group", "--week", "2/6"]) == 0
    text = _pdf_text(cards)
    assert text.count("TAKE HOME") == 2 and text.count("Thursday group · Week 2 of 6") == 2


def test_group_and_week_print_at_the_top(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "w.pdf"
    assert (
        main(["worksheet", str(article_file), "-o", str(out), "--group", "Thursday group", "--week", "3/8"])
        == 0
    )
    first = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
    assert "THURSDAY GROUP · WEEK 3 OF 8" in first and "Name" in first and "Date" in first


@pytest.mark.parametrize(
    "extra",
    [
        ["--include", "passages,gossip"],
        ["--partners", "OnlyOne"],
        ["--highlights", "/no/such/file.json"],
        ["--week", "7/6"],
        ["--week", "two"],
    ],
)
def test_bad_options_are_one_line_and_exit_2(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    assert main(["worksheet", str(article_file), "-o", str(tmp_path / "w.pdf"), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("porchlight: ") and err.count("\n") == 1
    assert not (tmp_path / "w.pdf").exists()


def test_a_missing_article_is_the_import_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["worksheet", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "w.pdf")]) == 2
    assert capsys.readouterr().err.startswith("porchlight: ")


def test_the_command_line_starts_without_loading_reportlab() -> None:
    import subprocess
    import sys

    code = (
        "import sys, guides.cli, guides.worksheet\n"
        "heavy = [m for m in sys.modules if m.startswith('reportlab')]\n"
        "assert not heavy, heavy\n"
        "assert guides.worksheet.WorksheetOptions().edition == 'participant'\n"
        "assert sorted(guides.worksheet.__all__) == sorted(guides.worksheet._WHERE)\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _pdf_text(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_a_library_article_prints_with_its_own_notes(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # conftest points PORCHLIGHT_HOME at a fresh folder, so this is a library of its own.
    assert main(["library", "add", str(article_file)]) == 0
    assert (
        main(["notes", "add", "1", "--quote", "your words carry weight", "--note", "Us!", "--reader", "Ana"])
        == 0
    )
    assert main(["notes", "add", "1", "--quote", "it grows from small promises", "--reader", "Ben"]) == 0
    capsys.readouterr()
    out = tmp_path / "couple.pdf"
    args = ["worksheet", "--article", "1", "--audience", "couple", "-o", str(out), "--include", "notes"]
    assert main([*args, "--partners", "Ana,Ben"]) == 0
    text = _pdf_text(out)
    assert "What you marked" in text and "Ana’s note: Us!" in text and "Marked by Ben" in text
    # The marks reach the guide as well: a couple's reading ends on what each of them marked.
    assert "Ana marked “your words carry weight”" in " ".join(text.split())


def test_notes_list_json_is_a_highlights_file(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["library", "add", str(article_file)]) == 0
    assert main(["notes", "add", "1", "--quote", "your words carry weight", "--reader", "Ana"]) == 0
    capsys.readouterr()
    assert main(["notes", "list", "1", "--format", "json"]) == 0
    notes = json.loads(capsys.readouterr().out)
    notes.append({**notes[0], "quote": "weight", "start": None, "end": None, "note": "", "status": "orphan"})
    marks = tmp_path / "notes.json"
    marks.write_text(json.dumps(notes), encoding="utf-8")
    out = tmp_path / "group.pdf"
    assert (
        main(
            ["worksheet", str(article_file), "-o", str(out), "--include", "notes", "--highlights", str(marks)]
        )
        == 0
    )
    text = _pdf_text(out)
    assert "“your words carry weight”" in text and "“weight”" in text


def test_the_guide_options_reach_the_guide(article_file: Path, tmp_path: Path) -> None:
    faith = article_file.with_name("faith.txt")
    faith.write_text(
        article_file.read_text(encoding="utf-8")
        + "\nAs Proverbs 3:3 says, keep love and faithfulness close.\n",
        encoding="utf-8",
    )
    with_faith, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert main(["worksheet", str(faith), "--edition", "leader", "-o", str(with_faith), "--faith"]) == 0
    assert main(["worksheet", str(faith), "--edition", "leader", "-o", str(without), "--no-faith"]) == 0
    assert (
        "proverbs 3:3" in _pdf_text(with_faith).lower()
    )  # the scripture box prints its reference in capitals
    assert "World English Bible" not in _pdf_text(without)
    short = tmp_path / "short.pdf"
    assert (
        main(["worksheet", str(article_file), "--edition", "leader", "-o", str(short), "--minutes", "30"])
        == 0
    )
    assert "About 30 minutes" in _pdf_text(short)


@pytest.mark.parametrize("source", [[], ["SOURCE_AND_ARTICLE"]])
def test_source_or_article_but_not_both(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], source: list[str]
) -> None:
    args = ["worksheet", "-o", str(tmp_path / "w.pdf")]
    if source:
        args += [str(article_file), "--article", "1"]
    assert main(args) == 2
    assert capsys.readouterr().err == "porchlight: give either SOURCE or --article ID\n"


def test_an_article_missing_from_the_library_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["worksheet", "--article", "42", "-o", str(tmp_path / "w.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("porchlight: ") and err.count("\n") == 1
