"""The objections an author takes up and answers ("I know the objection ...: isn't parking just a polite
way of avoiding things? It can be.", "Some of you are thinking that this is spoiling a child ... But
asking is something you learn when you trust that the answer will be yes."): the place where an article
argues most plainly, found for the family that asks how the author answers.
"""

from __future__ import annotations

import re

from guides.analysis.cues import SECOND_CLAIM
from guides.analysis.passages import words
from guides.analysis.reading import Passage
from guides.guide.offered import Context

_OBJECTION_CUE = re.compile(
    r"\b(?=[adimostwy])(?:(?:i|we) know the objection|(?:the|an|one) (?:obvious |usual |first )?objection|"
    r"some of you (?:are|may be|might be) (?:thinking|saying)|you (?:may|might) (?:be thinking|say|object)|"
    r"someone (?:will|might|may) (?:say|object)|(?:some|many) (?:people|readers|parents|couples) "
    r"(?:will|would|may|might) (?:say|object)|alguno (?:ya )?(?:está )?pensando|dirás|alguien dirá)\b",
    re.IGNORECASE,
)
"""How an author introduces the objection they are about to answer."""

_ANSWER = re.compile(
    r"^\W*(?:but|yet|and yet|it can be|maybe so|fair enough|that['’]s fair|true|here['’]s the thing|"
    r"i understand|i hear that|pero|puede ser)\b",
    re.IGNORECASE,
)
"""How the author's answer to it begins ("It can be.", "But asking is something you learn ...")."""


_SAID_AFTER = re.compile(r"\s*(?:that\s+|,\s*(?=[“\"«]))")


def objections(ctx: Context) -> list[tuple[Passage, tuple[int, int]]]:
    """The objections the author takes up and answers within the next sentences of the same paragraph:
    the span of the objection itself (after "I know the objection ...:" when a colon sets it apart), a
    sentence or a question of 5 to 22 words, never one the author does not answer."""
    out: list[tuple[Passage, tuple[int, int]]] = []
    passages = ctx.reading.passages
    for i, p in enumerate(passages):
        if p.part != 1 or ctx.reading.block_role(p.block) not in ("body", "answer"):
            continue
        cue = _OBJECTION_CUE.search(p.text)
        if cue is None:
            continue
        after = [q for q in passages[i + 1 : i + 4] if q.block == p.block]
        if not any(_ANSWER.match(q.text) for q in after):
            continue  # an objection left standing is the author's doubt, not an argument
        s, e = p.start, p.end
        if len(words(p.text[cue.end() :])) < 2:
            # "I know what you may be thinking. "Why should I have to do the work? ..."": the objection is
            # what the next sentence voices
            voiced = after[0] if after and after[0].text.lstrip()[:1] in '“"«' else None
            if voiced is None:
                continue
            span = _voiced_span(ctx, voiced)
            if span is not None:
                out.append((p, span))
            continue
        colon = p.text.find(":", cue.end())
        said = _SAID_AFTER.match(p.text, cue.end())
        if colon != -1 and len(words(p.text[colon + 1 :])) >= 4:
            s = p.start + colon + 1
        elif said is not None and len(words(p.text[said.end() :])) >= 4:
            s = p.start + said.end()  # "Some of you are thinking that this is spoiling a child"
        while s < e and ctx.article.text[s] in ' “"«':
            s += 1
        text = ctx.article.text[s:e].rstrip('”"» ')
        second = SECOND_CLAIM.search(text)
        if second is not None and len(words(text[: second.start()])) >= 4:
            text = text[: second.start()]  # "this is spoiling a child, or that he needed ...": the first
        if re.match(r"^\W*(?:this|that|it|these|those|esto|eso)\b(?!\?)", text, re.I) and not text.endswith(
            "?"
        ):
            continue  # "this is spoiling a child": what "this" is, the paragraph before says
        if (text.count("“") + text.count('"')) % 2:
            continue  # a quotation cut in half
        e = s + len(text)
        if not 5 <= len(words(text)) <= 22 or ctx.touches_scripture(s, e) or ctx.private_between(s, e):
            continue
        out.append((p, (s, e)))
    out += _objections_heading(ctx)
    return sorted(out, key=lambda found: found[1][0])[:2]


_VOICED = re.compile(r"^[“\"«]?\s*(?:but|pero|¿pero)\b[^?]{10,}\?[”\"»]?$", re.IGNORECASE)
"""A question standing alone that pushes back ("But Jo, don't you need to be intentional?")."""

_GRANTED = re.compile(
    r"\b(?:(?:she|he|they|you) (?:is|are)|(?:she|he|they|you)['’](?:s|re)) (?:right|partly right)\b|"
    r"\bi can hear (?:some of )?you\b|\btiene razón\b",
    re.IGNORECASE,
)
"""Where the author grants the pushback before answering it ("She is right, and ...", "I can hear some of
you.")."""


def _objections_heading(ctx: Context) -> list[tuple[Passage, tuple[int, int]]]:
    """An objection voiced in a paragraph of its own, a reader's or a friend's question ("But Jo, don't you
    need to be intentional?"), that the author then grants or answers in the next two paragraphs ("I can
    hear some of you. ... She is right ... But I think the intention has to go somewhere different.")."""
    out: list[tuple[Passage, tuple[int, int]]] = []
    passages = ctx.reading.passages
    for i, p in enumerate(passages):
        if p.role not in ("rhetorical", "reader_question") or p.part != 1 or not _VOICED.match(p.text):
            continue
        if any(q.block == p.block for q in passages[i + 1 : i + 2]) or (
            i > 0 and passages[i - 1].block == p.block
        ):
            continue  # (asked inside a paragraph, it is the author's own question)
        after = [q for q in passages[i + 1 : i + 10] if p.block < q.block <= p.block + 2]
        if not any(_GRANTED.search(q.text) for q in after) or not any(_ANSWER.match(q.text) for q in after):
            continue
        span = _voiced_span(ctx, p)
        if span is not None:
            out.append((p, span))
    return out


def _voiced_span(ctx: Context, p: Passage) -> tuple[int, int] | None:
    """A voiced objection without its quotation marks, when it is 5 to 22 words and not private."""
    s, e = p.start, p.end
    while s < e and ctx.article.text[s] in ' “"«':
        s += 1
    while e > s and ctx.article.text[e - 1] in ' ”"»':
        e -= 1
    if not 5 <= len(words(ctx.article.text[s:e])) <= 22 or ctx.private_between(s, e):
        return None
    return s, e
