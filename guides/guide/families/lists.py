"""Preconditions on lists and practices: lists of habits, steps or points, parallel lists, the
forms a thing takes listed after a colon, a menu of practices or steps taken in order, and each item as
a question names it; what stands under an article's numbered points is an example of a point, not
counsel of its own.
"""

from __future__ import annotations

import re

from guides.analysis.advice import imperative_verb
from guides.analysis.cues import NOTICE, is_past
from guides.analysis.reading import ListUnit, Passage
from guides.guide.context import Context, Unit
from guides.guide.families.model import Voice


def _list_of_three(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A list of three or more short items that the article introduces or names ("five conversations")."""
    u = unit.list_unit
    if u is None or len(u.items) < 3 or u.parallel or u.noun is None or u.noun.lower() not in _POSITIVE_LIST:
        return False  # "which comes most naturally" only of habits, tips, steps: never of faults or myths
    if u.points and not _points_are_counsel(ctx, u):
        return False  # "First: God starts with the body": a sermon's points, not a menu to try
    context = ctx.article.title + " " + (u.lead.text if u.lead else "")
    if _NEGATIVE_LIST.search(context):
        return False
    # An item may go on to explain itself ("We said the number out loud. We sat down ..."): its first
    # sentence is the item.
    return all(len(_first_sentence(ctx, s, e).split()) <= 24 for s, e in u.items)


def _points_are_counsel(ctx: Context, u: ListUnit) -> bool:
    """Whether most of a listicle's points are counsel ("Stop correcting him.", "Ask for help ...")."""
    heads = [ctx.reading.at(s) for s, _ in u.items]
    told = sum(
        1
        for h in heads
        if h is not None
        and (h.role == "instruction" or imperative_verb(h.text, ctx.language) is not None)
        and not NOTICE.match(h.text)
    )  # ("Sort the paperwork while he can still sign it." is counsel, whatever role the reading gave it)
    return told * 2 >= len(heads)


def _first_sentence(ctx: Context, start: int, end: int) -> str:
    """The reading's sentence that opens ``[start, end)``, else the span's text."""
    first = ctx.reading.at(start)
    return first.text if first is not None else ctx.article.text[start:end]


def _parallel_list(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """Examples set out as a list under a lead-in; never sentences built alike in a paragraph ("I am not
    preaching that work is bad. I am not preaching that the kitchen is lesser. ..."), which are claims."""
    u = unit.list_unit
    if u is None or not u.parallel or u.lead is None or len(u.items) < 3:
        return False
    text = ctx.article.text
    sentences = sum(1 for s, e in u.items if _SENTENCE_ITEM.search(text[s:e]))
    return sentences * 2 <= len(u.items) or u.lead.text.rstrip().endswith(":")


_SENTENCE_ITEM = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:i|we|you|he|she|they|it|somebody|someone|a|an|the|this|that)\s+\w+.*[.!?]\W*$",
    re.IGNORECASE | re.DOTALL,
)
"""An item that is a whole sentence with its subject ("Somebody has to cook.")."""


def _list_named(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return unit.list_unit is not None and unit.list_unit.noun is not None


_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+|y\s+|o\s+)?|\s+(?:and|or|y|o)\s+")

_COLON_LIST = re.compile(r"^(?P<head>[^:]{8,120}):\s+(?P<items>[^:;]+)$")


def _colon_items(text: str) -> list[str] | None:
    """The items after a colon: "... its own version of the sigh: the eye-roll, the half-listening, ..."."""
    body = text.strip().rstrip(".!")
    match = _COLON_LIST.match(body)
    if not match:
        return None
    pieces = _ITEM_SPLIT.split(match.group("items"))
    items = [re.sub(r"[“”\"«»]", "", i).strip(" .,;!") for i in pieces if i.strip()]
    if not 3 <= len(items) <= 6 or any(not 1 <= len(i.split()) <= 5 for i in items):
        return None
    return items


def _lists_after_a_colon(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """ "Every marriage has its own version of the sigh: the eye-roll, the half-listening, ...": the forms
    something takes in daily life, which a reader can recognise in themselves."""
    p = unit.passage
    if p is None or p.has("in_list") or _colon_items(p.text) is None:
        return False
    head = p.text.split(":")[0]
    if re.search(r"\b(?:says?|said|tells?|told|advice|advise|books?|dicen|consejo)\b", head, re.I):
        return False  # "Half the marriage books say some version of it: you get one night, ...": reported
    return bool(
        re.search(
            r"\b(?:version|versions|form|forms|kind|kinds|sign|signs|shape|shapes|forma|formas|"
            r"versión|versiones|señales)\b",
            head,
            re.I,
        )
    )


_PATH = re.compile(
    r"^\W*(?:(?:and|but|so|y|pero)\s+)?(?P<if>(?:if|si)\s+(?:you|you['’](?:re|ve)|tú|usted|estás|eres|ya)\b[^,;:]{2,70}),",
    re.IGNORECASE,
)


def _paths(ctx: Context) -> list[tuple[Passage, str]]:
    """The kinds of reader the author speaks to in turn (read once per article: every candidate asks)."""
    return ctx.once("paths", lambda: _find_paths(ctx))


def _find_paths(ctx: Context) -> list[tuple[Passage, str]]:
    """The kinds of reader the author speaks to in turn, each with its own counsel ("If you're in the tree
    this morning, come down." / "If you're in the crowd, stop muttering." / "If grace has already
    reached you, ask ..."): the instruction and its condition, in order; empty unless two to four."""
    found: list[tuple[Passage, str]] = []
    seen: set[int] = set()
    firsts: dict[int, Passage] = {}
    for p in ctx.reading.passages:
        firsts.setdefault(p.block, p)
    for p in ctx.reading.passages:
        if p.block in seen or p.part != 1:
            continue
        told = p.role == "instruction" and p.usable and p.addressee == "reader"
        # "If you have more than enough right now, ..., hear me: you don't need to feel guilty": a
        # paragraph opened for one kind of listener, with the counsel for them in it.
        opens = (
            firsts[p.block] is p
            and p.role in ("claim", "hedge")
            and any(q.role == "instruction" and q.addressee == "reader" for q in ctx.in_block(p.block))
        )
        if not (told or opens):
            continue
        match = _PATH.match(p.text)
        if match is None or len(match.group("if").split()) > 9:
            continue
        seen.add(p.block)
        found.append((p, match.group("if")))
    # The kinds of reader are spoken to in turn, one after another ("If you leave over a disagreement ..."
    # in the middle and "If you are thinking of leaving ..." at the end are a case and a close, not paths).
    runs: list[list[tuple[Passage, str]]] = []
    for path in found:
        if runs and path[0].block - runs[-1][-1][0].block <= 2:
            runs[-1].append(path)
        else:
            runs.append([path])
    found = max(runs, key=len, default=[])
    return found if 2 <= len(found) <= 4 else []


_FOR_THE_WEEK = re.compile(
    r"\b(?:this week|each (?:morning|day|evening|night)|every (?:morning|day|evening|night)|esta semana|"
    r"cada (?:mañana|día|noche))\b",
    re.IGNORECASE,
)


def _practice_list(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The author's counsel as a menu to choose from; steps taken in order are asked about as steps, and
    what the author's own household does as theirs."""
    u = unit.list_unit
    return (
        u is not None
        and u.practice
        and not u.in_order
        and not u.ours
        and len(u.items) >= 2
        # A run of counsel inside one paragraph ("Walk on it. Let it slow you down ... Ask them what they
        # saw in the night.") is one word to the reader, never a menu of things to start this week,
        # unless it sets them for the days ahead ("Esta semana, escribe cada mañana ...").
        and (
            u.lead is not None
            or len({ctx.block_index(s) for s, _ in u.items}) >= 2
            or any(_FOR_THE_WEEK.search(ctx.article.text[s:e]) for s, e in u.items)
        )
        and not _for_the_letter_writer(ctx, u, voice)
        and not _inside_the_points(ctx, u)
        and not _spoken_to_paths(ctx, u)
        and not _for_one_kind_of_reader(ctx, u)
    )


_ONE_KIND = re.compile(
    r"^\W*(?:if|for|to) (?:you['’]re|you are|the one|those|anyone|the spouse|the partner|the husband|"
    r"the wife|the parent)\b|^\W*(?:si (?:eres|tú eres)|para (?:quien|el que|la que))\b",
    re.IGNORECASE,
)


def _for_one_kind_of_reader(ctx: Context, u: ListUnit) -> bool:
    """A list under a heading or lead-in for one kind of reader ("If you're the one going back", then the
    steps): counsel for them, not everyone's things to do (the other kind has a list of its own)."""
    first = ctx.block_index(u.items[0][0])
    above = [ctx.article.blocks[k].text for k in range(max(0, first - 2), first)]
    if u.lead is not None:
        above.append(u.lead.text)
    return any(_ONE_KIND.match(text) and len(text.split()) <= 16 for text in above)


def _spoken_to_paths(ctx: Context, u: ListUnit) -> bool:
    """Counsel given to different kinds of reader in turn ("If you have more than enough ... If you're
    young ..."): asked as a choice of where one stands (``paths_pick``), never as "things to do"."""
    blocks = {p.block for p, _ in _paths(ctx)}
    return bool(blocks) and any(ctx.block_index(s) in blocks for s, _ in u.items)


def _under_a_point(ctx: Context, p: Passage) -> bool:
    """Whether ``p`` explains one of the article's numbered points (the paragraphs under "6. Let them
    help you"), rather than being the point itself: an example of the counsel, not counsel of its own."""
    for points in ctx.reading.lists:
        if not points.points or any(s <= p.start < e for s, e in points.items):
            continue
        first = ctx.block_index(points.items[0][0])
        last = ctx.block_index(points.items[-1][0])
        if first < p.block <= last + 1:
            return True
    return False


def _inside_the_points(ctx: Context, u: ListUnit) -> bool:
    """Counsel found inside the sections of an article's numbered points ("7 Ways to ..."): some of
    those points, counted apart from the rest ("The author suggests five things" of seven ways)."""
    return any(
        points.points
        and points is not u
        and len(points.items) != len(u.items)
        and all(
            ctx.block_index(points.items[0][0])
            <= ctx.block_index(s)
            <= ctx.block_index(points.items[-1][0]) + 1
            for s, _ in u.items
        )
        for points in ctx.reading.lists
    )


def _practice_ours(ctx: Context, unit: Unit, voice: Voice) -> bool:
    u = unit.list_unit
    return u is not None and u.ours and len(u.items) >= 3


def _practice_mine(ctx: Context, unit: Unit, voice: Voice) -> bool:
    u = unit.list_unit
    return u is not None and u.mine and len(u.items) >= 3


def _practice_steps(ctx: Context, unit: Unit, voice: Voice) -> bool:
    u = unit.list_unit
    return (
        u is not None
        and u.practice
        and u.in_order
        and len(u.items) >= 2
        and not _for_the_letter_writer(ctx, u, voice)
    )


def _for_the_letter_writer(ctx: Context, u: ListUnit, voice: Voice) -> bool:
    """Steps a columnist gives one letter writer ("Pick a calm time ... call before coming over"): a group
    weighs them (the column's own questions do), but does not take them as everyone's steps."""
    return voice == "group" and ctx.reading.block_role(ctx.block_index(u.items[0][0])) == "answer"


ITEM_MARK = re.compile(
    r"^\s*(?:\d{1,2}[.):]|[-*•]|first|second|third|fourth|fifth|finally|lastly|primero|segundo|tercero)\W*\s*",
    re.I,
)
"""What marks an item as one of a list ("1.", "-", "First:"), before its words."""


def _item_texts(ctx: Context, unit: Unit) -> list[str] | None:
    """The items of a list, each as its words read in a question: short, without its closing stop."""
    u = unit.list_unit
    if u is None:
        return None
    out = []
    for s, e in u.items:
        text = ITEM_MARK.sub("", ctx.article.text[s:e])
        text = _ITEM_REFERENCE.sub("", text.strip())  # "Jesus looks up (vv. 1-5)": the point, not its verses
        text = re.split(r"(?<=[.!?])\s", text.strip())[0].rstrip(".!;:,")
        out.append(text)
    return out


_ITEM_REFERENCE = re.compile(
    r"\s*\((?:vv?\.|verses?|vers[íi]culos?|[1-3]?\s?[A-Z][a-z]+\.? )?\s*[\d:,\s.–-]+\)"
)
"""A point's verses in brackets ("An open workshop (vv. 1-4). They shared their trade ..."), wherever they
stand: never cut at the stop inside them."""


def _points_named(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The two to five numbered points an article is built on, each short enough to name in a question."""
    u = unit.list_unit
    if u is None or not u.points or not 2 <= len(u.items) <= 5:
        return False
    if _NEGATIVE_LIST.search(ctx.article.title + " " + (u.lead.text if u.lead else "")):
        return False
    items = _item_texts(ctx, unit) or []
    if (
        any(not 2 <= len(i.split()) <= 7 or "?" in i for i in items)
        or sum(len(i.split()) for i in items) > 18
    ):
        return False
    return not any(ctx.private_between(s, e) for s, e in u.items) or voice == "couple"


MAX_POINTS_READ = 9
"""The most points the Read part prints for a question to choose among ("8 Things Three Teenagers Taught
Me About Curfews": eight short lines, read aloud in under a minute)."""


def _points_read_aloud(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """Three to seven points the article is built on, too long to name in one question ("God asks a
    question, and he lets Elijah answer"): the Read part prints them, and the question asks which."""
    u = unit.list_unit
    if (
        u is None
        or not u.points
        or not 3 <= len(u.items) <= MAX_POINTS_READ
        or _points_named(ctx, unit, voice)
    ):
        return False  # (three to nine: the Read part prints a list of up to nine short lines, never of two)
    if _NEGATIVE_LIST.search(ctx.article.title + " " + (u.lead.text if u.lead else "")):
        return False  # "4 Things I've Stopped Saying at Funerals": nothing anyone "needs to hear"
    items = _item_texts(ctx, unit) or []
    return all(1 <= len(i.split()) <= 12 and "?" not in i for i in items)


def _points_counsel(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The article's points are counsel ("Stop correcting him.", "Ask for help ..."): which one a reader
    most needs to hear is a real question."""
    return unit.list_unit is not None and _points_are_counsel(ctx, unit.list_unit)


def _points_truths(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The article's points are claims ("God starts with the body", "Jesus notices"): a reader is asked
    which is hardest to believe of their own week, not which they "need to hear"."""
    if unit.list_unit is None or _points_are_counsel(ctx, unit.list_unit):
        return False
    items = _item_texts(ctx, unit) or []
    # Every point a claim in the present ("Jesus notices"); a command or an event of the story among
    # them ("borrow not a few", "the oil stopped") is not a truth to believe about one's week.
    return bool(items) and not any(
        "?" in i
        or is_past(i)
        or imperative_verb(i, ctx.language) is not None
        or _A_HEADING.match(i)
        or len(i.split()) <= 2  # "supposing", "sorrowing", "keeping": labels, not claims to believe
        for i in items
    )


_A_HEADING = re.compile(
    r"^\W*(?:how|where|what|why|when)\b|"
    r"^\W*(?:a|an|the (?:wrong|right|first|second|third|last|real))\b(?!.*\b(?:is|are|was|were|es|son)\b)",
    re.IGNORECASE,
)
"""A point named as a heading, not stated ("a tale of two households", "where Paul is sitting" is a place
in the text, "the wrong reading"): nothing to believe."""


def _points_mixed(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The article's points are neither all counsel, nor all claims, nor all moments of a story (a
    question God asks, a command, an event): asked only which one speaks to the reader now."""
    u = unit.list_unit
    return (
        u is not None
        and u.points
        and not _points_are_counsel(ctx, u)
        and not _points_truths(ctx, unit, voice)
        and not _points_story(ctx, unit, voice)
    )


def _points_story(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The article's points walk through a story, each told in the past tense ("All ten cried out", "All
    ten obeyed", "Only one turned back"): moments to find oneself in, not truths to believe of one's week."""
    items = _item_texts(ctx, unit) if unit.list_unit is not None and unit.list_unit.points else None
    return bool(items) and all(is_past(i) for i in items or ())


def _short_items(ctx: Context, unit: Unit, voice: Voice) -> bool:
    items = _item_texts(ctx, unit)
    if not items or not 2 <= len(items) <= 4:
        return False
    return all(1 <= len(i.split()) <= 7 for i in items) and sum(len(i.split()) for i in items) <= 18


_POSITIVE_LIST = frozenset(
    "habits tips steps ways practices conversations questions promises vows things ideas suggestions rules "
    "gifts blessings prayers rituals hábitos consejos pasos maneras prácticas conversaciones preguntas "
    "promesas".split()
)

_NEGATIVE_LIST = re.compile(
    r"\b(?:foxes|mistakes|traps|sins|myths|signs|warnings?|enemies|dangers|lies|pitfalls|killers|errors|"
    r"stopped|stop saying|never say|not to say|avoid|regrets|"
    r"zorras|errores|trampas|mitos|señales|peligros)\b",
    re.I,
)


def _column_steps(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A columnist's three to five steps for the letter writer, each opening a paragraph of the answer with
    a short command ("Find out what she actually needs." "Talk to his sister, properly." "Name the
    grief."): the answer's plan, put to the reader as the writer's choice."""
    u = unit.list_unit
    if u is None or not 3 <= len(u.items) <= 5 or u.points or u.parallel or u.ours or u.mine or u.questions:
        return False
    heads = [ctx.reading.at(s) for s, _ in u.items]
    if any(h is None or ctx.reading.block_role(h.block) != "answer" or h.part != 1 for h in heads):
        return False  # (only the first letter's answer: a second, shorter letter is another case)
    items = _item_texts(ctx, unit) or []
    if any(imperative_verb(i, ctx.language) is None or not 2 <= len(i.split()) <= 8 for i in items):
        return False
    if sum(len(i.split()) for i in items) > 24 or any(m in i for i in items for m in '“”"«»?:'):
        return False
    return not any(ctx.private_between(s, e) for s, e in u.items) or voice == "couple"
