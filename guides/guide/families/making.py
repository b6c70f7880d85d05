"""Candidates: every question the families table allows (:func:`candidates`), one per family,
unit and wording, worded from the catalog (its wordings, a theme's bank, or the author's own question),
kept from a group or a couple when it is not theirs to discuss, and scored with its reasons by
:func:`guides.guide.scoring.score`.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

from guides.analysis.analyze import find_faith_words
from guides.analysis.passages import words
from guides.analysis.reading import Passage
from guides.analysis.sensitive import (
    Intensity,
    any_stem,
    find_sensitive,
    intensity_between,
    is_private,
    is_private_between,
    rank,
)
from guides.catalog import ANYONE, Family, families
from guides.guide import phrasing
from guides.guide.context import Context, Unit
from guides.guide.families.checks import CHECKS
from guides.guide.families.counsel import _FOR_TWO
from guides.guide.families.model import Candidate, Voice
from guides.guide.families.questions import _question_body
from guides.guide.families.slots import fill
from guides.guide.families.stories import _NOT_NAMES
from guides.guide.families.themes import gentle_table
from guides.guide.quality import problems, unquoted
from guides.guide.quotes import Quote
from guides.guide.room import speaks_to
from guides.guide.scoring import score

_MAYBE_SENSITIVE = any_stem(
    r"sex|intima|affair|adulter|infidel|unfaithful|cheat|porn|explicit|abus|violen|assault|rape|control|addict|"
    r"alcohol|drink|gambl|relaps|sobri|rehab|suicid|harm|mental|depress|anxi|trauma|ptsd|disorder|bipolar|grie|"
    r"mourn|bereav|funeral|passed away|death|loss|widow|infertil|miscarr|"
    r"stillbirth|ivf|conceive|barren|bankrupt|"
    r"debt|red|overspend|credit|spending|money|financ|budget|income|salary|divorc|remarri|putting away|spank|"
    r"punish|rod|smack|submi|headship|naked|nud|bed|libido|orgasm|arousal|foreplay|making love|lovemaking|"
    r"love-making|"
    r"sexo|íntim|infidel|porno|maltrat|adicc|adict|suicid|autolesi|salud mental|depresi|duelo|luto|falleci|"
    r"murió|pérdida|estéril|aborto|concebir|deuda|dinero|finanz|presupuest|salario|gasto|divorci|vara|castigo|"
    r"nalgad|azote|pegar|sumisi|sujet"
)
"""A cheap first look: only text with one of these stems is read with the full lexicon."""

ABUSE_WORDS = re.compile(r"\babus\w*|\bmaltrat\w*|\bviolen\w*", re.IGNORECASE)


_FOR_PARENTS = re.compile(
    r"\b(?:your|tus?) (?:kids?|child(?:ren)?|sons?|daughters?|teens?|teenagers?|toddlers?|"
    r"hij[oa]s?|niñ[oa]s?)\b",
    re.IGNORECASE,
)
"""Counsel that takes children for granted ("your kid's soccer game")."""

_ASKED_OF_ONESELF = frozenset(
    {
        "turned",
        "turned_temptation",
        "author_open",
        "counsel_moment",
        "counsel_hard",
        "counsel_other",
        "counsel_other_done",
    }
)
"""Families that put the author's question or counsel to the reader as their own."""


def _bank_texts(ctx: Context, family: Family, unit: Unit) -> tuple[str, ...]:
    use = {
        "icebreaker": "icebreaker",
        "opener": "opener",
        "theme_apply": "apply",
        "theme_reflection": "reflection",
        "theme_hope": "hope",
    }.get(family.name)
    if use is not None and unit.theme is not None:
        entry = ctx.catalog.theme(unit.theme.label)
        return entry.uses(use) if entry is not None else ()
    if family.name == "topic_private" and unit.topic is not None:
        return ctx.catalog.texts("topic_questions", unit.topic.topic)
    if family.name in ("icebreaker_gentle", "opener_gentle") and unit.topic is not None:
        table = gentle_table("couple" if family.name == "opener_gentle" else "group")
        return ctx.catalog.texts(table, unit.topic.topic)
    return ()


_LEANING_QUESTION = re.compile(
    r"^\W*(?:what|how|why|where|when|who|which)\b[^?]*\b(?:that|this|those|these)\s+\w+|"
    r"^\W*(?:what|how|why|where|when|who|which)\b[^?]*\b(?:it|them|him|her)\b[^?]{0,16}\?$",
    re.I,
)

_BARE_WHY = re.compile(
    r"^\W*(?:why|how|why not|why or why not|why do you think (?:that is|so)|¿por qué|¿cómo|¿por qué no|"
    r"¿por qué crees que (?:es así|pasa eso))\s*\?\W*$",
    re.I,
)
"""A follow-up that is no question on its own ("Why?"): asked with the question before it."""


_SETUP = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:think (?:about|of|back)|imagine|picture|remember|recall|consider|"
    r"piensa en|imagina|recuerda)\b",
    re.I,
)


_LESSON_BEFORE = re.compile(
    r"\b(?:at the (?:start|beginning)|you named (?:earlier|at)|earlier (?:in|tonight|today)|in the opening|"
    r"al (?:principio|comienzo))\b",
    re.I,
)
"""A printed question that leans on the lesson's own opening ("the object you named at the start"), which
the guide does not have."""

_UNTOLD = re.compile(
    r"\b(?:(?:haven['’]t|have not|never) told (?:anyone|anybody|a soul)|no one knows|nobody knows|"
    r"(?:a|your) secret|no le has contado a nadie|nadie sabe)\b",
    re.IGNORECASE,
)
"""A printed question that asks for what the reader has told no one: a reflection for one person, which
a group may be invited to share, never asked to."""


def _own_question(ctx: Context, family: Family, unit: Unit, voice: Voice) -> str | None:
    """The author's own question (``author_open``) or the article's printed one (``printed``), as asked."""
    p = unit.passage
    if p is None:
        return None
    if family.name in ("printed", "printed_personal", "opening_asked"):
        if voice == "group" and _UNTOLD.search(p.text):
            return None  # "What is one heavy thing ... you haven't told anyone about?": for one reader alone
        body = _question_body(unit)
        if _BARE_WHY.match(body):
            return None
        item = printed_item(ctx, p)
        if item:
            # A printed question in parts is asked whole, once, from its last part, as one question: "Tell
            # each other the story of money in the house you grew up in. Who worried, who spent, and what
            # did nobody ever say out loud?"
            whole = _one_question(ctx, [_question_body(Unit(unit.kind, 0, 0, 0, 0, passage=q)) for q in item])
            if p is not item[-1] or whole is None or _LESSON_BEFORE.search(whole):
                return None  # "Go back to the object you named at the start": another session's start
            return whole
        after = [q for q in ctx.in_block(p.block) if q.start >= p.end]
        if after and _BARE_WHY.match(after[0].text) and body.endswith("?"):
            # "Which son do you find it easier to identify with right now? Why?": one question.
            why = "y por qué" if ctx.language == "es" else "and why"
            body = f"{body[:-1]}, {why}?"
        before = [q for q in ctx.in_block(p.block) if q.end <= p.start]
        # "What was different about that evening?" leans on the line before it, and "Think about the last
        # three meals ..." sets the question up: ask them together.
        leans = _LEANING_QUESTION.match(body) or (before and _SETUP.match(before[-1].text))
        if (
            leans
            and before
            and len(words(before[-1].text)) <= 20
            and not before[-1].text.rstrip().endswith("?")
        ):
            if re.search(r"\b(?:who|which|what|it|that|them|one)\W*$", before[-1].text, re.I):
                return None  # "You don't need to say who.": who, the question before it asked
            body = _question_body(Unit(unit.kind, 0, 0, 0, 0, passage=before[-1])) + " " + body
        elif before and before[-1].text.rstrip().endswith("?") and len(words(before[-1].text)) <= 24:
            # "What happens next?" after "When your teen grumbles, how do you respond?": one question in
            # two parts, asked as one ("..., how do you usually respond, and what happens next?")
            first = _question_body(Unit(unit.kind, 0, 0, 0, 0, passage=before[-1])).rstrip().rstrip("?")
            second = body.lstrip("¿")
            joiner = ", y " if ctx.language == "es" else ", and "
            keep = second.split()[0].strip(",") in _NOT_NAMES | {"I"} if second.split() else True
            body = first + joiner + (second if keep else second[:1].lower() + second[1:])
        body = _to_question_mark(body)
        if not body:
            return None
        body = body[0].upper() + body[1:]
        body = _to_the_reader(body) if ctx.language == "en" else body
        if ctx.language == "es" and not body.startswith("¿"):
            body = "¿" + body[0].lower() + body[1:] if body[0].isupper() else "¿" + body
        return body
    asked = next((q for q in ctx.analysis.questions if p.start <= q.start < p.end), None)
    body = asked.text if asked is not None else p.text
    body = re.sub(r"^(?:so|and|but|then|y|pero|entonces)\b,?\s*", "", body, flags=re.I)
    body = _to_question_mark(body)
    if ctx.language == "es":
        body = body if body.startswith("¿") else "¿" + body
        return body[0] + body[1:2].upper() + body[2:] if len(body) > 2 else body
    body = _to_the_reader(body) if ctx.language == "en" else body
    adapted = phrasing.adapt(body, "two" if voice == "couple" else "group")
    if not adapted:
        return None
    return adapted[0].upper() + adapted[1:]


def printed_item(ctx: Context, p: Passage) -> list[Passage]:
    """The parts of the printed question ``p`` is the last question of, when it is one in parts that reads
    whole in at most 40 words (its setup first, then its questions); [] otherwise."""
    item = [q for q in ctx.in_block(p.block) if q.role == "study_question"]
    while item and "?" not in item[-1].text:
        item.pop()  # "... What crowds hospitality out of your week? Be specific.": said to the reader
    if len(item) < 2 or ctx.article.blocks[p.block].kind not in ("list_item", "paragraph"):
        return []
    if p not in item or sum(len(words(q.text)) for q in item) > 40:
        return []
    first = next(i for i, q in enumerate(item) if "?" in q.text)
    if any("?" not in q.text for q in item[first:]):
        return []  # a line said between its questions: not one question
    return item


def _one_question(ctx: Context, parts: list[str]) -> str | None:
    """A printed question's parts as one question: its setup as written, then its questions joined ("Who
    worried? Who spent? What did nobody ever say out loud?" -> "Who worried, who spent, and what did
    nobody ever say out loud?"); a bare "Why?" goes with the question before it."""
    setup = [t for t in parts if not t.rstrip().endswith("?")]
    asked: list[str] = []
    for text in (t for t in parts if t.rstrip().endswith("?")):
        if _BARE_WHY.match(text) and asked:
            asked[-1] = asked[-1].rstrip()[:-1] + (", y por qué?" if ctx.language == "es" else ", and why?")
        else:
            asked.append(text.strip())
    if not asked or any("?" in t.rstrip()[:-1] for t in asked):
        return None
    if ctx.language == "es":
        asked = [asked[0]] + [t.lstrip("¿") for t in asked[1:]]
    joined = [t.rstrip()[:-1] for t in asked[:-1]] + [asked[-1]]
    keep = _NOT_NAMES | {"I"}
    joined = [joined[0]] + [
        t if t.split()[0].strip(",") in keep else t[:1].lower() + t[1:] for t in joined[1:]
    ]
    if len(joined) == 1:
        question = joined[0]
    else:  # "Who worried, who spent, and what ...?"; "¿En qué situaciones ..., y qué tendría que ...?"
        question = ", ".join(joined[:-1]) + (", y " if ctx.language == "es" else ", and ") + joined[-1]
    text = " ".join([*setup, question])
    return text[0].upper() + text[1:]


def _to_question_mark(body: str) -> str:
    """``body`` up to its last question mark, with the quotation mark that closes there ('... ask, "What
    does this mean?"')."""
    if "?" not in body:
        return body
    end = body.rfind("?") + 1
    while end < len(body) and body[end] in "\"”’»'":
        end += 1
    return body[:end]


_SELF = (
    (r"\bam I\b", "are you"),
    (r"\bI am\b", "you are"),
    (r"\bI['’]m\b", "you're"),
    (r"\bI['’]ve\b", "you've"),
    (r"\bI['’]ll\b", "you'll"),
    (r"\bI['’]d\b", "you'd"),
    (r"\bwas I\b", "were you"),
    (r"\bI was\b", "you were"),
    (r"\bI\b", "you"),
    (r"\bmyself\b", "yourself"),
    (r"\bmy\b", "your"),
    (r"\bMy\b", "Your"),
    (r"\bme\b", "you"),
    (r"\bmine\b", "yours"),
)


def _to_the_reader(question: str) -> str:
    """The author's question to themself ("which group am I standing with?", "Do I actually know how
    much I've been forgiven?") asked of the reader, as a preacher means it."""
    if not re.search(r"\b(?:I|me|my|myself)\b", question) or re.search(r"[“”\"«»]", question):
        return question  # (a question that quotes someone keeps their "I")
    for pattern, replacement in _SELF:
        question = re.sub(pattern, replacement, question)
    return question


_MARRIED_ALREADY = re.compile(r"\byour marriage\b|\bwedding day\b|\bmarried life\b", re.IGNORECASE)


def _engaged(text: str) -> bool:
    """Whether the article is written to a couple not yet married (the letter of an engaged woman)."""
    return bool(_TO_BE_WED.search(text)) and not re.search(
        r"\b(?:married for|years of marriage|been married)\b", text, re.I
    )


_TO_BE_WED = re.compile(
    r"\b(?:engaged|fianc[ée]e?|wedding planning|our wedding is|the wedding is in|"
    r"(?:are|am) getting married)\b",
    re.IGNORECASE,
)


READ_WHOLE = frozenset({"printed", "printed_personal", "changed_reading", "changed_view", "closing_word"})
"""The families whose question reads the author's words whole before asking (a printed question, a change
of mind told in two sentences, the closing word with the place it speaks to): it may run as long as a
printed question."""


def _make(
    ctx: Context,
    family: Family,
    unit: Unit,
    voice: Voice,
    text: str,
    source: Quote,
    variant: int,
) -> Candidate | None:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\b(try|trying) to try (?:to )?", r"\1 ", text)  # "try to" + counsel saying "try asking"
    if ctx.speaker != "author" and ctx.language == "en":
        # "The author asks" becomes "The preacher asks" in a sermon, "The columnist" in an advice column.
        who = ctx.catalog.text("speakers", ctx.speaker)
        default = ctx.catalog.text("speakers", "author")
        text = text.replace(default[0].upper() + default[1:], who[0].upper() + who[1:]).replace(default, who)
    if ctx.language == "es":
        text = re.sub(
            r"\b([Dd]e|[Aa]) el\b",
            lambda m: (
                ("del" if m.group(1).lower() == "de" else "al")
                if m.group(1).islower()
                else ("Del" if m.group(1) == "De" else "Al")
            ),
            text,
        )
    if problems(text, printed=family.name in READ_WHOLE):
        return None
    block = ctx.article.blocks[ctx.block_index(source.start)]
    gentle = family.name in ("icebreaker_gentle", "opener_gentle")
    if (
        not gentle
        and any(
            t.topic == "abuse"
            and any(
                s.start < max(source.end, block.end) and min(source.start, block.start) < s.end
                for s in t.spans
            )
            for t in ctx.analysis.sensitive
        )
    ) or ABUSE_WORDS.search(text):
        # (nor any question on the paragraph it is in: "Some loneliness is more than a season. If you're
        # being belittled, controlled or frightened in your own home ...")
        return None  # no audience discusses abuse together: a joint conversation can put someone at risk
    if not ctx.faith and find_faith_words(text):
        return None
    engaged = ctx.once("engaged", lambda: _engaged(ctx.article.title + "\n" + ctx.article.text))
    if engaged and _MARRIED_ALREADY.search(text):
        return None  # "What about your marriage today would have surprised you ...", to a couple not yet wed
    own = unquoted(text)  # what the question quotes is the source, already weighed by its span
    in_text = find_sensitive(own, language=ctx.language) if _MAYBE_SENSITIVE.search(own) else []
    sensitive = ctx.analysis.sensitive
    levels: list[Intensity] = [intensity_between(sensitive, source.start, source.end)]
    levels += [span.intensity for t in in_text for span in t.spans]
    if unit.topic is not None:
        levels.append(unit.topic.intensity)
    if family.kind == "reflection" and voice == "couple":
        levels.append("medium")
    if gentle:
        levels = ["mild"]  # written near the topic, never on it: nobody is asked about their own trouble
    private = is_private_between(sensitive, source.start, source.end) or any(
        is_private(t.topic, span.intensity) for t in in_text for span in t.spans
    )
    if unit.topic is not None and family.name == "topic_private":
        private = True
    if gentle:
        private = False
    value, reasons = score(ctx, family, unit, text, variant)
    # "Did either of you reach out first?", "Name your top two or three recurring fights": asked of a
    # couple, not of each person in a mixed room; a group gets it only when nothing else is left.
    for_couples = (
        voice == "group"
        and family.name in _ASKED_OF_ONESELF
        and (
            _for_a_couple(ctx, source)
            # "Bring them along to your kid's soccer game", in a piece for anyone befriending a newcomer: only
            # parents can take it up (a piece written to parents says so to the room, and may ask it)
            or (bool(_FOR_PARENTS.search(source.text)) and speaks_to(ctx) != "parenting")
        )
    )
    return Candidate(
        text=text,
        family=family.name,
        kind=family.kind,  # type: ignore[arg-type]
        source=source,
        voice=voice,
        score=value,
        reasons=reasons,
        intensity=max(levels, key=rank),
        private=private,
        block=ctx.block_index(source.start),
        separately=family.separately and voice == "couple",
        about_wording=family.about_wording,
        unit_kind=unit.kind,
        topic=unit.topic.topic if unit.topic is not None else None,
        for_couples=for_couples,
    )


def _for_a_couple(ctx: Context, source: Quote) -> bool:
    """Whether the words a question stands on, or the paragraph they are in, speak to a couple."""
    return bool(_FOR_TWO.search(source.text)) or any(
        _FOR_TWO.search(q.text) for q in ctx.in_block(ctx.block_index(source.start))
    )


_ON_REPORTED = frozenset({"opposed_view", "objection_answered"})
"""The families that ask about a view the author argues against as that view."""

MAX_UNITS = 8
"""A family asks about at most this many passages, the most central first: a guide uses one of them, and a
long article should not cost more to plan than a short one."""

MAX_SCANNED = 160
"""A family looks at most at this many of the passages it may stand on, the most central first (all of an
article's own printed questions): an article of a few pages has fewer than this of any kind, and in a book
of fifty thousand words a family that finds nothing in the 160 most central claims would not find the one
a guide needs further down; without it, planning a long guide cost three checks per claim per family."""


def family_candidates(ctx: Context, family: Family, voice: Voice) -> Iterator[Candidate]:
    """The questions ``family`` can ask in ``voice``: on each passage it may stand on (the most central
    first, at most :data:`MAX_UNITS` of them; every one of the article's own printed questions), in the
    first of its wordings that reads well there."""
    if voice not in family.voices:
        return
    own = family.name in ("printed", "printed_personal")
    kinds = family.stands_on
    eligible = ctx.once(
        f"units on {' '.join(kinds)}{' in order' if own else ''}", lambda: _standing(ctx, kinds, own)
    )
    asked = 0
    # (a columnist's steps are for the one who wrote in; an article's for parents, not for all the room)
    anyone = ctx.speaker == "columnist" or (voice == "group" and speaks_to(ctx) is not None)
    for seen, unit in enumerate(eligible):
        if (asked >= MAX_UNITS or seen >= MAX_SCANNED) and not own:
            break
        if not all(CHECKS[name](ctx, unit, voice) for name in family.requires):
            continue
        if unit.passage is not None and unit.passage.has("reported") and family.name not in _ON_REPORTED:
            continue  # "What does the story of Moses show you about prayer?" of a reading the author rejects
        before = asked
        for made in _unit_candidates(ctx, family, unit, voice, anyone):
            asked += asked == before
            yield made
            break


def _standing(ctx: Context, kinds: tuple[str, ...], own: bool) -> tuple[Unit, ...]:
    """The units of ``kinds``, the most central first (``own``: in the article's order), listed once per
    article for each set of kinds (many families stand on the same ones)."""
    eligible = [u for u in ctx.units if u.kind in kinds]
    if not own:
        eligible.sort(key=lambda u: (-u.strength, u.start))
    return tuple(eligible)


def _gentle_source(ctx: Context, unit: Unit) -> Quote | None:
    """Where a gentle warm-up points: the first sentence that names the topic and that anyone may read
    aloud, else the article's thesis (never a private sentence: the warm-up is asked of everyone)."""
    if unit.topic is None:
        return None
    thesis = ctx.reading.thesis
    spots = [ctx.reading.at(span.start) for span in unit.topic.spans] + [thesis]
    for p in spots:
        if p is None or not p.usable or ctx.private_between(p.start, p.end):
            continue
        return Quote(ctx.article.text[p.start : p.end], p.start, p.end)
    return None


def _unit_candidates(
    ctx: Context, family: Family, unit: Unit, voice: Voice, anyone: bool
) -> Iterator[Candidate]:
    """The questions of ``family`` on one unit, in the order of its wordings (the caller takes the first);
    ``anyone``: in the wordings anyone in a group can answer, when the article speaks only to some."""
    bank = _bank_texts(ctx, family, unit)
    if bank:
        source = Quote(ctx.article.text[unit.start : unit.end], unit.start, unit.end)
        if family.name in ("icebreaker_gentle", "opener_gentle"):
            found = _gentle_source(ctx, unit)
            if found is None:
                return
            source = found
        for index, text in enumerate(_rotated(bank, unit.theme.label if unit.theme else family.name)):
            made = _make(ctx, family, unit, voice, text, source, index)
            if made is not None:
                yield made
        return
    if family.name in ("author_open", "printed", "printed_personal", "opening_asked"):
        own = _own_question(ctx, family, unit, voice)
        p = unit.passage
        if own is not None and p is not None:
            # (a printed question asked whole stands on the whole of it)
            item = printed_item(ctx, p) if family.name not in ("author_open", "opening_asked") else []
            start = item[0].start if item else p.start
            made = _make(
                ctx, family, unit, voice, own, Quote(ctx.article.text[start : p.end], start, p.end), 0
            )
            if made is not None:
                yield made
        return
    wordings = ctx.catalog.wordings(family.name, voice)
    if anyone and voice in ANYONE:
        # "Which will you start with this week?" of nine steps for a toddler's tantrums, asked of a room
        # where not everyone has one: "Which would you most want to remember, and when might you need it?"
        wordings = ctx.catalog.wordings(family.name, ANYONE[voice]) or wordings
    filled = fill(ctx, family, unit, voice) if wordings else None
    if filled is None:
        return
    slots, source = filled
    # (the seed is the same however the page spells its apostrophes)
    for index, wording in enumerate(_rotated(wordings, source.text.replace("’", "'") + family.name)):
        made = _make(ctx, family, unit, voice, wording.format_map(slots), source, index)
        if made is not None:
            yield made


def _rotated(options: tuple[str, ...], seed: str) -> list[str]:
    """The options in a stable order that depends on ``seed``, so different sources vary the wording."""
    if not options:
        return []
    first = zlib.crc32(seed.encode("utf-8")) % len(options)
    return list(options[first:] + options[:first])


def candidates(ctx: Context, voice: Voice, names: tuple[str, ...] | None = None) -> list[Candidate]:
    """Every candidate for ``voice`` from the named families (all when None), best first.

    Each family's candidates are made once per guide and voice (a guide asks for the same family in
    several of its parts).
    """
    table = families()
    chosen = [table[n] for n in names] if names is not None else list(table.values())
    pool: list[Candidate] = []
    for family in chosen:
        key = (family.name, voice)
        made = ctx.made.get(key)
        if made is None:
            made = ctx.made[key] = tuple(family_candidates(ctx, family, voice))
        pool += made
    return sorted(pool, key=lambda c: (-c.score, c.source.start, c.text))
