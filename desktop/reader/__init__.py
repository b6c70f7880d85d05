"""The reader pane: an Article rendered for calm reading.

The names are loaded on first use (as in :mod:`guides.guide`): the first frame needs the view,
not the rendering of an article.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.reader.render import Mark, render_article
    from desktop.reader.view import ReaderView

_HOME = {
    "Mark": "desktop.reader.render",
    "render_article": "desktop.reader.render",
    "ReaderView": "desktop.reader.view",
}

__all__ = ["Mark", "ReaderView", "render_article"]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value
