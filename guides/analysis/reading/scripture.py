"""Scripture: how the article uses each reference (quotes it, discusses it, cites it in
passing, or only lists it, as for next week), and the author's own sentence that says what a quoted
verse means.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from guides.analysis import cues
from guides.analysis.passages import words
from guides.analysis.reading.blocks import _MAIN_TEXT
from guides.analysis.reading.model import BlockPart, Passage, ScriptureUsage
from guides.article import Article

_COMMENT_VERBS = re.compile(
    r"\b(?:reminds?|tells?|says?|shows?|teaches|calls?|means|puts it|writes|wrote|promises|urges|"
    r"commands?|invites?|describes?|warns?|asks?|recuerda|dice|enseña|muestra|llama|promete|exhorta|"
    r"invita|advierte|escribió|escribe)\b",
    re.IGNORECASE,
)


_FOR_LATER = re.compile(
    r"\b(?:before|for|until) next (?:week|time|session|meeting)\b|"
    r"^\W*(?:homework|next week|take[- ]home)\W*$|"
    r"\bantes de la próxima\b|^\W*para la próxima semana\W*$",
    re.IGNORECASE,
)


def _scripture_usage(
    article: Article,
    scripture: Sequence[Any],
    passages: list[Passage],
    blocks: list[BlockPart],
    reading_at: Any,
) -> list[ScriptureUsage]:
    usages: list[ScriptureUsage] = []
    for use in scripture:
        passage = reading_at(use.start)
        block = blocks[passage.block] if passage is not None else None
        if block is None or passage is None:
            # "Philippians 4:10-13" on a line of its own under the headline: the day's text, not a list
            usages.append(
                ScriptureUsage(use.start, use.end, "cited" if _days_text(article, use) else "listed")
            )
            continue
        if block.role == "references":
            # ("Text: Luke 15", or "Philippians 4:10-13" alone under the headline: the day's text)
            main = _MAIN_TEXT.match(article.blocks[block.index].text) or _days_text(article, use)
            usages.append(ScriptureUsage(use.start, use.end, "cited" if main else "listed"))
            continue
        sentence_text = article.text[passage.start : passage.end]
        heading = next((b.text for b in reversed(article.blocks[: passage.block]) if b.kind == "heading"), "")
        if _FOR_LATER.search(heading):
            usages.append(ScriptureUsage(use.start, use.end, "listed"))
            continue  # under "Before next week": a reading for next time, not tonight's passage
        read_now = bool(_MAIN_TEXT.match(sentence_text)) and not cues.NEXT_TIME.match(sentence_text)
        if passage.has("leader") and read_now:
            # "Read together: John 21:1-19 (read the whole passage aloud ...)": the passage of the evening,
            # though the line is the leader's
            usages.append(ScriptureUsage(use.start, use.end, "cited"))
            continue
        if passage.has("leader") or passage.role in ("junk", "promo") or cues.NEXT_TIME.match(sentence_text):
            usages.append(ScriptureUsage(use.start, use.end, "listed"))
            continue  # "Next week: Luke 14": for the leader, or for next time, not to read tonight
        before = article.text[max(passage.start, use.start - 24) : use.start].lower()
        if (
            re.search(r"\b(?:see also|cf\.?|compare|also)\s*$|\d\W{0,3}\s*and\s*$", before)
            or "see also" in sentence_text.lower()
        ):
            # ("Romans 5:1 and Colossians 3:13", but not "And Colossians 3:13 asks us to bear with ...")
            usages.append(ScriptureUsage(use.start, use.end, "listed"))
            continue
        comment = _comment_on(use, passage, passages)
        if use.quotation is not None:
            usages.append(ScriptureUsage(use.start, use.end, "discussed" if comment else "quoted", comment))
            continue
        # Not quoted: discussed when the sentence says what it says ("Psalm 46:1 reminds us ...").
        after = article.text[use.end : passage.end]
        if _COMMENT_VERBS.search(after[:60]) and passage.role in ("claim", "instruction", "quotation"):
            usages.append(ScriptureUsage(use.start, use.end, "discussed", (passage.start, passage.end)))
        elif re.search(r"\(\s*[^()]*;[^()]*\)", sentence_text) and sentence_text.count(":") >= 2:
            usages.append(ScriptureUsage(use.start, use.end, "listed"))
        else:
            usages.append(ScriptureUsage(use.start, use.end, "cited"))
    return usages


HEAD_REFERENCE_BLOCKS = 4
"""How near the top a reference on a line of its own stands to be the day's text."""


def _days_text(article: Article, use: Any) -> bool:
    """Whether ``use`` is a line of its own near the top, under the headline: the text of the sermon or
    study ("Fetched from Lo-debar" / "2 Samuel 9:1-13")."""
    for index, block in enumerate(article.blocks[:HEAD_REFERENCE_BLOCKS]):
        if block.start <= use.start < block.end:
            rest = (article.text[block.start : use.start] + article.text[use.end : block.end]).strip(
                " ()[]—–-"
            )
            return len(rest.split()) <= 3 and index < HEAD_REFERENCE_BLOCKS
    return False


_GOES_ON = re.compile(r"^\W*(?:and\s+)?(?:then|next|after that|y luego|luego|después)\b", re.IGNORECASE)
"""What goes on with the story after a verse ("And then David says ..."), not what the verse means."""


def _comment_on(use: Any, passage: Passage, passages: list[Passage]) -> tuple[int, int] | None:
    """The author's sentence right after a quoted verse that says what it means: in the same block, or,
    when the verse stands as a block of its own, at the start of the next one."""
    index = bisect_left(passages, passage.start, key=lambda p: p.start)  # one passage per sentence start
    quote_end = use.quotation[1] if use.quotation else use.end
    alone = passage.role == "quotation" and all(
        p.role == "quotation" for p in passages if p.block == passage.block
    )
    for p in passages[index : index + 4]:
        if p.block != passage.block and p is not passage and not (alone and p.block == passage.block + 1):
            break
        if p.start < quote_end - 2 or p.role != "claim" or "?" in p.text:
            continue
        if _GOES_ON.match(p.text):
            return None  # 'And then David says two words, "Fear not."': the story goes on, not the verse read
        if len(words(p.text)) >= 5:
            return (p.start, p.end)
    return None
