"""A :class:`~guides.worksheet.content.Worksheet` laid out as a print-ready PDF.

One frame per page with generous margins; a footer with the guide's title,
the edition and the page number; an optional title page. What goes on which
page is decided by :mod:`guides.worksheet.story` (what stays together) and by
the layout pass here, which lays the worksheet out, looks at the pages, and
tries again when they are not right:

1. the colophon (the credits) must share the last page that has content;
2. no page may hold less than :data:`MIN_LINES` lines (a page with only the
   "I will..." lines, or only the credits);
3. before either of those costs a page, the next tighter vertical rhythm of
   :data:`~guides.worksheet.styles.SPACINGS` is tried (type and room to write
   stay the same), and a worksheet whose last page is less than a third full
   tries them too, keeping the loosest one that saves that page;
4. if that is not enough, the colophon goes on the title page (or under the
   masthead when there is none), and a nearly empty last page takes the
   group before it along.

Every attempt is drawn on a real canvas with the article's appendix after
the worksheet proper, and looked at as soon as the worksheet proper is laid
out (the appendix starts on a page of its own, so it changes nothing before
it): an attempt that the search would take as it is goes on to be the file,
and the first one usually does; any other stops there, before the appendix
and before the file is written, and only tells the search what its pages
look like. So the worksheet proper is laid out more than once only when its
first plan is wrong, and the appendix once.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from guides import __version__
from guides.worksheet import content as c
from guides.worksheet.flowables import BottomAligned, PageMarker, fit_text
from guides.worksheet.fonts import load_typefaces
from guides.worksheet.paper import PAGE_SIZES, Paper
from guides.worksheet.paragraphs import text_paragraph
from guides.worksheet.story import END_KEY, ColophonPlace, PageMap, Story, StoryParts, group_key
from guides.worksheet.styles import SPACINGS, Styles, shared_styles

CREATOR = f"Porchlight {__version__}"

MIN_LINES = 4
"""A page of the worksheet holds at least this many lines of body text's height."""

__all__ = [
    "CREATOR",
    "MIN_LINES",
    "Attempt",
    "Footer",
    "Layout",
    "MeasuringCanvas",
    "PageMap",
    "Plan",
    "WorksheetDoc",
    "page_map",
    "render_pdf",
    "solve_layout",
]


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    side: float
    footer: float
    """Height of the footer's baseline above the page's bottom edge."""


@dataclass(frozen=True)
class Layout:
    """How the pages are set up."""

    paper: Paper
    large_print: bool = False
    page_size: tuple[float, float] | None = None
    """A page size other than the paper's (a booklet's half-letter or A5 pages)."""

    @property
    def size(self) -> tuple[float, float]:
        return self.page_size or PAGE_SIZES[self.paper]

    @property
    def margins(self) -> Margins:
        small = self.size[0] < 500  # a booklet's half page
        side = (0.55 if small else 0.85) * inch
        if self.large_print:
            return Margins(top=0.7 * inch, bottom=1.15 * inch, side=side * 0.8, footer=0.42 * inch)
        return Margins(
            top=(0.6 if small else 0.8) * inch,
            bottom=(0.8 if small else 0.95) * inch,
            side=side,
            footer=(0.35 if small else 0.45) * inch,
        )

    @property
    def frame_height(self) -> float:
        m = self.margins
        return self.size[1] - m.top - m.bottom


Footer = Callable[[int], tuple[str, str]]
"""Page number -> (left, right) texts of that page's footer."""


def render_pdf(worksheet: c.Worksheet, out: BinaryIO, layout: Layout) -> PageMap:
    """Write ``worksheet`` as PDF into ``out``; return the page each question landed on."""
    chosen = solve_layout(worksheet, layout, draft=False)
    if chosen.data is None:
        chosen = _attempt(worksheet, layout, chosen.plan, Canvas, with_appendix=True)
    assert chosen.data is not None
    out.write(chosen.data)
    return chosen.question_pages


def page_map(worksheet: c.Worksheet, layout: Layout) -> PageMap:
    """The page each question lands on, from a layout that is never written out."""
    return solve_layout(worksheet, layout, draft=True).question_pages


# --- the layout pass ----------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """One way to lay a worksheet out."""

    spacing: float = 1.0
    colophon: ColophonPlace = "end"
    breaks: frozenset[int] = frozenset()


@dataclass
class Attempt:
    """A layout and what its pages look like."""

    plan: Plan
    pages: PageMap
    fills: dict[int, float]
    page_count: int
    data: bytes | None
    threshold: float
    first_page: int
    frame_height: float
    colophon_page: int | None = None
    groups: int = 0
    sparse: list[int] = field(default_factory=list)

    @property
    def question_pages(self) -> PageMap:
        return {k: v for k, v in self.pages.items() if not k.startswith("#")}

    @property
    def end_page(self) -> int:
        return self.pages.get(END_KEY, self.page_count)

    @property
    def colophon_ok(self) -> bool:
        if self.colophon_page is None or self.plan.colophon != "end":
            return True
        return self.colophon_page == self.end_page

    @property
    def good(self) -> bool:
        return self.colophon_ok and not self.sparse

    def score(self) -> tuple[int, int, int, float]:
        return (len(self.sparse), 0 if self.colophon_ok else 1, self.end_page, -self.plan.spacing)


def solve_layout(worksheet: c.Worksheet, layout: Layout, *, draft: bool) -> Attempt:
    """The first plan whose pages are right, else the least wrong (see the module's docstring).

    ``draft`` lays out without writing a file (for page numbers, or a booklet's weeks).
    Otherwise the attempt returned carries the file (``data``) when it was the one
    taken as it was laid out; else :func:`render_pdf` draws its plan once more.
    """
    tried: list[Attempt] = []

    def attempt(plan: Plan, takes: Callable[[Attempt], bool]) -> Attempt | None:
        if draft:
            result = _attempt(worksheet, layout, plan, MeasuringCanvas, with_appendix=False)
        else:
            result = _attempt(worksheet, layout, plan, Canvas, with_appendix=True, takes=takes)
        tried.append(result)
        return result if result.good else None

    for spacing in SPACINGS:
        found = attempt(Plan(spacing), _is_final)
        if found is not None:
            return _save_a_page(found, attempt)
    has_colophon = any(isinstance(b, c.Colophon) for b in worksheet.blocks)
    if has_colophon and not all(a.colophon_ok for a in tried):
        place: ColophonPlace = "cover" if worksheet.cover is not None else "front"
        for spacing in SPACINGS:
            found = attempt(Plan(spacing, place), _is_good)
            if found is not None:
                return found
    best = min(tried, key=Attempt.score)
    if best.sparse:
        found = _pull_forward(best, attempt)
        if found is not None:
            return found
    return min(tried, key=Attempt.score)


Attempter = Callable[[Plan, Callable[[Attempt], bool]], Attempt | None]
"""Lays a plan out; the predicate says whether the search would take the attempt as it is."""


def _is_good(attempt: Attempt) -> bool:
    return attempt.good


def _is_final(attempt: Attempt) -> bool:
    """A good attempt that :func:`_save_a_page` returns as it is."""
    return attempt.good and not _last_page_is_thin(attempt)


def _last_page_is_thin(found: Attempt) -> bool:
    """A last page less than a third full, that a tighter rhythm might save."""
    last = found.end_page
    if last <= found.first_page or found.fills.get(last, 0.0) > found.frame_height / 3:
        return False
    return any(s < found.plan.spacing for s in SPACINGS)


def _save_a_page(found: Attempt, attempt: Attempter) -> Attempt:
    """With a last page less than a third full, try the tighter rhythms: the loosest that saves it wins."""
    if not _last_page_is_thin(found):
        return found
    last = found.end_page

    def saves_it(tighter: Attempt) -> bool:
        return tighter.good and tighter.end_page < last

    for spacing in (s for s in SPACINGS if s < found.plan.spacing):
        tighter = attempt(Plan(spacing, found.plan.colophon, found.plan.breaks), saves_it)
        if tighter is not None and tighter.end_page < last:
            return tighter
    return found


def _pull_forward(best: Attempt, attempt: Attempter) -> Attempt | None:
    """Start an earlier group on a new page, so that a nearly empty last page fills up."""
    last = best.end_page
    starts = [i for i in range(best.groups) if best.pages.get(group_key(i)) == last]
    if not starts:
        return None
    first = min(starts)
    for back in (1, 2, 3):
        index = first - back
        if index <= 0:
            break
        found = attempt(Plan(best.plan.spacing, best.plan.colophon, frozenset({index})), _is_good)
        if found is not None:
            return found
    return None


class _NotTaken(Exception):
    """Stops a layout once the worksheet proper shows that the search will not take it."""

    def __init__(self, attempt: Attempt) -> None:
        super().__init__()
        self.attempt = attempt


def _attempt(
    worksheet: c.Worksheet,
    layout: Layout,
    plan: Plan,
    canvasmaker: type[Canvas],
    *,
    with_appendix: bool,
    takes: Callable[[Attempt], bool] | None = None,
) -> Attempt:
    """Lay ``plan`` out; with ``takes``, stop after the worksheet proper unless it takes what it sees.

    An attempt stopped so carries no ``data``; one that goes on carries the file
    (unless drawn on a :class:`MeasuringCanvas`).
    """
    styles = shared_styles(load_typefaces(), large_print=layout.large_print, spacing=plan.spacing)
    pages: PageMap = {}
    story = Story(
        styles, pages, worksheet.labels, frame_height=layout.frame_height, breaks=plan.breaks
    ).build(worksheet, plan.colophon, appendix=with_appendix)
    flowables = story.main + story.appendix
    buffer = io.BytesIO()
    doc = WorksheetDoc(buffer, worksheet, styles, layout)
    seen: list[Attempt] = []

    def look() -> None:
        # What the worksheet proper's pages look like, before anything of the appendix is laid out.
        seen.append(_look_at(doc, story, plan, pages, styles))
        if takes is not None and not takes(seen[0]):
            raise _NotTaken(seen[0])

    doc.after_worksheet(story.main[-1], look)
    try:
        doc.build(flowables, canvasmaker=canvasmaker)
    except _NotTaken as stopped:
        return stopped.attempt
    if canvasmaker is MeasuringCanvas:
        return seen[0]
    return replace(seen[0], data=buffer.getvalue(), page_count=int(doc.page))


def _look_at(doc: WorksheetDoc, story: StoryParts, plan: Plan, pages: PageMap, styles: Styles) -> Attempt:
    first = 2 if doc.has_cover else 1
    end = pages.get(END_KEY, int(doc.page))
    threshold = MIN_LINES * styles.body_leading
    fills = dict(doc.fills)
    sparse = [p for p in range(first, end + 1) if fills.get(p, 0.0) < threshold]
    return Attempt(
        plan=plan,
        pages=dict(pages),
        fills=fills,
        page_count=int(doc.page),
        data=None,
        threshold=threshold,
        first_page=first,
        frame_height=float(doc.height),
        colophon_page=doc.colophon_page,
        groups=story.groups,
        sparse=sparse,
    )


class MeasuringCanvas(Canvas):  # type: ignore[misc]
    """Lays out like the real thing but writes nothing: no file, no text, no footers.

    What a layout learns (where each flowable lands, how full each page is)
    comes from wrapping and placing the flowables; turning their words into
    PDF text operators (each run split by font subset and escaped) and saving
    the file (font subsetting) are the dear parts, and nobody reads them.
    """

    def save(self) -> None:
        pass

    def beginText(self, x: float = 0, y: float = 0, direction: object = None) -> PDFTextObject:
        return _UnwrittenText(self, x, y, direction=direction)


class _UnwrittenText(PDFTextObject):  # type: ignore[misc]
    """A text object that moves its cursor as usual and writes no operators for the words."""

    def _formatText(self, text: str) -> str:
        return ""


_PLAIN = (int, float, str, bool, type(None))


class _Frame(Frame):  # type: ignore[misc]
    """A frame whose deep copy copies only what is not a plain value.

    reportlab measures every group kept together (and every heading kept with
    what follows) on a deep copy of the frame; ``copy.deepcopy`` walks each of
    its two dozen numbers one by one, which made those copies a visible share
    of a worksheet's layout. The copy is the same: plain values are immutable
    and shared by a deep copy too.
    """

    def __deepcopy__(self, memo: dict[int, object]) -> _Frame:
        twin = self.__class__.__new__(self.__class__)
        memo[id(self)] = twin
        twin.__dict__.update(
            {k: v if type(v) in _PLAIN else deepcopy(v, memo) for k, v in self.__dict__.items()}
        )
        return twin

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        if not isinstance(canv, MeasuringCanvas) or isinstance(flowable, PageMarker):
            return int(super()._add(flowable, canv, trySplit))
        # A layout that is not written places the flowable without drawing it; only a page
        # marker's drawing matters (it notes the page), and markers are never inside another.
        flowable.drawOn = _placed_only
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            del flowable.drawOn

    add = _add


def _placed_only(canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
    pass


class WorksheetDoc(BaseDocTemplate):  # type: ignore[misc]
    """The page templates (page with footer, title page), and a record of how full each page is."""

    def __init__(
        self,
        out: BinaryIO,
        worksheet: c.Worksheet,
        styles: Styles,
        layout: Layout,
        *,
        footer: Footer | None = None,
        cover: bool | None = None,
    ) -> None:
        m = layout.margins
        super().__init__(
            out,
            pagesize=layout.size,
            leftMargin=m.side,
            rightMargin=m.side,
            topMargin=m.top,
            bottomMargin=m.bottom,
            title=worksheet.title,
            author=worksheet.author,
            subject=worksheet.subject,
            creator=CREATOR,
            producer=CREATOR,
            keywords=list(worksheet.keywords),
            lang=worksheet.language,
            initialFontName=styles.faces.sans.regular,
            allowSplitting=1,
        )
        self._styles = styles
        self._worksheet = worksheet
        self._footer_y = m.footer
        self._footer_text = footer or self._default_footer
        self.has_cover = worksheet.cover is not None if cover is None else cover
        self.fills: dict[int, float] = {}
        """Page -> how much of the frame's height the content reaches down (the colophon aside)."""
        self.colophon_page: int | None = None
        self._worksheet_end: tuple[Flowable, Callable[[], None]] | None = None
        self._footer_paras: dict[tuple[str, str, float, float | None], Paragraph] = {}
        frame = _Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        page = PageTemplate(id="page", frames=[frame], onPage=self._footer)
        title = PageTemplate(id="cover", frames=[frame], onPage=self._cover_band)
        # The first template is the first page's: the title page (no footer) when there is one.
        self.addPageTemplates([title, page] if self.has_cover else [page, title])

    def after_worksheet(self, last: Flowable, look: Callable[[], None]) -> None:
        """Call ``look`` once ``last`` (the worksheet proper's last flowable) is laid out."""
        self._worksheet_end = (last, look)

    def afterFlowable(self, flowable: Flowable) -> None:
        self._note_fill(flowable)
        if self._worksheet_end is not None and flowable is self._worksheet_end[0]:
            self._worksheet_end[1]()

    def _note_fill(self, flowable: Flowable) -> None:
        frame = self.frame
        if isinstance(flowable, BottomAligned):
            self.colophon_page = self.page
            return
        if getattr(flowable, "_ZEROSIZE", False) or not hasattr(frame, "_y"):
            return
        used = frame._y2 - frame._topPadding - frame._y
        if used > self.fills.get(self.page, 0.0):
            self.fills[self.page] = used

    def _default_footer(self, page: int) -> tuple[str, str]:
        ws = self._worksheet
        return ws.title, f"{ws.edition_label}  ·  {page}"

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if isinstance(canv, MeasuringCanvas):
            return  # a footer takes no room from the frame: a layout that is not written skips it
        s = self._styles
        left_text, right = self._footer_text(canv.getPageNumber())
        y = self._footer_y
        canv.saveState()
        canv.setStrokeColor(s.palette.rule)
        canv.setLineWidth(0.5)
        rule = y + s.footer.leading + 1.5
        canv.line(self.leftMargin, rule, self.leftMargin + self.width, rule)
        size = s.footer.fontSize
        right = fit_text(right, s.faces.sans.regular, size, self.width * 0.6)
        rw = stringWidth(right, s.faces.sans.regular, size) + 2
        self._footer_para(canv, right, s.footer_right, rw).drawOn(canv, self.leftMargin + self.width - rw, y)
        room = self.width - rw - size * 2
        self._footer_para(canv, left_text, s.footer, room + 2, fit=room).drawOn(canv, self.leftMargin, y)
        canv.restoreState()

    def _footer_para(
        self, canv: Canvas, text: str, style: ParagraphStyle, width: float, *, fit: float | None = None
    ) -> Paragraph:
        """One side of the footer, ``fit`` to a width, laid out once for all the pages that print it."""
        key = (text, style.name, width, fit)
        para = self._footer_paras.get(key)
        if para is None:
            s = self._styles
            shown = text if fit is None else fit_text(text, s.faces.sans.regular, style.fontSize, fit)
            para = text_paragraph(shown, style, s.faces, family=s.faces.sans)
            para.wrapOn(canv, width, s.footer.leading * 2)
            self._footer_paras[key] = para
        return para

    def _cover_band(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        s = self._styles
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(s.palette.accent)
        canv.rect(0, height - 0.45 * inch, width, 0.45 * inch, stroke=0, fill=1)
        canv.setFillColor(s.palette.passage_fill)
        canv.rect(0, 0, width, 0.3 * inch, stroke=0, fill=1)
        canv.restoreState()
