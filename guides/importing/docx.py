"""Word documents (.docx) to blocks.

python-docx opens the package and resolves its parts (styles, numbering,
hyperlink targets, core properties), but it reads every part through
``zipfile`` with no size check. So the archive is first read entry by entry
with :class:`~guides.importing.archive.SafeZip`, which caps the entry count
and each entry's declared and actual size; only an archive that passes is
handed to python-docx.

The body is walked in the XML itself rather than through python-docx's
paragraph objects, because the text people see also lives in places those
objects skip: tracked insertions, content controls, smart tags, and links
written as ``HYPERLINK`` fields by older versions of Word.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import docx
from docx.exceptions import PythonDocxError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree

from guides.article import BlockDraft, Inline, InlineKind, safe_link
from guides.errors import ArticleImportError, DamagedDocumentError
from guides.importing.archive import SafeZip
from guides.importing.extracted import Extracted

WHAT = "Word document"

log = logging.getLogger(__name__)

# What python-docx and lxml raise on a package that is not what it claims.
_DAMAGE: tuple[type[BaseException], ...] = (
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    NotImplementedError,
    EOFError,
    OSError,
    zipfile.BadZipFile,
    zlib.error,
    etree.LxmlError,
    OpcError,
    PythonDocxError,
)

_HEADING_STYLE = re.compile(r"^heading ([1-9])$")
_CONTENTS_STYLE = re.compile(r"^toc (heading|[1-9])$")
"""A generated table of contents repeats the headings; the article has them already."""
_LIST_STYLE = re.compile(r"^list (number|bullet)(?: ([2-9]))?$")
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"', re.I)
_OFF = {"0", "false", "off", "none"}

# Inside a paragraph: wrappers whose runs are shown as text (w:del, w:moveFrom and the rest are not).
_TRANSPARENT = {
    qn(tag)
    for tag in ("w:ins", "w:moveTo", "w:smartTag", "w:customXml", "w:sdt", "w:sdtContent", "w:dir", "w:bdo")
}


def read_docx(data: bytes) -> Extracted:
    """Read a Word document: its paragraphs, headings, lists, quotes, tables and links.

    Raises :class:`SourceTooLargeError` for an archive that expands beyond the
    caps (a zip bomb) and :class:`DamagedDocumentError` for a truncated or
    malformed file.
    """
    archive = SafeZip(data, what=WHAT)
    for name in archive.names():
        archive.read(name)
    try:
        document = docx.Document(io.BytesIO(data))
        return _Reader(document).extract()
    except ArticleImportError:
        raise
    except _DAMAGE:
        log.debug("python-docx could not read the document", exc_info=True)
        raise DamagedDocumentError(f"This {WHAT} is damaged and cannot be read.") from None


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    bold: bool | None
    italic: bool | None


@dataclass
class _Line:
    """One block's text as it is assembled, with its inline spans."""

    parts: list[str] = field(default_factory=list)
    spans: list[Inline] = field(default_factory=list)
    length: int = 0
    latest: dict[tuple[InlineKind, str | None], int] = field(default_factory=dict)
    """The index in ``spans`` of the last span of each kind and link, the only one a run can extend."""

    def add(self, text: str, *, bold: bool, italic: bool, href: str | None) -> None:
        if not text:
            return
        start, end = self.length, self.length + len(text)
        if text.strip():
            marks: tuple[tuple[InlineKind, bool, str | None], ...] = (
                ("strong", bold, None),
                ("emphasis", italic, None),
                ("link", bool(href), href),
            )
            for kind, on, link in marks:
                if on:
                    self._mark(kind, start, end, link)
        self.parts.append(text)
        self.length = end

    def _mark(self, kind: InlineKind, start: int, end: int, href: str | None) -> None:
        # A bold run right after a bold run extends it. Only the latest span of a kind can end
        # where this run starts; searching every span took the square of the runs (a paragraph
        # of 20,000 alternating bold and plain runs kept the importer busy for minutes).
        index = self.latest.get((kind, href))
        if index is not None and self.spans[index].end == start:
            span = self.spans[index]
            self.spans[index] = Inline(kind=span.kind, start=span.start, end=end, href=href)
            return
        self.latest[(kind, href)] = len(self.spans)
        self.spans.append(Inline(kind=kind, start=start, end=end, href=href))

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _Field:
    instruction: str = ""
    showing: bool = False
    href: str | None = None


class _Reader:
    def __init__(self, document: Any) -> None:
        self._document = document
        self._part = document.part
        self._styles = _read_styles(_related_element(self._part, RT.STYLES))
        self._numbering = _related_element(self._part, RT.NUMBERING)
        self._default_style = next((sid for sid, s in self._styles.items() if s.name == "normal"), None)
        self._counters: dict[str, list[int | None]] = {}
        self._restarted: set[tuple[str, int]] = set()
        self._fields: list[_Field] = []
        self.title: str | None = None

    def extract(self) -> Extracted:
        drafts = list(self._blocks(self._document.element.body))
        core = _core_properties(self._part)
        title = (core.get("title") or "").strip() or None
        if title is None:
            title = self.title
        elif self.title and self.title != title:
            drafts.insert(0, BlockDraft(kind="heading", text=self.title, level=1))
        return Extracted(
            drafts=drafts,
            title=title,
            author=(core.get("author") or "").strip() or None,
            date=core.get("date"),
            language=core.get("language"),
        )

    # --- body ---------------------------------------------------------------

    def _blocks(self, container: Any) -> Iterator[BlockDraft]:
        for child in container.iterchildren():
            tag = child.tag
            if tag == qn("w:p"):
                draft = self._paragraph(child)
                if draft is not None:
                    yield draft
            elif tag == qn("w:tbl"):
                yield from self._table(child)
            elif tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:ins")):
                yield from self._blocks(child)

    def _paragraph(self, p: Any) -> BlockDraft | None:
        # A field whose instruction never ended (a damaged file) must not hide the rest.
        self._fields = [f for f in self._fields if f.showing]
        line = _Line()
        self._inline(p, line, href=None)
        text = line.text
        if not text.strip():
            return None
        spans = tuple(line.spans)
        style_id = _attr(p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}"), "w:val") or self._default_style
        names = self._style_names(style_id)
        if any(_CONTENTS_STYLE.match(name) for name in names):
            return None
        for name in names:
            heading = _HEADING_STYLE.match(name)
            if heading:
                level = min(int(heading.group(1)), 6)
                return BlockDraft(kind="heading", text=text, level=level, inline=spans)
            if name == "title":
                if self.title is None:
                    self.title = " ".join(text.split())
                    return None
                return BlockDraft(kind="heading", text=text, level=1, inline=spans)
            if name in ("quote", "intense quote"):
                return BlockDraft(kind="quote", text=text, inline=spans)
        item = self._list_item(p, style_id, names)
        if item is not None:
            level, ordinal = item
            return BlockDraft(kind="list_item", text=text, level=level, ordinal=ordinal, inline=spans)
        return BlockDraft(kind="paragraph", text=text, inline=spans)

    def _table(self, tbl: Any) -> Iterator[BlockDraft]:
        for tr in tbl.iterchildren(qn("w:tr")):
            line = _Line()
            for tc in tr.iterchildren(qn("w:tc")):
                cell = _Line()
                self._cell(tc, cell)
                if not cell.text.strip():
                    continue
                if line.length:
                    line.add(" | ", bold=False, italic=False, href=None)
                offset = line.length
                line.parts.append(cell.text)
                line.length += cell.length
                line.spans.extend(replace(s, start=s.start + offset, end=s.end + offset) for s in cell.spans)
            if line.text.strip():
                yield BlockDraft(kind="paragraph", text=line.text, inline=tuple(line.spans))

    def _cell(self, container: Any, line: _Line) -> None:
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                if line.length:
                    line.add(" ", bold=False, italic=False, href=None)
                self._inline(child, line, href=None)
            elif child.tag == qn("w:tbl"):
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        self._cell(tc, line)
            elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
                self._cell(child, line)

    # --- runs ---------------------------------------------------------------

    def _inline(self, element: Any, line: _Line, href: str | None) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == qn("w:r"):
                self._run(child, line, href)
            elif tag == qn("w:hyperlink"):
                self._inline(child, line, self._hyperlink_target(child) or href)
            elif tag == qn("w:fldSimple"):
                match = _HYPERLINK_FIELD.match(_attr(child, "w:instr") or "")
                self._inline(child, line, (safe_link(match.group(1)) if match else None) or href)
            elif tag in _TRANSPARENT:
                self._inline(child, line, href)

    def _run(self, r: Any, line: _Line, href: str | None) -> None:
        rpr = r.find(qn("w:rPr"))
        hidden = rpr is not None and _toggle(rpr.find(qn("w:vanish")))
        bold = _toggle(rpr.find(qn("w:b"))) if rpr is not None else None
        italic = _toggle(rpr.find(qn("w:i"))) if rpr is not None else None
        char_style = _attr(rpr.find(qn("w:rStyle")), "w:val") if rpr is not None else None
        if char_style and (bold is None or italic is None):
            style_bold, style_italic = self._style_emphasis(char_style)
            bold = style_bold if bold is None else bold
            italic = style_italic if italic is None else italic
        pieces: list[str] = []
        for child in r.iterchildren():
            tag = child.tag
            if tag == qn("w:fldChar"):
                self._field_char(_attr(child, "w:fldCharType"))
            elif self._fields and not self._fields[-1].showing:
                if tag == qn("w:instrText"):
                    self._fields[-1].instruction += child.text or ""
            elif tag == qn("w:t"):
                pieces.append(child.text or "")
            elif tag in (qn("w:tab"), qn("w:ptab")):
                pieces.append("\t")
            elif tag == qn("w:br"):
                if _attr(child, "w:type") in (None, "textWrapping"):
                    pieces.append("\n")
            elif tag == qn("w:cr"):
                pieces.append("\n")
            elif tag == qn("w:noBreakHyphen"):
                pieces.append("-")
        if hidden:
            return
        field_href = next((f.href for f in reversed(self._fields) if f.href), None)
        line.add("".join(pieces), bold=bool(bold), italic=bool(italic), href=href or field_href)

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(_Field())
        elif kind == "separate" and self._fields:
            current = self._fields[-1]
            current.showing = True
            match = _HYPERLINK_FIELD.match(current.instruction)
            current.href = safe_link(match.group(1)) if match else None
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _hyperlink_target(self, hyperlink: Any) -> str | None:
        rid = hyperlink.get(qn("r:id"))
        if not rid:
            return None
        rel = self._part.rels.get(rid)
        if rel is None or not rel.is_external:
            return None
        return safe_link(str(rel.target_ref))

    # --- styles and numbering ------------------------------------------------

    def _style_chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < 10:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                return
            yield style
            style_id = style.based_on

    def _style_names(self, style_id: str | None) -> list[str]:
        return [s.name for s in self._style_chain(style_id)]

    def _style_emphasis(self, style_id: str) -> tuple[bool | None, bool | None]:
        bold: bool | None = None
        italic: bool | None = None
        for style in self._style_chain(style_id):
            bold = style.bold if bold is None else bold
            italic = style.italic if italic is None else italic
        return bold, italic

    def _list_item(self, p: Any, style_id: str | None, names: list[str]) -> tuple[int, int | None] | None:
        """(level, ordinal) if the paragraph is a list item, else None."""
        num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id = _attr(num_pr.find(qn("w:numId")), "w:val") if num_pr is not None else None
        ilvl_text = _attr(num_pr.find(qn("w:ilvl")), "w:val") if num_pr is not None else None
        ilvl = _int(ilvl_text)
        for style in self._style_chain(style_id):
            num_id = num_id or style.num_id
            ilvl = ilvl if ilvl is not None else style.ilvl
        styled = next((m for m in map(_LIST_STYLE.match, names) if m), None)
        if num_id == "0":  # numbering explicitly switched off
            return None
        if num_id is None:
            if styled is None:
                return None
            level = int(styled.group(2) or 1)
            ordered = styled.group(1) == "number"
            return level, self._count(f"style:{styled.group(0)}", level - 1, 1) if ordered else None
        level_index = min(max(ilvl or 0, 0), 8)
        numbering = self._number_format(num_id, level_index)
        fmt = numbering.fmt
        if fmt is None and styled is not None:
            fmt = "decimal" if styled.group(1) == "number" else "bullet"
        # Lists that share an abstract definition share their count, as in Word,
        # unless a list restarts it with a start override.
        restart = numbering.override is not None and (num_id, level_index) not in self._restarted
        if restart:
            self._restarted.add((num_id, level_index))
        ordinal = self._count(
            numbering.counter_key,
            level_index,
            numbering.override if numbering.override is not None else numbering.start,
            restart=restart,
        )
        level = level_index + 1
        if num_pr is None and styled is not None and styled.group(2):
            level = int(styled.group(2))  # "List Number 2" is a second-level list by name
        return level, None if fmt in (None, "bullet", "none") else ordinal

    def _count(self, key: str, level: int, start: int, *, restart: bool = False) -> int:
        counters = self._counters.setdefault(key, [])
        while len(counters) <= level:
            counters.append(None)
        del counters[level + 1 :]
        current = counters[level]
        counters[level] = start if current is None or restart else current + 1
        return start if current is None or restart else current + 1

    def _number_format(self, num_id: str, ilvl: int) -> _Numbering:
        unknown = _Numbering(counter_key=f"num:{num_id}")
        if self._numbering is None:
            return unknown
        abstract = _first(_ABSTRACT_NUM_ID, self._numbering, n=num_id)
        if abstract is None:
            return unknown
        override = _first(_START_OVERRIDE, self._numbering, n=num_id, l=str(ilvl))
        level = _first(_LEVEL, self._numbering, a=str(abstract), l=str(ilvl))
        fmt = _attr(level.find(qn("w:numFmt")), "w:val") if level is not None else None
        start = _int(_attr(level.find(qn("w:start")), "w:val")) if level is not None else None
        return _Numbering(
            counter_key=f"abstract:{abstract}",
            fmt=fmt,
            start=start if start is not None and start >= 0 else 1,
            override=_int(str(override)) if override is not None else None,
        )


@dataclass(frozen=True)
class _Numbering:
    counter_key: str
    fmt: str | None = None
    start: int = 1
    override: int | None = None


_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
_ABSTRACT_NUM_ID = etree.XPath("w:num[@w:numId=$n]/w:abstractNumId/@w:val", namespaces=_NS)
_START_OVERRIDE = etree.XPath(
    "w:num[@w:numId=$n]/w:lvlOverride[@w:ilvl=$l]/w:startOverride/@w:val", namespaces=_NS
)
_LEVEL = etree.XPath("w:abstractNum[@w:abstractNumId=$a]/w:lvl[@w:ilvl=$l]", namespaces=_NS)


def _first(xpath: etree.XPath, element: Any, **variables: str) -> Any:
    found = xpath(element, **variables)
    return found[0] if isinstance(found, list) and found else None


def _attr(element: Any, name: str) -> str | None:
    if element is None:
        return None
    value = element.get(qn(name))
    return None if value is None else str(value)


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _toggle(element: Any) -> bool | None:
    """A run property such as ``<w:b/>``: on unless its value says off; None when absent."""
    if element is None:
        return None
    return (_attr(element, "w:val") or "true").lower() not in _OFF


def _related_element(part: Any, reltype: str) -> Any:
    try:
        return part.part_related_by(reltype).element
    except KeyError:
        return None


def _read_styles(styles: Any) -> dict[str, _Style]:
    found: dict[str, _Style] = {}
    if styles is None:
        return found
    for style in styles.iterchildren(qn("w:style")):
        style_id = _attr(style, "w:styleId")
        if not style_id:
            continue
        num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        rpr = style.find(qn("w:rPr"))
        found[style_id] = _Style(
            name=(_attr(style.find(qn("w:name")), "w:val") or style_id).strip().lower(),
            based_on=_attr(style.find(qn("w:basedOn")), "w:val"),
            num_id=_attr(num_pr.find(qn("w:numId")), "w:val") if num_pr is not None else None,
            ilvl=_int(_attr(num_pr.find(qn("w:ilvl")), "w:val")) if num_pr is not None else None,
            bold=_toggle(rpr.find(qn("w:b"))) if rpr is not None else None,
            italic=_toggle(rpr.find(qn("w:i"))) if rpr is not None else None,
        )
    return found


def _core_properties(part: Any) -> dict[str, str | None]:
    """Title, author, date and language from docProps/core.xml, when the file has one.

    python-docx makes up default properties (titled "Word Document") for a
    file without them, so their presence is checked first. Each property is
    read on its own: an empty or odd date must not cost the reader the
    document.
    """
    try:
        package = part.package
        package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        return {}
    core = package.core_properties
    found: dict[str, str | None] = {}
    for name in ("title", "author", "created", "language"):
        try:
            value = getattr(core, name)
        except _DAMAGE:
            log.debug("docProps/core.xml has an unreadable %s", name, exc_info=True)
            continue
        if name == "created":
            found["date"] = value.date().isoformat() if isinstance(value, datetime) else None
        elif name == "language":
            primary = re.split(r"[-_]", str(value or "").strip().lower(), maxsplit=1)[0]
            found["language"] = primary or None
        else:
            found[name] = str(value) if value else None
    return found
