"""Preconditions on claims and key claims: the author's own plain claims and the key claims the argument
turns on (a contrast, a claim in general), with the words a question quotes of them (never half of a
pair built alike, nor a fact about someone the story names); and the first sentences of a columnist’s
answer. The shapes of a claim (a definition, a distinction, "more than", the view argued against) are in
``shapes.py``; the thesis as a clause is in ``thesis.py``.
"""

from __future__ import annotations

import re

from guides.analysis.advice import imperative_verb
from guides.analysis.argument import CLEFT, FRAMED, SHORT_QUOTE, KeyClaim
from guides.analysis.cues import ADDRESS, ANNOUNCED, COMPARED_UNSAID, OWN_CHILD, READING_OF_TEXT
from guides.analysis.passages import is_content_word, stem, words
from guides.analysis.reading import Passage
from guides.guide.context import Context, Unit
from guides.guide.families.model import Voice
from guides.guide.families.parsing import (
    _LABEL,
    NOT_TO,
)
from guides.guide.quotes import Quote, tidy

_SPAN_OF_TIME = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
    r"fifty|sixty|hundred|few|several|many)(?:-\w+)?\s+(?:years?|months?|weeks?|days?|hours?|minutes?|"
    r"años?|meses?|semanas?|días?|horas?)\b",
    re.I,
)


_AMOUNT = re.compile(
    r"^\W*(?:\d[\d,.]*|a (?:hundred|thousand|million)|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|hundred|thousand|million|dos|tres|cuatro|cinco|diez|cien|mil)\b",
    re.I,
)


_CHAPTER_AND_VERSE = re.compile(r"\b\d{1,3}:\d{1,3}\b|\b(?:chapter|verse|capítulo|versículo)s?\b", re.I)


_NAMED_SUBJECT = re.compile(
    r"^\W*(?!(?:The|This|That|These|Those|Love|Grace|God|Marriage|Trust|Faith|Hope|Rest|Money|Kindness|"
    r"Forgiveness|Anger|Most|Many|Some|Every|Each|No|Small|Real|True|Good|Hospitality|Friendship|"
    r"Attention|Gratitude|Listening|Prayer|El|La|Los|Las|Un|Una|Dios|Jesus|Jesús|Christ|Cristo)\b)"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:['’]s\b|\s+(?:is|was|does|did|has|had|says|said|knew|knows|"
    r"chose|chooses|doesn['’]t|isn['’]t|wasn['’]t)\b)"
)
"""A claim about a named person in the story ("Ruth does ...", "Abraham's hospitality ..."): a question
on the text, not one to weigh against the readers' own lives."""


def _plain_claim(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The author's own general claim (not the retelling of a passage, not to the letter writer, not
    granted to the other side, not about someone in the story), central enough to ask about."""
    p = unit.passage
    if p is None or unit.strength < 0.3 or _CHAPTER_AND_VERSE.search(p.text) or p.has("in_list"):
        return False
    if len(words(p.text)) < 5 or re.match(r"^\W*(?:not|no|as if)\b", p.text, re.I):
        return False  # "Not just the religious leaders.", "As if all of that would balance out a gearbox": a
        # fragment that finishes the sentence before
    if ctx.touches_scripture(p.start, p.end):
        return False
    if ctx.reading.block_role(p.block) == "answer" and re.search(
        r"\b(?:you|your|te|tu|ti|tus)\b", p.text, re.I
    ):
        return False  # the columnist speaking to the letter writer: not a claim for the room to weigh
    if p.has("first_person") or re.match(r"^\W*(?:i|we)\b", p.text, re.I):
        return False
    if re.match(r"^\W*(?:you|your|tú|tu|usted)\b", p.text, re.I):
        return False  # "You don't need all five in one evening": counsel to the reader, not a claim to weigh
    if READING_OF_TEXT.match(p.text):
        return False  # "What he promises is that the peace will guard": a reading of the text, not a claim
    if p.has("concession"):
        return False  # "The skeptics are right that ...": the author granting a point, not making one
    # "Abraham's hospitality isn't about showing off": about the story, not the room's lives.
    return not _NAMED_SUBJECT.match(p.text)


KEY_CLAIMS_ASKED = 4
"""How many of the argument's key claims, heaviest first, a guide may ask about."""


def _key_claim(ctx: Context, unit: Unit) -> KeyClaim | None:
    """The key claim ``unit`` is, when it is among the heaviest :data:`KEY_CLAIMS_ASKED`."""
    p = unit.passage
    if p is None:
        return None
    return next((k for k in ctx.reading.key_claims[:KEY_CLAIMS_ASKED] if k.start == p.start), None)


_INTRODUCES = re.compile(
    r"^\W*(?:his|her|their|my \w+['’]s)\s+names?\s+(?:is|was|were)\b|"
    r"^\W*(?:[A-Z]\w+|he|she)\s+(?:is|was|turns|turned)\s+(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)"
    r"(?: years old)?(?: now)?(?:\W*$|,? and (?:she|he|they) (?:has|have|had)\b)|"
    r"^\W*(?:se llama|su nombre es)\b",
    re.I,
)
"""Someone introduced by name or age ("His name is Walter Pryce and he is eighty-one."): a fact of the
story."""


def _key_said(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """One of the claims the argument turns on, the author's own (not a story's step, not said to the
    letter writer, not granted to the other side), with what it leans on quotable."""
    key, p = _key_claim(ctx, unit), unit.passage
    if key is None or p is None or key.leans or p.has("concession") or p.has("point"):
        return False
    if _half_of_a_pair(ctx, p):
        return False  # "Your husband is not the fox. Your wife is not the fox."
    said = ADDRESS.sub("", p.text)  # ("Friends, the chapel is for burdens.": said to the room)
    first = words(said)[:1]
    if _NAMED_SUBJECT.match(said) and first and first[0].capitalize() in ctx.named_words:
        return False  # "Martha is the one who opens her house": about someone the article names
    if re.match(r"^\W*(?:(?:but|and|so|yet|y|pero)\s+)?(?:i|i['’]\w+|my|me|yo|mi)\b", p.text, re.I):
        return False  # "I learned ...", "But I know now what the walk is for.": the author's story
    if _INTRODUCES.search(p.text):
        return False  # "His name is Walter Pryce and he is eighty-one.": someone introduced, nothing to weigh
    if OWN_CHILD.match(p.text):
        return False  # "Our middle son, Jakub, is nine and doesn't want to sleep anywhere but his own bed.":
        # the author's family, a fact of the story, not a claim about anyone's
    if ctx.reading.block_role(p.block) == "answer" and re.search(
        r"\b(?:you|your|te|tu|ti|tus)\b", p.text, re.I
    ):
        return False  # the columnist speaking to the letter writer: advice for one reader
    if _CHAPTER_AND_VERSE.search(p.text) or any(
        u.start < p.end and p.start < u.end for u in ctx.analysis.scripture
    ):
        return False
    return _key_words(ctx, unit, voice) is not None


_DEGREE = (
    r"(?! (?:he|she|they|we|i|you|anyone|most of us) (?:\w+ )?"
    r"(?:realised|realized|thought|knew|expected|imagined|let on|admits?|admitted|think|know|expect)\b)"
)
"""Not a comparison of two things but of degree: "Arnie reads lips more than he realised"."""

_TWO_SIDES = re.compile(
    r"\b(?:not|never|rather than|instead of|more than(?! (?:once|twice|ever|a few|one|two|three))"
    + _DEGREE
    + r"|less than|"
    r"but|no|sino|ni|en lugar de|más que)\b|n['’]t\b|;",
    re.IGNORECASE,
)
"""What a claim must say to be asked about as a difference: what it denies, or its other side."""


_BOTH_SIDES = re.compile(
    r"\b(?:rather than|instead of|more than(?! (?:once|twice|ever|a few|one|two|three))"
    + _DEGREE
    + r"|less than|not only|"
    r"not just|as opposed to|not the same as|no es lo mismo que|sino|más que|"
    r"en lugar de|en vez de)\b|,\s*(?:and\s+)?(?:not|never|no)\b|"
    r"(?:\b(?:not|never|no)\b|n['’]t\b).*?(?:\bbut\b|;|[.!]\s+\S)|"
    # a denial in the main clause: "An apology is not a verdict on the whole argument"
    r"^[^,;]{2,60}?\b(?:is|are|was|were|es|son|era)(?:\s+not|n['’]t)\b|^[^,;]{2,60}?\bno\s+(?:es|son|era)\b",
    re.IGNORECASE,
)
"""A contrast with both its sides in the words quoted: "a practice, not a switch", "isn't a character flaw.
It's a logistics problem", "more than our perspective"; a bare denial ("Look around for your Elisha,
because you are not the only one left") has no difference to ask about."""


_SUM = re.compile(
    _AMOUNT.pattern
    + r"\s+(?:\w+\s+)?(?:hundred|thousand|million|talents|pounds|dollars|denarii|shekels|euros)\b",
    re.I,
)
"""A sum of money or goods ("Ten thousand talents"), unlike "Two homes" or "One of the quiet fears"."""

_LITOTES = re.compile(
    r"\b(?:is|are|was|were)(?: not|n['’]t) (?:a |an )?(?:small|little|minor|trivial|nothing|bad|easy)\b|"
    r"\bno (?:small|little|mean|easy)\b",
    re.IGNORECASE,
)
"""A denial that says "a great deal" by its opposite ("An invitation after six years of silence is not a small
thing"): no difference to ask about."""


_POINTS_BACK = re.compile(
    r"^\W*(?:and|but|so|that|this|these|those|it|they|such|y|pero|eso|esto)\b(?!['’]s (?:what|why|how)\b)",
    re.I,
)
"""A sentence whose subject is in the one before ("That is worth more than any team leader post.")."""


def _points_back(text: str) -> re.Match[str] | None:
    """:data:`_POINTS_BACK`, but never a cleft ("It is not the hours of scrolling that do the damage.")."""
    if CLEFT.match(text):
        return None
    return _POINTS_BACK.match(text) or _BOTH_NAMED_BEFORE.search(text)


_BOTH_NAMED_BEFORE = re.compile(r"\b(?:in )?both (?:places|times|cases|stories|wildernesses|of them)\b", re.I)
"""Two things the paragraphs before named ("God is with Hagar in both places.")."""


_TWO_DENIALS = re.compile(r"\bnot\b[^,;]*[,;]\s*and (?:it|they|he|she)(?:['’]s| is| are)? not\b", re.I)
"""Two things something is not ("Loneliness is not a sin, and it is not a sign that ..."), with nothing set
against them: no difference to ask about."""


_CARRIED_ON = re.compile(r"^\W*(?:(?:and|but|so|then|now|y|pero|entonces)\b[\s,]*)+", re.I)
"""The conjunctions that carry a sentence on from the one before ("And then he ...", "But notice ..."),
looked past to see what the sentence opens on."""


_OUR_DOINGS = re.compile(
    r"^\W*(?:we(?:['’]ve| have| had)\b|we \w+ed\b|our (?:house|home|family|kids|children)\b|"
    r"(?:nosotros )?(?:hemos|habíamos)\b)",
    re.I,
)
"""What the author's household has done ("And we've started doing the making up, not only the stopping"):
a step of their story, not a claim to take to heart."""


def _key_contrast(ctx: Context, unit: Unit, voice: Voice) -> bool:
    key, said = _key_claim(ctx, unit), _key_words(ctx, unit, voice)
    return (
        key is not None
        and unit.passage is not None
        and not _OUR_DOINGS.match(_CARRIED_ON.sub("", unit.passage.text))
        and not _named_first(ctx, unit.passage.text)  # ("Cain never answers it.": the story's, not a claim)
        and not _ONE_OF_THE_CHILDREN.match(unit.passage.text)
        and key.shape == "contrast"
        and said is not None
        and not _points_back(said.text)
        and not _TWO_DENIALS.search(said.text)
        and not _LITOTES.search(said.text)
        and not _SUM.match(said.text)  # "Ten thousand talents is not a debt. It's a national budget."
        # (not "The bread, one ordinary Sunday, being more than bread.": no verb but a participle)
        and not (
            re.search(r"\bbeing\b", said.text, re.I)
            and not FINITE.search(said.text)
            and not re.search(r"\w['’](?:re|s|m)\b", said.text)
        )
        and bool(_TWO_SIDES.search(said.text))
        and bool(_BOTH_SIDES.search(said.text))
        and _key_said(ctx, unit, voice)
    )


def _the_articles_point(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The article's thesis, or, when it has none, the heaviest claim it turns on (what the takeaway
    question points at, for the leader to show)."""
    if unit.kind == "thesis":
        return True
    keys = ctx.reading.key_claims
    return (
        ctx.reading.thesis is None
        and bool(keys)
        and unit.passage is not None
        and unit.passage.start == keys[0].start
        and not (voice == "group" and ctx.private_between(unit.start, unit.end))
    )


def _half_of_a_pair(ctx: Context, p: Passage) -> bool:
    """Whether the sentence is one of two built alike side by side ("Your husband is not the fox. Your
    wife is not the fox."): the author means both, and a question on one says only half."""
    block, at = ctx.place_in_block(p)
    if at is None:
        return False
    mine = words(p.text)
    for q in block[max(0, at - 1) : at] + block[at + 1 : at + 2]:
        theirs = words(q.text)
        if len(mine) >= 4 and len(theirs) >= 4 and mine[-3:] == theirs[-3:] and mine[0] == theirs[0]:
            return True
    return False


_PROPER_OPENING = frozenset("god jesus christ grace love faith hope dios jesús cristo".split())


def _a_name_in_the_story(ctx: Context, text: str) -> bool:
    """Whether a short claim opens on someone the article names ("Luke is on that ship."): a fact of
    the story, which nobody has "seen play out"."""
    first = re.match(r"^\W*([A-Z][a-z]+)\b", text)
    if first is None or first.group(1).lower() in _PROPER_OPENING or len(words(text)) > 8:
        return False
    if not is_content_word(first.group(1).lower(), ctx.language):
        return False  # "Some hurts are bigger than a sharp word": a common word, whatever its case
    # A name is never written in lower case; a common word opening a sentence usually is, elsewhere.
    return not re.search(rf"\b{first.group(1).lower()}\b", ctx.article.text)


_ONE_OF_THE_CHILDREN = re.compile(
    r"^\W*(?:the|our|my|el|la|mi|nuestr[oa]) (?:youngest|eldest|oldest|middle one|mayor|menor|"
    r"pequeñ[oa]|más pequeñ[oa]|mediano|mediana)\b",
    re.IGNORECASE,
)
"""One of the author's children, named by their place ("La menor todavía dibuja en lugar de escribir"): a
detail of the household, not a contrast to take to heart."""


def _named_first(ctx: Context, text: str) -> bool:
    """Whether a sentence opens on someone the article names mid-sentence elsewhere ("Cain never answers
    it."), not on a word any sentence may open with ("Listening is not the same as obeying.")."""
    first = re.match(r"^\W*([A-Z][a-z]+)\b", ADDRESS.sub("", text))
    return (
        first is not None
        and first.group(1) in ctx.named_words
        and first.group(1).lower() not in _PROPER_OPENING
        and is_content_word(first.group(1).lower(), ctx.language)
    )


def _a_detail(ctx: Context, text: str) -> bool:
    """Whether a short sentence speaks only of things the article does not otherwise dwell on: none of
    its words is in the title or among the article's main themes."""
    content = {stem(w) for w in words(text) if is_content_word(w, ctx.language)}
    if not content or len(words(text)) > 7:
        return False
    main = {t.stem for t in ctx.analysis.themes[:8]} | {stem(w) for w in words(ctx.article.title)}
    return not content & main


_NOTICE_THAT = re.compile(r"^\W*(?:notice|remember|see|note|fíjate|recuerda)(?:,| that\b| que\b)", re.I)
"""An imperative that only points at the claim after it ("Notice, even when the child is perfect, the
parents still suffer."), not one that asks the reader to do something."""


def _key_general(ctx: Context, unit: Unit, voice: Voice) -> bool:
    key = _key_claim(ctx, unit)
    if key is None or unit.passage is None:
        return False
    bare = _CARRIED_ON.sub("", unit.passage.text)
    if re.match(r"^\W*(?:we|our|nosotros|nuestr[oa]s?)\b", bare, re.I):
        return False  # "(And) we still talk in the kitchen": the author's household, not a claim to test
    if re.match(r"^\W*(?:he|she|they|él|ella|ellos)\b", bare, re.I):
        return False  # "And then he opens the Scriptures to them": someone of the story, doing something
    if imperative_verb(bare, ctx.language) is not None and not _NOTICE_THAT.match(bare):
        return False  # "But notice what comes before the request": a reading instruction, nothing to see
    if _a_name_in_the_story(ctx, ADDRESS.sub("", unit.passage.text)):
        return False
    if re.match(
        r"^\W*(?:jesus|god|christ|paul|moses|the (?:psalmist|writer|apostle|prophet)|jesús|dios|pablo)\s+"
        r"(?:means|meant|is saying|was saying|quiere decir)\b",
        unit.passage.text,
        re.I,
    ):
        return False  # "Jesus means a real needle and a real camel": a reading of the text, not seen play out
    if _a_detail(ctx, unit.passage.text):
        return False  # "The cumin is behind the cinnamon.": a detail of the story, nothing to see play out
    if re.match(r"^\W*(?:if|when|si|cuando)\b|^\W*\w+ (?:years|months|weeks) of\b", unit.passage.text, re.I):
        # "If that's all we hear, ...": a supposition the preacher goes on to answer; "Seventeen years of
        # Joseph feeding his brothers": a span of the story, no claim
        return False
    if re.search(
        r"\d|\b\w+ years on\b|\bour (?:oldest|youngest|eldest|kids|children|house|home)\b", unit.passage.text
    ):
        return False  # "Six years on, we still read aloud most evenings": the author's household, a fact
    said = _key_words(ctx, unit, voice)
    if said is not None and _points_back(said.text):
        return False  # "That is worth more than any team leader post.": what "that" is, the reader lacks
    main = re.split(r"[,;:]", said.text, maxsplit=1)[0] if said is not None else ""
    if (
        said is not None
        and re.match(
            r"^\W*(?:a|an|the)\s+[^,]{1,40},\s+(?:the (?:kind|sort|type|one)|which|who)\b", said.text, re.I
        )
        and not FINITE.search(main)
    ):
        return False  # "A crushing weight, the kind no one can carry alone.": a phrase, no claim to see
    if re.search(r"\b(?:not|never|no)\b|n['’]t\b", main, re.I):
        return False  # "The chart didn't stop the fights": half a contrast, never "seen play out"
    if re.search(r"\b(?:ought|should|must)\b", main, re.I):
        return False  # "A funeral ought to be sad": what should be, which nobody has "seen play out"
    if (
        said is not None
        and re.match(r"^\W*(?:good|bad|not|too|so|far|just|only|almost|barely|hardly)\b", said.text, re.I)
        and not FINITE.search(_RELATIVE_CLAUSE.sub(" ", said.text))
    ):
        return False  # "Good enough to win some prize money in small races, not good enough to be flown
        # anywhere.": a description with no verb, nothing claimed
    return _key_said(ctx, unit, voice)


_RELATIVE_CLAUSE = re.compile(r"\b(?:who|that|which|where|whose)\b[^,;.]*|\bto (?:be |have )?\w+")
"""A relative clause or an infinitive: verbs that say nothing of the sentence's own subject."""


_LEANS_BACK = re.compile(
    r"^\W*(?:they|them|these|those)\b|^\W*that\s+(?:is not|isn['’]t|was not|wasn['’]t|is never)\b|"
    r"^\W*that['’]s (?:what|how|why|where|when)\b",
    re.I,
)
"""A quote whose first words point back ("They are still there, watching.", "That isn't what Jesus
does."): who they are, or what is denied, the sentence before says."""

_SET_ASIDE = re.compile(
    r"^\W*the (?:question|issue|point) (?:isn['’]t|is not|wasn['’]t|was not) (?:whether|if|that)\b(?!.*\bthe "
    r"(?:question|issue|point) (?:is|was)\b)",
    re.I,
)
"""What the author sets aside before saying what the question is ("The question isn't whether Tamsin means
well. She clearly does."): the concession, not the claim, unless the quote goes on to the question."""

ORDINAL_LEAD = re.compile(
    r"(?:first|second|third|fourth|fifth|finally|lastly|next|primero|segundo|tercero|por último|"
    r"finalmente),?\s+",
    re.I,
)
"""The word that numbers a point of a list: "Third, there was time."."""

_MEASURE = re.compile(
    r"\b(?:around|about|roughly|nearly|almost|some|over|alrededor de|unos|unas)\s+"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand)\s+(?:litres|liters|gallons|pounds|kilos|kilograms|ounces|miles|kilometres|"
    r"kilometers|feet|yards|metres|meters|cubits|shekels|denarii|talents|bushels|litros|kilos|millas)\b",
    re.I,
)
"""A measure given as about so much ("somewhere around twenty litres of grain"): a fact to know."""

FINITE = re.compile(
    r"\b(?:is|are|was|were|isn['’]t|aren['’]t|has|have|hasn['’]t|haven['’]t|does|do|doesn['’]t|don['’]t|"
    r"can|can['’]t|cannot|will|won['’]t|would|should|must|may|might|needs?|means|makes|takes|gets|becomes|"
    r"comes|looks|feels|knows|tells|happens|begins|stops|starts|works|matters|teaches|shows|keeps|gives|"
    r"grows|lives|leaves|brings|turns|lets|asks|wants|calls|says|es|son|está|están|hay|puede|necesita)\b",
    re.I,
)
"""A verb the sentence says something with: "Ten minutes, most days, with the phones in another room" has
none (a list's item, cut from the sentence before)."""

_HAS_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|must|may|might|"
    r"\w+n['’]t|\w{3,}ed|\w{2,}[^s\W]s)\b",
    re.I,
)
"""A clause with a verb ("Kids can tell the difference"), not a noun phrase cut from one ("Every
marriage book on our shelf")."""


def _key_words(ctx: Context, unit: Unit, voice: Voice) -> Quote | None:
    """The key claim's words, from the sentence it leans on when it opens on "It" or "This"."""
    key, p = _key_claim(ctx, unit), unit.passage
    if key is None or p is None:
        return None
    lead = key.lead
    if (
        lead is not None
        and re.match(r"^\W*(?:their|his|her|its|sus?)\s+\w+", ctx.article.text[key.start : key.end], re.I)
        and len(words(ctx.article.text[lead : key.end])) > 26
    ):
        lead = None  # "Their work is hidden not because ...": whose work, the claim's own words say enough
    s, e = tidy(ctx.article.text, lead if lead is not None else key.start, key.end, cut=False)
    text = ctx.article.text[s:e]
    # "Here's what I've come to believe after nineteen years ...: the word sorry is not the apology"
    framed = _LABEL.match(text) or FRAMED.match(text)
    announced = ANNOUNCED.match(text)
    if announced and (framed is None or announced.end() > framed.end()):
        framed = announced  # "If we've learned one thing, it's probably this: ..."
    if framed and framed.end() < len(text) - 12:
        s += framed.end()
        text = ctx.article.text[s:e]
    if ORDINAL_LEAD.match(text) or _MEASURE.search(text) or _LEANS_BACK.match(text) or _SET_ASIDE.match(text):
        # "Third, there was time. Not a two-hour slot ...": one point of a list; "An ephah was somewhere
        # around twenty litres of grain": a fact to know, not a claim to weigh
        return None
    if NOT_TO.match(text) or re.search(r"\bplease\b", text, re.I):
        return None  # "Don't sell the baby as a present. This was my biggest mistake.", "If you know someone
        # in our position, please don't wait for them to ask.": counsel, not a claim
    address = ADDRESS.match(text)
    if address is not None and address.end() < len(text) - 12:
        s += address.end()
        text = ctx.article.text[s:e]
    if re.match(r"^\W*(?:because|porque)\b[^,;:]*$", text.split(". ")[0], re.I):
        return None  # "Because the neighbours didn't have oil.": the answer to a question before it (but
        # "Because he carried ours, we are free to carry each other." says its own claim)
    if COMPARED_UNSAID.search(text):
        return None  # "The fallow field says something different.": from what, the paragraph before says
    if re.search(r"\b(?:there|then|that|this|eso|esto|ahí)$", text.rstrip(" .!"), re.I):
        return None  # "Most conversations stop right there.": where "there" is, the sentence before says
    if len(text.split()) > 18 and lead is None:
        # "Kids can tell the difference ..., and they need both ...": the first of two claims joined
        # by "and" stands alone; a "but" half is never cut away (it is the turn).
        first = re.split(r",\s+and\s+", text, maxsplit=1)[0]
        turn = _BOTH_SIDES.search(text[len(first) :]) is not None and _BOTH_SIDES.search(first) is None
        if first != text and 6 <= len(first.split()) <= 18 and _HAS_VERB.search(first) and not turn:
            text, e = first, s + len(first)
    paired = p.end < e  # a denial and the sentence that puts it right: two short sentences read as one
    # (a second half that holds the turn, "and your job is not to stop the weather but to be the calm
    # grown-up standing in it", is the claim's point and is heard whole)
    longest = 26 if paired else 28 if _BOTH_SIDES.search(text) and len(text.split()) > 18 else 18
    if not 5 <= len(text.split()) <= longest or "?" in text or "*" in text:
        return None  # (a question is read aloud once; "*guard*" is the page's emphasis, not words)
    if voice == "group" and ctx.private_between(s, e):
        return None
    if any(mark in SHORT_QUOTE.sub("", text) for mark in '“”"«»'):
        return None  # someone's words (but "encouragement that can't ever hear “I can't”" is the author's)
    return Quote(text, s, e)


def _figurative(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or not p.has("figurative"):
        return False
    # ("'terrible' there doesn't mean bad, like a terrible cup of coffee": what a word means, with an
    # example of the other sense, not a picture)
    return not _WORD_MEANS.search(p.text)


_WORD_MEANS = re.compile(
    r"[“\"'‘][^”\"'’]{1,30}[”\"'’]\s+(?:\w+\s+){0,2}(?:doesn['’]t|does not|didn['’]t|did not)?\s*means?\b|"
    r"\bthe word\b[^.]{0,40}\bmeans?\b|\bno significa\b|\bsignifica\b",
    re.IGNORECASE,
)
