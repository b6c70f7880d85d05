"""What Porchlight serves, in numbers, and the one line it says past them.

Why budgets as well as faster code: every stage after import is pure Python
and at best linear in the text, and some of what it leans on is not (a
sentence splitter's abbreviation pass, trafilatura on tens of thousands of
tags). A reader must never meet a frozen window or a command that runs for
minutes, so each stage checks the size of what it is given before it starts
and refuses, in one line that says what to do, what it cannot finish in
about ten seconds on the team's two-core test machine.

The limits sit far above what readers bring (an article is 500 to 5,000
words, a sermon 3,000 to 8,000, a book chapter 10,000, a whole book 100,000):

- the text of one import: 4 million characters (about 700,000 words: the
  whole Bible is 4.3 million in one file, which a reader imports a book of at
  a time), in at most 150,000 lines and 40,000 blocks once read;
- a saved web page: 50,000 tags (a long magazine page has 3,000);
- one paragraph is cut at sentence ends into parts of at most 10,000
  characters (about 1,700 words): nothing is lost, and the sentence splitter
  never meets a hostile 300 KB paragraph whole;
- a guide: 120,000 words (a long book); past that, a chapter is asked for.

Time: :class:`Deadline` is checked between an import's stages (decode, read,
clean, place). The sizes above keep each stage short; the deadline catches a
slow machine, and its ``cancelled`` check lets the app's Cancel stop an
import at the next stage.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from guides.errors import BudgetExceededError, CancelledError

MAX_SOURCE_BYTES = 32 * 1024 * 1024
"""Larger than any article or e-book a group reads; a file or download past it is refused unread."""
MAX_TEXT_CHARS = 4_000_000
MAX_LINES = 150_000
MAX_PAGE_ELEMENTS = 50_000
MAX_BLOCKS = 40_000
LONG_BLOCK_CHARS = 10_000
MAX_GUIDE_WORDS = 120_000
IMPORT_SECONDS = 90.0


def _about_words(chars: int) -> str:
    """A rough word count for a reader: about six characters a word, with its space."""
    return f"{max(1000, round(chars / 6, -3)):,.0f}"


def check_text(text: str, *, what: str = "This") -> None:
    """Refuse text longer than :data:`MAX_TEXT_CHARS`, or in more than :data:`MAX_LINES` lines."""
    if len(text) > MAX_TEXT_CHARS:
        raise BudgetExceededError(
            f"{what} is too long to read at once (about {_about_words(len(text))} words; Porchlight "
            f"reads up to about {_about_words(MAX_TEXT_CHARS)}): import a chapter or a part of it."
        )
    lines = text.count("\n")
    if lines > MAX_LINES:
        raise BudgetExceededError(
            f"{what} has {lines:,} lines, more than Porchlight reads at once ({MAX_LINES:,}): "
            "import a chapter or a part of it."
        )


def check_page_elements(count: int) -> None:
    """Refuse a web page of more than :data:`MAX_PAGE_ELEMENTS` tags."""
    if count > MAX_PAGE_ELEMENTS:
        raise BudgetExceededError(
            f"This page is too large to read ({count:,} tags; Porchlight reads up to "
            f"{MAX_PAGE_ELEMENTS:,}): save the article alone (your browser's reader view) and import that."
        )


def check_blocks(count: int) -> None:
    """Refuse an article of more than :data:`MAX_BLOCKS` paragraphs, headings and list items."""
    if count > MAX_BLOCKS:
        raise BudgetExceededError(
            f"This has {count:,} paragraphs, more than Porchlight reads at once ({MAX_BLOCKS:,}): "
            "import a chapter or a part of it."
        )


def check_guide_words(words: int) -> None:
    """Refuse to make a guide from more than :data:`MAX_GUIDE_WORDS` words."""
    if words > MAX_GUIDE_WORDS:
        raise BudgetExceededError(
            f"This article is {words:,} words; a guide is made from up to {MAX_GUIDE_WORDS:,}: "
            "import one chapter or part of it and make its guide."
        )


class Deadline:
    """The time one stage may take, and the reader's cancel; :meth:`check` between steps.

    ``seconds=None`` sets no time limit (the cancel is still honoured).
    """

    def __init__(
        self,
        seconds: float | None,
        *,
        what: str = "Reading this",
        cancelled: Callable[[], bool] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.seconds = seconds
        self.what = what
        self.cancelled = cancelled
        self._clock = clock
        self._ends = None if seconds is None else clock() + seconds

    def check(self) -> None:
        """:class:`CancelledError` if the reader cancelled; :class:`BudgetExceededError` past the time."""
        if self.cancelled is not None and self.cancelled():
            raise CancelledError("Cancelled; nothing was changed.")
        if self._ends is not None and self._clock() > self._ends:
            raise BudgetExceededError(
                f"{self.what} took longer than {self.seconds:.0f} seconds, so Porchlight stopped; "
                "try a shorter part of it."
            )
