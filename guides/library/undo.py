"""Undo as data: every change the window makes returns the operation that reverses it.

The operations are frozen dataclasses, not closures, so they can be logged,
compared in tests and kept in a QUndoStack by ``desktop/``. Applying an
operation (``Library.apply``) runs it in one transaction and
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
    from guides.library.records import Annotation, QuestionEdit, Series

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
class TrashArticle:
    """Move the article, with its guides, highlights and notes, to the library's trash."""

    article_id: int


@dataclass(frozen=True)
class RestoreArticle:
    """Bring the article back from the trash exactly as it was when it went in."""

    article_id: int


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
    | TrashArticle
    | RestoreArticle
    | Batch
)


@dataclass(frozen=True)
class Undoable(Generic[T]):
    """What a change produced, the operation that undoes it, and a label for the Edit menu."""

    value: T
    undo: Operation
    label: str
