"""Lists: the lists the author makes (list items with their lead-in, counsel announced and given a
paragraph at a time, steps in order, a paragraph of counsel), a listicle's numbered points, what a list
calls its items ("five habits"), and whether its items are steps in order or what the author's own
household does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise, takewhile

from guides.analysis import cues
from guides.analysis.passages import is_content_word, words
from guides.analysis.reading.model import BlockPart, ListUnit, Passage
from guides.analysis.sentences import split_sentences
from guides.article import Article, Block
from guides.cleaning.head import is_section_name

_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve dos tres cuatro cinco seis siete ocho "
    "nueve diez"
).split()

_COUNTS = {
    **{w: n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2)},
    **{w: n for n, w in enumerate("dos tres cuatro cinco seis siete ocho nueve diez".split(), 2)},
}
_NUMBER_LETTERS = "".join(sorted({w[0] for w in _NUMBER_WORDS}))
_LIST_NOUN = re.compile(
    rf"\b(?=[\d{_NUMBER_LETTERS}])(?:\d+|{'|'.join(_NUMBER_WORDS)})\s+(?:[^\W\d_]+\s+)?([^\W\d_]{{4,}})\b",
    re.IGNORECASE,
)

_NUMBERED_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.):]|#\d|(?:first|second|third|fourth|fifth)\b)", re.IGNORECASE
)


def _numbered_points(article: Article) -> list[Block]:
    """Numbered lines that each open a section ("1. A tantrum is a flooded brain" and then its
    paragraphs, "2. ..."): pasted text keeps them as one-item lists, but they are a listicle's points,
    numbered 1, 2, 3 ... in order, each followed by the paragraphs that explain it."""
    blocks = article.blocks
    points = [
        b
        for i, b in enumerate(blocks)
        if b.kind == "list_item"
        and b.ordinal is not None
        and (i == 0 or blocks[i - 1].kind != "list_item")
        and i + 1 < len(blocks)
        and blocks[i + 1].kind == "paragraph"
    ]
    if [b.ordinal for b in points] != list(range(1, len(points) + 1)):
        return []
    return points


def _lists(article: Article, blocks: list[BlockPart], passages: list[Passage]) -> list[ListUnit]:
    units: list[ListUnit] = []
    by_block: dict[int, list[Passage]] = {}
    for p in passages:
        by_block.setdefault(p.block, []).append(p)
    i = 0
    n = len(article.blocks)

    def listed(k: int) -> bool:
        # (a columnist's numbered steps are list items inside the answer)
        return blocks[k].role == "list" or (
            blocks[k].role == "answer" and article.blocks[k].kind == "list_item"
        )

    while i < n:
        if listed(i) and blocks[i].part == 1:
            j = i
            while j + 1 < n and listed(j + 1):
                j += 1
            items = tuple((article.blocks[k].start, article.blocks[k].end) for k in range(i, j + 1))
            lead = None
            if i > 0 and by_block.get(i - 1):
                candidate = by_block[i - 1][-1]
                if candidate.usable and (
                    candidate.role == "list_lead" or candidate.text.rstrip().endswith(":")
                ):
                    lead = candidate
            if len(items) >= 3:
                counsel = sum(
                    1 for p in passages if p.role == "instruction" and any(s <= p.start < e for s, e in items)
                )
                ours = sum(1 for s, e in items if _ours_now(article.text[s:e])) * 3 >= len(items) * 2
                # "What I do now" (a heading over the list) or "Here's what has replaced date night in
                # our house:": the household's own ways, however each item is told
                above = by_block.get(i - 1, [])
                if above and _OURS_NOW_HEAD.search(above[-1].text):
                    ours = True
                # "1. Stop correcting him." on its line and then what it means: a listicle's points,
                # called what the title counts ("6 Things I Wish I'd Known") when the counts agree.
                headed = all(
                    article.blocks[k].ordinal is not None and _named_then_told(by_block.get(k, []))
                    for k in range(i, j + 1)
                )
                noun = _list_noun(lead.text if lead else "") or (
                    _title_noun(article.title, len(items)) if headed else None
                )
                # "1. We stopped asking questions we already knew the answer to." "2. We made it about
                # putting things right ...": what the author's household did, told in the past
                mine = not ours and sum(1 for s, e in items if _did(article.text[s:e])) * 3 >= len(items) * 2
                units.append(
                    ListUnit(
                        lead,
                        items,
                        noun,
                        practice=counsel * 3 >= len(items) * 2 or ours,
                        ours=ours,
                        points=headed,
                        mine=mine,
                    )
                )
            i = j + 1
            continue
        i += 1
    # Counsel announced and then given a paragraph at a time ("Here is what I suggest:", each paragraph
    # opening on an instruction): the author's practices too.
    firsts: dict[int, Passage] = {}
    for p in passages:
        firsts.setdefault(p.block, p)
    for p in passages:
        if p.role != "list_lead" and not (p.usable and p.text.rstrip().endswith(":")):
            continue
        if by_block.get(p.block, [])[-1:] != [p]:
            continue
        run: list[Passage] = []
        block = p.block + 1
        while block in firsts and firsts[block].role == "instruction" and firsts[block].part == 1:
            run.append(firsts[block])
            block += 1
        if len(run) >= 2 and not any(u.practice for u in units):
            lead = p if p.usable else None
            units.append(ListUnit(lead, tuple((q.start, q.end) for q in run), None, practice=True))
    # Ways announced and then given a paragraph at a time, each opening on a short line that names it
    # ("Here's what we do differently." "We don't talk between rooms. This was the single biggest thing.
    # ..." "We face each other. ..."): the author's household's ways, or counsel.
    for p in passages:
        if (
            not _WAYS_LEAD.match(p.text)
            or by_block.get(p.block, [])[-1:] != [p]
            or any(u.practice for u in units)
        ):
            continue
        run = []
        block = p.block + 1
        while block in firsts and blocks[block].role == "body" and _names_a_way(by_block[block]):
            run.append(firsts[block])
            block += 1
        if len(run) >= 3:
            ours = sum(1 for q in run if _OURS.match(q.text)) * 3 >= len(run) * 2
            counsel_run = sum(1 for q in run if q.role == "instruction") * 3 >= len(run) * 2
            if ours or counsel_run:
                units.append(
                    ListUnit(p, tuple((q.start, q.end) for q in run), None, practice=True, ours=ours)
                )
            elif sum(1 for q in run if _MINE.match(q.text) or _OURS.match(q.text)) * 4 >= len(run) * 3:
                # "I started asking questions and then shutting up." "I let him grieve it properly." ...:
                # what the author (or "we", the two of them) changed, told a paragraph at a time
                units.append(ListUnit(p, tuple((q.start, q.end) for q in run), None, mine=True))
    # "In our house that looks like this. We walk to the bakery ... One of us washes and one dries ... We
    # leave our phones in the kitchen ...": the household's own ways, told in the same paragraph.
    for members in by_block.values():
        if any(u.practice for u in units):
            break
        for at, p in enumerate(members):
            if not _LOOKS_LIKE_THIS.search(p.text):
                continue
            run = list(takewhile(lambda q: _ours_now(q.text), members[at + 1 :]))
            if len(run) >= 3:
                units.append(
                    ListUnit(p, tuple((q.start, q.end) for q in run), None, practice=True, ours=True)
                )
                break
    # Counsel given in order ("First, ask one more question. Second, ... Finally, ...", or paragraph
    # after paragraph opening "Start with ...", "Then ...", "After that ..."): the author's practices.
    steps = [p for p in passages if p.role == "instruction" and p.part == 1 and _ORDINAL_STEP.match(p.text)]
    if len(steps) >= 2:
        # "First, ask ... Second, bring in ... Third, count the cost out loud ... Finally, be honest ...": a
        # step whose verb the reading took for a noun ("count") is still one of them, between the others
        between = [
            p
            for p in passages
            if p.role == "claim"
            and p.part == 1
            and steps[0].start < p.start < steps[-1].end
            and _ORDINAL_STEP.match(p.text)
            and _BARE_STEP.match(p.text)
        ]
        steps = sorted(steps + between, key=lambda p: p.start)
    if len(steps) < 2:
        steps = [
            p
            for p in passages
            if p.role == "instruction" and p.part == 1 and firsts.get(p.block) is p and _step_opening(p.text)
        ]
        steps = steps if len(steps) >= 3 else []
    if len(steps) >= 2 and not any(u.practice for u in units):
        first = passages.index(steps[0])
        before = passages[first - 1] if first > 0 else None
        lead = before if before is not None and before.usable and cues.LIST_LEAD.search(before.text) else None
        units.append(ListUnit(lead, tuple((p.start, p.end) for p in steps), None, practice=True))
    # A paragraph of counsel ("Call them. Bring a meal. Sit with them in the waiting room."): practices.
    for paragraph in by_block.values():
        told = [p for p in paragraph if p.role == "instruction" and p.part == 1]
        if sum(1 for p in told if _FOR_SOME_READERS.match(p.text)) >= 2:
            continue  # "If you're the one who followed: ... And if you're the one whose job it was, ...":
            # counsel to two kinds of reader in turn, not one list of things to do
        if len(told) >= 3 and len(told) * 3 >= len(paragraph) * 2 and not any(u.practice for u in units):
            first = paragraph.index(told[0])
            lead = paragraph[first - 1] if first > 0 and paragraph[first - 1].role == "list_lead" else None
            if told[0] is paragraph[0] and (
                (len(told) >= 4 and len(words(told[0].text)) <= 4) or _TRY_THIS.search(told[0].text)
            ):
                # "So practise enough. Name a figure ... Thank each other ... treat the fear ...": the
                # first short line names what the rest spell out; it is not one of them ("So if you want
                # to try something smaller, try this." announces them).
                lead, told = told[0], told[1:]
            units.append(ListUnit(lead, tuple((p.start, p.end) for p in told), None, practice=True))
    # Questions offered one at a time, each on its own line and then explained: a list of questions to
    # ask each other (a study's questions at the end stand together, with nothing between them).
    asked = [
        members[0]
        for index, members in by_block.items()
        if len(members) == 1
        and members[0].role in ("study_question", "reader_question")
        and index + 1 < len(blocks)
        and blocks[index + 1].role == "body"
    ]
    if len(asked) >= 3:
        first = passages.index(asked[0])
        before = passages[first - 1] if first > 0 else None
        lead = before if before is not None and before.role in ("claim", "list_lead") else None
        units.append(ListUnit(lead, tuple((p.start, p.end) for p in asked), "questions", questions=True))
    # Numbered headings over sections ("1. Put the phone away"): a listicle.
    numbered = [b for b in article.blocks if b.kind == "heading" and _NUMBERED_HEADING.match(b.text)]
    if len(numbered) < 3:
        numbered = _numbered_points(article)
    noun = _list_noun(article.title)
    if len(numbered) < 3:
        # "First: God starts with the body." ... "Second: ..." ... "Third: ...": a sermon's points, each a
        # paragraph of its own, called what the sermon counted them as just before ("Three things.").
        numbered = [b for b in article.blocks if b.kind == "paragraph" and cues.ORDINAL_POINT.match(b.text)]
        if numbered:
            at = article.blocks.index(numbered[0])
            noun = _list_noun(article.blocks[at - 1].text) if at > 0 else None
    if len(numbered) >= 3 or (len(numbered) == 2 and noun is not None):
        spans = tuple((b.start, b.end) for b in numbered)
        # ("1. We stopped asking questions ...": what the household did, each point told in the past)
        did = sum(1 for s, e in spans if _did(article.text[s:e])) * 3 >= len(spans) * 2
        units.append(ListUnit(None, spans, noun, points=True, mine=did))
    else:
        announced = _announced_headings(article, passages)
        if announced is not None:
            units.append(announced)
        else:
            # "First, it confuses novelty with depth. ..." / "Second, it ignores who pays for the leaving.
            # ..." / "Third, ...": the author's reasons, a paragraph each, opening on their place in order
            reasons = [
                firsts[b]
                for b in sorted(firsts)
                # ("Second, we were side by side, not face to face.": a reason the story showed, told in
                # the past, is one of them too)
                if firsts[b].role in ("claim", "example")
                and firsts[b].part == 1
                and _ORDINAL_REASON.match(firsts[b].text)
            ]
            opening = _ORDINAL_REASON.match(reasons[0].text) if reasons else None
            # ("Second, I understand my wife's tiredness better." "Third, our daughter noticed.": what
            # changed in the author's house, not reasons a reader could weigh)
            own = sum(1 for r in reasons if _OWN_REASON.match(r.text))
            if len(reasons) >= 3 and opening is not None and opening.group(1).lower() == "first" and own <= 1:
                at = passages.index(reasons[0])
                # ("I think three things were going on.")
                lead = (
                    passages[at - 1] if at > 0 and passages[at - 1].role in ("claim", "list_lead") else None
                )
                noun = _list_noun(lead.text) if lead is not None else None
                units.append(ListUnit(lead, tuple((p.start, p.end) for p in reasons), noun, points=True))
    # Parallel sentences in one paragraph: three or more sharing a three-word phrase.
    for index, members in by_block.items():
        if blocks[index].role != "body" or len(members) < 3:
            continue
        grams: dict[tuple[str, ...], list[Passage]] = {}
        for p in members:
            tokens = words(p.text)
            seen: set[tuple[str, ...]] = set()
            for k in range(min(len(tokens) - 2, 4)):  # (built alike from the start: "It is the sense that
                # you can ...", not three sentences that quote one verse: "so that you don't grieve")
                gram = tuple(tokens[k : k + 3])
                if gram in seen or not any(is_content_word(w) for w in gram):
                    continue
                seen.add(gram)
                grams.setdefault(gram, []).append(p)
        best = max(grams.values(), key=len, default=[])
        if len(best) >= 3 and all(p.role == "claim" for p in best):
            first = members.index(best[0])
            lead = members[first - 1] if first > 0 and members[first - 1].role == "claim" else None
            units.append(ListUnit(lead, tuple((p.start, p.end) for p in best), None, parallel=True))
    units = [
        replace(
            u,
            in_order=_in_order(article.text, u.items)
            or bool(_SAID_IN_ORDER.search(article.text[max(0, u.start - 160) : u.start])),
        )
        if u.practice
        else u
        for u in units
    ]
    # "So this week, three things, and they're small." over two steps found: the list is not the one the
    # author counted (a step was told another way), and a question that counts it would miscount.
    units = [u for u in units if not (u.practice and _miscounted(article.text, u))]
    # ("First, notice who moved. Second, notice where she did it.": what the text shows, not steps to take)
    units = [u for u in units if not (u.practice and _noticed(article.text, u))]
    # "First, agree an end date ..." ... "Sixth, say thank you out loud": counsel found in three of six
    # numbered paragraphs is not the author's list of three things to do
    # ("Second, ask him; ..." and "Third, ..." found, "First, stop translating ..." not: a list counted
    # from its second step is not the author's list)
    units = [
        u
        for u in units
        if not (
            u.practice
            and re.match(
                r"^\W*(?:and\s+|so,?\s+)?(?:second|third|segundo|tercero)\b",
                article.text[u.items[0][0] : u.items[0][1]],
                re.I,
            )
        )
    ]
    worded = [b for b in article.blocks if b.ordinal is None and _COUNTED_PARAGRAPH.match(b.text)]
    units = [
        u
        for u in units
        if not (
            u.practice
            and len(worded) > len(u.items)
            and all(any(b.start <= s < b.end for b in worded) for s, _ in u.items)
        )
    ]
    units.sort(key=lambda u: u.start)
    return units


_COUNTED = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis)\s+"
    r"(?:\w+\s+)?(?:things|steps|ways|habits|practices|suggestions|cosas|pasos|maneras)\b",
    re.I,
)


_TRY_THIS = re.compile(
    r"\b(?:try|do|consider|start with) this\W*$|\bhere['’]s (?:how|what to do)\b|:\s*$|"
    r"\b(?:prueba|haz) esto\W*$",
    re.I,
)
"""A first line that announces the steps after it ("So if you want to try something smaller, try this.")."""


def _noticed(text: str, u: ListUnit) -> bool:
    """Whether most of a list's items ask the hearer to notice something in the text."""
    return sum(bool(cues.NOTICE.match(text[s:e])) for s, e in u.items) * 2 > len(u.items)


def _miscounted(text: str, unit: ListUnit) -> bool:
    """Whether the line just before a list counts a different number of items than it has."""
    first = unit.items[0][0]
    counted = _COUNTED.search(text[max(0, first - 160) : first])
    return counted is not None and _COUNTS.get(counted.group(1).lower()) != len(unit.items)


_OURS = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:we|our|one of us|nosotros|nos|nuestr[oa]s?|uno de los dos)\b", re.IGNORECASE
)
"""A list item told as what "we" do: "We walk after dinner.", "Nos sentamos a cenar sin móviles."."""


_LOOKS_LIKE_THIS = re.compile(
    r"^\W*(?:(?:so|and|now),?\s+)?(?:in our (?:house|home|family),?\s+|for us,?\s+)?(?:that|it|this)\s+"
    r"(?:looks like|means) this\W*$|"
    r"^\W*here(?:['’]s| is) what (?:that|it|this) looks like (?:for us|in our (?:house|home))\W*$|"
    r"^\W*(?:en (?:nuestra )?casa,?\s+)?(?:eso|esto) se ve así\W*$",
    re.IGNORECASE,
)
"""A sentence that says the next ones are how the household lives it ("In our house that looks like
this.")."""

_OURS_NOW_HEAD = re.compile(
    r"^\W*(?:what|how) (?:i|we) do (?:it )?now\W*$|\b(?:in our (?:house|home)|we do now|i do now)\W*:?\s*$|"
    r"\b(?:on the fridge|on our fridge|our (?:agreement|house rules|family rules))\b[^:]*:\s*$|"
    r"^\W*(?:lo que|cómo) (?:hacemos|hago) ahora\W*$",
    re.IGNORECASE,
)
"""What says the list after it is the author's household's own way now ("What I do now", "Here's what has
replaced date night in our house:")."""


_OWN_REASON = re.compile(r"^\W*\w+,\s+(?:i|my|our|we|me|us|yo|mi|nuestr[oa]s?|nosotros)\b", re.IGNORECASE)

_ORDINAL_REASON = re.compile(
    r"^\W*(first|second|third|fourth|fifth|finally|lastly|primero|segundo|tercero|por último),\s+"
    r"\w[^.!?]{8,80}[.!]$",
    re.IGNORECASE,
)
"""A reason given in its place ("Second, it ignores who pays for the leaving.", "First, frequency beats
intensity."), short and whole."""

_COUNTED_PARAGRAPH = re.compile(
    r"^\s*(?:(?:so|and|then),?\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth),",
    re.IGNORECASE,
)
"""A paragraph that opens on its place in the author's list, in words ("Fourth, have one room ...")."""

_FOR_SOME_READERS = re.compile(r"^\W*(?:and\s+|but\s+)?(?:if|when|si)\s+(?:you|tú|usted)\b", re.IGNORECASE)
"""Counsel that opens on the kind of reader it is for ("And if you're the one whose job it was, ...")."""

_WAYS_LEAD = re.compile(
    r"^\W*(?:so,?\s+)?here(?:['’]s| is| are) (?:what (?:we|i) do(?: differently| now)?|how we do it|"
    r"what (?:we|i) (?:did|changed|started doing|do|learned to do) (?:differently|instead)|"
    r"what (?:has )?(?:helped|worked|changed)(?=[\s,])(?:[^.?!:]{0,50}))\W*$",
    re.IGNORECASE,
)
"""A short line that announces the ways that follow, a paragraph each: "Here's what we do differently.",
"So here's what changed, slowly, after the bakery closed."."""

_MINE = re.compile(r"^\W*(?:(?:and|so|then)\s+)?i\s+(?!(?:am|was|think|know|feel|hope)\b)\w+", re.IGNORECASE)
"""A way told as what the author began to do: "I started asking questions ...", "And I let him decide ..."."""


def _names_a_way(paragraph: list[Passage]) -> bool:
    """Whether a paragraph opens on a short line naming one way ("We face each other.") and goes on to
    tell it."""
    if len(paragraph) < 2 or paragraph[0].part != 1:
        return False
    first = paragraph[0]
    short = len(words(first.text)) <= 9 or (
        # "We started a Sunday walk along the canal with two questions: ...": a change the household made
        len(words(first.text)) <= 28 and bool(_MINE.match(first.text) or _OURS.match(first.text))
    )
    return first.role in ("claim", "instruction", "example") and short and "?" not in first.text


def _did(item: str) -> bool:
    """An item told as what "we" or "I" did ("We went back with him, in person.")."""
    sentences = split_sentences(item)
    first = sentences[0].text if sentences else item
    first = re.sub(r"^\W*\d{1,2}[.)]\s*", "", first)
    return bool(_MINE.match(first) or _OURS.match(first)) and cues.is_past(first)


def _ours_now(item: str) -> bool:
    """An item told as what "we" do now ("We walk after dinner."), not what "we" did once ("We said the
    number out loud.": what helped in a hard season, which is not the household's way of life)."""
    sentences = split_sentences(item)
    first = sentences[0].text if sentences else item
    return bool(_OURS.match(item)) and not cues.is_past(first)


_SEQUENCE = re.compile(
    r"^\W*(?:then|next|after that|afterwards?|once (?:that|you)|start (?:with|by)|begin (?:with|by)|"
    r"luego|después|a continuación|empieza (?:por|con)|comienza (?:por|con))\b",
    re.IGNORECASE,
)


def _step_opening(text: str) -> bool:
    return bool(_SEQUENCE.match(text) or _ORDINAL_STEP.match(text))


_SAID_IN_ORDER = re.compile(
    r"\bin (?:this |that )?order\b|\bstep by step\b|\bpaso a paso\b|\ben (?:este )?orden\b", re.I
)
"""The author says the steps come in order, just before them ("How we did it, in order")."""


def _in_order(text: str, items: tuple[tuple[int, int], ...]) -> bool:
    """Steps taken one after another: two items or more open on a word of sequence ("Then", "After that").

    "First ... Second ... Finally" alone counts tips, as often as not; "then" and "after that" order them,
    and so does a last step that opens on "Then".
    """
    if len(items) >= 3 and re.match(r"^\W*(?:and\s+)?then\b", text[items[-1][0] : items[-1][1]], re.I):
        return True  # "Pick one person ... Keep the bar low ... Then keep showing up.": steps to the last
    return sum(1 for s, e in items if _SEQUENCE.match(text[s:e])) >= 2


_BARE_STEP = re.compile(
    r"^\W*(?:first|second|third|fourth|fifth|next|then|primero|segundo|tercero|cuarto),?\s+"
    r"(?!(?:i|we|you|he|she|it|they|there|this|that|the|a|an|my|our|your|his|her|their|yo|nosotros|el|la|"
    r"los|las|un|una)\b)[a-z]+\b",
    re.IGNORECASE,
)
"""An ordinal step that opens on its verb ("Third, count the cost out loud"), not on a subject."""

_ORDINAL_STEP = re.compile(
    r"^\W*(?:(?:and|y|so),?\s+)?(?:first|second|third|fourth|fifth|finally|lastly|one|two|three|primero|segundo|tercero|cuarto|"
    r"por último|finalmente)\b[,:.]?\s",
    re.IGNORECASE,
)


_LIST_NOUN_NAMED = re.compile(
    r"\b(?:these are the|here are the|here are some|these|the)\s+([^\W\d_]{4,}s)\s+(?:that|which|we|I)\b|"
    r"^\W*(?:a few|some|several)\s+([^\W\d_]{4,}s)\b",
    re.I,
)
"""A list named without its count: "these are the things that made a real difference:"."""


def _named_then_told(item: list[Passage]) -> bool:
    """An item that names its point in a short first sentence and then explains it ("Stop correcting
    him. When Dad says his mother is coming for lunch, ...")."""
    return len(item) >= 2 and len(words(item[0].text)) <= 12


def _title_noun(title: str, count: int) -> str | None:
    """What the title calls the items of a list of ``count`` ("6 Things I Wish I'd Known"), when its
    number is the list's."""
    match = _LIST_NOUN.search(title)
    if match is None:
        return None
    number = match.group(0).split()[0].lower()
    if (int(number) if number.isdigit() else _COUNTS.get(number)) != count:
        return None
    return _list_noun(title)


_INTRODUCED = re.compile(r"\b(?:here(?:['’]s| is| are)|these are|this is)\b[^:]{0,60}:\s*$", re.I)


def _list_noun(text: str) -> str | None:
    named = _LIST_NOUN_NAMED.search(text) if text.rstrip().endswith(":") else None
    match = _LIST_NOUN.search(text) or named
    if not match:
        # "But here's where we landed:": a list the author introduces without naming what it holds
        return "things" if _INTRODUCED.search(text) else None
    noun = next(g for g in match.groups() if g).lower()
    return noun if noun.endswith(("s", "es")) else None


_ANNOUNCED = frozenset(
    "things ways pieces habits steps lessons practices truths keys marks rules parts moves ideas reasons "
    "questions promises words cosas maneras pasos hábitos lecciones claves partes".split()
)
"""What an article counts before giving them a heading each: "three pieces", "four things"."""


def _announced_headings(article: Article, passages: list[Passage]) -> ListUnit | None:
    """Headings without numbers that the article announces by their count ("In our house we've landed
    on three pieces." and then "Name the thing", "Drop the 'but'", "Ask what it cost", each over its
    own paragraphs): the points the article is built on."""
    blocks = article.blocks
    for p in passages:
        match = _LIST_NOUN.search(p.text)
        if match is None or p.role not in ("claim", "list_lead"):
            continue
        word = match.group(0).split()[0].lower()
        count = _COUNTS.get(word, 0)  # a word, never a digit ("Verse 2 says carry ...")
        if match.group(1).lower() not in _ANNOUNCED:
            continue  # "three pieces", "five habits"; never "two weeks" or "three kids"
        after = [b for b in blocks[p.block + 1 :] if b.kind == "heading" and not is_section_name(b.text)]
        if not 2 <= count <= 6 or len(after) < count:
            continue
        heads = after[:count]
        if any(len(h.text.split()) > 8 for h in heads):
            continue
        indices = [blocks.index(h) for h in heads]
        if indices[0] > p.block + 2 or any(cues.STUDY_HEADING.match(h.text) for h in heads):
            continue  # the points follow their announcement; "Discussion Questions" is no point
        if any(b - a < 2 for a, b in pairwise(indices)):
            continue  # each heading over at least one paragraph of its own
        return ListUnit(p, tuple((h.start, h.end) for h in heads), match.group(1).lower(), points=True)
    return None
