"""A series booklet: a cover, a contents page, each week's participant pages, one colophon.

Each week is the participant's edition of that week's guide, marked "Week N
of M" (and the group's name when given), starting on a page of its own and
laid out by the same pass as a single worksheet (:mod:`guides.worksheet.pdf`
picks each week's rhythm and page breaks). The credits of all the weeks are
gathered in one colophon at the foot of the last week's last page, or, when
they do not fit there, at the foot of the contents page.

The contents page gives the page each week starts on, so the booklet is laid
out twice: once to measure, once to print.

With ``fold``, the pages are half-letter (or A5 on A4) and are imposed two to
a landscape sheet in the order that, printed on both sides (flip on the short
edge), folded and stapled in the middle, reads 1, 2, 3 ...
(:mod:`guides.worksheet.imposition`). A booklet is a multiple of four pages:
the pages that make it up are Notes pages with ruled lines.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from guides.article import Article
from guides.catalog import catalog
from guides.files import write_atomically
from guides.guide.model import Guide
from guides.worksheet import content as c
from guides.worksheet.document import Footer, Layout, MeasuringCanvas, PageCanvas, WorksheetDoc
from guides.worksheet.editions import WorksheetOptions, build_worksheet
from guides.worksheet.errors import WorksheetWriteError
from guides.worksheet.flowables import AnswerLines, BottomAligned, PageMarker
from guides.worksheet.fonts import load_typefaces
from guides.worksheet.imposition import imposing_canvas
from guides.worksheet.markup import inline_markup
from guides.worksheet.paper import BOOKLET_PAGE_SIZES, PAGE_SIZES, Paper, default_paper
from guides.worksheet.pdf import Plan, solve_layout
from guides.worksheet.story import Story
from guides.worksheet.styles import shared_styles

EDITION: c.Edition = "participant"
"""The edition each week is printed as; its audience's guide is the one a series' booklet is made from."""


@dataclass(frozen=True)
class Week:
    """One week of a series: its guide (a group's) and the article it was made from."""

    guide: Guide
    article: Article | None = None


@dataclass(frozen=True)
class BookletOptions:
    """How the booklet is printed. ``paper=None`` is the locale's default."""

    paper: Paper | None = None
    large_print: bool = False
    fold: bool = False
    """Half-letter (A5) pages, two to a landscape sheet, in the order for folding."""
    group: str | None = None
    include: frozenset[c.Include] = field(default=c.DEFAULT_INCLUDE)
    answer_lines: bool = True
    author: str | None = None


@dataclass(frozen=True)
class BookletPages:
    """Where things landed: the page each week starts on, and the number of pages."""

    weeks: tuple[int, ...]
    pages: int
    colophon_page: int | None


def write_series_booklet(
    name: str, weeks: Sequence[Week], target: str | Path, options: BookletOptions | None = None
) -> Path:
    """Write the booklet PDF to ``target`` atomically (see :func:`render_series_pdf`)."""

    def produce(handle: BinaryIO) -> None:
        render_series_pdf(name, weeks, handle, options or BookletOptions())

    return write_atomically(target, produce, error=WorksheetWriteError)


def render_series_pdf(
    name: str, weeks: Sequence[Week], out: BinaryIO, options: BookletOptions
) -> BookletPages:
    """Write the series booklet into ``out``; returns where the weeks landed."""
    if not weeks:
        raise ValueError("a booklet needs at least one week")
    paper = options.paper or default_paper()
    size = BOOKLET_PAGE_SIZES[paper] if options.fold else PAGE_SIZES[paper]
    layout = Layout(paper, large_print=options.large_print, page_size=size)
    language = weeks[0].guide.language
    sheets = [_week_sheet(name, i, len(weeks), week, options, paper) for i, week in enumerate(weeks, 1)]
    plans = [solve_layout(ws, layout, draft=True).plan for ws in sheets]
    credits = tuple(dict.fromkeys(line for ws in sheets for line in _credits(ws)))
    meta = _meta(name, sheets, options, language)
    booklet = _Booklet(name, sheets, plans, credits, meta, layout)
    booklet.group, booklet.author = options.group, options.author

    measured = booklet.lay_out(io.BytesIO(), None, MeasuringCanvas, colophon_on_contents=False, notes=0)
    on_contents = (
        credits != ()
        and measured.colophon_page is not None
        and measured.colophon_page > max(booklet.last_content_page, 0)
    )
    if on_contents:
        measured = booklet.lay_out(io.BytesIO(), None, MeasuringCanvas, colophon_on_contents=True, notes=0)
    notes = (-measured.pages) % 4 if options.fold else 0
    if options.fold:
        canvas = imposing_canvas(PAGE_SIZES[paper])
    else:
        canvas = PageCanvas
    return booklet.lay_out(out, measured.weeks, canvas, colophon_on_contents=on_contents, notes=notes)


def _week_sheet(
    name: str, number: int, count: int, week: Week, options: BookletOptions, paper: Paper
) -> c.Worksheet:
    ws = build_worksheet(
        week.guide,
        WorksheetOptions(
            edition=EDITION,
            paper=paper,
            large_print=options.large_print,
            include=options.include - {"article"},
            answer_lines=options.answer_lines,
            group=options.group,
            series=name,
            week=(number, count),
            author=options.author,
        ),
        article=week.article,
    )
    return ws


def _credits(ws: c.Worksheet) -> tuple[str, ...]:
    return tuple(line for b in ws.blocks if isinstance(b, c.Colophon) for line in b.lines)


def _without_credits(ws: c.Worksheet) -> c.Worksheet:
    return replace(ws, blocks=tuple(b for b in ws.blocks if not isinstance(b, c.Colophon)))


def _meta(name: str, sheets: Sequence[c.Worksheet], options: BookletOptions, language: str) -> c.Worksheet:
    words = catalog(language).table("worksheet")
    first = sheets[0]
    return c.Worksheet(
        title=name,
        edition=EDITION,
        masthead=c.Masthead(kicker=words["booklet_kicker"], title=name),
        blocks=(),
        subject=f"{words['booklet_kicker']}: {name}"[:300],
        author=options.author or first.author,
        keywords=tuple(dict.fromkeys(k for ws in sheets for k in ws.keywords)),
        language=language,
    )


class _Booklet:
    def __init__(
        self,
        name: str,
        sheets: Sequence[c.Worksheet],
        plans: Sequence[Plan],
        credits: tuple[str, ...],
        meta: c.Worksheet,
        layout: Layout,
    ) -> None:
        self.name = name
        self.sheets = [_without_credits(ws) for ws in sheets]
        self.plans = plans
        self.credits = credits
        self.meta = meta
        self.layout = layout
        self.words: Mapping[str, str] = meta.labels
        self.styles = shared_styles(load_typefaces(), large_print=layout.large_print)
        self.last_content_page = 0
        self.group: str | None = None
        self.author: str | None = None

    def lay_out(
        self,
        out: BinaryIO,
        starts: Sequence[int] | None,
        canvasmaker: type[Canvas],
        *,
        colophon_on_contents: bool,
        notes: int,
    ) -> BookletPages:
        marks: dict[str, int] = {}
        story = self._cover()
        story += self._contents(starts, colophon_on_contents)
        for index, (ws, plan) in enumerate(zip(self.sheets, self.plans, strict=True)):
            large = self.layout.large_print
            styles = shared_styles(load_typefaces(), large_print=large, spacing=plan.spacing)
            week = Story(
                styles, {}, ws.labels, frame_height=self.layout.frame_height, breaks=plan.breaks
            ).build(ws)
            if index:
                story.append(PageBreak())
            story.append(PageMarker(marks, f"#week-{index}"))
            story += week.main
        story.append(PageMarker(marks, "#last"))
        if self.credits and not colophon_on_contents:
            story.append(self._colophon())
        for _ in range(notes):
            story += [PageBreak(), *self._notes_page()]
        doc = WorksheetDoc(
            out, self.meta, self.styles, self.layout, footer=self._footer_for(marks), cover=True
        )
        doc.build(story, canvasmaker=canvasmaker)
        self.last_content_page = marks.get("#last", 0)
        weeks = tuple(marks.get(f"#week-{i}", 0) for i in range(len(self.sheets)))
        return BookletPages(weeks, int(doc.page), doc.colophon_page)

    def _footer_for(self, marks: Mapping[str, int]) -> Footer:
        words, count = self.words, len(self.sheets)

        def footer(page: int) -> tuple[str, str]:
            started = [i for i in range(count) if 0 < marks.get(f"#week-{i}", 10**9) <= page]
            if not started or page > marks.get("#last", 10**9):
                return self.name, str(page)
            week = max(started) + 1
            return f"{self.name} · {words['week_of'].format(week=week, weeks=count)}", str(page)

        return footer

    # --- pages ------------------------------------------------------------------------

    def para(self, text: str, style: object, *, sans: bool = False) -> Paragraph:
        s = self.styles
        family = s.faces.sans if sans else s.faces.serif
        return Paragraph(inline_markup(text, s.faces, family=family), style)

    def _cover(self) -> list[Flowable]:
        s, words = self.styles, self.words
        small = self.layout.size[0] < 500
        flow: list[Flowable] = [
            NextPageTemplate("page"),
            Spacer(1, (1.0 if small else 1.6) * inch),
            self.para(words["booklet_kicker"].upper(), s.kicker, sans=True),
            Spacer(1, s.gap),
            self.para(self.name, s.cover_title),
            self.para(words["weeks"].format(count=len(self.sheets)), s.cover_sub),
            HRFlowable(
                width="30%",
                thickness=1.2,
                color=s.palette.accent,
                hAlign="LEFT",
                spaceBefore=s.gap,
                spaceAfter=s.gap * 2,
            ),
        ]
        if self.group:
            flow.append(self.para(self.group, s.meta, sans=True))
        if self.author:
            flow.append(self.para(self.author, s.meta, sans=True))
        flow.append(PageBreak())
        return flow

    def _contents(self, starts: Sequence[int] | None, colophon: bool) -> list[Flowable]:
        s, words = self.styles, self.words
        flow: list[Flowable] = [
            self.para(words["contents"], s.title),
            HRFlowable(
                width="100%", thickness=0.8, color=s.palette.rule, spaceBefore=s.gap * 0.5, spaceAfter=s.gap
            ),
        ]
        rows = []
        for index, ws in enumerate(self.sheets):
            title = self.para(ws.title, s.contents)
            cell: list[Flowable] = [title]
            if ws.masthead.big_idea:
                cell.append(self.para(ws.masthead.big_idea, s.meta, sans=True))
            page = str(starts[index]) if starts else "00"
            rows.append(
                [
                    self.para(words["week_title"].format(week=index + 1), s.schedule_time, sans=True),
                    cell,
                    self.para(page, s.contents_page, sans=True),
                ]
            )
        width = self.layout.size[0] - 2 * self.layout.margins.side
        week_col = s.type_size(9) * 6
        page_col = s.type_size(9) * 3
        table = Table(rows, colWidths=[week_col, width - week_col - page_col, page_col])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), s.faces.sans.regular, s.type_size(9)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), s.pt(4)),
                    ("TOPPADDING", (0, 0), (-1, -1), s.pt(6)),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), s.pt(6)),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, s.palette.rule),
                ]
            )
        )
        flow.append(table)
        if colophon and self.credits:
            flow.append(self._colophon())
        flow.append(PageBreak())
        return flow

    def _colophon(self) -> Flowable:
        s = self.styles
        flow: list[Flowable] = [
            HRFlowable(
                width="25%", thickness=0.5, color=s.palette.rule, hAlign="LEFT", spaceAfter=s.gap * 0.5
            )
        ]
        flow += [self.para(line, s.colophon, sans=True) for line in self.credits]
        return BottomAligned(flow, space_above=s.gap * 2)

    def _notes_page(self) -> list[Flowable]:
        s = self.styles
        lines = int((self.layout.frame_height - s.title.leading * 2) // s.answer_gap) - 1
        return [
            self.para(self.words["notes_page"], s.section, sans=True),
            Spacer(1, s.gap),
            AnswerLines(max(lines, 1), s.answer_gap, color=s.palette.answer_rule),
        ]
