"""The clean Article as Markdown or plain text (``porchlight import --format md|text``)."""

from __future__ import annotations

from guides.article import Article, Block, safe_link


def _markdown_block(block: Block, text: str) -> str:
    if block.kind == "heading":
        return f"{'#' * min(max(block.level, 1), 6)} {text}"
    if block.kind == "quote":
        return "\n".join(f"> {line}" for line in text.split("\n"))
    if block.kind == "list_item":
        indent = "    " * max(block.level - 1, 0)
        marker = f"{block.ordinal}." if block.ordinal is not None else "-"
        return f"{indent}{marker} {text}"
    if block.kind == "preformatted":
        return f"```\n{block.text}\n```"
    return text


def _with_inline(block: Block) -> str:
    """The block text with emphasis, strong, code and links written back as Markdown."""
    marks = {"emphasis": "*", "strong": "**", "code": "`"}
    inserts: list[tuple[int, int, str]] = []  # (offset, order, text)
    for i in block.inline:
        start, end = i.start - block.start, i.end - block.start
        href = safe_link(i.href) if i.kind == "link" else None
        if href:
            inserts.append((start, 1, "["))
            inserts.append((end, 0, f"]({_markdown_href(href)})"))
        elif i.kind in marks:
            inserts.append((start, 1, marks[i.kind]))
            inserts.append((end, 0, marks[i.kind]))
    text = block.text
    for offset, _order, mark in sorted(inserts, key=lambda t: (t[0], t[1]), reverse=True):
        text = text[:offset] + mark + text[offset:]
    return text


def _markdown_href(href: str) -> str:
    """``href`` with what would end a Markdown link early (spaces, parentheses, angle brackets) escaped."""
    return href.translate(_HREF_ESCAPES)


_HREF_ESCAPES = {ord(" "): "%20", ord("("): "%28", ord(")"): "%29", ord("<"): "%3C", ord(">"): "%3E"}


def article_to_markdown(article: Article, *, with_removed: bool = False) -> str:
    """The article as Markdown: a title heading, metadata line, then the blocks."""
    lines = [f"# {article.title}"]
    meta = [m for m in (article.author, article.site, article.date) if m]
    if meta:
        lines.append(" · ".join(meta))
    out = ["\n".join(lines)]
    previous: Block | None = None
    for block in article.blocks:
        rendered = _markdown_block(block, _with_inline(block) if block.kind != "preformatted" else block.text)
        # Consecutive list items stay one list.
        if previous is not None and previous.kind == block.kind == "list_item":
            out[-1] += "\n" + rendered
        else:
            out.append(rendered)
        previous = block
    if with_removed and article.removed:
        out.append("---\n\n## Removed from the article")
        for r in article.removed:
            label = r.kind + (" (spam)" if r.spam else "")
            out.append(f"- **{label}**: {r.reason}\n\n  " + r.text.replace("\n", "\n  "))
    return "\n\n".join(out) + "\n"


def article_to_plain_text(article: Article) -> str:
    """The title, a blank line, then ``Article.text`` exactly."""
    return f"{article.title}\n\n{article.text}\n"
