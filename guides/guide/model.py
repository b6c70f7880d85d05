"""The discussion guide: one model for the three audiences.

A :class:`Guide` is a list of :class:`Section` s (welcome, read, discuss, ...),
each with its minutes, questions, notes and readings, plus what a leader needs
around them (the big idea, scripture, leader notes, an outline and follow-up
for a session plan). Every :class:`Question` points at the words of the
article it rests on through its :class:`Source`, whose ``quote`` is exactly
``article.text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from guides.analysis.sensitive import Intensity

GUIDE_SCHEMA_VERSION = 2

Audience = str
"""An audience's key in the registry (:mod:`guides.guide.audiences`): "couple", "group", "session",
or one registered there. Not a fixed list here, so a registered audience needs no edit of the model;
the generator and the stored-guide reader refuse a key the registry does not hold."""

QuestionKind = Literal["icebreaker", "observation", "interpretation", "application", "reflection"]
QUESTION_KINDS: tuple[QuestionKind, ...] = (
    "icebreaker",
    "observation",
    "interpretation",
    "application",
    "reflection",
)

Visibility = Literal["everyone", "couple", "leader"]
VISIBILITIES: tuple[Visibility, ...] = ("everyone", "couple", "leader")

SectionKey = Literal[
    "prepare",
    "welcome",
    "read",
    "discuss",
    "apply",
    "close",
    "take_home",
    "settle",
    "talk",
    "deeper",
    "commit",
]

NoteKind = Literal["guidance", "care", "confidentiality", "closing", "big_idea"]
NOTE_KINDS: tuple[NoteKind, ...] = ("guidance", "care", "confidentiality", "closing", "big_idea")
"""What a note is for: running the part, looking after people, the group's promise, the closing
(a prayer, or a round of words), keeping the big idea in view."""

PromptKind = Literal["i_will", "tell", "partner", "return"]
PROMPT_KINDS: tuple[PromptKind, ...] = ("i_will", "tell", "partner", "return")
"""A line to complete: "I will ...", "I will tell ... by ...", a partner's "I will ...", a date to meet."""

MIN_MINUTES = 15
MAX_MINUTES = 180


@dataclass(frozen=True)
class Source:
    """Where a question sits in the article: ``article.text[start:end] == quote``."""

    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Question:
    """One question of a guide."""

    id: str
    text: str
    kind: QuestionKind
    visibility: Visibility
    source: Source
    intensity: Intensity = "mild"
    separately: bool = False
    """For couples: each answers on their own first (in writing), then they compare."""
    optional: bool = False
    """An extra the leader may pick, beyond the core questions."""
    family: str = ""
    """The question family that made it (``resources/catalogs/families.toml``); "" when written by hand."""
    why: str = ""
    """Why this question, in a sentence a leader can read ("Takes the author's counsel to a moment ...")."""
    written_by: str = "rules"
    """Who wrote its wording: "rules" (the engine), "reader" (added in the app), or a model's name."""


@dataclass(frozen=True)
class Note:
    """A note in a guide, typed so that nothing has to guess what it is for."""

    kind: NoteKind
    text: str
    topics: tuple[str, ...] = ()
    """For a care note: the sensitive topics it is about ("divorce", "grief")."""
    ref: str | None = None
    """For a care note on a passage of scripture: the reference ("Proverbs 13:24")."""
    written_by: str = "rules"
    """Who wrote it: "rules" (the engine) or a model's name (a leader note or big idea from writing help)."""

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Prompt:
    """A line to complete in writing ("I will ..."), typed by what it asks for."""

    kind: PromptKind
    text: str
    partner: int | None = None
    """For a partner's line: 0 for the first partner, 1 for the second (their names come from the reader)."""

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Reading:
    """Something read aloud: a passage of the article, or a scripture text.

    For an article passage ``text == article.text[start:end]`` and ``ref`` is
    None; for a listicle's points read together, ``text`` is the first line of
    each point, one per line, and ``start``/``end`` span them. For scripture,
    ``text`` is the verse text, ``ref`` the normalised reference, and
    ``start``/``end`` the reference as the article cites it.
    """

    text: str
    start: int
    end: int
    ref: str | None = None
    translation: str | None = None


@dataclass(frozen=True)
class ScriptureReading:
    """A scripture reference in the article, with the verse text when available."""

    text: str
    """The reference as written in the article ("Ephesians 5:31")."""
    start: int
    end: int
    ref: str
    verse_text: str | None
    translation: str | None


@dataclass(frozen=True)
class Section:
    """One part of the guide, in the order it is used."""

    key: SectionKey
    title: str
    minutes: int
    purpose: str
    questions: tuple[Question, ...] = ()
    notes: tuple[Note, ...] = ()
    readings: tuple[Reading, ...] = ()
    prompts: tuple[Prompt, ...] = ()
    """Lines to complete in writing ("I will ..."), one per person where it matters."""


@dataclass(frozen=True)
class BigIdea:
    """The article's central claim, as one of its own sentences."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class OutlinePoint:
    """One step of the article's movement, summed up by its most central sentence."""

    label: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Mark:
    """A passage a reader marked (a highlight or a note): ``article.text[start:end]``."""

    reader: str | None
    start: int
    end: int


@dataclass(frozen=True)
class GuideOptions:
    """What the user chose. ``None`` means "decide from the article and the audience"."""

    audience: Audience = "group"
    minutes: int | None = None
    intensity: Intensity = "medium"
    """How deep a couple chooses to go; for a group, it only limits the take-home questions."""
    faith: bool | None = None
    """Scripture and prayer on or off; None turns them on when the article has scripture or faith words."""
    questions: int | None = None
    """Core discussion questions (3 to 5 suit a group); None picks a number from the minutes."""
    marks: tuple[Mark, ...] = ()
    """The readers' own highlights and notes: a couple's reading together opens on them."""


@dataclass(frozen=True)
class Guide:
    """A discussion guide for one audience, made from one article."""

    title: str
    audience: Audience
    language: str
    minutes: int
    intensity: Intensity
    faith: bool
    big_idea: BigIdea | None
    themes: tuple[str, ...]
    scripture: tuple[ScriptureReading, ...]
    sections: tuple[Section, ...]
    leader_notes: tuple[Note, ...] = ()
    outline: tuple[OutlinePoint, ...] = ()
    follow_up: tuple[str, ...] = ()
    schema: int = GUIDE_SCHEMA_VERSION

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every question in the guide, in section order."""
        return tuple(q for section in self.sections for q in section.questions)

    def section(self, key: SectionKey) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)
