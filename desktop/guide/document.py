"""A guide's layout as one HTML document: read like a page, at reading size, in the window's theme.

Questions are links (``q:ID``) a click selects; passages are links
(``p:START:END``) that find their words in the article. Only the selected
question shows its "why this question", the words it stands on, and what can
be done with it (``do:ACTION:ID``): the editing controls stay out of the way
until they are wanted. Qt's rich text knows a subset of HTML and CSS, so
numbers hang in a two-column table rather than in CSS.
"""

from __future__ import annotations

import html

from desktop.guide_layout import Item, Layout, Part
from desktop.palettes import Palette

ACTIONS = (
    ("done", "Mark as done"),
    ("edit", "Edit"),
    ("up", "Move up"),
    ("down", "Move down"),
    ("delete", "Delete"),
    ("discuss", "Discuss from here"),
)


def _e(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br/>")


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def stylesheet(p: Palette) -> str:
    return f"""
body {{ color: {p.text}; background-color: {p.base}; }}
h1 {{ font-size: 118%; font-weight: 600; margin-top: 0; margin-bottom: 0.1em; }}
p.part {{ font-size: 108%; font-weight: 600; margin-top: 1.2em; margin-bottom: 0.3em; }}
p {{ margin-top: 0; margin-bottom: 0.55em; line-height: 135%; }}
p.meta {{ color: {p.muted}; font-size: 88%; margin-bottom: 0.8em; }}
p.idea {{ font-style: italic; margin-bottom: 0.8em; }}
p.legend {{ color: {p.muted}; font-size: 80%; }}
p.purpose {{ color: {p.muted}; font-size: 90%; }}
p.note {{ color: {p.muted}; font-style: italic; }}
p.label {{ color: {p.muted}; font-size: 82%; margin-bottom: 0.1em; }}
p.why {{ color: {p.muted}; font-size: 88%; margin-top: 0.3em; margin-bottom: 0.2em; }}
p.actions {{ font-size: 85%; margin-bottom: 0.2em; }}
p.prompt {{ margin-left: 0.2em; }}
span.min {{ color: {p.muted}; font-weight: normal; font-size: 85%; }}
span.tag {{ color: {p.muted}; font-size: 80%; }}
span.num {{ font-weight: 600; }}
a {{ color: {p.accent}; text-decoration: none; }}
a.q {{ color: {p.text}; text-decoration: none; }}
a.done {{ color: {p.muted}; text-decoration: line-through; }}
a.passage {{ color: {p.text}; text-decoration: none; }}
blockquote {{ margin-left: 0.9em; margin-right: 0.4em; margin-bottom: 0.6em; }}
"""


def render(layout: Layout, palette: Palette, current: str | None = None) -> str:
    """The whole guide; ``current`` (a question id) is shown open, with its why and its actions."""
    out = ["<html><body>"]
    out.append(f'<p class="meta">{_e(layout.meta)}</p>')
    if layout.big_idea:
        out.append(f'<p class="label">{_e(layout.big_idea_label)}</p>')
        out.append(f'<p class="idea">“{_e(layout.big_idea)}”</p>')
    if layout.legend:
        legend = " &nbsp;·&nbsp; ".join(f"<b>{_e(t)}</b> {_e(text)}" for t, text in layout.legend)
        out.append(f'<p class="legend">{legend}</p>')
    label = None
    for item in layout.opening:
        if item.label != label and item.kind != "care":  # a care note's box carries its own label
            out.append(f'<p class="label">{_e(item.label or "")}</p>')
            label = item.label
        out.append(_item(item, layout, palette, current))
    for part in layout.parts:
        out.append(_part(part, layout, palette, current))
    out.append("</body></html>")
    return "\n".join(out)


def _part(part: Part, layout: Layout, palette: Palette, current: str | None) -> str:
    timing = ""
    if part.clock:
        timing = f' <span class="min">· {part.minutes} min · {_e(part.clock)}</span>'
    elif part.minutes:
        timing = f' <span class="min">· {part.minutes} min</span>'
    out = [f'<p class="part"><a name="part-{_attr(part.key)}"></a>{_e(part.title)}{timing}</p>']
    if part.purpose and layout.edition != "couple":
        out.append(f'<p class="purpose">{_e(part.purpose)}</p>')
    out += [_item(item, layout, palette, current) for item in part.items]
    return "\n".join(out)


def _passage_link(item: Item, body: str) -> str:
    if item.end > item.start >= 0:
        return f'<a class="passage" href="p:{item.start}:{item.end}">{body}</a>'
    return body


def _item(item: Item, layout: Layout, palette: Palette, current: str | None) -> str:
    kind = item.kind
    if kind == "question":
        return _question(item, layout, palette, current == item.id)
    if kind in ("reading", "scripture", "outline"):
        label = f'<p class="label">{_e(item.label or "")}</p>' if kind != "outline" else ""
        text = item.text if kind != "reading" else f"“{item.text}”"
        lines = _e(text).replace("\n", "<br>")  # a list's points read together: a line each
        return f"{label}<blockquote>{_passage_link(item, lines)}</blockquote>"
    if kind == "marked":
        who = f'<p class="label">{_e(item.label)}</p>' if item.label else ""
        note = f'<p class="note">{_e(item.detail)}</p>' if item.detail else ""
        return f"{who}<blockquote>{_passage_link(item, '“' + _e(item.text) + '”')}{note}</blockquote>"
    if kind == "care":
        return (
            f'<table width="100%" cellpadding="6" style="margin-bottom: 0.5em"><tr>'
            f'<td style="background-color: {palette.alt_base}"><p class="label">{_e(item.label or "")}</p>'
            f"<p>{_e(item.text)}</p></td></tr></table>"
        )
    if kind == "prompt":
        return f'<p class="prompt">✎ {_e(item.text)}</p>'
    return f'<p class="note">{_e(item.text)}</p>'


def _question(item: Item, layout: Layout, palette: Palette, selected: bool) -> str:
    qid = item.id or ""
    css = "done" if item.done else "q"
    check = "✓ " if item.done else ""
    tag = f' <span class="tag">· {_e(item.tag)}</span>' if item.tag else ""
    link = f'<a class="{css}" href="q:{_attr(qid)}">{check}{_e(item.text)}</a>'
    body = f'<a name="{_attr(qid)}"></a>{link}{tag}'
    if selected:
        body += _open(item, layout)
    number = f'<span class="num">{_e(item.number)}</span>' if item.number else ""
    shade = f' style="background-color: {palette.current}"' if selected else ""
    return (
        f'<table width="100%" cellspacing="0" cellpadding="3" style="margin-bottom: 0.35em"><tr>'
        f'<td width="26" valign="top" align="right"{shade}>{number}</td>'
        f'<td valign="top"{shade}>{body}</td></tr></table>'
    )


def _open(item: Item, layout: Layout) -> str:
    """What the selected question shows besides its text: why, its words, what can be done."""
    out = []
    if item.why:
        out.append(f'<p class="why"><b>{_e(layout.why_label)}:</b> {_e(item.why)}</p>')
    if item.detail and item.end > item.start and item.detail not in item.text:  # not twice
        quoted = _passage_link(item, f"“{_e(item.detail)}”")
        out.append(f'<p class="why">{quoted}</p>')
    links = []
    for action, text in ACTIONS:
        if action == "done" and item.done:
            text = "Not done yet"
        links.append(f'<a href="do:{action}:{_attr(item.id or "")}">{text}</a>')
    out.append(f'<p class="actions">{" &nbsp;·&nbsp; ".join(links)}</p>')
    return "".join(out)
