"""The formats Porchlight imports, in one registry.

Each entry says what a format is called, the file name endings and media (MIME)
types it comes under, how its content is recognised, and which reader turns it
into drafts. The dispatcher (:mod:`guides.importing.dispatch`) picks the reader
from here, the fetcher accepts the media types listed here, the app's Import
dialog makes its file types from here, and a test holds the menu entry's
MimeType line and the Windows installer's associations to it. A new format is
one entry and one reader module; :func:`register` adds one at run time.

Readers are named by module and function and imported when a file of their
format is read, so listing the formats costs no reader's import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from guides.importing.extracted import Extracted

Format = str
"""A format's name in the registry: "html", "epub", "docx", "markdown", "text", ..."""


@dataclass(frozen=True)
class ImportFormat:
    """One format the importer reads."""

    name: Format
    label: str
    """What a file chooser calls files of this format ("Web pages")."""
    suffixes: tuple[str, ...]
    """The file name endings offered for it (file choosers, the installers' associations)."""
    media_types: tuple[str, ...]
    """The media types it is served and registered under; the first is its own."""
    reader: str | Callable[..., Extracted]
    """The reader, or ``"module:function"`` naming it (imported on first use). It takes the
    decoded text (``kind == "text"``) or the file's bytes, and returns :class:`Extracted`."""
    kind: Literal["text", "zip"] = "text"
    """Text is decoded first and recognised by the text guess; a zip archive by what it holds."""
    zip_parts: tuple[str, ...] = ()
    """For a zip format: an archive holding any of these parts is one."""
    other_suffixes: tuple[str, ...] = ()
    """Endings also read as this format, but not offered (a page saved as ``.mhtml``)."""
    media_type_decides: bool = True
    """Whether a server's ``Content-Type`` alone makes text this format. Not for plain text:
    servers label HTML and Markdown ``text/plain`` too, so the text guess decides."""
    chapters: bool = False
    """It holds chapters, and its reader takes ``chapter=`` to read one alone (an e-book)."""
    page_address: bool = False
    """Its reader takes ``url=``, the address it came from, to resolve its links (a web page)."""

    @property
    def file_filter(self) -> str:
        """ "E-books (*.epub)", as a Qt file dialog wants it."""
        return f"{self.label} ({' '.join('*' + s for s in self.suffixes)})"

    def read_function(self) -> Callable[..., Extracted]:
        """The reader, imported now if it is named."""
        if callable(self.reader):
            return self.reader
        module, _, function = self.reader.partition(":")
        return cast(Callable[..., Extracted], getattr(importlib.import_module(module), function))


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_FORMATS: list[ImportFormat] = [
    ImportFormat(
        "html",
        "Web pages",
        (".html", ".htm", ".xhtml"),
        ("text/html", "application/xhtml+xml"),
        "guides.importing.html:read_html",
        other_suffixes=(".mhtml",),
        page_address=True,
    ),
    ImportFormat(
        "epub",
        "E-books",
        (".epub",),
        ("application/epub+zip",),
        "guides.importing.epub:read_epub",
        kind="zip",
        zip_parts=("mimetype", "META-INF/container.xml"),
        chapters=True,
    ),
    ImportFormat(
        "docx",
        "Word documents",
        (".docx",),
        (DOCX_TYPE,),
        "guides.importing.docx:read_docx",
        kind="zip",
        zip_parts=("word/document.xml",),
    ),
    ImportFormat(
        "markdown",
        "Markdown",
        (".md", ".markdown", ".mdown"),
        ("text/markdown", "text/x-markdown"),
        "guides.importing.markdown:read_markdown",
    ),
    ImportFormat(
        "text",
        "Plain text",
        (".txt", ".text"),
        ("text/plain",),
        "guides.importing.plaintext:read_plain_text",
        media_type_decides=False,
    ),
]


def import_formats() -> tuple[ImportFormat, ...]:
    """Every format the importer reads, in the order file choosers list them."""
    return tuple(_FORMATS)


def register(spec: ImportFormat) -> ImportFormat:
    """Add a format (or replace the one of that name); every list made from the registry includes it."""
    _FORMATS[:] = [f for f in _FORMATS if f.name != spec.name] + [spec]
    return spec


def unregister(name: Format) -> None:
    """Take a format out of the registry again (tests that added one)."""
    _FORMATS[:] = [f for f in _FORMATS if f.name != name]


def import_format(name: Format) -> ImportFormat:
    """The registry's entry for ``name`` (KeyError when there is none)."""
    for spec in _FORMATS:
        if spec.name == name:
            return spec
    raise KeyError(name)


def format_for_suffix(name: str | None) -> ImportFormat | None:
    """The format a file name's ending says, offered or not; None when it says none."""
    suffix = Path(name).suffix.lower() if name else ""
    if not suffix:
        return None
    return next((f for f in _FORMATS if suffix in f.suffixes or suffix in f.other_suffixes), None)


def format_for_media_type(media_type: str | None) -> ImportFormat | None:
    """The format a ``Content-Type`` names (parameters such as charset are ignored), if any."""
    if not media_type:
        return None
    media = media_type.split(";", 1)[0].strip().lower()
    return next((f for f in _FORMATS if media in f.media_types), None)


def format_in_zip(parts: Iterable[str]) -> ImportFormat | None:
    """The zip format whose parts an archive holds (an e-book, a Word document), if any."""
    held = set(parts)
    return next((f for f in _FORMATS if f.kind == "zip" and held.intersection(f.zip_parts)), None)


def media_types() -> frozenset[str]:
    """Every media type a format of the registry comes under."""
    return frozenset(m for f in _FORMATS for m in f.media_types)


def offered_suffixes() -> tuple[str, ...]:
    """Every ending offered to file choosers and installers, in the registry's order."""
    return tuple(s for f in _FORMATS for s in f.suffixes)
