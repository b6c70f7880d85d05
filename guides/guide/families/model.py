"""What the families speak in and what they make: the voice a question speaks to, and
:class:`Candidate`, a question that could go in a guide with what it stands on and why it scored as
it did.
"""

from __future__ import annotations

from dataclasses import dataclass

from guides.analysis.sensitive import Intensity
from guides.guide.model import QuestionKind
from guides.guide.quotes import Quote

Voice = str
"""Who a question speaks to: "group" (each person in a room), "couple" (the two of you), "leader"."""


@dataclass(frozen=True)
class Candidate:
    """A question that could go in a guide, with what it stands on and why it scored as it did."""

    text: str
    family: str
    kind: QuestionKind
    source: Quote
    voice: Voice
    score: float
    reasons: tuple[str, ...]
    intensity: Intensity
    private: bool
    block: int
    separately: bool = False
    about_wording: bool = False
    unit_kind: str = ""
    topic: str | None = None
    for_couples: bool = False
    """It asks a group what only a couple can answer ("Did either of you reach out first?"): a group
    guide takes it only when nothing else is left."""
