"""The sensitive topics an article speaks of, as distinct from the ones it only mentions: what the care
notes, the topic units and the gentle warm-ups all ask of the analysis (``guides.analysis.sensitive`` finds
the words; whether the article dwells on them is a question of where and how often)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from guides.analysis.analyze import Analysis
from guides.analysis.sensitive import rank

T = TypeVar("T")


class Context(Protocol):
    """What the topics need of a guide's context (:class:`guides.guide.context.Context`, which imports
    this module for its topic units, and so is not imported here)."""

    @property
    def analysis(self) -> Analysis: ...

    def block_index(self, offset: int) -> int: ...

    def once(self, name: str, make: Callable[[], T]) -> T: ...


GENTLE_TOPICS = frozenset(
    {"addiction", "mental_health", "grief", "infidelity", "pornography", "divorce", "infertility", "abuse"}
)
"""Topics heavy enough that a light warm-up beside them sounds careless: "Which app on your phone would be
hardest to give up for a week?" opening a post on a gambling relapse."""


def dwells_on(ctx: Context, topic: str) -> bool:
    """Whether the article speaks of ``topic`` (not a passing mention): in three places in two paragraphs
    or more, or once openly."""
    found = next((t for t in ctx.analysis.sensitive if t.topic == topic), None)
    if found is None:
        return False
    if topic == "money" and found.intensity == "mild":
        return False  # "a year's salary", "the budget": money named, not money troubles
    spans = found.spans
    if topic == "grief":
        # "Anna, a widow of eighty-four", "thinking about a funeral": a state or an occasion in a story,
        # not grief the article speaks of
        spans = tuple(s for s in spans if not re.match(r"widow|funeral", s.text, re.I))
    blocks = {ctx.block_index(s.start) for s in spans}
    if topic in _NAMED_IN_PASSING and len(spans) < 2:
        return False  # "the year of the miscarriage" once, in a post on phones at bedtime: not its subject
    if topic == "mental_health" and len(spans) >= 2 and len(blocks) >= 2:
        return True  # a sermon on Psalm 88 that speaks of depression in two places: someone listening has it
    return (len(spans) >= 3 and len(blocks) >= 2) or any(s.intensity == "open" for s in spans)


_NAMED_IN_PASSING = frozenset({"infertility", "sexual_intimacy", "divorce", "grief"})
"""Topics a story names once on its way to something else; the ones a single word is enough for (abuse,
thoughts of suicide, an addiction) are not among them."""


def heavy_topics(ctx: Context) -> frozenset[str]:
    """The heavy topics the article is about: spoken of in earnest (not "worried" or "upset") and more
    than once or twice (not the one caveat a sermon on kindness adds: "this never means putting up with
    abuse")."""

    def found() -> frozenset[str]:
        return frozenset(
            t.topic
            for t in ctx.analysis.sensitive
            if t.topic in GENTLE_TOPICS
            and rank(t.intensity) >= rank("medium")
            and (len(t.spans) >= 3 or (t.intensity == "open" and len(t.spans) >= 2))
            and len({ctx.block_index(s.start) for s in t.spans}) >= 2  # (not one paragraph's caveat)
            and dwells_on(ctx, t.topic)
        )

    return ctx.once("heavy topics", found)
