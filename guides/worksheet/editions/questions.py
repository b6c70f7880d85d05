"""The questions on a sheet: number, tag, room to write, page reference and the leader's lines.

Each edition shows a question its own way: the participant's numbered with
lines to write on (none under an icebreaker, which is spoken); the couple's
with an answer area for each partner; the leader's with its participant page,
a tag for what is not asked of everyone, and what to listen for and what to
ask next instead of lines (:mod:`guides.worksheet.leading`). The "I will..."
steps are questions too.
"""

from __future__ import annotations

from guides.guide.model import Prompt, Question, Section
from guides.worksheet import content as c
from guides.worksheet.editions.rules import LINES_BY_KIND, PROMPT_LINES, SPOKEN, field_name
from guides.worksheet.editions.sheet import Sheet
from guides.worksheet.leading import leader_lines


def question_item(sheet: Sheet, q: Question) -> c.QuestionItem:
    """One of the guide's questions as this edition prints it."""
    number = sheet.numbers.get(q.id) if sheet.numbered(q) else None
    listen = follow = None
    if sheet.leaderish and q.visibility == "everyone":
        lines = leader_lines(q, sheet.article, sheet.guide.language)
        listen, follow = lines.listen_for, lines.follow_up
    return c.QuestionItem(
        key=q.id,
        text=q.text,
        number=number,
        answers=answer_areas(sheet, q.id, _lines(sheet, q)),
        page_ref=sheet.pages.get(q.id) if sheet.edition == "leader" else None,
        tag=_tag(sheet, q),
        listen_for=listen,
        follow_up=follow,
    )


def prompt_item(sheet: Sheet, section: Section, index: int, prompt: Prompt) -> c.QuestionItem:
    """The ``index``-th "I will..." step of ``section``."""
    key = f"{section.key}-step-{index}"
    if sheet.edition == "couple":
        if prompt.kind == "partner" and prompt.partner is not None:
            # The guide gives each partner their own line
            # ("First partner: I will ..."): their name goes there.
            name = sheet.partners()[prompt.partner]
            label = str(sheet.prompt_words[("partner_1", "partner_2")[prompt.partner]])
            text = prompt.text
            if sheet.o.partner_names and text.startswith(label):
                text = name + text[len(label) :]
            answers = single_area(sheet, key, PROMPT_LINES)
            return c.QuestionItem(key=key, text=text, answers=answers, step=True)
        if prompt.kind == "return":
            return c.QuestionItem(key=key, text=prompt.text, answers=single_area(sheet, key, 1), step=True)
    return c.QuestionItem(
        key=key,
        text=prompt.text,
        answers=answer_areas(sheet, key, 0 if sheet.leaderish else PROMPT_LINES),
        step=True,
        page_ref=sheet.pages.get(key) if sheet.edition == "leader" else None,
    )


def answer_areas(sheet: Sheet, key: str, lines: int) -> tuple[c.AnswerArea, ...]:
    """Room to write under a question: one area, or one per partner in the couple's edition."""
    o = sheet.o
    if not o.answer_lines or sheet.edition == "session" or lines <= 0:
        return ()
    fill = o.fillable
    if sheet.edition == "couple":
        a, b = sheet.partners()
        return (
            c.AnswerArea(lines, a, field_name(key, "a") if fill else None),
            c.AnswerArea(lines, b, field_name(key, "b") if fill else None),
        )
    return (c.AnswerArea(lines, None, field_name(key) if fill else None),)


def single_area(sheet: Sheet, key: str, lines: int) -> tuple[c.AnswerArea, ...]:
    """One area to write in, shared (a couple's step for the two of them)."""
    if not sheet.o.answer_lines:
        return ()
    return (c.AnswerArea(lines, None, field_name(key) if sheet.o.fillable else None),)


def _tag(sheet: Sheet, q: Question) -> str | None:
    words = sheet.words
    if sheet.edition == "couple":
        if q.intensity == "open":
            return words["tag_deeper"]
        return words["tag_optional"] if q.optional else None
    if sheet.edition == "participant":
        return None
    if q.visibility == "couple":
        return words["tag_take_home"]
    if q.visibility == "leader":
        return words["tag_for_you"]  # the leader's own preparation, never asked of the group
    if q.optional:
        return words["tag_extra"]
    return None


def _lines(sheet: Sheet, q: Question) -> int:
    if sheet.leaderish:
        return 0  # the leader's room goes to what to listen for and what to ask next
    if sheet.edition == "participant" and q.kind in SPOKEN:
        return 0  # said aloud around the room, not written
    return LINES_BY_KIND.get(q.kind, 3)
