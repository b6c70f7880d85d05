"""Plain text, as a reader pastes it after copying a web page from the browser.

What such a paste looks like, and how each part is read:

* Blank lines separate paragraphs. Inside a paragraph, lines that were
  hard-wrapped (each filled to about the same width) are joined with a space;
  a short line before another keeps its line break (an address, a poem, a
  comment's "Name says:" over its date). A line longer than any wrapping
  width is a paragraph of its own even without a blank line after it, and so
  is a title-cased line (a link's or a headline's) before another.
* A page copied with Ctrl+A runs its furniture together without blank lines
  ("Skip to content", the site's name, "Home", "About", a byline, "Share
  this:", "Related"). A run of short lines holding any such line is split
  into one block per line, so that the cleaners judge each line by itself.
* A short line on its own, with no final punctuation and followed by a
  paragraph or a list, is a heading.
* Lines starting with ">" are a quotation.
* "1. ", "1) ", "(1) ", "- ", "* ", "• " start list items; the number becomes
  the item's ordinal, and deeper indentation a deeper level. A list may be
  "loose" (blank lines between items); a line indented under an item after a
  blank line (a signature under a comment, a second paragraph) belongs to it.
* Indentation and odd spacing (tabs, non-breaking spaces, a page that
  indents its comment list) change nothing else.

The title, byline and date are left to the shared cleaning
(:mod:`guides.cleaning.head`), which looks for the headline among the first
blocks whatever stands above it. No line is dropped except decorative
separators ("* * *", "-----"), which hold no letter or digit.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from guides.article import BlockDraft, BlockKind
from guides.cleaning.authors import parse_byline, signature_name
from guides.cleaning.chrome import chrome_line
from guides.cleaning.comments import comment_mark
from guides.cleaning.dates import is_date_line
from guides.cleaning.head import is_label
from guides.cleaning.headline import title_cased
from guides.cleaning.notices import notice
from guides.importing.extracted import Extracted

_TOP_GROUPS = 3
"""Labels above a headline ("Issue 48") split a run of short lines only this near the top."""

WRAP_WIDTH_MAX = 100
"""Lines longer than this were not hard-wrapped: the line break ends a paragraph."""

_LIST_MARKER = re.compile(
    r"^(?:(?P<num>\d{1,3})[.)]|\((?P<pnum>\d{1,3})\)|(?P<bullet>[-*+]|[•◦▪‣●○■□–]))"
    r"(?:\s+|(?<=[•◦▪‣●○■□])(?=\S))(?P<rest>\S.*)$"
)
_QUOTE = re.compile(r"^(?:>\s?)+")
_SEPARATOR = re.compile(r"^[\s\-=*_~#•·.+<>|]*$")
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
    """Read pasted or saved plain text into blocks.

    The title, byline and date are not decided here: the first lines stay
    blocks, and the shared cleaning (:mod:`guides.cleaning.head`) finds the
    headline among them, whatever page furniture a paste put above it.
    Never raises for odd input: an empty or blank text gives no blocks (the
    dispatcher reports that), and any line it cannot place becomes a paragraph.
    """
    pieces = _pieces(_groups(_lines(text)))
    _decide_headings(pieces)
    drafts = [
        BlockDraft(kind=p.kind, text=p.text, level=p.level, ordinal=p.ordinal) for p in pieces if p.text
    ]
    return Extracted(drafts=drafts)


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


def _pieces(groups: list[list[_Line]]) -> list[_Piece]:
    pieces: list[_Piece] = []
    state = _ListState()
    for number, group in enumerate(groups):
        top = number < _TOP_GROUPS
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
                if number == 0 and paragraphs and _headline_over_lines(paragraphs[0]):
                    # "Slaves Don't Get Days Off" / "Deuteronomy 5:12-15" / "Hafod Road Community Church,
                    # ...": the headline on the first line, what stands under it on the next, no blank line
                    # (each line its own block: the head reads a series line, a church's name, a byline)
                    for line in paragraphs[0].split("\n"):
                        pieces.append(_Piece("paragraph", line, heading_candidate=_looks_like_heading(line)))
                    paragraphs = paragraphs[1:]
                for text in paragraphs:
                    lines_of = text.split("\n")
                    if len(lines_of) > 1 and _page_furniture_run(lines_of, top=top):
                        # A run of page furniture copied without blank lines: one block a line.
                        for line in lines_of:
                            pieces.append(
                                _Piece("paragraph", line, heading_candidate=_looks_like_heading(line))
                            )
                        continue
                    pieces.append(
                        _Piece(
                            "paragraph",
                            text,
                            heading_candidate=lone and _looks_like_heading(text),
                            indent=lines[0].indent,
                        )
                    )
    return pieces


def _page_furniture_run(lines: list[str], *, top: bool) -> bool:
    """Whether a run of short lines holds page furniture and so is read one line a block.

    A comment's own header ("Name says:" over its date) stays with the
    comment's words, as the comment finder reads it.
    """
    comment_head = comment_mark(lines[0]) == "says" or (
        not top and len(lines) > 1 and is_date_line(lines[1]) and signature_name(lines[0]) is not None
    )
    for line in lines:
        if chrome_line(line) is not None or notice(line) is not None or (top and is_label(line)):
            return True
        if is_date_line(line):
            if not comment_head:
                return True
        elif parse_byline(line) is not None:
            return True
    return False


def _is_furniture(line: str) -> bool:
    """A line a page prints around an article: chrome, a byline or date, a comment's header."""
    return (
        chrome_line(line) is not None
        or notice(line) is not None
        or is_date_line(line)
        or parse_byline(line) is not None
        or comment_mark(line) is not None
    )


def _segments(group: list[_Line]) -> list[tuple[str, list[_Line]]]:
    """Split a group of lines into list items, quotations and prose runs."""
    segments: list[tuple[str, list[_Line]]] = []
    for index, line in enumerate(group):
        if _QUOTE.match(line.text):
            kind = "quote"
        elif _LIST_MARKER.match(line.text) and not _dash_in_prose(group, index, segments):
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


_DASH = re.compile(r"^[-–—]\s")
_OPEN_END = re.compile(r"[.!?…:;]['\"’”)\]»]*$")


def _dash_in_prose(group: list[_Line], index: int, segments: list[tuple[str, list[_Line]]]) -> bool:
    """Whether a line that opens with a dash is a hard-wrapped sentence going on ("... most of them
    / – and this surprised us – were kind"), not a list item: the line above is prose filled to the
    wrap width with its sentence still open, and no other dash line follows (two make a list).
    """
    line = group[index]
    if not _DASH.match(line.text) or index == 0 or not segments or segments[-1][0] != "prose":
        return False
    before = group[index - 1]
    if _OPEN_END.search(before.text):
        return False
    width = max(ln.width for ln in group)
    if before.width < max(40, int(width * 0.6)):
        return False
    following = group[index + 1] if index + 1 < len(group) else None
    return following is None or not _DASH.match(following.text)


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
    threshold = max(40, int(width * 0.6))
    paragraphs: list[list[str]] = [[lines[0].text]]
    for n, (before, line) in enumerate(itertools.pairwise(lines)):
        ends_sentence = bool(_SENTENCE_END.search(before.text))
        if before.width > WRAP_WIDTH_MAX or (ends_sentence and line.indent > before.indent + 1):
            paragraphs.append([line.text])
            continue
        wrapped = before.width >= threshold and not _stands_alone(before, line, width)
        if wrapped and line.width < threshold and n + 2 < len(lines) and lines[n + 2].width < threshold:
            wrapped = False  # short lines follow: a list of lines (a menu, links), not a wrapped paragraph
        if wrapped and (
            _is_furniture(before.text) or _is_furniture(line.text) or _FIELD_LINE.match(line.text)
        ):
            wrapped = False  # "View my complete profile" is never the end of a sentence above it, nor is
            # "Preacher: Rev. Ada Mensah" the end of the church's name
        paragraphs[-1].append((" " if wrapped else "\n") + line.text)
    return ["".join(parts) for parts in paragraphs]


_FIELD_LINE = re.compile(
    r"^(?:text|scripture|reading|passage|series|speaker|preacher|minister|topic|theme|date|"
    r"texto|pasaje|lectura|serie|predicador|tema)\s*:\s*\S",
    re.IGNORECASE,
)
"""A labelled line under a headline ("Preacher: Rev. Ada Mensah"): a field of its own, never the end of
the line above it."""


def _stands_alone(before: _Line, line: _Line, width: int) -> bool:
    """A line that ended before it had to: a headline, a link, or a line whose next word would have fit.

    Wrapping breaks a line only when the next word does not fit, so a line
    that left room for it (by a few characters, against the widest line of
    the run) ended there on purpose; so did a title-cased line with no final
    punctuation before a capitalised one.
    """
    first = next((ch for ch in line.text if ch.isalnum()), "")
    if not first or not first.isupper():
        return False
    word = line.text.split(" ", 1)[0]
    if before.width + 1 + len(word) + 3 <= width:
        return True
    return not _HEADING_END.search(before.text) and title_cased(before.text) and len(before.text.split()) >= 3


def _headline_over_lines(text: str) -> bool:
    """Whether the text's first line is a headline in title case with lines of its own under it (not a
    paragraph's first line wrapped)."""
    first, _, rest = text.partition("\n")
    asked = (
        first.rstrip()[:-1] if first.rstrip().endswith(("?", "!")) else first
    )  # "Am I in the Place of God?"
    return bool(rest) and _looks_like_heading(asked) and title_cased(asked) and len(first.split()) >= 2


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
