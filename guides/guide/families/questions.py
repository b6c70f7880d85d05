"""Preconditions on questions and scripture: the author's own questions and the article's
printed ones (open or yes/no, hopeful or warning, about the readers' lives or about the text, standing
alone, fit for the voice they are asked in, never a couple's into a room), a verse the author comments on
in their own words, the questions the author offers readers to ask each other or someone else, and
whether the guide speaks of faith at all.
"""

from __future__ import annotations

import re

from guides.analysis import cues
from guides.analysis.analyze import ScriptureUse
from guides.analysis.passages import stem, words
from guides.guide import phrasing
from guides.guide.context import Context, Unit
from guides.guide.families.meaning import FAITH_NAMES
from guides.guide.families.model import Voice
from guides.guide.families.parsing import MAX_QUOTED_QUESTION_WORDS
from guides.guide.quotes import Quote

_NEGATIVE = phrasing._NEGATIVE_VALENCE  # "Do we use community to avoid our own work?" warns


_ASKED_TO_ARGUE = re.compile(
    r"\b(?P<q>(?:if|when|si|cuando)\b[^?]{10,160}?,\s*(?:then\s+|entonces\s+)?"
    r"(?:(?:why|who|what|how)(?:['’]s|\s+(?:would|could|should|will|can|do|does|is|are|else))|"
    r"¿por qué|¿quién|¿qué|¿cómo)\b[^?]{3,80}\?)\s*$",
    re.I,
)
"""A question the author argues by ("... because if telling me the truth costs him the same as getting
caught, then why would anyone ever tell?"): its answer is the point."""


_OTHER_SIDE = re.compile(
    r"\b(?:defen[cs]e|objection|fair hearing|the (?:case|argument) for|other side|they say|people say|"
    r"objeción|defensa)\b",
    re.I,
)


def argued_by_asking(ctx: Context, unit: Unit) -> Quote | None:
    """The question the author argues by, from its condition to its question mark."""
    p = unit.passage
    if p is None or unit.kind != "rhetorical" or p.part != 1:
        return None
    found = _ASKED_TO_ARGUE.search(p.text)
    if found is None or any(m in found.group("q") for m in '“”"«»'):
        return None
    if re.search(r"\b(?:was|were|had|did|fell|went|era|fue|había)\b", found.group("q"), re.I):
        return None  # "If I fell apart, who was going to hoover the stairs?": what the author thought then
    if p.traits & {"concession", "reported"}:
        return None
    before = [q for q in ctx.in_block(p.block) if q.end <= p.start]
    if before and _OTHER_SIDE.search(before[-1].text):
        return None  # "This is the most respectable defence, and it deserves a fair hearing. ... who's to say
        # that's unfair?": the other side's question, which the author goes on to answer
    s = p.start + found.start("q")
    e = p.start + found.end("q")
    if not 8 <= len(words(ctx.article.text[s:e])) <= 30 or ctx.private_between(s, e):
        return None
    return Quote(ctx.article.text[s:e], s, e)


def _argues_by_asking(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return argued_by_asking(ctx, unit) is not None


_OPENING_HEADING = re.compile(
    r"^\W*(?:opening(?: question)?|icebreaker|warm[- ]?up|to (?:start|begin)|getting started|starter|"
    r"para (?:empezar|comenzar)|pregunta (?:inicial|para empezar)|rompehielos)\b",
    re.I,
)


def _under_opening(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first question under a study's own "Opening question" heading: the warm-up its writer chose, for
    anyone to answer (not for a couple only, not a yes or no)."""
    p = unit.passage
    if p is None or p.block == 0:
        return False
    if _BEFORE_READING.match(cues.STUDY_LABEL.sub("", ctx.article.blocks[p.block].text)) and "?" in p.text:
        # "1. Before we read, what did you already know about the parable ...?": the study's warm-up,
        # whatever heading it stands under
        return p.has("open") and not _COUPLE_WORDS.search(p.text)
    if ctx.article.blocks[p.block - 1].kind == "list_item":
        return False
    heading = ctx.article.blocks[p.block - 1].text
    if not _OPENING_HEADING.match(heading) or len(heading.split()) > 6:
        return False
    first = next((q for q in ctx.in_block(p.block) if "?" in q.text), None)
    return first is p and p.has("open") and not _COUPLE_WORDS.search(p.text)


def _faith(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return ctx.faith


def _verse_discussed(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A verse with the author's own comment on it, the comment not merely the verse said again."""
    usage, use = unit.usage, unit.scripture
    if usage is None or use is None or usage.role != "discussed" or usage.comment is None:
        return False
    said = ctx.article.text[usage.comment[0] : usage.comment[1]]
    if re.match(
        r"^\W*(?:(?:now|but|so|and|today|these days|ahora|pero|hoy)\W+)?(?:i|yo|let me|to be clear|déjame)\b",
        said,
        re.I,
    ) and not re.match(
        r"^\W*i (?:noticed|notice|realised|realized|saw|see)\b[^.]*\b(?:verse|word|line)\b", said, re.I
    ):
        return False  # "I don't read it that way anymore": the author on her own reading, not on the verse
    comment = {stem(w) for w in words(ctx.article.text[usage.comment[0] : usage.comment[1]]) if len(w) > 3}
    verse = {
        stem(w)
        for w in words(
            (use.verse_text or "")
            + " "
            + (ctx.article.text[use.quotation[0] : use.quotation[1]] if use.quotation else "")
        )
    }
    if re.match(
        r"^\W*(?:it is|it['’]s) (?:easy|tempting|common) to\b|^\W*(?:we|most of us|many of us|people) "
        r"(?:usually |often |always )?(?:tend to|like to|hear|read|think of|take)\b",
        said,
        re.I,
    ):
        return False  # "It is easy to turn this into a contest ...": the reading the author sets aside
    if re.match(r"^\W*not\b", said, re.I):
        return False  # "Not on the road, while he was teaching": the half the author sets aside
    own = re.sub(r"“[^”]*”|\"[^\"]*\"|«[^»]*»", "", said)
    if re.search(r"\b(?:said|says|asked|told|wrote|dijo)\W*$", own, re.I):
        return False  # "A friend who said": the words after it are someone else's, not a reading
    if ctx.reading.block_role(ctx.block_index(usage.comment[0])) == "answer" and re.match(
        r"^\W*(?:you|your|tú|tu|usted)\b", said, re.I
    ):
        return False  # "You have been answering this matter for two years, alone": to the letter writer
    if re.search(r"[“\"'‘]", said) and re.search(
        r"\b(?:he|she|paul|jesus|it) (?:says|writes|adds)\b", said, re.I
    ):
        return False  # "Three verses later he says, 'For every man shall bear his own burden.'": another
        # verse quoted, not the author's reading of this one
    if re.search(r"\b(?:not|never)\b|n['’]t\b", said, re.I):
        nxt = next((q for q in ctx.reading.passages if q.start >= usage.comment[1]), None)
        if nxt is not None and re.match(
            r"^\W*(?:but\s+)?(?:you|we|it|they)\s+(?:do|does|did|must|have to|has to)\b", nxt.text, re.I
        ):
            return False  # "You don't have to repair before the sun goes down on the tantrum." without "You
            # do have to come back to it before bedtime.": half of what the author says the verse asks
    if re.match(r"^\W*(?:that|this|it)(?:['’]s| is| was)\b", said, re.I) and len(words(said)) < 9:
        return False  # "That's not what the text does": what "that" is, the sentence before says
    if _LEFT_BEHIND.search(said):
        return False  # "We used to read that as a verse about church": a reading the author gave up
    commented = ctx.reading.at(usage.comment[0])
    if commented is not None and commented.has("concession"):
        return False  # "Amos is talking about God and his people, ... But I think the picture still holds":
        # what the verse is granted to mean before the author's own turn
    if not _READS_INTO.search(said):
        return False  # "There's a cake baked on the coals and a jar of water": the story told again
    shared = {w for w in comment & verse if len(w) >= 5}
    if not shared and not _POINTS_AT_VERSE.search(said):
        return False  # "Most couples I know do not fight about money", after a verse set at the top
    if not shared and _other_verse_shares(ctx, use, comment):
        return False  # "He's asking us to shed the weight ...", after Hebrews 10:25, of 12:1's "every
        # weight" quoted earlier in the paragraph: which verse the comment reads is not plain
    return len(comment - verse) >= 3


def _other_verse_shares(ctx: Context, use: ScriptureUse, comment: set[str]) -> bool:
    """Whether another verse quoted in the same paragraph shares the comment's longer words."""
    block = ctx.block_index(use.start)
    for other in ctx.analysis.scripture:
        if other is use or other.quotation is None or ctx.block_index(other.start) != block:
            continue
        quoted = {stem(w) for w in words(ctx.article.text[other.quotation[0] : other.quotation[1]])}
        if {w for w in comment & quoted if len(w) >= 5}:
            return True
    return False


_LEFT_BEHIND = re.compile(
    r"\b(?:used to (?:read|think|hear|take)|were taught|was taught|we thought|i thought|"
    r"most of us (?:were|think|read)|"
    r"people (?:often )?(?:read|take|say)|it is often read|is usually read|solíamos|nos enseñaron|"
    r"we (?:often|usually|tend to) (?:quote|use|read|hear) (?:that|this|the) verse)\b",
    re.IGNORECASE,
)
"""A reading the author reports to move past ("Most of us were taught that a good friend is someone
who makes us feel better"), never the author's reading of the verse."""

_POINTS_AT_VERSE = re.compile(
    r"\b(?:he|she|it|this|that|these|paul|jesus|david|the (?:verse|word|line|passage|text|psalm|proverb|"
    r"writer|apostle|teacher)|wrote|writes|él|ella|lo|esto|este|esta|pablo|jesús|escrib\w+|el versículo|"
    r"la palabra|el texto)\b",
    re.IGNORECASE,
)
"""What points a sentence at the verse before it: the writer, the verse itself, "he", "this"."""


_READS_INTO = re.compile(
    r"\b(?:we|us|our|you|your|means?|meant|shows?|teach(?:es)?|tells? us|reminds?|matters?|point|"
    r"not|no|n['’]t|never|always|every|grace|god|love|learn\w*|nosotros|nos|nuestr\w+|significa|muestra|"
    r"enseña|recuerda|nunca|siempre|dios)\b",
    re.IGNORECASE,
)
"""What a reading of a verse says beyond the verse: to us, what it means or shows, what it is not ("The
word is learned", "God doesn't start with a lecture"); a story told again in the preacher's words says
none."""


def _question_body(unit: Unit) -> str:
    from guides.analysis.cues import STUDY_LABEL

    text = unit.passage.text if unit.passage else ""
    return STUDY_LABEL.sub("", text).strip()


def _open_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or not p.has("open"):
        return False
    asked = cues.STUDY_LABEL.sub("", p.text)
    if _BEFORE_READING.match(asked) or _BEFORE_READING.match(ctx.article.blocks[p.block].text):
        return False  # "Before we read, what did you already know ...?": the warm-up, never after the reading
    return not (_QUIZ.match(asked) and not _PERSONAL.search(asked))


_BEFORE_READING = re.compile(
    r"^\W*(?:\d+\.\s*)?(?:before (?:we|you) (?:read|look at|open)|before reading|antes de leer)\b", re.I
)


_QUIZ = re.compile(
    r"^\W*(?:what|which) (?:animal|name|word|city|town|village|mountain|river|number|colou?r|day|year|month|"
    r"food|job|tribe|country|king|book|gift)\b|^\W*how (?:many|much|old|long)\b|"
    r"^\W*what does the (?:name|word) \S+ mean\b|^\W*who (?:was|were|wrote|said)\b|"
    r"^\W*what (?:was|is|were|are) the (?:names?|number|age|town|city) of\b|"
    # "What did Abram say to Lot in verse 8?": the verse says
    r"^\W*(?:what|who|where|when|how) (?:did|does|do|was|were|is|are)\b[^?]{0,60}\b(?:in|of) "
    r"(?:verses?|v\.|vv\.)\s?\d+\W*\??$|"
    r"^\W*where (?:did|was|were)\b|"
    r"^\W*what is an? [a-z]+\W*(?:,|\?)|"
    # "What kind of ring did the rich man wear?": one word the passage gives ("gold")
    r"^\W*what (?:kind|sort|colou?r) of \w+ (?:did|does|do|was|were) [^?]{0,40}\b(?:wear|wore|have|had|carry|"
    r"eat|ate|drink|use|bring)\W*\?$|"
    # "What did Jesus sleep on?", "What did Abraham give the visitors to eat?": one thing the story names
    r"^\W*(?:what|whom?) did (?-i:[A-Z])[a-z]+ "
    r"(?!(?:mean|think|feel|want|hope|fear|expect|learn|need|believe|notice|see in|understand)\b)"
    r"(?:[a-z]+ ){0,4}[a-z]+\W*\?$|"
    r"^\W*¿?\s*(?:qué (?:animal|nombre|palabra|ciudad|monte)|cuánt[oa]s|quién (?:era|fue|dijo|escribió))\b",
    re.I,
)
"""A study's question with one right answer in the text ("What animal does the older brother say his father
never gave him?", "What does the name Didymus mean?"): a quiz, not a discussion."""


_COGNITIVE = re.compile(
    r"^\W*(?:do|does|did|would|could)\s+(?:you|we)\s+(?:really\s+)?(?:believe|think|know|suppose|imagine|"
    r"realise|realize|feel that|remember)\b|^\W*(?:crees|piensas|sabes)\b",
    re.I,
)


def _yes_no_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The author's yes/no question about what the reader does ("Can your partner trust you to listen?"),
    not about what they believe (a question set up to be corrected: "Do you believe forgiving means ...?")."""
    p = unit.passage
    if p is None or not p.has("yes_no") or len(words(p.text)) > MAX_QUOTED_QUESTION_WORDS:
        return False
    asked = next((q for q in ctx.analysis.questions if p.start <= q.start < p.end), None)
    said = asked.text if asked is not None else p.text
    if re.search(r",\s*(?:or|o)\s+\w+[^,]*\?\s*$", said, re.I):
        return False  # "Is your soul quiet, or only tired?": a choice of two, which nobody answers "yes"
    speaker = re.match(
        r"^\W*([A-Z][a-z]+)\b[^:?]{0,60}\b(?:asks?|asked|answers?|answered|replies|replied|says|said)"
        r"\b[^:?]{0,30}:",
        p.text,
    )
    if speaker is not None and speaker.group(1) in ctx.named_words:
        return False  # "Elisha answers with a sharp question: would you kill prisoners ...?": his, not ours
    after = [q for q in ctx.in_block(p.block) if q.start >= p.end][:1]
    if after and re.match(r"^\W*(?:because|porque)\b", after[0].text, re.I):
        return False  # "Has anyone noticed you're running on empty? Because Jesus has.": answered at once
    if re.match(r"^\W*(?:and\s+|but\s+)?if\b[^?]*,\s*(?:who|what|where|when|why|how|which)\b", said, re.I):
        return False  # "And if you're the one with the cloak, who's been asking ...?": a "who", not a yes
    if re.match(
        r"^\W*(?:can|may|could|shall) i (?:tell|show|ask|read|share)\b|"
        r"^\W*(?:¿)?(?:puedo|les cuento|te cuento)\b",
        said,
        re.I,
    ):
        return False  # "Can I tell you about Mr Okoro?": the speaker asking leave to go on, not the reader
    return not _COGNITIVE.match(said)


_COUPLE_WORDS = re.compile(
    r"\b(?:the two of you|each other|one another|your (?:partner|spouse|husband|wife)|ustedes dos|los dos|"
    r"el uno al otro|tu pareja|tu cónyuge)\b",
    re.I,
)


def _fits_voice(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A printed question short enough to ask, and, for a group, not written for a couple (nor one of
    the questions the author offers partners to ask each other)."""
    body = _question_body(unit)
    for_couples = _COUPLE_WORDS.search(body) and not re.search(
        r"\b(?:our group|the group|us|we)\b", body, re.I
    )
    if voice == "group" and (for_couples or _offered(ctx, unit) or _under_a_couples_heading(ctx, unit)):
        return False  # ("How could our group help one another ...?" is the group's own)
    if (
        voice == "group"
        and re.search(r"\b(?:we|our|us|nosotros|nuestr[oa]s?)\b", body, re.I)
        and not re.search(r"\b(?:our group|the group|our church|nuestro grupo)\b", body, re.I)
        and ctx.domain in ("marriage", "parenting")
        and not _EVERYONE_WE.search(body)
    ):
        return False  # "What do we want our own kids to remember?": a household's own question, not a room's
    p = unit.passage
    if p is not None and len(body.split()) < 4:
        asked_beside = [q for q in ctx.in_block(p.block) if q.role == "study_question" and q.start != p.start]
        if p.has("in_list") or len(asked_beside) >= 2:
            return False  # "Who worried? Who spent?": one prompt of a run, cut from its setup and the others
    return "?" in body and len(body.split()) <= 30


_EVERYONE_WE = re.compile(
    r"\bin our (?:own )?lives\b|\b(?:all|most|many) of us\b|\bwe all\b|\ben nuestras (?:propias )?vidas\b",
    re.I,
)
"""A "we" that is everyone's ("How can we tell, in our own lives, whether we're appealing or grumbling?"),
not a household's ("What do we want our own kids to remember?")."""


_FOR_COUPLES_HEADING = re.compile(
    r"\b(?:for (?:the )?(?:two of you|couples?|you two|husbands and wives)|together as a couple|"
    r"para (?:los dos|ustedes dos|la pareja|parejas))\b",
    re.I,
)


def _under_a_couples_heading(ctx: Context, unit: Unit) -> bool:
    """Whether a printed question stands under a heading that gives it to couples ("For the two of you"):
    what "our marriage" and "us" mean there, a room of people does not share."""
    for index in range(unit.block - 1, -1, -1):
        block = ctx.article.blocks[index]
        short_line = len(block.text.split()) <= 6 and not block.text.rstrip().endswith((".", "?", "!"))
        if block.kind == "heading" or ctx.reading.block_role(index) == "headline" or short_line:
            return bool(_FOR_COUPLES_HEADING.search(block.text))
    return False


_LEANS_BACK = re.compile(
    r"\b(?:you|we|they|he|she|i|tú|ustedes)\s+(?:did|do|does|had|have|can|could|would|will|should)\s*\?$|"
    r"\b(?:do|did|does) (?:so|that|this|it)\s*\?$|\b(?:then|instead|too|again)\s*\?$",
    re.I,
)


_PERSONAL = re.compile(r"\b(?:you|your|yours|we|our|us|tú|tu|te|ti|ustedes|su|nosotros|nuestr[oa]s?)\b", re.I)


def _offered(ctx: Context, unit: Unit) -> bool:
    return any(u.questions and any(s <= unit.start < e for s, e in u.items) for u in ctx.reading.lists)


def _question_list(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return unit.list_unit is not None and unit.list_unit.questions


_ASKED_OPINION = re.compile(
    r"\b(?:do|would|did|can|could) (?:you|we) (?:suppose|think|imagine|reckon|say|guess|notice|see)\b|"
    r"\b(?:crees|piensas|te parece|imaginas)\b",
    re.I,
)
"""What asks for the readers' reading of the text, not their lives: "What risks do you think the five
sisters took ...?" is about the sisters."""


def _personal_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A printed question about the readers' own lives (the other printed family asks about the text),
    with the question before it in the paragraph that it is asked with ("Is there a situation in your
    family ...? What would it look like to raise it ...?")."""
    body = _question_body(unit)
    p = unit.passage
    if p is not None:
        before = [q for q in ctx.in_block(p.block) if q.end <= p.start]
        if before and before[-1].text.rstrip().endswith("?") and len(words(before[-1].text)) <= 24:
            body = before[-1].text + " " + body
    if _FAVOURITE.match(body):
        return False  # "What is your favourite verse in this psalm?": a poll, no step to take
    return bool(_PERSONAL.search(_ASKED_OPINION.sub("", body)))


_FAVOURITE = re.compile(
    r"^\W*(?:\d+\.\s*)?(?:what|which) (?:is|was|are|were) your (?:favou?rite|best-loved)\b|"
    r"^\W*¿?\s*cu[aá]l es tu (?:vers[íi]culo|parte) favorit[oa]\b",
    re.IGNORECASE,
)


def _about_the_text(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return not _personal_question(ctx, unit, voice) and not _FAVOURITE.match(_question_body(unit))


_ANSWERED = re.compile(
    r"^\W*(?:(?:one|another|the)\s+(?:\w+\s+)?"
    r"(?:way to (?:hold|see|read|answer|think about)|answer|reason)\b|"
    r"because\b|the short answer\b|una (?:forma|manera) de\b|porque\b)",
    re.IGNORECASE,
)
"""How the author's answer to their own question begins ("One helpful way to hold this is ...")."""

_ONLY_A_PLACE = re.compile(
    r"^\W*(?:in|on|at|for|with|after|before|of|to)\b"
    r"(?![^?]*\b(?:what|which|whom|whose|how|when|where|why|who|is|are|was|were|do|does|did|can|could|would|"
    r"will|should|have|has)\b)",
    re.IGNORECASE,
)
"""A question that is only a phrase of place or person, with no question word or verb of its own."""

_ASKS = re.compile(
    r"^\W*(?:is|are|was|were|am|do|does|did|can|could|would|will|have|has|had|should|shall|may|might|must|"
    r"what|how|why|when|where|who|whom|whose|which|if|suppose|isn['’]t|aren['’]t|wasn['’]t|don['’]t|doesn['’]t|"
    r"didn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|haven['’]t|hasn['’]t|shouldn['’]t|"
    r"and|but|so|or|then|now|in|on|at|for|with|after|before|of|to)\b",
    re.I,
)
"""How a question that stands alone opens: on a question word or an auxiliary (or a joining word before
one), never on a noun alone ("Company in the evenings ...?")."""


_ASKS_OF_THEM = re.compile(
    r"^\W*(?:what|how|why|where|when|which)\s+(?:do|does|did|can|could|would|will|is|are|was|were)\s+"
    r"(?:they|these|those|it|this|that|them)\b",
    re.I,
)
"""A question about what the sentence before names ("Read Proverbs 15:1 and Romans 12:17-21 ... What do they
add to your understanding ...?")."""


def _stands_alone(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None:
        return False
    asked = next((q for q in ctx.analysis.questions if p.start <= q.start < p.end), None)
    body = asked.text if asked is not None else p.text
    body = re.sub(r"^(?:so|and|but|then|y|pero|entonces)\b,?\s*", "", body, flags=re.I)
    if _LEANS_BACK.search(body) or _ASKS_OF_THEM.match(body):
        return False  # "What would change if you did?", "What do they add to ...?": the sentence before says
    asked_of = re.sub(r"\b(?:do|would|did|can) you (?:suppose|think|imagine|reckon)\b", "", body, flags=re.I)
    if re.search(r"\b(?:he|she|he['’]s|she['’]s|his|him)\b", body, re.I) and not re.search(
        r"\b(?:you|your|we|our|us|tú|tu|nosotros)\b", asked_of, re.I
    ):
        return False  # "What do you suppose he's like when ...": about someone in the story, not the reader
    if ctx.reading.block_role(p.block) == "answer":
        return False  # the columnist asking the letter writer, or giving questions for them to ask
    if re.search(r"\b(?:were|was|did|had)\s+(?:we|i)\b", body, re.I):
        return False  # "What were we saving those weekends for?": the author asking of their own past
    if re.search(r"\b(?:we|i|our|my|us|me)\b", body, re.I) and not re.search(r"\b(?:you|your)\b", body, re.I):
        before = [q for q in ctx.in_block(p.block) if q.end <= p.start]
        if before and before[-1].role in ("example", "claim") and cues.is_past(before[-1].text):
            # "What was missing was verbs. What would we actually be doing?": what the author and
            # their spouse asked themselves then, told as part of the story
            return False
    if ctx.language == "en" and not _ASKS.match(body):
        return False  # "Company in the evenings while you're at your choir practice?": one example of a run
    named = [w for w in re.findall(r"(?<=\s)[A-Z][a-z]+\b", body) if w in ctx.named_words]
    if named and not set(named) <= FAITH_NAMES and re.search(r"\byou\b", body, re.I):
        return False  # "How did you pray when Baba lost his job?": one of the questions to ask a parent,
        # about someone of the article's, not the reader's
    after = [q for q in ctx.in_block(p.block) if q.start >= p.end][:1]
    if after and not after[0].text.rstrip().endswith("?") and len(words(after[0].text)) <= 5:
        return False  # "Where shall we eat after church? Wherever you want.": an exchange the author recalls
    if after and _ANSWERED.match(after[0].text):
        return False  # "... why have some of us been praying about the same thing for twenty years? One
        # helpful way to hold this is ...": a question the author goes on to answer
    if ctx.language == "en" and _ONLY_A_PLACE.match(body):
        return False  # "To you on the way out last Sunday, with their hand on the door?": one of a run of
        # questions, the verb in the one before
    return len(words(body)) >= 6 and not phrasing.dangles(body.split("?")[0])


def _hopeful_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    return p is not None and not _NEGATIVE.search(p.text) and _stands_alone(ctx, unit, voice)


def _warning_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    return p is not None and bool(_NEGATIVE.search(p.text)) and _stands_alone(ctx, unit, voice)


_MUTUAL = re.compile(
    r"\b(?:each other|one another|(?:we|you two) (?:\w+ )?ask|ask your (?:spouse|husband|wife|partner)|"
    r"el uno al otro|nos pregunt\w*|pregúntense)\b",
    re.I,
)


def _offered_to_each_other(ctx: Context, unit: Unit) -> bool:
    """Whether the question the author offers is for the readers to ask each other ("a question, which we
    ask on Sunday evenings"), rather than to ask someone else (a teenager, a friend at church)."""
    p = unit.passage
    if p is None:
        return False
    asked = ctx.article.text[unit.start : unit.end]
    if re.search(r"\b(?:we|us|our|ourselves|nosotros|nuestr[oa]s?)\b", asked, re.I):
        return True  # "What kind of people do we want to be while we don't know?": for us to ask ourselves
    return bool(_MUTUAL.search(ctx.article.text[p.start : unit.start]))


def _offered_between_us(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return unit.kind == "offered" and _offered_to_each_other(ctx, unit)


def _offered_to_others(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return unit.kind == "offered" and not _offered_to_each_other(ctx, unit)


def _objection_taken_up(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """An objection the author takes up and answers (:func:`guides.guide.objections.objections`)."""
    return unit.kind == "objection"


def _words_to_say(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """Words the author offers readers to say (:func:`guides.guide.offered.offered_words`)."""
    return unit.kind == "words"
