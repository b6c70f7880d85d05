"""Undo as data: every change the window makes round-trips through do -> undo -> redo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from guides.article import BlockDraft, build_article
from guides.library import (
    Batch,
    DeleteAnnotation,
    Library,
    PutAnnotation,
    PutQuestionEdit,
    StaleOperationError,
    Undoable,
)

GUIDE = {
    "sections": [
        {"key": "talk", "questions": [{"id": "q1", "text": "What helps?"}, {"id": "q2", "text": "When?"}]},
        {"key": "commit", "questions": [{"id": "q3", "text": "What will you do?"}]},
    ]
}
BODY = ["Trust grows slowly in a marriage.", "Listen when your partner is struggling, and do not rush."]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as lib:
        yield lib


@pytest.fixture
def article_id(library: Library) -> int:
    article = build_article([BlockDraft("paragraph", p) for p in BODY], title="T", source="/t.txt")
    saved = library.articles.add(article)
    library.guides.save_generated(saved.article_id, "couple", GUIDE)
    return saved.article_id


def snapshot(library: Library, article_id: int) -> tuple[Any, ...]:
    """Everything an undo could affect, read back from the file."""
    notes = library.annotations.for_article(article_id)
    stored = library.guides.get(article_id, "couple")
    hits = sorted((h.kind, h.ref) for h in library.search("what OR helps OR ours OR us OR when OR words"))
    return (notes, stored.guide, dict(stored.edits), dict(stored.orders), stored.checked, hits)


def round_trip(library: Library, article_id: int, change: Callable[[], Undoable[Any]]) -> Undoable[Any]:
    before = snapshot(library, article_id)
    done = change()
    after = snapshot(library, article_id)
    assert after != before, "the change changed nothing"
    redo = library.apply(done.undo)
    assert snapshot(library, article_id) == before
    undo_again = library.apply(redo)
    assert snapshot(library, article_id) == after
    library.apply(undo_again)
    assert snapshot(library, article_id) == before
    return done


def test_add_annotation_round_trips_with_the_same_id(library: Library, article_id: int) -> None:
    def add() -> Undoable[Any]:
        return library.annotations.add_quote(article_id, "do not rush", note="Us", reader="Ben")

    done = round_trip(library, article_id, add)
    assert isinstance(done.undo, DeleteAnnotation) and done.label == "Add note"
    # round_trip ends undone; a new annotation never takes the id a redo would bring back.
    assert add().value.id != done.value.id


def test_applying_an_operation_twice_is_harmless(library: Library, article_id: int) -> None:
    done = library.annotations.add_quote(article_id, "do not rush")
    redo = library.apply(done.undo)
    library.apply(done.undo)
    library.apply(redo)
    library.apply(redo)
    assert [a.id for a in library.annotations.for_article(article_id)] == [done.value.id]


def test_edit_annotation_round_trips(library: Library, article_id: int) -> None:
    note = library.annotations.add_quote(article_id, "do not rush", note="Us", tags=["a"]).value
    done = round_trip(
        library,
        article_id,
        lambda: library.annotations.edit(note.id, note="Ours", color="blue", tags=["b"], reader="Anna"),
    )
    assert isinstance(done.undo, PutAnnotation) and done.undo.annotation == note


def test_delete_annotation_round_trips(library: Library, article_id: int) -> None:
    note = library.annotations.add_quote(article_id, "Trust grows", note="Ours", reader="Anna").value
    round_trip(library, article_id, lambda: library.annotations.delete(note.id))


def test_reattach_round_trips(library: Library, article_id: int) -> None:
    note = library.annotations.add_quote(article_id, "Trust grows").value
    round_trip(library, article_id, lambda: library.annotations.reattach(note.id, 0, 5))


@pytest.mark.parametrize(
    "change",
    [
        lambda lib, a: lib.guides.edit_text(a, "couple", "q1", "What helps you two?"),
        lambda lib, a: lib.guides.set_checked(a, "couple", "q2", True),
        lambda lib, a: lib.guides.delete_question(a, "couple", "q2"),
        lambda lib, a: lib.guides.add_question(a, "couple", "talk", "Ours?", index=1),
        lambda lib, a: lib.guides.move_question(a, "couple", "q1", "talk", 1),
        lambda lib, a: lib.guides.move_question(a, "couple", "q1", "commit", 0),
    ],
    ids=["edit text", "check off", "delete", "add", "reorder", "move to another section"],
)
def test_guide_edits_round_trip(
    library: Library, article_id: int, change: Callable[[Library, int], Undoable[Any]]
) -> None:
    round_trip(library, article_id, lambda: change(library, article_id))


def test_undoing_a_reset_brings_back_every_edit(library: Library, article_id: int) -> None:
    library.guides.edit_text(article_id, "couple", "q1", "Reworded")
    library.guides.move_question(article_id, "couple", "q3", "talk", 0)
    library.guides.set_checked(article_id, "couple", "q2", True)
    round_trip(library, article_id, lambda: library.guides.reset(article_id, "couple"))


def test_a_chain_of_undos_returns_to_the_start(library: Library, article_id: int) -> None:
    start = snapshot(library, article_id)
    stack = []
    note = library.annotations.add_quote(article_id, "do not rush", note="Us")
    stack.append(note.undo)
    stack.append(library.annotations.edit(note.value.id, note="Ours").undo)
    stack.append(library.guides.edit_text(article_id, "couple", "q1", "New words").undo)
    stack.append(library.guides.add_question(article_id, "couple", "commit", "Ours?").undo)
    stack.append(library.annotations.delete(note.value.id).undo)
    end = snapshot(library, article_id)
    redos = [library.apply(op) for op in reversed(stack)]
    assert snapshot(library, article_id) == start
    for op in reversed(redos):
        library.apply(op)
    assert snapshot(library, article_id) == end


def test_redo_after_a_reimport_puts_the_note_on_the_current_text(library: Library, article_id: int) -> None:
    done = library.annotations.add_quote(article_id, "do not rush", note="Us")
    redo = library.apply(done.undo)
    moved = build_article(
        [BlockDraft("paragraph", "A new opening."), *(BlockDraft("paragraph", p) for p in BODY)],
        title="T",
        source="/t.txt",
    )
    library.articles.add(moved)
    library.apply(redo)
    note = library.annotations.get(done.value.id)
    assert note.start is not None and moved.text[note.start : note.end] == "do not rush"


def test_an_undo_whose_article_is_gone_is_refused_cleanly(library: Library, article_id: int) -> None:
    done = library.annotations.add_quote(article_id, "do not rush")
    redo = library.apply(done.undo)
    library.articles.delete(article_id)
    with pytest.raises(StaleOperationError):
        library.apply(redo)


def test_operations_are_plain_comparable_data(library: Library, article_id: int) -> None:
    done = library.guides.move_question(article_id, "couple", "q1", "commit", 0)
    assert isinstance(done.undo, Batch)
    assert all(not callable(op) for op in done.undo.operations)
    edit = library.guides.edit_text(article_id, "couple", "q2", "x")
    assert edit.undo == PutQuestionEdit(article_id, "couple", "q2", None)
