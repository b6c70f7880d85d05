"""One edition being built: what it is built from, and what it has printed so far.

The parts of the sheet (:mod:`.readings`, :mod:`.questions`, and the whole in
:mod:`.builder`) read the same guide, options and catalog words, and note
into the same sets which scripture is already shown and which credits the
colophon owes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from guides.article import Article
from guides.catalog import catalog
from guides.guide.model import Guide, Question
from guides.worksheet import content as c
from guides.worksheet.editions.options import WorksheetOptions
from guides.worksheet.editions.rules import couple_numbers, for_couple, for_participant, participant_numbers
from guides.worksheet.highlights import HighlightLike


class Sheet:
    """The guide, the options and the article of one edition, and its running notes."""

    def __init__(
        self,
        guide: Guide,
        options: WorksheetOptions,
        article: Article | None,
        highlights: list[HighlightLike],
        pages: Mapping[str, int],
        label: str,
    ) -> None:
        self.guide = guide
        self.o = options
        self.edition = cast(c.Edition, options.edition)  # build_worksheet passes a built-in layout
        self.label = label
        self.article = article
        self.highlights = highlights
        self.pages = pages
        """Question id -> its page in the participant's edition (the leader's edition prints it)."""
        self.numbers = couple_numbers(guide) if self.edition == "couple" else participant_numbers(guide)
        self.shown_refs: set[str] = set()
        """Scripture references already printed (a verse the article cites is shown once)."""
        self.notices: set[str] = set()
        """Credit lines the colophon owes (a translation's notice)."""
        self.leaderish = self.edition in ("leader", "session")
        self.appendix = "article" in options.include and article is not None
        self.words: Mapping[str, str] = catalog(guide.language).table("worksheet")
        self.prompt_words: Mapping[str, str] = catalog(guide.language).table("prompts")

    def shows(self, q: Question) -> bool:
        """Whether this edition prints the question."""
        if self.edition == "participant":
            return for_participant(q)
        if self.edition == "couple":
            return for_couple(q)
        return True

    def numbered(self, q: Question) -> bool:
        """Whether the question is printed with a number."""
        return q.id in self.numbers and self.shows(q)

    def partners(self) -> tuple[str, str]:
        """The two names over the couple's answer areas: theirs when given, else the catalog's."""
        names = self.o.partner_names
        if names and all(n.strip() for n in names):
            return names[0].strip(), names[1].strip()
        return self.words["partner_a"], self.words["partner_b"]
