"""The argument's spine: which of the author's claims carry the article.

A leader who prepares a session underlines a handful of sentences: "Change is coming, but it comes
after the welcome, not as the price of it"; "Rest is a practice, not a switch"; "The real enemy is
the quiet drift into two separate lives". Those are what the discussion should stand on, not the
sentence that happens to hold the most theme words, and not a detail of a story.

This module weighs every claim of the reading stage by what marks a key claim in devotional, sermon
and advice writing: it is set against what it is not (a contrast or a correction), it speaks in
general ("Grace doesn't make us careless", "We ..."), it states a point under a heading, and its
words come back across the article (how far its stems recur, weighted by how rare they are). A story
told in the past tense, a quotation, a sentence that leans on the one before it without saying what
it means, and the author's aside about themselves weigh less. At most one key claim is taken from a
paragraph, so the spine runs across the article.

Written here rather than taken from a library: extractive summarisers (TextRank and its kin) rank by
word overlap alone, so a story's sentences, full of the article's names, outrank its point; the marks
that matter here are the reading stage's roles and the shapes of a claim. Deterministic and offline.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from guides.analysis import cues
from guides.analysis.passages import is_content_word, stem, words
from guides.analysis.reported import reported_views
from guides.analysis.standing import (
    BACKGROUND,
    ENDS_ON_IT,
    LOOKS_BACK,
    NOT_A_CLAIM,
    ONE_OF_THEM,
    OUR_ROUTINE,
    STILL_THERE,
    THAT_IS_THE,
    TO_THE_ROOM,
    WHAT_WAS_LEARNED,
    is_scene,
)

KeyShape = Literal["contrast", "general", "point"]

_CONTRAST = re.compile(
    r"\b(?=[acdeimnrstw])(?:not\b[^.;:]*\bbut\b|"
    r"(?:doesn['’]t|isn['’]t|aren['’]t|don['’]t|is not|are not|does not|do not)\b"
    r"[^.;:]*;\s*(?:it|they|we|he|she)\b|"
    r"rather than\b|instead of\b|more than\b(?! (?:he|she|they|we|i|you|anyone|most of us) (?:\w+ )?"
    r"(?:realised|realized|thought|knew|expected|imagined|let on|admits?|admitted|think|know|expect)\b)|"
    r"comes? (?:first|before|after)\b|"
    r"the (?:real|true) (?:\w+ )?(?:is|enemy|problem|question|issue|danger|point|work|test|gift)\b|"
    r"(?:is|are|was)(?: not|n['’]t) (?:the|a|an|about|what|how|why|where|when|only|just|simply)\b|"
    r"no es\b|sino\b|en lugar de\b|más que\b)|"
    r",\s*not\s+(?:as|a|an|the|by|in|to|for|with|about|from|because)\b|"
    r",\s*not\s+\w+(?:\s+\w+){0,3}\W*$",
    re.IGNORECASE,
)
"""A claim set against what it is not: "Rest is a practice, not a switch", "It doesn't make us
careless; it makes us generous", "The real enemy is the quiet drift"."""

_GENERAL_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so|y|pero|así que)\s+)?(?:"
    r"we|us|our|every|most|real|true|good|all of us|"
    r"love|grace|marriage|trust|faith|hope|rest|money|kindness|forgiveness|anger|prayer|worry|gratitude|"
    r"friendship|grief|change|peace|joy|fear|shame|honesty|patience|listening|hospitality|generosity|"
    r"children|kids|teenagers|parents|couples|families|friends|marriages|people|"
    r"that['’]s (?:what|why|how)|this is (?:what|why|how)|here['’]s the thing|what \w+ (?:needs?|wants?)|"
    r"the (?:gospel|church|point|truth|welcome|difference|problem|answer|goal|question|work|habit)|"
    r"nosotros|todos|el amor|la gracia|el matrimonio|la confianza|la fe|la esperanza|el perdón|"
    r"la paz|el descanso|escuchar|perdonar|amar|la unidad"
    r")\b",
    re.IGNORECASE,
)
"""A claim that speaks in general: about "we", about love or grace, "That's what grace does"."""

_LEANS_BACK = re.compile(
    r"^\W*(?:(?:and|but|so|y|pero|at the same time|even so|still|yet),?\s+)?"
    r"(?:it|its|their|this|that|these|those|they|he|she|there|such|not|just|the two|both|esto|eso|ello|"
    r"no (?:para|porque)|solo|"
    r"the (?:first|second|third|other|next|last|same|former|latter|one)|el (?:primero|segundo|otro|último))\b"
    r"(?!['’]s (?:what|why|how)\b)(?! is (?:what|why|how)\b)"
    r"(?!(?:['’]s| is) (?:easy|easier|hard|harder|tempting|natural|possible|important|worth|true|good|"
    r"wise)\b)",
    re.IGNORECASE,
)
"""A sentence that leans on the one before: "It doesn't make us careless; it makes us generous."."""

CLEFT = re.compile(r"^\W*it(?:['’]s| is| was)(?: not|n['’]t) (?:[\w'’-]+ ){1,6}(?:that|who) \w", re.I)
"""A cleft, whose "it" points forward, not back: "It is not the hours of scrolling that do the damage."."""

FRAMED = re.compile(
    r"^\W*(?:but\s+)?(?:here(?:['’]s| is) (?:what|the thing)[^:]*|the (?:point|truth) is|"
    r"the (?:first|second|third|fourth|fifth|last|final|next|other) (?:thing )?is|"
    r"i want (?:you )?to (?:say|know|tell you)[^:]*|"
    r"i(?:['’]d| would) like to suggest|i want to suggest|let me suggest|i['’]m suggesting|"
    r"(?:i think )?it (?:helps|is worth|['’]s worth|matters) (?:to say|saying|remembering|to remember))"
    r"\s*:?\s*(?:that\s+)?",
    re.IGNORECASE,
)
"""The frame an author puts round a claim ("Here's what I've come to believe ...: the word sorry is not
the apology"): the claim is what follows it."""

_ABOUT_THE_TEXT = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:this|it|that)(?:['’]s| is| was)(?: not| n['’]t)? (?:just |only |really )?"
    r"(?:a|an|the)\s+(?:\w+\s+){0,2}(?:story|song|passage|chapter|verse|text|psalm|parable|book|letter|"
    r"sermon|poem)\b",
    re.IGNORECASE,
)

_THE_TEXT = re.compile(
    r"\b(?:the|this|that) (?:whole |entire )?"
    r"(?:story|passage|psalm|parable|chapter|verse|text|song|sermon)\b|"
    r"\b(?:describes|tells us|writes)\b|\b(?:doesn['’]t|does not|didn['’]t|did not) say\b|"
    r"\b\d{1,3}:\d{1,3}\b",
    re.IGNORECASE,
)
"""A sentence about the text being read ("The story is about the father", "In the green pasture David
describes the shepherd"): a reading of it, which the guide asks about as such, not a claim to weigh."""

_QUOTED = re.compile(r"“[^”]{1,80}”|\"[^\"]{1,80}\"")
"""Words quoted inside a claim ("encouragement that can't ever hear “I can't”"): someone else's, so their
"I" is not the author's."""

SHORT_QUOTE = re.compile(r"(?<=\w )(?:“[^”]{1,16}”|\"[^\"]{1,16}\")(?= \w)")
"""A few words quoted in the middle of the author's sentence."""

KEY_WEIGHT = 0.55
"""The weight from which a claim counts as one the argument turns on."""

FEW_KEYS = 2
QUIET_KEY_WEIGHT = 0.4
"""When fewer than :data:`FEW_KEYS` claims reach :data:`KEY_WEIGHT`, claims from this weight fill up to
that many: an essay that argues through a story still has an argument."""

_NEGATED = re.compile(
    r"\b(?:not|never|no longer|isn['’]t|aren['’]t|wasn['’]t|didn['’]t|doesn['’]t|don['’]t)\b", re.I
)

STRONG_WEIGHT = 0.3
"""What one of the reading's marks of a strong statement (a thesis, a definition, a correction ...) adds."""

STRONG_TRAITS = frozenset(
    {
        "thesis",
        "definition",
        "correction",
        "more_than",
        "opposed_view",
        "thesis_cue",
        "antithesis",
        "restated",
    }
)


@dataclass(frozen=True)
class KeyClaim:
    """One of the claims that carry the article, with what makes it one."""

    start: int
    end: int
    """The claim's sentence."""
    weight: float
    shape: KeyShape
    """Set against what it is not ("contrast"), a general claim ("general"), a point's heading ("point")."""
    lead: int | None = None
    """Where the sentence it leans on starts, when it opens on "It" or "This" ("That's what grace does
    when it really lands. It doesn't make us careless; ..."): quote from there to make sense."""
    leans: bool = False
    """It opens on "It" or "This" with nothing quotable before it to say what that is."""


class _Claim(Protocol):
    """What :func:`key_claims` reads of a passage: the reading stage's ``Passage`` (a protocol, so that
    this module does not import the reading stage, which calls it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def block(self) -> int: ...
    @property
    def traits(self) -> frozenset[str]: ...
    @property
    def usable(self) -> bool: ...


_UNFINISHED = re.compile(
    r"\b(?:learned|learnt|learning|is|are|was|were|has|have|had|means|become|becomes|became|to|of|that|"
    r"the|a|an|and|but|or|with|for|from|by|about|into)$",
    re.IGNORECASE,
)
"""A clause cut at a comma before its end ("It is one that has learned")."""

_PUT_RIGHT = re.compile(r"^\W*(?:it|they|this)(?:['’]s| is| was| are| were) (?:that|about|because)\b", re.I)
"""How the sentence that puts a denial right opens ("The problem usually isn't that they won't talk.
It's that we keep scheduling the conversation for when it suits us.")."""


_RENAMED = re.compile(
    r"^\W*(?:it|they)(?:['’]s|['’]re| is| are| was| were)\s+"
    r"(?!not\b|n['’]t\b|\w+ed\b|(?:found|made|given|done|seen|known|taken|built|kept|bound)\b)",
    re.I,
)
"""A denial put right by naming what the thing is ("... isn't encouragement. It's pressure with a smile
on.")."""


LEAD_IN = re.compile(
    r"^\W*here['’]s the (?:(?:trouble|problem|danger|thing|catch) with|thing I want to say)\b[^:]*$|"
    # "We're not experts, but here's what has changed.": what follows is the claim
    r"^[^.:]{0,60}?\bhere['’]s (?:what|how|why) [^.:]{0,40}[.!]?\s*$|"
    # "But I know now what the walk is for.": the next sentences say what it is for
    r"^\W*(?:(?:but|and|so)\s+)?(?:now\s+)?(?:I|we) (?:know|understand|see|can see)(?: now)? "
    r"(?:what|why|how) [^.:,;]{0,40}[.!]?\s*$",
    re.I,
)
"""A line that only announces what the next sentence says ("Here's the trouble with the sideways prayer in
a marriage.", "Here's the thing I want to say carefully.", "But I know now what the walk is for.")."""

SAYING = re.compile(
    r",\s*(?:he|she|they|my \w+|[A-Z][a-z]+) (?:used to say|would say|always said|liked to say|says|said)\s*,"
)
"""Someone's saying told in the author's sentence ("Cows, he used to say, do not know it is Christmas.")."""

_COPULA_DENIED = re.compile(r"\b(?:is|are|was|were)(?:n['’]t| not)\b", re.I)
"""A denial of what a thing is ("... isn't encouragement"), which "It's pressure with a smile on" puts right
(never "Paul's list of what love does and doesn't do is read at weddings ... It is lovely.")."""

_IT_IS_WHAT = re.compile(r"^\W*(?:it|they)(?:['’]s| is|['’]re| are) (?:what|how|where|when)\b", re.I)
"""A denial put right by saying what the thing is instead ("... isn't a reward for finally being chosen.
It's what became possible when she stopped waiting")."""


def _repeats_the_denied_verb(denial: str, following: str) -> bool:
    """ "God does not start with a rebuke. He starts with bread": the verb denied, said again."""
    match = re.search(r"(?:\bnot|\bnever|n['’]t)\s+(\w{3,})", denial, re.I)
    if match is None:
        return False
    verb = match.group(1).lower()
    return bool(re.search(rf"\b{re.escape(verb)}(?:s|es|ed)?\b", following, re.I))


def key_claims(
    weighed: Sequence[KeyClaim], passages: Sequence[_Claim], *, limit: int = 6
) -> tuple[KeyClaim, ...]:
    """The claims that carry the article, heaviest first, from :func:`weigh_claims`: at most one per
    paragraph, at most ``limit``."""
    blocks = {p.start: p.block for p in passages}
    chosen: list[KeyClaim] = []
    taken: set[int] = set()
    heaviest = sorted(weighed, key=lambda c: (-c.weight, c.start))
    # An essay that argues quietly, mostly through a story, has few claims that weigh much: its two
    # heaviest are its argument all the same ("It says that rest is not the same as abandonment.").
    for claim in heaviest:
        if claim.weight < KEY_WEIGHT and (claim.weight < QUIET_KEY_WEIGHT or len(chosen) >= FEW_KEYS):
            break
        if blocks[claim.start] in taken:
            continue
        taken.add(blocks[claim.start])
        chosen.append(claim)
        if len(chosen) == limit:
            break
    return tuple(chosen)


_EMPHASIS = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?it(?:['’]s| is| was) (?:the|our|your|their) (?:[\w'’-]+ ){1,3}(?:that|who) "
    r"(?!(?:is|are|was|were|has|had)\b)\w|"
    r"^\W*(?:(?:and|but|so)\s+)?what (?:\w+ ){1,3}(?:cannot|can['’]t|won['’]t|will not|does not|doesn['’]t) "
    r"(?:\w+ ){0,2}(?:do|give|fix|buy|make) is\b",
    re.IGNORECASE,
)
"""A claim said with emphasis, set against something the paragraph has just said ("It's the rejoicing
that envy poisons.", "What it cannot do is be glad when someone else is blessed.")."""

_SOMEONE_DID = re.compile(r"^\W*(?:(?:and|but|so|then)\s+)?(?:he|she|they)\b", re.IGNORECASE)
"""A sentence about someone of the story ("She stopped at forty-one items"): what they did."""

_GENERIC_YOU = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:when|whenever|if|before|once|until)\s+you\b[^,;:]{3,60},\s*"
    r"(?:the|you|your|it|a|an|love|that)\b",
    re.IGNORECASE,
)
"""A claim about anyone, put to a generic "you" ("When you help someone, the job is still theirs.", "Before
you can do anything for someone, you have to see what they're carrying."): general, not a step in time."""

_ANY_ONE = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:a|an) [a-z]+ (?:is|isn['’]t|is not|can['’]t|cannot|never|always|"
    r"does not|doesn['’]t|needs|has to)\b",
    re.IGNORECASE,
)
"""A claim about any one of a kind ("A hymn is a thing that a lot of people do together ..."): general."""

_BARE_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:(?:Sometimes|Often|Usually),?\s+(?=[a-z]))?([A-Za-z][a-z]{3,})\s+"
    r"(?:is|are|can|cannot|can['’]t|does|doesn['’]t|will|"
    r"won['’]t|makes|needs|keeps|never|always|rarely|only)\b"
)


def _names_in_general(text: str, lowered: set[str]) -> bool:
    """Whether the claim's subject is a bare noun the article also writes in lower case ("Envy can be very
    generous to people who are suffering."): a thing spoken of in general, not a person named."""
    found = _BARE_SUBJECT.match(text)
    if found is None:
        return False
    noun = found.group(1).lower()
    return noun in lowered and is_content_word(noun) and not _SOMEONE.match(noun)


_SOMEONE = re.compile(r"(?:some|any|every|no)(?:one|body|thing|where)$|nobody$|none$")
"""Pronouns that look like nouns ("Somebody is keeping you warm."): about someone in the story."""


def _under_headings(passages: Sequence[_Claim], language: str | None) -> dict[int, set[str]]:
    """The content stems of the section heading each passage stands under (none before the first): a
    claim that takes up its heading's words is likely the section's point."""
    under: dict[int, set[str]] = {}
    heading: set[str] = set()
    for p in passages:
        if p.role == "headline":
            heading = {stem(w) for w in words(p.text) if is_content_word(w, language)}
        else:
            under[p.start] = heading
    return under


def weigh_claims(
    passages: Sequence[_Claim], title: str, language: str | None, *, reported: set[int] | None = None
) -> list[KeyClaim]:
    """Every claim of the author's with its weight as a key claim, in the article's order.

    ``reported`` is :func:`reported_views` of ``passages`` when the caller has it already."""
    usable = [p for p in passages if p.usable]
    if not usable:
        return []
    stems = {p.start: {stem(w) for w in words(p.text) if is_content_word(w, language)} for p in usable}
    spread = Counter(s for p in usable for s in stems[p.start])
    n = len(usable)
    title_stems = {stem(w) for w in words(title) if is_content_word(w, language)}
    index = {p.start: i for i, p in enumerate(passages)}
    scored: list[KeyClaim] = []
    if reported is None:
        reported = reported_views(passages)
    recurrence: dict[int, float] = {}
    heading_stems = _under_headings(passages, language)
    lowered = {w for p in usable for w in re.findall(r"\b[a-z]{4,}\b", p.text)}
    for p in usable:
        tokens = words(p.text)
        if p.role != "claim" or "in_list" in p.traits or len(tokens) < 4 or len(tokens) > 40:
            continue
        if re.search(r"[|•]", p.text):
            continue  # a table or a box of bullets pasted with the page
        # How far its words recur across the article, a rare word counting more (capped, so that the
        # article's one name, repeated in every sentence of a story, does not carry it alone).
        recurrence[p.start] = sum(
            min(spread[s] - 1, 6) * math.log(n / spread[s]) for s in sorted(stems[p.start]) if spread[s] > 1
        ) / math.sqrt(len(tokens))
    top = max(recurrence.values(), default=0.0) or 1.0
    for p in usable:
        if p.start not in recurrence:
            continue
        text = FRAMED.sub("", p.text, count=1) if FRAMED.match(p.text) else p.text
        if "announced" in p.traits:
            text = p.text[cues.announced(p.text) or 0 :]  # "it would be this: stop trying to ..."
        weight = 0.6 * recurrence[p.start] / top
        shape: KeyShape = "general"
        contrast = bool(_CONTRAST.search(text)) or bool(p.traits & {"correction", "antithesis"})
        generic_you = bool(_GENERIC_YOU.match(text)) and not cues.is_past(text)
        general = (
            bool(_GENERAL_SUBJECT.match(text))
            or _names_in_general(text, lowered)
            or bool(_ANY_ONE.match(text))
            or generic_you
        )
        if _EMPHASIS.match(text):
            contrast = True  # "It's the rejoicing that envy poisons.": set against the weeping, unsaid
        if contrast:
            weight += 0.5
            shape = "contrast"
        if general:
            weight += 0.3
        if p.traits & STRONG_TRAITS:
            weight += STRONG_WEIGHT
        if "point" in p.traits:
            weight += 0.2
            shape = "point" if not contrast else shape
        if stems[p.start] & title_stems:
            weight += 0.2
        if _ABOUT_THE_TEXT.match(text):
            weight -= 0.5  # "But this is not a sweet story": what kind of text it is, not what it argues
        if _THE_TEXT.search(text):
            continue  # "The story is about the father": a reading of the text, asked about as such
        if p.start in reported:
            continue  # "Real forgiveness wipes the slate so clean ...", after "You've heard it said ..."
        if LEAD_IN.match(p.text):
            continue  # "Here's the trouble with the sideways prayer in a marriage.": what the next says
        if cues.COMPARED_UNSAID.search(p.text) or cues.ABOUT_THE_PAGE.search(p.text):
            continue  # "The fallow field says something different.": what it says, the next sentence does;
            # "Anyone who has read this blog ... knows about the renovation": an aside about the page
        if SAYING.search(p.text):
            continue  # "Cows, he used to say, do not know it is Christmas.": a saying, not the author's
        before = passages[index[p.start] - 1] if index[p.start] > 0 else None
        if before is not None and before.block == p.block and cues.USED_TO.match(before.text):
            continue  # "Now I think that teaches them grief is something to hide.", after "I used to think
            # ...": the second half of a change of mind, asked about as the change
        if re.match(
            r"^\W*we(?:['’]re| are) (?:\w+[ -]){1,2}(?:years?|months?|weeks?|days?) (?:in|on)\W*$", text, re.I
        ):
            continue  # "We're nine months in.": how long, not a claim
        if BACKGROUND.search(text):
            continue  # "In Jesus' day a talent wasn't an ability.": the story's setting, explained
        if cues.COURTESY.match(text):
            continue  # "Thirty years is a long time.": the columnist's sympathy, not a claim
        if TO_THE_ROOM.match(text):
            continue  # "If you are using the phone Bible, that is fine, but ...": an aside to the room
        if THAT_IS_THE.match(text) and (len(tokens) <= 7 or "," in text.split(" ", 1)[0]):
            continue  # "That's what the word means.", "Friends, that's the bit of Psalm 88 ...": what "that"
            # is, the sentences before say
        if re.match(r"^\W*to\s+[a-z]+\b", p.text, re.I) and len(tokens) <= 8:
            continue  # "To make the most of them.": the end of the sentence before, cut off
        belief = cues.BELIEF.match(text)
        # ("I've learned not to wait for the feeling.": the author's lesson, not the author alone)
        believed = text[belief.end() :] if belief is not None else text
        taught = WHAT_WAS_LEARNED.match(believed)
        if taught is not None:
            believed = believed[taught.end() :]  # "... the thing my father knew, and that I had to learn,
            # is that you cannot decide ...": the lesson is what follows "is that", whoever learned it
        ends_on_it = ENDS_ON_IT.search(believed)
        named = ends_on_it is not None and re.search(
            r"\b(?:a|an|un|una)\s+\w+", believed[: ends_on_it.start()], re.I
        )
        if named:
            ends_on_it = None  # "You don't mend a hole by staring at it.": "it" is the hole
        if (
            NOT_A_CLAIM.match(p.text)
            or LOOKS_BACK.search(_QUOTED.sub("", believed))
            or ONE_OF_THEM.search(believed)
            or STILL_THERE.match(believed)
            or OUR_ROUTINE.match(believed)
            or is_scene(believed)
            or ends_on_it
        ):
            continue  # "Sometimes she wants ...", "Ben: We ...", "Good friendships are like that too."
        if any(mark in SHORT_QUOTE.sub("", p.text) for mark in '“”"«»'):
            weight -= 0.3  # someone's words, or a verse: not the author's own claim (a few words quoted
            # inside it, "encouragement that can't ever hear “I can't”", leave it the author's)
        # "I think the shovelling did.", or "The doing came first." after "Here's what I've come to
        # believe.": the author's reading of the story, in the story's tense
        reflective = "reflection" in p.traits or bool(cues.BELIEF.match(p.text))
        if (
            ("first_person" in p.traits or re.match(r"^\W*(?:i|yo)\b", p.text, re.I))
            and "announced" not in p.traits
            and text is p.text
            and not reflective
        ):  # (a claim framed "I'd like to suggest that ..." is the author's, not the author's story)
            weight -= 0.3
        if cues.is_past(p.text) and not reflective and (not contrast or _SOMEONE_DID.match(text)):
            # a step of a story ("Jesus didn't preach him a sermon", "She stopped at forty-one items, not
            # because she'd finished but because the envelope had"), not its point
            weight -= 0.4
        if "announced" in p.traits or text is not p.text:
            weight += 0.3  # the author has said this is the claim to take away ("I'd like to suggest that")
        elif (
            re.match(r"^\W*(?:if|when|then|after|before|si|cuando|entonces)\b", text, re.I)
            and not generic_you
        ):
            weight -= 0.3  # a condition or a step in time: the claim is in what follows, if anywhere
        if reflective:
            weight += STRONG_WEIGHT  # the author's reading of the story told
        elif not contrast and not general and "point" not in p.traits and not p.traits & STRONG_TRAITS:
            weight -= 0.3  # nothing marks it as a claim the article turns on
        end = p.end
        following = passages[index[p.start] + 1] if index[p.start] + 1 < len(passages) else None
        if "concession" in p.traits and not contrast:
            continue  # "Perspective is real, and one day they'll have it. But ...": granted, to be answered
        if (
            following is not None
            and _NEGATED.search(text)
            and following.block == p.block
            and following.role in ("claim", "example")
            and following.usable
            and (
                _LEANS_BACK.match(following.text)
                or _IT_IS_WHAT.match(following.text)
                # "You don't mend a hole by staring at it. You mend it by reaching past the damage ...":
                # the same subject, the denied verb said again
                or (
                    words(following.text)[:1] == words(text)[:1]
                    and _repeats_the_denied_verb(text, following.text)
                )
            )
            # ("... isn't the same as turning your life into a show. There's a public part, ...": what
            # comes next, not what the denial is put right with)
            and not re.match(r"^\W*there(?:['’]s| is| are| was| were)\b", following.text, re.I)
            and (
                stems[p.start] & stems.get(following.start, set())
                or _PUT_RIGHT.match(following.text)
                or len(words(following.text)) <= 5
                or (
                    _RENAMED.match(following.text) is not None
                    and len(words(following.text)) <= 8
                    and _COPULA_DENIED.search(text) is not None
                )
                or _repeats_the_denied_verb(text, following.text)
            )
        ):
            # "Our spreadsheet didn't keep us from fighting about money. It kept us from talking about
            # money, ...": what the author denies and what they put in its place, read as one claim.
            put_right = following.text.split(",")[0].rstrip(" .;:")
            whole = following.text.rstrip(" .;:")
            if put_right != whole and _UNFINISHED.search(put_right):
                # "It is one that has learned, slowly and with effort, to be with God ...": cut at the
                # comma, the clause stops before its point ("has learned"); heard whole, or not paired
                # (an added clause, ", which is not the same thing at all", is cut away)
                put_right = whole
            spoken = re.search(r"\b(?:says|said|asks|asked|writes|wrote|replies|replied|answers)$", put_right)
            if len(words(text)) + len(words(put_right)) <= 26 and spoken is None:
                # (never "He says" out of 'He says, "you always have the poor with you"': the words follow)
                end = following.start + len(put_right)
                weight += 0.0 if contrast else 0.8  # (a contrast now, and no longer unmarked)
                contrast = True
                shape = "contrast"
        said = stems[p.start] | (stems.get(following.start, set()) if following and end > p.end else set())
        if said & heading_stems.get(p.start, set()):
            weight += 0.3  # "It is not the hours ... It is the glance.", under "The glance is the problem"
        lead: int | None = None
        leans = False
        if _LEANS_BACK.match(text) and not CLEFT.match(text) and not _EMPHASIS.match(text):
            i = index.get(p.start, 0)
            before = passages[i - 1] if i > 0 else None
            if (
                before is not None
                and before.block == p.block
                and before.usable
                and before.role == "claim"
                and len(words(before.text)) <= 16
                and not before.text.rstrip().endswith("?")
            ):
                lead = before.start  # "That's what grace does when it really lands. It doesn't ..."
            else:
                weight -= 0.35  # "It wasn't.": nothing to say what "it" is
                leans = True
        scored.append(KeyClaim(p.start, end, round(weight, 4), shape, lead, leans))
    return scored
