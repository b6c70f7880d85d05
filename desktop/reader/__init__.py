"""The reader pane: an Article rendered for calm reading."""

from desktop.reader.render import Mark, render_article
from desktop.reader.view import ReaderView

__all__ = ["Mark", "ReaderView", "render_article"]
