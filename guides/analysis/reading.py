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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, Literal

from guides.analysis import cues
from guides.analysis.advice import Advice
from guides.analysis.argument import KeyClaim, key_claims, weigh_claims
from guides.analysis.passages import Theme, centrality, is_content_word, stem, words
from guides.analysis.questions import question_form
from guides.analysis.sentences import Sentence, split_sentences
from guides.analysis.spans import Spans
from guides.article import Article, Block

Role = Literal[
    "headline",
    "claim",
    "hedge",
    "example",
    "rhetorical",
    "reader_question",
    "study_question",
    "instruction",
    "list_lead",
    "list_item",
    "quotation",
    "note",
    "letter",
    "promo",
    "fragment",
    "junk",
]
ROLES: tuple[Role, ...] = (
    "headline",
    "claim",
    "hedge",
    "example",
    "rhetorical",
    "reader_question",
    "study_question",
    "instruction",
    "list_lead",
    "list_item",
    "quotation",
    "note",
    "letter",
    "promo",
    "fragment",
    "junk",
)

NEVER_SOURCE: frozenset[Role] = frozenset(
    {"headline", "hedge", "rhetorical", "note", "promo", "fragment", "junk", "letter"}
)
"""Roles no question, reading or big idea may stand on (a study question may only be asked as printed)."""

BlockRole = Literal[
    "body", "headline", "list", "quotation", "letter", "answer", "study", "references", "promo", "junk"
]

ScriptureRole = Literal["quoted", "discussed", "cited", "listed"]
"""How the article uses a reference: quotes it, discusses it, cites it in passing, or only lists it."""

Addressee = Literal["reader", "spouse", "child", "other"]

_CHILD = re.compile(
    r"\b(?:your|a|the|our)\s+(?:(?:young|little|teenage|grown|adult|oldest|youngest|eldest)\s+)?"
    r"(?:child|children|kids?|son|sons|daughter|daughters|teens?|teenagers?|"
    r"toddlers?|little ones?|boys?|girls?|"
    r"preschooler|students?)\b|\b(?:tus?|sus?)\s+(?:hij[oa]s?|niñ[oa]s?|adolescentes?|pequeñ[oa]s?)\b",
    re.IGNORECASE,
)
_SPOUSE = re.compile(
    r"\byour\s+(?:spouse|husband|wife|partner|husband or wife|wife or husband)\b|"
    r"\b(?:tu|su)\s+(?:pareja|esposo|esposa|cónyuge|marido|mujer)\b",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"\byour\s+(?:friends?|neighbou?rs?|colleagues?|co-?workers?|boss|parents|mother|father|mom|dad|mum|"
    r"in-laws?|sister|brother|family|group|guests?)\b|\b(?:tus?|sus?)\s+(?:amig[oa]s?|vecin[oa]s?|padres|"
    r"suegr[oa]s?|herman[oa]s?|familia)\b",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…:;”\"’')\]»]\s*$")
_QUOTED_WHOLE = re.compile(r"^[“\"«].{8,}[”\"»]\W{0,3}$")


@dataclass(frozen=True)
class Passage:
    """One sentence as the reading stage sees it: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str
    role: Role
    block: int
    """Index of its block in ``article.blocks``."""
    part: int = 1
    """Which letter of an advice column it belongs to (1 for everything else)."""
    traits: frozenset[str] = field(default_factory=frozenset)
    """What else is true of it: "thesis", "opposed_view", "more_than", "definition", "figurative",
    "correction", "restated", "antithesis", "comparison", "concession", "to_some",
    "stage", "speech", "scene", "in_list", "point" (a listicle's numbered point, "1. A tantrum is a flooded
    brain"), "open", "yes_no", "answered", "conditional", "encouragement", "first_person"."""
    addressee: Addressee | None = None
    """For an instruction: who it is for ("Encourage your teenager ..." is about a child)."""
    object_end: int | None = None
    """For an instruction: where its action ends (before a reason or result)."""

    @property
    def usable(self) -> bool:
        """Whether a question, a reading or the big idea may stand on it."""
        return self.role not in NEVER_SOURCE and self.part == 1

    def has(self, trait: str) -> bool:
        return trait in self.traits


@dataclass(frozen=True)
class BlockPart:
    """One block's part in the page."""

    index: int
    start: int
    end: int
    role: BlockRole
    part: int = 1


@dataclass(frozen=True)
class ListUnit:
    """A list the author makes: its lead-in (when there is one) and its items."""

    lead: Passage | None
    items: tuple[tuple[int, int], ...]
    """Spans of the items, in order."""
    noun: str | None = None
    """What the items are, when the article says ("habits", "tips", "vows")."""
    parallel: bool = False
    """Sentences of one paragraph built alike ("It is the sense that you can trust ..."), not a list."""
    practice: bool = False
    """Its items are the author's counsel, things to do ("First, ask one more question. Second, ...")."""
    in_order: bool = False
    """Its items are steps taken one after another ("Start with the card. Then ... After that ...")."""
    ours: bool = False
    """Its items are what the author's own household does ("We walk after dinner."), told as "we"."""
    questions: bool = False
    """Its items are questions the author offers for readers to ask each other, each set apart and then
    explained ("What was the best ten minutes of your day?" / "This one works because ...")."""
    points: bool = False
    """Its items are the numbered points the article is built on, each over its own section ("1. Jesus
    looks up", "2. Jesus invites himself over", ...)."""

    @property
    def start(self) -> int:
        return self.lead.start if self.lead else self.items[0][0]

    @property
    def end(self) -> int:
        return self.items[-1][1]


@dataclass(frozen=True)
class ScriptureUsage:
    """How the article uses one of its references (by its span)."""

    start: int
    end: int
    role: ScriptureRole
    comment: tuple[int, int] | None = None
    """The author's own sentence that says what the verse means, when there is one."""


@dataclass(frozen=True)
class ArticleReading:
    """Every sentence with its role, every block with its part, the lists, the thesis."""

    passages: tuple[Passage, ...]
    blocks: tuple[BlockPart, ...]
    lists: tuple[ListUnit, ...]
    scripture: tuple[ScriptureUsage, ...]
    thesis: Passage | None
    key_claims: tuple[KeyClaim, ...] = ()
    """The claims that carry the article, heaviest first (:mod:`guides.analysis.argument`)."""
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def at(self, offset: int) -> Passage | None:
        """The sentence holding ``offset``."""
        starts = self._starts or tuple(p.start for p in self.passages)
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.passages[i].end:
            return self.passages[i]
        return None

    def overlapping(self, start: int, end: int) -> list[Passage]:
        return [p for p in self.passages if p.start < end and start < p.end]

    def usable(self, start: int, end: int) -> bool:
        """Whether every sentence ``[start, end)`` touches may be a source."""
        touched = self.overlapping(start, end)
        return bool(touched) and all(p.usable for p in touched)

    def of_role(self, *roles: Role) -> list[Passage]:
        return [p for p in self.passages if p.role in roles]

    def block_role(self, index: int) -> BlockRole:
        return self.blocks[index].role if 0 <= index < len(self.blocks) else "body"

    def scripture_role(self, start: int, end: int) -> ScriptureUsage | None:
        return next((s for s in self.scripture if s.start == start and s.end == end), None)


# --- blocks ------------------------------------------------------------------------------


_CLAIMED = re.compile(
    r"^(?=(?:\S+\s+){3,})[^?:]*\b(?:(?:is|are)\s+not|isn['’]t|aren['’]t)\b",
    re.I,
)
"""A heading that states the author's claim ("A ritual is not a routine", "Listening is not waiting for
your turn to talk"): read as one of the article's points, not only as a heading."""


def _block_roles(article: Article, refs: Sequence[tuple[int, int]]) -> list[BlockPart]:
    roles: list[BlockPart] = []
    state = "none"  # none, letter, signed, answer
    part = 0
    in_study = False
    body_seen = False
    points = {b.start for b in _numbered_points(article)}  # a listicle's points are its claims
    for i, block in enumerate(article.blocks):
        text = block.text.strip()
        role: BlockRole = "body"
        if block.kind == "heading" and not _CLAIMED.search(text):
            in_study = bool(cues.STUDY_HEADING.match(text))
            if state == "letter":
                state = "signed"  # a letter signed on a line of its own: "Tired of Tallying"
            roles.append(BlockPart(i, block.start, block.end, "headline", max(part, 1)))
            continue
        if _is_junk(text, body_seen):
            role = "junk"
        elif _is_promo(text):
            role = "promo"
        elif _is_reference_list(block, refs):
            role = "references"
        elif in_study or cues.STUDY_LABEL.match(text):
            role = "study"
        elif block.kind == "quote":
            role = "quotation"
        if role == "body":
            letter_start = bool(cues.SALUTATION.match(text) or cues.QA_LETTER.match(text))
            answer_start = bool(cues.QA_ANSWER.match(text))
            if answer_start and state in ("letter", "signed"):
                state = "answer"
            elif letter_start and state in ("letter", "signed") and not cues.QA_LETTER.match(text):
                state = "answer"  # "Dear Tired," after the letter is the columnist's reply
            elif letter_start and state in ("none", "answer"):
                state = "letter"
                part += 1
            if state in ("letter", "signed"):
                role = "letter"
                last_line = text.splitlines()[-1] if text else ""
                if cues.SIGNATURE.match(last_line) or (len(text.split()) <= 8 and cues.SIGNATURE.match(text)):
                    state = "signed"
            elif state == "answer":
                role = "answer"
            elif block.kind == "list_item" and block.start not in points:
                role = (
                    "study"
                    if _asks(text) or (i > 0 and _ASK_LEAD.search(article.blocks[i - 1].text))
                    else "list"
                )
                if role == "list" and roles and roles[-1].role == "study" and _asks(text):
                    role = "study"
        if role in ("body", "answer", "list", "letter"):
            body_seen = True
        roles.append(BlockPart(i, block.start, block.end, role, max(part, 1)))
    if part <= 1:
        return roles
    # A column with several letters: the first letter and its answer are the article.
    return roles


_ASK_LEAD = re.compile(
    r"(?:ask (?:each other|one another|yourselves|yourself)|talk (?:about|through)|discuss|questions to ask|"
    r"pregúntense|pregúntate|conversen sobre|hablen de)[^.?!]{0,40}:\s*$",
    re.IGNORECASE,
)


def _asks(text: str) -> bool:
    return text.rstrip().rstrip('”"»)').endswith("?")


def _is_junk(text: str, body_seen: bool) -> bool:
    first_line = text.splitlines()[0] if text else ""
    n = len(text.split())
    if n <= 12 and cues.JUNK_LINE.match(first_line):
        return True
    if n <= 14 and cues.BYLINE.match(text) and not _TERMINAL.search(text.rstrip(".")):
        return True
    if n <= 25 and cues.COPYRIGHT.search(text):
        return True
    # A category label or a breadcrumb before the article starts ("Faith & Family", "Home > Marriage").
    return not body_seen and n <= 5 and not _TERMINAL.search(text) and bool(cues.BREADCRUMB.search(text))


def _is_promo(text: str) -> bool:
    return len(text.split()) <= 90 and cues.maybe_promo(text) and bool(cues.PROMO.search(text))


_MAIN_TEXT = re.compile(r"^\W*(?:text|scripture|reading|passage|key verse|texto|lectura|pasaje)\s*:", re.I)
"""A line naming the passage a sermon or study is on: "Text: Galatians 6:1-5"; read, never listed."""


def _is_reference_list(block: Block, refs: Sequence[tuple[int, int]]) -> bool:
    inside = [(s, e) for s, e in refs if block.start <= s and e <= block.end]
    if not inside:
        return False
    lowered = block.text.lower()
    if _MAIN_TEXT.match(lowered):
        return True
    if re.match(
        r"^\W*(?:for )?further (?:reading|study)|^\W*see also|^\W*compare|^\W*more (?:scripture|verses)|"
        r"^\W*(?:lecturas?|para profundizar|ver también)",
        lowered,
    ):
        return True
    covered = sum(e - s for s, e in inside)
    letters = sum(1 for ch in block.text if ch.isalnum())
    return covered >= 0.6 * max(letters, 1)


# --- sentences -----------------------------------------------------------------------------


_COURTESY = re.compile(r"^\W*(?:first,?\s+|and\s+)?(?:thank you|thanks|gracias)\b", re.IGNORECASE)

_SPEECH_BEFORE = re.compile(
    r"\b(?:says?|said|asks?|asked|tells?|told|whispers?|whispered|dice|decía|dijo|pregunta)\s*[,:]\s*[“\"«]?\s*$",
    re.IGNORECASE,
)
_THIRD_PERSON_LEAD = re.compile(
    r"^\W*(?:He|She|They|Él|Ella|Ellos|(?!Here|There|This|That|These|Then|So|Now|Remember|Try|Notice)[A-Z][a-z]+)"
    r"\s+(?:can|could|knows?|knew|quotes?|quoted|recites?|answers?|answered|has|had|is|was)\b[^:]{0,60}:\s*$"
)
"""What someone in the passage knows or says, set out after a colon ("He can quote the law perfectly:
love God, love your neighbor."): their words, not the author's counsel."""


def _addressee(action: str) -> Addressee:
    if _CHILD.search(action):
        return "child"
    if _SPOUSE.search(action):
        return "spouse"
    if _OTHER.search(action):
        return "other"
    return "reader"


def _question_role(
    text: str, sentence: Sentence, nxt: Sentence | None, same_block: bool, previous_role: Role | None
) -> tuple[Role, set[str]]:
    """Whether a question is the author's question to the reader, rhetorical, or an imagined voice."""
    body = text[text.rfind("“") + 1 :] if text.count("“") > text.count("”") else text
    traits: set[str] = {question_form(body)}
    if cues.IMAGINED_VOICE.search(sentence.text) or cues.HEDGE_OPENING.match(sentence.text):
        return "hedge", traits
    if re.search(r"[“\"«]\s*[^”\"»]*\?\s*[”\"»]", sentence.text):
        return "rhetorical", traits  # a question someone else asks, in quotation marks
    if cues.RHETORICAL_OPENING.match(text) or (cues.FIGURATIVE.search(text) and "you" not in text.lower()):
        return "rhetorical", traits
    if (
        nxt is not None
        and same_block
        and not nxt.text.rstrip().endswith("?")
        and cues.ANSWER_OPENING.match(nxt.text)
    ):
        traits.add("answered")
        return "rhetorical", traits
    lowered = f" {text.lower()} "
    second_person = any(
        w in lowered
        for w in (
            " you ",
            " your ",
            " you'",
            " you’",
            " yourself",
            " tú ",
            " tu ",
            " te ",
            " usted",
            " ustedes ",
            " su ",
            " tus ",
            " les ",
        )
    )
    we = any(w in lowered for w in (" we ", " us ", " our ", " nosotros ", " nuestra ", " nuestro "))
    if len(words(text)) < 4:
        return "rhetorical", traits
    if second_person or (we and previous_role != "rhetorical"):
        return "reader_question", traits
    return "rhetorical", traits


def _sentence_role(
    sentence: Sentence,
    nxt: Sentence | None,
    block: BlockPart,
    article_block: Block,
    advice: Advice | None,
    previous: Passage | None,
    quoted_share: float,
    narrative_block: bool = False,
) -> Passage:
    text = sentence.text
    traits: set[str] = set()
    base: dict[str, Any] = {
        "start": sentence.start,
        "end": sentence.end,
        "text": text,
        "block": block.index,
        "part": block.part,
    }
    fixed: dict[BlockRole, Role] = {
        "headline": "headline",
        "promo": "promo",
        "junk": "junk",
        "letter": "letter",
        "references": "note",
        "quotation": "quotation",
    }
    if block.role in fixed:
        return Passage(role=fixed[block.role], **base)
    if block.part > 1 and block.role == "answer":
        pass  # a later letter's answer: read like any body text, but never usable (part > 1)
    same_block = nxt is not None and nxt.start < article_block.end
    if len(words(text)) <= 5 and (
        cues.SALUTATION.match(text + " ")
        or (
            not _TERMINAL.search(text)
            and len(words(text)) <= 3
            and sentence.start == article_block.start
            and not same_block
            and text[:1].isupper()
            and block.role in ("answer", "body")
            and nxt is None
        )
    ):
        return Passage(role="note", **base)  # "Dear Tired," or the columnist's name at the end
    if cues.JUNK_LINE.match(text) or (len(words(text)) <= 14 and cues.BYLINE.match(text)):
        return Passage(role="junk", **base)
    if cues.LEADER_NOTE.search(text) or (
        previous is not None and previous.has("leader") and previous.block == block.index
    ):
        return Passage(role="note", traits=frozenset(traits | {"leader"}), **base)
    if block.role == "study" or cues.STUDY_LABEL.match(text):
        if "?" in text:
            traits.add(question_form(cues.STUDY_LABEL.sub("", text)))
        return Passage(role="study_question", traits=frozenset(traits), **base)
    if block.role == "list":
        traits.add("in_list")
    elif article_block.kind in ("list_item", "heading"):
        traits.add("point")
    if (
        cues.PRAYER.match(text)
        or (previous is not None and previous.has("prayer") and previous.block == block.index)
        or re.match(r"^\W*(?:amen|amén)\W*$", text, re.I)
    ):
        return Passage(role="note", traits=frozenset(traits | {"prayer"}), **base)
    if cues.maybe_note(text) and (cues.NOTE.search(text) or cues.TERM_GLOSS.match(text)):
        return Passage(role="note", traits=frozenset(traits), **base)
    if (
        previous is not None
        and previous.role == "note"
        and previous.block == block.index
        and (
            _GLOSS_GOES_ON.match(text)
            or re.search(r"\b(?:the|that|this|la|esa|esta) (?:word|palabra)\b", text, re.I)
        )
    ):
        return Passage(role="note", traits=frozenset(traits), **base)
    if cues.maybe_promo(text) and cues.PROMO.search(text):
        return Passage(role="promo", **base)
    if text.rstrip().rstrip('”"»)').endswith("?"):
        prev_role = previous.role if previous is not None and previous.block == block.index else None
        lead = text.split(":", 1)[0] if ":" in text else ""
        told = bool(lead) and len(lead.split()) <= 12 and cues.is_past(lead) and "?" not in lead
        if told or (
            prev_role is not None
            and previous is not None
            and ((prev_role == "example" and previous.text.rstrip().endswith(":")) or previous.has("speech"))
        ):
            # "I had the words ready: Have you updated your résumé? Did you talk to your manager?": what
            # someone in the story said or nearly said, not the author asking the reader.
            return Passage(role="example", traits=frozenset(traits | {"speech"}), **base)
        role, q_traits = _question_role(text, sentence, nxt, same_block, prev_role)
        return Passage(role=role, traits=frozenset(traits | q_traits), **base)
    if cues.HEDGE_OPENING.match(text) or cues.IMAGINED_VOICE.search(text):
        return Passage(role="hedge", traits=frozenset(traits), **base)
    if advice is None and cues.HEDGE_WORD.search(_unquoted(text)):
        return Passage(role="hedge", traits=frozenset(traits | {"modal"}), **base)
    if (
        previous is not None
        and previous.role == "hedge"
        and previous.block == block.index
        and re.match(r"^(?:you|your|tú|tu)\b", text, re.IGNORECASE)
        and not advice
    ):
        return Passage(role="hedge", traits=frozenset(traits | {"scenario"}), **base)
    if quoted_share >= 0.6 or _QUOTED_WHOLE.match(text):
        return Passage(role="quotation", traits=frozenset(traits), **base)
    if cues.SERMON_STAGE.match(text) or re.match(r"^\s*\[[^\]]{3,}\]\W*$", text):
        # "[Read the whole psalm aloud before beginning.]": a note to whoever delivers it
        return Passage(role="note", traits=frozenset(traits | {"stage"}), **base)
    if advice is not None and _COURTESY.match(text):
        advice = None  # "First, thank you for writing": the columnist's courtesy, not counsel
    lead = text[: max(0, advice.start - sentence.start)] if advice is not None else ""
    if advice is not None and (_SPEECH_BEFORE.search(lead) or _THIRD_PERSON_LEAD.match(lead)):
        advice = None  # "Hospitality says, come in, you look tired": words given to someone, not counsel
    if advice is not None:
        traits.add("to_reader")
        if advice.condition:
            traits.add("conditional")
        if cues.ENCOURAGEMENT.match(advice.text):
            traits.add("encouragement")
        who = _addressee(advice.action)
        return Passage(
            role="instruction", traits=frozenset(traits), addressee=who, object_end=advice.action_end, **base
        )
    if _is_example(text, previous, block.index, narrative_block):
        return Passage(role="example", traits=frozenset(traits | _person(text)), **base)
    said_after_colon = ":" in text and len(words(text.split(":", 1)[1])) >= 4 and _TERMINAL.search(text)
    if text.rstrip().endswith(":") or (
        cues.LIST_LEAD.search(text) and _next_is_list(nxt, article_block) and not said_after_colon
    ):
        return Passage(role="list_lead", traits=frozenset(traits), **base)
    if "in_list" in traits and (len(words(text)) < 6 or not _TERMINAL.search(text)):
        return Passage(role="list_item", traits=frozenset(traits), **base)
    traits |= _claim_traits(text)
    return Passage(role="claim", traits=frozenset(traits), **base)


_GLOSS_GOES_ON = re.compile(
    r"^\W*(?:it|its|it's|this word|that word|the word|the whole (?:line|phrase)|a more literal|literally|"
    r"the (?:verb|noun|phrase)|es|está|sería|literalmente|la palabra|el verbo|"
    r"(?:no\s+)?(?:describe|significa|habla de|se refiere|indica|expresa))\b",
    re.IGNORECASE,
)
"""How a note on a word goes on in the next sentence: "It means ...", "Literally, ..."."""
_QUOTED_SPEECH = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")


def _unquoted(text: str) -> str:
    return _QUOTED_SPEECH.sub("", text)


def _narrative_blocks(
    article: Article, sentences: Sequence[Sentence], block_starts: Sequence[int]
) -> dict[int, bool]:
    """Blocks that tell a story: most of their sentences in the past tense, with people in them."""
    counts: dict[int, list[int]] = {}
    for sentence in sentences:
        b = bisect_right(block_starts, sentence.start) - 1
        tally = counts.setdefault(b, [0, 0])
        tally[0] += 1
        lowered = f" {sentence.text.lower()} "
        people = any(w in lowered for w in _PEOPLE)
        if cues.is_past(sentence.text) and (people or cues.NARRATIVE_SUBJECT.match(sentence.text)):
            tally[1] += 1
    return {b: total >= 2 and past * 2 >= total for b, (total, past) in counts.items()}


_PEOPLE = tuple(
    f" {w} "
    for w in "i we my our she he her his they their me us him yo mi nosotros ella él su nuestro".split()
)


def _next_is_list(nxt: Sentence | None, block: Block) -> bool:
    return nxt is not None and nxt.start >= block.end


_PERFECT = re.compile(r"\b(?:have|has|'ve|hemos|han|has|he)\s+(?:\w+\s+)?\w+(?:ed|en|do|da)\b", re.I)
"""A present perfect ("they have earned it") is not a story told in the past."""


def _person(text: str) -> set[str]:
    return {"first_person"} if _FIRST_SINGULAR.match(text) else set()


_FIRST_SINGULAR = re.compile(r"^\W*(?:i|my|me|yo|mi)\b", re.IGNORECASE)
_FIRST_PERSON_ANYWHERE = re.compile(
    r"(?:^|,\s+|\s)(?:I|we|We)\s+\w+ed\b|\b(?:I|we) (?:was|were|had|kept|did|said)\b"
)


_GENERALIZING = re.compile(
    r"\b(?:rarely|seldom|usually|often|almost always|almost never|more often|most of the time|tend to|"
    r"tends to|rara vez|casi siempre|casi nunca|a menudo|suelen?|por lo general)\b",
    re.IGNORECASE,
)
"""Words that generalise ("it's rarely because they've forgotten"): a claim, whatever its tense."""


def _is_example(text: str, previous: Passage | None, block_index: int, narrative_block: bool) -> bool:
    if cues.EXAMPLE_OPENING.match(text):
        return True
    if _GENERALIZING.search(text) and not _FIRST_SINGULAR.match(text):
        return False
    past = bool(cues.is_past(_PERFECT.sub("", text)))
    if past and (
        narrative_block or cues.NARRATIVE_SUBJECT.match(text) or _FIRST_PERSON_ANYWHERE.search(text)
    ):
        return True
    # A story goes on in the past tense within its paragraph.
    return (
        previous is not None
        and previous.role == "example"
        and previous.block == block_index
        and cues.is_past(text)
        and not cues.GENERAL_CLAIM.search(text.split(",")[0])
    )


_DEFINITION = re.compile(
    r"^\W*(?:true |real |genuine |biblical |healthy |la verdadera |el verdadero )?([^\W\d_]{3,})"
    r"(?: [^\W\d_]+)? (?:is|are|means|es|son|significa)\b",
    re.IGNORECASE,
)
_NOT_SUBJECTS = frozenset(
    "it this that there here these those they he she we you what which who sometimes often this one "
    "something everything nothing anything everyone someone nobody eso esto ello aquí hay".split()
)


def _claim_traits(text: str) -> set[str]:
    traits: set[str] = set()
    if cues.OPPOSED_VIEW.search(text):
        traits.add("opposed_view")
    if cues.CORRECTION.search(text):
        traits.add("correction")
    if cues.MORE_THAN.search(text):
        traits.add("more_than")
    if cues.FIGURATIVE.search(text):
        traits.add("figurative")
    definition = _DEFINITION.match(text)
    if (
        definition
        and definition.group(1).lower() not in _NOT_SUBJECTS
        and not definition.group(1).endswith("ly")
    ):
        traits.add("definition")
    if cues.THESIS_CUE.search(text):
        traits.add("thesis_cue")
    if _antithesis(text):
        traits.add("antithesis")
    if _COMPARISON.search(text) and not cues.MORE_THAN.search(text):
        traits.add("comparison")
    if _CONCESSION.search(text):
        traits.add("concession")
    return traits | _person(text)


_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|better|worse|más|menos|mejor|peor)\s+(?:[^\W\d_]+\s+){0,3}(?:than|que)\b|"
    r"\brather than\b",
    re.IGNORECASE,
)
"""A claim that weighs one thing against another ("Small follow-through builds more trust than any
number of grand gestures")."""

_CONCESSION = re.compile(
    r"\b(?:is|are|were|was) (?:partly |half )?right (?:that|about)\b|^\W*(?:granted|admittedly|to be fair|"
    r"it(?:'s|’s| is) true that|of course,)|\b(?:tienen|tiene) (?:algo de )?razón\b|^\W*es cierto que\b",
    re.IGNORECASE,
)
"""What the author grants the other side ("The skeptics are right that the dinner table is not magic"):
not the author's own claim to weigh."""

_NEGATION = re.compile(
    r"\b(?:not|never|no longer|rarely|stops?|lose|loses|nunca|no|jamás|pierde[sn]?)\b|n[’']t\b", re.IGNORECASE
)


def _content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if is_content_word(w)}


def _antithesis(text: str) -> bool:
    """Two halves built on the same word, one of them turned over: "What you notice about each other,
    you come to treasure; what you stop noticing, you slowly lose"."""
    halves = re.split(r";|\s[—–-]\s", text, maxsplit=1)
    if len(halves) != 2 or min(len(words(h)) for h in halves) < 4:
        return False
    first, second = halves
    shared = _content_stems(first) & _content_stems(second)
    return bool(shared) and bool(_NEGATION.search(first)) != bool(_NEGATION.search(second))


_DISCLAIMER = re.compile(
    r"^\W*(?:i(?:'m|’m| am) not (?:arguing|saying|suggesting|claiming)|"
    r"this is not to say|that(?:'s|’s| is) not to say|"
    r"no (?:digo|estoy diciendo) que)\b",
    re.IGNORECASE,
)
_TURN = re.compile(r"^\W*(?:but|yet|still|even so|pero|aun así|sin embargo)\b", re.IGNORECASE)


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
    return out


def _to_some(passages: list[Passage]) -> list[Passage]:
    """Counsel called out to some readers ("Husbands, find one thing ...") and the counsel that follows
    it in the same paragraph ("Learn to braid something.") are "to_some": not for everyone in a room."""
    out: list[Passage] = []
    called: int | None = None
    for p in passages:
        if p.role == "instruction" and cues.VOCATIVE.match(p.text):
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
    return [
        replace(p, role="note") if p.block in opened and p.role in ("claim", "example", "hedge") else p
        for p in passages
    ]


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


# --- lists -----------------------------------------------------------------------------------

_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve dos tres cuatro cinco seis siete ocho "
    "nueve diez"
).split()
_LIST_NOUN = re.compile(
    r"\b(?:\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(?:[^\W\d_]+\s+)?([^\W\d_]{4,})\b", re.IGNORECASE
)
_NUMBERED_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.):]|#\d|(?:first|second|third|fourth|fifth)\b)", re.IGNORECASE
)


def _numbered_points(article: Article) -> list[Block]:
    """Numbered lines that each open a section ("1. A tantrum is a flooded brain" and then its
    paragraphs, "2. ..."): pasted text keeps them as one-item lists, but they are a listicle's points,
    numbered 1, 2, 3 ... in order, each followed by the paragraphs that explain it."""
    blocks = article.blocks
    points = [
        b
        for i, b in enumerate(blocks)
        if b.kind == "list_item"
        and b.ordinal is not None
        and (i == 0 or blocks[i - 1].kind != "list_item")
        and i + 1 < len(blocks)
        and blocks[i + 1].kind == "paragraph"
    ]
    if [b.ordinal for b in points] != list(range(1, len(points) + 1)):
        return []
    return points


def _lists(article: Article, blocks: list[BlockPart], passages: list[Passage]) -> list[ListUnit]:
    units: list[ListUnit] = []
    by_block: dict[int, list[Passage]] = {}
    for p in passages:
        by_block.setdefault(p.block, []).append(p)
    i = 0
    n = len(article.blocks)
    while i < n:
        if blocks[i].role == "list" and blocks[i].part == 1:
            j = i
            while j + 1 < n and blocks[j + 1].role == "list":
                j += 1
            items = tuple((article.blocks[k].start, article.blocks[k].end) for k in range(i, j + 1))
            lead = None
            if i > 0 and by_block.get(i - 1):
                candidate = by_block[i - 1][-1]
                if candidate.usable and (
                    candidate.role == "list_lead" or candidate.text.rstrip().endswith(":")
                ):
                    lead = candidate
            if len(items) >= 3:
                counsel = sum(
                    1 for p in passages if p.role == "instruction" and any(s <= p.start < e for s, e in items)
                )
                ours = sum(1 for s, e in items if _ours_now(article.text[s:e])) * 3 >= len(items) * 2
                units.append(
                    ListUnit(
                        lead,
                        items,
                        _list_noun(lead.text if lead else ""),
                        practice=counsel * 3 >= len(items) * 2 or ours,
                        ours=ours,
                    )
                )
            i = j + 1
            continue
        i += 1
    # Counsel announced and then given a paragraph at a time ("Here is what I suggest:", each paragraph
    # opening on an instruction): the author's practices too.
    firsts: dict[int, Passage] = {}
    for p in passages:
        firsts.setdefault(p.block, p)
    for p in passages:
        if p.role != "list_lead" and not (p.usable and p.text.rstrip().endswith(":")):
            continue
        if by_block.get(p.block, [])[-1:] != [p]:
            continue
        run: list[Passage] = []
        block = p.block + 1
        while block in firsts and firsts[block].role == "instruction" and firsts[block].part == 1:
            run.append(firsts[block])
            block += 1
        if len(run) >= 2 and not any(u.practice for u in units):
            lead = p if p.usable else None
            units.append(ListUnit(lead, tuple((q.start, q.end) for q in run), None, practice=True))
    # Counsel given in order ("First, ask one more question. Second, ... Finally, ...", or paragraph
    # after paragraph opening "Start with ...", "Then ...", "After that ..."): the author's practices.
    steps = [p for p in passages if p.role == "instruction" and p.part == 1 and _ORDINAL_STEP.match(p.text)]
    if len(steps) < 2:
        steps = [
            p
            for p in passages
            if p.role == "instruction" and p.part == 1 and firsts.get(p.block) is p and _step_opening(p.text)
        ]
        steps = steps if len(steps) >= 3 else []
    if len(steps) >= 2 and not any(u.practice for u in units):
        first = passages.index(steps[0])
        before = passages[first - 1] if first > 0 else None
        lead = before if before is not None and before.usable and cues.LIST_LEAD.search(before.text) else None
        units.append(ListUnit(lead, tuple((p.start, p.end) for p in steps), None, practice=True))
    # A paragraph of counsel ("Call them. Bring a meal. Sit with them in the waiting room."): practices.
    for paragraph in by_block.values():
        told = [p for p in paragraph if p.role == "instruction" and p.part == 1]
        if len(told) >= 3 and len(told) * 3 >= len(paragraph) * 2 and not any(u.practice for u in units):
            first = paragraph.index(told[0])
            lead = paragraph[first - 1] if first > 0 and paragraph[first - 1].role == "list_lead" else None
            units.append(ListUnit(lead, tuple((p.start, p.end) for p in told), None, practice=True))
    # Questions offered one at a time, each on its own line and then explained: a list of questions to
    # ask each other (a study's questions at the end stand together, with nothing between them).
    asked = [
        members[0]
        for index, members in by_block.items()
        if len(members) == 1
        and members[0].role in ("study_question", "reader_question")
        and index + 1 < len(blocks)
        and blocks[index + 1].role == "body"
    ]
    if len(asked) >= 3:
        first = passages.index(asked[0])
        before = passages[first - 1] if first > 0 else None
        lead = before if before is not None and before.role in ("claim", "list_lead") else None
        units.append(ListUnit(lead, tuple((p.start, p.end) for p in asked), "questions", questions=True))
    # Numbered headings over sections ("1. Put the phone away"): a listicle.
    numbered = [b for b in article.blocks if b.kind == "heading" and _NUMBERED_HEADING.match(b.text)]
    if len(numbered) < 3:
        numbered = _numbered_points(article)
    if len(numbered) >= 3:
        units.append(
            ListUnit(None, tuple((b.start, b.end) for b in numbered), _list_noun(article.title), points=True)
        )
    # Parallel sentences in one paragraph: three or more sharing a three-word phrase.
    for index, members in by_block.items():
        if blocks[index].role != "body" or len(members) < 3:
            continue
        grams: dict[tuple[str, ...], list[Passage]] = {}
        for p in members:
            tokens = words(p.text)
            seen: set[tuple[str, ...]] = set()
            for k in range(len(tokens) - 2):
                gram = tuple(tokens[k : k + 3])
                if gram in seen or not any(is_content_word(w) for w in gram):
                    continue
                seen.add(gram)
                grams.setdefault(gram, []).append(p)
        best = max(grams.values(), key=len, default=[])
        if len(best) >= 3 and all(p.role == "claim" for p in best):
            first = members.index(best[0])
            lead = members[first - 1] if first > 0 and members[first - 1].role == "claim" else None
            units.append(ListUnit(lead, tuple((p.start, p.end) for p in best), None, parallel=True))
    units = [
        replace(
            u,
            in_order=_in_order(article.text, u.items)
            or bool(_SAID_IN_ORDER.search(article.text[max(0, u.start - 160) : u.start])),
        )
        if u.practice
        else u
        for u in units
    ]
    units.sort(key=lambda u: u.start)
    return units


_OURS = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:we|our|nosotros|nos|nuestr[oa]s?)\b", re.IGNORECASE)
"""A list item told as what "we" do: "We walk after dinner.", "Nos sentamos a cenar sin móviles."."""


def _ours_now(item: str) -> bool:
    """An item told as what "we" do now ("We walk after dinner."), not what "we" did once ("We said the
    number out loud.": what helped in a hard season, which is not the household's way of life)."""
    sentences = split_sentences(item)
    first = sentences[0].text if sentences else item
    return bool(_OURS.match(item)) and not cues.is_past(first)


_SEQUENCE = re.compile(
    r"^\W*(?:then|next|after that|afterwards?|once (?:that|you)|start (?:with|by)|begin (?:with|by)|"
    r"luego|después|a continuación|empieza (?:por|con)|comienza (?:por|con))\b",
    re.IGNORECASE,
)


def _step_opening(text: str) -> bool:
    return bool(_SEQUENCE.match(text) or _ORDINAL_STEP.match(text))


_SAID_IN_ORDER = re.compile(
    r"\bin (?:this |that )?order\b|\bstep by step\b|\bpaso a paso\b|\ben (?:este )?orden\b", re.I
)
"""The author says the steps come in order, just before them ("How we did it, in order")."""


def _in_order(text: str, items: tuple[tuple[int, int], ...]) -> bool:
    """Steps taken one after another: two items or more open on a word of sequence ("Then", "After that").

    "First ... Second ... Finally" alone counts tips, as often as not; "then" and "after that" order them.
    """
    return sum(1 for s, e in items if _SEQUENCE.match(text[s:e])) >= 2


_ORDINAL_STEP = re.compile(
    r"^\W*(?:first|second|third|fourth|fifth|finally|lastly|one|two|three|primero|segundo|tercero|cuarto|"
    r"por último|finalmente)\b[,:.]?\s",
    re.IGNORECASE,
)


_LIST_NOUN_NAMED = re.compile(
    r"\b(?:these are the|here are the|here are some|these|the)\s+([^\W\d_]{4,}s)\s+(?:that|which|we|I)\b|"
    r"^\W*(?:a few|some|several)\s+([^\W\d_]{4,}s)\b",
    re.I,
)
"""A list named without its count: "these are the things that made a real difference:"."""


_INTRODUCED = re.compile(r"\b(?:here(?:'s| is| are)|these are|this is)\b[^:]{0,60}:\s*$", re.I)


def _list_noun(text: str) -> str | None:
    named = _LIST_NOUN_NAMED.search(text) if text.rstrip().endswith(":") else None
    match = _LIST_NOUN.search(text) or named
    if not match:
        # "But here's where we landed:": a list the author introduces without naming what it holds
        return "things" if _INTRODUCED.search(text) else None
    noun = next(g for g in match.groups() if g).lower()
    return noun if noun.endswith(("s", "es")) else None


# --- scripture ----------------------------------------------------------------------------------

_COMMENT_VERBS = re.compile(
    r"\b(?:reminds?|tells?|says?|shows?|teaches|calls?|means|puts it|writes|wrote|promises|urges|"
    r"commands?|invites?|describes?|warns?|asks?|recuerda|dice|enseña|muestra|llama|promete|exhorta|"
    r"invita|advierte|escribió|escribe)\b",
    re.IGNORECASE,
)


_NEXT_TIME = re.compile(
    r"^\W*(?:next (?:week|time|session|month)|coming up|la (?:próxima|semana que viene)|"
    r"la próxima semana)\b",
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
            usages.append(ScriptureUsage(use.start, use.end, "listed"))
            continue
        if block.role == "references":
            main = _MAIN_TEXT.match(article.blocks[block.index].text)
            usages.append(ScriptureUsage(use.start, use.end, "cited" if main else "listed"))
            continue
        sentence_text = article.text[passage.start : passage.end]
        if passage.has("leader") or passage.role in ("junk", "promo") or _NEXT_TIME.match(sentence_text):
            usages.append(ScriptureUsage(use.start, use.end, "listed"))
            continue  # "Next week: Luke 14": for the leader, or for next time, not to read tonight
        before = article.text[max(passage.start, use.start - 24) : use.start].lower()
        if (
            re.search(r"\b(?:see also|cf\.?|compare|also|and)\s*$", before)
            or "see also" in sentence_text.lower()
        ):
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
        if len(words(p.text)) >= 5:
            return (p.start, p.end)
    return None


# --- the thesis -----------------------------------------------------------------------------------


_THESIS_NEGATION = re.compile(
    r"\b(?:is|are|was|were|does|do|did|has|have)(?: not|n't)\b|\bnot (?:a|an|the|about|because|so much)\b|"
    r"\bso much as\b|\bno (?:es|son|era|lleva|se trata)\b|\bsino\b|\bnever (?:a|about)\b",
    re.IGNORECASE,
)
_THESIS_FRAME = re.compile(
    r"\bi want (?:you )?to (?:say|know|tell you|suggest)|\b(?:argues|argued|shows|teaches) that\b|"
    r"^\W*(?:its|the) point (?:is|of)|^\W*the answer is\b|\bunderstood\b.*\bis that\b|"
    r"\bhere(?: is|['’]s) what\b|"
    r"\bthe real (?:enemy|problem|question|issue|danger|point) is(?:n['’]t| not)?\b|"
    r"\bquiero (?:decir|que sepas)\b|\bla idea es\b",
    re.IGNORECASE,
)


def _thesis(
    article: Article,
    passages: list[Passage],
    themes: Sequence[Theme],
    language: str | None,
    refs: Sequence[int] = (),
    blocks: Sequence[BlockPart] = (),
) -> Passage | None:
    """The sentence that states what the article argues: central, general, and set against something.

    Scored, not looked up: how much of the article's theme weight it carries, the title's words,
    where it stands (the end of the opening or the close), and the marks of a thesis in this kind of
    writing: a claim set against what it is not ("Rest was not a reward for finishing"), a definition,
    or a frame ("I want you to know that ...", "The point is ..."). A story, a hedge, a question, a
    quotation or what a verse says is never the thesis; when nothing scores well enough, there is none.
    """
    weights = {t.stem: t.weight for t in themes}
    top = max(weights.values(), default=1.0) or 1.0
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
    for p in passages:
        if p.role != "claim" or p.part != 1 or p.has("in_list") or re.match(r"^\W*(?:and|y)\b", p.text, re.I):
            continue  # "And sheep are nervous about fast water": a detail carried on, not the thesis
        tokens = words(p.text)
        framed = bool(_THESIS_FRAME.search(p.text))
        if not 6 <= len(tokens) <= 40 or (p.has("first_person") and not framed):
            continue
        if any(mark in p.text for mark in '“”"«»'):
            continue  # quoting someone: their words, not the author's thesis
        if re.match(r"^\W*(?:that|this|it)(?:'s|’s| is)\b", p.text, re.I) and len(tokens) < 9:
            continue  # "That's the thing about keeping score": a pointer to the sentence around it
        if cues.READING_OF_TEXT.match(p.text):
            continue  # "What he promises is that ...": what the passage says, not what the author argues
        at = bisect_left(ref_starts, p.start)  # a scan of every reference was quadratic in long articles
        if at < len(ref_starts) and ref_starts[at] < p.end:
            continue  # what a verse says: the Bible's claim, not the author's
        score = centrality(p.text, {k: v / top for k, v in weights.items()}, title_stems)
        score += 0.15 * len({stem(w) for w in tokens} & title_stems)
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
        if first in {"if", "when", "si", "cuando"}:
            score -= 0.25
        if cues.is_past(p.text) and not cues.GENERAL_CLAIM.search(p.text):
            score -= 0.3
        if len(tokens) > 28:
            score -= 0.1
        if len(tokens) < 8:
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


# --- the whole -------------------------------------------------------------------------------------


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
    passages = _disclaimed(
        _to_some(_restated(_note_paragraphs(_scenes(_requests(_fragments(passages, article))))))
    )
    thesis = _thesis(article, passages, themes, language, [s for s, _ in refs], blocks)
    if thesis is not None:
        index = passages.index(thesis)
        thesis = replace(thesis, traits=thesis.traits | {"thesis"})
        passages[index] = thesis
    starts = tuple(p.start for p in passages)

    def reading_at(offset: int) -> Passage | None:
        i = bisect_right(starts, offset) - 1
        return passages[i] if i >= 0 and offset < passages[i].end else None

    usage = _scripture_usage(article, scripture, passages, blocks, reading_at)
    weighed = weigh_claims(passages, article.title, language)
    keys = key_claims(weighed, passages)
    thesis = _spine_thesis(thesis, keys, weighed, passages)
    return ArticleReading(
        passages=tuple(passages),
        blocks=tuple(blocks),
        lists=tuple(_lists(article, blocks, passages)),
        scripture=tuple(usage),
        thesis=thesis,
        key_claims=keys,
        _starts=starts,
    )


def _spine_thesis(
    thesis: Passage | None, keys: Sequence[KeyClaim], weighed: Sequence[KeyClaim], passages: list[Passage]
) -> Passage | None:
    """The thesis, unless the argument's spine plainly outweighs it: the heaviest key claim stands on
    its own (it leans on no sentence before it) and weighs clearly more than the thesis as a key claim
    ("But this is not a sweet story" against "Change is coming, but it comes after the welcome, not as
    the price of it")."""
    if not keys or keys[0].lead is not None or keys[0].weight < 1.0:
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
