"""The leader's (or pastor's) plan: the group session with everything around it.

On top of the group agenda it adds a "before you meet" part with questions
for the leader alone, an outline of the article's movement, the scripture
with its full text, and follow-up for the days after.
"""

from __future__ import annotations

import re

from guides.analysis.cues import SECOND_CLAIM
from guides.analysis.passages import centrality, stem, words
from guides.analysis.reading import Passage
from guides.guide.context import Context
from guides.guide.group import GroupPlan
from guides.guide.model import Note, OutlinePoint, Question, Section, Source
from guides.guide.picking import question_id
from guides.guide.quality import near_duplicate, problems
from guides.guide.quotes import as_sentence, display, trim_quote, unshouted

OUTLINE_PARTS = 4


def _leader_question(ctx: Context, text: str, start: int, end: int, family: str) -> Question | None:
    if problems(text):
        return None
    return Question(
        id=question_id(text, start, end),
        text=text,
        kind="reflection",
        visibility="leader",
        source=Source(ctx.article.text[start:end], start, end),
        family=family,
        why=ctx.catalog.text("leader", "why_" + family.removeprefix("leader_")),
    )


def prepare_section(ctx: Context, plan: GroupPlan, topics: list[str]) -> Section:
    """Questions for the leader to think over before the session (nobody else sees them)."""
    c = ctx.catalog
    questions: list[Question] = []
    thesis = ctx.reading.thesis
    # With no thesis, the claim the argument leans on hardest is what the leader weighs beforehand.
    key = ctx.reading.key_claims[0] if thesis is None and ctx.reading.key_claims else None
    span = thesis.claim if thesis is not None else (key.start, key.end) if key is not None else None
    if span is not None:
        quote = ctx.quote(*span, group=False, whole=True)
        if quote is not None:
            text = c.text("leader", "prepare_quote", quote=display(quote.text, ctx.language))
            made = _leader_question(ctx, text, quote.start, quote.end, "leader_quote")
            if made is not None:
                questions.append(made)
    unit = next((u for u in ctx.units_of("topic") if u.topic is not None and u.topic.topic in topics), None)
    if unit is not None and unit.topic is not None:
        text = c.text("leader", "prepare_topic", topic=c.text("topic_raised", unit.topic.topic))
        made = _leader_question(ctx, text, unit.start, unit.end, "leader_topic")
        if made is not None:
            questions.append(made)
    others = [q.text for q in plan.picker.chosen]
    questions = [q for q in questions if not near_duplicate(q.text, others)]
    return Section(
        key="prepare",
        title=c.text("titles", "prepare"),
        minutes=0,
        purpose=c.text("purposes", "prepare"),
        questions=tuple(questions),
    )


_POINTS_ELSEWHERE = re.compile(
    r"\b(?:the (?:first|second|third|other|same|latter|former)|this|that|these|those|it|them|"
    r"el (?:primero|segundo)|esto|eso)\W*$",
    re.I,
)
"""A sentence that ends on what the sentence before named ("The daughters show the second")."""


def outline(ctx: Context) -> list[OutlinePoint]:
    """The article's movement in a few steps: by its headings, or by even runs of paragraphs.

    Each step is summed up by its most central sentence.
    """
    c = ctx.catalog
    reading = ctx.reading
    body = [
        b
        for i, b in enumerate(ctx.article.blocks)
        if b.kind != "heading"
        and reading.block_role(i) in ("body", "answer", "list", "quotation", "study")
        and reading.blocks[i].part == 1
    ]
    if not body:
        return []
    # Where each body block is in ``body``: looked up, not searched (a text of 36,000 lines).
    position = {b.start: i for i, b in enumerate(body)}
    # A sermon's or a listicle's numbered points ("1. THE DEBT IS REAL") divide it as headings do.
    numbered = {p.block for p in reading.passages if p.has("point")}
    dividers = [i for i, b in enumerate(ctx.article.blocks) if b.kind == "heading" or i in numbered]
    parts: list[tuple[str, list[int]]] = []
    if len(dividers) >= 2:
        label = ""
        current: list[int] = []
        for index, block in enumerate(ctx.article.blocks):
            if index in dividers:
                if current:
                    parts.append((label, current))
                # ("They asked in the open." is a label, printed before a colon: no full stop)
                label = unshouted(" ".join(block.text.split()), min_words=1).rstrip(" .:;")
                current = []
            else:
                if block.start in position:
                    current.append(position[block.start])
        if current:
            parts.append((label, current))
    else:
        count = min(OUTLINE_PARTS, len(body))
        size, extra = divmod(len(body), count)
        index = 0
        for part in range(count):
            step = size + (1 if part < extra else 0)
            members = list(range(index, index + step))
            index += step
            first = ctx.paragraph_number(body[members[0]].start)
            last = ctx.paragraph_number(body[members[-1]].start)
            label = (
                c.text("outline", "single", first=first)
                if len(members) == 1
                else c.text("outline", "part", first=first, last=last)
            )
            parts.append((label, members))
    weights = {t.stem: t.weight for t in ctx.analysis.themes}
    title_stems = {stem(w) for w in words(ctx.article.title)}
    points: list[OutlinePoint] = []
    by_block: dict[int, list[Passage]] = {}
    for p in reading.passages:
        if p.usable and p.role in ("claim", "instruction"):
            by_block.setdefault(ctx.article.blocks[p.block].start, []).append(p)
    for label, members in parts:
        sentences = [s for i in members for s in by_block.get(body[i].start, ())]
        # The claim the part turns on (guides.analysis.argument), else its most central sentence.
        ranked = sorted(
            sentences,
            key=lambda s: (-ctx.claim_weight(s.start), -centrality(s.text, weights, title_stems), s.start),
        )
        for sentence in ranked:
            quote = trim_quote(
                ctx.article.text, sentence.claim[0], sentence.end, avoid=ctx.scripture_spans, standalone=True
            )  # (from after a frame or a study's label: "Main idea: God welcomes ...")
            if quote is not None and _POINTS_ELSEWHERE.search(quote.text):
                continue  # "The daughters show the second": the second what, the sentence before says
            # A part is summed up in words that read as a sentence, never a piece cut from the middle
            # of one ("if I'm honest, has annoyed people for two thousand years").
            opening = next((ch for ch in quote.text if ch.isalpha()), "") if quote is not None else ""
            if quote is not None and opening.isupper():
                points.append(
                    OutlinePoint(label or c.text("outline", "opening"), quote.text, quote.start, quote.end)
                )
                break
    return points


def follow_up(ctx: Context, has_take_home: bool, has_private: bool) -> list[str]:
    c = ctx.catalog
    items = [c.text("follow_up", "remind"), c.text("follow_up", "next")]
    if has_private:
        items.insert(0, c.text("follow_up", "check_in"))
    if has_take_home:
        items.append(c.text("follow_up", "take_home"))
    return items


def session_sections(ctx: Context, plan: GroupPlan, topics: list[str]) -> tuple[Section, ...]:
    """The group's sections after a part for the leader's own preparation (when there is something to
    prepare: an empty heading is not a part)."""
    prepare = prepare_section(ctx, plan, topics)
    return (prepare, *plan.sections) if prepare.questions else plan.sections


def big_idea_span(ctx: Context) -> tuple[int, int] | None:
    """Where the big idea is: the thesis from after the author's frame, and with the sentence that puts
    it right when the two are one claim ("The chart didn't stop the fights. It moved them.")."""
    thesis = ctx.reading.thesis
    if thesis is None:
        return None
    start, end = thesis.claim
    if start > thesis.start:
        # "I want to argue that the midnight rule is a bad reading of a good verse, and that the habit
        # ...": without its frame the second "that" has nothing to hang on; the first claim is the idea.
        second = SECOND_CLAIM.search(ctx.article.text[start:end])
        if second is not None and len(ctx.article.text[start : start + second.start()].split()) >= 5:
            end = start + second.start()
    paired = next((k for k in ctx.reading.key_claims if k.start == thesis.start and k.end > thesis.end), None)
    if paired is not None:
        end = paired.end + (1 if ctx.article.text[paired.end : paired.end + 1] in (".", "!") else 0)
    return start, end


def big_idea_note(ctx: Context) -> Note | None:
    span = big_idea_span(ctx)
    if span is None:
        return None
    return Note(
        "big_idea",
        ctx.catalog.text(
            "notes",
            "big_idea_note",
            quote=display(as_sentence(ctx.article.text[slice(*span)]), ctx.language),
        ),
    )
