"""The window and the paper tell one guide: the same parts in the same order, the same numbers on
the same questions, the same tags, "I will ..." lines and notes.

Each tab is compared with the edition of the worksheet it reads like (desktop/guide/parts.py):
the couple's tab with the couple's edition, the group's with the leader's edition, the session plan
with the session edition, built by ``guides.worksheet`` from the same typed guide, with the readers'
marks and names. What the paper alone prints is listed here by name (PAPER_ONLY), so anything new
on either side fails the test until it is on both or listed.
"""

from __future__ import annotations

import pytest

from desktop.guide_layout import Layout, edition, layout
from guides.article import Article
from guides.guide import GuideOptions, generate_guide
from guides.guide.model import Guide
from guides.importing import import_source
from guides.resources import resource_path
from guides.worksheet import content as c
from guides.worksheet.editions import WorksheetOptions, build_worksheet
from guides.worksheet.highlights import ReaderHighlight

NAMES = ("Maria", "Joe")
PAPER_ONLY = {
    # The couple's edition closes with its own "talk it through" step, for answers written on paper.
    "couple": {"Before you finish: talk it through"},
}


@pytest.fixture(scope="module")
def article() -> Article:
    return import_source(str(resource_path("samples", "small-hinges.txt")))


def _marks(article: Article) -> list[ReaderHighlight]:
    quote = "Old doors swing on small hinges."
    start = article.text.index(quote)
    return [ReaderHighlight(quote, "Our porch door.", "Maria", start, start + len(quote))]


def _both(article: Article, audience: str) -> tuple[Guide, Layout, c.Worksheet]:
    guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
    marks = _marks(article)
    screen = layout(guide, article=article, highlights=marks, names=list(NAMES))
    paper = build_worksheet(
        guide,
        WorksheetOptions(
            edition=edition(audience),  # type: ignore[arg-type]
            include=frozenset({"passages", "scripture", "notes"}),
            partner_names=NAMES,
        ),
        article=article,
        highlights=marks,
    )
    return guide, screen, paper


@pytest.mark.parametrize("audience", ["couple", "group", "session"])
def test_the_same_parts_in_the_same_order(article: Article, audience: str) -> None:
    _guide, screen, paper = _both(article, audience)
    paper_only = PAPER_ONLY.get(audience, set())
    on_paper = [b.title for b in paper.blocks if isinstance(b, c.SectionHead) and b.title not in paper_only]
    assert [p.title for p in screen.parts] == on_paper


@pytest.mark.parametrize("audience", ["couple", "group", "session"])
def test_the_same_questions_numbers_and_tags(article: Article, audience: str) -> None:
    _guide, screen, paper = _both(article, audience)
    on_paper = [(q.number, q.text, q.tag) for q in paper.questions if not q.step]
    assert [(q.number, q.text, q.tag) for q in screen.questions] == on_paper
    assert screen.meta in paper.masthead.meta  # "About 30 minutes · 5 questions"


@pytest.mark.parametrize("audience", ["couple", "group", "session"])
def test_the_same_lines_to_fill_in(article: Article, audience: str) -> None:
    _guide, screen, paper = _both(article, audience)
    on_screen = [i.text for p in screen.parts for i in p.items if i.kind == "prompt"]
    on_paper = [q.text for q in paper.questions if q.step and q.key != "talk-it-through"]
    assert on_screen == on_paper
    if audience == "couple":
        assert f"{NAMES[0]}: I will …" in on_screen  # names, not "First partner"


def _paper_notes(paper: c.Worksheet) -> str:
    return "\n\n".join(b.text for b in paper.blocks if isinstance(b, (c.Note, c.Text)))


@pytest.mark.parametrize("audience", ["couple", "group", "session"])
def test_the_screen_shows_every_note_of_the_guide(article: Article, audience: str) -> None:
    guide, screen, _paper = _both(article, audience)
    shown = [i.text for i in screen.opening] + [i.text for p in screen.parts for i in p.items]
    for section in guide.sections:
        for note in section.notes:
            assert note.text in shown, (section.key, note.kind)
    for note in guide.leader_notes:
        assert note.text in shown


@pytest.mark.parametrize(
    "audience",
    [
        "couple",
        "group",
        "session",
    ],
)
def test_the_paper_prints_the_same_notes(article: Article, audience: str) -> None:
    guide, screen, paper = _both(article, audience)
    printed = _paper_notes(paper)
    for part in screen.parts:
        for item in part.items:
            if item.kind in ("note", "care", "closing") and part.key in {s.key for s in guide.sections}:
                assert item.text in printed, (part.title, item.text)
    for item in screen.opening:
        assert item.label in {b.label for b in paper.blocks if isinstance(b, c.Note)}
        assert item.text.split(": “")[-1].rstrip("”") in printed
