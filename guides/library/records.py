"""The values the library stores and its undo operations carry: a note, a question's edit, a series.

They live apart from the stores that read and write them so that
:mod:`guides.library.undo`, whose operations hold them, needs no store, and
every store may return an operation without the two importing each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from guides.library.anchoring import Anchor

Status = Literal["anchored", "orphan"]


@dataclass(frozen=True)
class Annotation:
    """One highlight or note, as stored.

    ``anchor`` holds the W3C selectors of the last place the annotation was
    anchored; for an orphan that place is no longer in the text, so
    :attr:`start` and :attr:`end` are None. ``confidence`` is how sure the
    last re-anchoring was (1.0 when placed by the reader or unchanged; for an
    orphan, the best score any candidate reached).
    """

    id: int
    uid: str
    article_id: int
    reader: str | None
    color: str
    note: str
    anchor: Anchor
    status: Status
    confidence: float
    tags: tuple[str, ...]
    created_at: str
    updated_at: str

    @property
    def kind(self) -> Literal["highlight", "note"]:
        return "note" if self.note.strip() else "highlight"

    @property
    def quote(self) -> str:
        return self.anchor.exact

    @property
    def start(self) -> int | None:
        return self.anchor.start if self.status == "anchored" else None

    @property
    def end(self) -> int | None:
        return self.anchor.end if self.status == "anchored" else None


@dataclass(frozen=True)
class QuestionEdit:
    """The reader's changes to one question. ``added`` holds the whole question if the reader wrote it."""

    text: str | None = None
    deleted: bool = False
    checked: bool = False
    added: Mapping[str, Any] | None = None
    section: str | None = None
    """For an added question, the section it was added to."""

    @property
    def empty(self) -> bool:
        return self.text is None and not self.deleted and not self.checked and self.added is None


@dataclass(frozen=True)
class Series:
    id: int
    name: str
    description: str
    article_ids: tuple[int, ...]
    created_at: str
