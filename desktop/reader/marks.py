"""What the engine finds in an article, turned into reader marks.

The finding is the engine's (guides.analysis, guides.scripture); this module
only asks and converts. Engine modules that have not landed yet are skipped.
"""

from __future__ import annotations

import logging

from desktop.reader.render import Mark
from guides.article import Article

log = logging.getLogger(__name__)


def question_marks(article: Article) -> list[Mark]:
    """The author's own questions, subtly marked."""
    from guides.analysis.questions import find_author_questions
    from guides.analysis.sentences import split_sentences

    exclude = [(m.start, m.end) for m in reference_marks(article)]
    questions = find_author_questions(article.text, split_sentences(article.text), exclude=exclude)
    return [Mark("question", q.start, q.end) for q in questions]


def reference_marks(article: Article) -> list[Mark]:
    """Scripture references, each keyed by its canonical reference (e.g. "Ephesians 5:31")."""
    try:
        from guides.scripture import find_references  # type: ignore[attr-defined]
    except ImportError:
        return []
    marks = []
    for ref in find_references(article.text):
        key = str(getattr(ref, "canonical", None) or getattr(ref, "label", None) or ref)
        marks.append(Mark("reference", ref.start, ref.end, key=key))
    return marks
