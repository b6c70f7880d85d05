"""The thesis: the sentence that states what the article argues, scored by how central and
general it is and how it is set against what it is not; it yields to the argument's heaviest key claim
when that plainly outweighs it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import replace
from itertools import pairwise

from guides.analysis import cues
from guides.analysis.argument import CLEFT, LEAD_IN, SAYING, KeyClaim
from guides.analysis.passages import Theme, centrality, is_content_word, stem, words
from guides.analysis.reading.model import BlockPart, Passage
from guides.analysis.reported import reported_views
from guides.analysis.standing import (
    BACKGROUND,
    ENDS_ON_IT,
    ONE_OF_THEM,
    OUR_ROUTINE,
    STILL_THERE,
    THAT_IS_THE,
    THEIR_VIEW,
    TO_THE_ROOM,
    is_scene,
)
from guides.article import Article

_THESIS_NEGATION = re.compile(
    r"\b(?:is|are|was|were|does|do|did|has|have)(?: not|n['’]t)\b|\bnot (?:a|an|the|about|because|so much)\b|"
    r"\bso much as\b|\bno (?:es|son|era|lleva|se trata)\b|\bsino\b|\bnever (?:a|about)\b",
    re.IGNORECASE,
)

_THESIS_FRAME = re.compile(
    r"^\W*(?:its|the) point (?:is|of)|^\W*the answer is\b|"
    r"\b(?=[iasuhtql])(?:i want (?:you )?to (?:say|know|tell you|suggest)|"
    r"(?:argues|argued|shows|teaches) that\b|"
    r"understood\b.*\bis that\b|here(?: is|['’]s) what\b(?=[^.!?]*[:—])|"
    r"the real (?:enemy|problem|question|issue|danger|point) is(?:n['’]t| not)?\b|"
    r"quiero (?:decir|que sepas)\b|la idea es\b)",
    re.IGNORECASE,
)


_QUESTION_NOT = re.compile(
    r"^\W*(?:(?:so|and|but)\s+)?the (?:real )?(?:question|issue|point)(?: for [\w ]{1,20})? "
    r"(?:is not|isn['’]t|was not|wasn['’]t)\b|"
    r"^\W*(?:así que\s+)?la (?:pregunta|cuestión) no es\b",
    re.I,
)
_QUESTION_IS = re.compile(
    r"^\W*(?:but\s+)?the (?:real )?(?:question|issue|point) is\b(?! not)|"
    r"^\W*(?:pero\s+)?la (?:pregunta|cuestión) es\b",
    re.I,
)


def p_claim(p: Passage) -> str:
    """The words a passage claims, after any frame or label."""
    return p.text[p.claim[0] - p.start :]


_NUMBERED_POINT = re.compile(
    r"^\W*(?:one|two|three|four|five|six|seven|first|second|third|fourth|fifth|finally|uno|dos|tres|cuatro|"
    r"primero|segundo|tercero)\s*[:.—–-]\s",
    re.IGNORECASE,
)


_ARGUED = re.compile(
    r"\b(?:argue|argument|contend|make the case|come to (?:believe|see|think)|convinced|persuaded|"
    r"argumentar|sostener|argumento|convencid[oa]|llegado a creer)\b",
    re.IGNORECASE,
)
"""An announcement's frame that says the claim is what the author argues for, not only what to notice."""


def _thesis(
    article: Article,
    passages: list[Passage],
    themes: Sequence[Theme],
    language: str | None,
    refs: Sequence[int] = (),
    blocks: Sequence[BlockPart] = (),
    reported: set[int] | None = None,
    series: Collection[int] = (),
) -> Passage | None:
    """The sentence that states what the article argues: central, general, and set against something.

    Scored, not looked up: how much of the article's theme weight it carries, the title's words,
    where it stands (the end of the opening or the close), and the marks of a thesis in this kind of
    writing: a claim set against what it is not ("Rest was not a reward for finishing"), a definition,
    or a frame ("I want you to know that ...", "The point is ..."). A story, a hedge, a question, a
    quotation or what a verse says is never the thesis; when nothing scores well enough, there is none.
    """
    stated = next(
        (
            p
            for p in passages
            if p.part == 1 and p.role == "claim" and cues.IDEA_LABEL.match(p.text) and not p.has("in_list")
        ),
        None,
    )
    if stated is not None and 5 <= len(words(p_claim(stated))) <= 45:
        return stated  # "Main idea: Psalm 90 asks God to teach us ...": the study says what its idea is
    weights = {t.stem: t.weight for t in themes}
    top = max(weights.values(), default=1.0) or 1.0
    scaled = {k: v / top for k, v in weights.items()}
    title_stems = {stem(w) for w in words(article.title) if is_content_word(w, language)}
    body = [p for p in passages if p.role in ("claim", "example", "instruction") and p.part == 1]
    body_blocks = sorted({p.block for p in body})
    if not body_blocks:
        return None
    opening = body_blocks[: max(1, min(2, len(body_blocks) // 4))]
    closing = body_blocks[-max(1, min(2, len(body_blocks) // 4)) :]
    last_in_block = {p.block: p.start for p in passages}
    ref_starts = sorted(refs)
    best: tuple[float, int] | None = None
    chosen: Passage | None = None
    if reported is None:
        reported = reported_views(passages)
    # The question the author puts right: "So the question is not whether to be busy. ... The question is
    # whether the busyness has room in it for the guest." The second is the thesis.
    corrected_question: set[int] = set()
    for i, p in enumerate(passages):
        if _QUESTION_NOT.match(p.text):
            after = [q for q in passages[i + 1 : i + 4] if q.block == p.block]
            found = next((q for q in after if _QUESTION_IS.match(q.text)), None)
            if found is not None:
                corrected_question.add(found.start)
    # "I want to argue that this is mostly wrong ... Your job does not have to be your calling.": an
    # announced claim that points back hands the announcement on to the claim that says it plainly.
    leaning, handed_on = set(), set()
    for p, nxt in pairwise(passages):
        if p.has("announced") and re.match(r"^\W*(?:this|that|it)\b", p.text[p.claim[0] - p.start :], re.I):
            leaning.add(p.start)
            if (
                nxt.block == p.block
                and nxt.role == "claim"
                and not re.match(r"^\W*(?:this|that|it)\b", nxt.text, re.I)
            ):
                handed_on.add(nxt.start)
    for p in passages:
        if p.role != "claim" or p.part != 1 or p.has("in_list") or re.match(r"^\W*(?:and|y)\b", p.text, re.I):
            continue  # "And sheep are nervous about fast water": a detail carried on, not the thesis
        tokens = words(p.text)
        framed = bool(_THESIS_FRAME.search(p.text)) or p.has("announced") or p.start in handed_on
        if not 6 <= len(tokens) <= 40 or (p.has("first_person") and not framed):
            continue
        if any(mark in p.text for mark in '“”"«»'):
            continue  # quoting someone: their words, not the author's thesis
        if re.match(r"^\W*(?:if|when|si|cuando)\b[^,]*,\s*(?:i|we|yo|nosotros)\b", p.text, re.I):
            continue  # "If you're about to move, I'm sorry.": the author speaking to the reader, not a claim
        if p.has("concession") and not framed:
            continue  # "Some in-laws are unkind, ...", after "I should say the obvious thing": granted
        if p.start in reported or p.start in leaning:
            continue  # "Good friendships are supposed to feel easy.", "Every marriage book ... says the same
            # thing: ...": told as the view the article then argues against
        if _QUESTION_NOT.match(p.text):
            continue  # "So the question isn't whether to keep these friends.": set aside for the one that is
        if TO_THE_ROOM.match(p.text):
            continue  # "If you are using the phone Bible, that is fine, but please ...": to the room, now
        if cues.COURTESY.match(p.text):
            continue  # "Fourteen months is a real achievement": the columnist's praise, not the point
        if THAT_IS_THE.match(p.text):
            continue  # "Friends, that's the bit of Psalm 88 that we can do something about": what "that" is,
            # the sentences before say
        if _NAMES_A_TERM.match(p.text):
            continue  # "Bakers call the second rise the proof.": a word explained, the picture's name
        if BACKGROUND.search(p.text):
            continue  # "You need to know that in that world, a woman couldn't just divorce her husband": the
            # story's setting, explained, not what the sermon argues
        if p.start in series:
            continue  # "Noon is when you go to the grocery store at eleven at night ... Noon is when you skip
            # the class reunion. Noon is when ...": one of a run of pictures, not the claim they illustrate
        if LEAD_IN.match(p.text):
            continue  # "Here's the trouble with the sideways prayer in a marriage.": the next sentence says
        if _NUMBERED_POINT.match(p.text):
            continue  # "Two: the king used his name.": one of the sermon's points, not its thesis
        if cues.COMPARED_UNSAID.search(p.text) or (
            cues.POINTING_SUBJECT.match(p.text) and not CLEFT.match(p.text)
        ):
            continue  # "The fallow field says something different.", "From the road this does not look like
            # much.": what it says, or what "this" is, the sentences around it do
        if STILL_THERE.match(p.text) or is_scene(p.text) or OUR_ROUTINE.match(p.text):
            continue  # "The fence is still up.": how the story ends, not what it argues
        if ENDS_ON_IT.search(p.text):
            continue  # "The new owners have put a hedge in along the inside of it.": what "it" is, the
            # sentence before says
        if ONE_OF_THEM.search(p.text):
            continue  # "The radiators are one of them.": one of the caretaker's jobs, named before
        if SAYING.search(p.text):
            continue  # "Cows, he used to say, do not know it is Christmas.": someone's saying
        if re.match(r"^\W*" + THEIR_VIEW.pattern, p.text):
            continue  # "To the Pharisees, that is harvesting": someone else's view of the story
        if re.match(r"^\W*(?:not|no|both|neither)\b", p.text, re.I) and not re.search(
            r"\b(?:is|are|was|were|does|do|did|has|have|can|will)\b", p.text, re.I
        ):
            continue  # "Not the strong one and the broken one.": a fragment that finishes the sentence before
        main = re.split(r",|;|\b(?:because|and|but|when|if|so)\b", p.text, maxsplit=1)[0]
        if (
            re.match(r"^\W*(?:we|our)\b", main, re.I)
            and (cues.is_past(main) or re.search(r"\b(?:didn|wasn|weren)['’]t\b", main))
            and not framed
        ):
            continue  # "We didn't read the Bible much in those weeks": a step of the couple's story
        if cues.OWN_CHILD.match(p.text):
            continue  # "Our middle son, Jakub, is nine and ...": the author's child, a fact of the household
        if re.match(r"^\W*(?:he|she)(?:['’]s|['’]d|['’]ll)?\b", p.text, re.I) and not framed:
            continue  # "He's working at a bakery wholesaler now": someone in the story, not the argument
        if re.match(r"^\W*(?:that|this|it)(?:['’]s|’s| is)\b", p.text, re.I) and len(tokens) < 9:
            continue  # "That's the thing about keeping score": a pointer to the sentence around it
        if re.match(r"^\W*\w+ (?:is|are|was|were|does|do|did|can|will) (?:too|also)\b", p.text, re.I):
            continue  # "Faith is too, but fear spreads faster": the sentence before says what faith is
        parts = [part for part in re.split(r"[,;]", p.text.rstrip(" .!")) if part.strip()]
        if len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts):
            continue  # "Street name, house, the man's name.": a list of things, no claim
        if cues.READING_OF_TEXT.match(p.text):
            continue  # "What he promises is that ...": what the passage says, not what the author argues
        if _glosses_a_quotation(article.text, p):
            continue  # "The eleventh hour is five in the afternoon": a gloss
        at = bisect_left(ref_starts, p.start)  # a scan of every reference was quadratic in long articles
        if at < len(ref_starts) and ref_starts[at] < p.end:
            continue  # what a verse says: the Bible's claim, not the author's
        # An announced claim is scored on what it claims, not on its frame ("I want to argue something
        # that I wish someone had told me ten years ago: ..." is neither past nor long-winded).
        said = p_claim(p) if p.has("announced") else p.text
        said_tokens = words(said)
        score = centrality(said, scaled, title_stems)
        score += 0.15 * len({stem(w) for w in said_tokens} & title_stems)
        if p.block in opening or p.block in closing:
            score += 0.15
        if last_in_block.get(p.block) == p.start and p.block in opening:
            score += 0.1  # the last sentence of the opening often says where the article is going
        if p.has("thesis_cue") or framed:
            score += 0.35
        if re.match(
            r"^\W*(?:big idea|main (?:idea|point)|key (?:idea|point)|idea central)\s*:", p.text, re.I
        ):
            score += 1.0  # the author has said which sentence it is
        if _THESIS_NEGATION.search(p.text):
            score += 0.3
        if p.has("correction") or p.has("more_than"):
            score += 0.2
        if p.start in corrected_question:
            score += 0.5  # "The question is not whether to be busy. ... The question is whether ..."
        if p.has("definition"):
            score += 0.2
        if cues.GENERAL_CLAIM.search(p.text):
            score += 0.1
        first = tokens[0] if tokens else ""
        if first in {
            "it",
            "this",
            "that",
            "they",
            "these",
            "those",
            "he",
            "she",
            "esto",
            "eso",
            "ello",
            "so",
            "por",
            "thus",
            "therefore",
            "then",
            "entonces",
            "así",
        }:
            score -= 0.15 if framed else 0.35
        if first in {"according", "una", "one", "another", "otra", "otro"}:
            score -= 0.3
        if p.has("announced") or p.start in handed_on:
            score += 0.4  # the author has said this is the one thing to take away
            if _ARGUED.search(p.text[: p.claim[0] - p.start]):
                score += 0.3  # "I want to argue ...", "I've come to believe that ...": said outright
        elif first in {"if", "when", "si", "cuando"}:
            score -= 0.25
        if cues.is_past(said) and not cues.GENERAL_CLAIM.search(said):
            score -= 0.3
        if len(said_tokens) > 28:
            score -= 0.1
        if len(said_tokens) < 8:
            score -= 0.1
        if re.match(r"^\W*(?:you|your)\b", p.text, re.I) and not framed:
            score -= 0.2  # "You don't need all five in one evening": counsel in passing, not the point
        if blocks[p.block].role == "answer" and re.search(r"\b(?:you|your|tú|tu|te)\b", p.text, re.I):
            score -= 0.4  # the columnist speaking to one reader: advice for them, not the column's point
        key = (round(score, 4), -p.start)
        if best is None or key > best:
            best, chosen = key, p
    if chosen is None or best is None or best[0] < 0.45:
        return None
    return chosen


_NAMES_A_TERM = re.compile(
    r"^\W*(?:\w+\s+){0,3}(?:call|calls|called|llaman|llama)\s+(?:the|this|that|it|a|an|el|la|eso|esto)\b"
    r"[^.!?,;]{0,60}[.!]?$|"
    r"^\W*(?:it|this|that)(?:['’]s| is) (?:called|known as)\b|^\W*(?:se llama|se le llama)\b",
    re.IGNORECASE,
)
"""A sentence that names something ("Bakers call the second rise the proof.", "It's called slack water.")."""


_GLOSSED = re.compile(
    r"^\W*(?P<subject>(?:the |a |an )?[^\W\d_]+(?: [^\W\d_]+){1,3}) (?:is|was|means|meant)\b", re.I
)


def _glosses_a_quotation(text: str, p: Passage) -> bool:
    """Whether the sentence explains words quoted just before it ("About the eleventh hour he went out"
    ... "The eleventh hour is five in the afternoon"): a note on the text, not what the author argues."""
    match = _GLOSSED.match(p.text)
    if match is None:
        return False
    subject = match.group("subject").lower()
    subject = re.sub(r"^(?:the|a|an) ", "", subject)
    if len(subject.split()) < 2:
        return False
    before = text[max(0, p.start - 1500) : p.start].lower()
    return any(subject in quoted for quoted in re.findall(r"[“\"]([^”\"]{4,400})[”\"]", before))


def _spine_thesis(
    thesis: Passage | None, keys: Sequence[KeyClaim], weighed: Sequence[KeyClaim], passages: list[Passage]
) -> Passage | None:
    """The thesis, unless the argument's spine plainly outweighs it: the heaviest key claim stands on
    its own (it leans on no sentence before it) and weighs clearly more than the thesis as a key claim
    ("But this is not a sweet story" against "Change is coming, but it comes after the welcome, not as
    the price of it"). A thesis the author announced ("Here is what I have come to believe, and what this
    post is about: ...") stays: the author has said which sentence it is."""
    if not keys or keys[0].lead is not None or keys[0].weight < 1.0:
        return thesis
    if thesis is not None and thesis.has("announced"):
        return thesis
    if thesis is not None:
        weights = {c.start: c.weight for c in weighed}
        if keys[0].weight - weights.get(thesis.start, 0.0) < 0.5:
            return thesis
    index = next((i for i, p in enumerate(passages) if p.start == keys[0].start), None)
    if index is None or passages[index].end != keys[0].end:
        return thesis  # (a claim read with the sentence that puts it right is two sentences, not a thesis)
    if thesis is not None:
        old = passages.index(thesis)
        passages[old] = replace(thesis, traits=thesis.traits - {"thesis"})
    chosen = replace(passages[index], traits=passages[index].traits | {"thesis"})
    passages[index] = chosen
    return chosen
