"""The same worksheet as Markdown or as one self-contained HTML file.

For people who would rather edit the worksheet in a word processor: the
content is exactly the PDF's (the same :class:`~guides.worksheet.content.Worksheet`),
the answer lines become blank lines to write on. The HTML is fully escaped,
carries its own small stylesheet, and loads nothing from anywhere.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from guides.worksheet import content as c
from guides.worksheet.markup import clean_text

# --- Markdown -----------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])", re.MULTILINE)


def markdown_text(text: str) -> str:
    """``text`` escaped so that a Markdown renderer shows it literally."""
    text = _MD_SPECIAL.sub(r"\\\1", clean_text(text).strip())
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _md_lines(count: int) -> str:
    return "\n".join("\\_" * 60 + "  " for _ in range(count))


def worksheet_to_markdown(ws: c.Worksheet) -> str:
    """The worksheet as Markdown (CommonMark)."""
    out: list[str] = []
    if ws.cover is not None:
        out.append(f"*{markdown_text(ws.cover.audience_label)} · {markdown_text(ws.cover.edition_label)}*")
    m = ws.masthead
    kicker = f"{m.series} · {m.kicker}" if m.series else m.kicker
    out.append(f"**{markdown_text(kicker)}**")
    out.append(f"# {markdown_text(m.title)}")
    if m.big_idea:
        out.append(f"*{markdown_text(m.big_idea)}*")
    if m.meta:
        out.append(markdown_text(m.meta))
    for block in ws.blocks:
        out.extend(_md_block(block, ws.labels))
    return "\n\n".join(out) + "\n"


def timing(block: c.SectionHead, labels: Mapping[str, str]) -> str:
    """ "10 min · 0:00–0:10", or "" for a part with no time."""
    minutes = labels["minutes_short"].format(minutes=block.minutes) if block.minutes else None
    return " · ".join(x for x in (minutes, block.clock) if x)


def _md_block(block: c.Block, L: Mapping[str, str]) -> list[str]:
    if isinstance(block, c.WriteIn):
        return ["  ".join(f"{markdown_text(label)}: " + "\\_" * 24 for label in block.labels)]
    if isinstance(block, c.SectionHead):
        time = timing(block, L)
        return [f"## {markdown_text(block.title)}" + (f" ({markdown_text(time)})" if time else "")]
    if isinstance(block, c.Transition):
        return [f"*{markdown_text(L['transition'].format(title=block.into))}* “{markdown_text(block.text)}”"]
    if isinstance(block, c.Colophon):
        return ["---", "  \n".join(f"*{markdown_text(line)}*" for line in block.lines)]
    if isinstance(block, c.CardSheet):
        return _md_card(block.card)
    if isinstance(block, c.Text):
        return [f"*{markdown_text(block.text)}*" if block.quiet else markdown_text(block.text)]
    if isinstance(block, c.Passage):
        label = block.label + (f" · {block.where}" if block.where else "")
        return [_md_quote(f"**{markdown_text(label)}**", block.text)]
    if isinstance(block, c.Scripture):
        ref = block.reference + (f" · {block.translation}" if block.translation else "")
        return [_md_quote(f"**{markdown_text(ref)}**", block.text or L["read_from_bible"])]
    if isinstance(block, c.QuestionItem):
        return _md_question(block, L)
    if isinstance(block, c.Note):
        label = block.label or L[f"note_{block.tone}"]
        return [_md_quote(f"**{markdown_text(label)}:**", block.text)]
    if isinstance(block, c.HighlightItem):
        parts = [f"“{markdown_text(block.quote)}”"]
        if block.sentence and block.sentence.strip() != block.quote.strip():
            parts.append(markdown_text(L["in_context"].format(sentence=block.sentence)))
        if block.note:
            who = L["readers_note"].format(reader=block.reader) if block.reader else L["note"]
            parts.append(f"{markdown_text(who)}: {markdown_text(block.note)}")
        return ["> " + "  \n> ".join(parts)]
    if isinstance(block, c.Schedule):
        rows = [
            f"| {L['schedule_time']} | {L['schedule_part']} | {L['schedule_purpose']} |",
            "| --- | --- | --- |",
        ]
        rows += [
            f"| {markdown_text(r.clock)} | {markdown_text(r.title)} | {markdown_text(r.purpose or '')} |"
            for r in block.rows
        ]
        return [f"**{L['at_a_glance']}**", "\n".join(rows)]
    if isinstance(block, c.Appendix):
        out = ["---", f"## {L['appendix_heading']}", f"### {markdown_text(block.title)}"]
        if block.byline:
            out.append(f"*{markdown_text(block.byline)}*")
        for b in block.blocks:
            text = markdown_text(b.text)
            if b.number is not None:
                text = f"¶{b.number} {text}"
            if b.kind == "heading":
                out.append(f"#### {text}")
            elif b.kind == "list_item":
                out.append(f"- {text}")
            elif b.kind == "quote":
                out.append(_md_quote(f"¶{b.number}" if b.number is not None else "", b.text))
            else:
                out.append(text)
        return out
    return ["---"]  # PageBreak


def _md_quote(head: str, text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "\n>\n".join("> " + markdown_text(p).replace("\n", "  \n> ") for p in paragraphs)
    return (f"> {head}\n>\n" if head else "") + body


def _md_question(q: c.QuestionItem, L: Mapping[str, str]) -> list[str]:
    lead = f"{q.number}\\." if q.number else ("✎" if q.step else "-")
    tag = f"*{markdown_text(q.tag)}* " if q.tag else ""
    out = [f"**{lead}** {tag}{markdown_text(q.text)}"]
    extra = []
    if q.page_ref is not None:
        extra.append(f"*{markdown_text(L['participant_page'].format(page=q.page_ref))}*")
    extra += [f"*{markdown_text(n)}*" for n in q.notes]
    if q.listen_for:
        extra.append(f"*{markdown_text(L['listen_for'])}* {markdown_text(q.listen_for)}")
    if q.follow_up:
        extra.append(f"*{markdown_text(L['probe'])}* {markdown_text(q.follow_up)}")
    if extra:
        out.append("  \n".join(extra))
    for area in q.answers:
        label = f"**{markdown_text(area.label)}:**  \n" if area.label else ""
        out.append(label + _md_lines(area.lines))
    return out


def _md_card(card: c.Card) -> list[str]:
    out = [f"**{markdown_text(card.kicker)}**", f"### {markdown_text(card.title)}"]
    if card.intro:
        out.append(f"*{markdown_text(card.intro)}*")
    out += [f"{i}\\. {markdown_text(q)}" for i, q in enumerate(card.questions, 1)]
    if card.footer:
        out.append(f"*{markdown_text(card.footer)}*")
    return out


# --- HTML ---------------------------------------------------------------------

_CSS = """
body { font-family: "DejaVu Serif", Georgia, serif; color: #222; max-width: 42em; margin: 2em auto;
       line-height: 1.45; padding: 0 1em; }
h1, h2, h3, h4, .kicker, .label, .meta, .note { font-family: "DejaVu Sans", Arial, sans-serif; }
h1 { font-family: "DejaVu Serif", Georgia, serif; font-size: 1.9em; margin: .2em 0; }
h2 { color: #8a4b16; font-size: 1.15em; border-bottom: 1px solid #8a4b16; padding-bottom: .2em;
     margin-top: 1.8em; display: flex; justify-content: space-between; }
h2 .time { color: #625b53; font-weight: normal; font-size: .75em; }
.kicker, .label { color: #8a4b16; font-size: .72em; font-weight: bold; text-transform: uppercase;
                  letter-spacing: .04em; }
.big-idea { font-style: italic; color: #625b53; font-size: 1.1em; }
.meta { color: #625b53; font-size: .8em; }
.box { padding: .6em 1em; margin: 1em 0; border-left: 4px solid #c9a27a; background: #f6f1e8; }
.scripture { background: #fbf8f2; border: 1px solid #c7bfb4; border-left: 4px solid #8a4b16; }
.note { background: #edf1f3; border-left-color: #5d7888; color: #2f4a58; font-size: .9em; }
.care { background: #f9ece6; border-left-color: #a3472b; }
.highlight { background: #fdf6d8; border-left-color: #d4b23c; }
.question { margin: 1.2em 0 .3em; }
.question .number { color: #8a4b16; font-family: "DejaVu Sans", Arial, sans-serif; font-weight: bold;
                    display: inline-block; min-width: 1.6em; }
.question .tag { color: #5d7888; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .7em;
                 font-weight: bold; text-transform: uppercase; }
.ref { color: #2f4a58; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .8em; margin-left: 1.6em; }
.answer { margin-left: 1.6em; }
.answer .line { border-bottom: 1px solid #b5aea5; height: 1.6em; margin: 0; }
.answer .who { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .7em; font-weight: bold;
               color: #625b53; text-transform: uppercase; margin-top: .6em; }
.schedule { border-collapse: collapse; width: 100%; }
.schedule td { vertical-align: top; padding: .3em .5em .3em 0; border-bottom: 1px solid #c7bfb4; }
.appendix { margin-top: 3em; border-top: 1px solid #c7bfb4; }
.write-in { font-family: "DejaVu Sans", Arial, sans-serif; color: #625b53; font-size: .85em; }
.write-in .blank { display: inline-block; border-bottom: 1px solid #b5aea5; width: 14em;
                   margin: 0 1.5em 0 .4em; }
.listen { color: #2f4a58; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .8em;
          margin: .15em 0 0 1.6em; }
.listen b { font-weight: bold; }
.transition { color: #2f4a58; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .85em;
              font-style: italic; }
.colophon { color: #625b53; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .75em;
            border-top: 1px solid #c7bfb4; margin-top: 2.5em; padding-top: .5em; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
.card { border: 1px dashed #b5aea5; padding: 1.2em; }
.appendix .pn { color: #625b53; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .65em;
                font-weight: bold; }
p, li, h1, h2, h3 { overflow-wrap: anywhere; }
@media print { .appendix { page-break-before: always; } }
"""


def _h(text: str) -> str:
    return html.escape(clean_text(text).strip(), quote=True).replace("\n", "<br>")


def worksheet_to_html(ws: c.Worksheet, *, language: str | None = None) -> str:
    """The worksheet as one self-contained, fully escaped HTML document (``lang`` is the guide's)."""
    language = language or ws.language
    parts: list[str] = []
    m = ws.masthead
    if ws.cover is not None:
        parts.append(f'<p class="kicker">{_h(ws.cover.audience_label)} · {_h(ws.cover.edition_label)}</p>')
    kicker = f"{m.series} · {m.kicker}" if m.series else m.kicker
    parts.append(f'<p class="kicker">{_h(kicker)}</p>')
    parts.append(f"<h1>{_h(m.title)}</h1>")
    if m.big_idea:
        parts.append(f'<p class="big-idea">{_h(m.big_idea)}</p>')
    if m.meta:
        parts.append(f'<p class="meta">{_h(m.meta)}</p>')
    for block in ws.blocks:
        parts.append(_html_block(block, ws.labels))
    body = "\n".join(parts)
    lang = html.escape(language, quote=True)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="author" content="{_h(ws.author)}">\n'
        f'<meta name="description" content="{_h(ws.subject)}">\n'
        f"<title>{_h(ws.title)} · {_h(c.edition_label(ws.edition, ws.language))}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _paras(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{_h(p)}</p>" for p in text.split("\n\n") if p.strip())


def _html_block(block: c.Block, L: Mapping[str, str]) -> str:
    if isinstance(block, c.WriteIn):
        blanks = "".join(f'{_h(label)}<span class="blank"></span>' for label in block.labels)
        return f'<p class="write-in">{blanks}</p>'
    if isinstance(block, c.SectionHead):
        time_text = timing(block, L)
        time = f' <span class="time">{_h(time_text)}</span>' if time_text else ""
        return f"<h2><span>{_h(block.title)}</span>{time}</h2>"
    if isinstance(block, c.Transition):
        into = _h(L["transition"].format(title=block.into))
        return f'<p class="transition"><b>{into}</b> “{_h(block.text)}”</p>'
    if isinstance(block, c.Colophon):
        return (
            '<footer class="colophon">' + "".join(f"<p>{_h(line)}</p>" for line in block.lines) + "</footer>"
        )
    if isinstance(block, c.CardSheet):
        card = _html_card(block.card)
        return '<div class="cards">' + card * block.per_page + "</div>"
    if isinstance(block, c.Text):
        return _paras(block.text, "meta" if block.quiet else "")
    if isinstance(block, c.Passage):
        label = block.label + (f" · {block.where}" if block.where else "")
        return f'<div class="box passage"><p class="label">{_h(label)}</p>{_paras(block.text)}</div>'
    if isinstance(block, c.Scripture):
        ref = block.reference + (f" · {block.translation}" if block.translation else "")
        text = _paras(block.text) if block.text else f'<p class="meta">{_h(L["read_from_bible"])}</p>'
        return f'<div class="box scripture"><p class="label">{_h(ref)}</p>{text}</div>'
    if isinstance(block, c.QuestionItem):
        return _html_question(block, L)
    if isinstance(block, c.Note):
        label = block.label or L[f"note_{block.tone}"]
        cls = "box note care" if block.tone == "care" else "box note"
        return f'<div class="{cls}"><p class="label">{_h(label)}</p>{_paras(block.text)}</div>'
    if isinstance(block, c.HighlightItem):
        inner = f"<p><em>“{_h(block.quote)}”</em></p>"
        if block.sentence and block.sentence.strip() != block.quote.strip():
            inner += f'<p class="meta">{_h(L["in_context"].format(sentence=block.sentence))}</p>'
        if block.note:
            who = L["readers_note"].format(reader=block.reader) if block.reader else L["note"]
            inner += f'<p class="meta">{_h(who)}: {_h(block.note)}</p>'
        return f'<div class="box highlight">{inner}</div>'
    if isinstance(block, c.Schedule):
        rows = "".join(
            f"<tr><td>{_h(r.clock)}</td><td><strong>{_h(r.title)}</strong></td>"
            f"<td>{_h(r.purpose or '')}</td></tr>"
            for r in block.rows
        )
        return (
            f'<div class="box note"><p class="label">{_h(L["at_a_glance"])}</p>'
            f'<table class="schedule">{rows}</table></div>'
        )
    if isinstance(block, c.Appendix):
        out = [
            f'<section class="appendix"><p class="kicker">{_h(L["appendix"])}</p>',
            f"<h1>{_h(block.title)}</h1>",
        ]
        if block.byline:
            out.append(f'<p class="meta">{_h(block.byline)}</p>')
        for b in block.blocks:
            number = f'<span class="pn">{b.number}</span> ' if b.number is not None else ""
            if b.kind == "heading":
                out.append(f"<h3>{_h(b.text)}</h3>")
            elif b.kind == "list_item":
                out.append(f"<ul><li>{number}{_h(b.text)}</li></ul>")
            elif b.kind == "quote":
                out.append(f"<blockquote>{number}{_paras(b.text)}</blockquote>")
            else:
                out.append(_paras(b.text).replace("<p>", "<p>" + number, 1))
        return "\n".join(out) + "</section>"
    return "<hr>"  # PageBreak


def _html_question(q: c.QuestionItem, L: Mapping[str, str]) -> str:
    mark = q.number or ("✎" if q.step else "•")
    number = f'<span class="number">{_h(mark)}</span>'
    tag = f'<span class="tag">{_h(q.tag)}</span> ' if q.tag else ""
    out = [f'<p class="question">{number}{tag}{_h(q.text)}</p>']
    if q.page_ref is not None:
        out.append(f'<p class="ref">{_h(L["participant_page"].format(page=q.page_ref))}</p>')
    out += [f'<p class="ref">{_h(n)}</p>' for n in q.notes]
    for label, line in ((L["listen_for"], q.listen_for), (L["probe"], q.follow_up)):
        if line:
            out.append(f'<p class="listen"><b>{_h(label)}</b> {_h(line)}</p>')
    for area in q.answers:
        who = f'<p class="who">{_h(area.label)}</p>' if area.label else ""
        lines = '<p class="line">&nbsp;</p>' * area.lines
        out.append(f'<div class="answer">{who}{lines}</div>')
    return "\n".join(out)


def _html_card(card: c.Card) -> str:
    out = [f'<div class="card"><p class="kicker">{_h(card.kicker)}</p><h3>{_h(card.title)}</h3>']
    if card.intro:
        out.append(f'<p class="meta">{_h(card.intro)}</p>')
    out.append("<ol>" + "".join(f"<li>{_h(q)}</li>" for q in card.questions) + "</ol>")
    if card.footer:
        out.append(f'<p class="meta">{_h(card.footer)}</p>')
    return "".join(out) + "</div>"
