"""From whatever a reader brings (a path, a URL, bytes, pasted text) to a clean Article.

Each format has its reader module, which returns an :class:`Extracted`; the
formats, their endings, media types and readers are listed in one registry,
:mod:`guides.importing.formats`. This module picks the reader, runs the
cleaners that every format shares (comment sections, spam, page chrome), and
places the blocks with :func:`guides.article.build_article`. Only
:class:`ArticleImportError` and its subclasses leave it for bad input.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from guides import budgets
from guides.article import Article, BlockDraft, Removed, build_article
from guides.budgets import MAX_SOURCE_BYTES
from guides.cleaning import clean_drafts
from guides.errors import (
    ArticleImportError,
    DamagedDocumentError,
    EmptySourceError,
    NoArticleTextError,
    SourceTooLargeError,
    UnsupportedSourceError,
)
from guides.importing.decoding import decode_bytes, describe_binary, usable_text
from guides.importing.extracted import Extracted
from guides.importing.formats import (
    Format,
    format_for_media_type,
    format_for_suffix,
    format_in_zip,
    import_format,
)
from guides.importing.long_blocks import cut_long_blocks
from guides.language import detect_language

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

_MARKDOWN_HINTS = re.compile(r"^(#{1,6} \S|> \S|\* \S|- \S|\d+\. \S|```)|\*\*\S|\[[^\]]+\]\([^)]+\)", re.M)
_STRONG_MARKDOWN = re.compile(r"^(#{1,6} \S|```)|\*\*\S|\[[^\]]+\]\([^)]+\)", re.M)
"""What only Markdown writes (a "# " heading, a fence, bold, a link); a "- " list or a "> " line is also how
plain text is pasted, and alone is no sign."""
_HTML_HINT = re.compile(r"<(!doctype html|html|head|body|article|p|div)\b", re.I)


def is_url(source: str) -> bool:
    return bool(re.match(r"^https?://", source.strip(), re.I))


def local_path(source: str) -> str:
    """The path a ``file://`` address names, or ``source`` as it is.

    A desktop opening a file with Porchlight (the menu entry's ``%u``) may pass it
    as ``file:///home/anna/Saved%20page.html`` rather than as a path.
    """
    if source[:7].lower() != "file://":
        return source
    from urllib.request import url2pathname  # http and email with it: only when needed

    try:
        parts = urlsplit(source)
    except ValueError:  # "file://[broken"
        raise UnsupportedSourceError(f"This address is not valid: {source}") from None
    if parts.netloc not in ("", "localhost"):
        raise UnsupportedSourceError(f"{source} is a file on another computer; copy it to this one first.")
    return url2pathname(parts.path)


def sniff_format(data: bytes, name: str | None = None, content_type: str | None = None) -> Format:
    """Decide which reader fits, from the content first and the name second."""
    head = data[:4096]
    if head.startswith(b"PK\x03\x04"):
        from guides.importing.archive import zip_names

        held = format_in_zip(zip_names(data))
        if held is None:
            raise UnsupportedSourceError("This is a zip archive, not an e-book or Word document.")
        return held.name
    what = describe_binary(data)
    if what:
        raise UnsupportedSourceError(f"This looks like {what}, not an article.")
    served = format_for_media_type(content_type)
    if served is not None and served.kind == "text" and served.media_type_decides:
        return served.name
    named = format_for_suffix(name)
    if named is not None and named.kind == "zip":
        ext = Path(name or "").suffix.lower()
        raise DamagedDocumentError(f"This {ext} file is damaged: it is not the zip archive it should be.")
    return _text_format(head.decode("utf-8", errors="ignore"), name)


def _text_format(sample: str, name: str | None = None) -> Format:
    """HTML, Markdown or plain text (or a text format of the registry), from the first few kilobytes."""
    sample = sample.lstrip("\ufeff \n\t")
    if _HTML_HINT.search(sample[:1024]) and sample.startswith("<"):
        return "html"
    named = format_for_suffix(name)
    if named is not None:
        return named.name
    if _HTML_HINT.search(sample[:1024]):
        return "html"
    if len(_MARKDOWN_HINTS.findall(sample)) >= 2 and _STRONG_MARKDOWN.search(sample):
        return "markdown"
    return "text"


def import_source(
    source: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    chapter: int | None = None,
    cancelled: Cancelled | None = None,
) -> Article:
    """Import a path, a URL, or ``-`` (standard input) as a clean Article.

    ``chapter`` (0-based, as listed by :func:`guides.importing.epub.list_chapters`)
    reads one chapter of an e-book instead of the whole book. ``cancelled`` is
    asked between the stages; when it says yes, :class:`~guides.errors.CancelledError`
    ends the import.
    """
    src = local_path(os.fspath(source))
    if is_url(src):
        from guides.importing.fetch import fetch

        page = fetch(src)
        return import_bytes(
            page.data,
            name=page.url,
            content_type=page.content_type,
            source=page.url,
            progress=progress,
            chapter=chapter,
            cancelled=cancelled,
        )
    if src == "-":
        import sys

        data = sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1)
        return import_bytes(
            data, name=None, source="-", progress=progress, chapter=chapter, cancelled=cancelled
        )
    path = Path(src)
    try:
        if path.is_dir():
            raise UnsupportedSourceError(f"{path.name} is a folder; choose a file inside it.")
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceTooLargeError(
                f"{path.name} is {size // (1024 * 1024)} MB; Porchlight reads files up to "
                f"{MAX_SOURCE_BYTES // (1024 * 1024)} MB."
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleImportError(f"There is no file at {src}.") from None
    except PermissionError:
        raise ArticleImportError(f"Porchlight is not allowed to read {path.name}.") from None
    except OSError as err:
        raise ArticleImportError(f"{path.name} could not be read: {err.strerror or err}.") from None
    return import_bytes(
        data,
        name=path.name,
        source=str(path.resolve()),
        progress=progress,
        chapter=chapter,
        cancelled=cancelled,
    )


def import_bytes(
    data: bytes,
    *,
    name: str | None = None,
    content_type: str | None = None,
    source: str | None = None,
    progress: Progress | None = None,
    chapter: int | None = None,
    cancelled: Cancelled | None = None,
) -> Article:
    """Import the bytes of a file or download; ``name`` and ``content_type`` are hints.

    Past the sizes in :mod:`guides.budgets`, or past its time, the import ends
    in :class:`~guides.errors.BudgetExceededError` with one line saying so.
    """
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceTooLargeError(
            f"This is larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MB; Porchlight does not read it."
        )
    if not data.strip():
        raise EmptySourceError("The file is empty." if name else "There is nothing to import.")
    deadline = budgets.Deadline(budgets.IMPORT_SECONDS, cancelled=cancelled)
    spec = import_format(sniff_format(data, name, content_type))
    fmt = spec.name
    _report(progress, 1, 3, "Reading")
    if spec.kind == "zip":
        read = spec.read_function()
        extracted = read(data, chapter=chapter) if spec.chapters else read(data)
    else:
        declared = _charset(content_type) or (_html_charset(data) if fmt == "html" else None)
        text = decode_bytes(data, declared)
        budgets.check_text(text, what="This page" if fmt == "html" else "This text")
        deadline.check()
        extracted = _read_text_format(fmt, text, url=source if source and is_url(source) else None)
    deadline.check()
    _report(progress, 2, 3, "Cleaning")
    article = _finish(extracted, source=source, fallback_title=tidy_file_title(name), deadline=deadline)
    _report(progress, 3, 3, "Done")
    return article


def import_text(
    text: str, *, source: str | None = None, html: bool | None = None, cancelled: Cancelled | None = None
) -> Article:
    """Import text already in memory: a paste, or clipboard HTML when ``html`` is true.

    With ``html`` None, HTML is recognised by its tags and Markdown by its marks.
    """
    # A paste can carry lone UTF-16 surrogates (a cut emoji); they cannot be
    # encoded, so they become U+FFFD here while real pairs become characters.
    text = usable_text(text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"))
    if not text.strip():
        raise EmptySourceError("There is nothing to import.")
    budgets.check_text(text, what="The pasted text")
    deadline = budgets.Deadline(budgets.IMPORT_SECONDS, cancelled=cancelled)
    fmt: Format
    if html is None:
        fmt = _text_format(text[:4096])
    else:
        fmt = "html" if html else "text"
    extracted = _read_text_format(fmt, text)
    deadline.check()
    return _finish(extracted, source=source, fallback_title=None, deadline=deadline)


def _read_text_format(fmt: Format, text: str, url: str | None = None) -> Extracted:
    spec = import_format(fmt)
    read = spec.read_function()
    return read(text, url=url) if spec.page_address else read(text)


def _finish(
    extracted: Extracted, *, source: str | None, fallback_title: str | None, deadline: budgets.Deadline
) -> Article:
    reader_title = (extracted.title or "").strip() or None
    drafts, starts = cut_long_blocks(extracted.drafts)
    budgets.check_blocks(len(drafts))
    cleaned = clean_drafts(drafts, title=reader_title)
    deadline.check()
    kept_before = cleaned.kept_before
    removed: list[Removed] = [
        replace(r, position=kept_before[min(starts[min(max(r.position, 0), len(starts) - 1)], len(drafts))])
        for r in extracted.removed
    ]
    removed.extend(cleaned.removed)
    removed.sort(key=lambda r: r.position)
    if not cleaned.drafts:
        raise NoArticleTextError("No article text was found in this source.")
    body = "\n".join(d.text for d in cleaned.drafts)
    language = extracted.language or detect_language(body)
    early = None if reader_title or cleaned.title else _early_heading(cleaned.drafts)
    drafts = list(cleaned.drafts)
    head_lines = drafts[0].text.split("\n")
    if early is not None and len(head_lines) > 1 and head_lines[0].strip() == early:
        # The title read off the first line of a sermon's header: the header keeps its fields only.
        drafts[0] = replace(drafts[0], text="\n".join(head_lines[1:]).strip())
    title = _bounded_title(
        reader_title or cleaned.title or early or fallback_title or _first_words(cleaned.drafts[0].text)
    )
    try:
        return build_article(
            drafts,
            title=title,
            removed=removed,
            author=extracted.author or cleaned.author,
            date=extracted.date or cleaned.date,
            site=extracted.site or cleaned.site,
            source=source,
            language=language,
        )
    except ArticleImportError:
        raise
    except (ValueError, IndexError) as err:  # pragma: no cover - a reader bug, reported plainly
        raise DamagedDocumentError(f"The document's structure could not be read ({err}).") from err


MAX_TITLE_CHARS = 300
"""A headline runs to about 100 characters, a long one to 200; past this, a page's title is damage or a
trap (one of 245,000 characters made every worksheet footer and library row measure it)."""


_SMALL_WORDS = frozenset("a an the of and or to in on at for with by but nor as de la el y en".split())


def _bounded_title(title: str) -> str:
    """``title`` as it is, set in title case when it is all capitals ("THE FATHER WHO RAN" is "The
    Father Who Ran", as the library lists it), or, past :data:`MAX_TITLE_CHARS`, its first 200
    characters cut at a space."""
    letters = [ch for ch in title if ch.isalpha()]
    if len(title.split()) >= 2 and len(letters) >= 4 and all(ch.isupper() for ch in letters):
        title = " ".join(
            w.lower() if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:].lower()
            for i, w in enumerate(title.split())
        )
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[:200]
    space = cut.rfind(" ")
    return (cut[:space] if space > 100 else cut).rstrip(" ,;:-") + "…"


def _early_heading(drafts: Sequence[BlockDraft]) -> str | None:
    """The title under a header the head reading could not take apart: the first line of a first
    block whose other lines are a sermon's fields ("Ninety-Nine Is Not Enough / Text: Luke 15:1-7 /
    Series: ..."), else a heading among the first few blocks that is not a section's name
    ("Introduction"). Either is a better title than the file's name."""
    from guides.cleaning.head import is_field, is_section_name, looks_like_headline

    lines = [line.strip() for line in drafts[0].text.split("\n") if line.strip()] if drafts else []
    if len(lines) >= 2 and looks_like_headline(lines[0]) and all(is_field(line) for line in lines[1:]):
        return lines[0]
    for draft in drafts[:4]:
        text = " ".join(draft.text.split())
        short = 1 <= len(text.split()) <= 16
        if draft.kind == "heading" and draft.level <= 2 and short and not is_section_name(text):
            return text
    return None


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.I)
    return _web_label(match.group(1)) if match else None


_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.I
)


def _html_charset(data: bytes) -> str | None:
    """The encoding a page names in its ``<meta charset>`` (or XML declaration), if any."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = _web_label((match.group(1) or match.group(2)).decode("ascii"))
    # A page found by an ASCII search is not UTF-16 whatever it says (WHATWG: treat as UTF-8).
    return "utf-8" if label.lower().startswith(("utf-16", "utf-32")) else label


def _web_label(label: str) -> str:
    """Browsers read "latin-1" and "ascii" pages as windows-1252, where Word's curly quotes live."""
    lowered = label.lower()
    if lowered in {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}:
        return "cp1252"
    return label


# What is left of a file name once its numbering, dates and copy marks are gone,
# when it says nothing about the article: no title at all.
_GENERIC_NAMES = frozenset(
    {
        "untitled", "document", "new document", "new text document", "text", "article", "post", "my post",
        "page", "web page", "paste", "pasted", "pasted text", "copy", "draft", "notes", "file", "download",
        "index", "sin título", "documento", "nuevo documento", "artículo", "texto",
    }
)  # fmt: skip
_NAME_NOISE = re.compile(
    r"^(?:\d{1,4}[\s._-]+)+|\b\d{4}[-_.]\d{2}[-_.]\d{2}\b|\((?:\d+|copy)\)|\bcopy(?: of)?\b|\bcopia de\b"
    r"|\b(?:final|v\d+|draft)\b",
    re.IGNORECASE,
)


def tidy_file_title(name: str | None) -> str | None:
    """A title made from a file name, the last resort: "07_evening-prayers (1).txt" is "Evening prayers".

    Numbering, dates, "copy" and version marks go, separators become spaces
    and the first letter a capital. A name that says nothing about the
    article ("07 my post", "Untitled", "New Text Document") gives None.
    """
    if not name or is_url(name):
        return None
    stem = Path(name).stem
    stem = re.sub(r"[_+]+|(?<=\w)[-.](?=\w)|\s[-.]\s", " ", stem)
    stem = _NAME_NOISE.sub(" ", stem)
    stem = " ".join(stem.replace("-", " ").split()).strip(" .,-")
    if not stem or not any(ch.isalpha() for ch in stem) or stem.casefold() in _GENERIC_NAMES:
        return None
    return stem[:1].upper() + stem[1:]


def _first_words(text: str, limit: int = 8) -> str:
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


def _report(progress: Progress | None, done: int, total: int, label: str) -> None:
    if progress is not None:
        progress(done, total, label)
