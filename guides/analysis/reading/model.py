"""What the reading stage says of an article: the :data:`Role` of a sentence and of a block,
a sentence as read (:class:`Passage`, with its traits, who an instruction is for and where its action
ends), a block's part in the page, the lists the author makes, how the article uses each reference, and
the whole reading (:class:`ArticleReading`) that every later stage asks.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal, get_args

from guides.analysis.argument import KeyClaim

Role = Literal[
    "headline",
    "claim",
    "hedge",
    "example",
    "rhetorical",
    "reader_question",
    "study_question",
    "instruction",
    "list_lead",
    "list_item",
    "quotation",
    "note",
    "letter",
    "promo",
    "fragment",
    "junk",
]

ROLES: tuple[Role, ...] = get_args(Role)
"""Every role, in the order above (read from the type, so the two cannot drift apart)."""

NEVER_SOURCE: frozenset[Role] = frozenset(
    {"headline", "hedge", "rhetorical", "note", "promo", "fragment", "junk", "letter"}
)
"""Roles no question, reading or big idea may stand on (a study question may only be asked as printed)."""

BlockRole = Literal[
    "body", "headline", "list", "quotation", "letter", "answer", "study", "references", "promo", "junk"
]

ScriptureRole = Literal["quoted", "discussed", "cited", "listed"]
"""How the article uses a reference: quotes it, discusses it, cites it in passing, or only lists it."""

Addressee = Literal["reader", "spouse", "child", "other"]


@dataclass(frozen=True)
class Passage:
    """One sentence as the reading stage sees it: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str
    role: Role
    block: int
    """Index of its block in ``article.blocks``."""
    part: int = 1
    """Which letter of an advice column it belongs to (1 for everything else)."""
    traits: frozenset[str] = field(default_factory=frozenset)
    """What else is true of it: "thesis", "opposed_view", "more_than", "definition", "figurative",
    "correction", "restated", "antithesis", "comparison", "concession", "to_some",
    "stage", "speech", "scene", "in_list", "point" (a listicle's numbered point, "1. A tantrum is a flooded
    brain"), "open", "yes_no", "answered", "conditional", "encouragement", "first_person", "announced"
    (the author's frame says this is the claim to take away: "If we've learned one thing, it's this: ..."),
    "reported" (a view the author is about to argue against: "You've probably heard ...", "this story was
    always told as a story about Moses")."""
    addressee: Addressee | None = None
    """For an instruction: who it is for ("Encourage your teenager ..." is about a child)."""
    object_end: int | None = None
    """For an instruction: where its action ends (before a reason or result)."""
    claim_start: int | None = None
    """For an announced claim: where the claim starts, after the author's frame ("it's probably this: ")."""

    @property
    def claim(self) -> tuple[int, int]:
        """The span of what the sentence claims: the whole sentence, or what follows an announcing frame."""
        return (self.claim_start if self.claim_start is not None else self.start, self.end)

    @property
    def usable(self) -> bool:
        """Whether a question, a reading or the big idea may stand on it."""
        return self.role not in NEVER_SOURCE and self.part == 1

    def has(self, trait: str) -> bool:
        return trait in self.traits


@dataclass(frozen=True)
class BlockPart:
    """One block's part in the page."""

    index: int
    start: int
    end: int
    role: BlockRole
    part: int = 1


@dataclass(frozen=True)
class ListUnit:
    """A list the author makes: its lead-in (when there is one) and its items."""

    lead: Passage | None
    items: tuple[tuple[int, int], ...]
    """Spans of the items, in order."""
    noun: str | None = None
    """What the items are, when the article says ("habits", "tips", "vows")."""
    parallel: bool = False
    """Sentences of one paragraph built alike ("It is the sense that you can trust ..."), not a list."""
    practice: bool = False
    """Its items are the author's counsel, things to do ("First, ask one more question. Second, ...")."""
    in_order: bool = False
    """Its items are steps taken one after another ("Start with the card. Then ... After that ...")."""
    ours: bool = False
    """Its items are what the author's own household does ("We walk after dinner."), told as "we"."""
    mine: bool = False
    """Its items are what the author began to do differently, told as "I" ("I started asking questions and
    then shutting up.", "I let him grieve it properly.")."""
    questions: bool = False
    """Its items are questions the author offers for readers to ask each other, each set apart and then
    explained ("What was the best ten minutes of your day?" / "This one works because ...")."""
    points: bool = False
    """Its items are the numbered points the article is built on, each over its own section ("1. Jesus
    looks up", "2. Jesus invites himself over", ...)."""

    @property
    def start(self) -> int:
        return self.lead.start if self.lead else self.items[0][0]

    @property
    def end(self) -> int:
        return self.items[-1][1]


@dataclass(frozen=True)
class ScriptureUsage:
    """How the article uses one of its references (by its span)."""

    start: int
    end: int
    role: ScriptureRole
    comment: tuple[int, int] | None = None
    """The author's own sentence that says what the verse means, when there is one."""


@dataclass(frozen=True)
class ArticleReading:
    """Every sentence with its role, every block with its part, the lists, the thesis."""

    passages: tuple[Passage, ...]
    blocks: tuple[BlockPart, ...]
    lists: tuple[ListUnit, ...]
    scripture: tuple[ScriptureUsage, ...]
    thesis: Passage | None
    claims: tuple[KeyClaim, ...] = ()
    """Every claim of the author's with its weight as a key claim, in the article's order."""
    key_claims: tuple[KeyClaim, ...] = ()
    """The claims that carry the article, heaviest first (:mod:`guides.analysis.argument`)."""
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def at(self, offset: int) -> Passage | None:
        """The sentence holding ``offset``."""
        starts = self._starts or tuple(p.start for p in self.passages)
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.passages[i].end:
            return self.passages[i]
        return None

    def overlapping(self, start: int, end: int) -> list[Passage]:
        return [p for p in self.passages if p.start < end and start < p.end]

    def usable(self, start: int, end: int) -> bool:
        """Whether every sentence ``[start, end)`` touches may be a source."""
        touched = self.overlapping(start, end)
        return bool(touched) and all(p.usable for p in touched)

    def of_role(self, *roles: Role) -> list[Passage]:
        return [p for p in self.passages if p.role in roles]

    def block_role(self, index: int) -> BlockRole:
        return self.blocks[index].role if 0 <= index < len(self.blocks) else "body"

    def scripture_role(self, start: int, end: int) -> ScriptureUsage | None:
        return next((s for s in self.scripture if s.start == start and s.end == end), None)
