"""Text into reportlab paragraph markup that prints exactly what the text says.

reportlab's ``Paragraph`` reads a small XML-like markup, so an article that
contains ``<font size=40>``, ``R&D``, ``<3`` or ``<script>`` would be taken as
instructions. Everything that reaches a Paragraph goes through
:func:`inline_markup` first: the text is escaped, invisible control
characters are dropped, and characters the main font lacks are set in the
other bundled family (see :mod:`guides.worksheet.fonts`).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from guides.worksheet.fonts import FontFamily, Typefaces

# Characters that print nothing useful and only confuse layout or fonts:
# C0/C1 controls (except tab and newline), zero-width and direction marks,
# variation selectors, the byte-order mark, emoji skin-tone modifiers, tag
# characters, lone surrogates from a bad decode, soft hyphens and noncharacters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\ufe00-\ufe0f\ufeff\ufffe\uffff\ud800-\udfff\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f]"
)
# Runs of spaces and tabs become one space; a lone space is left alone (replacing each of an
# article's thousands of single spaces by itself was most of this module's time).
_SPACES = re.compile(r"\t[ \t]*| [ \t]+")

MISSING_GLYPH = "\u25a1"
"""□: printed for a character neither bundled font has (most emoji), so that the page shows
a box and copying text out of the PDF gives a box too, instead of an invisible blank."""


def clean_text(text: str) -> str:
    """The text with invisible and control characters removed and line ends made ``\\n``.

    Used for every export (PDF, Markdown, HTML) so that they agree.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


LONGEST_UNBROKEN = 120
"""Characters without a space past which a run is given places to break (see :func:`_breakable`)."""
_UNBROKEN = re.compile(rf"\S{{{LONGEST_UNBROKEN + 1},}}")


def _breakable(text: str) -> str:
    """``text`` with a space every 60 characters in a run of more than 120 without one.

    No word or address that prints well is that long, and reportlab breaks an over-long word by
    measuring it again for every character it tries: a pasted run of 20,000 letters kept a worksheet
    busy for minutes. Such a run is cut where a line can end.
    """
    if len(text) <= LONGEST_UNBROKEN or not _UNBROKEN.search(text):
        return text

    def spaced(match: re.Match[str]) -> str:
        run = match.group(0)
        return " ".join(run[i : i + 60] for i in range(0, len(run), 60))

    return _UNBROKEN.sub(spaced, text)


def inline_markup(
    text: str,
    faces: Typefaces,
    *,
    family: FontFamily | None = None,
    line_breaks: bool = True,
) -> str:
    """Paragraph markup that prints ``text`` literally in ``family`` (the serif by default).

    ``&``, ``<`` and ``>`` are escaped, so nothing in the text is ever read as
    markup. Runs of characters that ``family`` has no glyph for, but the other
    bundled family has, are wrapped in a ``<font face=...>`` tag; a character
    neither has becomes :data:`MISSING_GLYPH` (□).
    Newlines become ``<br/>`` when ``line_breaks`` is true, spaces otherwise.
    """
    main = family or faces.serif
    other = faces.other(main)
    text = _breakable(clean_text(text).strip())
    if not line_breaks:
        text = text.replace("\n", " ")
    if main.coverage.issuperset(map(ord, set(text))):
        # The usual case, and what an article appendix is made of: one run in the main family,
        # without looking at each character.
        return _wrap_run(text, None)
    out: list[str] = []
    run: list[str] = []
    run_is_other = False
    for char in text:
        if not char.isspace() and not main.covers(char) and not other.covers(char):
            char = MISSING_GLYPH
        is_other = not main.covers(char) and other.covers(char) and not char.isspace()
        if is_other != run_is_other and run:
            out.append(_wrap_run("".join(run), other if run_is_other else None))
            run = []
        run_is_other = is_other
        run.append(char)
    if run:
        out.append(_wrap_run("".join(run), other if run_is_other else None))
    return "".join(out)


_MARKUP_CHARS = re.compile("[&<>\n]")


def plain_text(text: str, family: FontFamily) -> str | None:
    """``text`` as :func:`inline_markup` prints it, when that needs no markup at all; else None.

    No markup means: ``family`` has every character, and there is nothing to
    escape and no line break. (Such text can skip reportlab's parser: see
    :mod:`guides.worksheet.paragraphs`.)
    """
    text = _breakable(clean_text(text).strip())
    if _MARKUP_CHARS.search(text) or not family.coverage.issuperset(map(ord, set(text))):
        return None
    return text


def _wrap_run(run: str, family: FontFamily | None) -> str:
    escaped = escape(run).replace("\n", "<br/>")
    if family is None:
        return escaped
    return f'<font face="{family.name}">{escaped}</font>'


def attribute(text: str) -> str:
    """``text`` escaped for use inside a double-quoted markup attribute."""
    return escape(clean_text(text), {'"': "&quot;"})
