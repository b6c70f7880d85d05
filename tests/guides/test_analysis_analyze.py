"""The Analysis bundle on real imports, and ``porchlight analyze``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_guide_support import ARTICLES, fixture_article, imported

from guides.analysis.analyze import analysis_to_dict, analyze
from guides.cli import main


def test_seed_article(seed_article_path: Path) -> None:
    article = imported(str(seed_article_path))
    analysis = analyze(article)
    (scripture,) = analysis.scripture
    assert scripture.text == "Ephesians 5:31"
    assert article.text[scripture.start : scripture.end] == "Ephesians 5:31"
    assert scripture.ref == "Ephesians 5:31"
    assert scripture.cited_translation == "ESV"
    assert scripture.verse_text and "one flesh" in scripture.verse_text
    assert scripture.quotation is not None
    assert article.text[slice(*scripture.quotation)].startswith("Therefore a man shall leave")

    questions = [q.text for q in analysis.questions]
    assert "do you really trust your spouse?" in questions
    assert "Can your partner trust you to listen when they are struggling?" in questions
    assert any(a.action == "Demonstrate kindness consistently" for a in analysis.advice)
    assert [t.label for t in analysis.themes[:2]] == ["intimacy", "trust"]
    topics = {t.topic: t.intensity for t in analysis.sensitive}
    assert topics["sexual_intimacy"] == "open"
    assert topics["infidelity"] == "open"
    assert topics["pornography"] == "open"
    assert analysis.has_faith


def test_nothing_in_the_analysis_comes_from_the_comments(seed_article_path: Path) -> None:
    article = imported(str(seed_article_path))
    assert article.comments, "the importer keeps the comments aside"
    data = analysis_to_dict(analyze(article))
    spans = [
        (item["start"], item["end"])
        for key in ("scripture", "questions", "advice", "key_passages")
        for item in data[key]
    ]
    spans += [(s["start"], s["end"]) for topic in data["sensitive"] for s in topic["spans"]]
    for start, end in spans:
        block = article.block_at(start)
        assert block is not None and end <= block.end
    flat = json.dumps(data, ensure_ascii=False)
    for spam in ("casanova", "only fans", "Click here", "webmasters"):
        assert spam not in flat


def test_faith_is_detected_from_scripture_or_two_faith_words() -> None:
    assert analyze(fixture_article("marriage-post")).has_faith
    assert analyze(fixture_article("spanish-devotional")).has_faith
    assert not analyze(fixture_article("secular-column")).has_faith
    parenting = analyze(fixture_article("parenting-article"))
    assert parenting.faith_words == ("church",)
    assert not parenting.has_faith, "one mention of a church does not make a parenting article devotional"


def test_a_dense_sermon_outline_finds_its_references() -> None:
    analysis = analyze(fixture_article("sermon-outline"))
    refs = {s.ref for s in analysis.scripture}
    assert {"Galatians 6:1-5", "Galatians 6:2", "Hebrews 10:24-25", "Proverbs 27:17", "1 Peter 2:24"} <= refs


def test_cli_analyze_prints_the_documented_fields(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["analyze", str(ARTICLES / "marriage-post.txt"), "--format", "json"]) == 0
    data = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    for key in ("scripture", "questions", "advice", "key_passages", "themes", "sensitive"):
        assert key in data
    first = data["scripture"][0]
    assert set(first) >= {"text", "start", "end", "ref", "verse_text", "translation"}
    assert first["translation"] == "WEB"
    assert {"text", "start", "end"} <= set(data["questions"][0])


def test_cli_analyze_reports_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 2
    assert "porchlight:" in capsys.readouterr().err
