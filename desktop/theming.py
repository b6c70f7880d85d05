"""The whole window in one theme: a Qt palette for every pane, menu and dialog.

The application's ``QPalette`` is set from a :class:`~desktop.palettes.Palette`,
so the library, the guide, the notes, menus, tooltips and dialogs follow the
reading page, in the Fusion style, which draws from the palette on every
platform (the native Windows and macOS styles ignore much of it). No
application-wide style sheet: it would make Qt draw every widget through its
slower style-sheet path. The few widgets that draw their own colours (the
reader, the guide, the scripture panel) are told the palette by the controller.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.palettes import Palette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def qt_palette(p: Palette) -> QPalette:
    """The Qt palette for ``p``: the same colours in every role a widget draws with."""
    pal = QPalette()
    colours = {
        Role.Window: p.window,
        Role.WindowText: p.text,
        Role.Base: p.base,
        Role.AlternateBase: p.alt_base,
        Role.Text: p.text,
        Role.PlaceholderText: p.muted,
        Role.Button: p.button,
        Role.ButtonText: p.text,
        Role.BrightText: p.error_text,
        Role.Highlight: p.selection,
        Role.HighlightedText: p.selection_text,
        Role.Link: p.accent,
        Role.LinkVisited: p.accent,
        Role.ToolTipBase: p.base,
        Role.ToolTipText: p.text,
        Role.Light: p.base,
        Role.Midlight: p.alt_base,
        Role.Mid: p.border,
        Role.Dark: p.border,
        Role.Shadow: "#000000" if p.dark else "#8a8478",
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    # Disabled controls: the muted colour, which is exempt from the contrast rule but still legible.
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(Group.Disabled, role, QColor(p.muted))
    pal.setColor(Group.Disabled, Role.Highlight, QColor(p.border))
    # A window in the background keeps its selection colour, as reading apps do.
    pal.setColor(Group.Inactive, Role.Highlight, QColor(p.selection))
    pal.setColor(Group.Inactive, Role.HighlightedText, QColor(p.selection_text))
    return pal


def apply(p: Palette) -> None:
    """Give the whole application ``p`` (menus, panes, dialogs and tooltips)."""
    if QApplication.instance() is None:
        return
    palette = qt_palette(p)
    if QApplication.palette() == palette and QToolTip.palette() == palette:
        return  # as it is: setting it again would send every widget a palette change to redraw
    QApplication.setPalette(palette)
    QToolTip.setPalette(palette)
