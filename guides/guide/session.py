"""The leader's (or pastor's) plan: the group session with everything around it.

On top of the group agenda it adds a "before you meet" part with questions
for the leader alone, an outline of the article's movement, the scripture
with its full text, and follow-up for the days after.
"""

from __future__ import annotations

from dataclasses import replace

from guides.analysis.passages import centrality, stem, words
from guides.guide.candidates import Candidate, Context, make_candidate
from guides.guide.group import GroupPlan
from guides.guide.model import OutlinePoint, Section
from guides.guide.picking import to_question
from guides.guide.quality import near_duplicate
from guides.guide.quotes import display, trim_quote
from guides.guide.templates import TOPIC_RAISED, WORDS

OUTLINE_PARTS = 4


def prepare_section(ctx: Context, plan: GroupPlan, topics: list[str]) -> Section:
    """Questions for the leader to think over before the session (nobody else sees them)."""
    words_ = WORDS[ctx.language]
    questions: list[Candidate] = []
    big = ctx.analysis.big_idea
    if big is not None:
        quote = trim_quote(ctx.article.text, big.start, big.end, avoid=ctx.scripture_spans)
        if quote is not None:
            made = make_candidate(
                ctx,
                words_["leader_prepare_quote"].format(quote=display(quote.text, ctx.language)),
                kind="reflection",
                family="leader",
                source=quote,
                voice="each",
                priority=0,
            )
            if made is not None:
                questions.append(made)
    if topics:
        topic = next(t for t in ctx.analysis.sensitive if t.topic == topics[0])
        span = topic.spans[0]
        sentence = next((s for s in ctx.analysis.sentences if s.start <= span.start < s.end), None)
        quote = (
            trim_quote(ctx.article.text, sentence.start, sentence.end, prefer=[span.text])
            if sentence is not None
            else None
        )
        if quote is not None:
            made = make_candidate(
                ctx,
                words_["leader_prepare_topic"].format(topic=TOPIC_RAISED[ctx.language][topic.topic]),
                kind="reflection",
                family="leader_topic",
                source=quote,
                voice="each",
                priority=0,
            )
            if made is not None:
                questions.append(made)
    others = [c.text for c in plan.picker.chosen]
    questions = [c for c in questions if not near_duplicate(c.text, others)]
    return Section(
        key="prepare",
        title=words_["prepare"],
        minutes=0,
        purpose=words_["purpose_prepare"],
        questions=tuple(to_question(c, "leader") for c in questions),
    )


def outline(ctx: Context) -> list[OutlinePoint]:
    """The article's movement in a few steps: by its headings, or by even runs of paragraphs.

    Each step is summed up by its most central sentence.
    """
    words_ = WORDS[ctx.language]
    body = [b for b in ctx.article.blocks if b.kind != "heading"]
    if not body:
        return []
    headings = [b for b in ctx.article.blocks if b.kind == "heading"]
    parts: list[tuple[str, list[int]]] = []
    if len(headings) >= 2:
        label = ""
        current: list[int] = []
        for block in ctx.article.blocks:
            if block.kind == "heading":
                if current:
                    parts.append((label, current))
                label, current = block.text, []
            else:
                current.append(body.index(block))
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
            label = (
                words_["outline_single"].format(first=members[0] + 1)
                if len(members) == 1
                else words_["outline_part"].format(first=members[0] + 1, last=members[-1] + 1)
            )
            parts.append((label, members))
    weights = {t.stem: t.weight for t in ctx.analysis.themes}
    title_stems = {stem(w) for w in words(ctx.article.title)}
    points: list[OutlinePoint] = []
    for label, members in parts:
        blocks = [body[i] for i in members]
        sentences = [
            s
            for s in ctx.analysis.sentences
            if any(b.start <= s.start < b.end for b in blocks) and "?" not in s.text
        ]
        ranked = sorted(sentences, key=lambda s: (-centrality(s.text, weights, title_stems), s.start))
        for sentence in ranked:
            quote = trim_quote(
                ctx.article.text, sentence.start, sentence.end, avoid=ctx.scripture_spans, standalone=True
            ) or trim_quote(ctx.article.text, sentence.start, sentence.end, avoid=ctx.scripture_spans)
            quote = ctx.without_trailing_reference(quote) if quote is not None else None
            if quote is not None:
                points.append(
                    OutlinePoint(label or words_["outline_opening"], quote.text, quote.start, quote.end)
                )
                break
    return points


def follow_up(ctx: Context, has_take_home: bool, has_private: bool) -> list[str]:
    words_ = WORDS[ctx.language]
    items = [words_["follow_remind"], words_["follow_next"]]
    if has_private:
        items.insert(0, words_["follow_check_in"])
    if has_take_home:
        items.append(words_["follow_take_home"])
    return items


def session_sections(ctx: Context, plan: GroupPlan, topics: list[str]) -> tuple[Section, ...]:
    """The group's sections with the leader's purpose and timing notes, after a preparation part."""
    words_ = WORDS[ctx.language]
    timed = []
    for section in plan.sections:
        note = words_["minutes_note"].format(minutes=section.minutes) if section.minutes else None
        notes = (*section.notes, note) if note else section.notes
        timed.append(replace(section, notes=tuple(notes)))
    return (prepare_section(ctx, plan, topics), *timed)


def big_idea_note(ctx: Context) -> str | None:
    big = ctx.analysis.big_idea
    if big is None:
        return None
    return WORDS[ctx.language]["big_idea_note"].format(quote=display(big.text, ctx.language))
