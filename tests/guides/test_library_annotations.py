"""Highlights and notes: readers, colours, tags, quotes, orphans and re-attaching."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guides.article import Article, BlockDraft, build_article
from guides.library import (
    AmbiguousQuoteError,
    InvalidValueError,
    Library,
    NotFoundError,
    QuoteNotFoundError,
    find_quote,
)

BODY = [
    "Trust grows slowly in a marriage, one kept promise at a time.",
    "Listen when your partner is struggling, and do not rush to fix it.",
    "Each evening, name one thing your partner did that you were grateful for.",
]


def make_article(paragraphs: list[str] = BODY) -> Article:
    return build_article(
        [BlockDraft("paragraph", p) for p in paragraphs], title="On trust", source="/trust.txt"
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as lib:
        yield lib


@pytest.fixture
def article_id(library: Library) -> int:
    return library.articles.add(make_article()).article_id


def test_a_highlight_and_a_note_by_two_readers(library: Library, article_id: int) -> None:
    text = library.articles.text(article_id)
    start = text.index("kept promise")
    anna = library.annotations.add(article_id, start, start + 12, reader="Anna", color="green").value
    ben = library.annotations.add_quote(
        article_id, "do not rush", note="I do this", reader="Ben", tags=["me"]
    ).value
    assert anna.kind == "highlight" and anna.color == "green" and anna.reader == "Anna"
    assert ben.kind == "note" and ben.note == "I do this" and ben.tags == ("me",)
    assert text[ben.start or 0 : ben.end or 0] == "do not rush"
    assert ben.anchor.prefix and ben.anchor.suffix and ben.status == "anchored" and ben.confidence == 1.0
    assert [a.id for a in library.annotations.for_article(article_id)] == [anna.id, ben.id]
    assert [a.id for a in library.annotations.for_article(article_id, reader="ben")] == [ben.id]
    assert [r.name for r in library.readers.all()] == ["Anna", "Ben"]


def test_reader_names_are_one_profile_whatever_the_case(library: Library, article_id: int) -> None:
    library.annotations.add_quote(article_id, "kept promise", reader="Anna")
    library.annotations.add_quote(article_id, "do not rush", reader="anna")
    assert [r.name for r in library.readers.all()] == ["Anna"]


def test_readers_can_be_renamed_and_deleted_without_losing_notes(library: Library, article_id: int) -> None:
    note = library.annotations.add_quote(article_id, "kept promise", reader="Anna").value
    anna = library.readers.all()[0]
    library.readers.rename(anna.id, "Anna B.")
    assert library.annotations.get(note.id).reader == "Anna B."
    library.readers.add("Ben")
    with pytest.raises(InvalidValueError):
        library.readers.rename(anna.id, "ben")
    library.readers.delete(anna.id)
    assert library.annotations.get(note.id).reader is None


def test_only_palette_colours_are_accepted(library: Library, article_id: int) -> None:
    with pytest.raises(InvalidValueError, match="yellow, green"):
        library.annotations.add_quote(article_id, "kept promise", color="chartreuse")
    assert library.annotations.add_quote(article_id, "kept promise", color="Blue").value.color == "blue"


def test_a_range_outside_the_text_is_refused(library: Library, article_id: int) -> None:
    with pytest.raises(InvalidValueError):
        library.annotations.add(article_id, 10, 10_000)
    with pytest.raises(NotFoundError):
        library.annotations.add(999, 0, 5)


def test_find_quote_matches_across_whitespace_and_reports_ambiguity() -> None:
    text = "Pray together.\n\nThen pray\ntogether again."
    assert find_quote(text, "Then pray together") == (16, 34)
    with pytest.raises(AmbiguousQuoteError) as caught:
        find_quote(text, "together")
    assert caught.value.count == 2
    assert find_quote(text, "together", occurrence=2) == (26, 34)
    with pytest.raises(QuoteNotFoundError):
        find_quote(text, "fasting")
    with pytest.raises(InvalidValueError):
        find_quote(text, "together", occurrence=3)


def test_edit_changes_only_what_is_given(library: Library, article_id: int) -> None:
    note = library.annotations.add_quote(article_id, "kept promise", reader="Anna", tags=["a"]).value
    edited = library.annotations.edit(note.id, note="Ours", color="pink").value
    assert (edited.note, edited.color, edited.reader, edited.tags) == ("Ours", "pink", "Anna", ("a",))
    assert edited.created_at == note.created_at
    cleared = library.annotations.edit(note.id, reader=None, tags=[]).value
    assert cleared.reader is None and cleared.tags == ()


def test_a_note_whose_passage_is_gone_becomes_an_orphan_and_can_be_reattached(
    library: Library, article_id: int
) -> None:
    note = library.annotations.add_quote(article_id, "name one thing your partner did", note="Try it").value
    result = library.articles.add(make_article([*BODY[:2], "A closing thought about patience."]))
    assert result.reanchored.orphaned == 1
    orphan = library.annotations.get(note.id)
    assert orphan.status == "orphan" and orphan.start is None and orphan.end is None
    assert orphan.quote == "name one thing your partner did" and orphan.note == "Try it"
    assert library.annotations.orphans(article_id) == [orphan]
    assert library.annotations.for_article(article_id)[-1].id == note.id  # orphans come last
    text = library.articles.text(article_id)
    start = text.index("patience")
    attached = library.annotations.reattach(note.id, start, start + len("patience")).value
    assert attached.status == "anchored" and attached.quote == "patience" and attached.confidence == 1.0


def test_an_orphan_comes_back_when_its_passage_does(library: Library, article_id: int) -> None:
    note = library.annotations.add_quote(article_id, "name one thing your partner did").value
    library.articles.add(make_article(BODY[:2]))
    assert library.annotations.get(note.id).status == "orphan"
    back = library.articles.add(make_article(BODY))
    assert back.reanchored.recovered == 1
    restored = library.annotations.get(note.id)
    assert restored.status == "anchored" and restored.start == note.start


def test_a_reimport_never_moves_a_note_to_a_look_alike(library: Library) -> None:
    original = [
        "Robin met the group on Tuesday and asked whether Robin had read it.",
        "Listen when your partner is struggling.",
    ]
    article_id = library.articles.add(make_article(original)).article_id
    text = library.articles.text(article_id)
    second = text.index("Robin", 1)
    note = library.annotations.add(article_id, second, second + 5, note="Who is this?").value
    corrected = [original[0][:second] + "Elisa" + original[0][second + 5 :], original[1]]
    library.articles.add(make_article(corrected))
    assert library.annotations.get(note.id).status == "orphan"


def test_a_fuzzily_moved_note_reports_its_confidence(library: Library, article_id: int) -> None:
    note = library.annotations.add_quote(
        article_id, "Listen when your partner is struggling, and do not rush"
    ).value
    edited = [BODY[0], BODY[1].replace("Listen when", "Listen whenever"), BODY[2]]
    result = library.articles.add(make_article(edited))
    assert result.reanchored.fuzzy == 1
    moved = library.annotations.get(note.id)
    assert moved.status == "anchored" and 0.6 <= moved.confidence < 1.0
    assert moved.quote.startswith("Listen whenever")


def test_deleting_an_unknown_annotation_raises(library: Library) -> None:
    with pytest.raises(NotFoundError):
        library.annotations.delete(7)


def test_loading_an_article_with_many_annotations(library: Library, article_id: int) -> None:
    text = library.articles.text(article_id)
    for i in range(200):
        library.annotations.add(article_id, i % 50, i % 50 + 5, reader="Anna" if i % 2 else "Ben")
    loaded = library.annotations.for_article(article_id)
    assert len(loaded) == 200
    assert all(text[a.start or 0 : a.end or 0] == a.quote for a in loaded)
