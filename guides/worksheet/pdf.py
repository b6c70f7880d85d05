"""A :class:`~guides.worksheet.content.Worksheet` laid out as a print-ready PDF.

One frame per page with generous margins; a footer with the guide's title,
the edition and the page number; an optional title page. Questions stay with
their answer lines (``KeepTogether``), headings stay with what follows, and
each question leaves a :class:`~guides.worksheet.flowables.PageMarker` so the
caller learns which page it landed on.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from guides import __version__
from guides.worksheet import content as c
from guides.worksheet.flowables import AnswerColumn, AnswerLines, Boxed, FieldSpec, PageMarker, fit_text
from guides.worksheet.fonts import FontFamily, load_typefaces
from guides.worksheet.markup import inline_markup
from guides.worksheet.paper import PAGE_SIZES, Paper
from guides.worksheet.styles import Styles, make_styles

CREATOR = f"Porchlight {__version__}"


@dataclass(frozen=True)
class Layout:
    """How the pages are set up."""

    paper: Paper
    large_print: bool = False


PageMap = dict[str, int]
"""Question key -> the page number it starts on."""


def render_pdf(worksheet: c.Worksheet, out: BinaryIO, layout: Layout) -> PageMap:
    """Write ``worksheet`` as PDF into ``out``; return the page each question landed on."""
    return _lay_out(worksheet, out, layout, Canvas)


def page_map(worksheet: c.Worksheet, layout: Layout) -> PageMap:
    """The page each question lands on, from a layout that is never written out."""
    return _lay_out(worksheet, io.BytesIO(), layout, _MeasuringCanvas)


class _MeasuringCanvas(Canvas):  # type: ignore[misc]
    """Lays out like the real thing but skips writing the file (font subsetting is the dear part)."""

    def save(self) -> None:
        pass


def _lay_out(worksheet: c.Worksheet, out: BinaryIO, layout: Layout, canvasmaker: type[Canvas]) -> PageMap:
    styles = make_styles(load_typefaces(), large_print=layout.large_print)
    pages: PageMap = {}
    story = _Story(styles, pages, worksheet.labels).build(worksheet)
    doc = _WorksheetDoc(out, worksheet, styles, layout)
    doc.build(story, canvasmaker=canvasmaker)
    return pages


class _WorksheetDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: BinaryIO, worksheet: c.Worksheet, styles: Styles, layout: Layout) -> None:
        size = PAGE_SIZES[layout.paper]
        side = 0.85 * inch
        super().__init__(
            out,
            pagesize=size,
            leftMargin=side,
            rightMargin=side,
            topMargin=0.8 * inch,
            bottomMargin=0.95 * inch,
            title=worksheet.title,
            author=worksheet.author,
            subject=worksheet.subject,
            creator=CREATOR,
            producer=CREATOR,
            keywords=list(worksheet.keywords),
            initialFontName=styles.faces.sans.regular,
            allowSplitting=1,
        )
        self._styles = styles
        self._worksheet = worksheet
        frame = Frame(
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
        cover = PageTemplate(id="cover", frames=[frame], onPage=self._cover_band)
        # The first template is the first page's: the title page (no footer) when there is one.
        self.addPageTemplates([cover, page] if worksheet.cover is not None else [page, cover])

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        s = self._styles
        y = self.bottomMargin - 0.5 * inch
        canv.saveState()
        canv.setStrokeColor(s.palette.rule)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y + s.pt(10), self.leftMargin + self.width, y + s.pt(10))
        right = (
            f"{c.edition_label(self._worksheet.edition, self._worksheet.language)}  ·  {canv.getPageNumber()}"
        )
        right_para = Paragraph(inline_markup(right, s.faces, family=s.faces.sans), s.footer_right)
        rw = self.width * 0.4
        right_para.wrapOn(canv, rw, s.pt(20))
        right_para.drawOn(canv, self.leftMargin + self.width - rw, y)
        title = fit_text(self._worksheet.title, s.faces.sans.regular, s.footer.fontSize, self.width * 0.58)
        left_para = Paragraph(inline_markup(title, s.faces, family=s.faces.sans), s.footer)
        left_para.wrapOn(canv, self.width * 0.6, s.pt(20))
        left_para.drawOn(canv, self.leftMargin, y)
        canv.restoreState()

    def _cover_band(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        s = self._styles
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(s.palette.accent)
        canv.rect(0, height - 0.45 * inch, width, 0.45 * inch, stroke=0, fill=1)
        canv.setFillColor(s.palette.passage_fill)
        canv.rect(0, 0, width, 0.3 * inch, stroke=0, fill=1)
        canv.restoreState()


class _Story:
    """Turns worksheet blocks into flowables."""

    def __init__(self, styles: Styles, pages: PageMap, labels: Mapping[str, str]) -> None:
        self.s = styles
        self.pages = pages
        self.L = labels
        self._handlers: dict[type, Callable[[object], list[Flowable]]] = {
            c.SectionHead: self._section,  # type: ignore[dict-item]
            c.Text: self._text,  # type: ignore[dict-item]
            c.Passage: self._passage,  # type: ignore[dict-item]
            c.Scripture: self._scripture,  # type: ignore[dict-item]
            c.QuestionItem: self._question,  # type: ignore[dict-item]
            c.Note: self._note,  # type: ignore[dict-item]
            c.HighlightItem: self._highlight,  # type: ignore[dict-item]
            c.Schedule: self._schedule,  # type: ignore[dict-item]
            c.Appendix: self._appendix,  # type: ignore[dict-item]
            c.PageBreak: lambda _block: [PageBreak()],
        }

    # --- helpers ---------------------------------------------------------

    def para(self, text: str, style: object, *, family: FontFamily | None = None, **kw: object) -> Paragraph:
        fam = family or (self.s.faces.sans if _is_sans(style, self.s) else self.s.faces.serif)
        return Paragraph(inline_markup(text, self.s.faces, family=fam), style, **kw)

    def label(self, text: str, style: object) -> Paragraph:
        para = self.para(text.upper(), style, family=self.s.faces.sans)
        para.keepWithNext = True  # never alone at the foot of a page (see Boxed.split)
        return para

    def box(self, content: list[Flowable], fill: Color | None, edge: Color | None, **kw: object) -> Boxed:
        return Boxed(content, fill=fill, edge=edge, padding=self.s.box_padding, **kw)  # type: ignore[arg-type]

    def space(self, factor: float = 1.0) -> Spacer:
        return Spacer(1, self.s.gap * factor)

    # --- the story -------------------------------------------------------

    def build(self, ws: c.Worksheet) -> list[Flowable]:
        story: list[Flowable] = []
        if ws.cover is not None:
            story += self._cover(ws.cover)
        story += self._masthead(ws.masthead)
        held: list[Flowable] = []
        for block in ws.blocks:
            flowables = self._handlers[type(block)](block)
            if isinstance(block, c.SectionHead) or (held and _leads_in(block)):
                held += flowables
                continue
            if held and flowables:
                # A heading is never left alone at the foot of a page: it travels,
                # with the purpose line and notes under it, to the first thing the
                # part is about (a question, a passage), so that a page never ends
                # on "Apply" and a leader's note with the question overleaf.
                # (KeepTogether does not nest: a nested one always asks for a new page.)
                first = flowables[0]
                inner = list(first._content) if isinstance(first, KeepTogether) else [first]
                flowables = [KeepTogether([*held, *inner]), *flowables[1:]]
                held = []
            story += flowables
        return story + held

    def _cover(self, cover: c.Cover) -> list[Flowable]:
        s = self.s
        flow: list[Flowable] = [
            NextPageTemplate("page"),
            Spacer(1, 1.6 * inch),
            self.label(f"{cover.audience_label}  ·  {cover.edition_label}", s.kicker),
            Spacer(1, s.gap),
            self.para(cover.title, s.cover_title),
        ]
        if cover.big_idea:
            flow.append(self.para(cover.big_idea, s.cover_sub))
        flow.append(
            HRFlowable(
                width="30%",
                thickness=1.2,
                color=s.palette.accent,
                hAlign="LEFT",
                spaceBefore=s.gap,
                spaceAfter=s.gap * 2,
            )
        )
        if cover.byline:
            flow.append(self.para(cover.byline, s.meta))
        flow.append(PageBreak())
        return flow

    def _masthead(self, m: c.Masthead) -> list[Flowable]:
        s = self.s
        flow: list[Flowable] = [self.label(m.kicker, s.kicker), self.para(m.title, s.title)]
        if m.big_idea:
            flow.append(self.para(m.big_idea, s.big_idea))
        if m.meta:
            flow.append(self.para(m.meta, s.meta))
        flow.append(
            HRFlowable(
                width="100%", thickness=0.8, color=s.palette.rule, spaceBefore=s.gap, spaceAfter=s.gap * 0.5
            )
        )
        return flow

    def _section(self, h: c.SectionHead) -> list[Flowable]:
        s = self.s
        title = self.para(h.title, s.section)
        timing = " · ".join(x for x in (f"{h.minutes} min" if h.minutes else None, h.clock) if x)
        if timing:
            row: list[Flowable] = [title, self.para(timing, s.section_time)]
            head: Flowable = Table([row], colWidths=["72%", "28%"])
        else:
            head = Table([[title]], colWidths=["100%"])
        head.setStyle(
            TableStyle(
                [
                    # Tables set a font of their own (Helvetica unless told), even around paragraphs.
                    ("FONT", (0, 0), (-1, -1), s.faces.sans.regular, s.pt(9)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), s.pt(4)),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, s.palette.accent),
                ]
            )
        )
        return [Spacer(1, s.gap * 2), head, self.space(0.8)]

    def _text(self, t: c.Text) -> list[Flowable]:
        style = self.s.meta if t.quiet else self.s.body
        flow: list[Flowable] = [self.para(t.text, style)]
        if t.credit:
            rule = HRFlowable(
                width="25%",
                thickness=0.5,
                color=self.s.palette.rule,
                hAlign="LEFT",
                spaceBefore=self.s.gap * 2,
                spaceAfter=self.s.gap * 0.5,
            )
            return [rule, *flow]
        if t.quiet:
            flow.append(self.space(0.5))
        return flow

    def _passage(self, p: c.Passage) -> list[Flowable]:
        s = self.s
        label = p.label + (f"  ·  {p.where}" if p.where else "")
        inner: list[Flowable] = [self.label(label, s.passage_label)]
        inner += [self.para(part, s.passage) for part in _paragraphs(p.text)]
        return [self.box(inner, s.palette.passage_fill, s.palette.passage_edge), self.space()]

    def _scripture(self, sc: c.Scripture) -> list[Flowable]:
        s = self.s
        ref = sc.reference + (f"  ·  {sc.translation}" if sc.translation else "")
        inner: list[Flowable] = [self.label(ref, s.scripture_ref)]
        if sc.text:
            inner += [self.para(part, s.scripture) for part in _paragraphs(sc.text)]
        else:
            inner.append(self.para(self.L["read_from_bible"], s.meta))
        boxed = self.box(inner, s.palette.scripture_fill, s.palette.accent, frame=s.palette.rule)
        return [boxed, self.space()]

    def _question(self, q: c.QuestionItem) -> list[Flowable]:
        s = self.s
        text = inline_markup(q.text, s.faces)
        if q.tag:
            tag = inline_markup(q.tag.upper(), s.faces, family=s.faces.sans)
            font = f'name="{s.faces.sans.bold}" size="{s.pt(7):.1f}" color="#{_hex(s.palette.leader_edge)}"'
            text = f"<font {font}>{tag}</font>  {text}"
        bullet = q.number or ("✎" if q.step else "•")
        # The space above is a Spacer, not the style's spaceBefore: KeepTogether measures its
        # contents as if at the top of a page, where spaceBefore does not count, and would
        # then let the answer lines fall onto the next page.
        flow: list[Flowable] = [
            Spacer(1, s.question_space),
            PageMarker(self.pages, q.key),
            Paragraph(text, s.question, bulletText=bullet),
        ]
        if q.page_ref is not None:
            flow.append(self.para(self.L["participant_page"].format(page=q.page_ref), s.question_ref))
        for note in q.notes:
            flow.append(self.para(note, s.question_ref))
        if q.answers:
            flow.append(self._answer_lines(q))
        flow.append(self.space(0.4))
        return [KeepTogether(flow)]

    def _answer_lines(self, q: c.QuestionItem) -> AnswerLines:
        """All of a question's answer areas side by side (one per partner in the couple's edition)."""
        s = self.s
        columns = [
            AnswerColumn(
                label=area.label.upper() if area.label else None,
                field=FieldSpec(area.field_name, _tooltip(q, area, self.L)) if area.field_name else None,
            )
            for area in q.answers
        ]
        return AnswerLines(
            max(area.lines for area in q.answers),
            s.answer_gap,
            color=s.palette.answer_rule,
            columns=columns,
            indent=s.question_indent,
            gutter=s.pt(22),
            label_font=s.faces.sans.bold,
            label_size=s.pt(7),
            label_color=s.palette.muted,
            field_font_size=round(s.pt(10)),
            text_color=s.palette.ink,
        )

    def _note(self, n: c.Note) -> list[Flowable]:
        s = self.s
        if n.tone == "care":
            fill, edge = s.palette.care_fill, s.palette.care_edge
        else:
            fill, edge = s.palette.leader_fill, s.palette.leader_edge
        label_style = ParagraphStyle(f"{s.leader_label.name}-{n.tone}", parent=s.leader_label, textColor=edge)
        inner: list[Flowable] = [self.label(n.label or self.L[f"note_{n.tone}"], label_style)]
        inner += [self.para(part, s.leader) for part in _paragraphs(n.text)]
        return [self.box(inner, fill, edge, edge_width=2.0), self.space()]

    def _highlight(self, h: c.HighlightItem) -> list[Flowable]:
        s = self.s
        inner: list[Flowable] = [self.para(f"“{h.quote}”", s.highlight_quote)]
        if h.sentence and h.sentence.strip() != h.quote.strip():
            inner.append(self.para(self.L["in_context"].format(sentence=h.sentence), s.highlight_note))
        if h.note:
            who = self.L["readers_note"].format(reader=h.reader) if h.reader else self.L["note"]
            inner.append(self.para(f"{who}: {h.note}", s.highlight_note))
        elif h.reader:
            inner.append(self.para(self.L["marked_by"].format(reader=h.reader), s.highlight_note))
        boxed = self.box(inner, s.palette.highlight_fill, s.palette.highlight_edge, edge_width=2.0)
        return [KeepTogether([boxed]), self.space(0.8)]

    def _schedule(self, sch: c.Schedule) -> list[Flowable]:
        s = self.s
        rows = [
            [
                self.para(r.clock, s.schedule_time),
                self.para(r.title, s.schedule_part),
                self.para(r.purpose or "", s.schedule_purpose),
            ]
            for r in sch.rows
        ]
        table = Table(rows, colWidths=[s.pt(62), s.pt(92), None], repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    # Tables set a font of their own (Helvetica unless told), even around paragraphs.
                    ("FONT", (0, 0), (-1, -1), s.faces.sans.regular, s.pt(9)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), s.pt(4)),
                    ("RIGHTPADDING", (0, 0), (-1, -1), s.pt(6)),
                    ("TOPPADDING", (0, 0), (-1, -1), s.pt(5)),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), s.pt(5)),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, s.palette.rule),
                ]
            )
        )
        label = self.label(self.L["at_a_glance"], s.leader_label)
        return [
            self.box([label, table], s.palette.leader_fill, s.palette.leader_edge, edge_width=2.0),
            self.space(),
        ]

    def _appendix(self, a: c.Appendix) -> list[Flowable]:
        s = self.s
        flow: list[Flowable] = [
            PageBreak(),
            self.label(self.L["appendix"], s.kicker),
            self.para(a.title, s.title),
        ]
        if a.byline:
            flow.append(self.para(a.byline, s.meta))
        flow.append(
            HRFlowable(width="100%", thickness=0.8, color=s.palette.rule, spaceBefore=s.gap, spaceAfter=s.gap)
        )
        for block in a.blocks:
            if block.kind == "heading":
                para = self.para(block.text, s.appendix_heading)
                para.keepWithNext = True
                flow.append(para)
            elif block.kind == "list_item":
                flow.append(self._numbered(block, bulletText="•"))
            elif block.kind == "quote":
                quote = self._numbered(block)
                flow.append(self.box([quote], None, s.palette.rule, edge_width=1.5))
                flow.append(self.space(0.5))
            else:
                flow.append(self._numbered(block))
        return flow

    def _numbered(self, block: c.ArticleBlock, **kw: object) -> Paragraph:
        """An appendix paragraph led by its number in small muted type, like a verse number."""
        s = self.s
        text = inline_markup(block.text, s.faces)
        if block.number is not None:
            font = f'name="{s.faces.sans.bold}" size="{s.pt(6.5):.1f}" color="#{_hex(s.palette.muted)}"'
            text = f"<font {font}>{block.number}</font>\u2002{text}"
        return Paragraph(text, s.appendix, **kw)


def _leads_in(block: c.Block) -> bool:
    """A block that introduces a part (its purpose line, a leader's or care note) rather than being it."""
    if isinstance(block, c.Text):
        return block.quiet and not block.credit
    return isinstance(block, c.Note)


def _is_sans(style: object, styles: Styles) -> bool:
    name = getattr(style, "fontName", "")
    return isinstance(name, str) and name.startswith(styles.faces.sans.name)


def _paragraphs(text: str) -> list[str]:
    return [p for p in (part.strip() for part in text.split("\n\n")) if p] or [text]


def _hex(color: Color) -> str:
    return "".join(f"{round(v * 255):02x}" for v in color.rgb())


def _tooltip(q: c.QuestionItem, area: c.AnswerArea, labels: Mapping[str, str]) -> str:
    who = f" ({area.label})" if area.label else ""
    number = labels["question_number"].format(number=q.number) if q.number else labels["answer"]
    return f"{number}{who}"
