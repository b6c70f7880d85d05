"""Paper sizes, and which one a reader most likely has in the printer.

The default follows the locale: the countries that use US Letter (Common
Locale Data Repository's list: the United States, Canada, Mexico, the
Philippines, Chile, Colombia, Venezuela and most of Central America) get
Letter, everyone else A4. ``PORCHLIGHT_PAPER`` overrides the guess, and a
paper passed explicitly overrides both.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import Literal

Paper = Literal["letter", "a4"]
PAPERS: tuple[Paper, ...] = ("letter", "a4")

# In PDF points (1/72 inch): Letter is 8.5 x 11 in, A4 is 210 x 297 mm.
PAGE_SIZES: dict[Paper, tuple[float, float]] = {
    "letter": (612.0, 792.0),
    "a4": (210 * 72 / 25.4, 297 * 72 / 25.4),
}

BOOKLET_PAGE_SIZES: dict[Paper, tuple[float, float]] = {
    "letter": (5.5 * 72, 8.5 * 72),
    "a4": (148 * 72 / 25.4, 210 * 72 / 25.4),
}
"""A folded booklet's pages: half-letter on Letter, A5 on A4 (each half of the sheet turned sideways)."""

LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "PR", "SV", "NI", "BZ"}
)

# POSIX order: LC_ALL beats LC_PAPER beats LANG.
_LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LANG")


def parse_paper(value: str) -> Paper:
    """``"letter"``/``"a4"`` (any case, "us-letter" too) as a :data:`Paper`; ``ValueError`` otherwise."""
    name = value.strip().lower().replace("us-", "").replace("us_", "")
    if name == "letter":
        return "letter"
    if name == "a4":
        return "a4"
    raise ValueError(f"unknown paper size {value!r} (use letter or a4)")


def region_of(locale_name: str) -> str | None:
    """The territory of a locale name: ``"en_US.UTF-8"`` gives ``"US"``, ``"C"`` gives None."""
    base = locale_name.split(".", 1)[0].split("@", 1)[0]
    for sep in ("_", "-"):
        if sep in base:
            region = base.split(sep, 1)[1]
            return region.upper() if region.isalpha() and len(region) == 2 else None
    return None


def paper_for_region(region: str | None) -> Paper:
    return "letter" if region is not None and region.upper() in LETTER_REGIONS else "a4"


def default_paper(environ: Mapping[str, str] | None = None) -> Paper:
    """The paper to use when none was asked for.

    ``PORCHLIGHT_PAPER`` first; then the territory of the first of ``LC_ALL``,
    ``LC_PAPER`` and ``LANG`` that is set (none, as in ``C.UTF-8``, means A4);
    when none is set, Python's idea of the locale (Windows and macOS often set
    no variable); A4 when nothing says.
    """
    env = os.environ if environ is None else environ
    override = env.get("PORCHLIGHT_PAPER", "").strip()
    if override:
        try:
            return parse_paper(override)
        except ValueError:
            pass
    for name in _LOCALE_VARIABLES:
        value = env.get(name, "").strip()
        if value:
            # The first variable set decides, even "C" or "POSIX" (no territory: A4).
            return paper_for_region(region_of(value))
    if environ is None:
        # Python maps "C.UTF-8" to en_US here, so this is asked only when no variable is set.
        try:
            current = locale.getlocale(locale.LC_CTYPE)[0]
        except ValueError:
            current = None
        if current:
            return paper_for_region(region_of(current))
    return "a4"
