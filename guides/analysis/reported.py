"""The views an author reports in order to argue against them ("You've heard it said ... Real
forgiveness wipes the slate so clean that the memory itself is gone.", "Everyone warned us. The baby
will ...", "I now think that belief is nearly backwards"), and the ground an author clears before the
argument ("Before we go any further ..."): sentences that are not the author's claims, though they read
like them. Read once per article, for the argument's spine and the thesis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class _Said(Protocol):
    """What :func:`reported_views` reads of a passage (the reading stage's ``Passage``)."""

    @property
    def start(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def block(self) -> int: ...


_REPORTED = re.compile(
    # ("you have heard it said", not "you have heard God call")
    r"\b(?=[acefhilmnopstwy])(?:(?:you['’]ve|you have) (?:probably |all |often )?heard "
    r"(?:it|that|this|people|"
    r"someone|sermons|preachers|talks|the (?:phrase|saying|line|idea|advice)|"
    r"a (?:preacher|friend|pastor|sermon))|"
    r"(?<!not that )(?:we['’]re told|we are told)|i grew up (?:with|believing|thinking|being told)|"
    r"the thinking goes|"
    r"we (?:tend to |usually |often )?think of|(?:most|many|a lot|lots|so many|plenty) of us "
    r"(?:\w+ )?(?:\([^)]{0,60}\) )?(?:think|assume)|"
    r"we (?:tend to |usually |often |all |naturally )?assume|"
    # "Everyone who loved us gave us the same kind advice: ...", "Everyone warned us. The baby will ..."
    r"(?:everyone|everybody|people|friends|family)(?: who [\w ]{2,20})? (?:warned|told|tells|gave) "
    r"(?:us|me|you)\b|(?:we|i) (?:had|have) (?:already )?been warned|"
    r"the (?:same )?(?:kind |usual |standard )?advice (?:is|was|goes)|our culture (?:says|tells us)|"
    r"the (?:idea|assumption|story) goes|conventional wisdom|people (?:often )?say|the common view|"
    r"(?:i|we) (?:once |used to |always )?believed? what (?:most|many|other) "
    r"(?:people|of us|couples|parents)|"
    r"has dicho|se dice|nos han dicho|habrás oído)\b|"
    # the usual reading of a text: "this story was always told as a story about Moses", "We usually hear
    # this parable as a story about the sheep"
    r"\b(?=[agiw])(?:(?:is|was|are|were|gets|got) (?:always |usually |often |mostly |normally )?"
    r"(?:told|taught|read|preached) as|we (?:usually|often|always|normally|tend to) (?:hear|read|tell|teach|"
    r"preach))\b",
    re.IGNORECASE,
)
_REPORTED_BEFORE_COLON = re.compile(
    # someone else's view set out after a colon, not by the author: "Every marriage book on our shelf
    # ... says the same thing: guard your weekly date night" (but "Here's what I would tell you: ...")
    r"(?!\W*(?:scripture|the bible|jesus|god|paul)\b)(?:(?!\b(?:i|we|me|us)\b)[^:]){0,90}"
    r"\b(?:says?|tells? (?:us|you)|teach(?:es)?|insists?|dicen?|enseñan?)\b"
    r"(?: (?:the same thing|this|something like this|it|esto|lo mismo))?\s*:",
    re.IGNORECASE,
)
"""Matched from the sentence's start, and only when it holds a colon: without one, the pattern would
back off through ninety characters at every try before failing."""


def _reports_a_view(text: str) -> bool:
    """Whether ``text`` reports a view the author is about to argue against."""
    return bool(_REPORTED.search(text)) or (":" in text and bool(_REPORTED_BEFORE_COLON.match(text)))


_CALLED_WRONG = re.compile(
    r"^\W*(?:(?:but|and|now)\W+)?(?:i (?:now )?(?:think|believe|see)|i['’]ve come to (?:think|believe|see)|"
    r"i['’]m convinced)?\s*(?:that )?(?:that|this|the) (?:belief|idea|view|assumption|thinking|story|rule)"
    r"(?: is| was|['’]s)(?: \w+)? (?:backwards|wrong|mistaken|false|a myth|a lie|upside down)\b",
    re.IGNORECASE,
)
"""A paragraph that opens by calling the one before it wrong ("I now think that belief is nearly
backwards"): what the paragraph before said was the view the author argues against."""
_NAMED_AS_A_VIEW = re.compile(
    r"^\W*(?:that|this) (?:idea|view|belief|assumption|thinking|picture|version)\b(?: of \w+)? "
    r"(?:sounds|seems|feels|looks)\b",
    re.IGNORECASE,
)
"""A sentence that names what came before it as a view ("That idea sounds generous."): the author is
about to answer it."""
_TURN = re.compile(
    r"^\W*(?:but|yet|actually|in fact|the truth is|here['’]s the (?:thing|problem)|pero|sin embargo|"
    r"i (?:don['’]t|do not) (?:think|believe)|that['’]s not (?:the|what))\b",
    re.IGNORECASE,
)


_CLEARING = re.compile(
    r"\b(?:before we go any further|(?:clear|get) (?:something|this|that) out of the way|let me be clear|"
    r"to be clear|a (?:caveat|disclaimer) first|antes de seguir|para que quede claro)\b",
    re.IGNORECASE,
)
"""A paragraph that clears the ground before the argument ("Now, before we go any further, I want to
clear something out of the way ... Jesus is not against barns."): what it says is a caveat."""


_THE_IDEA_IS = re.compile(
    r"^\W*the (?:idea|thinking|assumption|belief|message|story|picture|promise) (?:is|was|goes)(?: that|:)",
    re.IGNORECASE,
)
_TO_ARGUE_WITH = re.compile(
    r"\b(?:argue (?:with|against)|push back|disagree|(?:doing|does|did) (?:quiet |real )?damage|"
    r"is wrong|was wrong|a myth|a lie|quarrel with)\b",
    re.IGNORECASE,
)


def reported_views(passages: Sequence[_Said]) -> set[int]:
    """The sentences that report a view the author is about to argue against ("You've heard it said ...
    Real forgiveness wipes the slate so clean that the memory itself is gone."), or clear the ground
    before the argument, up to the turn."""
    out: set[int] = set()
    block, reporting = -1, False
    for p in passages:
        if p.block != block:
            block, reporting = p.block, False
        if reporting and _TURN.match(p.text):
            reporting = False
        if _reports_a_view(p.text) or _CLEARING.search(p.text):
            reporting = True
        if reporting:
            out.add(p.start)
    for i, p in enumerate(passages):
        if i and _THE_IDEA_IS.match(p.text) and passages[i - 1].block != p.block:
            before = " ".join(q.text for q in passages[:i] if q.block == passages[i - 1].block)
            if _TO_ARGUE_WITH.search(before):
                # "I want to argue with it, ... it carries an idea ... The idea is that retirement is a
                # reward.": the paragraph that sets out the idea, up to the author's turn
                for q in passages[i:]:
                    if q.block != p.block or _TURN.match(q.text):
                        break
                    out.add(q.start)
        if i and _CALLED_WRONG.match(p.text) and passages[i - 1].block != p.block:
            out.update(q.start for q in passages[:i] if q.block == passages[i - 1].block)
        elif i and _NAMED_AS_A_VIEW.match(p.text) and passages[i - 1].block == p.block:
            # "... And if it doesn't go back, you haven't really forgiven. That idea sounds generous.": what
            # the paragraph said up to here is the idea it then names
            out.update(q.start for q in passages[:i] if q.block == p.block)
    return out
