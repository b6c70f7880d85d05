"""What a worksheet says, before it is laid out: a title and a list of blocks.

:mod:`guides.worksheet.editions` decides what goes in each edition and builds
a :class:`Worksheet`; the PDF writer and the Markdown/HTML exporters only
present it. That is why the exports carry exactly the same content as the PDF.
All text here is plain (never markup); the presenters escape it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, cast

Edition = Literal["participant", "leader", "couple", "session", "cards"]
EDITIONS: tuple[Edition, ...] = ("participant", "leader", "couple", "session", "cards")
"""The built-in printed layouts. ``cards`` are the take-home questions as cards a leader cuts apart
and hands to each couple. An edition a registered audience adds is printed with one of these, or
with a layout of its own (:func:`layout_of`)."""

OwnLayout = Callable[..., "Worksheet"]
"""An edition's own layout: ``layout(guide, options, *, article, highlights) -> Worksheet``."""


def layout_of(edition: str) -> Edition | OwnLayout | None:
    """How ``edition`` is printed: a built-in layout, the edition's own layout function, or None.

    A built-in edition is its own layout; an edition registered with an audience
    (:class:`~guides.guide.audiences.EditionSpec`) names a built-in one to follow or brings
    its own; None when it is unknown or names a layout that does not exist.
    """
    if edition in EDITIONS:
        return edition
    from guides.guide.audiences import edition as registered

    try:
        layout = registered(edition).layout or edition
    except KeyError:
        return None
    if callable(layout):
        return cast(OwnLayout, layout)
    if ":" in layout:
        module, _, function = layout.partition(":")
        try:
            return cast(OwnLayout, getattr(importlib.import_module(module), function))
        except (ImportError, AttributeError):
            return None
    return layout if layout in EDITIONS else None

CARDS_PER_PAGE: tuple[int, ...] = (2, 4)

Include = Literal["passages", "scripture", "article", "notes"]
INCLUDES: tuple[Include, ...] = ("passages", "scripture", "article", "notes")
DEFAULT_INCLUDE: frozenset[Include] = frozenset({"passages", "scripture"})

NoteTone = Literal["leader", "care", "purpose"]

Format = Literal["pdf", "docx", "md", "html"]
FORMATS: tuple[Format, ...] = ("pdf", "docx", "md", "html")


def labels(language: str | None) -> Mapping[str, str]:
    """The worksheet's words in ``language`` (the catalog's ``[worksheet]`` table)."""
    from guides.catalog import catalog

    return catalog(language).table("worksheet")


def edition_label(edition: str, language: str | None = "en") -> str:
    """ "Participant’s edition", "Edición para participantes" ...; a registered edition's own label."""
    words = labels(language)
    if f"edition_{edition}" in words:
        return words[f"edition_{edition}"]
    from guides.guide.audiences import edition as registered

    return registered(edition).label


def note_label(tone: NoteTone, language: str | None = "en") -> str:
    """ "Leader’s note", "Care note", "Purpose" in ``language``."""
    return labels(language)[f"note_{tone}"]


@dataclass(frozen=True)
class Masthead:
    """The top of the first page: what this is, its title and its big idea."""

    kicker: str
    title: str
    big_idea: str | None = None
    meta: str | None = None
    series: str | None = None
    """The group or series and the week, when known ("Thursday group · Week 2 of 6")."""


@dataclass(frozen=True)
class WriteIn:
    """Blanks to fill in by hand at the top of the page: "Name ______  Date ______"."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class SectionHead:
    """A part of the session ("Read", "Discuss"), with its timing in the leader's editions."""

    title: str
    minutes: int | None = None
    clock: str | None = None
    """Where the part falls in the session, e.g. "0:10–0:15"."""


@dataclass(frozen=True)
class Text:
    """A plain paragraph: an instruction, a purpose line."""

    text: str
    quiet: bool = False
    """Smaller and muted (instructions rather than content)."""


@dataclass(frozen=True)
class Passage:
    """A passage of the article to read, shown in a box."""

    text: str
    label: str = "Read"
    where: str | None = None
    """Where it is in the article ("Paragraph 4"): only when the article is printed as the appendix."""


@dataclass(frozen=True)
class Scripture:
    """A scripture reading: reference, verse text and translation."""

    reference: str
    text: str | None
    translation: str | None = None


@dataclass(frozen=True)
class AnswerArea:
    """Room to write: ruled lines, and a fillable field's name when fields are wanted."""

    lines: int
    label: str | None = None
    field_name: str | None = None


@dataclass(frozen=True)
class QuestionItem:
    """A question to ask, with where to answer it."""

    key: str
    """The question's id in the guide; fields and page references hang on it."""
    text: str
    number: str | None = None
    answers: tuple[AnswerArea, ...] = ()
    page_ref: int | None = None
    """Leader's editions: the page of the participant edition this question is on."""
    tag: str | None = None
    """A short label shown beside the question ("Extra", "Take-home", "Private")."""
    source: str | None = None
    """The phrase of the article the question points at."""
    notes: tuple[str, ...] = ()
    """Leader-only notes on this question."""
    step: bool = False
    """A line to complete ("I will...") rather than a question."""
    listen_for: str | None = None
    """Leader's editions: what to listen for in the answers (from the question's passage)."""
    follow_up: str | None = None
    """Leader's editions: a follow-up question to ask when answers stay general."""


@dataclass(frozen=True)
class Transition:
    """Leader's editions: a sentence to say aloud on the way into the next part."""

    text: str
    into: str
    """The title of the part it leads into."""


@dataclass(frozen=True)
class Note:
    """Something for the leader: a note, a care note for a sensitive topic, a purpose."""

    text: str
    tone: NoteTone = "leader"
    label: str | None = None


@dataclass(frozen=True)
class HighlightItem:
    """One of the reader's highlights: the quote, the sentence around it, and the note."""

    quote: str
    sentence: str | None = None
    note: str | None = None
    reader: str | None = None


@dataclass(frozen=True)
class ArticleBlock:
    kind: str
    text: str
    level: int = 0
    number: int | None = None
    """The paragraph's number, as "Read paragraph 5" counts them (every block but headings)."""


@dataclass(frozen=True)
class Appendix:
    """The full article, at the end."""

    title: str
    blocks: tuple[ArticleBlock, ...]
    byline: str | None = None


@dataclass(frozen=True)
class ScheduleRow:
    clock: str
    title: str
    minutes: int
    purpose: str | None = None


@dataclass(frozen=True)
class Schedule:
    """The session at a glance: each part with its clock time."""

    rows: tuple[ScheduleRow, ...]


@dataclass(frozen=True)
class Colophon:
    """The credits (the scripture translation's notice and the like), printed once, at the end."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Card:
    """One take-home card: the same on each of the page's cards."""

    kicker: str
    title: str
    questions: tuple[str, ...]
    intro: str | None = None
    footer: str | None = None
    """The group, series and week, when known."""
    when: str | None = None
    """The label of a blank for the day the two of them will talk it over."""


@dataclass(frozen=True)
class CardSheet:
    """Cards to cut apart: ``per_page`` copies of ``card`` on each page, with cut lines between."""

    card: Card
    per_page: int = 4
    pages: int = 1


@dataclass(frozen=True)
class PageBreak:
    pass


Block = (
    WriteIn
    | SectionHead
    | Text
    | Passage
    | Scripture
    | QuestionItem
    | Transition
    | Note
    | HighlightItem
    | Schedule
    | Colophon
    | CardSheet
    | Appendix
    | PageBreak
)


@dataclass(frozen=True)
class Cover:
    """The optional title page."""

    title: str
    edition_label: str
    audience_label: str
    big_idea: str | None = None
    byline: str | None = None
    series: str | None = None


@dataclass(frozen=True)
class Worksheet:
    """A whole worksheet, ready to be written as PDF, Markdown or HTML."""

    title: str
    edition: Edition
    """The layout it was built with (a registered edition's is the built-in one it follows)."""
    masthead: Masthead
    blocks: tuple[Block, ...]
    subject: str
    author: str
    cover: Cover | None = None
    keywords: tuple[str, ...] = field(default=())
    language: str = "en"
    """The language of the guide, and so of every label the worksheet prints."""
    edition_name: str = ""
    """What its pages call the edition ("Retreat sheet"); the layout's own name when empty."""

    @property
    def labels(self) -> Mapping[str, str]:
        return labels(self.language)

    @property
    def edition_label(self) -> str:
        """The edition's name as the pages print it."""
        return self.edition_name or edition_label(self.edition, self.language)

    @property
    def questions(self) -> tuple[QuestionItem, ...]:
        return tuple(b for b in self.blocks if isinstance(b, QuestionItem))

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(a.field_name for q in self.questions for a in q.answers if a.field_name)
