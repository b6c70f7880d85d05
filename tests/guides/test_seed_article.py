"""Acceptance: the shared example a real reader brought, imported as a reader would.

The expectations are read from the file where they can be (its lines, the
signature under comment 2), so no sentence of it is copied here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guides.article import Article
from guides.importing import import_source

_ITEM = re.compile(r"^\s*(\d+)\.\s+")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def seed_lines(seed_article_path: Path) -> list[str]:
    return seed_article_path.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def article(seed_article_path: Path) -> Article:
    return import_source(seed_article_path)


def _list_start(lines: list[str]) -> int:
    return next(i for i, line in enumerate(lines) if _ITEM.match(line))


def test_title_language_and_body_end(article: Article, seed_lines: list[str]) -> None:
    assert article.title == seed_lines[0].strip()
    assert article.language == "en"
    assert article.text.endswith("It just takes a little work.")
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        assert block.kind == "paragraph"


def test_no_line_of_the_article_is_lost(article: Article, seed_lines: list[str]) -> None:
    body = _flat(article.text)
    for line in seed_lines[1 : _list_start(seed_lines)]:
        if line.strip():
            assert _flat(line) in body, line


def test_all_eleven_comments_are_removed(article: Article, seed_lines: list[str]) -> None:
    comments = article.comments
    assert len(comments) == 11
    assert [r.kind for r in article.removed] == ["comment"] * 11
    assert all(c.position == len(article.blocks) for c in comments)
    assert all(c.reason for c in comments)
    # Every line of the comment list is kept in some comment.
    kept = _flat(" ".join(c.text for c in comments))
    for line in seed_lines[_list_start(seed_lines) :]:
        if line.strip():
            assert _flat(_ITEM.sub("", line)) in kept, line
    # ... and none of it is in the article.
    assert _flat(_ITEM.sub("", seed_lines[_list_start(seed_lines)])) not in _flat(article.text)


def test_spam_flags(article: Article) -> None:
    flags = {n: c.spam for n, c in enumerate(article.comments, start=1)}
    assert flags[1] is False and flags[2] is False
    for n in (3, 4, 5, 6, 8):  # link bait, keyword stuffing, spintax
        assert flags[n] is True, n
    for n in (7, 9, 10, 11):  # stock praise that could sit under any post
        assert flags[n] is True, n
    reasons = {n: c.spam_reason or "" for n, c in enumerate(article.comments, start=1)}
    assert reasons[1].startswith("Genuine") and reasons[2].startswith("Genuine")
    assert "link bait" in reasons[3]
    for n in (4, 6, 8):
        assert "keyword stuffing" in reasons[n], n
    assert "spam template posted unfilled" in reasons[5]  # in words a reader knows, not "spintax"
    for n in (7, 9, 10, 11):
        assert "generic praise" in reasons[n], n


def test_the_signature_gives_comment_two_its_author(article: Article, seed_lines: list[str]) -> None:
    start = next(i for i, line in enumerate(seed_lines) if re.match(r"^\s*2\.\s", line))
    signature = next(line.strip() for line in seed_lines[start + 1 :] if line.strip())
    second = article.comments[1]
    assert second.author == signature
    assert second.text.endswith(signature)  # the signature stays in the comment's text
    assert [c.author for n, c in enumerate(article.comments, start=1) if n != 2] == [None] * 10
