"""How long a worksheet takes: each edition of a guide made from a 5,000-word article.

For each edition (participant, leader, couple, session) the median of several
runs of ``render_worksheet_pdf`` is printed, once with the article's text as
an appendix and once without, beside raw reportlab building a comparable plain
document in the same process: the same article text and the same questions
as plain Paragraphs with drawn lines, one built-in font, no fields, no
fallback, no page references. The ratio shows what Porchlight's layout costs
(escaping and font fallback, boxes, KeepTogether, fields, and for the leader's
edition a second layout of the participant's edition for page numbers).

The issue's benchmark comes second: a 20-page worksheet (the article as an
appendix) beside raw reportlab laying out the same words in the same fonts
as plain paragraphs and ruled lines (``raw_plain_pdf`` below): the goal
is 1.3x. Beside it, for what it tells, this project's own flowables (the
story :mod:`guides.worksheet.story` builds, same boxes and fields) in a plain
``SimpleDocTemplate``: that ratio is what the layout pass and the page
furniture cost, not what reportlab costs. Each pair is timed alternately
(ours, raw, ours, raw ...) so that a busy shared machine slows both alike.

The article is generated here from phrases written for this script, with a
fixed seed, so every run measures the same input. Run with
``.venv/bin/python bench/bench_worksheet.py`` (or ``make bench``).
"""

from __future__ import annotations

import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import HRFlowable

from guides.article import Article, BlockDraft, build_article
from guides.guide.generator import generate_guide
from guides.guide.model import Audience, Guide, GuideOptions
from guides.worksheet.content import Edition
from guides.worksheet.editions import WorksheetOptions
from guides.worksheet.fonts import load_typefaces
from guides.worksheet.pdf import Layout
from guides.worksheet.render import make_worksheet, render_worksheet_pdf
from guides.worksheet.story import Story
from guides.worksheet.styles import make_styles

RUNS = 7
WORDS = 5000
GOAL = 1.3
"""Issue 19's budget: Porchlight's time over raw reportlab with the same words and fonts."""
WORDS_20_PAGES = 11500
"""With passages, scripture and the article as an appendix, the participant's edition is 20 pages."""

_OPENINGS = [
    "Most of us", "Couples who last", "A tired parent", "The small group on Thursdays", "Every marriage",
    "Friends who have walked with us", "A good listener", "Anyone who has been let down",
]  # fmt: skip
_MIDDLES = [
    "learns that trust grows from small promises kept",
    "discovers that kindness is a daily choice",
    "finds that honest questions open more doors than advice",
    "notices how much a shared meal can mend",
    "sees that forgiveness is practised long before it is felt",
    "knows that patience is built on ordinary days",
]  # fmt: skip
_ENDINGS = [
    ".", ", even when nobody is watching.", ", and that is good news.", ", week after week.",
    ", which is why we keep coming back to it.", " in ways that are easy to miss.",
]  # fmt: skip
_QUESTIONS = [
    "Do you really trust each other on the hard days?",
    "What would change if you kept one small promise this week?",
]


def make_article(words: int = WORDS, seed: int = 7) -> Article:
    rng = random.Random(seed)
    drafts = [BlockDraft(kind="heading", text="Small promises, kept on ordinary days", level=1)]
    count = 0
    paragraph = 0
    while count < words:
        paragraph += 1
        if paragraph % 9 == 0:
            drafts.append(BlockDraft(kind="heading", text=f"Part {paragraph // 9}", level=2))
        sentences = [
            f"{rng.choice(_OPENINGS)} {rng.choice(_MIDDLES)}{rng.choice(_ENDINGS)}"
            for _ in range(rng.randint(3, 6))
        ]
        if paragraph % 5 == 0:
            sentences.append(rng.choice(_QUESTIONS))
        if paragraph == 12:
            sentences.append("As Proverbs 3:3 puts it, let kindness and truth not leave you.")
        text = " ".join(sentences)
        count += len(text.split())
        drafts.append(BlockDraft(kind="paragraph", text=text))
    return build_article(drafts, title="Small promises, kept on ordinary days", author="Bench Writer")


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    return alternately(action, lambda: None, runs)[0]


def alternately(
    ours: Callable[[], object], baseline: Callable[[], object], runs: int = RUNS
) -> tuple[float, float]:
    """Median milliseconds of ``ours`` and of ``baseline``, timed in turn, one after the other."""
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        for action, times in ((ours, mine), (baseline, theirs)):
            start = time.perf_counter()
            action()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(mine), statistics.median(theirs)


def raw_reportlab(article: Article, guide: Guide, with_article: bool) -> bytes:
    """A plain document with the same words: Helvetica paragraphs, the questions, drawn lines."""
    styles = getSampleStyleSheet()
    story: list = [Paragraph(guide.title, styles["Title"])]  # type: ignore[type-arg]
    for section in guide.sections:
        story.append(Paragraph(section.title, styles["Heading2"]))
        for reading in section.readings:
            story.append(Paragraph(reading.text, styles["BodyText"]))
        for q in section.questions:
            story.append(Paragraph(q.text, styles["BodyText"]))
            story += [HRFlowable(width="100%", thickness=0.5, spaceBefore=14) for _ in range(3)]
    if with_article:
        story.append(Spacer(1, 24))
        story += [Paragraph(b.text, styles["BodyText"]) for b in article.blocks]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=LETTER).build(story)
    return out.getvalue()



def raw_plain_pdf(ws: object, faces: object) -> tuple[bytes, int]:
    """The worksheet's words in the worksheet's fonts, as plain reportlab paragraphs and lines."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from reportlab.platypus.flowables import HRFlowable

    from guides.worksheet.pdf import Layout
    from guides.worksheet.text_export import worksheet_to_markdown

    serif, sans = faces.serif, faces.sans  # type: ignore[attr-defined]
    body = ParagraphStyle("body", fontName=serif.regular, fontSize=9.5, leading=13.5, spaceAfter=5)
    head = ParagraphStyle("head", fontName=sans.bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
    story: list[object] = []
    for part in worksheet_to_markdown(ws).split("\n\n"):  # type: ignore[arg-type]
        text = part.strip().lstrip("> ").replace("**", "").replace("\\", "")
        if not text:
            continue
        if text.startswith("#"):
            story.append(Paragraph(escape(text.lstrip("# ")), head))
            continue
        story.append(Paragraph(escape(text), body))
        if text[:1].isdigit() and "." in text[:4]:  # a question: room to write
            story += [HRFlowable(width="100%", thickness=0.5, spaceBefore=14) for _ in range(3)]
    out = io.BytesIO()
    margins = Layout("letter").margins
    SimpleDocTemplate(
        out,
        pagesize=LETTER,
        leftMargin=margins.side,
        rightMargin=margins.side,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
    ).build(story)
    data = out.getvalue()
    return data, pages(data)


def pages(data: bytes) -> int:
    return data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")


def main() -> None:
    article = make_article()
    print(f"article: {article.word_count} words, {len(article.blocks)} blocks")
    start = time.perf_counter()
    load_typefaces()
    print(f"first font load (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")
    audiences: tuple[Audience, ...] = ("group", "couple", "session")
    guides = {aud: generate_guide(article, GuideOptions(audience=aud)) for aud in audiences}
    editions: list[tuple[Edition, Audience]] = [
        ("participant", "group"),
        ("leader", "group"),
        ("couple", "couple"),
        ("session", "session"),
    ]
    print(f"\nmedian of {RUNS} runs, Letter, fillable, passages + scripture (+ the article as an appendix)")
    head = ("edition", "appendix", "porchlight", "pages", "size", "raw rl", "ratio")
    print("{:<12} {:>8} {:>11} {:>5} {:>8} {:>8} {:>6}".format(*head))
    for edition, audience in editions:
        guide = guides[audience]
        for with_article in (False, True):
            include = frozenset({"passages", "scripture"} | ({"article"} if with_article else set()))
            options = WorksheetOptions(edition=edition, paper="letter", fillable=True, include=include)  # type: ignore[arg-type]
            result = io.BytesIO()

            def ours(options: WorksheetOptions = options, guide: Guide = guide) -> None:
                render_worksheet_pdf(guide, io.BytesIO(), options, article=article)

            render_worksheet_pdf(guide, result, options, article=article)
            ours_ms, raw_ms = alternately(
                ours,
                lambda guide=guide, w=with_article: raw_reportlab(article, guide, w),  # type: ignore[misc]
            )
            pages = result.getvalue().count(b"/Type /Page\n") or result.getvalue().count(b"/Type /Page ")
            size_kb = len(result.getvalue()) / 1024
            print(
                f"{edition:<12} {'yes' if with_article else 'no':>8} {ours_ms:>9.0f} ms {pages:>5} "
                f"{size_kb:>6.0f} KB {raw_ms:>5.0f} ms {ours_ms / raw_ms:>5.1f}x"
            )


def raw_same_flowables(ws: object, paper_size: tuple[float, float]) -> bytes:
    """The worksheet's own flowables (same fonts, boxes, lines, fields) in a plain SimpleDocTemplate.

    What is left out is only Porchlight's page furniture: the footer, the title-page template,
    the metadata, the layout pass that measures the worksheet proper before printing it, and
    (for the leader's edition) the participant layout for page numbers. The story is built
    inside the timing, as Porchlight builds its own.
    """
    styles = make_styles(load_typefaces())
    layout = Layout("letter")
    parts = Story(styles, {}, ws.labels, frame_height=layout.frame_height).build(ws)  # type: ignore[attr-defined]
    out = io.BytesIO()
    m = layout.margins
    SimpleDocTemplate(
        out,
        pagesize=paper_size,
        leftMargin=m.side,
        rightMargin=m.side,
        topMargin=m.top,
        bottomMargin=m.bottom,
    ).build(parts.main + parts.appendix)
    return out.getvalue()


def twenty_pages() -> None:

    article = make_article(WORDS_20_PAGES, seed=11)
    guide = generate_guide(article, GuideOptions(audience="group"))
    include = frozenset({"passages", "scripture", "article"})
    faces = load_typefaces()
    print(f"\n20-page worksheet ({article.word_count}-word article as the appendix), Letter, fillable;")
    print("beside raw reportlab with the same words and fonts (plain paragraphs and lines): the goal;")
    print(f"and beside this project's own flowables in a plain SimpleDocTemplate; median of {RUNS} runs")
    head = ("edition", "pages", "porchlight", "raw rl", "ratio", "own flow", "ratio")
    print("{:<12} {:>5} {:>11} {:>11} {:>6}   {:>11} {:>6}".format(*head))
    for edition in ("participant", "leader"):
        options = WorksheetOptions(edition=edition, paper="letter", fillable=True, include=include)  # type: ignore[arg-type]
        ws = make_worksheet(guide, options, article=article)
        data = io.BytesIO()
        render_worksheet_pdf(guide, data, options, article=article)
        count = data.getvalue().count(b"/Type /Page\n") or data.getvalue().count(b"/Type /Page ")

        def ours(options: WorksheetOptions = options) -> None:
            render_worksheet_pdf(guide, io.BytesIO(), options, article=article)

        ours_ms, raw_ms = alternately(ours, lambda ws=ws: raw_plain_pdf(ws, faces))  # type: ignore[misc]
        own_ms, flow_ms = alternately(ours, lambda ws=ws: raw_same_flowables(ws, LETTER))  # type: ignore[misc]
        verdict = "met" if ours_ms / raw_ms <= GOAL else "MISSED"
        print(
            f"{edition:<12} {count:>5} {ours_ms:>8.0f} ms {raw_ms:>8.0f} ms {ours_ms / raw_ms:>5.2f}x"
            f"   {flow_ms:>8.0f} ms {own_ms / flow_ms:>5.2f}x  goal {GOAL}x against raw: {verdict}"
        )


if __name__ == "__main__":
    main()
    twenty_pages()
