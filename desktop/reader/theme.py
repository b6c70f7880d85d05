"""Reading themes (light, sepia, dark) and the CSS the reader document uses.

Qt's rich text knows a subset of CSS; everything here stays inside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication


@dataclass(frozen=True)
class Palette:
    name: str
    background: str
    text: str
    muted: str
    accent: str
    """Scripture references and links."""
    question: str
    """The author's own questions: a quiet tint of the text colour."""
    flash: str
    highlight_text: str
    """Text colour on a highlight, so highlights read in every theme."""


PALETTES: dict[str, Palette] = {
    "light": Palette("light", "#fbfaf7", "#23211e", "#6b665e", "#2d6a88", "#5b4a8a", "#ffe9a8", "#23211e"),
    "sepia": Palette("sepia", "#f4ecd8", "#3e3224", "#76664f", "#7a4b1c", "#6a3f6f", "#f7d58f", "#3e3224"),
    "dark": Palette("dark", "#1d1f23", "#dcd7ce", "#9a958c", "#8cc4e2", "#c4b3ec", "#5b5030", "#16171a"),
}

SERIF_FAMILIES = ["DejaVu Serif", "Georgia", "Cambria", "Times New Roman", "serif"]
SANS_FAMILIES = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]


def system_prefers_dark() -> bool:
    from PySide6.QtCore import Qt  # here: the Qt namespace is costly to set up, and the first frame skips it

    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> Palette:
    """The palette for a preference value; ``system`` follows the system's dark mode."""
    if theme == "system":
        return PALETTES["dark" if system_prefers_dark() else "light"]
    return PALETTES.get(theme, PALETTES["light"])


def stylesheet(palette: Palette) -> str:
    """The default stylesheet for the reader's document."""
    p = palette
    return f"""
body {{ color: {p.text}; background-color: {p.background}; }}
h1 {{ font-size: 165%; font-weight: 600; margin-top: 0.4em; margin-bottom: 0.2em; }}
h2 {{ font-size: 130%; font-weight: 600; margin-top: 1.2em; margin-bottom: 0.4em; }}
h3 {{ font-size: 115%; font-weight: 600; margin-top: 1.0em; margin-bottom: 0.3em; }}
h4 {{ font-size: 105%; font-weight: 600; margin-top: 0.8em; margin-bottom: 0.3em; }}
p {{ margin-top: 0; margin-bottom: 0.9em; line-height: 150%; }}
li {{ margin-bottom: 0.3em; line-height: 150%; }}
blockquote {{ margin-left: 1.6em; margin-right: 1em; color: {p.muted}; font-style: italic; }}
pre {{ font-family: "DejaVu Sans Mono", monospace; font-size: 90%; }}
p.byline {{ color: {p.muted}; font-size: 90%; margin-bottom: 1.6em; }}
a {{ color: {p.accent}; }}
a.ref {{ color: {p.accent}; text-decoration: underline; }}
a.link {{ color: {p.accent}; text-decoration: none; }}
span.question {{ color: {p.question}; }}
p.empty {{ color: {p.muted}; }}
"""
