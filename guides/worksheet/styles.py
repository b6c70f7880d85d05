"""The look of a worksheet: sizes, spacing and colours, regular or large print.

One scale drives everything, so large print is the same page made bigger, not
a different design. Reading text is serif; headings, labels and whatever is
meant only for the leader are sans, so a leader sees at a glance what is theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from guides.worksheet.fonts import Typefaces

LARGE_PRINT_SCALE = 1.45
"""Body text goes from 10.5 pt to about 15 pt, inside the 14-18 pt range of large-print guidance."""


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
    kicker: ParagraphStyle
    title: ParagraphStyle
    big_idea: ParagraphStyle
    meta: ParagraphStyle
    section: ParagraphStyle
    section_time: ParagraphStyle
    subsection: ParagraphStyle
    body: ParagraphStyle
    question: ParagraphStyle
    question_ref: ParagraphStyle
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
    footer: ParagraphStyle
    footer_right: ParagraphStyle
    answer_gap: float
    """Distance between two ruled answer lines."""
    question_indent: float
    question_space: float
    """Space above a question."""
    box_padding: float
    gap: float
    """The basic vertical rhythm (space after a block)."""

    def pt(self, size: float) -> float:
        return size * self.scale


def make_styles(faces: Typefaces, *, large_print: bool = False, palette: Palette | None = None) -> Styles:
    """The styles for regular or large print."""
    p = palette or PALETTE
    s = LARGE_PRINT_SCALE if large_print else 1.0
    serif, sans = faces.serif, faces.sans

    def style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("textColor", p.ink)
        return ParagraphStyle(name, fontName=font, fontSize=size * s, leading=leading * s, **kw)

    indent = 22 * s
    return Styles(
        faces=faces,
        palette=p,
        scale=s,
        kicker=style("kicker", sans.bold, 8.5, 11, textColor=p.accent, spaceAfter=6 * s),
        title=style("title", serif.bold, 23, 28, spaceAfter=6 * s),
        big_idea=style("big_idea", serif.italic, 12.5, 17.5, textColor=p.muted, spaceAfter=4 * s),
        meta=style("meta", sans.name, 8.5, 12, textColor=p.muted),
        section=style("section", sans.bold, 12.5, 16, textColor=p.accent),
        section_time=style("section_time", sans.name, 8.5, 16, textColor=p.muted, alignment=TA_RIGHT),
        subsection=style(
            "subsection", sans.bold, 10, 13, textColor=p.ink, spaceBefore=8 * s, spaceAfter=4 * s
        ),
        body=style("body", serif.name, 10.5, 15, spaceAfter=6 * s),
        question=style(
            "question",
            serif.name,
            11,
            15.5,
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=sans.bold,
            bulletFontSize=11 * s,
            bulletColor=p.accent,
            spaceAfter=2 * s,
        ),
        question_ref=style("question_ref", sans.name, 8, 11, textColor=p.leader_ink, leftIndent=indent),
        passage=style("passage", serif.name, 10.5, 15.5, spaceAfter=5 * s),
        passage_label=style("passage_label", sans.bold, 7.5, 10, textColor=p.accent, spaceAfter=4 * s),
        scripture=style("scripture", serif.name, 10.5, 15.5, spaceAfter=3 * s),
        scripture_ref=style("scripture_ref", sans.bold, 8.5, 11, textColor=p.accent, spaceAfter=4 * s),
        leader=style("leader", sans.name, 9, 13, textColor=p.leader_ink, spaceAfter=4 * s),
        leader_label=style("leader_label", sans.bold, 7.5, 10, textColor=p.leader_edge, spaceAfter=3 * s),
        highlight_quote=style("highlight_quote", serif.italic, 10, 14.5, spaceAfter=3 * s),
        highlight_note=style("highlight_note", sans.name, 9, 13, textColor=p.muted, spaceAfter=2 * s),
        schedule_time=style("schedule_time", sans.bold, 8.5, 12, textColor=p.leader_ink),
        schedule_part=style("schedule_part", sans.bold, 9, 12, textColor=p.ink),
        schedule_purpose=style("schedule_purpose", sans.name, 8.5, 12, textColor=p.leader_ink),
        appendix=style("appendix", serif.name, 9.5, 13.5, spaceAfter=5 * s),
        appendix_heading=style("appendix_heading", serif.bold, 11, 14.5, spaceBefore=6 * s, spaceAfter=4 * s),
        cover_title=style("cover_title", serif.bold, 32, 38, alignment=TA_LEFT, spaceAfter=14 * s),
        cover_sub=style("cover_sub", serif.italic, 15, 21, textColor=p.muted, spaceAfter=10 * s),
        footer=style("footer", sans.name, 7.5, 9, textColor=p.muted),
        footer_right=style("footer_right", sans.name, 7.5, 9, textColor=p.muted, alignment=TA_RIGHT),
        answer_gap=22 * s,
        question_indent=indent,
        question_space=10 * s,
        box_padding=10 * s,
        gap=8 * s,
    )
