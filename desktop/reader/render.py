"""An Article as escaped HTML for the reader, with marks keyed by offsets into ``Article.text``.

Every article block becomes exactly one paragraph of the Qt document, holding
exactly the block's text (line breaks become ``<br/>``, one character each),
so a position in the document maps back to an offset in the article. Marks
(scripture references, highlights, the author's questions) may overlap each
other and the inline formatting: the text is cut at every boundary and each
piece opens and closes its own tags, so nothing needs to nest.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from desktop.mark import Mark, MarkKind
from desktop.reader.theme import Palette

__all__ = ["REFERENCE_SCHEME", "Mark", "MarkKind", "render_article"]

if TYPE_CHECKING:  # only for types: the first frame shows HTML before the engine loads
    from guides.article import Article, Block, Inline

_FOLLOWABLE = re.compile(r"\s*(https?|mailto):", re.IGNORECASE)
"""The links the reading view makes live (as ``guides.article.safe_link`` keeps on import; an article
stored before that rule keeps its text, not a ``javascript:`` or ``file:`` link)."""


REFERENCE_SCHEME = "ref"
HEADER_BLOCKS = 2
"""Document paragraphs before the first article block: the title and the byline."""

_HEADING_TAG = {1: "h2", 2: "h2", 3: "h3"}


def byline(article: Article) -> str:
    parts = [p for p in (article.author, article.site, article.date) if p]
    return " · ".join(parts)


def render_article(article: Article, marks: Sequence[Mark], palette: Palette) -> str:
    """The whole reader document: title, byline, then each block with its marks."""
    out = [
        "<html><body>",
        f"<h1>{_escape(article.title)}</h1>",
        f'<p class="byline">{_escape(byline(article)) or "&nbsp;"}</p>',
    ]
    ordered = sorted(marks, key=lambda m: (m.start, m.end))
    open_list: str | None = None
    for block in article.blocks:
        list_tag = None
        if block.kind == "list_item":
            list_tag = "ol" if block.ordinal is not None else "ul"
        if open_list and open_list != list_tag:
            out.append(f"</{open_list}>")
            open_list = None
        if list_tag and not open_list:
            start = f' start="{block.ordinal}"' if block.ordinal is not None else ""
            out.append(f"<{list_tag}{start}>")
            open_list = list_tag
        body = _anchor(block) + _render_text(article.text, block, _marks_in(ordered, block), palette)
        out.append(_wrap(block, body))
    if open_list:
        out.append(f"</{open_list}>")
    out.append("</body></html>")
    return "\n".join(out)


def render_empty(message: str) -> str:
    return f'<html><body><p class="empty">{_escape(message)}</p></body></html>'


def _anchor(block: Block) -> str:
    return f'<a name="{html.escape(block.id, quote=True)}"></a>'


def _wrap(block: Block, body: str) -> str:
    if block.kind == "heading":
        tag = _HEADING_TAG.get(block.level, "h4")
        return f"<{tag}>{body}</{tag}>"
    if block.kind == "quote":
        return f"<blockquote>{body}</blockquote>"
    if block.kind == "list_item":
        return f"<li>{body}</li>"
    if block.kind == "preformatted":
        return f"<pre>{body}</pre>"
    return f"<p>{body}</p>"


def _marks_in(marks: Iterable[Mark], block: Block) -> list[Mark]:
    return [m for m in marks if m.start < block.end and m.end > block.start and m.end > m.start]


def _render_text(text: str, block: Block, marks: list[Mark], palette: Palette) -> str:
    spans: list[Mark | Inline] = [*block.inline, *marks]
    cuts = {block.start, block.end}
    for span in spans:
        cuts.add(min(max(span.start, block.start), block.end))
        cuts.add(min(max(span.end, block.start), block.end))
    points = sorted(cuts)
    pieces: list[str] = []
    for left, right in pairwise(points):
        if left == right:
            continue
        active = [s for s in spans if s.start <= left and s.end >= right]
        pieces.append(_piece(text[left:right], active, palette))
    return "".join(pieces)


def _piece(text: str, active: list[Mark | Inline], palette: Palette) -> str:
    opening: list[str] = []
    closing: list[str] = []

    def wrap(open_tag: str, close_tag: str) -> None:
        opening.append(open_tag)
        closing.insert(0, close_tag)

    reference = next((s for s in active if isinstance(s, Mark) and s.kind == "reference"), None)
    link = next((s for s in active if not isinstance(s, Mark) and s.kind == "link" and s.href), None)
    if reference is not None:  # a reference wins over a link: anchors cannot nest
        href = html.escape(f"{REFERENCE_SCHEME}:{reference.key}", quote=True)
        wrap(f'<a class="ref" href="{href}">', "</a>")
    elif link is not None and link.href and _FOLLOWABLE.match(link.href):
        wrap(f'<a class="link" href="{html.escape(link.href or "", quote=True)}">', "</a>")
    for span in active:
        if not isinstance(span, Mark):  # an Inline of the article
            tag = {"emphasis": "em", "strong": "strong", "code": "code"}.get(span.kind)
            if tag:
                wrap(f"<{tag}>", f"</{tag}>")
        elif span.kind == "question":
            wrap('<span class="question">', "</span>")
    highlight = next((s for s in reversed(active) if isinstance(s, Mark) and s.kind == "highlight"), None)
    if highlight is not None:
        colour = html.escape(highlight.colour or "#f6d55c", quote=True)
        wrap(
            f'<span style="background-color: {colour}; color: {palette.highlight_text};">',
            "</span>",
        )
    return "".join(opening) + _escape(text) + "".join(closing)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br/>")
