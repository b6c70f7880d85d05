"""The reading on a sheet: the passages, the scripture, and the reader's highlights after them.

A passage names its paragraph ("Paragraph 5") only when the article is
printed as the appendix, where the numbers are; otherwise the passage is
quoted, or (without passages) its first and last words are. A verse is shown
once, with its translation credited in the colophon.
"""

from __future__ import annotations

from guides.guide.model import Reading
from guides.worksheet import content as c
from guides.worksheet.editions.rules import translation_label, translation_notice
from guides.worksheet.editions.sheet import Sheet
from guides.worksheet.highlights import highlight_items

QUOTED_ENDS = 5
"""Without the passages printed, a reading is pointed at by its first and last five words."""


def reading_blocks(sheet: Sheet, reading: Reading) -> list[c.Block]:
    """A reading of a part: its passage or verse, or where to find it."""
    include = sheet.o.include
    words = sheet.words
    if reading.ref:
        sheet.shown_refs.add(reading.ref)
        text = reading.text if "scripture" in include else None
        return [scripture_block(sheet, reading.ref, text, reading.translation)]
    # Paragraph numbers mean something only where the numbered article is printed.
    where = paragraphs_of(sheet, reading.start, reading.end) if sheet.appendix else None
    if "passages" in include:
        return [c.Passage(reading.text, words["read_aloud"], where and where[0].upper() + where[1:])]
    if where:
        return [c.Text(words["read_where"].format(where=where), quiet=True)]
    said = reading.text.split()
    if not said:
        return []
    if len(said) <= 2 * QUOTED_ENDS:
        return [c.Text(words["read_quoted_whole"].format(text=" ".join(said)), quiet=True)]
    first = " ".join(said[:QUOTED_ENDS])
    last = " ".join(said[-QUOTED_ENDS:])
    return [c.Text(words["read_quoted"].format(first=first, last=last), quiet=True)]


def scripture_block(sheet: Sheet, ref: str, text: str | None, translation: object) -> c.Scripture:
    """A verse, with its translation's credit noted for the colophon."""
    if not text:
        return c.Scripture(ref, None, None)
    notice = translation_notice(translation, sheet.guide.language)
    if notice:
        sheet.notices.add(notice)
    return c.Scripture(ref, text, translation_label(translation))


def paragraphs_of(sheet: Sheet, start: int, end: int) -> str | None:
    """ "Paragraph 5" or "Paragraphs 5–7": where a passage is in the appendix (headings uncounted)."""
    a = sheet.article
    if a is None:
        return None
    numbers = [
        i
        for i, b in enumerate((b for b in a.blocks if b.kind != "heading"), 1)
        if b.start < end and b.end > start
    ]
    if not numbers:
        return None
    if len(numbers) == 1:
        return sheet.words["paragraph"].format(number=numbers[0])
    return sheet.words["paragraphs"].format(first=numbers[0], last=numbers[-1])


def after_reading(sheet: Sheet) -> list[c.Block]:
    """Scripture the article cites that the Read part did not show, then the reader's highlights."""
    guide, words = sheet.guide, sheet.words
    out: list[c.Block] = []
    for s in guide.scripture:
        # A reading names a verse as the guide's language does ("Santiago 1:19"), the list by
        # its normalised reference ("James 1:19"): either one means it is already shown.
        name = s.ref if guide.language == "en" else s.text
        if s.ref in sheet.shown_refs or name in sheet.shown_refs:
            continue
        sheet.shown_refs.add(s.ref)
        text = s.verse_text if "scripture" in sheet.o.include else None
        out.append(scripture_block(sheet, name, text, s.translation))
    if out:
        out.insert(0, c.SectionHead(words["scripture_in_article"]))
    if "notes" in sheet.o.include:
        items = highlight_items(sheet.highlights, sheet.article.text if sheet.article else None)
        if items:
            out.append(c.SectionHead(words["what_you_marked"]))
            if sheet.edition == "couple":
                out.append(c.Text(words["marked_couple"], quiet=True))
            out += items
    return out
