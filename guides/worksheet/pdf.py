"""A :class:`~guides.worksheet.content.Worksheet` laid out as a print-ready PDF.

The pages themselves (size, margins, footer, title page) are
:mod:`guides.worksheet.document`'s. What goes on which page is decided by
:mod:`guides.worksheet.story` (what stays together) and by the layout pass
here, which lays the worksheet out, looks at the pages, and tries again when
they are not right:

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
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from guides.worksheet import content as c
from guides.worksheet.document import CREATOR, Footer, Layout, MeasuringCanvas, PageCanvas, WorksheetDoc
from guides.worksheet.fonts import load_typefaces
from guides.worksheet.story import END_KEY, ColophonPlace, PageMap, Story, StoryParts, group_key
from guides.worksheet.styles import SPACINGS, Styles, shared_styles

MIN_LINES = 4
"""A page of the worksheet holds at least this many lines of body text's height."""

# Layout, the document and its canvas live in guides.worksheet.document; they are named here
# too, for the callers that lay a worksheet out.
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


def render_pdf(worksheet: c.Worksheet, out: BinaryIO, layout: Layout) -> PageMap:
    """Write ``worksheet`` as PDF into ``out``; return the page each question landed on."""
    chosen = solve_layout(worksheet, layout, draft=False)
    if chosen.data is None:
        chosen = _attempt(worksheet, layout, chosen.plan, PageCanvas, with_appendix=True)
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
            result = _attempt(worksheet, layout, plan, PageCanvas, with_appendix=True, takes=takes)
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
    if not seen:  # never so far: the worksheet proper always ends in a flowable that is laid out
        seen.append(_look_at(doc, story, plan, pages, styles))
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
