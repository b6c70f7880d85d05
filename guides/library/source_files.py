"""Whether the file an article was imported from still holds the bytes it was imported from.

A reader comes back to an article by opening its file (``porchlight FILE``, Open with
Porchlight) as often as by a plain start. Reading, cleaning and saving the same bytes again
on every such start cost a whole import, and the analysis and the library writes after it,
for an article the library already has. So an import from a local file keeps the digest of
the bytes it read beside the article's text (in the derived store, by content hash, with the
importer's version); a later start whose file has the same digest opens the stored article.
A changed file, a file that cannot be read, another Porchlight version or a web address is
imported as before.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guides.library.library import Library

KIND = "source_file"
"""The derived store's kind for what an article's text was imported from."""

_VERSION = 1
"""Raised when what an import makes of the same bytes changes within one Porchlight version."""


def importer_engine() -> str:
    """Which importer made an article from a file: another Porchlight version imports it again."""
    from guides import __version__

    return f"{__version__}/{_VERSION}"


def local_file(source: str) -> Path | None:
    """The file ``source`` names, resolved as an import stores it; None for a web address,
    standard input, a file on another computer or a name with no file behind it."""
    text = source.strip()
    if not text or text == "-" or text.lower().startswith(("http://", "https://")):
        return None
    if text[:7].lower() == "file://":  # a desktop's "Open with" may pass a file:// address
        from urllib.parse import unquote, urlsplit

        try:
            parts = urlsplit(text)
        except ValueError:
            return None
        if parts.netloc not in ("", "localhost"):
            return None
        if os.name == "nt":
            from nturl2path import url2pathname

            text = url2pathname(parts.path)
        else:
            text = unquote(parts.path)
    path = Path(text)
    try:
        return path.resolve() if path.is_file() else None
    except OSError:
        return None


def file_digest(path: Path) -> str | None:
    """The SHA-256 of the file's bytes; None when it cannot be read or is past what an import reads."""
    import hashlib

    from guides.budgets import MAX_SOURCE_BYTES

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_SOURCE_BYTES:
        return None
    return hashlib.sha256(data).hexdigest()


def remember(library: Library, content_hash: str, path: Path, digest: str) -> None:
    """Keep that the article with this text was imported from ``path`` holding ``digest``."""
    data = {"source": str(path), "sha256": digest}
    library.derived.put(content_hash, KIND, importer_engine(), data)


def unchanged_article(library: Library, path: Path) -> int | None:
    """The id of the article imported from ``path`` if the file still holds the bytes it was
    imported from (by this importer); None if it must be imported."""
    found = library.articles.by_source(str(path))
    if found is None:
        return None
    article_id, content_hash = found
    kept = library.derived.get(content_hash, KIND, importer_engine())
    if not isinstance(kept, dict) or kept.get("source") != str(path):
        return None
    digest = kept.get("sha256")
    if not isinstance(digest, str) or digest != file_digest(path):
        return None
    return article_id
