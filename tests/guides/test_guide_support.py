"""Shared by the ``test_guide_*`` and ``test_analysis_*`` modules; it holds no tests itself.

The fixture articles (tests/fixtures/articles/) are imported once per session
through the real importer, and :func:`guide_problems` states, in one place,
what every generated guide must satisfy.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

from guides.analysis.analyze import analyze
from guides.analysis.sensitive import find_sensitive, is_private, is_private_between
from guides.article import Article, BlockDraft, Removed, build_article
from guides.catalog import catalog_language
from guides.guide import Guide
from guides.guide.context import Context
from guides.guide.families.making import READ_WHOLE
from guides.guide.quality import NEAR_DUPLICATE, normalise, problems
from guides.importing import import_source, import_text

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
FIXTURE_NAMES = (
    "marriage-post",
    "secular-column",
    "sermon-outline",
    "parenting-article",
    "spanish-devotional",
)


@cache
def fixture_article(name: str) -> Article:
    return import_source(ARTICLES / f"{name}.txt")


@cache
def imported(path: str) -> Article:
    return import_source(path)


def article_from(
    paragraphs: list[str], *, title: str = "A test article", comments: list[str] = ()
) -> Article:
    """An article built directly, with ``comments`` kept as removed pieces after the body."""
    removed = [
        Removed(id=f"r-{i}", kind="comment", text=text, reason="a reader comment", position=len(paragraphs))
        for i, text in enumerate(comments)
    ]
    return build_article(
        [BlockDraft(kind="paragraph", text=p) for p in paragraphs], title=title, removed=removed
    )


def guide_problems(article: Article, guide: Guide) -> list[str]:
    """Everything wrong with ``guide`` as a guide for ``article``; empty when it is sound."""
    found: list[str] = []
    texts: list[str] = []
    sensitive = find_sensitive(article.text, language=article.language)
    for section in guide.sections:
        for q in section.questions:
            where = f"{section.key}: {q.text!r}"
            source = q.source
            if article.text[source.start : source.end] != source.quote:
                found.append(f"{where} quotes {source.quote!r}, not the text at {source.start}:{source.end}")
            block = article.block_at(source.start)
            if block is None or source.end > block.end:
                found.append(f"{where} rests on words outside the article's body")
            found += [f"{where}: {p}" for p in problems(q.text, printed=q.family in READ_WHOLE)]
            if q.family.startswith("points_read") and q.optional:
                found.append(f"{where} asks about points 'just heard' that the Read part does not print")
            if q.visibility == "everyone":
                if is_private_between(sensitive, source.start, source.end):
                    found.append(f"{where} is asked of everyone but its source is private")
                for topic in find_sensitive(q.text, language=article.language):
                    if any(is_private(topic.topic, s.intensity) for s in topic.spans):
                        found.append(f"{where} is asked of everyone but names {topic.label}")
            for other in texts:
                if fuzz.token_set_ratio(normalise(q.text), normalise(other)) >= NEAR_DUPLICATE:
                    found.append(f"{where} nearly repeats {other!r}")
            texts.append(q.text)
    if sum(s.minutes for s in guide.sections) != guide.minutes:
        found.append(
            f"the sections' minutes add up to {sum(s.minutes for s in guide.sections)}, not {guide.minutes}"
        )
    return found


def context_for(text: str) -> Context:
    """The guide context of an article pasted as ``text``: what a family's checks read."""
    article = import_text(text)
    analysis = analyze(article)
    return Context.build(article, analysis, catalog_language(analysis.language), analysis.has_faith)
