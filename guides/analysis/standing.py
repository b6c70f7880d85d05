"""Sentences that do not stand on their own as claims: a step or a fixture of the story ("The fence is
still up.", "We have gone to the bathhouse most Saturdays for two years now."), a scene set in short
clauses, someone else's view ("To the Pharisees, ..."), and a sentence that leans on the one before ("a
detour from it", "The radiators are one of them.", "Good friendships are like that too").

The argument (:mod:`guides.analysis.argument`) and the thesis (:mod:`guides.analysis.reading.thesis`)
both pass over these; they are kept here, in one place, so the two read a sentence alike.
"""

from __future__ import annotations

import re

THEIR_VIEW = re.compile(
    r"(?:To|For|In the eyes of|Para) (?:the |his |her |their |los |las )?"
    r"(?:[A-Z][a-z]+|him|her|them|ellos),\s"
)
"""How someone else's view opens: "To the Pharisees, that is harvesting, and harvesting is work."."""

NOT_A_CLAIM = re.compile(
    r"^\W*(?:(?i:sometimes|at times|a veces)\b(?=,?\s+(?i:he|she|they|it|we|i|you|her|his|my|our|the)\b)|"
    r"(?i:some people)\b|[A-Z][a-z]+:\s|"
    r"(?:of|to|for|with|in|by|de|a|para|con|en)\s|" + THEIR_VIEW.pattern + ")",
)
"""A sentence that opens as no claim does: "Sometimes she wants ..." (but "Sometimes reconciliation needs
breakfast first" speaks in general), a speaker's label ("Ben: ..."), a
preposition left from a sentence split in two ("Of tasks, each teen ...")."""


def is_scene(text: str) -> bool:
    """Whether ``text`` sets a scene in three or more short clauses ("The decree is signed, the lions are
    hungry, and Daniel is giving thanks."): a picture of the moment, not a claim."""
    parts = [part for part in re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", text.rstrip(" .!")) if part.strip()]
    return len(parts) >= 3 and all(
        len(part.split()) <= 6 and re.search(r"\b(?:is|are|was|were|has|have)\b", part) for part in parts
    )


OUR_ROUTINE = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:we|i)(?:['’]ve| have| had)\b[^.;:]*\bfor (?:\w+ ){0,2}"
    r"(?:years?|months?|weeks?|decades?)(?: now)?\W*$",
    re.IGNORECASE,
)
"""How long the author's household has kept a habit ("We have gone to the bathhouse most Saturdays for two
years now."): a fact of the story, never a claim it turns on."""

STILL_THERE = re.compile(
    r"^\W*(?:the|our|my|his|her|their) [a-z]+(?: [a-z]+)? (?:is|are|was|were) still "
    r"(?:up|there|here|standing|in place|on the wall|on the shelf|open|where \w+ left it)\W*$",
    re.IGNORECASE,
)
"""A thing of the story still in its place at the end ("The fence is still up."): a fact, never a claim."""

ENDS_ON_IT = re.compile(
    r"\b(?:from|about|to|with|for|into|on|at|along|over|under|inside(?: of)?|out of) "
    r"(?:it|that|this|them)\W*$",
    re.IGNORECASE,
)
"""A claim ending on a pronoun ("a detour from it"), which leans on the sentence before unless the claim
names what it is itself ("You don't mend a hole by staring at it.")."""

LOOKS_BACK = re.compile(
    r"\b(?:like that|that way|the same way|as well|too|also)\W*$|\b(?:those|these|aquell[oa]s|est[oa]s)\b|"
    # "I think the Psalms know this.": what "this" is, the paragraph before says
    r"\b(?:knows?|knew|shows?|showed|means?|meant|says?|said|teach(?:es)?|taught|gets?|got) "
    r"(?:this|that|it)\W*$|"
    r"\bI\b|\b(?:my|me|yo)\b|"
    r"\ball (?:two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"^\W*\w+ (?:is|are|was|were|does|do|did|can|will) (?:too|also)\b",
    re.IGNORECASE,
)
"""A claim that needs what came before ("Good friendships are like that too", "a detour from it", "Faith
is too, but fear spreads faster") or speaks of the author alone ("Near is what I need")."""

WHAT_WAS_LEARNED = re.compile(
    r"^\W*(?:the (?:thing|lesson|truth|one thing)|what)\b[^.;:]{0,80}?\b(?:knew|learned|learnt|learn|"
    r"taught me|saw|understood)\b[^.;:]{0,40}?\b(?:is|was) that\s+",
    re.IGNORECASE,
)
"""A lesson told as what someone learned ("the thing my father knew, and that I had to learn, is that ..."):
the claim is what follows."""

ONE_OF_THEM = re.compile(
    r"\b(?:one|some|each|none|any|most|many|part|all|both|two|three|uno|una|parte) (?:of|de) "
    r"(?:them|ellos|ellas)\b",
    re.IGNORECASE,
)
"""A sentence that counts itself among things named before ("The radiators are one of them."): what
"them" are, the sentence before says; never a claim the article turns on."""


THAT_IS_THE = re.compile(
    r"^\W*(?:[A-Za-z]+,\s+)?(?:that|this)(?:['’]s| is) (?:the|what|why|how|where)\b", re.IGNORECASE
)
"""A sentence that names what the sentences before said ("Friends, that's the bit of Psalm 88 that we can
actually do something about", "That's what the word means"): what "that" is, they say."""


TO_THE_ROOM = re.compile(r"^\W*if you(?:['’]re| are) \w+ing\b", re.IGNORECASE)
"""A word to the listeners about what they are doing now ("If you are using the phone Bible, that is fine,
but please, it is Daniel, not Facebook."): an aside in the moment, never the argument."""


BACKGROUND = re.compile(
    r"\b(?:in (?:that|those|the ancient|the first[- ]century|biblical|bible) (?:world|culture|times?|days?|"
    r"society)|back then|in (?:jesus|paul|moses|david)['’]s? (?:day|time)|"
    r"en (?:aquel|ese|aquellos|esos) (?:mundo|tiempos?|días|cultura))\b",
    re.IGNORECASE,
)
"""The setting of a Bible story explained ("in that world", "back then", "in Jesus' day")."""
