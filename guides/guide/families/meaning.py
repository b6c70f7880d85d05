"""What the author means: a question on one of the author's central sentences, quoted whole.

The families that stand on the argument ask about its shape (a thesis to weigh, a difference, a view
argued against, a picture). Many of an author's central sentences have none of those shapes ("A marriage
with one voice in it isn't a happy marriage" is a contrast, but "Your job is to get them to Jesus" is
not), and an article whose argument is told in plain sentences was left with two or three questions.
``claim_meant`` asks what the author means by such a sentence, as careful guides do ("What do you think
the author means by ...?"), on the most central sentences only, and never on one that leans on the
sentence before it, tells a step of a story, or is someone else's view. ``claim_apply`` takes the same
sentences into the week when the article offers no step of its own.
"""

from __future__ import annotations

import re

from guides.analysis.advice import imperative_verb
from guides.analysis.argument import CLEFT
from guides.analysis.cues import ABOUT_THE_PAGE, POINTING_SUBJECT, READING_OF_TEXT, is_past
from guides.analysis.passages import words
from guides.guide.context import Context, Unit
from guides.guide.families.claims import _LITOTES, FINITE, _a_name_in_the_story, _plain_claim
from guides.guide.families.model import Voice
from guides.guide.families.parsing import ALL_OF_THAT, NOT_TO
from guides.guide.quotes import Quote, tidy

FAITH_NAMES = frozenset("God Jesus Christ Lord Spirit Scripture Bible Dios Jesús Cristo Señor Biblia".split())
"""Names that are never a person of the article's story ("Jesus", "the Bible")."""

MIN_STRENGTH = 0.45
"""How central a sentence must be (the most central is 1) for its meaning to be asked about."""

_STORY_OR_SETUP = re.compile(
    r"\b(?:I|I['’]m|I['’]ve|I['’]d|my|me|he|she|him|her|his|hers)\b|\d|o['’]clock|\b(?:once|twice) a\b|\*|"
    r"(?i:\b(?:a third|a quarter|half of|percent|per cent|hundred|thousand|million|twenty|thirty|forty|"
    r"fifty)\b|"
    r"^\W*(?:if|when|once|after|before|just|for (?:some|the rest|those|most) of|first|second|third|"
    r"next|finally|like a lot of|specifically|something|ten|one)\b|"
    r"\b(?:it|them|each of us|both of us|the two of us|"
    r"our (?:house|home|family|kids|children|parents|mum|mom|dad|mother|father|son|daughter))\b|"
    r"^\W*(?:the|most|some|one|other) (?:\w+ ){0,3}(?:says?|claims?|insists?|tells us)\b|"
    r"^\W*the (?:first|second|third|fourth|fifth|last|final|next)\b|\b(?:is|are|was|were|do|does)\W*$|"
    r"\bin (?:this|the|that) (?:story|parable|passage|chapter|text|psalm|letter)\b|"
    r"\bthat (?:list|story|verse|line)\b|\b(?:to|with|about|of|for|on) (?:that|this|it|them)\W*$|"
    r"\b(?:say|do|see|said|did|saw) (?:that|this|it)\s*[,;]|\b\w+ years on\b|\bwe (?:still|now)\b|"
    r"\bour (?:oldest|youngest|eldest|middle one)\b|^\W*as if\b|"
    r"^\W*(?:the|this) (?:story|parable|passage|chapter|psalm|verse|text|scene)\b|"
    r"\b(?:is|are|isn['’]t|aren['’]t) (?:just |only )?(?:told|commanded|asked|called|warned) to\b)",
)
"""The author's own story or household ("my daughter Priya", "I apply it to ...", "Each of us calls our own
parents"), someone in a story ("she"), a figure ("twenty-four evenings a year"), a sentence that sets up
another ("If you're about to move, ...", "First, ..."), one whose "it" is in the sentence before ("Calling it
one does harm"), or a view set out to be answered ("The other camp says ...")."""

_LEANS = re.compile(
    r"^\W*(?:(?:sometimes|often|usually|still|even then|a veces),?\s+)?"
    r"(?:but|and|so|or|yet|because|it|its|it['’]s|this|that|that['’]s|these|those|they|they['’]re|their|"
    r"he|she|his|her|then|now|here|there|which|such|pero|y|así que|eso|esto|ellos|ellas|él|ella)\b",
    re.I,
)
"""An opening that leans on the sentence before ("But it isn't what families do.", "Sometimes they're
what will keep you upright", "Its job is to push back against the wind")."""


_LABEL_FOR_WHAT_FOLLOWS = re.compile(
    r"^\W*(?:about|as for|regarding|concerning|acerca de|en cuanto a)\s+(?:the|your|my|this|that|el|la|tu)\b",
    re.I,
)


def meant(ctx: Context, unit: Unit) -> Quote | None:
    """The sentence whose meaning is asked about, whole and tidied; None when it is not one to ask."""
    p = unit.passage
    if p is None or p.role != "claim" or p.traits & {"in_list", "reported", "point", "opposed_view"}:
        return None
    block, at = ctx.place_in_block(p)
    if at and block[at - 1].text.rstrip().rstrip("”\"’'»)").endswith("?"):
        return None  # "Almost nobody, because ...": the answer to the question before it
    if ctx.reading.block_role(p.block) not in ("body", "answer") or unit.strength < MIN_STRENGTH:
        return None
    s, e = tidy(ctx.article.text, p.start, p.end, cut=False)
    text = ctx.article.text[s:e]
    if not 7 <= len(words(text)) <= 24 or any(m in text for m in '“”"«»?:;()') or not text[:1].isupper():
        return None  # (a clause cut from its sentence: "means the tongue isn't really the problem")
    if _LEANS.match(text) or ALL_OF_THAT.match(text) or NOT_TO.match(text) or READING_OF_TEXT.match(text):
        return None
    if is_past(text) or _STORY_OR_SETUP.search(text):
        return None  # "It was the hundredth crossing", "Luke tells us ...", "We sat on the stairs ..."
    if _LABEL_FOR_WHAT_FOLLOWS.match(text):
        return None  # "About the fear that the group will fold.": a columnist's label for what comes next
    if not FINITE.search(_RELATIVE.sub(" ", text)) or imperative_verb(text, ctx.language) is not None:
        # "Birthdays, anniversaries, the first Christmas", "At church, at the place where faith is strong":
        # a list, its only verb in a relative clause; "Do it for a month": counsel
        return None
    names = {w for w in re.findall(r"\b[A-Z][a-z]+\b", text[1:]) if w in ctx.named_words} - FAITH_NAMES
    if _a_name_in_the_story(ctx, text) or names:
        return None  # "Jesus never tells Martha to stop cooking": the story's, asked about as the text
    if ctx.private_between(s, e) or ctx.touches_scripture(s, e):
        return None
    if re.search(
        r"\b(?:isn['’]t|is not|wasn['’]t|was not|doesn['’]t|does not) (?:saying|telling|asking|suggesting)\b",
        text,
    ):
        return None  # "Jesus isn't saying you can never have your friends over": a reading set aside
    if _LITOTES.search(text):
        return None  # "An invitation after six years of silence is not a small thing": nothing to take home
    nxt = block[at + 1] if at is not None and at + 1 < len(block) else None
    if (
        nxt is not None
        and re.search(r"\b(?:isn['’]t|is not|wasn['’]t|was not|aren['’]t|are not)\b", text)
        and re.match(r"^\W*(?:it|that|this)(?:['’]s| is| was)\b", nxt.text, re.I)
    ):
        return None  # "The question that matters most isn't whether you ever shout. It's what happens in the
        # hour after you do.": what it means, the next sentence says (a quiz, asked alone)
    if p.has("concession") or ctx.once("claim ends", lambda: _claim_ends(ctx)).get(p.start, p.end) > p.end:
        # "Most of us at eighty-five could not say that, and ...": granted; "The cure ... is not first of
        # all a better time-management system. It is other people.": half of a pair, asked as the pair
        return None
    return Quote(text, s, e)


def _claim_ends(ctx: Context) -> dict[int, int]:
    """Where the longest of the argument's claims that start at each offset ends (read once per article:
    every sentence asked about looked through all of them)."""
    ends: dict[int, int] = {}
    for k in ctx.reading.claims:
        ends[k.start] = max(ends.get(k.start, k.end), k.end)
    return ends


_SOMEONES = re.compile(
    r"^\W*(?:[A-Z]\.|(?:Jesus|God|Paul|Peter|Moses|David|Christ|Jes[úu]s|Dios|Pablo))(?:\s|$)"
)
"""A claim about someone ("K. comes to us ...", "Jesus does not say ..."): what they did or said, not a
step for anyone's week."""


_RELATIVE = re.compile(
    r"\b(?:who|that|which|where|whose|whom)\b.*?(?=\b(?:is|are|was|were|isn['’]t|aren['’]t|doesn['’]t|don['’]t|"
    r"can|can['’]t|will|won['’]t|must|needs?|means|makes|takes|becomes|has|have)\b|[,;]|$)",
    re.I,
)
"""A relative clause, up to where the sentence's own verb may begin: what is left of "A friend who keeps
circling the same bad decision" has no verb, so it claims nothing."""


def _claim_for_anyone(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A claim anyone could take to heart this week: not the author's own arrangement ("K. comes to us, and
    only to us, on the same weekend every month"), not about someone the article names, not a picture."""
    found = meant(ctx, unit)
    if found is None:
        return False
    said = found.text
    if _SOMEONES.match(said) or re.search(
        r"\b(?:us|our|we|i|my|me|nosotros|nuestr[oa]s?|mi|yo)\b", said, re.I
    ):
        return False
    main = _RELATIVE.sub("", said)
    if ctx.language == "en" and not FINITE.search(main):
        return False  # "A well in the wilderness, where somebody finally gets called by name": no claim
    if ABOUT_THE_PAGE.search(said):
        return False  # "Anyone who has read this blog for more than a week knows about the renovation"
    if POINTING_SUBJECT.match(said) and not CLEFT.match(said):
        return False  # "From the road this does not look like much": what "this" is, the reader lacks
    first = re.match(r"^\W*([A-Z][a-z]+)\b", said)
    if first is not None and first.group(1) in ctx.named_words:
        return False  # "Hagar, the woman whose name nobody used, gives God a name"
    p = unit.passage
    return not (p is not None and p.has("figurative"))  # ("Gossip, in this picture, is false, or mean")


def _claim_meant(ctx: Context, unit: Unit, voice: Voice) -> bool:
    # (the sentence's own tests first: most sentences are not central enough, and _plain_claim looks at
    # every verse the article cites)
    return meant(ctx, unit) is not None and _plain_claim(ctx, unit, voice)
