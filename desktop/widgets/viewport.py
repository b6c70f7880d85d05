"""The width a scroll area shows its rows in, worked out without asking Qt for its viewport widget.

The first time a ``QWidget*`` that PySide6 did not make comes back to Python (``viewport()`` is
one), PySide6 sets up every QWidget class of QtWidgets with its enums to learn which it is: 5 to
7 ms, which a start would spend measuring its first rows. The viewport is the scroll area's inside
less the vertical scroll bar when that shows (Qt lays it out so: the Fusion style's bars take room
beside the rows, none overlaps them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea


def viewport_width(view: QAbstractScrollArea) -> int:
    """``view.viewport().width()``, as Qt lays the viewport out."""
    bar = view.verticalScrollBar()
    beside = bar.sizeHint().width() if bar.isVisibleTo(view) else 0
    return view.contentsRect().width() - beside
