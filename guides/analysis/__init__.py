"""Analysis of an article's text: sentences (and, from other modules, more)."""

from guides.analysis.sentences import Sentence, split_sentences

__all__ = ["Sentence", "split_sentences"]
