"""A file opened again: which article of the library it is, when its bytes have not changed, and
keeping which file an article was imported from (the engine side is
:mod:`guides.library.source_files`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from guides.library import Library, LibraryError

if TYPE_CHECKING:
    from desktop.importing.controller import FileRead

log = logging.getLogger(__name__)


def unchanged_article_for(library: Library, source: str) -> int | None:
    """The article imported from ``source``, when it names a local file whose bytes have not changed
    since; None otherwise (a changed file, a web address, a library that cannot say)."""
    from guides.library.source_files import local_file, unchanged_article

    path = local_file(source)
    if path is None:
        return None
    try:
        return unchanged_article(library, path)
    except LibraryError as err:
        log.warning("The library could not say whether a file was imported: %s", err)
        return None


def remember_file(library: Library, article_id: int, read: FileRead) -> None:
    """Keep which bytes the article was imported from, so an unchanged file opens it directly."""
    from guides.library.source_files import remember

    try:
        found = library.articles.by_source(str(read.path))
        if found is not None and found[0] == article_id:  # saved under this file's name
            remember(library, found[1], read.path, read.digest)
    except LibraryError as err:  # the next start imports the file again, as before
        log.warning("Which file an article came from was not kept: %s", err)


def local_source(source: str | None) -> Path | None:
    """The local file an article was imported from (its ``source``), if it is still there."""
    from guides.library.source_files import local_file

    path = local_file(source) if source else None
    return path if path is not None and str(path) == source else None
