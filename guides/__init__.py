"""Porchlight's engine: import -> clean -> analyse -> generate -> store -> export.

Pure Python with no Qt, usable from scripts, the CLI and the tests without a display.
"""

import logging

from guides.article import Article, Block, BlockDraft, Inline, Removed, build_article, restore
from guides.errors import ArticleImportError

__all__ = [
    "Article",
    "ArticleImportError",
    "Block",
    "BlockDraft",
    "Inline",
    "Removed",
    "build_article",
    "restore",
]

__version__ = "0.1.0"

# The engine logs what it works around; the app decides where that goes. Without a
# handler Python's last-resort one would print warnings (with tracebacks) on stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
