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

What a reader gets is the same either way; tests/guides/test_worksheet_paragraphs.py
compares the fragments and the lines with reportlab's own.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from guides.worksheet.fonts import FontFamily, Typefaces
from guides.worksheet.markup import inline_markup, plain_text

__all__ = ["Para", "text_paragraph"]

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
    words = cleanBlockQuotedText(plain) if plain is not None else ""
    if not words or style.textTransform:
        return cls(inline_markup(text, faces, family=family), style, **kwargs)
    return cls(plain, style, frags=[_fragment(style, words)], **kwargs)


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
