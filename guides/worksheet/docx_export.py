"""The worksheet as a Word document a leader can edit: real headings, numbered questions, named styles.

Made with python-docx from the same :class:`~guides.worksheet.content.Worksheet`
as the PDF, so the content and the numbering are the PDF's:

- the title is Heading 1 and each part Heading 2 (Word's navigation pane and
  a table of contents see them); the appendix's headings are Heading 3;
- the questions are a real Word numbered list (one list for the whole
  document, so Word counts them 1, 2, 3 ... as the PDF numbers them, and
  renumbers them when a leader inserts one); extra and take-home questions,
  which the PDF does not number, are in the same style without a number;
- everything else has a style of its own, named in the worksheet's language
  (Question, Step, Passage, Scripture, Leader note, Leader line, Instruction,
  Answer line, Box label), so a leader changes every passage box or every
  answer line at once through Word's styles;
- answer lines are empty paragraphs ruled below (the Answer line style), the
  name and date line a tab stop with an underline leader, the take-home cards
  a table with dashed borders to cut along.

Fonts are named as Georgia (reading) and Arial (labels and the leader's
lines), which Word and LibreOffice have or substitute everywhere; the PDF
embeds DejaVu instead. Large print sets the same minimum sizes as the PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from copy import deepcopy
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from guides.worksheet import content as c
from guides.worksheet.markup import clean_text
from guides.worksheet.paper import PAGE_SIZES, Paper
from guides.worksheet.styles import LARGE_PRINT_MIN, LARGE_PRINT_QUESTION, PALETTE

SERIF = "Georgia"
SANS = "Arial"

_INK = "222222"
_MUTED = "625B53"
_ACCENT = "8A4B16"
_LEADER = "2F4A58"


def _hex(color: Any) -> str:
    return "".join(f"{round(v * 255):02X}" for v in color.rgb())


def worksheet_to_docx(ws: c.Worksheet, *, paper: Paper = "letter", large_print: bool = False) -> bytes:
    """The worksheet as the bytes of a .docx file."""
    return _DocxWriter(ws, paper, large_print).write()


class _DocxWriter:
    def __init__(self, ws: c.Worksheet, paper: Paper, large_print: bool) -> None:
        self.ws = ws
        self.L: Mapping[str, str] = ws.labels
        self.large = large_print
        self.doc: DocumentObject = Document()
        self.paper = paper
        self.numbered = _numbers_count_up(ws)
        self._num_id = 0
        self._handlers: dict[type, Callable[[Any], None]] = {
            c.WriteIn: self._write_in,
            c.SectionHead: self._section,
            c.Text: self._text,
            c.Passage: self._passage,
            c.Scripture: self._scripture,
            c.QuestionItem: self._question,
            c.Transition: self._transition,
            c.Note: self._note,
            c.HighlightItem: self._highlight,
            c.Schedule: self._schedule,
            c.Colophon: self._colophon,
            c.CardSheet: self._cards,
            c.Appendix: self._appendix,
            c.PageBreak: lambda _b: self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE),
        }

    # --- the document ----------------------------------------------------------------

    def write(self) -> bytes:
        self._page_setup()
        self._styles()
        self._properties()
        ws = self.ws
        if ws.cover is not None:
            self._cover(ws.cover)
        if ws.edition != "cards":
            self._masthead(ws.masthead)
        for block in ws.blocks:
            self._handlers[type(block)](block)
        self._footer()
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def size(self, regular: float) -> Pt:
        """A type size for this print size (large print: at least the PDF's minimum)."""
        if not self.large:
            return Pt(regular)
        return Pt(max(regular * 1.6, LARGE_PRINT_MIN))

    def _side_margin(self) -> Inches:
        return Inches(0.75 if self.large else 0.85)

    def _text_width(self) -> int:
        """The width between the margins, in the document's units (EMU)."""
        return int(Pt(PAGE_SIZES[self.paper][0])) - 2 * int(self._side_margin())

    def _page_setup(self) -> None:
        width, height = PAGE_SIZES[self.paper]
        for section in self.doc.sections:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width = Pt(width)
            section.page_height = Pt(height)
            side = self._side_margin()
            section.left_margin = section.right_margin = side
            section.top_margin = Inches(0.8)
            section.bottom_margin = Inches(0.9)

    def _properties(self) -> None:
        props = self.doc.core_properties
        props.title = self.ws.title
        props.author = self.ws.author
        props.subject = self.ws.subject
        props.keywords = ", ".join(self.ws.keywords)
        props.language = self.ws.language
        props.comments = "Porchlight"

    def _styles(self) -> None:
        styles = self.doc.styles
        lang = {"en": "en-US", "es": "es-ES"}.get(self.ws.language, self.ws.language)
        normal = styles["Normal"]
        _font(normal, SERIF, self.size(11), _INK)
        normal.paragraph_format.space_after = Pt(6)
        rpr = normal.element.get_or_add_rPr()
        lang_el = OxmlElement("w:lang")
        lang_el.set(qn("w:val"), lang)
        rpr.append(lang_el)
        for name, size, color in (
            ("Heading 1", 22, _INK),
            ("Heading 2", 14, _ACCENT),
            ("Heading 3", 12, _INK),
        ):
            style = styles[name]
            _font(style, SERIF if name != "Heading 2" else SANS, self.size(size), color, bold=True)
            style.paragraph_format.keep_with_next = True
        _border(styles["Heading 2"], "bottom", _ACCENT, 6)
        styles["Heading 2"].paragraph_format.space_before = Pt(16)
        _font(styles["Title"], SERIF, self.size(24), _INK, bold=True)
        _font(styles["Subtitle"], SERIF, self.size(13), _MUTED, italic=True)
        _font(styles["Quote"], SERIF, self.size(10.5), _INK, italic=True)
        L = self.L
        question_size = Pt(LARGE_PRINT_QUESTION if self.large else 11.5)
        self.question = self._style(L["style_question"], SERIF, question_size)
        self.question.paragraph_format.left_indent = Inches(0.35)
        self.question.paragraph_format.first_line_indent = Inches(-0.35)
        self.question.paragraph_format.space_before = Pt(10)
        self.question.paragraph_format.keep_with_next = True
        self._numbering(self.question)
        self.step = self._style(L["style_step"], SERIF, question_size)
        self.step.paragraph_format.left_indent = Inches(0.35)
        self.step.paragraph_format.space_before = Pt(8)
        self.step.paragraph_format.keep_with_next = True
        self.passage = self._box_style(L["style_passage"], SERIF, 10.5, _hex(PALETTE.passage_fill), "C9A27A")
        self.scripture = self._box_style(L["style_scripture"], SERIF, 10.5, "FBF8F2", _ACCENT)
        self.note = self._box_style(L["style_note"], SANS, 9, _hex(PALETTE.leader_fill), "5D7888", _LEADER)
        self.label = self._style(L["style_label"], SANS, 7.5, _ACCENT, bold=True)
        self.label.paragraph_format.keep_with_next = True
        self.label.paragraph_format.space_after = Pt(2)
        self.leader_line = self._style(L["style_leader_line"], SANS, 9, _LEADER)
        self.leader_line.paragraph_format.left_indent = Inches(0.35)
        self.leader_line.paragraph_format.space_after = Pt(1)
        self.leader_line.paragraph_format.keep_with_next = True
        self.instruction = self._style(L["style_instruction"], SANS, 8.5, _MUTED)
        self.answer = self._style(L["style_answer"], SANS, 11, _INK)
        fmt = self.answer.paragraph_format
        fmt.left_indent = Inches(0.35)
        fmt.space_after = Pt(0)
        fmt.space_before = Pt(0)
        fmt.line_spacing = Pt(34 if self.large else 22)
        fmt.keep_with_next = True
        _border(self.answer, "bottom", "B5AEA5", 4)
        _border(self.answer, "between", "B5AEA5", 4)

    def _style(
        self, name: str, font: str, size: float | Pt, color: str = _INK, *, bold: bool = False
    ) -> ParagraphStyle:
        """A paragraph style of the worksheet's own; ``size`` for regular print unless given in Pt."""
        style: ParagraphStyle = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.doc.styles["Normal"]
        style.quick_style = True
        actual = size if isinstance(size, Pt) else self.size(size)
        _font(style, font, actual, color, bold=bold)
        return style

    def _box_style(
        self, name: str, font: str, size: float, fill: str, edge: str, color: str = _INK
    ) -> ParagraphStyle:
        style = self._style(name, font, size, color)
        fmt = style.paragraph_format
        fmt.left_indent = Inches(0.15)
        fmt.right_indent = Inches(0.1)
        fmt.space_after = Pt(0)
        _shade(style, fill)
        _border(style, "left", edge, 18)
        return style

    def _numbering(self, style: ParagraphStyle) -> None:
        """One numbered list for the questions: "1." in bold accent colour, hanging."""
        numbering = self.doc.part.numbering_part.element
        abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        abstract_id = max(abstract_ids, default=0) + 1
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(abstract_id))
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), "0")
        for tag, value in (
            ("w:start", "1"),
            ("w:numFmt", "decimal"),
            ("w:lvlText", "%1"),
            ("w:lvlJc", "left"),
        ):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            level.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "504")
        ind.set(qn("w:hanging"), "504")
        ppr.append(ind)
        level.append(ppr)
        rpr = OxmlElement("w:rPr")
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:ascii"), SANS)
        fonts.set(qn("w:hAnsi"), SANS)
        rpr.append(fonts)
        rpr.append(OxmlElement("w:b"))
        col = OxmlElement("w:color")
        col.set(qn("w:val"), _ACCENT)
        rpr.append(col)
        level.append(rpr)
        abstract.append(level)
        # abstractNum elements must come before num elements.
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        self._num_id = max(num_ids, default=0) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self._num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(abstract_id))
        num.append(ref)
        numbering.append(num)
        num_pr = OxmlElement("w:numPr")
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), str(self._num_id))
        num_pr.append(num_id)
        _put(style.element.get_or_add_pPr(), num_pr)

    # --- pieces ----------------------------------------------------------------------

    def para(self, text: str, style: ParagraphStyle | str | None = None) -> Paragraph:
        return self.doc.add_paragraph(clean_text(text).strip(), style)

    def _cover(self, cover: c.Cover) -> None:
        self.para(f"{cover.audience_label} · {cover.edition_label}".upper(), self.label)
        self.para(cover.title, "Title")
        if cover.big_idea:
            self.para(cover.big_idea, "Subtitle")
        for line in (cover.byline, cover.series):
            if line:
                self.para(line, self.instruction)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _masthead(self, m: c.Masthead) -> None:
        kicker = f"{m.series} · {m.kicker}" if m.series else m.kicker
        self.para(kicker.upper(), self.label)
        self.para(m.title, "Heading 1")
        if m.big_idea:
            self.para(m.big_idea, "Subtitle")
        if m.meta:
            self.para(m.meta, self.instruction)

    def _write_in(self, w: c.WriteIn) -> None:
        p = self.doc.add_paragraph(style=self.instruction)
        width = self._text_width()
        stops = p.paragraph_format.tab_stops
        count = len(w.labels)
        for index, label in enumerate(w.labels):
            end = int(width * (index + 1) / count) - (Inches(0.3) if index + 1 < count else 0)
            stops.add_tab_stop(end, WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.LINES)
            p.add_run(("    " if index else "") + clean_text(label) + " \t")

    def _section(self, h: c.SectionHead) -> None:
        p = self.para(h.title, "Heading 2")
        minutes = self.L["minutes_short"].format(minutes=h.minutes) if h.minutes else None
        timing = " · ".join(x for x in (minutes, h.clock) if x)
        if timing:
            run = p.add_run(f"   {timing}")
            run.font.size = self.size(8.5)
            run.font.bold = False
            run.font.color.rgb = RGBColor.from_string(_MUTED)

    def _text(self, t: c.Text) -> None:
        for part in _paragraphs(t.text):
            self.para(part, self.instruction if t.quiet else None)

    def _box(self, label: str, text: str, style: ParagraphStyle) -> None:
        head = self.para(label.upper(), self.label)
        _copy_box(style, head)
        parts = _paragraphs(text)
        for index, part in enumerate(parts):
            p = self.para(part, style)
            p.paragraph_format.keep_together = True
            if index < len(parts) - 1:
                p.paragraph_format.keep_with_next = True
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def _passage(self, p: c.Passage) -> None:
        label = p.label + (f" · {p.where}" if p.where else "")
        self._box(label, p.text, self.passage)

    def _scripture(self, sc: c.Scripture) -> None:
        ref = sc.reference + (f" · {sc.translation}" if sc.translation else "")
        self._box(ref, sc.text or self.L["read_from_bible"], self.scripture)

    def _note(self, n: c.Note) -> None:
        self._box(n.label or self.L[f"note_{n.tone}"], n.text, self.note)

    def _question(self, q: c.QuestionItem) -> None:
        style = self.step if q.step else self.question
        p = self.doc.add_paragraph(style=style)
        if q.step:
            p.add_run("✎  ")
        elif q.number is None or not self.numbered:
            _no_number(p)
            p.paragraph_format.left_indent = Inches(0.35)
            p.paragraph_format.first_line_indent = Inches(-0.35)
            mark = q.number or "•"
            run = p.add_run(f"{mark}\t")
            run.font.bold = True
            run.font.color.rgb = RGBColor.from_string(_ACCENT)
        if q.tag:
            tag = p.add_run(q.tag.upper() + "  ")
            tag.font.size = self.size(7.5)
            tag.font.bold = True
            tag.font.name = SANS
            tag.font.color.rgb = RGBColor.from_string("5D7888")
        p.add_run(clean_text(q.text).strip())
        lines: list[str] = []
        if q.page_ref is not None:
            lines.append(self.L["participant_page"].format(page=q.page_ref))
        lines += list(q.notes)
        for line in lines:
            self.para(line, self.leader_line)
        for key, leader_says in (("listen_for", q.listen_for), ("probe", q.follow_up)):
            if leader_says:
                lp = self.doc.add_paragraph(style=self.leader_line)
                lp.add_run(self.L[key] + " ").bold = True
                lp.add_run(clean_text(leader_says).strip())
        for area in q.answers:
            if area.label:
                self.para(area.label.upper(), self.label).paragraph_format.left_indent = Inches(0.35)
            for _ in range(area.lines):
                self.doc.add_paragraph(style=self.answer)
        last = self.doc.paragraphs[-1]
        last.paragraph_format.keep_with_next = False

    def _transition(self, t: c.Transition) -> None:
        p = self.doc.add_paragraph(style=self.leader_line)
        p.paragraph_format.left_indent = Inches(0)
        p.paragraph_format.space_before = Pt(6)
        p.add_run(self.L["transition"].format(title=t.into) + " ").bold = True
        p.add_run(f"“{clean_text(t.text).strip()}”").italic = True

    def _highlight(self, h: c.HighlightItem) -> None:
        self.para(f"“{h.quote}”", "Quote")
        if h.sentence and h.sentence.strip() != h.quote.strip():
            self.para(self.L["in_context"].format(sentence=h.sentence), self.instruction)
        if h.note:
            who = self.L["readers_note"].format(reader=h.reader) if h.reader else self.L["note"]
            self.para(f"{who}: {h.note}", self.instruction)

    def _schedule(self, sch: c.Schedule) -> None:
        self.para(self.L["at_a_glance"].upper(), self.label)
        table = self.doc.add_table(rows=1, cols=3)
        table.style = self.doc.styles["Light List"]
        for cell, key in zip(
            table.rows[0].cells, ("schedule_time", "schedule_part", "schedule_purpose"), strict=True
        ):
            cell.text = self.L[key]
        for r in sch.rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = r.clock, r.title, r.purpose or ""
        self.doc.add_paragraph()

    def _colophon(self, col: c.Colophon) -> None:
        first = True
        for line in col.lines:
            p = self.para(line, self.instruction)
            if first:
                p.paragraph_format.space_before = Pt(18)
                first = False

    def _cards(self, sheet: c.CardSheet) -> None:
        card = sheet.card
        columns = 2 if sheet.per_page == 4 else 1
        rows = 2
        table = self.doc.add_table(rows=rows, cols=columns)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _dashed(table)
        # Two rows share the page's height, so the cards are the same size as the PDF's.
        usable = Pt(PAGE_SIZES[self.paper][1]) - Inches(0.8) - Inches(0.9) - Inches(0.6)
        for row in table.rows:
            row.height = int(usable / 2)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for cell in row.cells:
                cell.paragraphs[0].text = card.kicker.upper()
                cell.paragraphs[0].style = self.label
                cell.paragraphs[0].paragraph_format.space_before = Pt(8)
                cell.add_paragraph(card.title, "Heading 3")
                if card.intro:
                    cell.add_paragraph(card.intro, self.instruction)
                for i, q in enumerate(card.questions, 1):
                    cp = cell.add_paragraph(style=self.step)
                    cp.add_run(f"{i}  ").bold = True
                    cp.add_run(q)
                if card.when:
                    # A ruled line under the label (a tab leader is not drawn inside cells everywhere).
                    when = cell.add_paragraph(card.when, self.instruction)
                    when.paragraph_format.space_before = Pt(12)
                    cell.add_paragraph(style=self.answer).paragraph_format.left_indent = Pt(0)
                if card.footer:
                    cell.add_paragraph(card.footer, self.instruction)

    def _appendix(self, a: c.Appendix) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.para(self.L["appendix"].upper(), self.label)
        self.para(a.title, "Heading 2")
        if a.byline:
            self.para(a.byline, self.instruction)
        for block in a.blocks:
            if block.kind == "heading":
                self.para(block.text, "Heading 3")
                continue
            p = self.doc.add_paragraph(style="Quote" if block.kind == "quote" else None)
            if block.number is not None:
                run = p.add_run(f"{block.number}\u2002")
                run.font.size = self.size(7)
                run.font.bold = True
                run.font.color.rgb = RGBColor.from_string(_MUTED)
            p.add_run(("• " if block.kind == "list_item" else "") + clean_text(block.text).strip())

    def _footer(self) -> None:
        section = self.doc.sections[0]
        p = section.footer.paragraphs[0]
        p.style = self.instruction
        edition = self.ws.edition_label
        p.add_run(f"{self.ws.title}  ·  {edition}  ·  ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        p._p.append(field)


_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
"""The order WordprocessingML requires of a paragraph's properties (Word refuses other orders)."""


def _put(ppr: Any, element: Any) -> None:
    """Put ``element`` into the paragraph properties ``ppr`` where the schema wants it, replacing its like."""
    tag = element.tag
    old = ppr.find(tag)
    if old is not None:
        ppr.remove(old)
    name = next(n for n in _PPR_ORDER if qn(n) == tag)
    later = _PPR_ORDER[_PPR_ORDER.index(name) + 1 :]
    ppr.insert_element_before(element, *later)


def _numbers_count_up(ws: c.Worksheet) -> bool:
    """Whether the numbered questions are 1, 2, 3 ... in order, as a Word list would number them."""
    numbers = [q.number for q in ws.questions if q.number is not None and not q.step]
    return numbers == [str(i) for i in range(1, len(numbers) + 1)]


def _no_number(p: Paragraph) -> None:
    """Take a paragraph of a numbered style out of the list (numId 0)."""
    num_pr = OxmlElement("w:numPr")
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "0")
    num_pr.append(num_id)
    _put(p._p.get_or_add_pPr(), num_pr)


def _font(style: Any, name: str, size: Pt, color: str, *, bold: bool = False, italic: bool = False) -> None:
    style.font.name = name
    style.font.size = size
    style.font.bold = bold
    style.font.italic = italic
    style.font.color.rgb = RGBColor.from_string(color)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:cs"), name)


def _border(style: Any, side: str, color: str, size: int) -> None:
    ppr = style.element.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        _put(ppr, borders)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "4" if side == "left" else "1")
    el.set(qn("w:color"), color)
    borders.append(el)


def _shade(style: Any, fill: str) -> None:
    ppr = style.element.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _put(ppr, shd)


def _copy_box(style: ParagraphStyle, p: Paragraph) -> None:
    """Give a box's label paragraph the box's shading and edge, so label and text read as one box."""
    ppr = p._p.get_or_add_pPr()
    source = style.element.find(qn("w:pPr"))
    if source is None:
        return
    for tag in ("w:pBdr", "w:shd", "w:ind"):
        el = source.find(qn(tag))
        if el is not None:
            _put(ppr, deepcopy(el))


def _dashed(table: Any) -> None:
    """Dashed borders on every cell: the lines to cut the cards apart along."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "dashed")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), _MUTED)
        borders.append(el)
    tbl_pr.append(borders)


def _paragraphs(text: str) -> list[str]:
    return [p for p in (part.strip() for part in text.split("\n\n")) if p] or [text]
