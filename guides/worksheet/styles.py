"""The look of a worksheet: sizes, spacing and colours, regular or large print.

One scale drives the measures (margins of boxes, indents, the gaps between
blocks), so large print is the same page made bigger, not a different design.
Type is different: large print sets everything a reader reads at
:data:`LARGE_PRINT_MIN` points or more, questions at :data:`LARGE_PRINT_QUESTION`
(large-print guidance asks 16 to 18 pt for everything, footers and labels
included), so small labels do not simply scale with the body.

``spacing`` shrinks the vertical rhythm only (the space between blocks, box
padding), never the type or the room to write: the layout tries a tighter
rhythm before it lets a worksheet run onto another page.

Reading text is serif; headings, labels and whatever is meant only for the
leader are sans, so a leader sees at a glance what is theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from guides.worksheet.fonts import Typefaces

LARGE_PRINT_SCALE = 1.6
"""Measures (indents, gaps, padding, room to write) in large print: body text goes from 10.5 to 16.8 pt."""
LARGE_PRINT_MIN = 16.0
"""No type smaller than this in large print: labels, notes, footers, the colophon."""
LARGE_PRINT_QUESTION = 18.0
"""Questions in large print."""
SPACINGS: tuple[float, ...] = (1.0, 0.85, 0.7)
"""The vertical rhythms the layout tries, loosest first, before it adds a page."""


@dataclass(frozen=True)
class Palette:
    """The colours; all print legibly in greyscale."""

    ink: Color
    muted: Color
    accent: Color
    rule: Color
    answer_rule: Color
    passage_fill: Color
    passage_edge: Color
    scripture_fill: Color
    leader_fill: Color
    leader_edge: Color
    leader_ink: Color
    care_fill: Color
    care_edge: Color
    highlight_fill: Color
    highlight_edge: Color


PALETTE = Palette(
    ink=HexColor("#222222"),
    muted=HexColor("#625b53"),
    accent=HexColor("#8a4b16"),
    rule=HexColor("#c7bfb4"),
    answer_rule=HexColor("#b5aea5"),
    passage_fill=HexColor("#f6f1e8"),
    passage_edge=HexColor("#c9a27a"),
    scripture_fill=HexColor("#fbf8f2"),
    leader_fill=HexColor("#edf1f3"),
    leader_edge=HexColor("#5d7888"),
    leader_ink=HexColor("#2f4a58"),
    care_fill=HexColor("#f9ece6"),
    care_edge=HexColor("#a3472b"),
    highlight_fill=HexColor("#fdf6d8"),
    highlight_edge=HexColor("#d4b23c"),
)


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a worksheet uses, and the measures around them."""

    faces: Typefaces
    palette: Palette
    scale: float
    large_print: bool
    spacing: float
    kicker: ParagraphStyle
    title: ParagraphStyle
    big_idea: ParagraphStyle
    meta: ParagraphStyle
    write_in: ParagraphStyle
    section: ParagraphStyle
    section_time: ParagraphStyle
    subsection: ParagraphStyle
    body: ParagraphStyle
    question: ParagraphStyle
    question_ref: ParagraphStyle
    listen: ParagraphStyle
    transition: ParagraphStyle
    passage: ParagraphStyle
    passage_label: ParagraphStyle
    scripture: ParagraphStyle
    scripture_ref: ParagraphStyle
    leader: ParagraphStyle
    leader_label: ParagraphStyle
    highlight_quote: ParagraphStyle
    highlight_note: ParagraphStyle
    schedule_time: ParagraphStyle
    schedule_part: ParagraphStyle
    schedule_purpose: ParagraphStyle
    appendix: ParagraphStyle
    appendix_heading: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    contents: ParagraphStyle
    contents_page: ParagraphStyle
    colophon: ParagraphStyle
    card_title: ParagraphStyle
    card_question: ParagraphStyle
    card_note: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle
    footer_center: ParagraphStyle
    answer_gap: float
    """Distance between two ruled answer lines."""
    question_indent: float
    question_space: float
    """Space above a question."""
    box_padding: float
    gap: float
    """The basic vertical rhythm (space after a block)."""

    def pt(self, size: float) -> float:
        """A measure (padding, width, indent) at this scale."""
        return size * self.scale

    def type_size(self, size: float) -> float:
        """A type size given for regular print, at this print size (never under the large-print minimum)."""
        return max(size * self.scale, LARGE_PRINT_MIN) if self.large_print else size

    @property
    def body_leading(self) -> float:
        return float(self.body.leading)


def _with_bullet_size(style: ParagraphStyle) -> ParagraphStyle:
    style.bulletFontSize = style.fontSize
    return style


def make_styles(
    faces: Typefaces,
    *,
    large_print: bool = False,
    spacing: float = 1.0,
    palette: Palette | None = None,
) -> Styles:
    """The styles for regular or large print, with the vertical rhythm times ``spacing``."""
    p = palette or PALETTE
    s = LARGE_PRINT_SCALE if large_print else 1.0
    v = s * spacing  # vertical space between and around blocks
    serif, sans = faces.serif, faces.sans

    def size_of(size: float) -> float:
        return max(size * s, LARGE_PRINT_MIN) if large_print else size

    def style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("textColor", p.ink)
        for key in ("spaceBefore", "spaceAfter"):
            if key in kw:
                kw[key] = float(kw[key]) * v  # type: ignore[arg-type]
        actual = size_of(size)
        return ParagraphStyle(name, fontName=font, fontSize=actual, leading=leading * actual / size, **kw)

    indent = 22 * s
    question_size = LARGE_PRINT_QUESTION if large_print else 11.0
    return Styles(
        faces=faces,
        palette=p,
        scale=s,
        large_print=large_print,
        spacing=spacing,
        kicker=style("kicker", sans.bold, 8.5, 11, textColor=p.accent, spaceAfter=6),
        title=style(
            "title", serif.bold, 23 if not large_print else 20, 28 if not large_print else 24.5, spaceAfter=6
        ),
        big_idea=style("big_idea", serif.italic, 12.5, 17.5, textColor=p.muted, spaceAfter=4),
        meta=style("meta", sans.name, 8.5, 12, textColor=p.muted),
        write_in=style("write_in", sans.name, 8.5, 12, textColor=p.muted),
        section=style("section", sans.bold, 12.5, 16, textColor=p.accent),
        section_time=style("section_time", sans.name, 8.5, 16, textColor=p.muted, alignment=TA_RIGHT),
        subsection=style("subsection", sans.bold, 10, 13, textColor=p.ink, spaceBefore=8, spaceAfter=4),
        body=style("body", serif.name, 10.5, 15, spaceAfter=6),
        question=ParagraphStyle(
            "question",
            fontName=serif.name,
            fontSize=question_size,
            leading=question_size * 15.5 / 11,
            textColor=p.ink,
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=sans.bold,
            bulletFontSize=question_size,
            bulletColor=p.accent,
            spaceAfter=2 * v,
        ),
        question_ref=style("question_ref", sans.name, 8, 11, textColor=p.leader_ink, leftIndent=indent),
        listen=style("listen", sans.name, 8.5, 12, textColor=p.leader_ink, leftIndent=indent, spaceBefore=2),
        transition=style("transition", sans.italic, 8.5, 12, textColor=p.leader_ink, spaceBefore=6),
        passage=style("passage", serif.name, 10.5, 15.5, spaceAfter=5),
        passage_label=style("passage_label", sans.bold, 7.5, 10, textColor=p.accent, spaceAfter=4),
        scripture=style("scripture", serif.name, 10.5, 15.5, spaceAfter=3),
        scripture_ref=style("scripture_ref", sans.bold, 8.5, 11, textColor=p.accent, spaceAfter=4),
        leader=style("leader", sans.name, 9, 13, textColor=p.leader_ink, spaceAfter=4),
        leader_label=style("leader_label", sans.bold, 7.5, 10, textColor=p.leader_edge, spaceAfter=3),
        highlight_quote=style("highlight_quote", serif.italic, 10, 14.5, spaceAfter=3),
        highlight_note=style("highlight_note", sans.name, 9, 13, textColor=p.muted, spaceAfter=2),
        schedule_time=style("schedule_time", sans.bold, 8.5, 12, textColor=p.leader_ink),
        schedule_part=style("schedule_part", sans.bold, 9, 12, textColor=p.ink),
        schedule_purpose=style("schedule_purpose", sans.name, 8.5, 12, textColor=p.leader_ink),
        appendix=style("appendix", serif.name, 9.5, 13.5, spaceAfter=5),
        appendix_heading=style("appendix_heading", serif.bold, 11, 14.5, spaceBefore=6, spaceAfter=4),
        cover_title=style(
            "cover_title",
            serif.bold,
            32 if not large_print else 24,
            38 if not large_print else 29,
            alignment=TA_LEFT,
            spaceAfter=14,
        ),
        cover_sub=style("cover_sub", serif.italic, 15, 21, textColor=p.muted, spaceAfter=10),
        contents=style("contents", serif.name, 11, 16, spaceAfter=4),
        contents_page=style("contents_page", sans.name, 9.5, 16, textColor=p.muted, alignment=TA_RIGHT),
        colophon=style("colophon", sans.name, 7.5, 10.5, textColor=p.muted),
        card_title=style("card_title", serif.bold, 13, 16.5, spaceAfter=4),
        card_question=_with_bullet_size(
            style(
                "card_question",
                serif.name,
                10.5,
                14.5,
                spaceAfter=5,
                leftIndent=14 * s,
                bulletIndent=0,
                bulletFontName=sans.bold,
                bulletColor=p.accent,
            )
        ),
        card_note=style("card_note", sans.name, 8, 11, textColor=p.muted, spaceAfter=4),
        footer=style("footer", sans.name, 7.5, 9, textColor=p.muted),
        footer_right=style("footer_right", sans.name, 7.5, 9, textColor=p.muted, alignment=TA_RIGHT),
        footer_center=style("footer_center", sans.name, 7.5, 9, textColor=p.muted, alignment=TA_CENTER),
        answer_gap=22 * s,
        question_indent=indent,
        question_space=10 * v,
        box_padding=10 * s * (0.5 + spacing / 2),
        gap=8 * v,
    )


@lru_cache(maxsize=32)
def shared_styles(faces: Typefaces, *, large_print: bool = False, spacing: float = 1.0) -> Styles:
    """:func:`make_styles` made once per process for each print size and rhythm.

    A worksheet's layout is tried several times (and a leader's edition lays out
    the participant's too); nothing changes a style once made, so every attempt
    can read the same ones rather than make some forty styles again.
    """
    return make_styles(faces, large_print=large_print, spacing=spacing)
