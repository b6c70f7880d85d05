"""Articles in the library: stored whole, re-imported in place, tagged, deleted with what hangs on them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guides.article import Article, BlockDraft, Removed, build_article, removed_id, restore
from guides.importing import import_text
from guides.library import Library, NotFoundError

BODY = [
    "Trust grows slowly in a marriage, one kept promise at a time.",
    "Listen when your partner is struggling, and do not rush to fix it.",
    "Each evening, name one thing your partner did that you were grateful for.",
]


def make_article(paragraphs: list[str] = BODY, *, source: str | None = "/home/anna/trust.txt") -> Article:
    comment = Removed(
        id=removed_id("comment", "Great post! Visit my casino site", 3),
        kind="comment",
        text="Great post! Visit my casino site",
        reason="spam",
        position=len(paragraphs),
        spam=True,
        spam_reason="link bait",
    )
    return build_article(
        [BlockDraft("heading", "On trust", level=1), *(BlockDraft("paragraph", p) for p in paragraphs)],
        title="On trust",
        removed=[comment],
        author="A. Counsellor",
        source=source,
        language="en",
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as lib:
        yield lib


def test_an_added_article_comes_back_exactly_with_its_removed_parts(library: Library) -> None:
    article = make_article()
    saved = library.articles.add(article, tags=["marriage", " trust  "])
    assert saved.created
    stored = library.articles.get(saved.article_id)
    assert stored.article == article
    assert stored.article.removed[0].spam is True
    assert stored.summary.tags == ("marriage", "trust")
    assert stored.summary.source == "/home/anna/trust.txt"
    assert stored.summary.word_count == article.word_count
    assert stored.summary.opened_at is None


def test_reimporting_the_same_source_updates_in_place_and_keeps_annotations(library: Library) -> None:
    first = library.articles.add(make_article(), tags=["marriage"])
    note = library.annotations.add_quote(first.article_id, "Listen when your partner", note="Us").value
    revised = make_article(["A new first paragraph.", *BODY[:2], "A different ending."])
    again = library.articles.add(revised, tags=["study"])
    assert again.article_id == first.article_id and not again.created
    assert library.articles.article(first.article_id).text == revised.text
    assert library.articles.get(first.article_id).summary.tags == ("marriage", "study")
    moved = library.annotations.get(note.id)
    assert moved.status == "anchored" and moved.note == "Us"
    assert moved.start is not None and moved.end is not None
    assert revised.text[moved.start : moved.end] == "Listen when your partner"
    assert again.reanchored.total == 1 and again.reanchored.moved == 1
    assert len(library.articles.all()) == 1


def test_the_same_content_from_another_source_is_the_same_article(library: Library) -> None:
    first = library.articles.add(make_article(source=None))
    again = library.articles.add(make_article(source="https://example.org/trust#comments"))
    assert again.article_id == first.article_id and not again.created
    assert library.articles.get(first.article_id).summary.source == "https://example.org/trust"


def test_a_url_is_the_same_source_with_or_without_its_fragment(library: Library) -> None:
    first = library.articles.add(make_article(source="https://example.org/trust"))
    again = library.articles.add(make_article(["Changed text."], source="https://example.org/trust#top"))
    assert again.article_id == first.article_id


def test_different_sources_with_different_text_are_different_articles(library: Library) -> None:
    a = library.articles.add(make_article(source="/a.txt"))
    b = library.articles.add(make_article(["Something else entirely."], source="/b.txt"))
    assert a.article_id != b.article_id
    assert {s.id for s in library.articles.all()} == {a.article_id, b.article_id}


def test_pasted_text_without_a_source_is_matched_by_content(library: Library) -> None:
    text = "Pasted title\n\nA paragraph someone pasted from a newsletter about patience."
    first = library.articles.add(import_text(text))
    again = library.articles.add(import_text(text))
    assert first.article_id == again.article_id


def test_update_replaces_the_content_and_reanchors(library: Library) -> None:
    saved = library.articles.add(make_article())
    article = library.articles.article(saved.article_id)
    library.annotations.add_quote(saved.article_id, "name one thing")
    with_comment = restore(article, [article.removed[0].id])
    result = library.articles.update(saved.article_id, with_comment)
    assert library.articles.article(saved.article_id).removed == ()
    assert result.reanchored.total == 1 and result.reanchored.orphaned == 0


def test_list_filters_by_tag_and_counts_annotations(library: Library) -> None:
    a = library.articles.add(make_article(source="/a.txt"), tags=["week 1"])
    library.articles.add(make_article(["Other."], source="/b.txt"), tags=["week 2"])
    library.annotations.add_quote(a.article_id, "name one thing")
    listed = library.articles.all(tag="week 1")
    assert [s.id for s in listed] == [a.article_id]
    assert listed[0].annotation_count == 1
    assert library.articles.tags() == [("week 1", 1), ("week 2", 1)]


def test_set_tags_replaces_them(library: Library) -> None:
    saved = library.articles.add(make_article(), tags=["old"])
    library.articles.set_tags(saved.article_id, ["new", "new", ""])
    assert library.articles.get(saved.article_id).summary.tags == ("new",)


def test_mark_opened_records_when(library: Library) -> None:
    saved = library.articles.add(make_article())
    library.articles.mark_opened(saved.article_id)
    assert library.articles.get(saved.article_id).summary.opened_at is not None


def test_find_by_source_or_content(library: Library) -> None:
    article = make_article()
    saved = library.articles.add(article)
    assert library.articles.find(source="/home/anna/trust.txt") == saved.article_id
    assert library.articles.find(article=make_article(source=None)) == saved.article_id
    assert library.articles.find(source="/elsewhere.txt") is None


def test_delete_takes_annotations_guides_search_and_series_with_it(library: Library) -> None:
    saved = library.articles.add(make_article())
    library.annotations.add_quote(saved.article_id, "name one thing", note="gratitude")
    library.guides.save_generated(
        saved.article_id,
        "couple",
        {"sections": [{"key": "talk", "questions": [{"id": "q1", "text": "Why?"}]}]},
    )
    series = library.series.create("Spring", article_ids=(saved.article_id,))
    library.articles.delete(saved.article_id)
    assert library.articles.all() == []
    assert library.search("gratitude") == [] and library.search("trust") == [] and library.search("why") == []
    assert library.series.get(series.id).article_ids == ()
    count = library.db.connection.execute("SELECT count(*) FROM annotations").fetchone()[0]
    assert count == 0
    with pytest.raises(NotFoundError):
        library.articles.get(saved.article_id)


def test_unknown_ids_raise_not_found(library: Library) -> None:
    with pytest.raises(NotFoundError, match="no article 42"):
        library.articles.get(42)
    with pytest.raises(NotFoundError):
        library.articles.delete(42)
    with pytest.raises(NotFoundError):
        library.articles.update(42, make_article())


# --- renaming ----------------------------------------------------------------------


def test_renaming_an_article_is_undoable_and_shows_everywhere(library: Library) -> None:
    article_id = library.articles.add(make_article()).article_id
    done = library.articles.rename(article_id, "  Trust,   one promise at a time ")
    assert done.label == "Rename article"
    assert library.articles.get(article_id).article.title == "Trust, one promise at a time"
    assert library.articles.all()[0].title == "Trust, one promise at a time"
    assert next(h.title for h in library.search("promise")) == "Trust, one promise at a time"
    redo = library.apply(done.undo)
    assert library.articles.get(article_id).article.title == "On trust"
    assert library.articles.all()[0].title == "On trust"
    library.apply(redo)
    assert library.articles.get(article_id).article.title == "Trust, one promise at a time"


def test_a_renamed_article_keeps_its_name_when_imported_again(library: Library) -> None:
    article_id = library.articles.add(make_article()).article_id
    library.articles.rename(article_id, "Our trust study")
    library.articles.add(make_article([*BODY, "A new closing paragraph."]))
    assert library.articles.get(article_id).article.title == "Our trust study"
    assert library.articles.all()[0].title == "Our trust study"


def test_restoring_a_piece_into_a_renamed_article_keeps_both_names(library: Library) -> None:
    article_id = library.articles.add(make_article()).article_id
    done = library.articles.rename(article_id, "Our trust study")
    shown = library.articles.get(article_id).article
    library.articles.update(article_id, restore(shown, [shown.removed[0].id]))
    assert library.articles.get(article_id).article.title == "Our trust study"
    library.apply(done.undo)
    assert library.articles.get(article_id).article.title == "On trust"


def test_naming_it_what_the_import_found_goes_back_to_the_import(library: Library) -> None:
    article_id = library.articles.add(make_article()).article_id
    library.articles.rename(article_id, "Our trust study")
    library.articles.rename(article_id, "On trust")
    renamed = make_article()
    renamed = build_article(
        [BlockDraft("paragraph", p) for p in BODY], title="Trust, again", source=renamed.source
    )
    library.articles.add(renamed)
    assert library.articles.get(article_id).article.title == "Trust, again"


def test_an_empty_or_endless_name_is_refused(library: Library) -> None:
    from guides.library import InvalidValueError

    article_id = library.articles.add(make_article()).article_id
    with pytest.raises(InvalidValueError):
        library.articles.rename(article_id, "   ")
    with pytest.raises(InvalidValueError):
        library.articles.rename(article_id, "x" * 301)
    with pytest.raises(NotFoundError):
        library.articles.rename(article_id + 1, "Elsewhere")


def test_a_guide_carries_its_articles_name_as_it_is_now(library: Library) -> None:
    article_id = library.articles.add(make_article()).article_id
    guide = {"title": "On trust", "sections": [{"key": "open", "questions": [{"id": "q1", "text": "Why?"}]}]}
    library.guides.save_generated(article_id, "group", guide)
    done = library.articles.rename(article_id, "Our trust study")
    assert library.guides.get(article_id, "group").guide["title"] == "Our trust study"
    assert library.guides.get(article_id, "group").generated["title"] == "On trust"
    library.apply(done.undo)
    assert library.guides.get(article_id, "group").guide["title"] == "On trust"
