"""The errors the engine raises for input it cannot use, and the library's and its folder's base.

Every importer raises only :class:`ArticleImportError` (or a subclass) for bad
input; the message is one line a reader understands, and the CLI and the app
show it as it is. It is deliberately not a subclass of the built-in
``ImportError``, which Python reserves for failed module imports: an
``except ImportError`` around an optional dependency must never swallow a
damaged e-book.
"""

from __future__ import annotations

import re

MESSAGE_LIMIT = 300
"""A refusal longer than this is cut: it is read in a status bar or one terminal line."""

_NOT_PRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]+")


def short_name(name: str, limit: int = 60) -> str:
    """A file, part or chapter name fit to quote in a message: printable, one line, at most ``limit``.

    Names come from the file (a zip entry, a chapter's path) and so can be
    anything: tens of thousands of characters, control characters, newlines.
    """
    clean = " ".join(_NOT_PRINTABLE.sub(" ", name).split())
    return clean if len(clean) <= limit else clean[: limit - 1].rstrip() + "…"


def one_line(message: str, limit: int = MESSAGE_LIMIT) -> str:
    """``message`` as one printable line of at most ``limit`` characters: the last guard before a reader."""
    return short_name(message, limit)


class ArticleImportError(Exception):
    """The source could not be turned into an article. ``str(err)`` is for the reader."""


class EmptySourceError(ArticleImportError):
    """The file, page or paste holds no text at all."""


class UnsupportedSourceError(ArticleImportError):
    """A binary, an image, or a format Porchlight does not read."""


class SourceTooLargeError(ArticleImportError):
    """Larger than Porchlight will read (a file, a download, or an archive's contents)."""


class DamagedDocumentError(ArticleImportError):
    """A truncated or malformed EPUB, DOCX or other document."""


class NoArticleTextError(ArticleImportError):
    """The source was read, but nothing in it looks like an article."""


class FetchError(ArticleImportError):
    """A URL could not be fetched."""


class FetchTimeoutError(FetchError):
    """The server did not answer in time."""


class OfflineError(FetchError):
    """The computer could not reach the server (offline, or the name does not resolve)."""


class HttpStatusError(FetchError):
    """The server answered with an error status (404, 500, ...)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class NotTextContentError(FetchError):
    """The URL serves something that is not a page or text (an image, a video, ...)."""


class BudgetExceededError(SourceTooLargeError):
    """The source is readable, but too large (or took too long) for a guide to be made from it.

    Raised before the work that would take minutes begins, or when a stage's
    time budget runs out; the message says what the limit is.
    """


class CancelledError(ArticleImportError):
    """The reader cancelled the work; nothing was changed."""


class LibraryError(Exception):
    """The library could not do what was asked. ``str(err)`` is for the reader.

    It lives here, below every layer, because Porchlight's folder (:mod:`guides.paths`) raises
    one too; the library's own refusals are its subclasses in :mod:`guides.library.errors`.
    """


class HomeFolderError(LibraryError):
    """Porchlight's folder (``PORCHLIGHT_HOME`` or the user data folder) cannot be made or written."""
