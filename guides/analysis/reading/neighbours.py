"""Sentences read again beside their neighbours, once each has its role: what the author
grants before a "But", counsel called out to some readers, a claim put right in the next sentence, a
paragraph the next one calls a scene, a run of requests someone else makes, a digression on a word, and
a sentence cut off at the end of the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from guides.analysis import cues
from guides.analysis.passages import words
from guides.analysis.reading.blocks import _TERMINAL
from guides.analysis.reading.model import Passage
from guides.analysis.reading.sentences import _NEGATION, _content_stems
from guides.article import Article

_DISCLAIMER = re.compile(
    r"^\W*(?:i(?:['’]m|’m| am) not (?:arguing|saying|suggesting|claiming)|i want to be (?:careful|fair) here|"
    r"i should (?:say|admit) (?:the obvious|something)|"
    r"(?:to be fair|in fairness)\W*$|"
    r"this is not to say|that(?:['’]s|’s| is) not to say|"
    r"no (?:digo|estoy diciendo) que)\b",
    re.IGNORECASE,
)

_TURN = re.compile(
    r"^\W*(?:but|yet|still|even so|pero|aun así|sin embargo|"
    r"i['’]m (?:arguing|saying)|i am (?:arguing|saying)|what i['’]m (?:arguing|saying))\b",
    re.IGNORECASE,
)
"""What ends a disclaimer: the turn ("But ..."), or the author saying what they do argue ("I'm not arguing
against them. I'm arguing against the story that makes leaving the default ...")."""

_TURN_NEXT = re.compile(
    r"^\W*(?:but|yet|and yet|however|still,|even so|just (?:don['’]t|do not)|only (?:don['’]t|do not)|"
    r"(?:listen|look|notice|read|turn) instead|"
    r"pero|sin embargo|aun así)\b",
    re.IGNORECASE,
)
"""How the sentence after a concession opens: what the author grants ("Screens are part of how we work,
learn and stay in touch with Grandma.", "So keep your date night.") is answered by what follows."""


_TAKEN_BACK = re.compile(
    r"^\W*(?:it|they|that|this)\s+(?:isn['’]t|is not|aren['’]t|are not|wasn['’]t|was not)\s+(?P<word>\w+)",
    re.I,
)


def _takes_back(claim: str, following: str) -> bool:
    """ "A house is worth a great deal." / "It isn't worth three siblings ...": the same word, denied next."""
    found = _TAKEN_BACK.match(following)
    return (
        found is not None
        and len(found.group("word")) > 3
        and bool(re.search(rf"\b(?:is|are|was|were)\s+{re.escape(found.group('word'))}\b", claim, re.I))
    )


def _disclaimed(passages: list[Passage]) -> list[Passage]:
    """What the author grants before turning ("I am not arguing that every sibling relationship can be
    rescued. Some distance is protective, and some is earned. But ..."): concessions, up to the "But"."""
    out: list[Passage] = []
    granting: int | None = None
    for p in passages:
        if _DISCLAIMER.match(p.text):
            granting = p.block
        elif granting is not None and (p.block != granting or _TURN.match(p.text)):
            granting = None
        conceded = granting == p.block and p.role == "claim"
        out.append(replace(p, traits=p.traits | {"concession"}) if conceded else p)
    # A claim or counsel the next sentence answers with "But ..." or "Just don't ..." is granted too, and a
    # claim the next takes back on its own terms ("A house is worth a great deal. It isn't worth three
    # siblings who never speak again.").
    for i, (p, nxt) in enumerate(pairwise(passages)):
        if (
            p.role in ("claim", "instruction")
            and nxt.block == p.block
            and (_TURN_NEXT.match(nxt.text) or _takes_back(p.text, nxt.text))
        ):
            out[i] = replace(out[i], traits=out[i].traits | {"concession"})
    # The rule the article's own case breaks: "Almost every lament psalm has a turn. ... Psalm 13 does that.
    # ... Psalm 88 doesn't." The rule is the set-up, granted, not the point.
    for i, p in enumerate(passages):
        if p.role != "claim" or not _ALMOST_ALWAYS.match(p.text):
            continue
        later = [q for q in passages[i + 1 : i + 8] if q.block == p.block]
        if any(_BUT_THIS_ONE.match(q.text) for q in later):
            out[i] = replace(out[i], traits=out[i].traits | {"concession"})
    return out


_ALMOST_ALWAYS = re.compile(
    r"^\W*(?:(?:almost|nearly) (?:every|all|always)|most\b|usually\b|casi (?:todos|todas|siempre))", re.I
)
_BUT_THIS_ONE = re.compile(
    r"^\W*(?:but\s+)?[A-Z][\w' ]{0,30}? (?:doesn['’]t|does not|isn['’]t|is not|won['’]t|never does|didn['’]t|"
    r"no lo hace)\W*$"
)
"""The case that breaks the rule ("Psalm 88 doesn't.")."""


_ANNOUNCING = re.compile(
    r"\bI want to (?:say|tell you|show you) (?:something|one thing)\b|"
    r"\b(?:here(?:['’]s| is) what I(?:['’]ve| have)? (?:come to )?(?:want to say|believe|learned|learnt|mean|"
    r"think|see now))\W*$|"
    # "And here's the thing I want you to take home tonight."
    r"\bhere(?:['’]s| is) the (?:thing|one thing) I want you to (?:take home|remember|hear|know)\b[^.:]*\W*$|"
    r"\bhere(?:['’]s| is) the (?:thing|one thing) I want to say\b[^.:]*\W*$|"
    # "Because here is what I've come to, and it's the reason for this whole post."
    r"\bhere(?:['’]s| is) what (?:I|we)(?:['’]ve| have) come to\b[^.:]*\W*$|"
    r"\b(?:it['’]s|that['’]s|this is) the (?:whole )?(?:reason|point) (?:for|of) this (?:whole )?"
    r"(?:post|piece|column|letter|sermon|essay)\W*$|"
    r"\bquiero decir(?:les|te)? algo\b",
    re.IGNORECASE,
)


_BELIEF_ANNOUNCED = re.compile(
    r"\b(?:here(?:['’]s| is) what I(?:['’]ve| have)? (?:come to )?(?:believe|learned|learnt|think|see now)|"
    r"here(?:['’]s| is) what (?:I|we)(?:['’]ve| have) come to|"
    r"(?:I|we)(?:['’]ve| have) come to (?:believe|think|see) something(?: [^.]{0,60})?|"
    r"(?:esto es )?lo que he (?:aprendido|llegado a creer))\W*$",
    re.IGNORECASE,
)
"""The frame that opens the author's reflection on a story ("Here's what I've come to believe.", "... and
I've come to believe something I would once have argued against.")."""


def _announced_next(passages: list[Passage]) -> list[Passage]:
    """The claim right after the author announces one ("I want to say something plainly this morning,
    and then I want to show it to you from the text. When a faithful person hits the end of themselves,
    God does not start with a rebuke."): announced, as a claim after a colon is. After "Here's what I've
    come to believe." the paragraph's story sentences are the author's reading of the story: claims."""
    out = list(passages)
    for i, p in enumerate(passages):
        if _BELIEF_ANNOUNCED.search(p.text):
            # "Here's what I've come to believe. ... The doing came first. ... I think the shovelling did.":
            # the paragraph after the frame is the author's reading of the story, told in its tense
            for k in range(i + 1, len(passages)):
                q = out[k]
                if q.block != p.block:
                    break
                if q.role == "example" and not q.has("speech") and not q.has("scene"):
                    out[k] = replace(q, role="claim", traits=q.traits | {"reflection"})
    for i, (p, nxt) in enumerate(pairwise(out)):
        if (
            _ANNOUNCING.search(p.text)
            and nxt.block == p.block
            and nxt.role == "claim"
            and not nxt.text.rstrip().endswith("?")
        ):
            turn = out[i + 2] if i + 2 < len(out) else None
            if turn is not None and turn.block == p.block and turn.role == "claim" and _BUT.match(turn.text):
                # "Here is what I've come to believe. The shared bed is a good and lovely thing, ... But it
                # isn't the marriage itself.": granted first, and what the author believes comes after "But"
                out[i + 1] = replace(nxt, traits=nxt.traits | {"concession"})
                out[i + 2] = replace(turn, traits=turn.traits | {"announced", "thesis_cue"})
                continue
            out[i + 1] = replace(nxt, traits=nxt.traits | {"announced", "thesis_cue"})
    return out


_BUT = re.compile(r"^\W*(?:but|yet|pero)\b", re.IGNORECASE)


_SOME_OF_YOU = re.compile(
    r"^\W*(?:maybe|perhaps|or maybe|or perhaps|quizás|tal vez)\s+you(?:['’]re| are)\s+(?!not\b)\w+", re.I
)


_LEADER_HEADING = re.compile(
    r"^\W*(?:an?\s+)?(?:(?:short|quick|brief)\s+)?(?:notes?|word|guidance|tips?)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?:leaders?|facilitators?|hosts?)\b|^\W*(?:leader|facilitator|host)['’]?s?['’]?\s+(?:notes?|guide|page)\b|"
    r"^\W*for (?:the )?(?:leaders?|facilitators?)\W*$|"
    r"^\W*notas? para (?:el|la|los) (?:líder|líderes|facilitador)",
    re.IGNORECASE,
)
"""A section headed for whoever leads ("A note for leaders"): what it says is for them, never the group's."""


_ASKED_OF_ME = re.compile(
    r"\b(?:asked me (?:this|that|once)|put (?:it|this|that) to me|pushed back|objected|"
    r"(?:said|says) to me)\b|"
    # "my mother asked him three questions before he had finished taking off his shoes.": hers
    r"\b(?:asked|asks|would ask|used to ask|kept asking) (?:him|her|them|us|me) (?:\w+ )?questions?\b|"
    r"\bme (?:lo )?preguntó\b",
    re.IGNORECASE,
)
"""Where the author says someone put a question to them ("A friend asked me this, and it's fair.") or
asked someone questions of their own ("my mother asked him three questions")."""


def _voiced_questions(passages: list[Passage]) -> list[Passage]:
    """The questions after "A friend asked me this" in its paragraph ("If you know your wife is listening,
    aren't you praying to her? Aren't you going to say the impressive thing?"): the friend's objection
    voiced, never the author's question to the reader."""
    out: list[Passage] = []
    voiced: int | None = None
    for p in passages:
        if voiced is not None and p.block != voiced:
            voiced = None
        if voiced is not None and p.role == "reader_question":
            p = replace(p, role="rhetorical", traits=p.traits | {"objection"})
        elif _ASKED_OF_ME.search(p.text) and not p.text.rstrip().endswith("?"):
            voiced = p.block
        out.append(p)
    return out


def _leader_sections(passages: list[Passage]) -> list[Passage]:
    """The sentences under a heading for leaders ("A note for leaders ... Try to leave time for question
    5."), up to the next heading: notes for the leader, as a "Leader's note:" line is."""
    out: list[Passage] = []
    under = False
    for p in passages:
        if p.role == "headline":
            under = bool(_LEADER_HEADING.match(p.text))
        elif under and p.role not in ("junk", "promo"):
            p = replace(p, role="note", traits=p.traits | {"leader"})
        out.append(p)
    return out


def _to_some(passages: list[Passage]) -> list[Passage]:
    """Counsel called out to some readers ("Husbands, find one thing ...") and the counsel that follows
    it in the same paragraph ("Learn to braid something.") are "to_some": not for everyone in a room."""
    out: list[Passage] = []
    called: int | None = None
    for p in passages:
        if (p.role == "instruction" and cues.VOCATIVE.match(p.text)) or _SOME_OF_YOU.match(p.text):
            # "Husbands, find one thing ...", or "Maybe you're under the tree. Then hear me: eat something.
            # Sleep. Let someone bring you a cake ...": for the readers named, not for everyone
            called = p.block
        elif called is not None and p.block != called:
            called = None
        to_some = called == p.block and p.role == "instruction"
        out.append(replace(p, traits=p.traits | {"to_some"}) if to_some else p)
    return out


_RESTATING = re.compile(
    r"^\W*(?:they|it|she|he|we|you|instead|rather|more often|more likely|usually|mostly|ellos|ellas|es|son|"
    r"más bien|más a menudo)\b",
    re.I,
)


_CONTRAST_OPENING = re.compile(r"^\W*(?:instead|rather|more often|more likely|más bien|más a menudo)\b", re.I)


def _restated(passages: list[Passage]) -> list[Passage]:
    """A claim denied and then put right in the next sentence ("Most couples do not drift apart in a
    single week. They drift one unanswered question at a time."): the first is "restated", a claim the
    author corrects in the next breath."""
    out = list(passages)
    for i, (p, nxt) in enumerate(pairwise(passages)):
        if p.role != "claim" or nxt.block != p.block or nxt.role not in ("claim", "example"):
            continue
        if not _NEGATION.search(p.text) or _NEGATION.search(nxt.text) or not _RESTATING.match(nxt.text):
            continue
        marked = _CONTRAST_OPENING.match(nxt.text)
        if marked or _content_stems(p.text) & _content_stems(nxt.text):
            out[i] = replace(p, traits=p.traits | {"restated"})
    return out


_ON_WORDING = re.compile(
    r"\b(?:words?|translat\w*|greek|hebrew|aramaic|latin|literally|literal|term|phrase|verb|noun|kjv|niv|esv|"
    r"palabras?|traduc\w*|griego|hebreo|literalmente|verbo)\b",
    re.I,
)


_REQUEST = re.compile(
    r"^\W*(?:can|could|would|will|won['’]t|puedes|podrías|te importaría)\s+(?:you|tú)?\b", re.I
)


_SCENE_BACK = re.compile(
    r"^\W*(?:if|when)?\s*(?:that|this) (?:scene|picture|moment|evening|night|morning)\b|"
    r"^\W*(?:sound|sounds|look|looks|feel|feels) familiar\b|^\W*(?:if )?(?:this|that) sounds familiar\b|"
    r"^\W*(?:esa|esta) escena\b|^\W*¿te suena\b",
    re.I,
)
"""A paragraph that looks back at the one before as a scene ("If that scene feels familiar, ...")."""


def _scenes(passages: list[Passage]) -> list[Passage]:
    """A paragraph the next one calls a scene ("It's 10:40 p.m. Two people are lying side by side ... /
    If that scene feels familiar, you are in large company."): its sentences set a scene, as a story
    does, and are not the author's claims to weigh."""
    firsts: dict[int, Passage] = {}
    for p in passages:
        firsts.setdefault(p.block, p)
    scenes = {block - 1 for block, p in firsts.items() if _SCENE_BACK.match(p.text)}
    return [
        replace(p, role="example", traits=p.traits | {"scene"})
        if p.block in scenes and p.role == "claim"
        else p
        for p in passages
    ]


def _requests(passages: list[Passage]) -> list[Passage]:
    """Three or more requests in a row ("Can you hop on this quick call? Could you take a look at this
    deck? Would you mind covering the Saturday shift?"): what others ask, given as examples, never
    the author's own question to the reader."""
    out = list(passages)
    i = 0
    while i < len(out):
        j = i
        while (
            j < len(out)
            and out[j].block == out[i].block
            and out[j].role in ("reader_question", "rhetorical")
            and _REQUEST.match(out[j].text)
        ):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                out[k] = replace(out[k], role="example", traits=out[k].traits | {"speech"})
        i = max(j, i + 1)
    return out


_FRONT_MATTER = re.compile(
    r"\b(?:guest post|this transcript|edited for|transcribed|speaker\s*:|series\s*:)", re.IGNORECASE
)


_GREETING = re.compile(
    r"^\W*(?:good (?:morning|evening|afternoon)|(?:morning|evening)(?=,)|hello|hi|welcome|thank you|thanks|"
    r"right|okay|before we (?:start|begin|get going)|"
    r"buenos días|buenas (?:tardes|noches)|bienvenid[oa]s|gracias)\b",
    re.I,
)
_TURN_TO_TEXT = re.compile(
    r"\b(?:(?:we['’]re|we are) (?:continuing|carrying on|going on) (?:in|with|through)|"
    r"we['’]ve landed on|"
    r"turn (?:with me\b[^.?!]{0,30}?\bto|(?:please,? )?(?:in your bibles,? )?to)|"
    r"open (?:your bibles|with me)|"
    r"let(?:['’]s| us) read|"
    r"our (?:text|reading|passage) (?:tonight|today|this (?:morning|evening))|vayamos a|abran)\b",
    re.I,
)


def _preliminaries(passages: list[Passage]) -> list[Passage]:
    """A sermon's opening pleasantries ("Good evening, everybody. It's a smaller crowd tonight, which I'm
    choosing to believe is because of the football ..."), before the preacher turns to the text: notes, not
    the sermon's claims (nor its thesis, nor what the group reads aloud). Only paragraphs that open on a
    greeting or a thanks, before the first "Open your Bibles ..." in the first few paragraphs, go."""
    blocks: list[int] = []
    for p in passages:
        if p.block not in blocks:
            blocks.append(p.block)
    turn = next((p.block for p in passages if _TURN_TO_TEXT.search(p.text)), None)
    if turn is None or turn not in blocks[:6]:
        return passages
    first_of: dict[int, Passage] = {}
    for p in passages:
        first_of.setdefault(p.block, p)
    greeting = {
        b for b in blocks[: blocks.index(turn)] if _GREETING.match(first_of[b].text) and first_of[b].part == 1
    }
    return [
        replace(p, role="note", traits=p.traits | {"stage"})
        if p.block in greeting and p.role in ("claim", "example", "hedge", "instruction")
        else p
        for p in passages
    ]


def _note_paragraphs(passages: list[Passage]) -> list[Passage]:
    """A paragraph that opens on a note about a word ("The old English word for ... is "barren."") is a
    digression on wording to its end: its claims are about the word, not the author's argument."""
    opened: set[int] = set()
    seen: set[int] = set()
    for p in passages:
        if p.block not in seen:
            seen.add(p.block)
            # Only a note on wording makes a digression: "Dear Sunday," opens an answer, and "Notice
            # what didn't happen." opens the author's reading of a story.
            if p.role == "note" and not p.has("prayer") and not p.has("stage") and _ON_WORDING.search(p.text):
                opened.add(p.block)
    # The page's front matter ("St Aidan's Free Church, Lowmoor. Sunday morning, 9 March. Speaker: ...
    # Series: ... This transcript was made from the recording ..."): notes to its end, and from its start.
    framed = Counter(p.block for p in passages if p.role == "note" and _FRONT_MATTER.search(p.text))
    opened |= {block for block, count in framed.items() if count >= 2}
    out: list[Passage] = []
    turned: set[int] = set()
    for p in passages:
        if p.block in opened and p.block not in turned and cues.WORD_SET_ASIDE.search(p.text):
            # "The word matters less than the idea inside it. It is not the hours of scrolling ...": the
            # author is done with the word; what follows is the argument again.
            turned.add(p.block)
        digression = p.block in opened and (p.block not in turned or cues.WORD_SET_ASIDE.search(p.text))
        out.append(replace(p, role="note") if digression and p.role in ("claim", "example", "hedge") else p)
    return out


def _fragments(passages: list[Passage], article: Article) -> list[Passage]:
    """The last sentence of the body, when it stops mid-way, is a fragment; so is any sentence the
    importer marked as cut off (``Block.fragment_start``: an excerpt that stops mid-sentence)."""
    passages = [
        replace(p, role="fragment") if article.in_fragment(p.start, p.end) and p.role != "headline" else p
        for p in passages
    ]
    body = [i for i, p in enumerate(passages) if p.role not in ("junk", "promo", "headline", "note")]
    if not body:
        return passages
    last = passages[body[-1]]
    text = last.text.rstrip()
    block = article.blocks[last.block]
    cut = text.endswith(("...", "…")) or (
        not _TERMINAL.search(text) and block.kind == "paragraph" and len(words(text)) >= 4
    )
    if cut and last.role not in ("list_item",):
        passages[body[-1]] = replace(last, role="fragment")
    return passages
