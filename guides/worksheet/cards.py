"""Take-home cards: the same card two or four times on a page, with dashed lines to cut along.

A leader prints as many pages as there are couples to go round and cuts
them apart; each couple takes home the questions meant for the two of them,
never asked in the room. The page is divided edge to edge (two cards are
half pages, stacked; four are quarter pages), so that two straight cuts (or
one) give cards of the same size, whatever the printer's margins. When the
questions would not fit a card (long questions, large print), the page holds
fewer, larger cards: four, then two, then one.

The cards are drawn straight onto the canvas rather than through a page
template: a card is a fixed rectangle, not a flow of text across pages.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from guides.worksheet import content as c
from guides.worksheet.document import CREATOR, Layout, PageCanvas
from guides.worksheet.flowables import WriteInLine
from guides.worksheet.fonts import load_typefaces
from guides.worksheet.markup import inline_markup
from guides.worksheet.styles import Styles, make_styles

SCISSORS = "\u2702"
"""✂, drawn where the cut lines meet the page edge (DejaVu Sans has it)."""

_PADDING = 0.42 * inch


def render_cards(worksheet: c.Worksheet, out: BinaryIO, layout: Layout) -> int:
    """Draw the worksheet's card sheet into ``out``; returns the cards per page that fitted."""
    sheet = next(b for b in worksheet.blocks if isinstance(b, c.CardSheet))
    styles = make_styles(load_typefaces(), large_print=layout.large_print)
    width, height = layout.size
    canvas = PageCanvas(out, pagesize=(width, height), pageCompression=1, lang=worksheet.language)
    canvas.setTitle(worksheet.title)
    canvas.setAuthor(worksheet.author)
    canvas.setSubject(worksheet.subject)
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    canvas.setKeywords(list(worksheet.keywords))
    per_page = fitting_cards(sheet, styles, (width, height))
    for _ in range(max(sheet.pages, 1)):
        for x, y, w, h in cells((width, height), per_page):
            _draw_card(canvas, sheet.card, styles, x, y, w, h)
        _cut_lines(canvas, styles, (width, height), per_page)
        canvas.showPage()
    canvas.save()
    return per_page


def cells(size: tuple[float, float], per_page: int) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of each card on a page, top left first."""
    width, height = size
    if per_page == 4:
        w, h = width / 2, height / 2
        return [(0, h, w, h), (w, h, w, h), (0, 0, w, h), (w, 0, w, h)]
    if per_page == 2:
        return [(0, height / 2, width, height / 2), (0, 0, width, height / 2)]
    return [(0, 0, width, height)]


def fitting_cards(sheet: c.CardSheet, styles: Styles, size: tuple[float, float]) -> int:
    """The most cards per page, up to what was asked, whose text fits its card."""
    options = [n for n in (4, 2, 1) if n <= sheet.per_page] or [1]
    for per_page in options:
        _, _, w, h = cells(size, per_page)[0]
        inner = w - 2 * _PADDING
        needed = _height(_flowables(sheet.card, styles), inner) + _height(_foot(sheet.card, styles), inner)
        if needed + styles.gap * 2 <= h - 2 * _PADDING:
            return per_page
    return options[-1]


def _flowables(card: c.Card, s: Styles) -> list[Flowable]:
    def para(text: str, style: object, bullet: str | None = None) -> Paragraph:
        family = s.faces.sans if str(getattr(style, "fontName", "")).startswith(s.faces.sans.name) else None
        markup = inline_markup(text, s.faces, family=family)
        return Paragraph(markup, style, bulletText=bullet) if bullet else Paragraph(markup, style)

    out: list[Flowable] = [
        para(card.kicker.upper(), s.kicker),
        para(card.title, s.card_title),
    ]
    if card.intro:
        out.append(para(card.intro, s.card_note))
    out.append(Spacer(1, s.gap * 0.5))
    out += [para(q, s.card_question, bullet=f"{i}") for i, q in enumerate(card.questions, 1)]
    return out


def _foot(card: c.Card, s: Styles) -> list[Flowable]:
    """What stands at the foot of a card: the day the two of them will talk, and the group and week."""
    out: list[Flowable] = []
    if card.when:
        out.append(
            WriteInLine(
                [card.when],
                font=s.faces.sans.regular,
                size=s.card_note.fontSize,
                color=s.palette.muted,
                rule=s.palette.answer_rule,
                height=s.card_note.leading * 1.8,
            )
        )
    if card.footer:
        family = s.faces.sans
        out.append(Paragraph(inline_markup(card.footer, s.faces, family=family), s.card_note))
    return out


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for index, f in enumerate(flowables):
        _, h = f.wrap(width, 1e6)
        total += h + (f.getSpaceAfter() if index < len(flowables) - 1 else 0.0)
    return total


def _draw_card(canvas: Canvas, card: c.Card, s: Styles, x: float, y: float, w: float, h: float) -> None:
    inner = w - 2 * _PADDING
    top = y + h - _PADDING
    canvas.saveState()
    canvas.setFillColor(s.palette.accent)
    canvas.rect(x + _PADDING, top + _PADDING * 0.45, inner * 0.18, 2.2, stroke=0, fill=1)
    canvas.restoreState()
    for f in _flowables(card, s):
        _, fh = f.wrap(inner, 1e6)
        top -= fh
        f.drawOn(canvas, x + _PADDING, top)
        top -= f.getSpaceAfter()
    foot = _foot(card, s)
    bottom = y + _PADDING * 0.8 + _height(foot, inner)
    for f in foot:
        _, fh = f.wrap(inner, 1e6)
        bottom -= fh
        f.drawOn(canvas, x + _PADDING, bottom)
        bottom -= f.getSpaceAfter()


def _cut_lines(canvas: Canvas, s: Styles, size: tuple[float, float], per_page: int) -> None:
    if per_page == 1:
        return
    width, height = size
    canvas.saveState()
    canvas.setStrokeColor(s.palette.muted)
    canvas.setLineWidth(0.6)
    canvas.setDash(5, 4)
    canvas.line(0, height / 2, width, height / 2)
    if per_page == 4:
        canvas.line(width / 2, 0, width / 2, height)
    canvas.setDash()
    canvas.setFillColor(s.palette.muted)
    canvas.setFont(s.faces.sans.regular, s.type_size(12))
    canvas.drawString(6, height / 2 - 4.5, SCISSORS)
    if per_page == 4:
        canvas.saveState()
        canvas.translate(width / 2 + 4.5, height - 6)
        canvas.rotate(-90)
        canvas.drawString(0, 0, SCISSORS)
        canvas.restoreState()
    canvas.restoreState()
