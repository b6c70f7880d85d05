"""The reader pane: an Article rendered for calm reading.

The names are loaded on first use (as in :mod:`guides.guide`): the first frame needs the view,
not the rendering of an article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guides.lazy import lazy_names

if TYPE_CHECKING:
    from desktop.reader.render import Mark, render_article
    from desktop.reader.view import ReaderView

_HOME = {
    "Mark": "desktop.reader.render",
    "render_article": "desktop.reader.render",
    "ReaderView": "desktop.reader.view",
}

__all__ = ["Mark", "ReaderView", "render_article"]


__getattr__ = lazy_names(__name__, _HOME)
