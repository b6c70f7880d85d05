"""Choosing questions and readings for a guide from the scored candidates.

A :class:`Picker` remembers what a guide already holds and keeps the rules a
careful leader keeps: no family twice in a guide, at most one question about
the author's wording and one about what a story shows, no two questions on
the same sentence, the core of a discussion on different parts of the
article, and no near-duplicates.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence

from guides.analysis.cues import IDEA_LABEL
from guides.analysis.reading import ListUnit
from guides.analysis.sensitive import Intensity, rank
from guides.guide.context import Context
from guides.guide.families import Candidate
from guides.guide.families.lists import ITEM_MARK, MAX_POINTS_READ
from guides.guide.model import Question, QuestionKind, Reading, Source, Visibility
from guides.guide.quality import near_duplicate

OWN_QUESTIONS = frozenset({"printed", "printed_personal"})
"""The article's own printed questions: not a template, so a guide may ask several of them."""

STORY_FAMILIES = frozenset(
    {"story_point", "story_claim", "story_open", "own_story", "own_story_point", "own_story_claim", "scene"}
)
"""The families that ask what a story shows: a guide asks it once, whichever family words it (two of them
on one story, by its first line and by its people, is the same question twice)."""


def _opening(text: str) -> tuple[str, ...]:
    """A question's words before its quote, its first two: two questions of
    one family that open alike read as a template."""
    before = re.split(r"[“”\"«»]", text, maxsplit=1)[0]
    return tuple(before.lower().split()[:2])


class Picker:
    """The questions chosen so far for one guide."""

    def __init__(self) -> None:
        self.chosen: list[Candidate] = []
        self._section_from = 0
        self._distinct_blocks = False

    def new_section(self, *, distinct_blocks: bool = False) -> None:
        """Start a section; with ``distinct_blocks`` each of its questions stands on another paragraph."""
        self._section_from = len(self.chosen)
        self._distinct_blocks = distinct_blocks

    @property
    def section(self) -> list[Candidate]:
        return self.chosen[self._section_from :]

    @property
    def families(self) -> set[str]:
        return {c.family for c in self.chosen}

    def accepts(self, candidate: Candidate, *, repeat: bool = False) -> bool:
        """Whether ``candidate`` fits: a family not yet used (unless ``repeat``: a short guide may ask
        two questions of one family when their wording differs), no passage asked about twice, and
        nothing near a question already chosen."""
        same = [c for c in self.chosen if c.family == candidate.family]
        if (
            same
            and candidate.family not in OWN_QUESTIONS
            and (not repeat or len(same) > 1 or _opening(same[0].text) == _opening(candidate.text))
        ):
            return False
        if candidate.about_wording and any(c.about_wording for c in self.chosen):
            return False
        if candidate.family in STORY_FAMILIES and any(c.family in STORY_FAMILIES for c in self.chosen):
            return False
        loose = candidate.unit_kind in ("theme", "topic")
        for c in self.chosen:
            if loose or c.unit_kind in ("theme", "topic"):
                continue
            if (c.unit_kind == "list") != (candidate.unit_kind == "list"):
                continue  # a question on the whole list points at its first item; that item is still free
            if c.source.start < candidate.source.end and candidate.source.start < c.source.end:
                return False
        if (
            self._distinct_blocks
            and not loose
            and any(
                c.block == candidate.block and c.unit_kind not in ("theme", "topic") for c in self.section
            )
        ):
            return False
        return not near_duplicate(candidate.text, (c.text for c in self.chosen))

    def take(self, candidate: Candidate) -> Candidate:
        self.chosen.append(candidate)
        return candidate

    def pick(
        self,
        pool: Sequence[Candidate],
        count: int,
        where: Callable[[Candidate], bool] = lambda c: True,
        *,
        repeat: bool = False,
    ) -> list[Candidate]:
        """Up to ``count`` candidates from ``pool`` (best first) that fit ``where`` and the guide."""
        taken: list[Candidate] = []
        for candidate in pool:
            if len(taken) >= count:
                break
            if where(candidate) and self.accepts(candidate, repeat=repeat):
                taken.append(self.take(candidate))
        return taken


def within(ceiling: Intensity) -> Callable[[Candidate], bool]:
    return lambda c: rank(c.intensity) <= rank(ceiling)


def everyone(candidate: Candidate) -> bool:
    """Whether a candidate may be asked of a whole group: nothing private in its words or source, and
    nothing only a couple can answer."""
    return not candidate.private and not candidate.for_couples


def question_id(text: str, start: int, end: int) -> str:
    """A stable id: the same question on the same words always gets the same id."""
    digest = hashlib.sha1(f"{text}\0{start}\0{end}".encode()).hexdigest()[:10]
    return f"q-{digest}"


def to_question(
    ctx: Context, candidate: Candidate, visibility: Visibility, *, optional: bool = False
) -> Question:
    return Question(
        id=question_id(candidate.text, candidate.source.start, candidate.source.end),
        text=candidate.text,
        kind=candidate.kind,
        visibility=visibility,
        source=Source(candidate.source.text, candidate.source.start, candidate.source.end),
        intensity=candidate.intensity,
        separately=candidate.separately,
        optional=optional,
        family=candidate.family,
        why=ctx.catalog.why(candidate.family),
    )


KIND_ORDER: dict[QuestionKind, int] = {
    "icebreaker": 0,
    "observation": 1,
    "interpretation": 2,
    "application": 3,
    "reflection": 4,
}


def in_discussion_order(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Observation, then interpretation, then application; within a kind, in the article's order."""
    return sorted(candidates, key=lambda c: (KIND_ORDER[c.kind], c.source.start, c.text))


def kind_quota(count: int) -> dict[QuestionKind, int]:
    """How many core questions of each kind: the middle (interpretation) grows first."""
    count = max(1, count)
    if count < 3:
        return {"observation": 0, "interpretation": min(count, 1), "application": max(count - 1, 0)}
    observation = 1 + (count >= 6)
    application = 1 + (count >= 5)
    return {
        "observation": observation,
        "interpretation": count - observation - application,
        "application": application,
    }


def readings(
    ctx: Context, count: int, *, for_group: bool, discussed: Sequence[Candidate] = ()
) -> list[Reading]:
    """The paragraphs to read aloud: the thesis's, those the discussion stands on, the key passages.

    Only the article's own body: never a letter, a promotion, a note or a later part of an advice
    column. For a group, a paragraph heavy with private material gives way to the next best one.
    """
    reading = ctx.reading
    scored: list[tuple[float, int, int]] = []
    seen: set[int] = set()
    thesis = reading.thesis
    spots = [(p.score, p.start) for p in ctx.analysis.key_passages]
    top = max((value for value, _ in spots), default=1.0) or 1.0
    if thesis is not None:
        spots.insert(0, (top, thesis.start))
    spots += [(0.5 * top, q.source.start) for q in discussed if q.unit_kind not in ("theme", "topic")]
    for value, start in spots:
        index = ctx.block_index(start)
        if (
            ctx.article.blocks[index].kind in ("list_item", "heading")
            and reading.block_role(index) == "body"
            and index + 1 < len(ctx.article.blocks)
        ):
            index += 1  # a point ("1. THE DEBT IS REAL") is read in the paragraph that makes it
        block = ctx.article.blocks[index]
        if block.start in seen or reading.block_role(index) not in ("body", "answer", "list"):
            continue
        if reading.blocks[index].part != 1 or not _mostly_usable(ctx, block.start, block.end):
            continue
        seen.add(block.start)
        private = sum(1 for s, e in ctx.private_spans if block.start <= s < block.end)
        penalty = (1.0 if private > 1 else 0.25 * private) if for_group else 0.0
        bonus = 2.0 if thesis is not None and block.start <= thesis.start < block.end else 1.0
        if any(q.block == index and q.unit_kind not in ("theme", "topic") for q in discussed):
            bonus *= 1.5  # the group reads aloud what it is about to talk about
        scored.append((value / top * bonus * (1 - min(penalty, 0.9)), block.start, block.end))
    scored.sort(key=lambda item: (-item[0], item[1]))
    points = _points_asked(ctx, discussed)
    if points:
        count -= 1  # the points take the place of a paragraph
        leads = [u.lead.start for u in _lists_asked(ctx, discussed) if u.lead is not None]
        # (and the line that announces them: "So here's what changed, slowly, after the bakery closed.")
        scored = [item for item in scored if not any(item[1] <= s < item[2] for s, _ in points)]
        scored = [item for item in scored if not any(item[1] <= s < item[2] for s in leads)]
    else:
        # A paragraph of counsel the group is asked to choose from ("The author suggests three things to
        # do. Which will you start with?") is read aloud, so that the three are in front of the group.
        menu = _menu_asked(ctx, discussed)
        if menu is not None and count > 0:
            kept = [item for item in scored if item[1] != menu[0]]
            count += 1  # read beside the heart of the article, not in its place
            scored = [(float("inf"), *menu), *kept]
    chosen = sorted(scored[: max(count, 0)], key=lambda item: item[1])
    letter = _letter_read(ctx, for_group)
    if letter is not None:
        # An advice column's answer means little without the letter it answers: read first, in the
        # writer's own words ("Include the reader's letter, or a summary of it, in the reading").
        chosen = [(float("inf"), *letter), *(c for c in chosen if c[1] >= letter[1])]
    # ("Main idea: God welcomes ...": the study's label is not read aloud)
    chosen = [(v, s + _label_length(ctx.article.text[s:e]), e) for v, s, e in chosen]
    out = [Reading(ctx.article.text[s:e], s, e) for _, s, e in chosen]
    if points:
        at = next((i for i, r in enumerate(out) if r.start > points[0][0]), len(out))
        lines = "\n".join(ctx.article.text[s:e] for s, e in points)
        out.insert(at, Reading(lines, points[0][0], points[-1][1]))
    return out


MAX_LETTER_WORDS = 230
"""The longest letter read whole; a longer one is read by its first paragraph."""


def _letter_read(ctx: Context, for_group: bool) -> tuple[int, int] | None:
    """The first letter of an advice column, from its first paragraph of substance to its last (not the
    salutation or the signature); None for anything else, or for a group when the letter is private."""
    reading = ctx.reading
    letter = [
        b
        for i, b in enumerate(ctx.article.blocks)
        if reading.block_role(i) == "letter" and reading.blocks[i].part == 1 and len(b.text.split()) >= 6
    ]
    if not letter:
        return None
    start, end = letter[0].start, letter[-1].end
    if sum(len(b.text.split()) for b in letter) > MAX_LETTER_WORDS:
        if len(letter[0].text.split()) > MAX_LETTER_WORDS:
            return None
        end = letter[0].end
    if for_group and sum(1 for s, _ in ctx.private_spans if start <= s < end) > 1:
        return None  # (a letter about an affair is for couples at home, not read aloud to a room)
    return start, end


def _label_length(text: str) -> int:
    label = IDEA_LABEL.match(text)
    return label.end() if label is not None else 0


def _lists_asked(ctx: Context, discussed: Sequence[Candidate]) -> Iterator[ListUnit]:
    """The author's lists that the questions ask the group to choose from, in the questions' order."""
    for q in discussed:
        if q.unit_kind == "list":
            unit = next((u for u in ctx.reading.lists if u.start <= q.source.start < u.end), None)
            if unit is not None:
                yield unit


def _menu_asked(ctx: Context, discussed: Sequence[Candidate]) -> tuple[int, int] | None:
    """The paragraph holding a practice list that a question asks the group to choose from."""
    for unit in _lists_asked(ctx, discussed):
        if not unit.practice or unit.points:
            continue
        index = ctx.block_index(unit.start)
        block = ctx.article.blocks[index]
        if unit.end <= block.end and ctx.reading.blocks[index].part == 1:
            return block.start, block.end
    return None


def _points_asked(ctx: Context, discussed: Sequence[Candidate]) -> list[tuple[int, int]]:
    """The first lines of a listicle's points ("Stop correcting him.", "Ask for help before you need
    it.", ...), or of what the author began to do differently, when a question asks the group to choose
    among them: read aloud, so that the group has them in front of it. Only for a list of up to nine
    points, each named in one short line."""
    unit = next((u for u in _lists_asked(ctx, discussed) if u.points or u.mine), None)
    if unit is None or not 3 <= len(unit.items) <= MAX_POINTS_READ:
        return []
    heads = [ctx.reading.at(s) for s, _ in unit.items]
    # (counted without "First:", as the question that asks about them counts them; what the author began
    # to do differently, "We started a Sunday walk along the canal with two questions: ...", may run longer)
    longest = 28 if unit.mine else 12
    if any(h is None or not 1 <= len(ITEM_MARK.sub("", h.text).split()) <= longest for h in heads):
        return []
    return [(h.start, h.end) for h in heads if h is not None]


def _mostly_usable(ctx: Context, start: int, end: int) -> bool:
    touched = ctx.reading.overlapping(start, end)
    bad = [p for p in touched if p.role in ("junk", "promo", "letter", "fragment", "headline") or p.part != 1]
    return bool(touched) and not bad
