"""What a reader hands to the dispatcher before cleaning and placing."""

from __future__ import annotations

from dataclasses import dataclass, field

from guides.article import BlockDraft, Removed


@dataclass
class Extracted:
    """A reader's output: metadata, blocks in order, and what it already set aside.

    ``removed`` positions count blocks of ``drafts`` before each piece; the
    dispatcher re-counts them after the cleaners have run.
    """

    drafts: list[BlockDraft]
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    removed: list[Removed] = field(default_factory=list)
