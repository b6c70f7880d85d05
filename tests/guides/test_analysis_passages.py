"""Themes, key passages and the big idea."""

from __future__ import annotations

from test_guide_support import article_from, fixture_article

from guides.analysis.analyze import analyze
from guides.analysis.passages import find_big_idea, find_key_passages, find_themes, stem
from guides.analysis.sentences import split_sentences

HABITS = [
    "Gratitude is a habit before it is a feeling. The people who seem naturally thankful have usually "
    "practised noticing small gifts for years.",
    "It starts with attention. When you slow down enough to see what went right, gratitude has somewhere "
    "to land.",
    "Try writing three things down each evening. The list does not need to be profound; a warm coffee "
    "counts.",
    "Over time the habit changes what you see. Gratitude trains the eye, and the eye trains the heart.",
]


def test_word_forms_share_a_stem() -> None:
    assert stem("trusting") == stem("trusted") == stem("trusts") == stem("trust")
    assert stem("forgive") == stem("forgiving") == stem("forgiveness")
    assert stem("apology") == stem("apologize")
    assert stem("esperar") == stem("espera") == stem("esperamos")


def test_themes_are_recurring_nouns_strongest_first() -> None:
    article = article_from(HABITS, title="The habit of gratitude")
    labels = [t.label for t in find_themes(article)]
    assert labels[:2] == ["gratitude", "habit"]
    theme = find_themes(article)[0]
    assert all(article.text[s:e].lower().startswith("gratitude") for s, e in theme.spans)


def test_count_nouns_read_in_the_plural_and_mass_nouns_bare() -> None:
    themes = {t.label: t.as_noun for t in find_themes(article_from(HABITS, title="The habit of gratitude"))}
    assert themes["gratitude"] == "gratitude"
    assert themes["habit"] == "habits"


def test_scripture_book_names_are_not_themes() -> None:
    labels = [t.label.lower() for t in analyze(fixture_article("sermon-outline")).themes]
    assert "galatians" not in labels
    assert "burden" in labels


def test_key_passages_are_central_and_quotable() -> None:
    article = article_from(HABITS, title="The habit of gratitude")
    sentences = split_sentences(article.text)
    passages = find_key_passages(article, sentences, find_themes(article))
    assert passages, "a few key passages"
    for passage in passages:
        assert article.text[passage.start : passage.end] == passage.text
        assert not passage.text.endswith("?")
    assert len({article.block_at(p.start) for p in passages}) == len(passages), "one per paragraph"
    big = find_big_idea(passages)
    assert big is not None
    assert "gratitude" in big.text.lower()


def test_the_same_article_gives_the_same_analysis() -> None:
    first = analyze(fixture_article("marriage-post"))
    second = analyze(fixture_article("marriage-post"))
    assert first == second
