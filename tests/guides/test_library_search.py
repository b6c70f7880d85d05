"""Full-text search: accents, snippets, notes and questions, filters, and nothing removed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guides.article import Article, BlockDraft, Removed, build_article, removed_id
from guides.library import Library
from guides.library.search import fts_query


def make_article(title: str, paragraphs: list[str], source: str, removed: list[str] = ()) -> Article:  # type: ignore[assignment]
    pieces = [
        Removed(
            id=removed_id("comment", text, len(paragraphs)),
            kind="comment",
            text=text,
            reason="reader comment",
            position=len(paragraphs),
            spam="casino" in text,
        )
        for text in removed
    ]
    return build_article(
        [BlockDraft("paragraph", p) for p in paragraphs], title=title, source=source, removed=pieces
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as lib:
        yield lib


@pytest.fixture
def ids(library: Library) -> dict[str, int]:
    trust = make_article(
        "Trust at home",
        ["Trust grows when a café conversation turns honest.", "Listen to each other before answering."],
        "/trust.txt",
        removed=["Wonderful zebra post, visit my casino", "Thanks, this helped our marriage"],
    )
    genesis = make_article(
        "Genèse et promesse",
        ["La Genèse raconte une promesse faite à Abraham.", "Patience is a quiet kind of trust."],
        "/genese.txt",
    )
    a = library.articles.add(trust, tags=["marriage"]).article_id
    b = library.articles.add(genesis, tags=["bible"]).article_id
    return {"trust": a, "genesis": b}


def test_accents_do_not_matter_either_way(library: Library, ids: dict[str, int]) -> None:
    assert [h.article_id for h in library.search("cafe")] == [ids["trust"]]
    assert [h.article_id for h in library.search("genese")] == [ids["genesis"]]
    assert [h.article_id for h in library.search("Genèse")] == [ids["genesis"]]
    assert [h.article_id for h in library.search("CAFÉ")] == [ids["trust"]]


def test_hits_have_a_snippet_with_the_match_marked(library: Library, ids: dict[str, int]) -> None:
    (hit,) = library.search("honest")
    assert hit.kind == "article" and hit.title == "Trust at home" and hit.ref == str(ids["trust"])
    assert "[honest]" in hit.snippet
    (marked,) = library.search("honest", mark=("<b>", "</b>"))
    assert "<b>honest</b>" in marked.snippet


def test_removed_comments_and_spam_are_never_found(library: Library, ids: dict[str, int]) -> None:
    assert library.search("zebra") == []
    assert library.search("casino") == []
    assert library.search("helped") == []


def test_notes_are_found_and_filtered_by_reader(library: Library, ids: dict[str, int]) -> None:
    anna = library.annotations.add_quote(
        ids["trust"], "Listen to each other", note="Our weak spot", reader="Anna"
    )
    library.annotations.add_quote(ids["genesis"], "quiet kind", note="A weak moment for me", reader="Ben")
    found = library.search("weak")
    assert {h.kind for h in found} == {"note"} and len(found) == 2
    (hit,) = library.search("weak", reader="Anna")
    assert hit.ref == str(anna.value.id) and hit.article_id == ids["trust"] and "[weak]" in hit.snippet
    assert library.search("trust", reader="Anna") == []  # a reader filter keeps only their notes


def test_an_edited_or_deleted_note_is_reindexed(library: Library, ids: dict[str, int]) -> None:
    note = library.annotations.add_quote(ids["trust"], "Listen to each other", note="zucchini").value
    library.annotations.edit(note.id, note="pumpkin")
    assert library.search("zucchini") == [] and len(library.search("pumpkin")) == 1
    library.annotations.delete(note.id)
    assert library.search("pumpkin") == []


def test_guide_questions_are_found_as_edited(library: Library, ids: dict[str, int]) -> None:
    guide = {
        "sections": [
            {
                "key": "talk",
                "questions": [
                    {"id": "q1", "text": "What builds trellis?"},
                    {"id": "q2", "text": "Why wait?"},
                ],
            }
        ]
    }
    library.guides.save_generated(ids["trust"], "group", guide)
    (hit,) = library.search("trellis")
    assert hit.kind == "question" and hit.ref == "group/q1"
    library.guides.edit_text(ids["trust"], "group", "q1", "What builds a hedge?")
    assert library.search("trellis") == [] and library.search("hedge")[0].ref == "group/q1"
    library.guides.delete_question(ids["trust"], "group", "q2")
    assert library.search("wait") == []
    library.guides.add_question(ids["trust"], "group", "talk", "Where is the orchard?")
    assert library.search("orchard")[0].kind == "question"


def test_filters_by_tag_series_and_kind(library: Library, ids: dict[str, int]) -> None:
    assert {h.article_id for h in library.search("trust")} == {ids["trust"], ids["genesis"]}
    assert [h.article_id for h in library.search("trust", tag="bible")] == [ids["genesis"]]
    series = library.series.create("Week by week", article_ids=(ids["trust"],))
    assert [h.article_id for h in library.search("trust", series_id=series.id)] == [ids["trust"]]
    library.annotations.add_quote(ids["genesis"], "quiet kind", note="trust again")
    assert {h.kind for h in library.search("trust", kinds=["note"])} == {"note"}
    assert library.search("trust", kinds=[]) == []


def test_a_note_tag_filters_notes_too(library: Library, ids: dict[str, int]) -> None:
    library.annotations.add_quote(ids["genesis"], "quiet kind", note="patience note", tags=["week 2"])
    (hit,) = library.search("patience", tag="week 2")
    assert hit.kind == "note"


def test_reimport_updates_the_index(library: Library, ids: dict[str, int]) -> None:
    library.articles.add(
        make_article("Trust at home", ["Completely new words about gardening."], "/trust.txt")
    )
    assert library.search("honest") == []
    assert library.search("gardening")[0].article_id == ids["trust"]


def test_prefix_phrase_and_or(library: Library, ids: dict[str, int]) -> None:
    assert [h.article_id for h in library.search("promes*")] == [ids["genesis"]]
    assert [h.article_id for h in library.search('"café conversation"')] == [ids["trust"]]
    assert library.search('"conversation café"') == []
    assert {h.article_id for h in library.search("honest OR abraham")} == {ids["trust"], ids["genesis"]}


@pytest.mark.parametrize("query", ['"', "AND", "NOT (", "*", "trust -", "a:b", "NEAR(", "", "   "])
def test_what_a_reader_types_never_raises(library: Library, ids: dict[str, int], query: str) -> None:
    library.search(query)


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('trust "kept promise" pray*') == '"trust" "kept promise" "pray"*'
    assert fts_query('say "hi"" there') == '"say" "hi" "there"'
    assert fts_query("OR trust OR") == '"trust"'


def test_a_title_match_ranks_above_a_body_match(library: Library) -> None:
    body = make_article("Evening habits", ["Hospitality is a habit of open doors."], "/body.txt")
    title = make_article("Hospitality", ["A short piece about open doors and tables."], "/title.txt")
    library.articles.add(body)
    title_id = library.articles.add(title).article_id
    assert library.search("hospitality")[0].article_id == title_id


def test_a_word_on_every_line_of_a_long_article_is_found_at_once(library: Library) -> None:
    """FTS5's snippet takes the square of a word's occurrences in one row; a long text is indexed in parts."""
    import time

    paragraphs = ["We kept the small promises and said the kind words again."] * 12_000
    paragraphs[9_000] = "Near the end the rare zebra crossing appears once."
    book = library.articles.add(make_article("A long book", paragraphs, "/book.txt")).article_id
    library.articles.add(make_article("A short note", ["The promises we keep."], "/note.txt"))
    started = time.monotonic()
    hits = library.search("the")
    assert time.monotonic() - started < 20  # a hang guard: this took minutes in one row
    assert sorted(h.article_id for h in hits).count(book) == 1
    assert [(h.article_id, h.ref) for h in library.search("zebra")] == [(book, str(book))]
    assert "[zebra]" in library.search("zebra")[0].snippet


def test_a_shorter_reimport_leaves_no_old_parts_behind(library: Library) -> None:
    long = make_article("Drafts", ["An early draft about patience and quiet trust."] * 4_000, "/d.txt")
    article_id = library.articles.add(long).article_id
    library.articles.add(make_article("Drafts", ["The final word on kindness."], "/d.txt"))
    assert library.search("patience") == []
    assert [h.article_id for h in library.search("kindness")] == [article_id]
