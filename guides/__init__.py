"""Porchlight's engine: import -> clean -> analyse -> generate -> store -> export.

Pure Python with no Qt, usable from scripts, the CLI and the tests without a display.

The names below are re-exported when first asked for (PEP 562), so that importing a
small module of the engine (``guides.paths`` before the app's first frame) does not
import the article model too.
"""

import logging
from typing import TYPE_CHECKING

from guides.lazy import lazy_names

if TYPE_CHECKING:
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

_HOMES = {name: "guides.errors" if name == "ArticleImportError" else "guides.article" for name in __all__}


__getattr__ = lazy_names(__name__, _HOMES)


# The engine logs what it works around; the app decides where that goes. Without a
# handler Python's last-resort one would print warnings (with tracebacks) on stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
