"""The bundled type: DejaVu Serif to read and write on, DejaVu Sans for headings and symbols.

Both families ship in ``resources/fonts`` with their licence, so a worksheet
looks the same on every machine and prints Cyrillic, Greek, accents, curly
quotes and many symbols. A character the serif lacks is set in the sans
(which covers more, including some emoji); one neither has prints as □
(see :mod:`guides.worksheet.markup`).

Fonts are registered with reportlab on first use, never at import.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from guides.resources import resource_path
from guides.worksheet.errors import FontsMissingError

SERIF = "PorchlightSerif"
SANS = "PorchlightSans"

# (regular, bold, italic, bold italic) file names of each family.
_FILES: dict[str, tuple[str, str, str, str]] = {
    SERIF: (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    SANS: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
}
_STYLE_SUFFIXES = ("", "-Bold", "-Italic", "-BoldItalic")


@dataclass(frozen=True)
class FontFamily:
    """One registered family: the reportlab names of its four faces and what it can print."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    coverage: frozenset[int]
    """Code points that all four faces have a glyph for."""

    def covers(self, char: str) -> bool:
        return ord(char) in self.coverage


@dataclass(frozen=True)
class Typefaces:
    """The two families a worksheet uses."""

    serif: FontFamily
    sans: FontFamily

    def other(self, family: FontFamily) -> FontFamily:
        return self.sans if family is self.serif else self.serif


def fonts_folder() -> Path:
    """Where the bundled TTF files and their LICENSE are."""
    return resource_path("fonts")


@functools.cache
def load_typefaces() -> Typefaces:
    """Register the bundled families with reportlab (once per process) and return them.

    Raises :class:`FontsMissingError` when a font file is missing or unreadable.
    """
    _fix_astral_to_unicode()
    folder = fonts_folder()
    families = {name: _register_family(name, files, folder) for name, files in _FILES.items()}
    return Typefaces(serif=families[SERIF], sans=families[SANS])


def _register_family(name: str, files: tuple[str, str, str, str], folder: Path) -> FontFamily:
    faces: list[TTFont] = []
    for suffix, filename in zip(_STYLE_SUFFIXES, files, strict=True):
        path = folder / filename
        try:
            face = TTFont(name + suffix, str(path))
        except (OSError, TTFError) as err:
            raise FontsMissingError(
                f"The worksheet font {filename} is missing or damaged in {folder}; reinstall Porchlight."
            ) from err
        pdfmetrics.registerFont(face)
        faces.append(face)
    regular, bold, italic, bold_italic = (f.fontName for f in faces)
    # <b> and <i> in paragraph markup find the right face through these mappings.
    addMapping(name, 0, 0, regular)
    addMapping(name, 1, 0, bold)
    addMapping(name, 0, 1, italic)
    addMapping(name, 1, 1, bold_italic)
    coverage = frozenset.intersection(*(frozenset(f.face.charToGlyph) for f in faces))
    return FontFamily(name, regular, bold, italic, bold_italic, coverage)


def _fix_astral_to_unicode() -> None:
    """Make text copied out of the PDF give back emoji and other characters above U+FFFF.

    reportlab writes each character of a font subset's ToUnicode map as at
    least four hex digits, which is right only inside the Basic Multilingual
    Plane; U+1F600 comes out as five digits that readers take for another
    character. PDF wants UTF-16BE there (a surrogate pair), so the entries
    above U+FFFF are rewritten. Entries below are left exactly as reportlab
    writes them.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_porchlight_astral", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        text: str = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>")
        return text

    make_cmap._porchlight_astral = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap
