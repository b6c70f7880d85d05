"""Pages too large for the HTML reader are refused; pages too dense are made plain where they are dense.

trafilatura's time grows faster than a page's tags where the tags are
inline and many: a paragraph of 5,000 one-letter ``<span>``s took 5 s to
import and 40,000 took minutes, mostly in lxml's ``strip_tags`` merging
each span's text into a growing string. No article has a paragraph of
hundreds of inline elements, so where one element holds more than
:data:`DENSE_CHILDREN` of them they are unwrapped (their text kept, in
place; their bold or link is not, which in a paragraph of a thousand links
is no loss) before anything reads the page, in one pass that builds each
text once. Attribute-less ``<span>``s, which mean nothing to any reader,
are unwrapped everywhere once a page has more than :data:`MANY_SPANS`. Then
a page of more than :data:`~guides.budgets.MAX_PAGE_ELEMENTS` tags is
refused: trafilatura reads bold, italics and links in linear time, but at
about 0.15 ms a tag.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from guides import budgets
from guides.importing.markup import local_name

DENSE_CHILDREN = 300
"""More inline children than any real paragraph has (a long one has a few dozen)."""
MANY_SPANS = 5_000

_INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
        "tt", "u", "var", "wbr",
    }
)  # fmt: skip


def simplify_dense_markup(root: etree._Element) -> None:
    """Unwrap dense runs of inline elements in place, then refuse a page that is still too large."""
    dense = [e for e in root.iter() if len(e) > DENSE_CHILDREN]
    for parent in dense:
        if sum(1 for child in parent if _is_inline(child)) > DENSE_CHILDREN:
            unwrap_children(parent, _is_inline)
    spans = [e for e in root.iter("span") if not e.attrib]
    if len(spans) > MANY_SPANS:
        parents: dict[int, etree._Element] = {}
        for span in spans:
            above = span.getparent()
            if above is not None:
                parents[id(above)] = above
        for parent in parents.values():
            unwrap_children(parent, lambda e: local_name(e) == "span" and not e.attrib)
    budgets.check_page_elements(sum(1 for _ in root.iter()))


def _is_inline(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and local_name(element) in _INLINE


def unwrap_children(parent: etree._Element, unwrap: Callable[[etree._Element], bool]) -> None:
    """Replace each child ``unwrap`` picks by its text, keeping the other children where they were.

    The texts are gathered in lists and joined once per gap between kept
    children (lxml's ``strip_tags`` joins as it goes, the square of the
    children). A ``<br>`` becomes a line break.
    """
    kept: list[etree._Element] = []
    pieces: list[str] = [parent.text or ""]
    gaps: list[list[str]] = []
    for child in parent:
        if unwrap(child):
            if local_name(child) == "br":
                pieces.append("\n")
            else:
                pieces.append("".join(str(t) for t in child.itertext()))
            pieces.append(child.tail or "")
        else:
            gaps.append(pieces)
            kept.append(child)
            pieces = [child.tail or ""]
    gaps.append(pieces)
    parent[:] = kept
    parent.text = "".join(gaps[0]) or None
    for child, gap in zip(kept, gaps[1:], strict=True):
        child.tail = "".join(gap) or None
