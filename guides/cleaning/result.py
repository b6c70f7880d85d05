"""What the cleaners return."""

from __future__ import annotations

from dataclasses import dataclass

from guides.article import BlockDraft, Removed


@dataclass(frozen=True)
class CleanResult:
    """The blocks that stay, what was taken out, and where; and what the cleaning read.

    ``kept_before[i]`` is how many kept blocks come before input block ``i``
    (with one extra entry at the end, the number kept in all), so a reader's
    own removed pieces can be re-counted against the cleaned list.
    ``removed`` positions already count kept blocks.

    ``title`` is the headline found at the top when the reader had none;
    ``author``, ``date`` and ``site`` come from bylines, dates, the site's
    name or its copyright line. Each is None when nothing said it.
    """

    drafts: list[BlockDraft]
    removed: list[Removed]
    kept_before: list[int]
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
