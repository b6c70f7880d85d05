"""Reading a Markdown file: front matter for metadata, python-markdown for structure.

The Markdown becomes HTML, the HTML is sanitised (Markdown may carry raw
HTML, scripts included), and the shared walker turns it into blocks, so
headings, quotes, nested and numbered lists, emphasis, code and links come
out exactly as they do from a web page.
"""

from __future__ import annotations

import re

import markdown

from guides.article import BlockDraft
from guides.errors import NoArticleTextError, UnsupportedSourceError
from guides.importing.extracted import Extracted
from guides.importing.markup import walk
from guides.importing.sanitize import parse_html_document, sanitize_html

_EXTENSIONS = ["fenced_code", "tables", "footnotes", "def_list", "abbr", "sane_lists"]
_EXTENSION_CONFIGS = {
    # "[1]" rather than a bare superscript "1" glued to the word before it,
    # and no "↩" back-link at the end of each note.
    "footnotes": {"SUPERSCRIPT_TEXT": "[{}]", "BACKLINK_TEXT": ""},
}

_TEMPLATE_OPEN = re.compile(r"<template\b", re.IGNORECASE)
_TEMPLATE_CLOSE = re.compile(r"</template\s*>", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
_META_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$")
_LIST_MARKER = re.compile(r"([-*+]|\d{1,9}[.)])( +|$)")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
MAX_LIST_DEPTH = 24
"""Deeper items are kept at this depth: python-markdown recurses once per level."""


def _without_templates(text: str) -> str:
    """``text`` without its ``<template>...</template>`` elements, in one pass (an unclosed one stays)."""
    pieces: list[str] = []
    at = 0
    while (opening := _TEMPLATE_OPEN.search(text, at)) is not None:
        closing = _TEMPLATE_CLOSE.search(text, opening.end())
        if closing is None:
            break
        pieces.append(text[at : opening.start()])
        at = closing.end()
    pieces.append(text[at:])
    return "".join(pieces)


def read_markdown(text: str) -> Extracted:
    """Read Markdown; the title comes from front matter or the first level-1 heading.

    Front matter is a ``---`` (YAML-like) or ``+++`` (TOML-like) block at the
    top with ``title``, ``author`` and ``date`` lines. Without a title there,
    the first level-1 heading becomes the title and leaves the blocks, when
    it opens the document or is the only one (several level-1 headings are
    the document's sections, not its title).
    """
    meta, body = front_matter(text)
    # Raw HTML is allowed in Markdown; a <template>'s content is never shown, and python-markdown,
    # not knowing the tag, would break it into paragraphs of its own before it could be dropped.
    body = _without_templates(body)
    try:
        html = markdown.markdown(
            _nest_lists(_break_long_runs(body)),
            extensions=_EXTENSIONS,
            extension_configs=_EXTENSION_CONFIGS,
            output_format="html",
        )
    except RecursionError:
        # python-markdown parses nesting recursively; only a hostile file gets here.
        raise UnsupportedSourceError("This Markdown is nested too deeply to read.") from None
    root = parse_html_document(sanitize_html(html))
    drafts = walk(root) if root is not None else []
    title = meta.get("title")
    drafts, heading_title = _title_heading(drafts, title)
    if not drafts:
        raise NoArticleTextError("This Markdown file holds no text.")
    date = meta.get("date")
    if date and _ISO_DATE.match(date):
        date = date[:10]
    return Extracted(
        drafts=drafts,
        title=title or heading_title,
        author=meta.get("author") or meta.get("authors"),
        date=date,
        language=(meta.get("lang") or meta.get("language") or "").lower() or None,
    )


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The simple ``key: value`` pairs of a front-matter block, and the text after it.

    Only flat values are read: quotes are removed and a ``[a, b]`` list is
    joined with commas. Anything else in the block is ignored.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(2).splitlines():
        pair = _META_LINE.match(line)
        if not pair:
            continue
        key, value = pair.group(1).lower(), pair.group(2)
        if value.startswith("[") and value.endswith("]"):
            value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        value = _unquote(value)
        if value and key not in meta:
            meta[key] = value
    return meta, text[match.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def _title_heading(drafts: list[BlockDraft], title: str | None) -> tuple[list[BlockDraft], str | None]:
    """Take the level-1 heading that is the document's title out of the blocks."""
    top = [i for i, d in enumerate(drafts) if d.kind == "heading" and d.level == 1]
    if not top:
        return drafts, None
    first = top[0]
    heading = drafts[first].text.replace("\n", " ")
    if title is not None:
        # The front matter named the title; a first heading repeating it goes.
        if first == 0 and " ".join(heading.split()).casefold() == " ".join(title.split()).casefold():
            return drafts[1:], None
        return drafts, None
    if first == 0 or len(top) == 1:
        return drafts[:first] + drafts[first + 1 :], heading
    return drafts, None


LONG_RUN_LINES = 500
"""Lines without a blank one between them past which headings and rules are set apart (see below)."""
_SETS_APART = re.compile(r"^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_=][ \t]*){3,}$)")


def _break_long_runs(text: str) -> str:
    """A blank line after each heading and rule in a run of hundreds of lines with none between.

    python-markdown reads a heading or a rule off the front of its block and queues the rest, testing
    the whole rest again each time: a block of 55,000 "# h" lines took minutes. A blank line after an
    ATX heading, a setext underline or a rule changes nothing of what they mean, so each becomes a
    block of its own. Ordinary documents never reach the threshold and are left as they are.
    """
    lines = text.split("\n")
    out: list[str] = []
    run_start = 0
    in_fence = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        if not line.strip():
            run_start = index + 1
        out.append(line)
        if not in_fence and index - run_start >= LONG_RUN_LINES and _SETS_APART.match(line):
            out.append("")
    return "\n".join(out)


def _nest_lists(text: str) -> str:
    """Re-indent nested list items to the four spaces python-markdown needs.

    Most Markdown written today (and CommonMark) nests a list by indenting it
    two or three spaces; python-markdown would read such a list as flat. Any
    list item indented further than the item above it is nested under it,
    and its lines are moved to four spaces a level. Fenced code and indented
    code outside lists are left alone.
    """
    out: list[str] = []
    open_items: list[int] = []  # the indentation of each open item's marker, outermost first
    in_fence = False
    previous_blank = True
    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or _FENCE.match(line):
            out.append(line)
            previous_blank = False
            continue
        if not line.strip():
            out.append(line)
            previous_blank = True
            continue
        leading = re.match(r"[ \t]*", line)
        lead = leading.group(0) if leading else ""
        indent = len(lead.expandtabs(4))
        rest = line[len(lead) :]
        if _LIST_MARKER.match(rest) and (open_items or indent < 4):
            while open_items and indent <= open_items[-1]:
                open_items.pop()
            if len(open_items) >= MAX_LIST_DEPTH:
                indent = open_items[-1]  # a sibling of the deepest item kept
                open_items.pop()
            out.append(" " * (4 * len(open_items)) + rest)
            open_items.append(indent)
        elif open_items and indent > 0:
            while open_items and indent <= open_items[-1]:
                open_items.pop()
            out.append(" " * (4 * len(open_items)) + rest if open_items else line)
        else:
            if previous_blank:
                open_items.clear()
            out.append(line)
        previous_blank = False
    return "\n".join(out)
