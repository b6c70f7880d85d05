"""reportlab paragraphs as a worksheet makes them: plain text without a parse, each width broken once.

Two costs of reportlab's :class:`~reportlab.platypus.Paragraph` that a
worksheet does not need to pay:

- **The markup parser.** Every paragraph's text is read by reportlab's
  HTML-based parser, although most of a worksheet (and nearly all of an
  article's appendix) is plain text in one font: :func:`inline_markup`
  escapes it only for the parser to turn it back. :func:`text_paragraph`
  gives such text to the paragraph as the one fragment the parser would have
  made of it (the same font, size, colour and words), and sends anything
  else (a second font, a line break, a character the parser reads as markup)
  through the parser as before.
- **Breaking the same lines twice.** reportlab measures a paragraph again
  each time it is wrapped, and a worksheet's paragraphs are wrapped more than
  once at the same width: a group kept together is measured whole and then
  placed flowable by flowable, a box measures its contents before it is
  placed. :class:`Para` keeps the lines of its last wrap and gives them
  again for the same width.

The appendix's paragraphs, led by their number in small type, are
:class:`NumberedParagraph` s.

What a reader gets is the same either way; tests/guides/test_worksheet_paragraphs.py
compares the fragments and the lines with reportlab's own.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from guides.worksheet.fonts import FontFamily, Typefaces
from guides.worksheet.markup import inline_markup, plain_text

__all__ = ["Number", "NumberedParagraph", "Para", "labelled_paragraph", "number_code", "text_paragraph"]

_FUZZ = 1e-6  # reportlab's: a width under it cannot hold a paragraph (Paragraph.wrap)


class Para(Paragraph):  # type: ignore[misc]
    """A :class:`~reportlab.platypus.Paragraph` that breaks its lines once per width."""

    _wrapped: tuple[float, object, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        held = self._wrapped
        if held is not None and held[0] == availWidth and getattr(self, "blPara", None) is held[1]:
            # The lines depend on the width only; a split drops them (and a split part is a new paragraph).
            self.width, self.height = availWidth, held[2]
            return availWidth, held[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara, height) if availWidth >= _FUZZ else None
        return width, height


def text_paragraph(
    text: str,
    style: ParagraphStyle,
    faces: Typefaces,
    *,
    family: FontFamily | None = None,
    cls: type[Para] = Para,
    **kwargs: Any,
) -> Para:
    """A paragraph that prints ``text`` literally in ``family`` (the serif by default) and ``style``.

    The same paragraph as ``cls(inline_markup(text, faces, family=family), style, **kwargs)``;
    plain text skips reportlab's parser (see the module's docstring).
    """
    plain = plain_text(text, family or faces.serif)
    words = _words(plain) if plain is not None else ""
    if not words or style.textTransform:
        return cls(inline_markup(text, faces, family=family), style, **kwargs)
    return cls(plain, style, frags=[_fragment(style, words)], **kwargs)


_OTHER_SPACE = re.compile(r"[^\S ]")


def labelled_paragraph(label: str, text: str, style: ParagraphStyle, faces: Typefaces, *, bold: str) -> Para:
    """``label`` in the font ``bold``, two spaces, then ``text``: both in the sans, in ``style``.

    The same paragraph as ``Para('<font name="{bold}">{label}</font>  {text}')`` with both parts
    through :func:`inline_markup`; when both are plain text, without the parse (its two fragments
    are made as :func:`text_paragraph` makes one).
    """
    family = faces.sans
    head, body = plain_text(label, family), plain_text(text, family)
    if not head or not body or style.textTransform or _OTHER_SPACE.search(f"{head} {body}"):
        head_markup = inline_markup(label, faces, family=family)
        body_markup = inline_markup(text, faces, family=family)
        return Para(f'<font name="{bold}">{head_markup}</font>  {body_markup}', style)
    key = (id(style), bold)
    held = _LABELLED.get(key)
    if held is None:
        style_out, frags, _bullets = ParaParser().parse(f'<font name="{bold}">a</font> b', style)
        if style_out is not style or frags is None or [f.text for f in frags] != ["a", " b"]:
            raise ValueError(f"style {style.name!r} changes what its parser makes")  # never for our styles
        if len(_LABELLED) >= 256:
            _LABELLED.clear()
        held = (style, frags[0], frags[1])
        _LABELLED[key] = held
    # The parser gives the fragments of one paragraph the same lists; so does this.
    link: list[object] = []
    us_lines: list[object] = []
    first, second = ParaFrag(), ParaFrag()
    first.__dict__.update(held[1].__dict__)
    second.__dict__.update(held[2].__dict__)
    for frag in (first, second):
        frag.link, frag.us_lines = link, us_lines
    first.text, second.text = head, f" {body}"
    return Para(f"{head} {body}", style, frags=[first, second])


_LABELLED: dict[tuple[int, str], tuple[ParagraphStyle, ParaFrag, ParaFrag]] = {}
"""(id of a style, the label's font) -> (that style, kept so that its id stays its own; the two
fragments its parser makes of a label and a text)."""


def _words(plain: str) -> str:
    """``cleanBlockQuotedText(plain)``: the words of ``plain`` joined by single spaces.

    :func:`plain_text` has already made every run of spaces one space and trimmed the ends, so
    unless some other kind of space is left (a non-breaking or thin space), that is ``plain``.
    """
    return cleanBlockQuotedText(plain) if _OTHER_SPACE.search(plain) else plain


_TEMPLATES: dict[int, tuple[ParagraphStyle, ParaFrag]] = {}
"""id of a style -> (that style, kept so that its id stays its own; the fragment its parser makes)."""


def _fragment(style: ParagraphStyle, words: str) -> ParaFrag:
    """The fragment reportlab's parser makes of ``words`` (no markup in them) in ``style``."""
    held = _TEMPLATES.get(id(style))
    if held is None:
        style_out, frags, _bullets = ParaParser().parse("x", style)
        if style_out is not style or frags is None or len(frags) != 1:
            raise ValueError(f"style {style.name!r} changes what its parser makes")  # never for our styles
        if len(_TEMPLATES) >= 256:
            _TEMPLATES.clear()
        held = (style, frags[0])
        _TEMPLATES[id(style)] = held
    frag = ParaFrag()
    frag.__dict__.update(held[1].__dict__)
    # The parser gives every paragraph lists of its own; so does this.
    frag.link = []
    frag.us_lines = []
    frag.text = words
    return frag


@dataclass(frozen=True)
class Number:
    """The small number that leads a :class:`NumberedParagraph`, and how it is set."""

    text: str
    font: str
    size: float
    color: Color


class NumberedParagraph(Para):
    """A paragraph whose first line starts with a small number in another font ("12 Some words ...").

    The words stand and break where they would after the number set inline
    (``<font ...>12</font> Some words``, which reportlab sets as the number, then a space of the
    paragraph's font, then the words): the first line is indented by the number and that space,
    and measured as reportlab measures that line; the number is drawn in front.
    Why not the inline markup: a second font anywhere in a paragraph sends reportlab's line breaker
    down its path for mixed text, word by word and font by font, which made an article appendix the
    worksheet's dearest part (five times the plain paragraph); this way the text is one plain run.
    """

    def __init__(
        self, text: str | None, style: ParagraphStyle, *args: Any, number: Number | None = None, **kwargs: Any
    ) -> None:
        self._fit = 0.0
        if number is not None:
            ahead = _width(number.text, number.font, number.size)
            space = _width(" ", style.fontName, style.fontSize)
            style = _indented(style, ahead + space)
            # The first line has one space more than its words (the one after the number), and
            # reportlab lets a line run over by a share of each space (``spaceShrinkage``).
            self._fit = style.spaceShrinkage * space
        super().__init__(text, style, *args, **kwargs)
        self.number = number

    def breakLines(self, width: Any) -> Any:
        if self._fit and isinstance(width, list) and width:
            width = [width[0] + self._fit, *width[1:]]
        return super().breakLines(width)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) == 2:
            # reportlab makes both parts with this class and no number: the first part keeps it
            # (and its first line's measure, as the frame wraps that part again)
            parts[0].number, parts[0]._fit = self.number, self._fit
        return parts

    def draw(self) -> None:
        number = self.number
        lines = getattr(self, "blPara", None)
        if number is not None and lines is not None and lines.lines:
            # The first line's baseline, as Paragraph.drawPara finds it; the number goes first, so that
            # text taken out of the PDF reads "12 Some words".
            first = lines if lines.kind == 0 else lines.lines[0]
            offset_by_size = rl_config.paraFontSizeHeightOffset
            drop = first.fontSize if offset_by_size else getattr(first, "ascent", first.fontSize)
            canvas = self.canv
            x, y = self.style.leftIndent, self.height - drop
            code = number_code(canvas, number, x, y)
            if code is not None:
                canvas._code.extend(code)
            else:
                canvas.saveState()
                canvas.setFillColor(number.color)
                canvas.setFont(number.font, number.size)
                canvas.drawString(x, y, number.text)
                canvas.restoreState()
        super().draw()


def number_code(canvas: Canvas, number: Number, x: float, y: float) -> list[str] | None:
    """The PDF operators that drawing ``number`` at (x, y) in a state of its own writes; None
    when it is not the plain case (a TrueType face, an opaque colour, an upright canvas).

    The same operators as ``saveState(); setFillColor(); setFont(); drawString(); restoreState()``
    (tests/guides/test_worksheet_paragraphs.py compares them), without building a text object
    and saving the canvas's state for one small number: an appendix has one per paragraph.
    """
    font = getFont(number.font)
    color = number.color
    alpha = getattr(color, "alpha", None)
    if (
        not number.text
        or not font._dynamicFont
        or not canvas.bottomup
        or type(color) is not Color
        or (alpha is not None and alpha != canvas._extgstate.getValue("ca"))
    ):
        return None
    doc = canvas._doc
    if alpha is not None:
        doc.ensureMinPdfVersion("transparency")  # as setFillColor does, even when the alpha is unchanged
    text = [f"BT 1 0 0 1 {fp_str(x, y)} Tm"]
    subset_now = -1
    for subset, chunk in font.splitString(number.text, doc):
        if subset != subset_now:
            name = font.getSubsetInternalName(subset, doc)
            text.append(_font_op(name, number.size))
            subset_now = subset
        text.append(f"({canvas._escape(chunk)}) Tj")
    text[-1] += " T*"
    text.append("ET")
    return ["q", _fill_op(color.red, color.green, color.blue), " ".join(text), "Q"]


@functools.lru_cache(maxsize=64)
def _font_op(name: str, size: float) -> str:
    return f"{name} {fp_str(size)} Tf {fp_str(size * 1.2)} TL"  # canvas.setFont's leading


@functools.lru_cache(maxsize=64)
def _fill_op(red: float, green: float, blue: float) -> str:
    return f"{fp_str(red, green, blue)} rg"


@functools.lru_cache(maxsize=512)
def _width(text: str, font: str, size: float) -> float:
    """``stringWidth``, remembered: an appendix measures the same few numbers and one space."""
    return float(stringWidth(text, font, size))


class _IndentedStyle(ParagraphStyle):  # type: ignore[misc]
    """A numbered paragraph's style, copied cheaply when reportlab splits the paragraph.

    reportlab gives the second part of a split paragraph a deep copy of the style
    with the first-line indent taken off; a deep copy of a ParagraphStyle copies
    its parents too, each value one by one. Setting an attribute on a shallow copy
    leaves the original as it was, which is all the split needs.
    """

    @classmethod
    def of(cls, base: ParagraphStyle, indent: float) -> _IndentedStyle:
        """What ``ParagraphStyle(name, parent=base, firstLineIndent=indent)`` makes, as this class.

        (reportlab wants a style's parent to be of its own class; the parent's values are
        copied at creation all the same, so they are copied here.)
        """
        style = cls(f"{base.name}-numbered")
        style.__dict__.update({k: v for k, v in vars(base).items() if k not in ("name", "parent")})
        style.parent = base
        style.firstLineIndent = indent
        return style

    def __deepcopy__(self, memo: dict[int, object]) -> ParagraphStyle:
        return copy.copy(self)


_INDENTED: dict[tuple[int, float], tuple[ParagraphStyle, ParagraphStyle]] = {}
"""(id of a style, indent) -> (that style, kept so that its id stays its own; the indented style)."""


def _indented(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    """``style`` with its first line indented by ``indent``: one style for all paragraphs alike.

    An appendix has hundreds of numbered paragraphs and their numbers take a handful of widths.
    """
    key = (id(style), indent)
    held = _INDENTED.get(key)
    if held is None:
        if len(_INDENTED) >= 256:
            _INDENTED.clear()
        held = (style, _IndentedStyle.of(style, indent))
        _INDENTED[key] = held
    return held[1]
