"""Plain text, as a reader pastes it after copying a blog post from the browser.

What such a paste looks like, and how each part is read:

* Line 1 is the title when it is short, is not a sentence (no final full
  stop, comma, colon or semicolon) and stands alone before a blank line.
* Just under it may come a byline and date ("By Jane Doe", "Posted by ...",
  "Jane Doe · March 3, 2024", "March 3, 2024", "5 min read"). They fill the
  article's author and date, and the lines themselves are kept in
  ``removed`` (as "boilerplate"), so that nothing the reader pasted is lost.
* Blank lines separate paragraphs. Inside a paragraph, lines that were
  hard-wrapped (each filled to about the same width) are joined with a space;
  a short line before another keeps its line break (an address, a poem, a
  comment's "Name says:" over its date). A line longer than any wrapping
  width is a paragraph of its own even without a blank line after it.
* A short line on its own, with no final punctuation and followed by a
  paragraph or a list, is a heading.
* Lines starting with ">" are a quotation.
* "1. ", "1) ", "(1) ", "- ", "* ", "• " start list items; the number becomes
  the item's ordinal, and deeper indentation a deeper level. A list may be
  "loose" (blank lines between items); a line indented under an item after a
  blank line (a signature under a comment, a second paragraph) belongs to it.
* Indentation and odd spacing (tabs, non-breaking spaces, a page that
  indents its comment list) change nothing else.

No line is dropped except decorative separators ("* * *", "-----"), which
hold no letter or digit. Every other line ends up in the title, in a block,
or in ``removed``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from guides.article import BlockDraft, BlockKind, Removed, removed_id
from guides.cleaning.authors import parse_byline
from guides.cleaning.chrome import chrome_line_kind
from guides.importing.extracted import Extracted

WRAP_WIDTH_MAX = 100
"""Lines longer than this were not hard-wrapped: the line break ends a paragraph."""

_LIST_MARKER = re.compile(
    r"^(?:(?P<num>\d{1,3})[.)]|\((?P<pnum>\d{1,3})\)|(?P<bullet>[-*+]|[•◦▪‣●○■□–]))"
    r"(?:\s+|(?<=[•◦▪‣●○■□])(?=\S))(?P<rest>\S.*)$"
)
_QUOTE = re.compile(r"^(?:>\s?)+")
_SEPARATOR = re.compile(r"^[\s\-=*_~#•·.+<>|]*$")
_SETEXT_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]»]*$")
_HEADING_END = re.compile(r"[.,;:!?…]['\"’”)\]»]*$")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff\u200b]")


@dataclass
class _Line:
    indent: int
    text: str

    @property
    def width(self) -> int:
        return self.indent + len(self.text)


@dataclass
class _Piece:
    """A block being built, before headings are decided."""

    kind: BlockKind
    text: str
    level: int = 0
    ordinal: int | None = None
    heading_candidate: bool = False
    indent: int = 0


@dataclass
class _ListState:
    indents: list[int] = field(default_factory=list)
    last_item: _Piece | None = None

    def level_for(self, indent: int) -> int:
        while self.indents and indent < self.indents[-1] - 1:
            self.indents.pop()
        if not self.indents or indent > self.indents[-1] + 1:
            self.indents.append(indent)
        return len(self.indents)

    def close(self) -> None:
        self.indents.clear()
        self.last_item = None


def read_plain_text(text: str) -> Extracted:
    """Read pasted or saved plain text into blocks, with title, author and date.

    Never raises for odd input: an empty or blank text gives no blocks (the
    dispatcher reports that), and any line it cannot place becomes a paragraph.
    """
    groups = _groups(_lines(text))
    drafts: list[BlockDraft] = []
    removed: list[Removed] = []

    # Leading page furniture ("Skip to content", "Home » Blog") is left as
    # blocks for the cleaners; the title is the first line after it.
    lead = 0
    while lead < min(len(groups), 5) and all(chrome_line_kind(line.text) for line in groups[lead]):
        lead += 1
    title: str | None = None
    start = lead
    if lead < len(groups):
        title, byline_lines = _title(groups[lead], more_follows=lead + 1 < len(groups))
        if title is not None:
            start = lead + 1
            if byline_lines:
                groups.insert(start, byline_lines)

    pieces = [_Piece("paragraph", "\n".join(_join(group))) for group in groups[:lead]]
    author: str | None = None
    date: str | None = None
    byline_texts: list[str] = []
    while start < len(groups) and len(byline_texts) < 4:
        bylines = [parse_byline(line.text) for line in groups[start]]
        if not all(bylines):
            break
        for byline in bylines:
            if byline is not None:
                author = author or byline.author
                date = date or byline.date
        byline_texts.append("\n".join(line.text for line in groups[start]))
        start += 1
    if byline_texts:
        what = {
            (True, True): "its author and date are",
            (True, False): "its author is",
            (False, True): "its date is",
        }.get((author is not None, date is not None), "it is")
        text_of_byline = "\n\n".join(byline_texts)
        removed.append(
            Removed(
                id=removed_id("boilerplate", text_of_byline, len(pieces)),
                kind="boilerplate",
                text=text_of_byline,
                reason=f"The byline under the title; {what} shown with the article.",
                position=len(pieces),
            )
        )

    pieces.extend(_pieces(groups[start:]))
    _decide_headings(pieces)
    drafts = [
        BlockDraft(kind=p.kind, text=p.text, level=p.level, ordinal=p.ordinal) for p in pieces if p.text
    ]
    return Extracted(drafts=drafts, title=title, author=author, date=date, removed=removed)


def _lines(text: str) -> list[_Line | None]:
    """Lines with their indentation measured; None for a blank line."""
    text = _LINE_BREAKS.sub("\n", text)
    out: list[_Line | None] = []
    for raw in text.split("\n"):
        line = _ODD_SPACES.sub(" ", raw.expandtabs(4)).rstrip()
        stripped = line.lstrip(" ")
        if not stripped.strip():
            out.append(None)
            continue
        if _SEPARATOR.match(stripped):
            out.append(None)  # a decorative rule: a break, holding no words
            continue
        out.append(_Line(indent=len(line) - len(stripped), text=" ".join(stripped.split())))
    return out


def _groups(lines: list[_Line | None]) -> list[list[_Line]]:
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line is None:
            if current:
                groups.append(current)
                current = []
        else:
            current.append(line)
    if current:
        groups.append(current)
    return groups


def _title(group: list[_Line], *, more_follows: bool) -> tuple[str | None, list[_Line]]:
    """The title line of the first group, and any byline lines right under it."""
    first = group[0].text
    rest = group[1:]
    if rest and _SETEXT_UNDERLINE.match(rest[0].text):
        rest = rest[1:]
    if not more_follows and not rest:
        return None, []
    if rest and not all(parse_byline(line.text) for line in rest):
        return None, []
    if not _looks_like_title(first):
        return None, []
    return first, rest


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 16 or len(line) > 150:
        return False
    if _LIST_MARKER.match(line) or _QUOTE.match(line) or parse_byline(line):
        return False
    if re.search(r"[.,;:]['\"’”)\]»]*$", line) and not line.endswith("..."):
        return False
    return any(ch.isalnum() for ch in line)


def _pieces(groups: list[list[_Line]]) -> list[_Piece]:
    pieces: list[_Piece] = []
    state = _ListState()
    for group in groups:
        for position, (kind, lines) in enumerate(_segments(group)):
            if kind == "item":
                pieces.append(_item(lines, state))
            elif kind == "quote":
                state.close()
                for text in _join([_Line(ln.indent, _QUOTE.sub("", ln.text)) for ln in lines]):
                    pieces.append(_Piece("quote", text))
            elif (
                position == 0
                and state.last_item is not None
                and state.indents
                and lines[0].indent > state.indents[0]
            ):
                # Indented under a list item after a blank line: the item's own
                # second paragraph or a signature. It stays with the item.
                item = state.last_item
                item.text = item.text + "\n" + "\n".join(_join(lines))
            else:
                state.close()
                paragraphs = _join(lines)
                lone = len(group) == 1
                for text in paragraphs:
                    pieces.append(
                        _Piece(
                            "paragraph",
                            text,
                            heading_candidate=lone and _looks_like_heading(text),
                            indent=lines[0].indent,
                        )
                    )
    return pieces


def _segments(group: list[_Line]) -> list[tuple[str, list[_Line]]]:
    """Split a group of lines into list items, quotations and prose runs."""
    segments: list[tuple[str, list[_Line]]] = []
    for line in group:
        if _QUOTE.match(line.text):
            kind = "quote"
        elif _LIST_MARKER.match(line.text):
            segments.append(("item", [line]))
            continue
        else:
            kind = "prose"
        if segments and segments[-1][0] == kind:
            segments[-1][1].append(line)
        elif segments and segments[-1][0] == "item" and kind == "prose":
            segments[-1][1].append(line)  # a wrapped item continues on the next line
        else:
            segments.append((kind, [line]))
    return segments


def _item(lines: list[_Line], state: _ListState) -> _Piece:
    match = _LIST_MARKER.match(lines[0].text)
    assert match is not None
    number = match.group("num") or match.group("pnum")
    level = state.level_for(lines[0].indent)
    first = _Line(lines[0].indent, match.group("rest"))
    piece = _Piece(
        "list_item",
        "\n".join(_join([first, *lines[1:]])),
        level=level,
        ordinal=int(number) if number else None,
        indent=lines[0].indent,
    )
    state.last_item = piece
    return piece


def _join(lines: list[_Line]) -> list[str]:
    """Rejoin hard-wrapped lines; return the paragraphs the lines hold.

    A line filled to near the widest line of the run was wrapped, so the next
    line continues it after a space. A shorter line keeps its line break. A
    line longer than :data:`WRAP_WIDTH_MAX` is a paragraph by itself, and so is
    a sentence-ending line followed by an indented first line.
    """
    if not lines:
        return []
    width = max(line.width for line in lines)
    paragraphs: list[list[str]] = [[lines[0].text]]
    for before, line in itertools.pairwise(lines):
        ends_sentence = bool(_SENTENCE_END.search(before.text))
        if before.width > WRAP_WIDTH_MAX or (ends_sentence and line.indent > before.indent + 1):
            paragraphs.append([line.text])
            continue
        wrapped = before.width >= max(40, int(width * 0.6))
        paragraphs[-1].append((" " if wrapped else "\n") + line.text)
    return ["".join(parts) for parts in paragraphs]


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    if "\n" in text or not words or len(words) > 12 or len(text) > 90:
        return False
    if _HEADING_END.search(text):
        return False
    first = next((ch for ch in text if ch.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def _decide_headings(pieces: list[_Piece]) -> None:
    """A heading candidate is a heading only when a paragraph or a list follows it."""
    for index, piece in enumerate(pieces):
        if not piece.heading_candidate:
            continue
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if following is None or following.heading_candidate:
            continue
        if following.kind in ("paragraph", "list_item", "quote"):
            piece.kind = "heading"
            piece.level = 2
