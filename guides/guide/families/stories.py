"""Preconditions on stories and scenes: where a story or a painted scene begins, who a story is
about (by the names it repeats, or "my husband"), a story the author tells of their own life, and the
words someone in a story said that turned it.
"""

from __future__ import annotations

import re

from guides.analysis.passages import words
from guides.guide.context import Context, Unit
from guides.guide.families.closing import last_body_block
from guides.guide.families.model import Voice
from guides.scripture.books import book_names, fold


def _story_opening(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first sentence of a story of two sentences or more (one past-tense sentence is not a story)."""
    from guides.analysis.cues import EXAMPLE_OPENING

    p = unit.passage
    if p is None or p.role != "example" or len(words(p.text)) < 5 or any(m in p.text for m in "“”\"«»'‘’"):
        return False
    if p.has("in_list") or p.has("point"):
        return False  # "1. We said the number out loud.": a step in the author's list, not a story
    for listed in ctx.reading.lists:
        if any(s <= p.start < e for s, e in listed.items):
            return False  # "We stopped treating it as his job and my sacrifice.": one of the changes listed
        if listed.points and p.block < ctx.block_index(listed.items[0][0]):
            return False  # "When I married Owen, his kids were nine and twelve.": a listicle's setting-up
    if p.block == ctx.once("last body block", lambda: last_body_block(ctx)):
        return False  # "We built the cot in the end, the following spring": how a story ends
    if re.match(r"^\W*(?:que|that|and|but|so|then|which|who|y|pero|entonces|o|or)\b", p.text, re.I):
        return False  # the middle of a story, not its opening
    run = [q for q in ctx.in_block(p.block) if q.start >= p.start and q.role == "example"]
    return len(run) >= 3 or bool(EXAMPLE_OPENING.match(p.text))


def _opens_a_scene(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first sentence of a scene the author paints ("It's 10:40 p.m. Two people are lying side by
    side ..."), which the next paragraph calls a scene."""
    p = unit.passage
    return p is not None and p.has("scene") and ctx.in_block(p.block)[:1] == [p]


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})\b")

_NOT_NAMES = frozenset(
    "God Jesus Christ Lord Spirit Holy Paul Peter John Bible Scripture Sunday Monday Tuesday Wednesday "
    "Thursday Friday Saturday Christmas Easter English Greek Hebrew Dios Jesús Cristo Señor Pablo Biblia "
    "Domingo She He They We It You Her His Him Them Ella Él Ellos "
    # the books named for no one ("What does the story of Hebrews show ...", of "Hebrews 11:13")
    "Genesis Exodus Leviticus Numbers Deuteronomy Judges Kings Chronicles Psalms Psalm Proverbs "
    "Ecclesiastes Lamentations Acts Romans Corinthians Galatians Ephesians Philippians Colossians "
    "Thessalonians Hebrews Revelation Génesis Éxodo Salmos Proverbios Hechos Romanos Hebreos "
    # the Bible's places ("What does the story of Jerusalem show ...", of Daniel's window toward it)
    "Jerusalem Babylon Egypt Israel Judah Samaria Galilee Nazareth Bethlehem Jericho Rome Corinth Ephesus "
    "Antioch Damascus Canaan Zion Sinai Jordan Capernaum Bethany Nineveh Tarsus Jerusalén Babilonia "
    "Egipto".split()
)
"""Capitalised words that are never the name of someone in a story (a pronoun opening the sentence: 'She
said, "Surely ..."' is a friend the author does not name)."""


def _story_people(ctx: Context, unit: Unit) -> str | None:
    """Who a story is about, by the names it repeats: "Dan and Marisol", "Kevin"."""
    p = unit.passage
    if p is None:
        return None
    # (read once per paragraph: every family that stands on a story asks, in every voice)
    block = p.block
    return ctx.once(f"story people in block {block}", lambda: _people_in(ctx, block))


def _people_in(ctx: Context, block: int) -> str | None:
    """Who the story told in paragraph ``block`` is about (see :func:`_story_people`)."""
    story = " ".join(q.text for q in ctx.in_block(block) if q.role == "example")
    counts: dict[str, int] = {}
    for name in _NAME.findall(story):
        if name not in _NOT_NAMES and name.lower() not in ctx.lowercase_words:
            counts[name] = counts.get(name, 0) + 1
    for name in list(counts):
        if all(_TO_A_PLACE.search(story[: m.start()]) for m in re.finditer(rf"\b{re.escape(name)}\b", story)):
            del counts[name]  # "the window open toward Jerusalem", "back to Jerusalem": a place
    for name in list(counts):
        # Whoever the story follows is its subject, and pronouns carry them on: "Eli asked if he could
        # have the box ... He charged admission ... June was the security guard" is Eli's story.
        counts[name] += 2 * len(
            re.findall(
                rf"\b{re.escape(name)}\s+(?:asked|said|wanted|decided|built|made|"
                rf"started|went|came|took|told|had|was|did|would|could)\b",
                story,
            )
        )
    names = [n for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], story.find(kv[0]))) if c >= 2][:2]
    if len(names) == 2 and counts[names[0]] >= 2 * counts[names[1]]:
        names = names[:1]  # one clearly leads; the other only appears in it
    if len(names) == 1:
        pair = re.search(rf"\b(\w+) and {names[0]}\b|\b{names[0]} and (\w+)\b", story)
        other = (pair.group(1) or pair.group(2)) if pair else None
        if other is not None and other[:1].isupper() and other not in _NOT_NAMES:
            # "Dale and Renata had been married ...": the story is the couple's, never one of them alone
            names = [other, names[0]] if pair and pair.group(1) else [names[0], other]
    if names and len(re.findall(r"\b(?:I|we|We|me|us|yo|nosotros)\b", story)) >= 2:
        return None  # "we had a fight in the driveway ... Dan said": the author's own story, not Dan's
    if not names:
        # No name: the person the story is about, when it opens on them ("My husband ...").
        relation = next(
            (
                m
                for q in ctx.in_block(block)
                if q.role == "example"
                for m in [_RELATION.match(q.text.lstrip("“\"' "))]
                if m is not None
            ),
            None,
        )
        if relation is None:
            return None
        if re.search(r"\b(?:I|me|we|us|yo|nosotros)\b", story):
            return None  # "my husband ... He did not call me ... I said": the author's own story, of two
        who = relation.group(1).lower()
        answers = [i for i, b in enumerate(ctx.reading.blocks) if b.role == "answer"]
        if ctx.reading.block_role(block) == "letter" or (answers and block < answers[0]):
            # "my wife" in a reader's letter (or its headline) is the writer's wife, not the columnist's
            return f"su {who}" if ctx.language == "es" else f"the writer’s {who}"
        # "su": the author may be a woman ("el esposo del autor" would say otherwise).
        return f"su {who}" if ctx.language == "es" else f"the author’s {who}"
    names.sort(key=story.find)
    joiner = " y " if ctx.language == "es" else " and "
    return joiner.join(names)


_TO_A_PLACE = re.compile(r"\b(?:to|toward|towards|in|from|at|into|near|outside|through)\s+(?:the\s+)?$", re.I)
"""What stands before a place's name ("toward Jerusalem", "in Leeds")."""

_RELATION = re.compile(
    r"(?:(?:when|one (?:morning|evening|day|night)|last \w+|years ago),?\s+)?(?:my|mi)\s+"
    r"(husband|wife|son|daughter|mother|father|mum|mom|dad|friend|neighbou?r|grandmother|grandfather|brother|sister|pastor|boss|esposo|esposa|hijo|hija|madre|padre|amigo|amiga|abuela|abuelo|"
    r"hermano|hermana)\b",
    re.I,
)


def _story_of_someone(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return _story_opening(ctx, unit, voice) and _story_people(ctx, unit) is not None


def _own_story(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A story the author tells of their own life ("We started taking the long way home"), no one named,
    asked about by its first sentence: past tense, short enough to quote whole, and where the story begins."""
    from guides.analysis.cues import is_past

    p = unit.passage
    if p is None or p.has("in_list") or p.has("point") or _story_people(ctx, unit) is not None:
        return False
    before = [q for q in ctx.in_block(p.block) if q.end <= p.start]
    if before and before[-1].role == "example":
        return False  # the middle of the story ("What broke the pattern was ..."), not where it begins
    above = ctx.in_block(p.block - 1) if not before and p.block > 0 else []
    if above and above[-1].role == "example" and sum(q.role == "example" for q in above) * 2 > len(above):
        return False  # "We talked for an hour.": the story goes on from the paragraph before
    if not is_past(p.text) or not 5 <= len(words(p.text)) <= _STORY_OPENING_WORDS:
        return False
    if not is_past(re.sub(r"\b(?:was|were|wasn['’]t|weren['’]t|era|fue|estaba)\b", "", p.text)):
        return False  # "I was right, by the way": a state, not the first thing that happened
    if not _STORY_START.match(p.text) or _SERIES_RECAP.match(p.text):
        return False  # "What broke the pattern was not ...": a claim about the story, not its start
    if re.search(r"\b(?:it|that|this|them|those|these)\W*$", p.text, re.I):
        return False  # "My daughter admitted recently that she likes it.": the end of a story, told before
    if re.search(
        r"\b(?:either|too|as well)\W*$|\bthe (?:first|second|third|next|last|other) one\b", p.text, re.I
    ):
        return False  # "I said nothing that day either.", "I lifted the first one.": the story goes on
    if re.match(r"^\W*(?:i|we|he|she|they)\s+would\b", p.text, re.I):
        return False  # "I would scrub her back while she complained": what always happened, mid-story
    if _SET_UP.search(p.text):
        return False  # "We kept doing it because we believed a rule.": the set-up of an argument
    story = " ".join(q.text for q in ctx.in_block(p.block) if q.role == "example" and q.start >= p.start)
    return bool(re.search(r"\b(?:i|we|my|our|me|us|yo|nosotros|mi|nuestr[oa]s?)\b", story, re.I))


_STORY_START = re.compile(
    r"^\W*(?:I|We|My|Our|When|One|Last|In|On|Years|A few|Around|After|For|By|Once|Early|Late|"
    r"That (?:night|day|morning|evening|week|spring|summer|fall|autumn|winter|year)|"
    r"Yo|Nosotros|Mi|Nuestr[oa]|Cuando|Hace|Un día|"
    r"Una (?:noche|tarde|mañana)|El (?:año|verano|invierno|otoño) pasado|En)\b"
)

_SERIES_RECAP = re.compile(
    r"^\W*(?:last (?:week|time|session)|la (?:semana|sesión) pasada)\b.{0,20}\b(?:we|nosotros)?\s*"
    r"(?:followed|looked|read|saw|studied|left|met|ended|began|vimos|leímos|seguimos|estudiamos)",
    re.IGNORECASE,
)

_SET_UP = re.compile(
    r"\b(?:because|believed|assumed|porque|creíamos|creía)\b|^\W*i (?:want|need|have) to\b|\bto be clear\b|"
    r"^\W*(?:i|we) never (?:thought|knew|realized|realised|considered|saw)\b|"
    r"\b(?:doing|did|do|hacer|hacíamos|said|says|dijo) (?:it|that|this|so|eso)\b|"
    r"\b(?:have|has|['’]ve) (?:been|\w+ed)\b",
    re.IGNORECASE,
)
"""A first sentence that gives a reason or a belief, or points back ("doing it"), or sums up years ("My
husband and I have fostered eleven children"): the set-up told in the past tense, not the first thing
that happened in a story."""

_STORY_OPENING_WORDS = 18
"""A story is named by its whole first sentence ("We started taking the long way home from church."), never
by a cut one."""


_NOT_SPEAKERS = frozenset(
    "Later Then Once Finally Afterward Afterwards Eventually Suddenly Today Yesterday Tonight Recently Still "
    "Even After Before When While That This Years Months Weeks Days Last Next Luego Después Entonces Ayer "
    "Hoy Instead Now So But And Yet Again Meanwhile Also Here There Perhaps Maybe Somebody Someone Anyone "
    "Everyone Everybody Nobody Alguien Nadie".split()
)

_WORDS_SAID = re.compile(
    r"(?P<who>\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}|\b(?:my|mi) (?:wife|husband|son|daughter|mother|father|friend|"
    r"pastor|esposa|esposo|hijo|hija|madre|padre|amig[oa]))\b(?!['’]s\b)[^.“\"«]{0,80}?"
    r"\b(?:said|says|told me|asked|dijo|me dijo|preguntó)\b[^“\"«]{0,60}?[:,]\s*"
    r"[“\"«](?P<words>[^”\"»]{20,160})[”\"»]"
)
"""Someone in the author's story saying the words that turned it ("Lena put her mug down and said
...: "Every time you say sorry, I end up having to agree with your reasons before it counts."")."""


def _words_said(ctx: Context, unit: Unit) -> tuple[str, int, int] | None:
    p = unit.passage
    if p is None or p.role not in ("claim", "example"):
        return None
    match = _WORDS_SAID.search(p.text)
    if match is None:
        return None
    who = match.group("who")
    relation = who.lower().startswith(("my ", "mi "))
    if relation and re.search(
        r"\b(?:I|we|yo)\s+(?:\w+\s+)?(?:said|say|asked|told|dije|pregunté)\b",
        p.text[match.end("who") : match.start("words")],
    ):
        return None  # 'my daughter Neema ... came to me ... and I said, "Not now ..."': the author said it
    if not relation:
        # the speaker is the last name before "said", never an opening word or a place on the way ("Our
        # social worker, Denise, said", "my English teacher at Carrow High, ... called Mr Oduya, ... said")
        lead = p.text[match.start("who") : match.start("words")]
        verbs = list(re.finditer(r"\b(?:said|says|told me|asked|dijo|me dijo|preguntó)\b", lead))
        if verbs and re.search(
            r"(?:^|[,;:]\s*|\band\s+)(?:the|a|an|his|her|their|my|our|el|la|un|una)\s+(?:\w+\s+)?"
            r"(?!(?:and|then|but|y|pero)\b)\w+\s+$",
            lead[: verbs[-1].start()],
            re.I,
        ):
            return None  # 'when Desmond asked them ..., the hairdresser said, "..."': someone unnamed said it
        verb = verbs[0] if verbs else None
        names = [
            m.group(1)
            for m in _NAME_IN_LEAD.finditer(lead[: verb.start()] if verb else lead)
            if m.group(1) not in _NOT_NAMES
            and m.group(1).lower() not in ctx.lowercase_words
            and not re.search(  # ("talked about the Jets for a while, and then he said": a team; "en la
                # carretera a Juliaca": a place)
                r"\b(?:the|los|las|el|la)\s+$|\b(?:road|highway|carretera|camino|ruta) (?:to|a|de)\s+$",
                p.text[: match.start("who") + m.start(1)],
                re.I,
            )
            and not re.match(r"\s+(?:High|School|Street|Road|Church|College|University)\b", lead[m.end(1) :])
        ]
        if not names:
            return None
        who = names[-1]
        if re.search(r"\b(?:I|we)\s+\w+\s+$", lead[: lead.rfind(who)]):
            return None  # 'I sat Tom down and said, "..."': the author said it, to Tom
        if re.search(
            r"\b(?:with|about|to|for|at|of|from|con|sobre|para|de)\s+$", lead[: lead.rfind(who)], re.I
        ):
            return None  # 'She always asks how things are with Ethan, ... and then says, "..."': not Ethan
        between = lead[lead.rfind(who) + len(who) : verb.start()] if verb else ""
        if re.search(r"\b(?:I|he|she|we|they|you|yo|él|ella|nosotros|ellos)\b", between, re.I):
            return None  # 'Ella was rude to Tom at dinner, and without thinking I said, "..."': not Tom
    if not relation and (who in _NOT_NAMES or who in _NOT_SPEAKERS or who.lower() in ctx.lowercase_words):
        return None  # "Surely", "Then", "Later that night she said": not a name
    if not relation and fold(who) in book_names()[1]:
        return None  # "Ecclesiastes says, “Two are better than one ...”": scripture, not someone in a story
    said = match.group("words").strip()
    if not 8 <= len(said.split()) <= 18 or "?" in said:
        return None
    start = p.start + match.start("words")
    end = start + len(match.group("words").rstrip(" ,;"))  # ('"... in four years," she said': no comma)
    if any(s < end and start < e for s, e in ctx.scripture_spans):
        return None  # "Mark says, “Immediately the fountain of her blood was dried up.”": scripture itself
    return who, start, end


_NAME_IN_LEAD = re.compile(
    r"\b((?:(?:Mr|Mrs|Ms|Miss|Dr|Pastor|Father|Aunt|Uncle|Grandma|Grandpa|Nana)\.? )?"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})\b"
    r"(?!['’]s\b)"
)
"""A name, with the title it is called by ("Mr Oduya")."""


def _someone_said(ctx: Context, unit: Unit, voice: Voice) -> bool:
    if voice == "group" and ctx.private_between(unit.start, unit.end):
        return False
    return _words_said(ctx, unit) is not None
