"""Preconditions on counsel: the author's counsel to the reader or about someone else, the step
it names (:func:`_action`) and that step as a question asks it of a couple or a group; whether it is for
everyone in a room or for a couple at home, a step to take rather than something to think; never
counsel granted before a turn, nor one command of a run of examples; and the author's counsel to
different kinds of reader in turn (:func:`_paths`).
"""

from __future__ import annotations

import re

from guides.analysis.advice import imperative_verb
from guides.analysis.cues import COURTESY
from guides.analysis.passages import stem, words
from guides.analysis.reading import Passage
from guides.guide import phrasing
from guides.guide.context import Context, Unit
from guides.guide.families.lists import _paths, _under_a_point
from guides.guide.families.model import Voice
from guides.guide.families.parsing import _DEMONSTRATIVE, MAX_QUOTED_QUESTION_WORDS, NOT_TO, _leans_back
from guides.guide.families.stories import _NOT_NAMES
from guides.guide.quotes import tidy

MAX_ACTION_WORDS = 10


_EVERYDAY_VERBS = frozenset(
    "demonstrate show listen speak ask thank put share say turn practise practice praise greet kiss hug "
    "eat pray wait slow sit respond answer offer keep leave greet apologise apologize admit name tell "
    "choose treat touch smile laugh celebrate welcome let stop bless forgive honour honor respect "
    "encourage give serve help hold remember make protect guard receive accept start begin end close open "
    "escucha habla agradece comparte pregunta di dile perdona ora mira pide espera ofrece abraza sé".split()
)


def _action(ctx: Context, unit: Unit) -> tuple[int, int] | None:
    p = unit.passage
    if p is None or p.object_end is None:
        return None
    advice = ctx.advice_in(p.start, p.end)
    if advice is None:
        return None
    start, end = tidy(ctx.article.text, advice.start, advice.action_end)
    if re.search(
        r"\b(?:where|what|who|when|how|that) (?:you|we|they|he|she|I)\W*$", ctx.article.text[start:end]
    ):
        return None  # "thank God and stay where you": the action cut before its verb
    return (start, end) if end > start else None


_THINKING = frozenset(
    "know remember believe imagine think consider reflect ask wonder picture recall realize realise notice "
    "look expect assume accept espera acepta "
    "piensa recuerda imagina considera sabe reflexiona".split()
)


def _thinking(ctx: Context, unit: Unit) -> bool:
    """Counsel to think or remember ("Think about the last time you argued"): not a step to take."""
    span = _action(ctx, unit)
    verb = imperative_verb(ctx.article.text[span[0] : span[1]], ctx.language) if span else None
    if verb is None or verb.split()[-1].lower() not in _THINKING:
        return False
    if verb.split()[-1].lower() == "ask" and span is not None:
        # "Ask yourself ..." is to think; "Ask a question you don't know the answer to" is to do.
        return bool(re.search(r"\bask (?:yourself|yourselves)\b", ctx.article.text[span[0] : span[1]], re.I))
    return True


_NAMED = re.compile(r"\b(?!I\b|I['’])[A-Z][a-z]+\b")
"""A name in the columnist's counsel ("Meanwhile, go back to Isla."): someone in the letter."""

_LETTER_WRITERS_OWN = re.compile(
    _NAMED.pattern + r"|\byour (?:son|daughter|husband|wife|mother|father|mother-in-law|"
    r"father-in-law|sister|brother|boss|friend|kids|children|teen|teenager)\b|"
    r"\btu (?:hijo|hija|marido|esposo|esposa|mujer|madre|padre|suegra|suegro|jefe|amigo|amiga)\b"
)
"""Someone in a letter writer's own life, by name or as "your son": the columnist's counsel to that one
reader, not to everyone in the room."""


_THEIR_PEOPLE = re.compile(
    r"\b(?:he|she|him|his|her|hers|they|them|their)\b|"
    r"\byour (?:daughter|son|husband|wife|mother|father|mum|mom|dad|"
    r"brother|sister|boss|daughter-in-law|son-in-law|friend|kids|children)\b|"
    r"\b(?:él|ella|ellos|su (?:hija|hijo|marido|esposa|madre|padre))\b",
    re.IGNORECASE,
)
"""The people of one letter writer's story, in the columnist's counsel to her."""


_POINTS_AHEAD = re.compile(
    r"\b(?:a (?:different |new |better )?set of|a few|these|the following|two|three|four|five|six)\s+"
    r"(?:simple |small |hard )?(?:questions|things|steps|ways|habits|practices)\b|"
    r"\b(?:estas|estos|las siguientes|unas|unos) (?:preguntas|cosas|pasos|maneras)\b",
    re.IGNORECASE,
)
"""Counsel that points at what comes next ("Ask a different set of questions about your work"): the list
after it is the counsel, and a question on the pointer alone has nothing to picture."""


_WRITERS_PEOPLE = re.compile(
    r"\b(?:your|tu|tus|su|sus) (?:father|mother|dad|mum|mom|son|daughter|husband|wife|brother|sister|cousin|"
    r"boss|colleague|in-laws?|stepmother|stepfather|stepmum|stepdad|niece|nephew|aunt|uncle|grandmother|"
    r"grandfather|padre|madre|hij[oa]|espos[oa]|marido|herman[oa]|prim[oa]|jefe|suegr[oa])\b",
    re.IGNORECASE,
)
"""The letter writer's own people, named by the columnist ("your father", "your mother")."""

_AT_THE_LETTER = re.compile(
    r"\b(?:read|look at|reread|re-read|lee|relee) (?:your|the|this|tu|su) (?:own )?"
    r"(?:letter|question|words|carta)\b",
    re.IGNORECASE,
)


_FINDING_THE_PLACE = re.compile(
    r"\b(?:turn with me|turn (?:in your bibles? )?to (?:page|chapter|the book|[1-3]? ?(?-i:[A-Z])[a-z]+ \d+)|"
    r"open (?:your|our|up your) bibles?|find (?-i:[A-Z])[a-z]+ and go (?:back|forward)|"
    r"go (?:back|forward) (?:a few pages|a page|one page)|turn back (?:a page|to)|"
    r"(?:busquen|abran) (?:sus|la) biblias?)\b",
    re.IGNORECASE,
)
"""A preacher showing the congregation where the passage is ("Right, turn with me, if you would, to a
book ...", "Find Matthew and go back a few pages."): never counsel for a life."""


def _counsel_to_reader(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or p.role != "instruction" or p.has("encouragement") or _thinking(ctx, unit):
        return False
    if p.has("to_some") or re.search(
        r"(?:^\W*(?:and\s+)?|:\s*|^\W*if\b[^,]{0,60},\s*)please\b", p.text, re.I
    ):
        # "Husbands, find one thing ... Learn to braid something.": for some readers only; "please don't
        # wait to start" is a plea, not a step to picture; "If it's the person, please talk to someone":
        # for the readers in that case only
        return False
    if ctx.touches_scripture(p.start, p.end):
        return False  # "Read Ruth 3": a reading to do, not a way to live
    if COURTESY.match(p.text):
        return False  # "First, thank you for writing.": the columnist's courtesy, no way to live
    if re.search(r"\bwelcome (?:back|home|to (?:everybody|everyone|all|you)|to the)\b", p.text, re.I):
        return False  # "And Auntie Sheila, welcome back from hospital.": a greeting, not a way to live
    if _FINDING_THE_PLACE.search(p.text) or _FINDING_THE_PLACE.search(ctx.article.blocks[p.block].text[:80]):
        return False  # "Find Matthew and go back a few pages.": how to find the passage, in the paragraph
        # that opens "Right, turn with me, if you would, to a book ..."
    if p.addressee not in ("reader", "spouse"):
        return False
    if ctx.reading.block_role(p.block) == "answer" and (
        voice == "couple"
        or any(m.group(0) not in _NOT_NAMES for m in _LETTER_WRITERS_OWN.finditer(p.text[1:]))
    ):
        # "Sit down with Caleb and ask": the columnist's counsel to one letter writer; and a couple at home
        # is never handed it as their own ("What makes it hard for the two of you to go back to choir?")
        return False
    if ctx.reading.block_role(p.block) == "answer" and _THEIR_PEOPLE.search(p.text):
        return False  # "Ask about his dad", "Ask your daughter to stop sending them": the writer's people
    if any(q.has("figurative") for q in ctx.in_block(p.block)):
        return False  # "Stay out in the cold for a minute anyway", after "as if you left without your coat"
    if p.has("conditional") and voice == "group":
        return False  # "If you are unsure ..., meet with a counselor" is not for everyone in a room
    if re.match(r"^\W*(?:be careful|beware|watch out|mind)\b", p.text, re.I):
        return False  # "Be careful who you decide isn't worth hearing": a warning, not a step to take
    if _AT_THE_LETTER.search(p.text) or re.search(r"\b(?:chapter|verses?)\s+\d", p.text, re.I):
        return False  # "Read your letter again", "come forward to chapter 21": pointing, not counsel
    if _POINTS_AHEAD.search(p.text):
        return False  # "Ask a different set of questions about your work": the list after it is the counsel
    if _ABOUT_THE_READING.search(p.text):
        return False  # "Take what's useful and leave the rest": about reading this article, not living
    if _in_a_run(ctx, p):
        return False  # "Eat something. Pray out loud. Put down an anchor. Go to bed. Call your friend back."
    if p.has("concession"):
        return False  # "So keep your date night. Just don't expect it to do the work ...": granted
    if _under_a_point(ctx, p):
        return False  # "Ask the new mom which baby carrier ...": an example under "6. Let them help you"
    span = _action(ctx, unit)
    if span is None:
        return False
    text = ctx.article.text[span[0] : span[1]]
    return len(text.split()) <= MAX_ACTION_WORDS and not any(m in text for m in '“”"«»')


def _in_a_run(ctx: Context, p: Passage) -> bool:
    """Whether the counsel is one of a run of short commands, examples of one thing ("Eat something.
    Pray out loud. Call your friend back."): none of them is the author's counsel on its own."""
    block, at = ctx.place_in_block(p)
    if at is None:
        return False
    short = [q.role == "instruction" and len(words(q.text)) <= 6 for q in block]
    run = 1
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(block) and short[i]:
            run, i = run + 1, i + step
    return short[at] and run >= 3


_TIMED = re.compile(
    r"\b(?:this|next|a|each|every|per) (?:week|month|weekend|day|evening|morning)\b|"
    r"\b(?:today|tonight|tomorrow|daily|weekly|now|always|never)\b|"
    r"\besta semana\b|\bhoy\b|\bcada (?:día|mañana|noche|semana)\b|\bsiempre\b",
    re.IGNORECASE,
)


def _echoes_scripture(ctx: Context, start: int, end: int) -> bool:
    """Counsel that echoes a verse quoted nearby ("Sit down before you build" after the tower in Luke 14)
    is a picture to apply, not an errand for a Tuesday evening."""
    mine = {stem(w) for w in words(ctx.article.text[start:end]) if len(w) > 3}
    for use in ctx.scripture_near(ctx.block_index(start)):
        verse = (
            (use.verse_text or "")
            + " "
            + (ctx.article.text[use.quotation[0] : use.quotation[1]] if use.quotation else "")
        )
        if len(mine & {stem(w) for w in words(verse)}) >= 2:
            return True
    return False


def _everyday_action(ctx: Context, unit: Unit, voice: Voice) -> bool:
    span = _action(ctx, unit)
    if span is None or len(ctx.article.text[span[0] : span[1]].split()) < 4:
        return False  # "Eat something good": an example too small to picture in a moment of the week
    if _TIMED.search(ctx.article.text[span[0] : span[1]]):
        return False  # it says when already: "Keep one promise this week" at bedtime reads twice
    if re.match(r"^\W*(?:stop|don['’]t|do not|never|quit|no\s)", ctx.article.text[span[0] : span[1]], re.I):
        return False  # "Stop apologising ...": what not to do has no moment to look like
    ordering = r"\b(?:first|then|before|after|once|primero|luego|antes|después)\b"
    if re.search(ordering, ctx.article.text[span[0] : span[1]], re.I):
        return False  # "Tell your money story first": an order of steps, not a moment of the day
    if _echoes_scripture(ctx, *span):
        return False
    verb = imperative_verb(ctx.article.text[span[0] : span[1]], ctx.language) or ""
    return verb.split()[-1].lower() in _EVERYDAY_VERBS if verb else False


_ERRAND = re.compile(
    r"^\W*(?:bring|pack|buy|carry|grab|wear|book|lleva|compra)\b|"
    r"^\W*(?:find|set aside|make|carve out)\s+(?:\w+\s+)?(?:minutes|hours?|time)\b",
    re.I,
)


_HEDGE_TAIL = re.compile(
    r"\s*\b(?:if|when|where|whenever) (?:you (?:can|are able|possibly can)|possible)\b.*$|"
    r"\s*\bsi (?:puedes|es posible)\b.*$",
    re.I,
)
"""A hedge at the end of a step ("Visit if you can"): not part of what is done."""


def _action_reads_alone(ctx: Context, unit: Unit, voice: Voice) -> bool:
    span = _action(ctx, unit)
    if span is None or _TIMED.search(ctx.article.text[span[0] : span[1]]):
        return False
    if NOT_TO.match(ctx.article.text[span[0] : span[1]]):
        return False  # "What makes it hard to don't treat his worry ...": what not to do reads badly there
    if re.match(r"^\W*let\s+(?!go\b)", ctx.article.text[span[0] : span[1]], re.I):
        return False  # "Let the food be cereal": a permission, not a step that something gets in the way of
    p = unit.passage
    if p is not None and re.match(r"^\W*(?:and\s+)?(?:then|next|luego|después)\b", p.text, re.I):
        return False  # "Give him a minute. ... Then come back and shake hands.": a step of a sequence whose
        # subject the steps before it say (here the child), never a step of the reader's own
    if re.match(r"^\W*thank you\b|^\W*gracias\b", ctx.article.text[span[0] : span[1]], re.I):
        return False  # "thank you to whoever fixed the heating": the speaker's thanks, not a step
    hedged = _HEDGE_TAIL.sub("", ctx.article.text[span[0] : span[1]])
    if len(hedged.split()) < 4:
        return False  # "What gets in the way when you try to take a breath?": too small to ask about; and
        # "Visit if you can": whom, the sentence before says
    if _ERRAND.match(ctx.article.text[span[0] : span[1]]):
        return (
            False  # "bring a pack of cards", "find ten minutes alone": an errand, not a step anything hinders
        )
    if re.search(r"\b(?:its|it|them|their)\b", ctx.article.text[span[0] : span[1]], re.I):
        return False  # "work for its peace": whose, the sentences before say
    if "," in ctx.article.text[span[0] : span[1]]:
        return False  # "say yes to the lunch invitation, take the class": a run of examples, not one step
    vague = {
        "thing",
        "things",
        "something",
        "anything",
        "small",
        "one",
        "little",
        "try",
        "more",
        "cosa",
        "algo",
    }
    if not [w for w in words(ctx.article.text[span[0] : span[1]]) if len(w) > 3 and w not in vague]:
        return False  # "Try one small thing": which thing, the sentences around it say
    return _adapted_action(ctx, unit, voice) is not None


_QUOTE_MARK = re.compile(r"[“”\"«»]|(?<!\w)['‘’]|['‘’](?!\w)")
"""A quotation mark, straight or curly, never an apostrophe inside a word ("don't", "don’t")."""


_SPOKEN = re.compile(
    r"^\W*(?:(?:and|so|then|instead|first|also|now|just|please),?\s+)*(?:don['’]t\s+|never\s+)?"
    r"(?:say|tell|ask|talk|speak|thank|apologi[sz]e|explain|admit|answer|praise|name|pray|call|ring|phone|text|"
    r"write|encourage|remind|invite|bless|listen|let (?:\w+ )?know|di|dile|dígale|pregunta|pregúntale|habla|"
    r"agradece|pide perdón|explica|escribe|llama|anima|invita|escucha)\b",
    re.I,
)
"""Counsel that is said to someone ("Tell your son you are proud of him"), which a question may ask how it
would sound."""


_THE_ONE_IN_THE_STORY = re.compile(
    r"\bthe (?:teenager|teen|husband|wife|son|daughter|boy|girl|baby|toddler|kids|children|mother|father|"
    r"mum|mom|dad|widow|widower|neighbou?r|carer|caregiver|patient|grandchildren|siblings?)\b"
    r"(?! (?:who|that|you)\b)",
    re.I,
)
"""Someone of the story the counsel points back to ("Take the teenager for pizza" after "Janelle's
sixteen-year-old son gave up his bedroom"): out of its paragraph, nobody the room knows."""


def _counsel_about_other(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or p.role != "instruction" or p.addressee not in ("child", "other", "spouse"):
        return False
    if _in_a_run(ctx, p):
        return False
    if _THE_ONE_IN_THE_STORY.search(p.text) and not p.has("conditional"):
        return False  # "Take the teenager for pizza.": Janelle's son, named in the sentences before
    if ctx.reading.block_role(p.block) == "answer" and _THEIR_PEOPLE.search(p.text):
        return False  # "Ask your daughter to stop sending them": about one letter writer's people
    if _thinking(ctx, unit) or p.has("encouragement") or _QUOTE_MARK.search(p.text):
        return False  # a quotation inside ("'Honor your father ...,' the commandment says") is not counsel
    if p.has("concession"):
        return False  # "thank your spouse, by all means. But don't let thank you be ...": granted
    if any(u.start < p.end and p.start < u.end for u in ctx.analysis.scripture):
        return False
    if p.has("conditional") and voice == "group":
        return False
    if voice == "group" and p.addressee == "spouse":
        return False  # "Pick the one you most need to put on for your spouse": for couples, not a mixed room
    return len(words(p.text)) <= MAX_QUOTED_QUESTION_WORDS and "?" not in p.text


def _counsel_said_to_other(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """Counsel about another person that is said to them ("Tell your son you are proud of him"): a question
    may ask how it would sound."""
    p = unit.passage
    return (
        p is not None
        and bool(_SPOKEN.match(_LEAD.sub("", p.text)))
        and _counsel_about_other(ctx, unit, voice)
    )


def _counsel_done_for_other(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """Counsel about another person that is done, not said ("Put your phone face down when your husband
    starts telling you about his day"): how it would look, never how it would sound."""
    p = unit.passage
    return (
        p is not None
        and not _SPOKEN.match(_LEAD.sub("", p.text))
        and not _HEDGED.search(p.text)
        and _counsel_about_other(ctx, unit, voice)
    )


_LEAD = re.compile(
    r"^\W*(?:(?:tonight|today|this week|tomorrow|husbands|wives|parents|friends|dads|mums|moms|first|second|"
    r"third|fourth|finally|lastly|next|then|and|so|if [^,]{3,80}),?\s+)+",
    re.I,
)
"""What may come before the counsel itself: when, to whom, or in what case ("Tonight, say ...", "If you are
reading this with a card in your own glovebox, tell ...")."""

_HEDGED = re.compile(r"\bif you (?:think|feel|want|like)\b|\bsi (?:crees|quieres)\b", re.I)
"""Counsel left to the reader's judgement ("Bring the children if you think it will help"): an aside."""


def _paths_open(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first of the author's counsels to different kinds of reader, which a question offers together
    ("which is closest to you?"); never when they touch what is private."""
    paths = _paths(ctx)
    if not paths or unit.passage is not paths[0][0] or not unit.passage.usable:
        return False
    return voice == "couple" or not any(ctx.private_between(p.start, p.end) for p, _ in paths)


_ABOUT_THE_READING = re.compile(
    r"\b(?:take what['’]?s (?:useful|helpful)|leave the rest|read on|keep reading|bear with me|skip (?:ahead|"
    r"to)|read (?:this|the rest)|toma lo que (?:sirva|te sirva)|sigue leyendo)\b",
    re.IGNORECASE,
)
"""Counsel about reading the article itself, which a disclaimer gives: not a step for the week."""

_FOR_TWO = re.compile(
    r"\b(?:your (?:spouse|husband|wife|partner|marriage)|the two of you|you two|either of you|"
    r"both of you|"
    r"tu (?:pareja|esposo|esposa|cónyuge|matrimonio)|ustedes dos|los dos juntos)\b",
    re.IGNORECASE,
)
"""Counsel given to a couple (in its own paragraph): not a step for each person in a mixed group."""


def _counsel_in_the_answer(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """Counsel the columnist gives the letter writer (in the answer to the first letter)."""
    p = unit.passage
    if p is None or p.role != "instruction" or p.part != 1 or ctx.reading.block_role(p.block) != "answer":
        return False
    if _thinking(ctx, unit) or any(m in p.text for m in '“”"«»:') or "?" in p.text:
        return False  # (nor one framed by a label: "The third way is harder: go and talk to her.")
    if p.has("to_some"):
        return False  # "Tell the school play story again, Edited.": to the letter writer by her name
    if re.search(r"\b(?:me|us|me|nos|escríbeme)\b", p.text, re.I):
        return False  # "Write to me again": the columnist's sign-off, not advice for a home
    if (
        _DEMONSTRATIVE.search(p.text)
        or re.search(r"\b(?:it|them)\W*$", p.text, re.I)
        or (
            re.match(r"^\W*(?:(?:just|then|and|so)\s+)?\w+ (?:it|them)\b", p.text, re.I)
            and len(words(p.text)) <= 5
        )
    ):
        return False  # "Keep that promise", "Ask it every time.": which promise, what question, the
        # sentence before says
    if _AT_THE_LETTER.search(p.text):
        return False  # "Read your own letter again": pointing at the letter, not advice for a home
    if len(words(p.text)) <= 6 and _leans_back(ctx, p.text, p.start):
        return False  # "Start with the card.": which card, the sentences before say
    if len(_WRITERS_PEOPLE.findall(p.text)) >= 2:
        return False  # "Talk to your father about your mother": the writer's own family, for no one else
    if re.search(_WRITERS_PEOPLE.pattern + r"['’]s\b", p.text, re.I) and re.match(
        r"^\W*(?:don['’]t|do not|never|no)\b", p.text, re.I
    ):
        return False  # "Don't take your sister's advice": about one letter's family, nobody else's
    first_in_paragraph = ctx.place_in_block(p)[1] == 0
    if (
        re.match(r"^\W*(?:and\s+)?(?:then|next|after that|luego|después)\b", p.text, re.I)
        and not first_in_paragraph
    ):
        return (
            False  # "... I'd like you to support it." Then change the subject.": a step of what came before
        )
    if re.match(r"^\W*(?:so|así que)\b", p.text, re.I) and re.search(r"\b(?:it|lo)\b", p.text, re.I):
        return False  # "So make it visible.": what "it" is, the answer said before
    if re.search(r"\b(?:too|as well|also|también)\W*$", p.text, re.I):
        return False  # "Take his job seriously, too.": beside advice the sentences before give
    if len(_HEDGE_TAIL.sub("", p.text).split()) < 4:
        return False  # "Visit if you can.", "Ring her.": one step of a run, whose person the run names
    if any(m.group(0) not in _NOT_NAMES for m in _NAMED.finditer(p.text[1:])) or re.search(
        r"\b(?:he|him|his|she|her|hers|él|ella)\b", p.text, re.I
    ):
        return False  # "Be careful, too, with Sam.", "Make sure he doesn't become ...": the writer's people
    return 4 <= len(words(p.text)) <= MAX_QUOTED_QUESTION_WORDS


_NOT_AN_ACTION = re.compile(
    r"^\W*(?:just\s+|please\s+)?(?:don['’]t|do not|never|no)\b|"
    # (but "Ask her what is hard": the verb of a clause the action asks about)
    r"^\W*\w+(?:\s+(?!what|who|how|why|where|when|whether|if|that|which|whatever)[\w'’-]+){0,5}\s+"
    r"(?:isn['’]t|is not|aren['’]t|are not|wasn['’]t|doesn['’]t|does not|is|are|was|were)\b",
    re.IGNORECASE,
)
"""What an action asked about must not hold: a denial first ("Just don't keep an account ..."), or a verb
that makes it a statement ("Rest with small children isn't quiet")."""


def _adapted_action(ctx: Context, unit: Unit, voice: Voice) -> str | None:
    span = _action(ctx, unit)
    if span is None:
        return None
    text = ctx.article.text[span[0] : span[1]]
    if re.search(r"\b(?:I|me|my|they|them|their)\b", text) or phrasing.dangles(text):
        return None
    if re.search(r"\b(?:instead|too|again|as well)$", text) or _leans_back(ctx, text, span[0]):
        return None
    if _NOT_AN_ACTION.search(text):
        # "Just don't keep an account ...": "what makes it hard to just don't ..." is not English; "Rest
        # with small children isn't quiet": a claim about rest, not counsel to rest
        return None
    lowered = phrasing.lower_first(text, ctx.language)
    bare = phrasing.as_infinitive(lowered, ctx.language) if lowered else None
    return phrasing.adapt(bare, "two" if voice == "couple" else "group") if bare else None
