"""Analysis of an article's text: sentences (and, from other modules, more).

Loaded on first use, so that a module that only needs a type from one of the analysis modules
(``guides.analysis.sensitive``'s Intensity) does not compile the sentence splitter.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from guides.analysis.sentences import Sentence, split_sentences

__all__ = ["Sentence", "split_sentences"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("guides.analysis.sentences"), name)
    globals()[name] = value
    return value
