"""The one scorer every candidate question goes through, with its reasons.

A question's score is its family's weight (``families.toml``: how good a
question of that kind usually is) plus how central the passage it stands on
is, with a few adjustments a leader would make: a question standing on the
article's thesis or on its own question counts for more, a long question or
a long quote for less, and later wordings of the same family a little less
than the first. The reasons come back with the score, so the guide can say
why a question was chosen.
"""

from __future__ import annotations

from guides.catalog import Family
from guides.guide.context import Context, Unit

CENTRAL = 1.2
"""How much a passage's centrality (0 to 1) adds."""
LONG_QUESTION = 20
"""Words beyond which a question starts to lose: it has to be read aloud and remembered."""


def score(ctx: Context, family: Family, unit: Unit, text: str, variant: int) -> tuple[float, tuple[str, ...]]:
    """The score of a question of ``family`` on ``unit`` worded as ``text``, and why."""
    reasons = [f"{family.name} questions start at {family.weight:g}"]
    value = family.weight
    if unit.kind not in ("theme", "topic"):
        central = round(CENTRAL * unit.strength, 3)
        value += central
        if central >= 0.6:
            reasons.append("it stands on one of the article’s most central passages")
    passage = unit.passage
    if passage is not None and passage.has("thesis"):
        value += 0.3
        reasons.append("it stands on the article’s thesis")
    if unit.kind == "theme":
        value -= 0.3 * unit.order
        if unit.order == 0:
            reasons.append("it is on the article’s strongest theme")
    closing = unit.kind == "instruction" and unit.start >= 0.7 * len(ctx.article.text)
    if family.kind == "application" and closing:
        value += 0.5  # the author's own closing counsel is what a careful leader ends on
        reasons.append("it is the author’s closing counsel")
    length = len(text.split())
    if length > LONG_QUESTION:
        value -= 0.05 * (length - LONG_QUESTION)
        reasons.append("it is long to read aloud")
    value -= 0.01 * variant
    return round(value, 4), tuple(reasons)
