"""The window's colours: light, sepia and dark palettes for every pane, menu and dialog.

One :class:`Palette` per theme holds what the reading page, the panes and the
controls are drawn in, the highlight tints (dimmed in the dark theme, so a
highlight reads as a tint rather than a yellow lamp) and the message colours.
Pure data: the reader's document (desktop/reader/theme.py) and the Qt palette
(desktop/theming.py) are both made from it. Every pair of text and background
meets WCAG AA (4.5:1), checked by :func:`contrast_problems` in the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# The library's own colours (guides.library.annotations.PALETTE, which a test compares), written
# out here: importing the library costs the first frame some 70 ms, and the frame needs a palette.
HIGHLIGHTS_LIGHT = {
    "yellow": "#ffe58a",
    "green": "#b9e5b0",
    "blue": "#a9d3f5",
    "pink": "#f6b8cf",
    "purple": "#d4c4f0",
}


@dataclass(frozen=True)
class Palette:
    name: str
    dark: bool
    window: str
    """Panes, menus and dialogs."""
    base: str
    """The reading page, lists and text fields."""
    alt_base: str
    text: str
    muted: str
    """Secondary text: bylines, purposes, notes."""
    accent: str
    """Scripture references and links."""
    question: str
    """The author's own questions: a quiet tint of the text colour."""
    border: str
    button: str
    selection: str
    selection_text: str
    flash: str
    """A passage found from the guide, for a moment."""
    current: str
    """The guide's selected question: a soft tint under its text, its why and its links."""
    highlight_text: str
    """Text colour on a highlight, so highlights read in every theme."""
    highlights: Mapping[str, str] = field(default_factory=dict)
    """Highlight tints by colour name (the library's names)."""
    marks: Mapping[str, str] = field(default_factory=dict)
    """The same colours strong enough to see as a bar in the margin (3:1 against the page)."""
    info_bg: str = ""
    info_text: str = ""
    error_bg: str = ""
    error_text: str = ""

    def highlight(self, colour: str) -> str:
        """The tint a highlight of ``colour`` (a name) is drawn in, in this theme."""
        return self.highlights.get(colour, self.highlights.get("yellow", self.flash))

    def mark(self, colour: str) -> str:
        """The margin bar beside a note in ``colour`` (a name)."""
        return self.marks.get(colour, self.muted)


LIGHT_MARKS = {
    "yellow": "#9c7a00",
    "green": "#3f8a3a",
    "blue": "#2f73b5",
    "pink": "#c0446f",
    "purple": "#7a5bb5",
}

PALETTES: dict[str, Palette] = {
    "light": Palette(
        "light",
        False,
        window="#efece6",
        base="#fbfaf7",
        alt_base="#f4f1eb",
        text="#23211e",
        muted="#625d55",
        accent="#2d6a88",
        question="#5b4a8a",
        border="#d3cdc2",
        button="#e6e2da",
        selection="#d8d3c8",
        selection_text="#23211e",
        flash="#ffe9a8",
        current="#eaf0f5",
        highlight_text="#23211e",
        highlights=dict(HIGHLIGHTS_LIGHT),
        marks=LIGHT_MARKS,
        info_bg="#e4eef6",
        info_text="#1b3a52",
        error_bg="#fbe3e0",
        error_text="#5c1a12",
    ),
    "sepia": Palette(
        "sepia",
        False,
        window="#e9dfc6",
        base="#f4ecd8",
        alt_base="#efe5cd",
        text="#3e3224",
        muted="#6b5b45",
        accent="#7a4b1c",
        question="#6a3f6f",
        border="#d2c3a0",
        button="#e0d4b6",
        selection="#d9c8a0",
        selection_text="#3e3224",
        flash="#f7d58f",
        current="#e8dcbc",
        highlight_text="#3e3224",
        highlights={
            "yellow": "#f5d77a",
            "green": "#c4dca4",
            "blue": "#b7d0e0",
            "pink": "#efbfc4",
            "purple": "#d6c5e0",
        },
        marks=LIGHT_MARKS,
        info_bg="#e6e0c8",
        info_text="#3a3020",
        error_bg="#f1d2c4",
        error_text="#5c1a12",
    ),
    "dark": Palette(
        "dark",
        True,
        window="#26282c",
        base="#1d1f23",
        alt_base="#222428",
        text="#dcd7ce",
        muted="#a29d94",
        accent="#8cc4e2",
        question="#c4b3ec",
        border="#3c3f45",
        button="#32353a",
        selection="#4a4f57",
        selection_text="#f0ece4",
        flash="#5b5030",
        current="#2b333c",
        highlight_text="#e8e2d6",
        # Dimmed: a saturated yellow on a dark page glares; these read as tints of the same colours.
        highlights={
            "yellow": "#5c5226",
            "green": "#2f4a30",
            "blue": "#263f57",
            "pink": "#5a2d3d",
            "purple": "#43365c",
        },
        marks={
            "yellow": "#d9b84a",
            "green": "#7fc27a",
            "blue": "#74aee0",
            "pink": "#e48aa8",
            "purple": "#b59be6",
        },
        info_bg="#243544",
        info_text="#d6e6f2",
        error_bg="#4a2622",
        error_text="#f6d7d2",
    ),
}

THEMES = ("light", "sepia", "dark")


def resolve(theme: str, system_dark: bool = False) -> Palette:
    """The palette for a preference value; ``system`` is dark or light as the system is."""
    if theme == "system":
        return PALETTES["dark" if system_dark else "light"]
    return PALETTES.get(theme, PALETTES["light"])


# --- contrast (WCAG 2.x) ---------------------------------------------------------------------

AA_TEXT = 4.5
AA_GRAPHICS = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` as WCAG defines it."""
    h = colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_pairs(p: Palette) -> list[tuple[str, str, str]]:
    """Every (what, text colour, background) the window draws text in."""
    pairs = [
        ("text on page", p.text, p.base),
        ("text on pane", p.text, p.window),
        ("text on alternate rows", p.text, p.alt_base),
        ("text on button", p.text, p.button),
        ("muted on page", p.muted, p.base),
        ("muted on pane", p.muted, p.window),
        ("link on page", p.accent, p.base),
        ("link on pane", p.accent, p.window),
        ("author's question", p.question, p.base),
        ("selected text", p.selection_text, p.selection),
        ("found passage", p.text, p.flash),
        ("selected question", p.text, p.current),
        ("why of the selected question", p.muted, p.current),
        ("links of the selected question", p.accent, p.current),
        ("message", p.info_text, p.info_bg),
        ("link in a message", p.accent, p.info_bg),
        ("error", p.error_text, p.error_bg),
    ]
    pairs += [(f"{name} highlight", p.highlight_text, tint) for name, tint in p.highlights.items()]
    return pairs


def contrast_problems(p: Palette, minimum: float = AA_TEXT) -> list[str]:
    """The pairs of ``p`` below ``minimum`` (and margin marks below 3:1), described; empty when all pass."""
    problems = [
        f"{p.name}: {what} {fg} on {bg} is {contrast(fg, bg):.2f}:1"
        for what, fg, bg in text_pairs(p)
        if contrast(fg, bg) < minimum
    ]
    problems += [
        f"{p.name}: the {name} margin mark {bar} on {p.base} is {contrast(bar, p.base):.2f}:1"
        for name, bar in p.marks.items()
        if contrast(bar, p.base) < AA_GRAPHICS
    ]
    return problems
