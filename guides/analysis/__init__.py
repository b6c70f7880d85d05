"""Analysis of an article's text: sentences (and, from other modules, more).

Loaded on first use, so that a module that only needs a type from one of the analysis modules
(``guides.analysis.sensitive``'s Intensity) does not compile the sentence splitter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guides.lazy import lazy_names

if TYPE_CHECKING:
    from guides.analysis.sentences import Sentence, split_sentences

__all__ = ["Sentence", "split_sentences"]


__getattr__ = lazy_names(__name__, dict.fromkeys(__all__, "guides.analysis.sentences"))
