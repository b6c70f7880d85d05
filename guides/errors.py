"""The errors the engine raises for input it cannot use.

Every importer raises only :class:`ArticleImportError` (or a subclass) for bad
input; the message is one line a reader understands, and the CLI and the app
show it as it is. It is deliberately not a subclass of the built-in
``ImportError``, which Python reserves for failed module imports: an
``except ImportError`` around an optional dependency must never swallow a
damaged e-book.
"""

from __future__ import annotations


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
