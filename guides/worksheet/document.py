"""The pages a worksheet is printed on: their size and margins, and the document template.

:class:`Layout` says how the pages are set up (paper, large print, a booklet's
smaller pages); :class:`WorksheetDoc` is the reportlab document template with
one frame per page, a footer with the guide's title, the edition and the page
number, an optional title page, and a record of how full each page is (which
the layout pass of :mod:`guides.worksheet.pdf` reads). A layout that is never
written (page numbers for another edition, a booklet's measuring passes) is
drawn on a :class:`MeasuringCanvas`, which skips everything but placing the
flowables.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from guides import __version__
from guides.worksheet import content as c
from guides.worksheet.flowables import BottomAligned, PageMarker, fit_text
from guides.worksheet.paper import PAGE_SIZES, Paper
from guides.worksheet.paragraphs import text_paragraph
from guides.worksheet.styles import Styles

CREATOR = f"Porchlight {__version__}"

__all__ = ["CREATOR", "Footer", "Layout", "Margins", "MeasuringCanvas", "PageCanvas", "WorksheetDoc"]


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


class PageCanvas(Canvas):  # type: ignore[misc]
    """The canvas a worksheet is written on: each page's operators deflated, as its fonts are.

    By default reportlab also writes a page's deflated operators in ASCII85 (``rl_config.useA85``),
    which would keep a file to printable bytes; but the embedded fonts are binary streams in any
    case, so it only made the page streams a quarter larger, and encoding them (in Python) took
    a twentieth of the time to write a worksheet. The pages are the same either way.
    """

    def showPage(self) -> None:
        pages = self._doc.Pages.pages
        start = len(pages)
        super().showPage()
        for page in pages[start:]:
            if page.compression and page.stream and not page.Contents:
                # What PDFPage.check_format makes of the stream, without the ASCII85 filter.
                contents = PDFStream(content=page.stream, filters=[PDFZCompress])
                contents.__Comment__ = "page stream"
                page.Contents = contents


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
        self._footer_code: dict[object, tuple[Canvas, list[str]]] = {}
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
        left = self._footer_para(canv, left_text, s.footer, room + 2, fit=room)
        self._drawn_again(canv, (left, room), lambda: left.drawOn(canv, self.leftMargin, y))
        canv.restoreState()

    def _drawn_again(self, canv: Canvas, key: object, draw: Callable[[], None]) -> None:
        """``draw()``, or, on a later page, the PDF operators it wrote the first time.

        The footer's left side (the title) is the same paragraph at the same place on every page,
        drawn from a fresh page's state; writing its operators out again is what drawing it does,
        without turning its words into operators once per page.
        """
        held = self._footer_code.get(key)
        if held is not None and held[0] is canv:
            canv._code.extend(held[1])
            return
        start = len(canv._code)
        draw()
        self._footer_code[key] = (canv, canv._code[start:])

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
