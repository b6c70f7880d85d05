"""The reading stage: what each sentence and block of an article is doing.

A careful reader does not treat every sentence alike. "Maybe your marriage
feels beyond repair" raises a possibility; it is not a claim to find reasons
for. "Have you seen a campfire flare up ...?" is a picture, not a question to
answer. "Reflect: how does ...?" is a question the article prints for its
readers, and "The Hebrew word here means ..." is a note on wording. In an
advice column the reader's letter is not the columnist's argument, and a
second letter is another article altogether. This stage gives every sentence
one :data:`Role` (with a few traits: a view the author argues against, a
definition, a picture, who an instruction is for) and every block its part in
the page, and picks the thesis, so that guides stand only on what the author
asserts, counsels, narrates or asks.

Written here rather than taken from a library: the roles are a reading of
devotional, pastoral and advice writing (hedges, printed study questions,
letters, scripture quoted or only listed) that no general discourse parser
labels, and the stage must be deterministic, offline and quick. It reads cues
(:mod:`guides.analysis.cues`) over the segmenter's sentences and the article's blocks.

Its modules import one way. What the stage says of an article is in
:mod:`~guides.analysis.reading.model`; each step reads one thing: ``blocks``
(which ask ``lists`` for a listicle's numbered points), ``sentences``, their
``neighbours``, ``lists``, ``scripture`` and the ``thesis``; on top,
:mod:`~guides.analysis.reading.read` reads the whole in that order.
"""

from __future__ import annotations

from guides.analysis.reading.lists import _ours_now
from guides.analysis.reading.model import (
    NEVER_SOURCE,
    ROLES,
    Addressee,
    ArticleReading,
    BlockPart,
    BlockRole,
    ListUnit,
    Passage,
    Role,
    ScriptureRole,
    ScriptureUsage,
)
from guides.analysis.reading.read import read_article, reading_to_dict

__all__ = [
    "NEVER_SOURCE",
    "ROLES",
    "Addressee",
    "ArticleReading",
    "BlockPart",
    "BlockRole",
    "ListUnit",
    "Passage",
    "Role",
    "ScriptureRole",
    "ScriptureUsage",
    "_ours_now",
    "read_article",
    "reading_to_dict",
]
