"""The clean Article every later stage works on.

An Article is built from an ordered list of :class:`BlockDraft` (what a reader
produces) by :func:`build_article`, which joins the block texts with a blank
line into ``Article.text`` and records each block's ``start``/``end`` in it.
Every offset in the engine (scripture spans, question sources, highlights)
refers to that ``text``, so ``article.text[block.start:block.end] == block.text``
always holds.

What the cleaners take out (comments, spam, page chrome, the other letters
of an advice column) is kept in ``Article.removed`` with the reason and the
place it came from, so that it can be shown and put back with :func:`restore`.

An excerpt that stops mid-sentence keeps its unfinished last sentence in the
text, marked on its block as ``Block.fragment_start`` (see
:attr:`Article.fragments`): it is there to read, but it is never a source for
a question, a passage read aloud or the big idea.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Literal
from urllib.parse import urlsplit

SCHEMA_VERSION = 1

BlockKind = Literal["heading", "paragraph", "quote", "list_item", "preformatted"]
BLOCK_KINDS: tuple[BlockKind, ...] = ("heading", "paragraph", "quote", "list_item", "preformatted")

InlineKind = Literal["emphasis", "strong", "code", "link"]
INLINE_KINDS: tuple[InlineKind, ...] = ("emphasis", "strong", "code", "link")

RemovedKind = Literal["comment", "comment_header", "boilerplate", "navigation", "signature", "letter"]
REMOVED_KINDS: tuple[RemovedKind, ...] = (
    "comment",
    "comment_header",
    "boilerplate",
    "navigation",
    "signature",
    "letter",
)
"""``letter``: another letter of an advice column or Q&A page, with its answer."""

BLOCK_SEPARATOR = "\n\n"

_ID_PREFIX: dict[str, str] = {
    "heading": "h",
    "paragraph": "p",
    "quote": "q",
    "list_item": "li",
    "preformatted": "pre",
}


@dataclass(frozen=True)
class Inline:
    """Inline structure inside a block (emphasis, a link, ...).

    In a :class:`BlockDraft` the offsets are relative to the block text; in a
    built :class:`Block` they are absolute offsets into ``Article.text``.
    """

    kind: InlineKind
    start: int
    end: int
    href: str | None = None


@dataclass(frozen=True)
class BlockDraft:
    """A block as a reader produces it, before offsets are known."""

    kind: BlockKind
    text: str
    level: int = 0
    """Heading level (1-6) for headings; nesting depth (1-based) for list items."""
    ordinal: int | None = None
    """The number an ordered list item carries ("3." gives 3); None if unordered."""
    inline: tuple[Inline, ...] = ()
    section: str | None = None
    """The chapter or section this block belongs to (EPUB chapters, for instance)."""
    fragment_start: int | None = None
    """Where, in ``text``, the block's cut-off last sentence starts; None when it is whole."""


@dataclass(frozen=True)
class Block:
    """One block of the article, placed in ``Article.text``."""

    id: str
    kind: BlockKind
    text: str
    start: int
    end: int
    level: int = 0
    ordinal: int | None = None
    inline: tuple[Inline, ...] = ()
    section: str | None = None
    fragment_start: int | None = None
    """When the article is an excerpt cut off mid-sentence: the offset in
    ``Article.text`` where that unfinished last sentence starts (it runs to
    ``end``). Kept in the text for reading, never used as a source. None for
    a whole block."""


@dataclass(frozen=True)
class Removed:
    """A piece taken out of the article, kept so it can be shown and restored."""

    id: str
    kind: RemovedKind
    text: str
    reason: str
    position: int
    """How many article blocks came before this piece where it was found."""
    spam: bool | None = None
    """For comments: whether it was judged spam. None for anything else."""
    spam_reason: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Article:
    """A clean article: metadata, plain text, blocks, and what was removed."""

    title: str
    text: str
    blocks: tuple[Block, ...]
    removed: tuple[Removed, ...] = ()
    author: str | None = None
    date: str | None = None
    site: str | None = None
    source: str | None = None
    language: str | None = None
    sections: tuple[str, ...] = field(default=())
    """Chapter titles in order, for sources that have chapters (EPUB)."""

    def block_at(self, offset: int) -> Block | None:
        """The block containing ``offset``, or None if it falls between blocks."""
        i = self.block_index_at(offset)
        return self.blocks[i] if i is not None else None

    def block_index_at(self, offset: int) -> int | None:
        """The index in ``blocks`` of the block containing ``offset``, or None (see :meth:`block_at`)."""
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return i
        return None

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    @property
    def comments(self) -> tuple[Removed, ...]:
        return tuple(r for r in self.removed if r.kind == "comment")

    @property
    def letters(self) -> tuple[Removed, ...]:
        """The other letters of an advice column, kept aside (the first one is the article)."""
        return tuple(r for r in self.removed if r.kind == "letter")

    @cached_property
    def fragments(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` in ``text`` of each cut-off sentence (an excerpt's last one).

        They stay in the text to be read, but nothing may quote them as a
        source: no question, passage read aloud or big idea.
        """
        return tuple((b.fragment_start, b.end) for b in self.blocks if b.fragment_start is not None)

    def in_fragment(self, start: int, end: int) -> bool:
        """Whether ``start:end`` overlaps a cut-off sentence (see :attr:`fragments`)."""
        return any(start < f_end and end > f_start for f_start, f_end in self.fragments)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""The links an article keeps: pages and mail. Every reader drops the rest."""


def safe_link(href: str | None) -> str | None:
    """``href`` stripped, if it is a link a reader may follow (web or mail); else None.

    ``javascript:``, ``vbscript:``, ``data:`` and ``file:`` links never
    reach an article, its exports or the reading view; whitespace or control
    characters inside the scheme ("java\tscript:") do not hide one.
    """
    if not href or not href.strip():
        return None
    target = href.strip()
    try:
        scheme = urlsplit("".join(target.split())).scheme.lower()
    except ValueError:  # "http://[broken": no link a reader could follow
        return None
    return target if scheme in LINK_SCHEMES else None


_INNER_BLANK = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Where _INNER_BLANK changes something: a blank other than a space, or two in a row. Searching
# for it is cheaper than rewriting every block whose spaces are already single.
_ODD_BLANK = re.compile(r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]|  ")
_MANY_NEWLINES = re.compile(r"\s*\n\s*")


def normalize_block_text(text: str, *, preformatted: bool = False) -> str:
    """Collapse runs of spaces and blank lines inside one block.

    A block keeps single line breaks (poetry, addresses) but never a blank
    line, because the blank line is what separates blocks in ``Article.text``.
    Non-breaking and other Unicode spaces become plain spaces.

    Preformatted blocks (code, verse laid out by hand) keep their indentation:
    only trailing spaces go, tabs become four spaces, and an empty line inside
    becomes a line holding one space so it never reads as a block boundary.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "")
    if preformatted:
        lines = [line.rstrip().expandtabs(4) for line in text.split("\n")]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(line or " " for line in lines)
    if _ODD_BLANK.search(text):
        text = _INNER_BLANK.sub(" ", text)
    if "\n" in text:
        text = _MANY_NEWLINES.sub("\n", text)
    return text.strip()


def _block_id(kind: str, text: str, seen: dict[str, int]) -> str:
    import hashlib  # here: a start that reads stored articles builds none, and OpenSSL's module is 2 ms

    digest = hashlib.sha1(f"{kind}\0{text}".encode()).hexdigest()[:10]
    base = f"{_ID_PREFIX.get(kind, 'b')}-{digest}"
    count = seen.get(base, 0) + 1
    seen[base] = count
    return base if count == 1 else f"{base}-{count}"


def removed_id(kind: str, text: str, position: int) -> str:
    """A stable id for a removed piece, from what it is and where it was."""
    import hashlib

    digest = hashlib.sha1(f"{kind}\0{position}\0{text}".encode()).hexdigest()[:10]
    return f"r-{digest}"


def build_article(
    drafts: Iterable[BlockDraft],
    *,
    title: str,
    removed: Iterable[Removed] = (),
    author: str | None = None,
    date: str | None = None,
    site: str | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Article:
    """Place the drafts in one plain text and give each block a stable id.

    Block texts are normalised (see :func:`normalize_block_text`); empty
    blocks are dropped. Inline spans are clipped to their block and moved to
    absolute offsets. Block ids depend only on the block's kind and text, so
    the same content re-imported keeps the same ids.
    """
    parts: list[str] = []
    blocks: list[Block] = []
    seen: dict[str, int] = {}
    sections: list[str] = []
    offset = 0
    for draft in drafts:
        raw = draft.text
        preformatted = draft.kind == "preformatted"
        text = normalize_block_text(raw, preformatted=preformatted)
        if not text:
            continue
        inline = _place_inline(raw, text, draft.inline, offset, preformatted=preformatted)
        if parts:
            offset += len(BLOCK_SEPARATOR)
            inline = tuple(replace(i, start=i.start + 2, end=i.end + 2) for i in inline)
        start = offset
        end = start + len(text)
        fragment = _place_offset(raw, text, draft.fragment_start, preformatted=preformatted)
        blocks.append(
            Block(
                id=_block_id(draft.kind, text, seen),
                kind=draft.kind,
                text=text,
                start=start,
                end=end,
                level=draft.level,
                ordinal=draft.ordinal,
                inline=inline,
                section=draft.section,
                fragment_start=None if fragment is None else start + fragment,
            )
        )
        if draft.section and draft.section not in sections:
            sections.append(draft.section)
        parts.append(text)
        offset = end
    removed_list = list(removed)
    return Article(
        title=normalize_block_text(title).replace("\n", " ") or "Untitled",
        text=BLOCK_SEPARATOR.join(parts),
        blocks=tuple(blocks),
        removed=tuple(removed_list),
        author=author,
        date=date,
        site=site,
        source=source,
        language=language,
        sections=tuple(sections),
    )


_LEADING_BLANK = re.compile(r"[\s\u200b]*")


def _place_inline(
    raw: str, text: str, spans: Sequence[Inline], offset: int, *, preformatted: bool = False
) -> tuple[Inline, ...]:
    """Move inline spans from the raw block text onto the normalised text.

    Normalising only shortens whitespace, so a span's content starts where the
    normalised text before it ends. Searching for the content instead would
    land on an earlier occurrence of the same words ("the" in "the cat and
    the dog"); the search remains only as a fallback.
    """
    placed: list[Inline] = []
    cursor = 0
    # Where each raw position lands in the normalised text, worked out once for the block:
    # normalising the text before every span again took the square of the spans (a page of
    # 30,000 one-letter links took minutes).
    sources = None if preformatted or not spans else _normalized_sources(raw)
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        piece = normalize_block_text(raw[span.start : span.end], preformatted=preformatted)
        if not piece.strip():
            continue
        content_start = _LEADING_BLANK.match(raw, span.start, max(span.start, span.end))
        begin = content_start.end() if content_start else span.start
        if sources is not None:
            at = bisect.bisect_left(sources, begin)
        else:
            at = len(normalize_block_text(raw[:begin] + "x", preformatted=preformatted)) - 1
        if preformatted and not text.startswith(piece, at):
            # A tab widens to the next stop of its line, so the piece alone may be wider or narrower
            # than in place: its end is found the way its start is.
            end = len(normalize_block_text(raw[: span.end] + "x", preformatted=True)) - 1
            piece = text[at:end].rstrip()
            if not piece.strip():
                continue
        if not text.startswith(piece, at):
            at = text.find(piece, cursor)
        if at < 0:
            at = text.find(piece)
        if at < 0:
            continue
        placed.append(replace(span, start=offset + at, end=offset + at + len(piece)))
        cursor = at
    # In text order, so that rebuilding from drafts_of() gives the same article.
    return tuple(sorted(placed, key=lambda s: (s.start, -s.end)))


def _normalized_sources(raw: str) -> list[int]:
    """For each character of ``normalize_block_text(raw)``, the position in ``raw`` it came from.

    The same steps as the normalisation, each keeping the source positions
    beside the characters, so ``bisect_left(sources, p)`` is how many
    normalised characters come from before raw position ``p``.
    """
    text, sources = raw, list(range(len(raw)))
    for pattern, replacement in _NORMALIZING_STEPS:
        pieces: list[str] = []
        kept: list[int] = []
        last = 0
        for match in pattern.finditer(text):
            pieces.append(text[last : match.start()])
            kept.extend(sources[last : match.start()])
            pieces.append(replacement)
            kept.extend([sources[match.start()]] * len(replacement))
            last = match.end()
        pieces.append(text[last:])
        kept.extend(sources[last:])
        text, sources = "".join(pieces), kept
    lead = len(text) - len(text.lstrip())
    return sources[lead : lead + len(text.strip())]


_NORMALIZING_STEPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\r\n?"), "\n"),
    (re.compile("\u200b"), ""),
    (_INNER_BLANK, " "),
    (_MANY_NEWLINES, "\n"),
)
""":func:`normalize_block_text` for a block that is not preformatted, step by step."""


def _place_offset(raw: str, text: str, offset: int | None, *, preformatted: bool) -> int | None:
    """Where ``raw[offset:]`` starts in the normalised ``text`` (None stays None)."""
    if offset is None or not 0 <= offset < len(raw):
        return None
    rest = raw[offset:]
    if not rest.strip():
        return None
    at = len(normalize_block_text(raw[:offset] + "x", preformatted=preformatted)) - 1
    at = max(0, min(at, len(text) - 1))
    while at < len(text) and text[at].isspace():
        at += 1
    return at if at < len(text) else None


def drafts_of(article: Article) -> list[BlockDraft]:
    """The article's blocks as drafts again (inline offsets made relative)."""
    return [
        BlockDraft(
            kind=b.kind,
            text=b.text,
            level=b.level,
            ordinal=b.ordinal,
            inline=tuple(replace(i, start=i.start - b.start, end=i.end - b.start) for i in b.inline),
            section=b.section,
            fragment_start=None if b.fragment_start is None else b.fragment_start - b.start,
        )
        for b in article.blocks
    ]


def restore(article: Article, removed_ids: Iterable[str]) -> Article:
    """Put removed pieces back into the article where they were found.

    Each restored piece becomes one paragraph block per paragraph of its text.
    The pieces left out keep pointing at the same place in the new article.
    Unknown ids raise ``KeyError``.
    """
    wanted = set(removed_ids)
    missing = wanted - {r.id for r in article.removed}
    if missing:
        raise KeyError(sorted(missing)[0])
    old = drafts_of(article)
    at_position: dict[int, list[Removed]] = {}
    for piece in article.removed:
        at_position.setdefault(min(max(piece.position, 0), len(old)), []).append(piece)
    drafts: list[BlockDraft] = []
    kept: list[Removed] = []
    for index in range(len(old) + 1):
        for piece in at_position.get(index, ()):
            if piece.id in wanted:
                drafts.extend(
                    BlockDraft(kind="paragraph", text=p)
                    for p in piece.text.split(BLOCK_SEPARATOR)
                    if p.strip()
                )
            else:
                kept.append(replace(piece, position=len(drafts)))
        if index < len(old):
            drafts.append(old[index])
    return build_article(
        drafts,
        title=article.title,
        removed=kept,
        author=article.author,
        date=article.date,
        site=article.site,
        source=article.source,
        language=article.language,
    )


# --- JSON ------------------------------------------------------------------


def article_to_dict(article: Article) -> dict[str, Any]:
    """The Article as plain JSON-ready data (the ``porchlight import`` shape)."""
    return {
        "schema": SCHEMA_VERSION,
        "title": article.title,
        "author": article.author,
        "date": article.date,
        "site": article.site,
        "source": article.source,
        "language": article.language,
        "word_count": article.word_count,
        "sections": list(article.sections),
        "text": article.text,
        "blocks": [
            {
                "id": b.id,
                "kind": b.kind,
                "text": b.text,
                "start": b.start,
                "end": b.end,
                "level": b.level,
                "ordinal": b.ordinal,
                "section": b.section,
                "fragment_start": b.fragment_start,
                "inline": [
                    {"kind": i.kind, "start": i.start, "end": i.end, **({"href": i.href} if i.href else {})}
                    for i in b.inline
                ],
            }
            for b in article.blocks
        ],
        "removed": [
            {
                "id": r.id,
                "kind": r.kind,
                "text": r.text,
                "reason": r.reason,
                "position": r.position,
                "spam": r.spam,
                "spam_reason": r.spam_reason,
                "author": r.author,
            }
            for r in article.removed
        ],
    }


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an Article from :func:`article_to_dict` output.

    Offsets are checked against the text; a mismatch raises ``ValueError``.
    """
    text = str(data["text"])
    blocks = []
    for b in data["blocks"]:
        block = Block(
            id=str(b["id"]),
            kind=b["kind"],
            text=str(b["text"]),
            start=int(b["start"]),
            end=int(b["end"]),
            level=int(b.get("level", 0)),
            ordinal=b.get("ordinal"),
            section=b.get("section"),
            fragment_start=_fragment_of(b),
            inline=tuple(
                Inline(kind=i["kind"], start=int(i["start"]), end=int(i["end"]), href=i.get("href"))
                for i in b.get("inline", ())
            ),
        )
        if block.kind not in BLOCK_KINDS or text[block.start : block.end] != block.text:
            raise ValueError(f"block {block.id} does not match the article text")
        if block.fragment_start is not None and not block.start <= block.fragment_start < block.end:
            raise ValueError(f"block {block.id} marks a fragment outside itself")
        blocks.append(block)
    removed = tuple(
        Removed(
            id=str(r["id"]),
            kind=r["kind"],
            text=str(r["text"]),
            reason=str(r["reason"]),
            position=int(r.get("position", len(blocks))),
            spam=r.get("spam"),
            spam_reason=r.get("spam_reason"),
            author=r.get("author"),
        )
        for r in data.get("removed", ())
    )
    return Article(
        title=str(data.get("title") or "Untitled"),
        text=text,
        blocks=tuple(blocks),
        removed=removed,
        author=data.get("author"),
        date=data.get("date"),
        site=data.get("site"),
        source=data.get("source"),
        language=data.get("language"),
        sections=tuple(data.get("sections", ())),
    )


def _fragment_of(block: Mapping[str, Any]) -> int | None:
    value = block.get("fragment_start")
    return None if value is None else int(value)
