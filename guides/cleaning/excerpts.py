"""Excerpts: an article whose last sentence was cut off mid-way.

A newsletter's teaser, a feed reader's preview or a paste that stopped short
ends in the middle of a sentence ("... where the first thing we do is"),
often with "Continue reading" under it. The words stay in the article, to be
read, but the unfinished sentence is marked (``BlockDraft.fragment_start``)
so that nothing quotes it as a source: no question, passage read aloud or
big idea comes from half a sentence.

The last paragraph or quotation is cut off when

* it ends with an ellipsis or "[…]" after at least two words of its last
  sentence (a cut made by the site), or
* it ends on a word or a comma with no closing punctuation at all, its last
  sentence has four words or more and the paragraph twelve or more, so that
  a sign-off ("With love, Anna"), a verse reference or a short line is not
  taken for a cut; after a "Continue reading" link two words are enough.

Only the last sentence is marked, from where it starts to the block's end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from guides.article import BlockDraft

_ELLIPSIS = re.compile(r"(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\))\s*$")
_CLOSED = re.compile(r"[.!?…:;)\]»”’\"'*_~]\s*$")
_OPEN_END = re.compile(r"[\w,–—-]\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])['\"’”)\]»]*\s+(?=[\"“‘'¿¡(]?[A-ZÁÉÍÓÚÑ0-9])")
_URL_END = re.compile(r"(?:https?://|www\.)\S+\s*$|\S+@\S+\s*$")


def mark_fragment(drafts: list[BlockDraft], *, cut_link: bool = False) -> list[BlockDraft]:
    """The drafts with the last one's unfinished sentence marked, if it has one.

    ``cut_link`` says a "Continue reading" or "Read more" link stood right
    after the text, which makes a short unfinished ending count too.
    """
    if not drafts:
        return drafts
    last = drafts[-1]
    start = fragment_start(last, cut_link=cut_link)
    if start is None:
        return drafts
    return [*drafts[:-1], replace(last, fragment_start=start)]


def fragment_start(draft: BlockDraft, *, cut_link: bool = False) -> int | None:
    """Where ``draft``'s cut-off last sentence starts in its text, or None when it ends whole."""
    if draft.kind not in ("paragraph", "quote") or draft.fragment_start is not None:
        return None
    text = draft.text.rstrip()
    if not text or _URL_END.search(text):
        return None
    start = _last_sentence_start(text)
    sentence_words = len(text[start:].split())
    if _ELLIPSIS.search(text):
        return start if sentence_words >= 2 else None
    if _CLOSED.search(text) or not _OPEN_END.search(text):
        return None
    enough = 2 if cut_link else 4
    if sentence_words < enough or (not cut_link and len(text.split()) < 12):
        return None
    return start


def _last_sentence_start(text: str) -> int:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() < len(text):
            start = match.end()
    line_start = text.rfind("\n") + 1
    return max(start, line_start)
