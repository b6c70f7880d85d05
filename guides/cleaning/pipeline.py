"""The cleaning every reader's drafts go through before they become an Article.

Page chrome is found first (:mod:`guides.cleaning.chrome`), without touching
any block that looks like part of a comment section, so that a "Related
posts" box cannot swallow the "24 thoughts on ..." heading after it. Then
the comment section is found among what is left
(:mod:`guides.cleaning.comments`), and each comment is judged for spam
(:mod:`guides.cleaning.spam`). Last, notices in whole sentences among what
is left (promotions, disclaimers, credits: :mod:`guides.cleaning.notices`);
a spam comment is a promotion too, and stays a comment. Everything else is
kept, in order.
"""

from __future__ import annotations

from dataclasses import dataclass

from guides.article import BlockDraft, Removed, RemovedKind, removed_id
from guides.cleaning.chrome import find_chrome
from guides.cleaning.comments import comment_mark, find_comments
from guides.cleaning.notices import notice
from guides.cleaning.result import CleanResult


@dataclass(frozen=True)
class _Found:
    indices: tuple[int, ...]
    kind: RemovedKind
    text: str
    reason: str
    spam: bool | None = None
    spam_reason: str | None = None
    author: str | None = None


def clean_drafts(drafts: list[BlockDraft]) -> CleanResult:
    """Take comment sections, spam and page chrome out of a reader's drafts.

    Returns the drafts that stay, one :class:`~guides.article.Removed` per
    piece taken out (each comment, each comment heading, each box of chrome),
    and ``kept_before`` for re-counting a reader's own removed pieces.
    """
    marks = [comment_mark(d.text) for d in drafts]
    structural = {i for i, mark in enumerate(marks) if mark in ("header", "weak_header", "says", "form")}
    found: list[_Found] = []
    chrome_indices: set[int] = set()
    for chrome in find_chrome(drafts, taken=structural):
        indices = tuple(range(chrome.start, chrome.end))
        chrome_indices.update(indices)
        text = "\n\n".join(drafts[i].text for i in indices)
        found.append(_Found(indices, chrome.kind, text, chrome.reason))
    for comment in find_comments(drafts, chrome=chrome_indices, marks=marks):
        verdict = comment.verdict
        found.append(
            _Found(
                comment.indices,
                comment.kind,
                comment.text,
                comment.reason,
                spam=verdict.spam if verdict is not None else None,
                spam_reason=verdict.reason if verdict is not None else None,
                author=comment.author,
            )
        )
    taken = {i for piece in found for i in piece.indices}
    for i, draft in enumerate(drafts):
        found_notice = notice(draft.text) if i not in taken else None
        if found_notice is not None:
            found.append(_Found((i,), found_notice.kind, draft.text, found_notice.reason))
            taken.add(i)
    kept: list[BlockDraft] = []
    kept_before: list[int] = []
    for i, draft in enumerate(drafts):
        kept_before.append(len(kept))
        if i not in taken:
            kept.append(draft)
    kept_before.append(len(kept))
    removed = []
    for piece in sorted(found, key=lambda p: p.indices[0]):
        position = kept_before[piece.indices[0]]
        removed.append(
            Removed(
                id=removed_id(piece.kind, piece.text, position),
                kind=piece.kind,
                text=piece.text,
                reason=piece.reason,
                position=position,
                spam=piece.spam,
                spam_reason=piece.spam_reason,
                author=piece.author,
            )
        )
    return CleanResult(drafts=kept, removed=removed, kept_before=kept_before)
