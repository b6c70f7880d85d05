"""Opening the zip archives inside EPUB and DOCX files without trusting them.

An e-book is a zip file, and a zip file can claim anything: a 40 KB file can
expand to gigabytes (a zip bomb), entries can lie about their sizes, and a
truncated download breaks the central directory. ``zipfile`` checks none of
that for us, so every read here is capped: the number of entries, each
entry's declared and actual size, and the total uncompressed bytes read.

Damage is reported in the reader's words: what ``zipfile`` and ``zlib`` say
("Bad magic number for file header", "Error -3 while decompressing data")
goes to the debug log, never into the message, and a part's name is quoted
short (a damaged archive's names can be any length).
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib

from guides.errors import DamagedDocumentError, SourceTooLargeError, short_name

log = logging.getLogger(__name__)

# What zipfile (and zlib beneath it) raise on a damaged or truncated archive.
ZIP_DAMAGE: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    KeyError,
    IndexError,
    UnicodeDecodeError,
)

MAX_ENTRIES = 10_000
MAX_ENTRY_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200
"""Text compresses about 3-10x; far beyond this is a bomb, not a book."""


class SafeZip:
    """A read-only view of a zip archive whose every read is size-capped."""

    def __init__(self, data: bytes, *, what: str) -> None:
        self.what = what
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except ZIP_DAMAGE:
            log.debug("The %s's zip archive cannot be opened", what, exc_info=True)
            raise DamagedDocumentError(
                f"This {what} is damaged and cannot be opened; if you have another copy, try that one."
            ) from None
        if len(infos) > MAX_ENTRIES:
            raise SourceTooLargeError(f"This {what} holds too many files ({len(infos)}) to be a real one.")
        declared = sum(i.file_size for i in infos)
        if declared > MAX_TOTAL_BYTES * 4:
            raise SourceTooLargeError(
                f"This {what} would expand to {declared // (1024 * 1024)} MB; Porchlight refuses it."
            )
        self._infos = {i.filename: i for i in infos}
        self._read_total = 0

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """The entry's bytes, raising a documented error past any cap or on damage."""
        info = self._infos.get(name)
        if info is None:
            raise DamagedDocumentError(f"This {self.what} is missing a part it needs ({short_name(name)}).")
        suspicious_ratio = (
            info.compress_size
            and info.file_size > 1024 * 1024
            and info.file_size / info.compress_size > MAX_RATIO
        )
        if info.file_size > MAX_ENTRY_BYTES or suspicious_ratio:
            raise SourceTooLargeError(
                f"A part of this {self.what} is too large to read ({short_name(name)})."
            )
        limit = min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - self._read_total)
        try:
            with self._zip.open(info) as handle:
                data = handle.read(limit + 1)
        except ZIP_DAMAGE:
            log.debug("A part of the %s cannot be read", self.what, exc_info=True)
            raise DamagedDocumentError(
                f"This {self.what} is damaged: a part of it ({short_name(name)}) cannot be read."
            ) from None
        if len(data) > limit:
            raise SourceTooLargeError(f"This {self.what} expands to more than Porchlight will read.")
        self._read_total += len(data)
        return data


def zip_names(data: bytes) -> set[str]:
    """The names of the parts a zip archive holds (what tells an e-book from a Word document:
    :func:`guides.importing.formats.format_in_zip`)."""
    try:
        return set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except ZIP_DAMAGE:
        raise DamagedDocumentError("This archive is damaged and cannot be opened.") from None
