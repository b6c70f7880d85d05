"""A small article and hand-built guides for the worksheet tests (no generator involved).

Imported by the other ``test_worksheet_*`` modules; it holds no tests itself.
The article is written for these tests: a short piece on keeping small
promises, with one scripture reference and one sensitive word.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from pypdf import PdfReader

from guides.article import Article, BlockDraft, build_article
from guides.guide.model import (
    BigIdea,
    Guide,
    Note,
    OutlinePoint,
    Prompt,
    Question,
    Reading,
    ScriptureReading,
    Section,
    Source,
)

PARAGRAPHS = [
    "Most couples think of trust as a wall that either stands or falls. In practice it is more like a "
    "garden: it grows from small promises kept on ordinary days.",
    "When you say you will call at six and you call at six, your partner learns that your words carry "
    "weight. When you forget, they learn something too, even if nobody says it aloud.",
    "Trust is rebuilt the same way it is built: slowly, by keeping small promises where the other "
    "person can see them.",
    "Scripture puts it plainly in Proverbs 3:3, which asks us to keep steadfast love and faithfulness "
    "close, as if written on the heart.",
    "None of this is about never failing. Even after an affair, couples who heal usually describe a "
    "long season of small promises kept, one after another.",
]


def sample_article(paragraphs: Sequence[str] = PARAGRAPHS, title: str = "Small promises") -> Article:
    drafts = [BlockDraft(kind="heading", text=title, level=1)]
    drafts += [BlockDraft(kind="paragraph", text=p) for p in paragraphs]
    return build_article(drafts, title=title, author="A. Writer", site="example.org")


def _source(article: Article, quote: str) -> Source:
    start = article.text.index(quote)
    return Source(quote, start, start + len(quote))


def _reading(article: Article, quote: str) -> Reading:
    start = article.text.index(quote)
    return Reading(quote, start, start + len(quote))


def question(article: Article, qid: str, text: str, quote: str, **kw: object) -> Question:
    kind = kw.pop("kind", "interpretation")
    visibility = kw.pop("visibility", "everyone")
    return Question(qid, text, kind, visibility, _source(article, quote), **kw)  # type: ignore[arg-type]


def sample_guide(article: Article | None = None, audience: str = "group", **changes: object) -> Guide:
    """A guide shaped like the generator's: welcome, read, discuss, apply, close, take-home."""
    a = article or sample_article()
    garden = "it grows from small promises kept on ordinary days"
    six = "When you say you will call at six and you call at six"
    rebuilt = "Trust is rebuilt the same way it is built"
    ref_start = a.text.index("Proverbs 3:3")
    scripture = ScriptureReading(
        "Proverbs 3:3",
        ref_start,
        ref_start + len("Proverbs 3:3"),
        "Proverbs 3:3",
        "Don’t let kindness and truth forsake you. Bind them around your neck. Write them on the tablet "
        "of your heart.",
        "WEB",
    )
    big = a.text.index("Trust is rebuilt")
    sections = (
        Section(
            "welcome",
            "Welcome",
            10,
            "Help everyone arrive and speak once.",
            questions=(
                question(
                    a,
                    "q-welcome",
                    "What is one small promise someone kept for you this week?",
                    garden,
                    kind="icebreaker",
                ),
            ),
        ),
        Section(
            "read",
            "Read",
            5,
            "Hear the heart of the article together.",
            readings=(
                _reading(a, PARAGRAPHS[0]),
                Reading(scripture.verse_text or "", ref_start, ref_start + 12, "Proverbs 3:3", "WEB"),
            ),
        ),
        Section(
            "discuss",
            "Discuss",
            30,
            "Move from what the article says to what it means for us.",
            questions=(
                question(
                    a,
                    "q-obs",
                    "What does the author compare trust to, and why a garden?",
                    garden,
                    kind="observation",
                ),
                question(a, "q-int", "Why might “calling at six” matter more than it seems?", six),
                question(
                    a,
                    "q-app",
                    "Where could you keep one small promise this week?",
                    rebuilt,
                    kind="application",
                ),
                question(
                    a, "q-extra", "What makes a promise feel small or big to you?", rebuilt, optional=True
                ),
                question(
                    a,
                    "q-leader",
                    "Who in the room might find this hard to hear?",
                    rebuilt,
                    visibility="leader",
                ),
            ),
            notes=(Note("guidance", "Let silence work: wait a little longer than feels comfortable."),),
        ),
        Section(
            "apply",
            "Apply",
            5,
            "One concrete step, with someone to tell.",
            prompts=(Prompt("i_will", "I will…"),),
        ),
        Section(
            "close", "Close", 5, "Pray for what was shared.", notes=(Note("closing", "Close in prayer."),)
        ),
        Section(
            "take_home",
            "Take home",
            0,
            "For couples, at home.",
            questions=(
                question(
                    a,
                    "q-home",
                    "What promise would help the other feel safe again?",
                    "couples who heal usually describe a long season of small promises kept",
                    visibility="couple",
                    intensity="open",
                    separately=True,
                ),
            ),
        ),
    )
    guide = Guide(
        title="Small promises",
        audience=audience,  # type: ignore[arg-type]
        language="en",
        minutes=55,
        intensity="medium",
        faith=True,
        big_idea=BigIdea(PARAGRAPHS[2], big, big + len(PARAGRAPHS[2])),
        themes=("trust", "promises"),
        scripture=(scripture,),
        sections=sections,
        leader_notes=(
            Note("guidance", "Read the article twice before the group meets."),
            Note("care", "If someone discloses an affair or abuse, thank them and follow up privately."),
        ),
        outline=(OutlinePoint("Trust grows", PARAGRAPHS[0][:40], 0, 40),),
        follow_up=("Send the group the article during the week.",),
    )
    return replace(guide, **changes) if changes else guide  # type: ignore[arg-type]


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def squash(text: str) -> str:
    """Text without any whitespace, for comparing across line breaks."""
    return "".join(text.split())


def fixture_article(text: str) -> Article:
    """An article from a fixture file: the first line is the title, blank lines part paragraphs."""
    title, _, body = text.partition("\n\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return sample_article(paragraphs, title=title.strip())


def fixture_guide(article: Article, audience: str = "group") -> Guide:
    """A guide whose title, big idea, passage and questions are the fixture's own words."""
    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    questions = tuple(
        Question(f"q{i}", b.text, "interpretation", "everyone", Source(b.text, b.start, b.end))
        for i, b in enumerate(paragraphs, 1)
    )
    first = paragraphs[0]
    return Guide(
        title=article.title,
        audience=audience,  # type: ignore[arg-type]
        language="en",
        minutes=45,
        intensity="medium",
        faith=False,
        big_idea=BigIdea(first.text, first.start, first.end),
        themes=(),
        scripture=(),
        sections=(
            Section("read", "Read", 5, "Read.", readings=(Reading(first.text, first.start, first.end),)),
            Section(
                "discuss",
                "Discuss",
                30,
                "Talk.",
                questions=questions,
                notes=(Note("guidance", paragraphs[-1].text),),
            ),
            Section("apply", "Apply", 5, "Act.", prompts=(Prompt("i_will", "I will…"),)),
        ),
        leader_notes=(Note("guidance", article.title),),
    )


# --- reading a PDF back ------------------------------------------------------------------------

FOOTER_ZONE = 0.95 * 72
"""Text below this height on a page (in points from the bottom edge) is the footer's."""


def text_runs(data: bytes) -> list[list[tuple[float, float, str]]]:
    """Each page's text as (font size in points, baseline height, text) runs, as a viewer draws them."""
    return [_page_runs(page) for page in PdfReader(io.BytesIO(data)).pages]


def _page_runs(page: Any) -> list[tuple[float, float, str]]:
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if not text.strip():
            return
        scale = math.sqrt(abs(tm[0] * tm[3] - tm[1] * tm[2])) * math.sqrt(abs(cm[0] * cm[3] - cm[1] * cm[2]))
        y = tm[5] * cm[3] + cm[5]
        runs.append((round(size * scale, 2), round(y, 1), text.strip()))

    page.extract_text(visitor_text=visit)
    return runs


def content_lines(data: bytes, footer_zone: float = FOOTER_ZONE) -> list[int]:
    """How many lines of text each page holds above its footer (distinct baselines)."""
    out = []
    for runs in text_runs(data):
        baselines = sorted({y for _, y, _ in runs if y > footer_zone})
        lines = [y for i, y in enumerate(baselines) if i == 0 or y - baselines[i - 1] > 2.0]
        out.append(len(lines))
    return out


def page_texts(data: bytes) -> list[str]:
    """Each page's text without whitespace."""
    return [squash(p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]
