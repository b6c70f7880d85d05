"""Which scripture a guide reads, and how its text is shown.

The article's own references are the list: each passage once, a verse
inside a passage already listed folded into it, and references written
relative to another ("vv. 1-2") left out. The bundled Bible is English; a
guide in another language reads the verse as the article quotes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from guides.analysis.analyze import Analysis, ScriptureUse
from guides.article import Article
from guides.guide.model import Reading, ScriptureReading
from guides.scripture import find_references
from guides.scripture.bible_text import lookup, verse_text

BIBLE_LANGUAGE = "en"
"""The language of the bundled Bible text (the World English Bible)."""

_RELATIVE = re.compile(r"^(?:vv?\.|verses?\b|vs\.|vers[íi]culos?\b)", re.IGNORECASE)


MAX_PRINTED_VERSES = 30
_MAX_CHAPTER_WORDS = 1000
"""Longer passages are named, not printed: a parable (Luke 15:11-32, twenty-two verses) is printed whole."""


def _too_long(use: object) -> bool:
    first = getattr(use, "first", (0, 0))
    last = getattr(use, "last", (0, 0))
    if first[1] == 0:
        # A whole chapter is printed for the leader when it is short enough to read at one sitting
        # ("Turn with me to 2 Kings chapter 5": twenty-seven verses, the sermon's text); a long one
        # ("Psalm 119") is named.
        text = getattr(use, "verse_text", None) or ""
        return first[0] != last[0] or len(re.findall(r"\S+", text)) > _MAX_CHAPTER_WORDS
    if first[0] != last[0]:
        return True
    return bool(last[1] - first[1] + 1 > MAX_PRINTED_VERSES)


def _whole_chapter(use: object) -> bool:
    """A reference to a whole chapter ("James 1"): named for the group to open, never printed."""
    return bool(getattr(use, "first", (0, 0))[1] == 0)


def _narrows_the_chapter(before: Sequence[ScriptureUse], use: ScriptureUse) -> bool:
    """ "Colossians chapter 3. We're going to look at verses 12 to 14": the verses a preacher names
    just after the chapter are the passage itself, not a point inside one already read."""
    named = [u for u in before if not _RELATIVE.match(u.text)]
    return (
        bool(named)
        and _whole_chapter(named[-1])
        and named[-1].covers(use)
        and use.start - named[-1].end < 200
    )


def _verse_quoted(article: Article, use: ScriptureUse) -> tuple[str, str] | None:
    """The verse of a chapter named only by its number that the article quotes, found by its words
    (rapidfuzz's token-set ratio, 85 or more): its reference ("Hebrews 13:2") and its text."""
    if use.quotation is None:
        return None
    passage = lookup(use.ref)
    if passage is None:
        return None
    said = article.text[use.quotation[0] : use.quotation[1]]
    best = max(passage.verses, key=lambda v: fuzz.token_set_ratio(said, v.text), default=None)
    if best is None or fuzz.token_set_ratio(said, best.text) < 85:
        return None
    return f"{use.ref}:{best.verse}", best.text


def scripture_readings(article: Article, analysis: Analysis, language: str) -> list[ScriptureReading]:
    """Each distinct scripture reference once, in the article's order, with its verse text.

    A reference written relative to another ("vv. 1-2", "verse 5") is left
    out: it points into a passage already listed, and which one depends on
    where the outline is, which a reader sees better than a parser.
    """
    seen: set[str] = set()
    out: list[ScriptureReading] = []
    listed = [
        u
        for i, u in enumerate(analysis.scripture)
        if not _RELATIVE.match(u.text) or _narrows_the_chapter(analysis.scripture[:i], u)
    ]
    narrowed = _title_passages(article, listed)
    if language == BIBLE_LANGUAGE:
        named = _title_passage_named(article)
        if named is not None and not any(_covers_verse(u, named.ref) for u in listed):
            # "... (Nehemiah 4:6-23)" over "turn with me to the book of Nehemiah"; "(Mark 14:3-9)" over a
            # study that prints it and goes on to cite only Deuteronomy 15:11: the study's own passage
            out.append(named)
            seen.add(named.ref)
    for use in listed:
        if use.ref in seen:
            continue
        if (use.start, use.end) in narrowed:
            # "Half the Wall (Nehemiah 4:6-23)" over "turn with me to Nehemiah, chapter four": the title
            # names the verses the sermon reads, read where the sermon turns to them
            title_ref = narrowed[(use.start, use.end)]
            seen.add(use.ref)
            seen.add(title_ref)
            passage = lookup(title_ref) if language == BIBLE_LANGUAGE else None
            verse = passage.text if passage is not None else None
            out.append(ScriptureReading(use.text, use.start, use.end, title_ref, verse, use.translation))
            continue
        if any(other.ref != use.ref and other.covers(use) and not _whole_chapter(other) for other in listed):
            continue  # "Gal. 6:2" inside "Galatians 6:1-5": read the whole passage once
        if _whole_chapter(use) and any(other.ref != use.ref and use.covers(other) for other in listed):
            continue  # "Matthew 18", then "Matthew 18:21-35": the passage, not the chapter
        seen.add(use.ref)
        verse, translation = use.verse_text, use.translation
        quoted_verse = (
            _verse_quoted(article, use)
            if _whole_chapter(use) and use.quotation and language == BIBLE_LANGUAGE
            else None
        )
        if quoted_verse is not None:
            # "Hebrews 13 says, “Don’t forget to show hospitality to strangers ...”": the verse quoted
            ref, verse = quoted_verse
            if ref not in seen:
                seen.add(ref)
                out.append(ScriptureReading(use.text, use.start, use.end, ref, verse, translation))
            continue
        if _too_long(use) or (_whole_chapter(use) and (use is not analysis.scripture[0] or use.quotation)):
            # A long chapter ("Psalm 119") is named, for the group to open, not printed; so is a chapter
            # named only to place a verse the author quotes ("Hebrews 13 says, ...").
            verse = None
        elif verse and _whole_chapter(use):
            verse = verse_text(use.ref, numbered=True)  # "Look at verse 13": a chapter keeps its numbers
        if language != BIBLE_LANGUAGE:
            # The bundled Bible is English: a Spanish guide reads the verse as the
            # article quotes it, or names the reference for the group to look up.
            quoted = article.text[use.quotation[0] : use.quotation[1]] if use.quotation else None
            verse, translation = quoted, use.cited_translation
        out.append(ScriptureReading(use.text, use.start, use.end, use.ref, verse, translation))
    return out


def _covers_verse(use: ScriptureUse, ref: str) -> bool:
    """Whether ``use`` holds the first verse of ``ref`` ("Mark 14:3-9"), or its whole chapter."""
    found = next(iter(find_references(ref)), None)
    if found is None or use.book != found.book:
        return False
    verse = (found.start_chapter, found.start_verse or 0)
    if _whole_chapter(use):
        return use.first[0] <= verse[0] <= use.last[0]
    return use.first <= verse <= use.last


def _title_passages(article: Article, uses: Sequence[ScriptureUse]) -> dict[tuple[int, int], str]:
    """The passage the title names ("... (Nehemiah 4:6-23)"), keyed by the first whole-chapter citation of
    its chapter in the text, which it narrows."""
    out: dict[tuple[int, int], str] = {}
    for found in find_references(article.title):
        if found.start_verse is None or found.end_chapter != found.start_chapter:
            continue
        chapter = next(
            (
                u
                for u in uses
                if u.book == found.book and _whole_chapter(u) and u.first[0] == found.start_chapter
            ),
            None,
        )
        if chapter is not None and lookup(found.ref) is not None:
            out[(chapter.start, chapter.end)] = found.ref
    return out


def _title_passage_named(article: Article) -> ScriptureReading | None:
    """The passage the title names, when the text cites none by chapter and verse but names its book
    ("turn with me to the book of Nehemiah, chapter four"): read where the text names the book."""
    for found in find_references(article.title):
        if found.start_verse is None:
            continue
        named = re.search(rf"\b{re.escape(found.book)}\b", article.text)
        passage = lookup(found.ref)
        if named is not None and passage is not None and passage.text:
            return ScriptureReading(
                named.group(0),
                named.start(),
                named.end(),
                found.ref,
                passage.text,
                passage.translation.abbreviation,
            )
    return None


_SHORT_CHAPTER_WORDS = 250
"""A chapter short enough to read aloud in the group when it is the study's passage ("Psalm 131")."""


_READ_ALOUD = re.compile(
    r"^\W*(?:(?:now|first|together),?\s+)?(?:read|lean|lee)\b[^.]{0,60}\b"
    r"(?:aloud|together|out loud|en voz alta|juntos)\b",
    re.I,
)
"""The article's own instruction to read a passage aloud ("Read Psalm 90 aloud together.")."""


def scripture_as_readings(
    analysis: Analysis, scripture: Sequence[ScriptureReading], limit: int, language: str
) -> list[Reading]:
    """At most ``limit`` scripture texts to read aloud.

    The first reference comes first (a sermon outline opens with its text),
    then those the article quotes, then the earliest.
    """
    quoted = {u.ref for u in analysis.scripture if u.quotation is not None}
    reading = analysis.reading
    # What the article reads, not only names: the first passage, those it quotes or says what they mean
    # ("Deuteronomy 34:7" named for Moses' age in passing is not read aloud as the heart of it).
    used = {(u.start, u.end) for u in reading.scripture if u.role in ("quoted", "discussed")} | {
        (s.start, s.end) for s in scripture[:1]
    }
    # (a whole chapter is the leader's to read beforehand, never five minutes read aloud in the group,
    # unless the article itself says to read it aloud: "Read Psalm 90 aloud together.")
    aloud_refs = {
        u.ref
        for u in analysis.scripture
        if (p := reading.at(u.start)) is not None and _READ_ALOUD.match(p.text)
    }
    aloud = {(s.start, s.end) for s in scripture if s.ref in aloud_refs}
    # (the study's own passage, a short chapter, is read: "PASSAGE: Psalm 131")
    aloud |= {
        (s.start, s.end)
        for s in scripture[:1]
        if s.verse_text and ":" not in s.ref and len(s.verse_text.split()) <= _SHORT_CHAPTER_WORDS
    }
    with_text = [
        s
        for s in scripture
        if s.verse_text and (":" in s.ref or (s.start, s.end) in aloud) and (s.start, s.end) in used | aloud
    ]
    first = scripture[0].start if scripture else -1
    chosen = sorted(
        with_text,
        key=lambda s: ((s.start, s.end) not in aloud, s.start != first, s.ref not in quoted, s.start),
    )[:limit]
    return [
        Reading(
            s.verse_text or "",
            s.start,
            s.end,
            # A guide in another language names the passage as its author does ("Lamentaciones 3:22").
            ref=s.ref if language == BIBLE_LANGUAGE else s.text,
            translation=s.translation,
        )
        for s in sorted(chosen, key=lambda s: s.start)
    ]
