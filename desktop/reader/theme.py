"""The reading page's typography and the CSS its document uses, in the window's palette.

Qt's rich text knows a subset of CSS; everything here stays inside it. The
palettes themselves (light, sepia, dark) are the whole window's: desktop/palettes.py.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop.palettes import PALETTES, Palette
from desktop.palettes import resolve as resolve_palette
from desktop.typefaces import SANS_FAMILIES, SERIF_FAMILIES

__all__ = ["PALETTES", "SANS_FAMILIES", "SERIF_FAMILIES", "Palette", "resolve", "stylesheet"]


def system_prefers_dark() -> bool:
    from PySide6.QtCore import Qt  # here: the Qt namespace is costly to set up, and the first frame skips it

    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> Palette:
    """The palette for a preference value; ``system`` follows the system's dark mode."""
    return resolve_palette(theme, system_dark=theme == "system" and system_prefers_dark())


def stylesheet(palette: Palette) -> str:
    """The default stylesheet for the reader's document."""
    p = palette
    return f"""
body {{ color: {p.text}; background-color: {p.base}; }}
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
