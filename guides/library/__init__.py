"""The library: a crash-safe SQLite store of articles, guides, highlights and notes.

The names are loaded on first use: opening the library and reading what a start shows must not
load the backups, the trash or the annotation files (as in :mod:`guides.guide`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guides.lazy import lazy_names

if TYPE_CHECKING:
    from guides.library.anchoring import Anchor, OffsetMap, Placement, anchor_at, place
    from guides.library.annotations import DEFAULT_COLOR, PALETTE, ReanchorReport, find_quote
    from guides.library.articles import ArticleSummary, SaveResult, StoredArticle
    from guides.library.backup import BackupInfo, inspect_backup
    from guides.library.errors import (
        AmbiguousQuoteError,
        AnnotationFileError,
        BackupError,
        InvalidValueError,
        LibraryBusyError,
        LibraryDamagedError,
        LibraryError,
        LibraryTooNewError,
        NotALibraryError,
        NotFoundError,
        QuoteNotFoundError,
        StaleOperationError,
    )
    from guides.library.guides_store import GuideVersion, StoredGuide, apply_edits
    from guides.library.library import AnnotatedArticle, AnnotationImport, Library, open_library
    from guides.library.readers import Reader
    from guides.library.records import Annotation, QuestionEdit, Series
    from guides.library.schema import SCHEMA_VERSION
    from guides.library.search import SearchHit
    from guides.library.trash import TrashedArticle
    from guides.library.undo import (
        Batch,
        DeleteAnnotation,
        Operation,
        PutAnnotation,
        PutAnswer,
        PutArticleTitle,
        PutQuestionEdit,
        PutSectionOrder,
        PutSeries,
        RestoreArticle,
        TrashArticle,
        Undoable,
    )

_MODULES = {
    "guides.library.anchoring": ("Anchor", "OffsetMap", "Placement", "anchor_at", "place"),
    "guides.library.annotations": ("DEFAULT_COLOR", "PALETTE", "ReanchorReport", "find_quote"),
    "guides.library.articles": ("ArticleSummary", "SaveResult", "StoredArticle"),
    "guides.library.backup": ("BackupInfo", "inspect_backup"),
    "guides.library.errors": (
        "AmbiguousQuoteError",
        "AnnotationFileError",
        "BackupError",
        "InvalidValueError",
        "LibraryBusyError",
        "LibraryDamagedError",
        "LibraryError",
        "LibraryTooNewError",
        "NotALibraryError",
        "NotFoundError",
        "QuoteNotFoundError",
        "StaleOperationError",
    ),
    "guides.library.guides_store": ("GuideVersion", "StoredGuide", "apply_edits"),
    "guides.library.library": ("AnnotatedArticle", "AnnotationImport", "Library", "open_library"),
    "guides.library.readers": ("Reader",),
    "guides.library.records": ("Annotation", "QuestionEdit", "Series"),
    "guides.library.schema": ("SCHEMA_VERSION",),
    "guides.library.search": ("SearchHit",),
    "guides.library.trash": ("TrashedArticle",),
    "guides.library.undo": (
        "Batch",
        "DeleteAnnotation",
        "Operation",
        "PutAnnotation",
        "PutAnswer",
        "PutArticleTitle",
        "PutQuestionEdit",
        "PutSectionOrder",
        "PutSeries",
        "RestoreArticle",
        "TrashArticle",
        "Undoable",
    ),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "DEFAULT_COLOR",
    "PALETTE",
    "SCHEMA_VERSION",
    "AmbiguousQuoteError",
    "Anchor",
    "AnnotatedArticle",
    "Annotation",
    "AnnotationFileError",
    "AnnotationImport",
    "ArticleSummary",
    "BackupError",
    "BackupInfo",
    "Batch",
    "DeleteAnnotation",
    "GuideVersion",
    "InvalidValueError",
    "Library",
    "LibraryBusyError",
    "LibraryDamagedError",
    "LibraryError",
    "LibraryTooNewError",
    "NotALibraryError",
    "NotFoundError",
    "OffsetMap",
    "Operation",
    "Placement",
    "PutAnnotation",
    "PutAnswer",
    "PutArticleTitle",
    "PutQuestionEdit",
    "PutSectionOrder",
    "PutSeries",
    "QuestionEdit",
    "QuoteNotFoundError",
    "Reader",
    "ReanchorReport",
    "RestoreArticle",
    "SaveResult",
    "SearchHit",
    "Series",
    "StaleOperationError",
    "StoredArticle",
    "StoredGuide",
    "TrashArticle",
    "TrashedArticle",
    "Undoable",
    "anchor_at",
    "apply_edits",
    "find_quote",
    "inspect_backup",
    "open_library",
    "place",
]


__getattr__ = lazy_names(__name__, _HOME)
