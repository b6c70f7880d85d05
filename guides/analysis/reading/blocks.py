"""Blocks: each block's part in the page (body, heading, list, quotation, a letter to an advice
column and its answer, printed study questions, a list of references, promotion, page clutter), read
in order, so that a letter is known from its salutation to its signature and an answer from where it
begins.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from guides.analysis import cues, furniture
from guides.analysis.reading.lists import _numbered_points
from guides.analysis.reading.model import BlockPart, BlockRole
from guides.article import Article, Block

_TERMINAL = re.compile(r"[.!?…:;”\"’')\]»]\s*$")


_CLAIMED = re.compile(
    r"^(?=(?:\S+\s+){3,})[^?:]*\b(?:(?:is|are)\s+not|isn['’]t|aren['’]t)\b",
    re.I,
)
"""A heading that states the author's claim ("A ritual is not a routine", "Listening is not waiting for
your turn to talk"): read as one of the article's points, not only as a heading."""


_COLUMN_BYLINE = re.compile(
    r"^\s*\S+\s+[^,\n]{1,40},\s*(?:por|by|con|with)\s+[A-ZÁÉÍÓÚÑ]|"
    r"^[^\n]*\n\s*(?:actualizado|updated|published|publicado)\b",
    re.IGNORECASE,
)
"""A column's name with its writer, or over when it was published ("Querida Amparo, por Amparo Ledesma")."""


def _block_roles(article: Article, refs: Sequence[tuple[int, int]]) -> list[BlockPart]:
    roles: list[BlockPart] = []
    state = "none"  # none, letter, signed, answer
    part = 0
    in_study = False
    body_seen = False
    points = {b.start for b in _numbered_points(article)}  # a listicle's points are its claims
    ordered = sorted(refs)  # (each block asks which references it holds: bisected, not a scan of all)
    ordered_starts = [s for s, _ in ordered]
    for i, block in enumerate(article.blocks):
        text = block.text.strip()
        role: BlockRole = "body"
        if block.kind == "heading" and not _CLAIMED.search(text):
            in_study = bool(cues.STUDY_HEADING.match(text))
            if state == "letter":
                state = "signed"  # a letter signed on a line of its own: "Tired of Tallying"
            roles.append(BlockPart(i, block.start, block.end, "headline", max(part, 1)))
            continue
        if _is_junk(text, body_seen) or (
            body_seen and i >= len(article.blocks) - 5 and _VALEDICTION.match(text)
        ):
            role = "junk"  # (and "With love, and wishing you a peace that is real," over the signature)
        elif _is_promo(text):
            role = "promo"
        elif _is_reference_list(block, ordered, ordered_starts):
            role = "references"
        elif in_study or cues.STUDY_LABEL.match(text):
            role = "study"
        elif block.kind == "quote" or _printed_verses(article, i, roles, ordered_starts):
            role = "quotation"  # (and "16 Be of the same mind one toward another. ...", under "PASSAGE: ...")
        if role == "body" and i == 0 and _subtitle(block, article, refs):
            roles.append(BlockPart(i, block.start, block.end, "headline", max(part, 1)))
            continue  # "A note for parents, from two of us who are still figuring it out"
        if role == "body":
            letter_start = bool(cues.SALUTATION.match(text) or cues.QA_LETTER.match(text))
            if letter_start and _COLUMN_BYLINE.match(text):
                letter_start = False  # "Querida Amparo, por Amparo Ledesma / Actualizado el domingo": the
                # column's name and its writer over the letter, not the letter
            answer_start = bool(cues.QA_ANSWER.match(text))
            if answer_start and state in ("letter", "signed"):
                state = "answer"
            elif letter_start and state in ("letter", "signed") and not cues.QA_LETTER.match(text):
                state = "answer"  # "Dear Tired," after the letter is the columnist's reply
            elif letter_start and state in ("none", "answer"):
                state = "letter"
                part += 1
            if state in ("letter", "signed"):
                role = "letter"
                last_line = text.splitlines()[-1] if text else ""
                if cues.SIGNATURE.match(last_line) or (len(text.split()) <= 8 and cues.SIGNATURE.match(text)):
                    state = "signed"
            elif state == "answer":
                role = "answer"
            elif block.kind == "list_item" and block.start not in points:
                role = (
                    "study"
                    if _asks(text) or (i > 0 and _ASK_LEAD.search(article.blocks[i - 1].text))
                    else "list"
                )
                if role == "list" and roles and roles[-1].role == "study" and _asks(text):
                    role = "study"
        if role in ("body", "answer", "list", "letter"):
            body_seen = True
        roles.append(BlockPart(i, block.start, block.end, role, max(part, 1)))
    if any(r.role == "letter" for r in roles) and not any(r.role == "answer" for r in roles):
        # "Dear friend, I don't know your name. ..." to its signature, with no reply: the author's own open
        # letter (a minister's to the one who slips out early), the article itself, not a reader's letter
        roles = [replace(r, role="body") if r.role == "letter" else r for r in roles]
    if part <= 1:
        return roles
    # A column with several letters: the first letter and its answer are the article.
    return roles


_VERSE_LINE = re.compile(r"^\s*(?P<n>\d{1,3})\s+[^\W\d]")
_VERSE_NUMBERS = re.compile(r"(?:^|(?<=[.;:!?”\"’']\s))(\d{1,3})\s+(?=[^\W\d])", re.M)


def _printed_verses(article: Article, i: int, roles: list[BlockPart], ref_starts: Sequence[int]) -> bool:
    """Whether block ``i`` prints the passage verse by verse ("14 Bless them which persecute you ...") under
    the line that names it ("PASSAGE: Romans 12:14-21 (KJV)"), or goes on with the verses of the block
    before: the Bible's words, never the author's claims."""
    lines = [line for line in article.blocks[i].text.splitlines() if line.strip()]
    numbers = [_VERSE_LINE.match(line) for line in lines]
    if not lines or not all(numbers) or not numbers[0]:
        return False
    if i == 0 or not roles:
        # the verses printed first, under a title that names them ("Doubtful Disputations (Romans 14:1-13)")
        return i == 0 and bool(re.search(r"\d+:\d+", article.title))
    before = article.blocks[i - 1]
    if roles[-1].role == "quotation" and _VERSE_LINE.match(before.text):
        # (the importer may have joined the verse lines into one: the last verse is the last number)
        last = _VERSE_NUMBERS.findall(before.text)
        return bool(last) and 0 < int(numbers[0]["n"]) - int(last[-1]) <= 10  # (verses may be skipped)
    if _PASSAGE_LABEL.match(before.text):
        return True  # "Passage (KJV)", its reference in the title
    at = bisect_left(ref_starts, before.start)
    return at < len(ref_starts) and ref_starts[at] < before.end and len(before.text.split()) <= 12


_PASSAGE_LABEL = re.compile(
    r"^\W*(?:the\s+)?(?:passage|scripture|text|reading|bible (?:passage|reading)|pasaje|texto|lectura)\b"
    r"[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
"""A heading over the printed passage that names no reference ("Passage (KJV)", "The passage")."""


_VALEDICTION = re.compile(
    r"^\W*(?:with (?:love|warmth|affection|gratitude|thanks|every blessing|prayers?|much love)|warmly|"
    r"yours(?: truly| faithfully| sincerely| in christ)?|love|blessings|every blessing|grace and peace|"
    r"in christ|con (?:cariño|amor|afecto)|un abrazo|bendiciones)\b"
    r"(?:[^.!?\n]{0,60},|(?:,\s*\w+(?:\s+\w+)?)?[.!]?)\s*$",
    re.IGNORECASE,
)
"""A letter's closing line over its signature ("With love, and wishing you a peace that is real,", "Yours
in Christ,", "Blessings"): it ends on a comma or is a word or three, never a closing sentence ("Love is
patient.", "In Christ we are made new.")."""

_ASK_LEAD = re.compile(
    r"(?:ask (?:each other|one another|yourselves|yourself)|talk (?:about|through)|discuss|questions to ask|"
    r"pregúntense|pregúntate|conversen sobre|hablen de)[^.?!]{0,40}:\s*$",
    re.IGNORECASE,
)


def _asks(text: str) -> bool:
    return text.rstrip().rstrip('”"»)').endswith("?")


def _is_junk(text: str, body_seen: bool) -> bool:
    first_line = text.splitlines()[0] if text else ""
    n = len(text.split())
    if n <= 12 and furniture.JUNK_LINE.match(first_line):
        return True
    byline = furniture.BYLINE.match(text) and not _TERMINAL.search(text.rstrip("."))
    if n <= furniture.byline_length(text) and byline:
        return True
    if n <= 25 and furniture.COPYRIGHT.search(text):
        return True
    # A category label or a breadcrumb before the article starts ("Faith & Family", "Home > Marriage").
    return not body_seen and n <= 5 and not _TERMINAL.search(text) and bool(furniture.BREADCRUMB.search(text))


def _is_promo(text: str) -> bool:
    return len(text.split()) <= 90 and cues.maybe_promo(text) and bool(furniture.PROMO.search(text))


_MAIN_TEXT = re.compile(
    r"^\W*(?:read(?: (?:together|aloud|it aloud|this|first))?|text|main text|scripture|(?:bible )?reading|"
    r"passage|key verse|lee|leamos|texto|lectura|pasaje)\s*:",
    re.I,
)
"""A line naming the passage a sermon or study is on: "Text: Galatians 6:1-5"; read, never listed."""


def _is_reference_list(block: Block, refs: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether ``block`` is a list of references (``refs`` sorted, with their ``starts``)."""
    lo, hi = bisect_left(starts, block.start), bisect_right(starts, block.end)
    inside = [(s, e) for s, e in refs[lo:hi] if e <= block.end]
    if not inside:
        return False
    lowered = block.text.lower()
    if _MAIN_TEXT.match(lowered):
        return True
    if re.match(
        r"^\W*(?:for )?further (?:reading|study)|^\W*see also|^\W*compare|^\W*more (?:scripture|verses)|"
        r"^\W*(?:lecturas?|para profundizar|ver también)",
        lowered,
    ):
        return True
    covered = sum(e - s for s, e in inside)
    letters = sum(1 for ch in block.text if ch.isalnum())
    return covered >= 0.6 * max(letters, 1)


def _subtitle(block: Block, article: Article, refs: Sequence[tuple[int, int]]) -> bool:
    """The line right under the title that goes on from it ("A note for parents, from two of us who are
    still figuring it out"): one line, no final stop, no question, short; a subtitle, not a claim."""
    text = " ".join(block.text.split())
    words = text.split()
    return (
        block.kind == "paragraph"
        and "\n" not in block.text.strip()
        and 3 <= len(words) <= 16
        and not re.search(r"[.!?:;]['\"’”)]*$", text)
        and len(article.blocks) > 2
        and ":" not in text  # "Text: Luke 19:1-10", "Series: ...": a field, not a subtitle
        and not any(block.start <= s < block.end for s, _ in refs)
        and not cues.SALUTATION.match(text)
    )
