"""The errors the library raises. ``str(err)`` is one line for the reader.

Everything the library refuses (a busy or damaged file, a backup from a newer
Porchlight, a malformed annotation file, an id that is not there) raises a
:class:`LibraryError` subclass, and the refusal changes nothing on disk.
"""

from __future__ import annotations

# The base, and the error of Porchlight's folder, are the engine's (guides/errors.py) so that
# guides.paths, below the library, may raise them; they are named here with the library's own.
from guides.errors import HomeFolderError as HomeFolderError
from guides.errors import LibraryError as LibraryError


class LibraryBusyError(LibraryError):
    """Another Porchlight (another window or a script) held the library for too long."""


class NotALibraryError(LibraryError):
    """The file is not a Porchlight library (another program's file, or damaged beyond reading)."""


class LibraryTooNewError(LibraryError):
    """The library or backup was written by a newer Porchlight; this one will not touch it."""

    def __init__(self, message: str, found: int, supported: int) -> None:
        super().__init__(message)
        self.found = found
        self.supported = supported


class LibraryDamagedError(LibraryError):
    """SQLite reports the file as damaged (the integrity check fails)."""


class DiskFullError(LibraryError):
    """The disk is full; the write was rolled back and nothing changed."""


class LibraryReadOnlyError(LibraryError):
    """The library is open read-only (on a read-only disk or folder, or for a command that only reads)."""


class NotFoundError(LibraryError):
    """No article, annotation, reader, series or guide has that id."""


class InvalidValueError(LibraryError):
    """A value the library does not accept (an unknown colour, an empty name, a bad range)."""


class QuoteNotFoundError(LibraryError):
    """The quoted text is not in the article."""


class AmbiguousQuoteError(LibraryError):
    """The quoted text occurs more than once; the reader must say which."""

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count


class AnnotationFileError(LibraryError):
    """An annotation file to import is malformed; nothing was imported."""


class BackupError(LibraryError):
    """A backup could not be written or read (the file is missing, damaged or not a backup)."""


class StaleOperationError(LibraryError):
    """An undo or redo no longer applies (its article was deleted meanwhile)."""
