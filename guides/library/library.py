"""The library: one SQLite file holding articles, guides, highlights, notes and series.

Open it with :func:`open_library` (the app's data folder, or
``PORCHLIGHT_HOME``) or ``Library(path)``; use it as a context manager or
call :meth:`Library.close`. The parts are attributes, one per concept::

    with open_library() as library:
        saved = library.articles.add(article, tags=["marriage"])
        done = library.annotations.add(saved.article_id, 120, 164, note="Talk about this", reader="Anna")
        hits = library.search("trust", reader="Anna")
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guides import paths
from guides.library import search as _search
from guides.library.annotations import AnnotationStore, article_text
from guides.library.answers import AnswerStore
from guides.library.articles import ArticleStore, ArticleSummary
from guides.library.db import DEFAULT_BUSY_TIMEOUT, Clock, Database, utc_now
from guides.library.derived import DerivedStore
from guides.library.errors import AnnotationFileError
from guides.library.guides_store import GuideStore
from guides.library.readers import ReaderStore
from guides.library.records import Annotation
from guides.library.series import SeriesStore

if TYPE_CHECKING:
    from guides.library.backup import BackupInfo
    from guides.library.trash import TrashStore
    from guides.library.undo import Operation  # made by the writes only: a start loads none


@dataclass(frozen=True)
class AnnotatedArticle:
    """An article with its highlights and notes, as one read saw them."""

    article: ArticleSummary
    text: str
    annotations: tuple[Annotation, ...]


@dataclass(frozen=True)
class AnnotationImport:
    """What importing an annotation file did."""

    added: int
    already_there: int
    orphaned: int


class Library:
    """A Porchlight library file, opened, checked and migrated.

    Raises :class:`~guides.library.errors.NotALibraryError` for another
    program's file and :class:`~guides.library.errors.LibraryTooNewError` for
    a library from a newer Porchlight, without changing either. With
    ``read_only`` nothing is ever written to the file (a missing library
    reads as empty and is not made); a library on a read-only disk opens so
    by itself. Either way :attr:`read_only` says why writes are refused.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        clock: Clock = utc_now,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        self.db = Database(self.path, busy_timeout=busy_timeout, clock=clock, read_only=read_only)
        self.readers = ReaderStore(self.db)
        self.articles = ArticleStore(self.db)
        self.annotations = AnnotationStore(self.db)
        self.guides = GuideStore(self.db)
        self.series = SeriesStore(self.db)
        self.answers = AnswerStore(self.db)
        self.derived = DerivedStore(self.db)

    # The trash, backups and annotation files are loaded when first used: a start needs none of them.

    @cached_property
    def trash(self) -> TrashStore:
        from guides.library.trash import TrashStore

        return TrashStore(self.db)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def read_only(self) -> str | None:
        """Why the library cannot be changed (a read-only disk, or opened to read), or None."""
        return self.db.read_only

    @property
    def backups_dir(self) -> Path:
        """Where automatic backups go: ``backups/`` beside the library file."""
        return self.path.parent / paths.BACKUPS_DIR

    # --- search ------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        kinds: Iterable[_search.HitKind] | None = None,
        tag: str | None = None,
        reader: str | None = None,
        series_id: int | None = None,
        limit: int = 50,
        mark: tuple[str, str] = ("[", "]"),
    ) -> list[_search.SearchHit]:
        """Full-text search across articles, notes and guide questions (see :mod:`.search`)."""
        with self.db.read() as conn:
            return _search.search(
                conn, query, kinds=kinds, tag=tag, reader=reader, series_id=series_id, limit=limit, mark=mark
            )

    # --- undo --------------------------------------------------------------------

    def apply(self, operation: Operation) -> Operation:
        """Apply an undo (or redo) operation in one transaction; returns the operation that reverses it."""
        with self.db.write():
            return self._apply(operation)

    def _apply(self, operation: Operation) -> Operation:
        from guides.library.undo import (
            Batch,
            DeleteAnnotation,
            PutAnnotation,
            PutAnswer,
            PutArticleTitle,
            PutQuestionEdit,
            PutSectionOrder,
            PutSeries,
            TrashArticle,
        )

        if isinstance(operation, Batch):
            inverses = [self._apply(op) for op in operation.operations]
            return Batch(tuple(reversed(inverses)))
        if isinstance(operation, PutAnnotation):
            return self.annotations.put(operation.annotation)
        if isinstance(operation, DeleteAnnotation):
            return self.annotations.remove(operation.annotation_id)
        if isinstance(operation, PutArticleTitle):
            return self.articles.put_title(operation.article_id, operation.title)
        if isinstance(operation, PutSeries):
            return self.series.put(operation.series_id, operation.series)
        if isinstance(operation, PutAnswer):
            return self.answers.put(operation.article_id, operation.audience, operation.key, operation.text)
        if isinstance(operation, PutQuestionEdit):
            return self.guides.put_edit(
                operation.article_id, operation.audience, operation.question_id, operation.edit
            )
        if isinstance(operation, PutSectionOrder):
            return self.guides.put_order(
                operation.article_id, operation.audience, operation.section, operation.question_ids
            )
        if isinstance(operation, TrashArticle):
            return self.trash.put_away(operation.article_id)
        return self.trash.bring_back(operation.article_id)

    # --- annotations out (guides.export.notes writes them) and in -------------------

    def annotated(self, article_id: int) -> AnnotatedArticle:
        """The article's summary, text and annotations, read together (what an export of notes needs)."""
        with self.db.read() as conn:
            return AnnotatedArticle(
                self.articles.get(article_id).summary,
                article_text(conn, article_id),
                tuple(self.annotations.for_article(article_id)),
            )

    def import_jsonld(self, article_id: int, data: Any) -> AnnotationImport:
        """Add the annotations of a W3C JSON-LD document (parsed JSON, or its text) to an article.

        Every annotation is checked before any is written; a malformed file
        raises :class:`AnnotationFileError` and changes nothing. Annotations
        already on this article (the same id) are left as they are; ones
        that are on another article are added as copies with new ids.
        """
        if isinstance(data, str | bytes):
            try:
                data = json.loads(data)
            except ValueError as err:
                raise AnnotationFileError(
                    f"The annotation file is not valid JSON ({err}); nothing was imported."
                ) from None
        from guides.library.annotation_import import parse_jsonld, placed_annotation

        parsed = parse_jsonld(data)
        added = already = orphaned = 0
        with self.db.write() as conn:
            text = article_text(conn, article_id)
            for item in parsed:
                existing = self.annotations.find_uid(item.uid) if item.uid is not None else None
                if existing is not None and existing.article_id == article_id:
                    already += 1
                    continue
                if existing is not None:  # a copy onto another article: it needs an id of its own
                    item = replace(item, uid=None)
                ident = self.annotations.next_id(conn)
                annotation = placed_annotation(
                    item, ident=ident, article_id=article_id, text=text, now=self.db.now()
                )
                self.annotations.put(annotation)
                added += 1
                orphaned += annotation.status == "orphan"
        return AnnotationImport(added, already, orphaned)

    # --- backups -------------------------------------------------------------------

    def backup(
        self,
        destination: str | os.PathLike[str],
        *,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Path:
        """Write the whole library to one file (atomically) in an existing folder; returns its path.

        ``cancelled`` is checked between steps (a cancelled backup writes nothing); ``progress``
        hears how far it got.
        """
        from guides.library import backup

        return backup.backup_to(
            self.db, destination, make_folder=False, cancelled=cancelled, progress=progress
        )

    def restore(self, source: str | os.PathLike[str], *, keep_copy: bool = True) -> BackupInfo:
        """Replace the library with a backup; a bad backup changes nothing.

        With ``keep_copy`` the current library is saved in :attr:`backups_dir` first.
        """
        from guides.library import backup

        return backup.restore_from(self.db, source, keep_copy_in=self.backups_dir if keep_copy else None)

    def rotate_backups(self, *, keep: int | None = None, today: date | None = None) -> Path | None:
        """Make today's automatic backup if it is missing, keeping the newest ``keep`` days
        (:data:`guides.library.backup.DEFAULT_KEEP` when not given)."""
        from guides.library import backup

        keep = backup.DEFAULT_KEEP if keep is None else keep
        return backup.rotate_backups(self.db, self.backups_dir, keep=keep, today=today)

    def integrity_problems(self) -> list[str]:
        """What SQLite's integrity check finds; empty when the file is sound."""
        return self.db.integrity_problems()


def open_library(path: str | os.PathLike[str] | None = None, **options: Any) -> Library:
    """Open the library at ``path``, or the app's own (``PORCHLIGHT_HOME`` or the user data folder)."""
    return Library(paths.library_path() if path is None else path, **options)
