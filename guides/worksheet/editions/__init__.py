"""What each edition of a worksheet holds, decided from a guide.

- **participant**: a name and date line, the title and big idea (with the
  group, series and week when known), the passages and scripture to read, the
  numbered questions everyone is asked, with lines to write on (none under an
  icebreaker, which is spoken), and the "I will..." step. Nothing meant only
  for the leader or for couples.
- **leader**: all of that, plus each part's timing and purpose, the leader's
  and care notes, the extra and take-home questions, the page of the
  participant's edition each question is on, what to listen for and a
  follow-up question under each question asked aloud, and a sentence to say
  on the way into each part (:mod:`guides.worksheet.leading`). No ruled lines.
- **couple**: every question for the two of them, private ones included, each
  with an answer area per partner, and a closing "talk it through" step.
- **session**: the leader's plan with clock times, to teach from: no lines.
- **cards**: the take-home questions on cards, two or four to a page, to cut
  apart and hand to each couple.

A passage names its paragraph ("Paragraph 5") only when the article is
printed as the appendix, where the numbers are; otherwise the passage is
quoted, or (without passages) its first and last words are.

This package only decides content (a :class:`~guides.worksheet.content.Worksheet`);
:mod:`guides.worksheet.pdf` and :mod:`guides.worksheet.text_export` present it.
Its modules: :mod:`.options` (what the reader asks for), :mod:`.rules` (who
sees which question, numbering, field names, the clock, translations),
:mod:`.sheet` (one edition being built), :mod:`.readings` and
:mod:`.questions` (those parts of a sheet), :mod:`.builder` (the whole).
"""

from guides.worksheet.editions.builder import build_worksheet
from guides.worksheet.editions.options import WorksheetOptions
from guides.worksheet.editions.rules import (
    clock,
    couple_numbers,
    field_name,
    participant_numbers,
    span,
    take_home_questions,
    translation_label,
    translation_notice,
)

__all__ = [
    "WorksheetOptions",
    "build_worksheet",
    "clock",
    "couple_numbers",
    "field_name",
    "participant_numbers",
    "span",
    "take_home_questions",
    "translation_label",
    "translation_notice",
]
