"""What a reader asks of a worksheet: the edition, paper, print size, contents and names."""

from __future__ import annotations

from dataclasses import dataclass, field

from guides.worksheet import content as c
from guides.worksheet.paper import Paper


@dataclass(frozen=True)
class WorksheetOptions:
    """What the reader asked for. ``paper=None`` means the locale's default."""

    edition: str = "participant"
    """A built-in edition, or one an audience registered (printed as :func:`~.content.layout_of` says)."""
    paper: Paper | None = None
    large_print: bool = False
    include: frozenset[c.Include] = field(default=c.DEFAULT_INCLUDE)
    answer_lines: bool = True
    fillable: bool = False
    title_page: bool = False
    partner_names: tuple[str, str] | None = None
    """The two names for the couple edition's answer areas, when known."""
    author: str | None = None
    """The PDF's author; the article's author, or "Porchlight", when None."""
    group: str | None = None
    """The group's name ("Thursday group"), printed in the masthead when given."""
    series: str | None = None
    """The series this session belongs to, when it does."""
    week: tuple[int, int] | None = None
    """This session's week in the series and the number of weeks: (2, 6) prints "Week 2 of 6"."""
    cards_per_page: int = 4
    """Take-home cards: 2 or 4 to a page (fewer when the questions would not fit)."""
