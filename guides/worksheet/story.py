"""A worksheet's blocks as reportlab flowables, grouped so that nothing is stranded.

Each block becomes a few flowables; the blocks are then gathered into groups
that are kept on one page (``KeepTogether``) where they fit:

- a part's heading travels with its purpose line and its leader's or care
  notes to the first thing the part is about (a question, a passage), so a
  page never ends on "Apply" and a note with the question overleaf;
- an "I will..." step stays with the question before it, and a leader's
  transition with the end of the part it closes;
- a question stays with its answer lines, its page reference and what to
  listen for.

Boxes (passages, scripture, notes) are never split across pages unless they
are taller than a page (see :class:`~guides.worksheet.flowables.Boxed`).
Every group starts with a zero-size marker that notes the page it lands on,
so the layout can tell which group opens a page (:mod:`guides.worksheet.pdf`
uses that to pull a group forward when a last page would hold only a line or
two). The credits go in one :class:`~guides.worksheet.content.Colophon`,
placed where the layout decides: at the foot of the last page, on the title
page, or under the masthead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from reportlab.lib.colors import Color, toColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from guides.worksheet import content as c
from guides.worksheet.flowables import (
    AnswerColumn,
    AnswerLines,
    BottomAligned,
    Boxed,
    FieldSpec,
    PageMarker,
    WriteInLine,
)
from guides.worksheet.fonts import FontFamily
from guides.worksheet.markup import inline_markup
from guides.worksheet.paragraphs import Number, NumberedParagraph, Para, labelled_paragraph, text_paragraph
from guides.worksheet.styles import Styles

ColophonPlace = Literal["end", "cover", "front"]
"""Where the credits go: the foot of the last page, the foot of the title page, or under the masthead."""

PageMap = dict[str, int]
"""Question key -> the page number it starts on."""

END_KEY = "#end"
"""The marker after the last group of the worksheet proper (before the colophon and appendix)."""


def group_key(index: int) -> str:
    """The marker key of the ``index``-th group of the story."""
    return f"#group-{index}"


@dataclass
class StoryParts:
    """The story, in the two parts the layout treats differently."""

    main: list[Flowable]
    """The worksheet itself: cover, masthead, parts and the colophon."""
    appendix: list[Flowable] = field(default_factory=list)
    """The article, when it is printed after the worksheet (starts on a new page)."""
    groups: int = 0
    """How many groups the main part has (their markers are ``group_key(0..groups-1)``)."""
    colophon: Flowable | None = None
    """The colophon flowable, whichever page it is on."""


class Story:
    """Turns worksheet blocks into flowables."""

    def __init__(
        self,
        styles: Styles,
        pages: MutableMapping[str, int],
        labels: Mapping[str, str],
        *,
        frame_height: float,
        breaks: frozenset[int] = frozenset(),
    ) -> None:
        self.s = styles
        self.pages = pages
        self.L = labels
        self.frame_height = frame_height
        self.breaks = breaks
        """Groups to start on a new page (the layout's way to fill a nearly empty last page)."""
        self._handlers: dict[type, Callable[[object], list[Flowable]]] = {
            c.WriteIn: self._write_in,  # type: ignore[dict-item]
            c.SectionHead: self._section,  # type: ignore[dict-item]
            c.Text: self._text,  # type: ignore[dict-item]
            c.Passage: self._passage,  # type: ignore[dict-item]
            c.Scripture: self._scripture,  # type: ignore[dict-item]
            c.QuestionItem: self._question,  # type: ignore[dict-item]
            c.Transition: self._transition,  # type: ignore[dict-item]
            c.Note: self._note,  # type: ignore[dict-item]
            c.HighlightItem: self._highlight,  # type: ignore[dict-item]
            c.Schedule: self._schedule,  # type: ignore[dict-item]
            c.PageBreak: lambda _block: [PageBreak()],
        }

    # --- helpers ---------------------------------------------------------

    def para(self, text: str, style: ParagraphStyle, *, family: FontFamily | None = None) -> Paragraph:
        fam = family or (self.s.faces.sans if _is_sans(style, self.s) else self.s.faces.serif)
        return text_paragraph(text, style, self.s.faces, family=fam)

    def label(self, text: str, style: ParagraphStyle) -> Paragraph:
        para = self.para(text.upper(), style, family=self.s.faces.sans)
        para.keepWithNext = True  # never alone at the foot of a page (see Boxed.split)
        return para

    def box(self, content: list[Flowable], fill: Color | None, edge: Color | None, **kw: object) -> Boxed:
        return Boxed(
            content,
            fill=fill,
            edge=edge,
            padding=self.s.box_padding,
            max_height=self.frame_height,
            **kw,  # type: ignore[arg-type]
        )

    def space(self, factor: float = 1.0) -> Spacer:
        return Spacer(1, self.s.gap * factor)

    # --- the story -------------------------------------------------------

    def build(self, ws: c.Worksheet, colophon: ColophonPlace = "end", *, appendix: bool = True) -> StoryParts:
        """The flowables of ``ws``, with its colophon (if it has one) at ``colophon``.

        ``appendix=False`` leaves the article's appendix out (a layout of the worksheet proper).
        """
        credits = next((b for b in ws.blocks if isinstance(b, c.Colophon)), None)
        articles = [b for b in ws.blocks if isinstance(b, c.Appendix)] if appendix else []
        body = [b for b in ws.blocks if not isinstance(b, c.Colophon | c.Appendix)]
        colophon_flow = self._colophon(credits, bottom=colophon != "front") if credits else None
        story: list[Flowable] = []
        if ws.cover is not None:
            story += self._cover(ws.cover, colophon_flow if colophon == "cover" else None)
        story += self._masthead(ws.masthead)
        if colophon_flow is not None and colophon == "front":
            story.append(colophon_flow)
        groups = self._groups(body)
        for index, group in enumerate(groups):
            if index in self.breaks:
                story.append(PageBreak())
            unit = [PageMarker(self.pages, group_key(index)), *group]
            story.append(KeepTogether(unit))
        story.append(PageMarker(self.pages, END_KEY))
        if colophon_flow is not None and colophon == "end":
            story.append(colophon_flow)
        tail: list[Flowable] = []
        for article in articles:
            tail += self._appendix(article)
        return StoryParts(story, tail, len(groups), colophon_flow)

    def _groups(self, blocks: Sequence[c.Block]) -> list[list[Flowable]]:
        groups: list[list[Flowable]] = []
        held: list[Flowable] = []
        previous: c.Block | None = None
        for block in blocks:
            flow = self._handlers[type(block)](block)
            if not flow:
                continue
            if isinstance(block, c.SectionHead) or (held and _leads_in(block)):
                held += flow
            elif held:
                groups.append(held + flow)
                held = []
            elif groups and _keeps_with_previous(block, previous):
                groups[-1] += flow
            else:
                groups.append(flow)
            previous = block
        if held:
            groups.append(held)
        return groups

    def _cover(self, cover: c.Cover, colophon: Flowable | None) -> list[Flowable]:
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
        if cover.series:
            flow.append(self.para(cover.series, s.meta))
        if colophon is not None:
            flow.append(colophon)
        flow.append(PageBreak())
        return flow

    def _masthead(self, m: c.Masthead) -> list[Flowable]:
        s = self.s
        flow: list[Flowable] = []
        if m.series:
            style = ParagraphStyle("series", parent=s.kicker, textColor=s.palette.muted, spaceAfter=2)
            flow.append(self.label(m.series, style))
        flow += [self.label(m.kicker, s.kicker), self.para(m.title, s.title)]
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

    def _write_in(self, w: c.WriteIn) -> list[Flowable]:
        s = self.s
        line = WriteInLine(
            list(w.labels),
            font=s.faces.sans.regular,
            size=s.write_in.fontSize,
            color=s.palette.muted,
            rule=s.palette.answer_rule,
            height=s.write_in.leading * 1.6,
        )
        return [line, self.space(0.6)]

    def _section(self, h: c.SectionHead) -> list[Flowable]:
        s = self.s
        title = self.para(h.title, s.section)
        minutes = self.L["minutes_short"].format(minutes=h.minutes) if h.minutes else None
        timing = " · ".join(x for x in (minutes, h.clock) if x)
        if timing:
            row: list[Flowable] = [title, self.para(timing, s.section_time)]
            head: Flowable = Table([row], colWidths=["68%", "32%"])
        else:
            head = Table([[title]], colWidths=["100%"])
        head.setStyle(
            TableStyle(
                [
                    # Tables set a font of their own (Helvetica unless told), even around paragraphs.
                    ("FONT", (0, 0), (-1, -1), s.faces.sans.regular, s.type_size(9)),
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
        if t.quiet:
            flow.append(self.space(0.5))
        return flow

    def _colophon(self, col: c.Colophon, *, bottom: bool) -> Flowable:
        """The credits under a short rule; at the foot of the page unless they go under the masthead."""
        s = self.s
        flow: list[Flowable] = [
            HRFlowable(
                width="25%",
                thickness=0.5,
                color=s.palette.rule,
                hAlign="LEFT",
                spaceBefore=0,
                spaceAfter=s.gap * 0.5,
            )
        ]
        flow += [self.para(line, s.colophon) for line in col.lines]
        if not bottom:
            return KeepTogether([*flow, self.space()])
        return BottomAligned(flow, space_above=s.gap * 2)

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
        bullet = q.number or ("✎" if q.step else "•")
        question: Paragraph
        if q.tag:
            tag = inline_markup(q.tag.upper(), s.faces, family=s.faces.sans)
            size = s.type_size(7)
            font = f'name="{s.faces.sans.bold}" size="{size:.1f}" color="#{_hex(s.palette.leader_edge)}"'
            text = f"<font {font}>{tag}</font>  {inline_markup(q.text, s.faces)}"
            question = Para(text, s.question, bulletText=bullet)
        else:  # the same paragraph as Para(inline_markup(q.text)), without a parse when it is plain
            question = text_paragraph(q.text, s.question, s.faces, bulletText=bullet)
        # The space above is a Spacer, not the style's spaceBefore: KeepTogether measures its
        # contents as if at the top of a page, where spaceBefore does not count, and would
        # then let the answer lines fall onto the next page.
        flow: list[Flowable] = [
            Spacer(1, s.question_space),
            PageMarker(self.pages, q.key),
            question,
        ]
        if q.page_ref is not None:
            flow.append(self.para(self.L["participant_page"].format(page=q.page_ref), s.question_ref))
        for note in q.notes:
            flow.append(self.para(note, s.question_ref))
        for key, line in (("listen_for", q.listen_for), ("probe", q.follow_up)):
            if line:
                flow.append(self._labelled(self.L[key], line, s.listen))
        if q.answers:
            flow.append(self._answer_lines(q))
        flow.append(self.space(0.4))
        return flow

    def _labelled(self, label: str, text: str, style: ParagraphStyle) -> Paragraph:
        return labelled_paragraph(label, text, style, self.s.faces, bold=self.s.faces.sans.bold)

    def _transition(self, t: c.Transition) -> list[Flowable]:
        s = self.s
        return [self._labelled(self.L["transition"].format(title=t.into), t.text, s.transition)]

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
            label_size=s.type_size(7),
            label_color=s.palette.muted,
            field_font_size=round(s.type_size(10)),
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
        return [boxed, self.space(0.8)]

    def _schedule(self, sch: c.Schedule) -> list[Flowable]:
        s = self.s
        # In large print the purposes would make the table taller than a page's first half;
        # each part states its purpose under its heading anyway.
        with_purpose = not s.large_print
        rows = [
            [
                self.para(r.clock, s.schedule_time),
                self.para(r.title, s.schedule_part),
                *([self.para(r.purpose or "", s.schedule_purpose)] if with_purpose else []),
            ]
            for r in sch.rows
        ]
        widths = [s.pt(62), s.pt(92), None] if with_purpose else [s.type_size(9) * 8, None]
        table = Table(rows, colWidths=widths, repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    # Tables set a font of their own (Helvetica unless told), even around paragraphs.
                    ("FONT", (0, 0), (-1, -1), s.faces.sans.regular, s.type_size(9)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), s.pt(4)),
                    ("RIGHTPADDING", (0, 0), (-1, -1), s.pt(6)),
                    ("TOPPADDING", (0, 0), (-1, -1), s.pt(5) * s.spacing),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), s.pt(5) * s.spacing),
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
                flow.append(self._numbered(block, bullet="•"))
            elif block.kind == "quote":
                quote = self._numbered(block)
                flow.append(
                    Boxed([quote], fill=None, edge=s.palette.rule, edge_width=1.5, padding=s.box_padding)
                )
                flow.append(self.space(0.5))
            else:
                flow.append(self._numbered(block))
        return flow

    @cached_property
    def _number_look(self) -> tuple[str, float, Color]:
        """Font, size and colour of an appendix paragraph's number (the same for all of them)."""
        s = self.s
        size = float(f"{s.type_size(6.5):.1f}")
        color = toColor(f"#{_hex(s.palette.muted)}")  # as the inline markup of a list item sets it
        return s.faces.sans.bold, size, color

    def _numbered(self, block: c.ArticleBlock, bullet: str | None = None) -> Paragraph:
        """An appendix paragraph led by its number in small muted type, like a verse number."""
        s = self.s
        if block.number is not None and bullet is None:
            number = Number(str(block.number), *self._number_look)
            return text_paragraph(block.text, s.appendix, s.faces, cls=NumberedParagraph, number=number)
        if block.number is not None:
            size = s.type_size(6.5)
            font = f'name="{s.faces.sans.bold}" size="{size:.1f}" color="#{_hex(s.palette.muted)}"'
            text = f"<font {font}>{block.number}</font>\u2002{inline_markup(block.text, s.faces)}"
            return Para(text, s.appendix, bulletText=bullet)
        if bullet is not None:
            return text_paragraph(block.text, s.appendix, s.faces, bulletText=bullet)
        return text_paragraph(block.text, s.appendix, s.faces)


def _leads_in(block: c.Block) -> bool:
    """A block that introduces a part (its purpose line, a leader's or care note) rather than being it."""
    if isinstance(block, c.Text):
        return block.quiet
    return isinstance(block, c.Note)


def _keeps_with_previous(block: c.Block, previous: c.Block | None) -> bool:
    """An "I will..." step stays with the question before it; a transition with the part it ends."""
    if isinstance(block, c.Transition):
        return True
    return isinstance(block, c.QuestionItem) and block.step and isinstance(previous, c.QuestionItem)


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
