"""From an element tree to blocks: the one walker the HTML, Markdown and EPUB readers share.

It understands two vocabularies at once, because both reach it:

* HTML and XHTML: ``h1``-``h6``, ``p``, ``blockquote``, ``ul``/``ol``/``li``,
  ``pre``, containers (``div``, ``section``, ``article``...) holding loose
  text, ``br``, ``em``/``i``, ``strong``/``b``, ``code``, ``a href``,
  ``figure``/``figcaption``, ``img`` and tables;
* trafilatura's XML: ``head rend="h2"``, ``p``, ``quote``, ``list``/``item``,
  ``hi rend="#i"``/``"#b"``, ``ref target``, ``lb``, ``table``/``row``/``cell``.

The walker keeps one pending buffer of inline text. Block elements flush it
as a draft of the kind the enclosing context says (a paragraph, a quote, a
list item...), so text is never lost when a page puts a block inside a
paragraph or a heading inside a link, as real pages do. Text is normalised
as it is appended, so a draft's text is already what
:func:`guides.article.normalize_block_text` would make of it and its inline
spans point at the right characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from guides.article import BlockDraft, BlockKind, Inline, InlineKind, normalize_block_text, safe_link
from guides.importing.sanitize import IMAGE_PLACEHOLDER_CLASS, image_placeholder_text

SKIPPED_TAGS = frozenset(
    {
        "applet", "aside", "audio", "base", "button", "canvas", "datalist", "dialog", "embed",
        "form", "frame", "frameset", "graphic", "iframe", "input", "link", "map", "math", "meta",
        "nav", "noembed", "noframes", "noscript", "object", "option", "script", "select", "source",
        "style", "svg", "template", "textarea", "title", "track", "video",
    }
)  # fmt: skip
"""Never read: code, styling, embedded media, forms and page navigation."""

MAX_DEPTH = 120
"""Past this many nested elements the rest is read as plain text, so that no
page, however deeply nested, can exhaust Python's recursion limit (real pages
stay far below it; libxml2 itself stops at 255)."""

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = frozenset({"ul", "ol", "list", "menu", "dir"})
_ITEMS = frozenset({"li", "item"})
_QUOTES = frozenset({"blockquote", "quote"})
_ROWS = frozenset({"tr", "row"})
_CELLS = frozenset({"td", "th", "cell"})
_BREAKS = frozenset({"br", "lb"})
# Blocks that only group text: a paragraph of their own in running text,
# one more line inside a list item or a heading.
_SOFT_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "body", "html", "header", "footer", "figure",
        "figcaption", "center", "details", "summary", "dl", "dt", "dd", "address", "hgroup",
        "fieldset", "legend", "caption", "table", "thead", "tbody", "tfoot", "hr", "picture",
    }
)  # fmt: skip
_EMPHASIS = frozenset({"em", "i", "cite", "dfn", "var"})
_STRONG = frozenset({"strong", "b"})
_CODE = frozenset({"code", "kbd", "samp", "tt"})
_HI_KINDS: dict[str, InlineKind] = {"#i": "emphasis", "#b": "strong", "#t": "code"}

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\ufeff]")


def walk(
    root: etree._Element,
    *,
    base_url: str | None = None,
    section: str | None = None,
) -> list[BlockDraft]:
    """The blocks of ``root`` (an HTML, XHTML or trafilatura XML element), in order.

    Relative links are resolved against ``base_url``; links that are not
    http(s) or mailto afterwards keep their text but lose the link. Every
    draft gets ``section``.
    """
    walker = _Walker(base_url=base_url, section=section)
    walker.visit(root)
    walker.flush()
    return walker.drafts


def element_text(element: etree._Element) -> str:
    """All the text inside ``element``, its whitespace collapsed to single spaces."""
    return " ".join("".join(str(piece) for piece in element.itertext()).split())


def local_name(element: etree._Element) -> str:
    """The tag without namespace, lower-cased; "" for comments and processing instructions."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


@dataclass
class _Context:
    kind: BlockKind
    level: int = 0
    ordinal: int | None = None
    ordinal_used: bool = False


@dataclass
class _ListState:
    ordered: bool
    next: int = 1
    step: int = 1
    as_paragraphs: bool = False


@dataclass
class _OpenSpan:
    kind: InlineKind
    generation: int
    start: int
    href: str | None = None


class _Walker:
    """One pass over a tree; ``drafts`` holds the result."""

    def __init__(self, *, base_url: str | None, section: str | None) -> None:
        self.base_url = base_url
        self.section = section
        self.drafts: list[BlockDraft] = []
        self._buffer: list[str] = []
        self._starts: list[int] = []
        """Where each piece of the buffer starts in the block's text."""
        self._length = 0
        self._last = ""
        self._spans: list[Inline] = []
        self._generation = 0
        """Counts flushes, so a span that outlives its buffer is noticed."""
        self._contexts: list[_Context] = [_Context("paragraph")]
        self._lists: list[_ListState] = []
        self._pre_depth = 0
        self._depth = 0

    # --- the buffer ----------------------------------------------------

    @property
    def _context(self) -> _Context:
        return self._contexts[-1]

    def _append(self, text: str | None) -> None:
        if not text:
            return
        text = _INVISIBLE.sub("", text)
        if self._pre_depth:
            self._push(text.replace("\r\n", "\n").replace("\r", "\n"))
            return
        text = _SPACES.sub(" ", text)
        if text.startswith(" ") and (not self._last or self._last in " \n"):
            text = text[1:]
        self._push(text)

    def _push(self, text: str) -> None:
        if text:
            self._buffer.append(text)
            self._starts.append(self._length)
            self._length += len(text)
            self._last = text[-1]

    def _line_break(self) -> None:
        if self._pre_depth:
            self._push("\n")
            return
        if not self._length:
            return
        if self._last == "\n":
            # Two breaks in a row end a paragraph (Blogger and pasted text
            # separate paragraphs this way); elsewhere they are one break.
            if self._context.kind in ("paragraph", "quote"):
                self.flush()
            return
        self._trim_trailing_space()
        self._push("\n")

    def _separator(self, text: str) -> None:
        """Put ``text`` between two pieces of inline content, never at a block's edge."""
        if self._length and self._last not in " \n":
            self._append(text)

    def _trim_trailing_space(self) -> None:
        if self._last != " ":
            return
        self._buffer[-1] = self._buffer[-1][:-1]
        self._length -= 1
        if not self._buffer[-1]:
            self._buffer.pop()
            self._starts.pop()
        self._last = self._buffer[-1][-1] if self._buffer else ""

    def flush(self) -> None:
        """Turn the pending text into a draft of the current context's kind."""
        raw = "".join(self._buffer)
        spans = self._spans
        self._buffer, self._starts, self._length, self._last, self._spans = [], [], 0, "", []
        self._generation += 1
        if self._pre_depth:
            text = normalize_block_text(raw, preformatted=True)
            spans = []
        else:
            text = raw.rstrip()
            spans = [s for s in spans if s.start < len(text)]
            spans = [Inline(s.kind, s.start, min(s.end, len(text)), s.href) for s in spans]
            if normalize_block_text(text) != text:
                text, spans = _renormalise(text, spans)
        if not text:
            return
        if self._pre_depth:
            self.drafts.append(BlockDraft(kind="preformatted", text=text, section=self.section))
            return
        context = self._context
        ordinal = None
        if context.kind == "list_item" and not context.ordinal_used:
            ordinal = context.ordinal
            context.ordinal_used = True
        self.drafts.append(
            BlockDraft(
                kind=context.kind,
                text=text,
                level=context.level,
                ordinal=ordinal,
                inline=tuple(spans),
                section=self.section,
            )
        )

    # --- the tree ------------------------------------------------------

    def visit(self, element: etree._Element) -> None:
        tag = local_name(element)
        if not tag:
            return  # a comment or processing instruction; its tail is read by the parent
        if tag in SKIPPED_TAGS or _hidden(element) or (tag == "head" and _is_document_head(element)):
            return
        handler = _HANDLERS.get(tag)
        if handler is not None:
            handler(self, element, tag)
        elif tag in _SOFT_BLOCKS:
            self._soft_block(element)
        else:
            self._inline(element, tag)

    def _children(self, element: etree._Element) -> None:
        self._append(element.text)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                self._flat_text(element)
                return
            for child in element:
                self.visit(child)
                self._append(child.tail)
        finally:
            self._depth -= 1

    def _flat_text(self, element: etree._Element) -> None:
        """The text of ``element``'s children without their structure, read without recursion."""
        stack: list[tuple[etree._Element, bool]] = [(child, False) for child in reversed(element)]
        while stack:
            node, done = stack.pop()
            if done:
                self._append(node.tail)
                continue
            tag = local_name(node)
            stack.append((node, True))
            if not tag or tag in SKIPPED_TAGS:
                continue
            if tag in _BREAKS:
                self._line_break()
                continue
            self._append(node.text)
            stack.extend((child, False) for child in reversed(node))

    def _block(self, element: etree._Element, context: _Context) -> None:
        self.flush()
        self._contexts.append(context)
        try:
            self._children(element)
            self.flush()
        finally:
            self._contexts.pop()

    def _soft_block(self, element: etree._Element) -> None:
        kind = self._context.kind
        if self._pre_depth:
            self._children(element)
        elif kind == "list_item":
            # A list item's own paragraphs stay one item, a line each.
            self._line_break()
            self._children(element)
            self._line_break()
        elif kind == "heading":
            self._separator(" ")
            self._children(element)
            self._separator(" ")
        else:
            self.flush()
            self._children(element)
            self.flush()

    def _heading(self, element: etree._Element, tag: str) -> None:
        level = _HEADINGS.get(tag) or _rend_level(element.get("rend"))
        self._block(element, _Context("heading", level=level))

    def _quote(self, element: etree._Element, tag: str) -> None:
        self._block(element, _Context("quote"))

    def _pre(self, element: etree._Element, tag: str) -> None:
        self.flush()
        self._pre_depth += 1
        try:
            self._children(element)
            self.flush()
        finally:
            self._pre_depth -= 1

    def _list(self, element: etree._Element, tag: str) -> None:
        rend = (element.get("rend") or "").lower()
        ordered = tag == "ol" or rend == "ol"
        state = _ListState(ordered=ordered, as_paragraphs=rend == "dl")
        if ordered:
            start = _int(element.get("start"))
            if element.get("reversed") is not None:
                state.step = -1
                state.next = start if start is not None else _count_items(element)
            elif start is not None:
                state.next = start
        self.flush()
        self._lists.append(state)
        try:
            self._children(element)
            self.flush()
        finally:
            self._lists.pop()

    def _item(self, element: etree._Element, tag: str) -> None:
        state = self._lists[-1] if self._lists else None
        if state is not None and state.as_paragraphs:
            self._block(
                element, _Context(self._context.kind if self._context.kind == "quote" else "paragraph")
            )
            return
        ordinal = None
        if state is not None and state.ordered:
            value = _int(element.get("value"))
            ordinal = value if value is not None else state.next
            state.next = ordinal + state.step
        depth = sum(1 for s in self._lists if not s.as_paragraphs) or 1
        self._block(element, _Context("list_item", level=depth, ordinal=ordinal))

    def _row(self, element: etree._Element, tag: str) -> None:
        if self._context.kind == "list_item":
            self._line_break()
        else:
            self.flush()
        for cell in element:
            if local_name(cell) in _CELLS:
                self._separator(" | ")
                self._children(cell)
            else:
                self.visit(cell)
        if self._context.kind != "list_item":
            self.flush()

    def _break(self, element: etree._Element, tag: str) -> None:
        self._line_break()

    def _image(self, element: etree._Element, tag: str) -> None:
        alt = (element.get("alt") or "").strip()
        if alt:
            self._placeholder(image_placeholder_text(alt))

    def _placeholder(self, text: str) -> None:
        self._separator(" ")
        self._append(text + " ")

    def _code(self, element: etree._Element, tag: str) -> None:
        # trafilatura turns <pre> into a <code> block; in HTML <code> is inline.
        text = "".join(str(piece) for piece in element.itertext())
        parent = element.getparent()
        if (
            not self._pre_depth
            and "\n" in text.strip()
            and not self._length
            and parent is not None
            and local_name(parent) not in _INLINE_PARENTS_OF_CODE
        ):
            self._pre(element, tag)
            return
        self._inline(element, tag)

    def _inline(self, element: etree._Element, tag: str) -> None:
        if tag == "span" and IMAGE_PLACEHOLDER_CLASS in (element.get("class") or "").split():
            text = element_text(element)
            if text and text != image_placeholder_text(None):
                self._placeholder(text)  # an image without alt text says nothing
            return
        kind, href = self._inline_kind(element, tag)
        if tag == "q":
            self._append("“")
        if kind is None or self._pre_depth:
            self._children(element)
        else:
            span = _OpenSpan(kind, self._generation, self._length, href)
            self._children(element)
            self._close(span)
        if tag == "q":
            self._append("”")

    def _inline_kind(self, element: etree._Element, tag: str) -> tuple[InlineKind | None, str | None]:
        if tag in _EMPHASIS:
            return "emphasis", None
        if tag in _STRONG:
            return "strong", None
        if tag in _CODE:
            return "code", None
        if tag == "hi":
            return _HI_KINDS.get((element.get("rend") or "").strip()), None
        if tag in ("a", "ref"):
            href = self._href(element.get("href") if tag == "a" else element.get("target"))
            return ("link", href) if href else (None, None)
        return None, None

    def _href(self, raw: str | None) -> str | None:
        if not raw or not raw.strip():
            return None
        href = raw.strip()
        if self.base_url:
            href = urljoin(self.base_url, href)
        return safe_link(href)

    def _close(self, span: _OpenSpan) -> None:
        start = span.start if span.generation == self._generation else 0
        end = self._length
        while start < end and self._char(start) in " \n":
            start += 1
        while end > start and self._char(end - 1) in " \n":
            end -= 1
        if end > start:
            self._spans.append(Inline(span.kind, start, end, span.href))

    def _char(self, at: int) -> str:
        """The character at ``at`` in the block's text so far, found without joining the buffer.

        Joining it at every closing tag took the square of the tags: a page of
        5,000 one-word links took seconds, 40,000 minutes.
        """
        piece = bisect.bisect_right(self._starts, at) - 1
        return self._buffer[piece][at - self._starts[piece]]


_INLINE_PARENTS_OF_CODE = frozenset(
    {"p", "a", "ref", "hi", "em", "i", "strong", "b", "span", "li", "item", "td", "cell"}
)

_HANDLERS: dict[str, Callable[[_Walker, etree._Element, str], None]] = {
    **{tag: _Walker._heading for tag in _HEADINGS},
    "head": _Walker._heading,
    **{tag: _Walker._quote for tag in _QUOTES},
    "pre": _Walker._pre,
    **{tag: _Walker._list for tag in _LISTS},
    **{tag: _Walker._item for tag in _ITEMS},
    **{tag: _Walker._row for tag in _ROWS},
    **{tag: _Walker._break for tag in _BREAKS},
    "img": _Walker._image,
    "code": _Walker._code,
}


def _is_document_head(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is None or local_name(parent) == "html"


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _rend_level(rend: str | None) -> int:
    match = re.fullmatch(r"h([1-6])", (rend or "").strip().lower())
    return int(match.group(1)) if match else 2


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _count_items(element: etree._Element) -> int:
    """How many items belong to this list itself (not to lists nested in it)."""
    count = 0
    stack = list(element)
    while stack:
        child = stack.pop()
        name = local_name(child)
        if name in _ITEMS:
            count += 1
        elif name and name not in _LISTS:
            stack.extend(child)
    return count


def _renormalise(text: str, spans: list[Inline]) -> tuple[str, list[Inline]]:
    """Normalise ``text`` the way build_article will and find each span again."""
    normal = normalize_block_text(text)
    placed: list[Inline] = []
    cursor = 0
    for span in spans:
        piece = normalize_block_text(text[span.start : span.end])
        at = normal.find(piece, cursor) if piece else -1
        if at < 0:
            continue
        placed.append(Inline(span.kind, at, at + len(piece), span.href))
        cursor = at
    return normal, placed
