"""Undo as data: every change the window makes returns the operation that reverses it.

The operations are frozen dataclasses, not closures, so they can be logged,
compared in tests and kept in a QUndoStack by ``desktop/``. Applying an
operation (:func:`apply`, or ``Library.apply``) runs it in one transaction and
returns *its* inverse, so undo and redo are the same call::

    done = library.annotations.add(article_id, 10, 42, note="Read this together")
    redo = library.apply(done.undo)   # the annotation is gone
    undo = library.apply(redo)        # it is back, with the same id

Each operation states the whole value it writes (the annotation as it was,
the question edit as it was), so applying it twice is harmless and an undo
never depends on what happened in between.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar

if TYPE_CHECKING:
    from guides.library.annotations import Annotation
    from guides.library.guides_store import QuestionEdit
    from guides.library.library import Library
    from guides.library.series import Series

T = TypeVar("T")


@dataclass(frozen=True)
class PutAnnotation:
    """Write this annotation exactly (insert it, or overwrite the one with its id)."""

    annotation: Annotation


@dataclass(frozen=True)
class DeleteAnnotation:
    """Delete the annotation with this id."""

    annotation_id: int


@dataclass(frozen=True)
class PutQuestionEdit:
    """Set the reader's edit of one guide question; ``edit`` None removes it."""

    article_id: int
    audience: str
    question_id: str
    edit: QuestionEdit | None


@dataclass(frozen=True)
class PutSectionOrder:
    """Set the reader's order of one guide section; ``question_ids`` None drops it."""

    article_id: int
    audience: str
    section: str
    question_ids: tuple[str, ...] | None


@dataclass(frozen=True)
class PutArticleTitle:
    """Set the name the reader gave an article; ``title`` None goes back to the imported one."""

    article_id: int
    title: str | None


@dataclass(frozen=True)
class PutSeries:
    """Write the series with this id exactly as given (its name and articles in order); None deletes it."""

    series_id: int
    series: Series | None


@dataclass(frozen=True)
class PutAnswer:
    """Set what is written on one line of a guide (an "I will ..."); ``text`` None clears it."""

    article_id: int
    audience: str
    key: str
    text: str | None


@dataclass(frozen=True)
class Batch:
    """Several operations applied together, in order, in one transaction."""

    operations: tuple[Operation, ...]


Operation: TypeAlias = (
    PutAnnotation
    | DeleteAnnotation
    | PutQuestionEdit
    | PutSectionOrder
    | PutArticleTitle
    | PutSeries
    | PutAnswer
    | Batch
)


@dataclass(frozen=True)
class Undoable(Generic[T]):
    """What a change produced, the operation that undoes it, and a label for the Edit menu."""

    value: T
    undo: Operation
    label: str


def apply(library: Library, operation: Operation) -> Operation:
    """Apply ``operation`` in one transaction and return the operation that reverses it."""
    with library.db.write():
        return _apply(library, operation)


def _apply(library: Library, operation: Operation) -> Operation:
    if isinstance(operation, Batch):
        inverses = [_apply(library, op) for op in operation.operations]
        return Batch(tuple(reversed(inverses)))
    if isinstance(operation, PutAnnotation):
        return library.annotations.put(operation.annotation)
    if isinstance(operation, DeleteAnnotation):
        return library.annotations.remove(operation.annotation_id)
    if isinstance(operation, PutArticleTitle):
        return library.articles.put_title(operation.article_id, operation.title)
    if isinstance(operation, PutSeries):
        return library.series.put(operation.series_id, operation.series)
    if isinstance(operation, PutAnswer):
        return library.answers.put(operation.article_id, operation.audience, operation.key, operation.text)
    if isinstance(operation, PutQuestionEdit):
        return library.guides.put_edit(
            operation.article_id, operation.audience, operation.question_id, operation.edit
        )
    return library.guides.put_order(
        operation.article_id, operation.audience, operation.section, operation.question_ids
    )
