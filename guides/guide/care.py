"""Care notes: what a leader needs to know before the room opens up.

Two sources. The sensitive topics the analysis finds (an affair, debt, grief,
divorce, disciplining children ...): private ones stay out of the room, and
each heavier topic gets one note on handling it. And passages of scripture
that have hurt people when read carelessly ("the rod", divorce, submission,
barrenness, slaves and masters): each gets a note naming the reference,
whether the article discusses it or only lists it, since a pastor may read it
aloud either way.

The passages are listed here as ranges of book, chapter and verse rather
than looked up: they are a small, stable list that pastors and study-guide
editors agree on, and a reference is matched by overlap, so "Ephesians 5:21-33"
and "Eph. 5:22" both find the submission note.
"""

from __future__ import annotations

import re

from guides.analysis.analyze import ScriptureUse
from guides.analysis.sensitive import is_private
from guides.guide.context import Context
from guides.guide.model import Note
from guides.guide.topics import dwells_on

# (category, book, (chapter, first verse), (chapter, last verse)); verse 0 to 999 is a whole chapter.
SENSITIVE_PASSAGES: tuple[tuple[str, str, tuple[int, int], tuple[int, int]], ...] = (
    ("discipline", "Proverbs", (13, 24), (13, 24)),
    ("discipline", "Proverbs", (19, 18), (19, 18)),
    ("discipline", "Proverbs", (22, 15), (22, 15)),
    ("discipline", "Proverbs", (23, 13), (23, 14)),
    ("discipline", "Proverbs", (29, 15), (29, 15)),
    ("divorce", "Deuteronomy", (24, 1), (24, 4)),
    ("divorce", "Malachi", (2, 14), (2, 16)),
    ("divorce", "Matthew", (5, 31), (5, 32)),
    ("divorce", "Matthew", (19, 3), (19, 12)),
    ("divorce", "Mark", (10, 2), (10, 12)),
    ("divorce", "Luke", (16, 18), (16, 18)),
    ("divorce", "1 Corinthians", (7, 10), (7, 16)),
    ("submission", "Ephesians", (5, 22), (5, 24)),  # (5:21 alone is "subjecting yourselves one to another")
    ("submission", "Ephesians", (5, 33), (5, 33)),
    ("submission", "Colossians", (3, 18), (3, 18)),
    ("submission", "1 Peter", (3, 1), (3, 6)),  # (3:7 is to husbands: honour your wife)
    ("submission", "Titus", (2, 3), (2, 5)),
    ("submission", "1 Timothy", (2, 11), (2, 15)),
    ("submission", "1 Corinthians", (14, 34), (14, 35)),
    ("submission", "Genesis", (3, 16), (3, 16)),
    ("barrenness", "Genesis", (11, 30), (11, 30)),
    ("barrenness", "Genesis", (16, 1), (16, 2)),
    ("barrenness", "Genesis", (25, 21), (25, 21)),
    ("barrenness", "Genesis", (29, 31), (29, 31)),
    ("barrenness", "Genesis", (30, 1), (30, 2)),
    ("barrenness", "Genesis", (30, 22), (30, 23)),
    ("barrenness", "Judges", (13, 2), (13, 3)),
    ("barrenness", "1 Samuel", (1, 1), (1, 20)),
    ("barrenness", "1 Samuel", (2, 5), (2, 5)),
    ("barrenness", "Psalms", (113, 9), (113, 9)),
    ("barrenness", "Isaiah", (54, 1), (54, 1)),
    ("barrenness", "Luke", (1, 7), (1, 7)),
    ("barrenness", "Luke", (1, 36), (1, 36)),
    ("grief_rule", "1 Thessalonians", (4, 13), (4, 18)),
    ("endurance", "Ephesians", (4, 2), (4, 3)),
    ("endurance", "Colossians", (3, 13), (3, 13)),
    ("endurance", "1 Corinthians", (13, 7), (13, 7)),
    ("endurance", "Matthew", (18, 21), (18, 22)),
    ("slavery", "Ephesians", (6, 5), (6, 8)),
    ("slavery", "Colossians", (3, 22), (3, 25)),
    ("slavery", "1 Peter", (2, 18), (2, 20)),
    ("slavery", "Titus", (2, 9), (2, 10)),
)

TOPIC_OF_PASSAGE = {
    "discipline": "discipline",
    "divorce": "divorce",
    "submission": "submission",
    "barrenness": "infertility",
    "slavery": None,
    "grief_rule": "grief",
    "endurance": "abuse",
}
_HEAVY = (
    "divorce",
    "discipline",
    "submission",
    "grief",
    "infertility",
    "mental_health",
    "addiction",
    "money",
)
"""Topics that get a note of their own when the article dwells on them."""
_PRIVATE_NAMED = ("sexual_intimacy", "infidelity", "pornography", "money", "infertility")


def passage_category(use: ScriptureUse) -> str | None:
    """The kind of care a passage needs, or None."""
    for category, book, first, last in SENSITIVE_PASSAGES:
        if use.book == book and use.first <= last and first <= use.last:
            return category
    return None


def private_topics(ctx: Context) -> list[str]:
    """The private topics the article raises, in the order of the analysis; not one named only in the
    scripture it quotes ("extortioners, unrighteous, adulterers" in the Pharisee's prayer), which the room
    reads aloud together anyway."""
    return [
        t.topic
        for t in ctx.analysis.sensitive
        if any(
            is_private(t.topic, s.intensity) and not ctx.touches_scripture(s.start, s.end) for s in t.spans
        )
    ]


def scripture_care(ctx: Context) -> list[Note]:
    """One note per passage of scripture in the article that needs care, in the article's order."""
    notes: dict[tuple[str, int, str], Note] = {}
    chapters: set[tuple[str, int, str]] = set()
    # "Turn with me to Mark chapter 10. ... verse 46": the chapter named on the way to a passage in it is
    # the passage's, not the chapter's other teaching (Mark 10 on divorce, for a sermon on Bartimaeus)
    passages = {(u.book, u.first[0]) for u in ctx.analysis.scripture if u.book and u.first[1] != 0}
    for use in ctx.analysis.scripture:
        if use.book == "":
            continue
        category = passage_category(use)
        if category is None or (use.first[1] == 0 and (use.book, use.first[0]) in passages):
            continue
        usage = ctx.reading.scripture_role(use.start, use.end)
        if usage is not None and usage.role == "listed":
            continue  # "Further reading: Titus 2:1-8": never read together, so nothing to take care over
        # "Matthew 18:21-35", "Matthew 18" and "Matthew 18:21" in one sermon: one note, on the passage
        # (a whole chapter named first gives way to the passage named later)
        key = (use.book, use.first[0], category)
        whole = use.first[1] == 0
        if key in notes and (whole or key not in chapters):
            continue
        ref = use.ref if ctx.language == "en" else use.text
        topic = TOPIC_OF_PASSAGE[category]
        notes[key] = Note(
            "care", ctx.catalog.text("care", f"verse_{category}", ref=ref), (topic,) if topic else (), use.ref
        )
        if whole:
            chapters.add(key)
        else:
            chapters.discard(key)
    return list(notes.values())


_LEADERS_NOTE = re.compile(
    r"^\W*(?:(?:a |the )?(?:leader['’]?s['’]? note|note (?:for|to) (?:the )?leaders?|for (?:the )?leaders?)|"
    r"nota (?:para (?:el|la|quien) (?:líder|guía|dirige)|del (?:líder|guía)))\s*[:.—–-]\s*",
    re.I,
)
"""The label of the article's own note for whoever leads ("Leader's note: Be careful with point 3 if ...")."""

MAX_ARTICLE_NOTE_WORDS = 70
"""The longest note of the article's own that a guide passes on whole to its leader."""


def article_leader_notes(ctx: Context) -> list[Note]:
    """The article's own notes for the leader, passed on as written: a study's "Leader's note: this study
    may be hard for anyone recently bereaved ..." is care the writer took, never dropped with the rest of
    the handout's furniture."""
    notes: list[Note] = []
    for block in ctx.article.blocks:
        label = _LEADERS_NOTE.match(block.text)
        if label is None:
            continue
        said = " ".join(block.text[label.end() :].split())
        if not said or len(said.split()) > MAX_ARTICLE_NOTE_WORDS:
            continue
        said = said[0].upper() + said[1:]
        # ("Question 6 needs care": the article's sixth question, which this guide numbers otherwise)
        numbered = re.search(r"\b(?:questions?|points?|steps?|pregunta|punto)\s+\d", said, re.I)
        key = "article_leader_note_numbered" if numbered else "article_leader_note"
        notes.append(Note("care", ctx.catalog.text("notes", key, note=said)))
    return notes


def leader_care(ctx: Context) -> list[Note]:
    """The care notes of a group or session guide: the article's own notes for its leader, privacy,
    disclosure, topics, scripture."""
    c = ctx.catalog
    notes: list[Note] = article_leader_notes(ctx)
    # Abuse has its own note (never for couples to talk over together): "couples can talk about them
    # privately at home" is for the other private topics only.
    private = private_topics(ctx)
    topics = [t for t in private if t != "abuse"]
    if topics:
        names = [c.text("topic_names", t) for t in topics]
        notes.append(
            Note(
                "care", c.text("notes", "private_note", topics=join_list(names, ctx.language)), tuple(topics)
            )
        )
    if private:
        notes.append(
            Note(
                "care",
                c.text("notes", "disclosure_note" if ctx.faith else "disclosure_note_secular"),
                tuple(private),
            )
        )
    if "abuse" in {t.topic for t in ctx.analysis.sensitive}:
        notes.append(Note("care", c.text("notes", "abuse_note"), ("abuse",)))
    verse_notes = scripture_care(ctx)
    covered = {t for n in verse_notes for t in n.topics}
    for topic in _HEAVY:
        if topic in covered or not dwells_on(ctx, topic):
            continue
        if topic in _PRIVATE_NAMED and topic in topics and topic not in ("money", "infertility"):
            continue
        notes.append(Note("care", c.text("care", topic), (topic,)))
    return notes + verse_notes


def couple_care(ctx: Context) -> list[Note]:
    """What a couple's guide says about safety: only that either of them can get help alone."""
    if "abuse" not in {t.topic for t in ctx.analysis.sensitive}:
        return []
    key = "abuse_couple_note" if ctx.faith else "abuse_couple_note_secular"
    return [Note("care", ctx.catalog.text("notes", key), ("abuse",))]


def join_list(items: list[str], language: str) -> str:
    """ "a, b and c" (or "a, b y c")."""
    conjunction = " y " if language == "es" else " and "
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + conjunction + items[-1]
