"""A guide as Markdown, ready to print, paste or review.

The layout follows the audience: a group guide reads as a leader's sheet
(timings, extras marked, take-home questions set apart); a couple's guide as a
conversation for two; a session plan adds the big idea, the outline, the
scripture in full, the leader's notes and the follow-up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from guides.catalog import catalog
from guides.guide.model import Guide, Question, Section
from guides.guide.quotes import as_sentence, display, unshouted


def _verse(text: str) -> str:
    """A verse as read aloud: an ellipsis where it starts or stops mid-sentence."""
    text = text.strip()
    if text.endswith("”") and text.count("“") < text.count("”"):
        text = text[:-1]  # the quotation opened in an earlier verse
    if text[:1].islower():
        text = "…" + text
    if text[-1:] in ",;:":
        text = text[:-1] + "…"
    return text


def _quote_block(text: str) -> list[str]:
    return ["> " + line if line else ">" for line in text.split("\n")]


def _question_line(number: int, q: Question, labels: Mapping[str, Any], *, mixed: bool) -> list[str]:
    marks = []
    if q.optional:
        marks.append(labels["optional"])
    if q.separately:
        marks.append(labels["separately"])
    if mixed and q.written_by not in ("rules", "reader"):
        marks.append(labels["written_by"].format(writer=q.written_by))
    suffix = f" *({', '.join(marks)})*" if marks else ""
    line = f"{number}. {q.text}{suffix}"
    if q.kind == "icebreaker" or _quotes_its_source(q):
        # A warm-up stands on the theme, and a question that quotes its passage shows it already: a line
        # under it saying so again reads as the machine's, not the leader's (the app still shows it).
        return [line]
    source = display(q.source.quote, str(labels["language"]))
    return [line, f"   *{labels['on']}: {source}*"]


def _quotes_its_source(q: Question) -> bool:
    """Whether the question's own words hold the passage it stands on (as far as it runs, or its first
    twelve words)."""

    def plain(text: str) -> str:
        return " ".join(re.findall(r"\w+", text.lower()))

    said = plain(q.source.quote)
    return bool(said) and plain(" ".join(said.split()[:12])) in plain(q.text)


def _section(
    section: Section, guide: Guide, labels: Mapping[str, Any], number: int, *, mixed: bool
) -> tuple[list[str], int]:
    if section.minutes:
        timing = f" ({labels['min'].format(minutes=section.minutes)})"
    elif section.key == "take_home":
        timing = f" ({labels['at_home']})"
    else:
        timing = ""  # "Before you begin" says when on its own
    out = [f"## {section.title}{timing}", "", f"*{section.purpose}*", ""]
    for reading in section.readings:
        if reading.ref:
            translation = f" ({reading.translation})" if reading.translation else ""
            out += [f"**{reading.ref}**{translation}", ""]
            out += [*_quote_block(_verse(reading.text)), ""]
        else:
            out += [*_quote_block(reading.text), ""]
    # The opening part's notes set the room up ("Find half an hour when you will not be interrupted",
    # "Agree together at the start: what is shared here stays here"): read before its question, as the
    # app and the worksheet show them.
    setup = section.key in _SET_UP_FIRST
    notes = [f"- {note.text}" for note in section.notes] + ([""] if section.notes else [])
    if setup:
        out += notes
    for q in section.questions:
        number += 1
        out += _question_line(number, q, labels, mixed=mixed)
    if section.questions:
        out.append("")
    for prompt in section.prompts:
        out += [f"- {prompt.text}"]
    if section.prompts:
        out.append("")
    if not setup:
        out += notes
    return out, number


_SET_UP_FIRST = frozenset({"welcome", "settle"})
"""The parts that open a guide, whose notes come before their question."""


def guide_to_markdown(guide: Guide) -> str:
    """The guide as Markdown text, ending with a newline."""
    labels = {**catalog(guide.language).table("markdown"), "language": guide.language}
    details = [labels[guide.audience], labels["minutes"].format(minutes=guide.minutes)]
    out = [f"# {guide.title}", "", f"*{' · '.join(details)}*", ""]
    # Who worded the questions, once at the top; each question is marked only when writers are mixed.
    questions = guide.questions
    models = [q.written_by for q in questions if q.written_by not in ("rules", "reader")]
    mixed = bool(models) and len(models) < len(questions)
    if models:
        writer = max(set(models), key=models.count)
        out += [f"*{labels['worded_by'].format(writer=writer, count=len(models), total=len(questions))}*", ""]
    if guide.audience == "session":
        if guide.big_idea:
            out += [f"**{labels['big_idea']}:** {as_sentence(guide.big_idea.text)}", ""]
        if guide.themes:
            out += [f"**{labels['themes']}:** {', '.join(guide.themes)}", ""]
        if guide.outline:
            out += [f"## {labels['outline']}", ""]
            out += [f"{i}. **{p.label}**: {unshouted(p.quote)}" for i, p in enumerate(guide.outline, 1)]
            out.append("")
        if guide.scripture:
            out += [f"## {labels['scripture']}", ""]
            # (a passage the Read part prints is printed once, there: not twice on the leader's page)
            read = {r.ref for s in guide.sections for r in s.readings if r.ref and r.text}
            for s in guide.scripture:
                translation = f" ({s.translation})" if s.translation else ""
                name = s.ref if guide.language == "en" else s.text
                out += [f"**{name}**{translation}", ""]
                if s.ref in read and s.verse_text:
                    out += [labels["read_below"], ""]
                    continue
                out += [*_quote_block(_verse(s.verse_text) if s.verse_text else labels["no_text"]), ""]
    number = 0
    for section in guide.sections:
        lines, number = _section(section, guide, labels, number, mixed=mixed)
        out += lines
    if guide.leader_notes:
        out += [f"## {labels['leader_notes']}", ""]
        out += [f"- {note.text}" for note in guide.leader_notes]
        out.append("")
    if guide.follow_up:
        out += [f"## {labels['follow_up']}", ""]
        out += [f"- {item}" for item in guide.follow_up]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
