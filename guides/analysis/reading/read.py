"""The whole: :func:`read_article` reads an article's blocks, its sentences and their neighbours,
its lists, its scripture and its thesis in turn, and weighs the argument's key claims
(:mod:`guides.analysis.argument`); :func:`reading_to_dict` gives the reading as JSON-ready data.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from guides.analysis.advice import Advice
from guides.analysis.argument import key_claims, weigh_claims
from guides.analysis.passages import Theme
from guides.analysis.reading.blocks import _block_roles
from guides.analysis.reading.lists import _lists
from guides.analysis.reading.model import ArticleReading, ListUnit, Passage
from guides.analysis.reading.neighbours import (
    _announced_next,
    _disclaimed,
    _fragments,
    _leader_sections,
    _note_paragraphs,
    _preliminaries,
    _requests,
    _restated,
    _scenes,
    _to_some,
    _voiced_questions,
)
from guides.analysis.reading.scripture import _scripture_usage
from guides.analysis.reading.sentences import _narrative_blocks, _sentence_role
from guides.analysis.reading.thesis import _spine_thesis, _thesis
from guides.analysis.reported import reported_views
from guides.analysis.sentences import Sentence
from guides.analysis.spans import Spans
from guides.article import Article


def read_article(
    article: Article,
    sentences: Sequence[Sentence],
    *,
    advice: Sequence[Advice] = (),
    scripture: Sequence[Any] = (),
    themes: Sequence[Theme] = (),
    language: str | None = None,
) -> ArticleReading:
    """Give every sentence of ``article`` its role and pick the thesis.

    ``scripture`` are the :class:`~guides.analysis.analyze.ScriptureUse` s
    found in the article (their quotations count as quoted words, their spans
    as references); ``advice`` the imperative clauses; ``themes`` weigh the
    candidates for the thesis.
    """
    refs = [(u.start, u.end) for u in scripture]
    quotations = Spans(u.quotation for u in scripture if u.quotation is not None)
    blocks = _block_roles(article, refs)
    block_starts = [b.start for b in article.blocks]
    advice_at = {a.start: a for a in advice}
    advice_sorted = sorted(advice, key=lambda a: a.start)
    advice_starts = [a.start for a in advice_sorted]
    narrative = _narrative_blocks(article, sentences, block_starts)
    passages: list[Passage] = []
    for k, sentence in enumerate(sentences):
        b = bisect_right(block_starts, sentence.start) - 1
        if b < 0 or sentence.start >= article.blocks[b].end:
            continue
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        own_advice = advice_at.get(sentence.start)
        if own_advice is None:
            i = bisect_left(advice_starts, sentence.start)
            if i < len(advice_sorted) and advice_sorted[i].start < sentence.end:
                own_advice = advice_sorted[i]
        share = _quoted_share(sentence, quotations.overlapping(sentence.start, sentence.end))
        previous = passages[-1] if passages else None
        passages.append(
            _sentence_role(
                sentence,
                nxt,
                blocks[b],
                article.blocks[b],
                own_advice,
                previous,
                share,
                narrative.get(b, False),
            )
        )
    passages = _fragments(passages, article)
    passages = _note_paragraphs(_preliminaries(_scenes(_requests(passages))))
    passages = _leader_sections(_voiced_questions(_to_some(_restated(passages))))
    passages = _announced_next(_disclaimed(passages))
    passages = _to_the_letter_writer(_author_bio(article, passages))
    # (a view the author is about to argue against, "this story was always told as a story about Moses",
    # is never asked about as the author's own, only as the view it is; what reports a view depends on the
    # sentences' text and paragraphs, which the thesis leaves as they are, so it is found once)
    reported = reported_views(passages)
    passages = [replace(p, traits=p.traits | {"reported"}) if p.start in reported else p for p in passages]
    lists = tuple(_lists(article, blocks, passages))
    # ("Noon is when you go to the grocery store ... Noon is when you skip the class reunion. Noon is
    # when ...": sentences built alike are one of a run of pictures, never the thesis)
    series = {s for u in lists if u.parallel for s, _ in u.items}
    thesis = _thesis(article, passages, themes, language, [s for s, _ in refs], blocks, reported, series)
    if thesis is not None:
        index = passages.index(thesis)
        thesis = replace(thesis, traits=thesis.traits | {"thesis"})
        passages[index] = thesis
    starts = tuple(p.start for p in passages)

    def reading_at(offset: int) -> Passage | None:
        i = bisect_right(starts, offset) - 1
        return passages[i] if i >= 0 and offset < passages[i].end else None

    usage = _scripture_usage(article, scripture, passages, blocks, reading_at)
    weighed = weigh_claims(passages, article.title, language, reported=reported)
    keys = key_claims(weighed, passages)
    thesis = _spine_thesis(thesis, keys, weighed, passages)
    return ArticleReading(
        passages=tuple(passages),
        blocks=tuple(blocks),
        lists=lists,
        scripture=tuple(usage),
        thesis=thesis,
        claims=tuple(weighed),
        key_claims=keys,
        _starts=starts,
    )


def _quoted_share(sentence: Sentence, quotations: Sequence[tuple[int, int]]) -> float:
    inside = sum(max(0, min(e, sentence.end) - max(s, sentence.start)) for s, e in quotations)
    return inside / max(sentence.end - sentence.start, 1)


def _list_kind(u: ListUnit) -> str:
    """What a list is, for the JSON: "steps" (in order), "ours" (what the author's household does),
    "counsel", "questions" (offered to ask each other), "parallel" (sentences built alike) or "list"."""
    if u.questions:
        return "questions"
    if u.ours:
        return "ours"
    if u.practice:
        return "steps" if u.in_order else "counsel"
    return "parallel" if u.parallel else "list"


def reading_to_dict(reading: ArticleReading) -> dict[str, Any]:
    """The reading as JSON-ready data (``porchlight analyze --format json``, under "reading")."""
    return {
        "thesis": {"text": reading.thesis.text, "start": reading.thesis.start, "end": reading.thesis.end}
        if reading.thesis
        else None,
        "key_claims": [
            {"start": k.start, "end": k.end, "weight": k.weight, "shape": k.shape, "lead": k.lead}
            for k in reading.key_claims
        ],
        "sentences": [
            {
                "text": p.text,
                "start": p.start,
                "end": p.end,
                "role": p.role,
                "block": p.block,
                "usable": p.usable,
                **({"part": p.part} if p.part != 1 else {}),
                **({"traits": sorted(p.traits)} if p.traits else {}),
                **({"addressee": p.addressee} if p.addressee else {}),
            }
            for p in reading.passages
        ],
        "blocks": [
            {
                "index": b.index,
                "start": b.start,
                "end": b.end,
                "role": b.role,
                **({"part": b.part} if b.part != 1 else {}),
            }
            for b in reading.blocks
        ],
        "lists": [
            {
                "lead": {"text": u.lead.text, "start": u.lead.start, "end": u.lead.end} if u.lead else None,
                "items": [list(item) for item in u.items],
                "noun": u.noun,
                "kind": _list_kind(u),
                "points": u.points,
            }
            for u in reading.lists
        ],
        "scripture": [
            {
                "start": s.start,
                "end": s.end,
                "role": s.role,
                "comment": list(s.comment) if s.comment else None,
            }
            for s in reading.scripture
        ],
    }


def _author_bio(article: Article, passages: list[Passage]) -> list[Passage]:
    """The lines about the author at the foot of the page ("Nadia Fairweather is a grief counsellor and
    the author of ... She lives on the coast ..."): the publisher's, never the author's argument."""
    if len(article.blocks) < 3:
        return passages
    last = len(article.blocks) - 3
    if article.author:
        name = article.author.split()[0]
        bio = {
            p.block
            for p in passages
            if p.block >= last
            and p.text.startswith(name)
            and (re.search(r"\b(?:is|was) (?:a|an|the)\b", p.text) or _BIO.match(p.text))
        }
    else:
        # No byline, but a short last paragraph that opens on a full name and says what that person does
        # ("Teodora Vance teaches third grade at Linden Street Elementary and attends Grace Bible Church.")
        sizes: dict[int, int] = {}
        for p in passages:
            sizes[p.block] = sizes.get(p.block, 0) + 1
        bio = {p.block for p in passages if p.block >= last and sizes[p.block] <= 3 and _BIO.match(p.text)}
    return [replace(p, role="junk") if p.block in bio else p for p in passages]


_BIO = re.compile(
    r"^(?:[A-Z][a-z'’-]+\s){1,2}[A-Z][a-z'’-]+\s+(?:is|teaches|writes|lives|works|serves|attends|leads|pastors|"
    r"has (?:been|written))\b.*\b(?:church|school|elementary|university|college|author|writer|columnist|"
    r"pastor|lives (?:in|with)|attends|teaches|blogs?)\b"
)
"""Who the author is, at the foot of the page: a full name, then what they do and where."""


_SALUTATION = re.compile(r"^\W*(?:dear|querid[oa])\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*,", re.I)


def _to_the_letter_writer(passages: list[Passage]) -> list[Passage]:
    """Counsel the columnist addresses by the name the letter was signed with ("Dear Edited," ...
    "Tell the school play story again, Edited."): for that one reader, never for a room."""
    names = {m.group(1) for p in passages if (m := _SALUTATION.match(p.text))}
    if not names:
        return passages
    by_name = re.compile(
        r"(?:,\s*(?:"
        + "|".join(map(re.escape, names))
        + r")\W*$)|(?:^\W*(?:"
        + "|".join(map(re.escape, names))
        + r"),)"
    )
    return [
        replace(p, traits=p.traits | {"to_some"}) if p.role == "instruction" and by_name.search(p.text) else p
        for p in passages
    ]
