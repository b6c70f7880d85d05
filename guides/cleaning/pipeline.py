"""The cleaning every reader's drafts go through before they become an Article.

1. The top of the page (:mod:`guides.cleaning.head`): the headline when the
   reader found none, and the labels, bylines and dates around it.
2. Page chrome (:mod:`guides.cleaning.chrome`), found without touching any
   block that looks like part of a comment section, so that a "Related
   posts" box cannot swallow the "24 thoughts on ..." heading after it.
3. The comment section among what is left (:mod:`guides.cleaning.comments`),
   each comment judged for spam (:mod:`guides.cleaning.spam`).
4. Notices in whole sentences among what is left: promotions, disclaimers,
   credits (:mod:`guides.cleaning.notices`), and a byline printed under the
   post ("Posted by Grace at 7:42 AM").
5. The other letters of an advice column (:mod:`guides.cleaning.letters`).
6. An excerpt's cut-off last sentence, marked (:mod:`guides.cleaning.excerpts`).

Everything else is kept, in order. Every block taken out is in exactly one
removed piece, except the headline, which becomes the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guides.article import BlockDraft, Removed, RemovedKind, removed_id
from guides.cleaning.authors import parse_byline
from guides.cleaning.chrome import find_chrome
from guides.cleaning.comments import comment_mark, find_comments
from guides.cleaning.excerpts import mark_fragment
from guides.cleaning.head import find_head
from guides.cleaning.letters import find_letters, unsign_letters
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


_POSTED_BY = re.compile(r"^(?:posted|written|published|publicado|escrito|publicada)\s+(?:by|por)\s", re.I)
_CUT_LINK = re.compile(
    r"^(?:continue reading|keep reading|read more|read the (?:full|whole|rest of the) (?:article|post|story)|"
    r"seguir leyendo|leer más|sigue leyendo)\b",
    re.IGNORECASE,
)
_COPYRIGHT_OWNER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:by\s+)?"
    r"(?P<name>[^.|·•\n]{2,60}?)\s*"
    r"(?:[.,|·•]\s*(?:all rights reserved|todos los derechos reservados).*|\.?)$",
    re.IGNORECASE,
)


def clean_drafts(drafts: list[BlockDraft], *, title: str | None = None) -> CleanResult:
    """Take page furniture, comment sections, spam and other letters out of a reader's drafts.

    ``title`` is the title the reader found, if any; without one, the
    headline is looked for among the first blocks. Returns the drafts that
    stay, one :class:`~guides.article.Removed` per piece taken out, the
    metadata read on the way (title, author, date, site) and ``kept_before``
    for re-counting a reader's own removed pieces.
    """
    marks = [comment_mark(d.text) for d in drafts]
    structural = {i for i, mark in enumerate(marks) if mark in ("header", "weak_header", "says", "form")}
    head = find_head(
        drafts, title=title, furniture=[mark in ("header", "weak_header", "form", "reply") for mark in marks]
    )
    found = [_Found(p.indices, p.kind, _joined(drafts, p.indices), p.reason) for p in head.pieces]
    set_aside = {i for piece in found for i in piece.indices}
    if head.title_index is not None:
        set_aside.add(head.title_index)
    for chrome in find_chrome(drafts, taken=structural | set_aside):
        indices = tuple(range(chrome.start, chrome.end))
        found.append(_Found(indices, chrome.kind, _joined(drafts, indices), chrome.reason))
        set_aside.update(indices)
    for comment in find_comments(drafts, chrome=set_aside, marks=marks):
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
        set_aside.update(comment.indices)

    for i, draft in enumerate(drafts):
        found_notice = notice(draft.text) if i not in set_aside else None
        if found_notice is not None:
            found.append(_Found((i,), found_notice.kind, draft.text, found_notice.reason))
            set_aside.add(i)

    notices = _notices_at_the_end(drafts, set_aside)
    if notices:
        reason = "The notices read out after the sermon, not part of it."
        found.append(_Found(notices, "boilerplate", _joined(drafts, notices), reason))
        set_aside.update(notices)

    author = head.author
    tail = _tail_byline(drafts, set_aside)
    if tail is not None:
        byline = parse_byline(drafts[tail].text)
        author = author or (byline.author if byline else None)
        reason = "The byline printed under the post; its author is shown with the article."
        found.append(_Found((tail,), "boilerplate", drafts[tail].text, reason))
        set_aside.add(tail)

    letters = find_letters(drafts, taken=set_aside)
    if letters:
        drafts = unsign_letters(drafts, letters)
        for letter in letters[1:]:
            indices = tuple(i for i in range(letter.start, letter.end) if i not in set_aside)
            if not indices:
                continue
            reason = (
                f"Letter {letter.number} of {len(letters)} in this column, with its answer. "
                "The first letter is the article; restore this one to read it as well."
            )
            found.append(_Found(indices, "letter", _joined(drafts, indices), reason))
            set_aside.update(indices)

    kept: list[BlockDraft] = []
    kept_before: list[int] = []
    last_kept = -1
    for i, draft in enumerate(drafts):
        kept_before.append(len(kept))
        if i not in set_aside:
            kept.append(draft)
            last_kept = i
    kept_before.append(len(kept))
    cut_link = any(
        piece.kind == "navigation" and min(piece.indices) > last_kept and _CUT_LINK.match(piece.text.strip())
        for piece in found
    )
    kept = mark_fragment(kept, cut_link=cut_link)
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
    return CleanResult(
        drafts=kept,
        removed=removed,
        kept_before=kept_before,
        title=head.title,
        author=author,
        date=head.date,
        site=head.site or _copyright_owner(removed),
    )


_NOTICES = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|all right|alright|now|so|and|before we (?:sing|go|close|leave|pray)|"
    r"before (?:the |our )?(?:closing|last|final) (?:hymn|song|prayer|blessing))"
    r"[,.]?\s+)*"
    r"(?:(?:a few|some|just a few|(?:a )?couple of|our|the|this week['’]s|two|three)\s+)?(?:quick\s+)?"
    r"(?:church\s+)?(?:notices|announcements|avisos|anuncios)\b",
    re.IGNORECASE,
)
"""How a preacher turns to the week's notices ("Okay, quick notices and then we'll sing.", "Now, before the
closing hymn, a few announcements.")."""

NOTICES_WORDS_MAX = 400
"""The notices after a sermon are a few short items; more than this is the sermon going on."""


def _notices_at_the_end(drafts: list[BlockDraft], taken: set[int]) -> tuple[int, ...]:
    """The church notices read after a sermon, from the line that turns to them to the end: in the last
    part of the text, after most of it, and short."""
    left = [i for i in range(len(drafts)) if i not in taken]
    if len(left) < 6:
        return ()
    for k, i in enumerate(left):
        # (the turn to the notices is a short sentence, whatever follows it in the paragraph)
        first = re.split(r"(?<=[.!?:])\s", drafts[i].text.strip(), maxsplit=1)[0]
        if k < len(left) // 2 or not _NOTICES.match(first) or len(first.split()) > 14:
            continue
        rest = tuple(left[k:])
        if sum(len(drafts[j].text.split()) for j in rest) <= NOTICES_WORDS_MAX:
            return rest
        return ()
    return ()


def _joined(drafts: list[BlockDraft], indices: tuple[int, ...]) -> str:
    return "\n\n".join(drafts[i].text for i in indices)


def _tail_byline(drafts: list[BlockDraft], taken: set[int]) -> int | None:
    """The last kept block when it is "Posted by Name at 7:42 AM", as blogs print under a post."""
    last = next((i for i in range(len(drafts) - 1, -1, -1) if i not in taken), None)
    if last is None or last == 0:
        return None
    text = " ".join(drafts[last].text.split())
    byline = parse_byline(text) if _POSTED_BY.match(text) else None
    return last if byline is not None and byline.author else None


def _copyright_owner(removed: list[Removed]) -> str | None:
    """The name in the site's copyright line ("© 2024 The Long Table"), for the site field."""
    for piece in removed:
        if piece.kind != "boilerplate":
            continue
        for line in piece.text.split("\n"):
            match = _COPYRIGHT_OWNER.match(line.strip())
            if match:
                name = match.group("name").strip(" .,")
                if name and any(ch.isalpha() for ch in name) and len(name.split()) <= 6:
                    return name
    return None
