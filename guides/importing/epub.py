"""Reading an EPUB e-book: the whole book, or one chapter of it.

An EPUB is a zip archive: ``META-INF/container.xml`` names the package file
(the OPF), whose metadata gives title, author, date and language, whose
manifest lists the files, and whose spine puts the chapters in reading
order. Chapter titles come from the book's own table of contents (the EPUB 3
navigation document or the EPUB 2 NCX), else the chapter's first heading,
else "Chapter N".

Why not EbookLib: it is AGPL-licensed, and it reads every entry of the
archive into memory as it opens a book, with no limit, which a zip bomb turns
into gigabytes. This reader opens the archive through
:class:`~guides.importing.archive.SafeZip`, which caps every read, and parses
each XML file with lxml set to load no DTD, resolve no entity and reach no
network.
"""

from __future__ import annotations

import html.entities
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from urllib.parse import unquote

from lxml import etree

from guides import budgets
from guides.article import BlockDraft
from guides.errors import (
    ArticleImportError,
    BudgetExceededError,
    DamagedDocumentError,
    NoArticleTextError,
    UnsupportedSourceError,
    short_name,
)
from guides.importing.archive import SafeZip
from guides.importing.extracted import Extracted
from guides.importing.markup import element_text, local_name, walk

_CONTAINER = "META-INF/container.xml"
_ENCRYPTION = "META-INF/encryption.xml"
_CHAPTER_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/html+xml"})
_OPS_TYPE = "{http://www.idpf.org/2007/ops}type"

_COPYRIGHT = re.compile(r"©|\bcopyright\b|\ball rights reserved\b|\bisbn\b", re.I)
_PLACEHOLDER = re.compile(r"\[image(?::[^\]]*)?\]")
_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})

SHORT_PAGE_WORDS = 40
"""A cover or title page says less than this; a real chapter says more."""
COPYRIGHT_PAGE_WORDS = 250


def list_chapters(data: bytes) -> list[str]:
    """The titles of the book's chapters in reading order; index i is ``read_epub(data, chapter=i)``."""
    return [chapter.title for chapter in _Book(data).chapters()]


def read_epub(data: bytes, chapter: int | None = None) -> Extracted:
    """Read the whole book, or only chapter ``chapter`` (0-based, as in :func:`list_chapters`).

    Each chapter opens with a heading carrying its title, and every block
    records its chapter in ``section``. Covers, tables of contents and
    copyright pages are left out.
    """
    book = _Book(data)
    if chapter is None:
        chosen = _within_budget(book.chapters())
        if not chosen:
            raise NoArticleTextError("This e-book holds no readable text.")
        title = book.title
    else:
        if chapter < 0:
            raise ArticleImportError(f"There is no chapter {chapter + 1} in this e-book.")
        found = None
        count = 0
        for count, candidate in enumerate(book.chapters(), start=1):
            if count - 1 == chapter:
                found = candidate
                break
        if found is None:
            if count == 0:
                raise NoArticleTextError("This e-book holds no readable text.")
            raise ArticleImportError(f"This e-book has {count} chapters; there is no chapter {chapter + 1}.")
        chosen = [found]
        title = f"{book.title} — {found.title}" if book.title else found.title
    return Extracted(
        drafts=[draft for c in chosen for draft in c.drafts],
        title=title,
        author=book.author,
        date=book.date,
        language=book.language,
    )


def _within_budget(chapters: Iterator[_Chapter]) -> list[_Chapter]:
    """The book's chapters, refused as soon as their text passes what one import reads.

    Chapters are read one at a time, so a book of four 15 MB chapters is
    refused at the first one too many, not after gigabytes.
    """
    chosen: list[_Chapter] = []
    chars = 0
    for found in chapters:
        chars += sum(len(d.text) for d in found.drafts)
        if chars > budgets.MAX_TEXT_CHARS:
            raise BudgetExceededError(
                f"This e-book is too long to read at once (more than {budgets.MAX_TEXT_CHARS:,} "
                "characters): import one chapter at a time (porchlight import BOOK --list-chapters)."
            )
        chosen.append(found)
    return chosen


@dataclass
class _Chapter:
    title: str
    drafts: list[BlockDraft]


@dataclass(frozen=True)
class _Item:
    path: str
    media_type: str
    properties: frozenset[str]
    id: str


class _Book:
    """The package of one EPUB: metadata, reading order and table of contents."""

    def __init__(self, data: bytes) -> None:
        self.zip = SafeZip(data, what="e-book")
        if not self.zip.has(_CONTAINER):
            raise DamagedDocumentError("This e-book is damaged: it has no META-INF/container.xml.")
        self.opf_path = self._package_path()
        if not self.zip.has(self.opf_path):
            raise DamagedDocumentError(
                f"This e-book is damaged: its package file {short_name(self.opf_path)} is missing."
            )
        package = self._xml(self.opf_path, "its package file")
        self.title, self.author, self.date, self.language = _metadata(package)
        self.items = self._manifest(package)
        self.spine, toc_id = self._spine(package)
        missing = [item.path for item in self.spine if not self.zip.has(item.path)]
        if missing:
            raise DamagedDocumentError(
                f"This e-book is damaged: it lists {short_name(missing[0])} as a chapter, "
                "but the file is not in it."
            )
        self._refuse_drm()
        self.toc: dict[str, str] = {}
        self.landmarks: dict[str, set[str]] = {}
        self._read_navigation(package, toc_id)

    # --- the package -------------------------------------------------------

    def _package_path(self) -> str:
        container = self._xml(_CONTAINER, "its container file")
        rootfiles = [e for e in container.iter() if local_name(e) == "rootfile" and e.get("full-path")]
        if not rootfiles:
            raise DamagedDocumentError("This e-book is damaged: its container names no package file.")
        preferred = [e for e in rootfiles if e.get("media-type") == "application/oebps-package+xml"]
        return posixpath.normpath(unquote((preferred or rootfiles)[0].get("full-path") or ""))

    def _manifest(self, package: etree._Element) -> dict[str, _Item]:
        base = posixpath.dirname(self.opf_path)
        items: dict[str, _Item] = {}
        for element in package.iter():
            if local_name(element) == "item" and element.get("id") and element.get("href"):
                item_id = element.get("id") or ""
                items[item_id] = _Item(
                    path=_resolve(base, element.get("href") or ""),
                    media_type=(element.get("media-type") or "").lower(),
                    properties=frozenset((element.get("properties") or "").split()),
                    id=item_id,
                )
        return items

    def _spine(self, package: etree._Element) -> tuple[list[_Item], str | None]:
        spine = next((e for e in package.iter() if local_name(e) == "spine"), None)
        if spine is None:
            raise DamagedDocumentError("This e-book is damaged: its package file has no reading order.")
        order: list[_Item] = []
        for ref in spine:
            if local_name(ref) != "itemref" or ref.get("linear") == "no":
                continue
            item = self.items.get(ref.get("idref") or "")
            if item is None:
                raise DamagedDocumentError(
                    "This e-book is damaged: its reading order names a part it lacks "
                    f"({short_name(ref.get('idref') or '')})."
                )
            order.append(item)
        return order, spine.get("toc")

    def _refuse_drm(self) -> None:
        if not self.zip.has(_ENCRYPTION):
            return
        encryption = self._xml(_ENCRYPTION, "its encryption list")
        locked = {
            posixpath.normpath(unquote(e.get("URI") or ""))
            for e in encryption.iter()
            if local_name(e) == "cipherreference"
        }
        # Font obfuscation is common and harmless; encrypted chapters are DRM.
        if any(item.path in locked for item in self.spine):
            raise UnsupportedSourceError(
                "This e-book is locked with DRM; Porchlight can only read e-books without it."
            )

    # --- the table of contents ------------------------------------------------

    def _read_navigation(self, package: etree._Element, toc_id: str | None) -> None:
        nav = next((i for i in self.items.values() if "nav" in i.properties), None)
        if nav is not None and self.zip.has(nav.path):
            self._read_nav_document(nav.path)
        ncx = self.items.get(toc_id or "") or next(
            (i for i in self.items.values() if i.media_type == "application/x-dtbncx+xml"), None
        )
        if not self.toc and ncx is not None and self.zip.has(ncx.path):
            self._read_ncx(ncx.path)
        base = posixpath.dirname(self.opf_path)
        for element in package.iter():
            if local_name(element) == "reference" and element.get("href"):
                path = _resolve(base, element.get("href") or "")
                self.landmarks.setdefault(path, set()).add((element.get("type") or "").lower())

    def _read_nav_document(self, path: str) -> None:
        document = self._xml(path, "its table of contents")
        base = posixpath.dirname(path)
        navs = [e for e in document.iter() if local_name(e) == "nav"]
        for nav in navs:
            kinds = set((nav.get(_OPS_TYPE) or nav.get("role") or "").lower().replace("doc-", "").split())
            for link in nav.iter():
                if local_name(link) != "a" or not link.get("href"):
                    continue
                target = _resolve(base, link.get("href") or "")
                if "landmarks" in kinds:
                    self.landmarks.setdefault(target, set()).add((link.get(_OPS_TYPE) or "").lower())
                elif "toc" in kinds or len(navs) == 1:
                    label = element_text(link)
                    if label:
                        self.toc.setdefault(target, label)

    def _read_ncx(self, path: str) -> None:
        document = self._xml(path, "its table of contents")
        base = posixpath.dirname(path)
        for point in document.iter():
            if local_name(point) != "navpoint":
                continue
            label = next((e for e in point if local_name(e) == "navlabel"), None)
            content = next((e for e in point if local_name(e) == "content"), None)
            if label is None or content is None or not content.get("src"):
                continue
            text = element_text(label)
            if text:
                self.toc.setdefault(_resolve(base, content.get("src") or ""), text)

    # --- chapters --------------------------------------------------------------

    def chapters(self) -> Iterator[_Chapter]:
        """The chapters that hold text, in reading order, each file read only when reached.

        A file the table of contents does not list and that opens with no
        heading of its own continues the chapter before it (converters split
        long chapters into several files).
        """
        pending: _Chapter | None = None
        count = 0
        for item in self.spine:
            if "nav" in item.properties or item.media_type not in _CHAPTER_TYPES:
                continue
            drafts = self._chapter_drafts(item.path)
            if self._skipped(item, drafts):
                continue
            listed = self.toc.get(item.path)
            opens_with_heading = bool(drafts) and drafts[0].kind == "heading"
            if pending is not None and self.toc and listed is None and not opens_with_heading:
                pending.drafts.extend(replace(d, section=pending.title) for d in drafts)
                continue
            if pending is not None:
                yield pending
            count += 1
            title = listed or (
                drafts[0].text.replace("\n", " ") if opens_with_heading else f"Chapter {count}"
            )
            pending = _Chapter(title=title, drafts=_with_title(drafts, title))
        if pending is not None:
            yield pending

    def _chapter_drafts(self, path: str) -> list[BlockDraft]:
        """A chapter's blocks; a chapter of more tags than a page may have is refused before it is walked."""
        document = self._xml(path, "a chapter")
        body = next((e for e in document.iter() if local_name(e) == "body"), None)
        if body is None:
            return []
        tags = sum(1 for _ in body.iter())
        if tags > budgets.MAX_PAGE_ELEMENTS:
            raise BudgetExceededError(
                f"A chapter of this e-book is too large to read ({tags:,} tags; Porchlight reads up to "
                f"{budgets.MAX_PAGE_ELEMENTS:,})."
            )
        return walk(body)

    def _skipped(self, item: _Item, drafts: list[BlockDraft]) -> bool:
        """Covers, title pages and copyright pages: documents with no real text."""
        words = len(_PLACEHOLDER.sub(" ", " ".join(d.text for d in drafts)).split())
        if words == 0:
            return True
        kinds = self.landmarks.get(item.path, set())
        name = f"{item.id} {posixpath.basename(item.path)}".lower()
        if words < SHORT_PAGE_WORDS and (
            kinds & {"cover", "title-page", "titlepage"} or "cover" in name or "title" in name
        ):
            return True
        text = " ".join(d.text for d in drafts)
        return words < COPYRIGHT_PAGE_WORDS and (
            bool(kinds & {"copyright-page", "copyright"})
            or "copyright" in name
            or bool(_COPYRIGHT.search(text))
        )

    # --- XML ---------------------------------------------------------------

    def _xml(self, name: str, what: str) -> etree._Element:
        data = self.zip.read(name)
        try:
            return _parse_xml(data)
        except etree.XMLSyntaxError as err:
            if "entity" in str(err).lower():
                try:
                    return _parse_xml(_numeric_entities(data))
                except etree.XMLSyntaxError:
                    pass
            raise DamagedDocumentError(
                f"This e-book is damaged: {what} ({short_name(name)}) is not valid XML."
            ) from None


def _parse_xml(data: bytes) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )
    return etree.fromstring(data, parser=parser)


def _numeric_entities(data: bytes) -> bytes:
    """Replace HTML's named entities (``&nbsp;``), which XML does not know, with numeric ones.

    E-books are XHTML and should not use them, but many do; readers cope.
    """

    def numeric(match: re.Match[bytes]) -> bytes:
        name = match.group(1)
        if name in _XML_ENTITIES:
            return match.group(0)
        codepoint = html.entities.name2codepoint.get(name.decode("ascii"))
        return b"&#%d;" % codepoint if codepoint is not None else match.group(0)

    return _ENTITY.sub(numeric, data)


def _resolve(base: str, href: str) -> str:
    path = unquote(href.split("#", 1)[0])
    if not path:
        return ""
    # An href starting with "/" means the archive's root, not the file system's.
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
    return posixpath.normpath(joined)


def _metadata(package: etree._Element) -> tuple[str | None, str | None, str | None, str | None]:
    metadata = next((e for e in package.iter() if local_name(e) == "metadata"), package)

    def values(name: str) -> list[etree._Element]:
        return [e for e in metadata.iter() if local_name(e) == name and element_text(e)]

    text = element_text

    titles = values("title")
    creators = values("creator")
    authors = [c for c in creators if _role(c) in ("", "aut")] or creators
    dates = values("date")
    published = [
        d for d in dates if _attribute(d, "event").lower() in ("", "publication", "original-publication")
    ]
    date = text((published or dates)[0]) if dates else None
    if date and re.match(r"^\d{4}-\d{2}-\d{2}", date):
        date = date[:10]
    languages = values("language")
    language = text(languages[0]).split("-")[0].split("_")[0].lower() if languages else None
    return (
        text(titles[0]) if titles else None,
        ", ".join(dict.fromkeys(text(a) for a in authors)) or None,
        date,
        language or None,
    )


def _role(element: etree._Element) -> str:
    return _attribute(element, "role").lower()


def _attribute(element: etree._Element, name: str) -> str:
    """An attribute by local name, whatever namespace prefix (opf:role) it carries."""
    for key, value in element.attrib.items():
        if str(key).rsplit("}", 1)[-1] == name:
            return str(value)
    return ""


def _with_title(drafts: list[BlockDraft], title: str) -> list[BlockDraft]:
    """The chapter's blocks, opening with its title as a heading, each marked with the chapter."""
    first = drafts[0] if drafts else None
    if first is None or first.kind != "heading" or " ".join(first.text.split()) != " ".join(title.split()):
        drafts = [BlockDraft(kind="heading", text=title, level=1), *drafts]
    return [replace(d, section=title) for d in drafts]
