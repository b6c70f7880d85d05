"""Sentences: the one role each sentence plays (a claim, a hedge, a story, a question to the
reader or a rhetorical one, counsel and who it is for, a note, a quotation, ...) within its block's part,
and the traits of a claim (a view argued against, a definition, "more than", a picture, a comparison, a
concession, two halves turned one against the other).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from guides.analysis import cues, furniture
from guides.analysis.advice import Advice
from guides.analysis.passages import is_content_word, stem, words
from guides.analysis.questions import question_form
from guides.analysis.reading.blocks import _TERMINAL
from guides.analysis.reading.model import Addressee, BlockPart, BlockRole, Passage, Role
from guides.analysis.sentences import Sentence
from guides.article import Article, Block

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


_QUOTED_WHOLE = re.compile(r"^[“\"«].{8,}[”\"»]\W{0,3}$")

_ROUTINE = re.compile(
    r"\b(?:had|has|have|was|followed|ran on) (?:a|the|its|our|their) (?:same )?"
    r"(?:script|routine|drill|ritual|formula)\W*$|\b(?:went|looked|ran) (?:like|something like) this\W*$|"
    r"\bwas always the same\W*$",
    re.IGNORECASE,
)
"""A sentence that introduces a routine the author goes on to describe step by step."""

_WHAT_IT_WAS = re.compile(
    r"^\W*(?:but\s+)?the (?:real )?(?:trouble|problem|point|question|issue|difference|danger|lesson) "
    r"(?:was|is)(?:\s+not|n['’]t)?\s+(?:that|whether|what|how|about)\b",
    re.IGNORECASE,
)
"""What the story was really about, said in the past ("The trouble was that the work had me."): the
author's claim about the story, not a step of it."""

_FRAMED_QUOTE = re.compile(
    r"^\W*(?:(?:(?:and|then|y|luego)\W+){1,2}|(?:[\w’'.]+\s+){1,3}(?:writes|wrote|puts it|adds|continues|"
    r"escribe|escribió|añade)\s*[,:]?\s*)[“\"«][^”\"»]{8,}[”\"»]"
    r"\W{0,3}(?:\([^()]*\d[^()]*\))?\W{0,2}$",
    re.IGNORECASE,
)
"""Words quoted from a text with only a frame round them ("Paul writes, “Be angry, and don’t sin.”",
"And then: “Don’t let the sun go down on your wrath” (Ephesians 4:26)."): the text's words, not the
author's counsel."""


_TO_GOD = re.compile(
    r"(?:^|[:.]\s+)[“\"]?(?:yes\s+)?(?:lord|god|jesus|father|master|señor|dios|padre)\s*,\s*[^?]*\?", re.I
)
"""A question put to God by name ("Lord, have you read the file?"): a prayer or a character's words, not
the author asking the reader."""


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
    if furniture.JUNK_LINE.match(text) or (
        len(words(text)) <= furniture.byline_length(text) and furniture.BYLINE.match(text)
    ):
        return Passage(role="junk", **base)
    if cues.TITLE_LINE.match(text) and article_block.kind == "paragraph":
        # "Kindness That Goes Looking, Lesson 4", "Most Read in Faith & Family": a title on a line of its
        # own, never a claim (a list item or a heading so set is a sermon's point, read as one)
        return Passage(role="headline", **base)
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
    elif article_block.kind in ("list_item", "heading") or (
        cues.ORDINAL_POINT.match(text)
        and sentence.start == article_block.start
        and article_block.end - sentence.end <= 1
    ):
        traits.add("point")  # "First: God starts with the body.", a paragraph of its own: a sermon's point
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
        and not cues.WORD_SET_ASIDE.search(text)
        and (
            _GLOSS_GOES_ON.match(text)
            or re.search(r"\b(?:the|that|this|la|esa|esta) (?:word|palabra)\b", text, re.I)
        )
    ):
        return Passage(role="note", traits=frozenset(traits), **base)
    if cues.maybe_promo(text) and furniture.PROMO.search(text):
        return Passage(role="promo", **base)
    if text.rstrip().rstrip('”"»)').endswith("?") and _TO_GOD.search(text):
        # "In other words: Lord, have you read the file?": someone in the story speaking to God
        return Passage(role="example", traits=frozenset(traits | {"speech"}), **base)
    if text.rstrip().rstrip('”"»)').endswith("?") and cues.SERMON_STAGE.match(text):
        # "Would you turn with me to Psalm 13?": where to find the page, not a question to answer
        return Passage(role="note", traits=frozenset(traits | {"stage"}), **base)
    if text.rstrip().rstrip('”"»)').endswith("?") and cues.USED_TO.match(text):
        # "I used to think the question was “one more, or not?”": the author's old view, told
        return Passage(role="claim", traits=frozenset(traits), **base)
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
    frame = cues.announced(text)
    if frame is not None and block.role in ("body", "answer") and not _QUOTED_WHOLE.match(text):
        # "If we've learned one thing, it's probably this: a heartbroken teenager seems to need our
        # company far more than our perspective": the author has said which claim matters most, however
        # hedged or put as counsel; it is read as a claim, from its frame on.
        claimed = traits | _claim_traits(text[frame:]) | {"announced", "thesis_cue"}
        return Passage(role="claim", traits=frozenset(claimed), claim_start=sentence.start + frame, **base)
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
    if quoted_share >= 0.6 or _QUOTED_WHOLE.match(text) or _FRAMED_QUOTE.match(text):
        return Passage(role="quotation", traits=frozenset(traits), **base)
    if cues.SERMON_STAGE.match(text) or re.match(r"^\s*\[[^\]]{3,}\]\W*$", text):
        # "[Read the whole psalm aloud before beginning.]": a note to whoever delivers it
        return Passage(role="note", traits=frozenset(traits | {"stage"}), **base)
    if (
        previous is not None
        and previous.block == block.index
        and ((advice is not None and _ROUTINE.search(previous.text)) or previous.has("routine"))
    ):
        # "Our date nights had a script. Drop the boys at my sister's. Drive to ...": the steps of a
        # routine the author is describing, told as commands, not counsel
        return Passage(role="example", traits=frozenset(traits | {"routine"}), **base)
    if advice is not None and cues.COURTESY.match(text):
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
    if _HOUSEHOLD.match(text) or (
        previous is not None
        and previous.block == block.index
        and previous.has("household")
        and not text.rstrip().endswith("?")
        # (the author's own view after it is theirs: "I have come to believe ...", "But ...")
        and not cues.BELIEF.match(text)
        and not re.match(r"^\W*(?:but|yet|now|today|these days|pero|ahora)\b", text, re.I)
    ):
        # "In my family, when a visitor arrives, you put the kettle on ... Tea is not an offer. Tea is what
        # happens.": the ways of the house the author grew up in, told, not claims the author makes
        return Passage(role="example", traits=frozenset(traits | _person(text) | {"household"}), **base)
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
    r"^\W*(?:it|its|it['’]s|this word|that word|the word|the whole (?:line|phrase)|a more literal|literally|"
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


_PERFECT = re.compile(r"\b(?:have|has|['’]ve|hemos|han|has|he)\s+(?:\w+\s+)?\w+(?:ed|en|do|da)\b", re.I)
"""A present perfect ("they have earned it") is not a story told in the past."""


def _person(text: str) -> set[str]:
    return {"first_person"} if _FIRST_SINGULAR.match(text) else set()


_FIRST_SINGULAR = re.compile(r"^\W*(?:i|my|me|yo|mi)\b", re.IGNORECASE)

_FIRST_PERSON_ANYWHERE = re.compile(
    r"(?:^|,\s+|\s)(?:I|we|We)\s+\w+ed\b|\b(?:I|we) (?:was|were|had|kept|did|said)\b"
)


_GENERALIZING = re.compile(
    r"\b(?=[acmoprstu])(?:rarely|seldom|usually|often|almost always|almost never|more often|most of the time|"
    r"tend to|"
    r"tends to|rara vez|casi siempre|casi nunca|a menudo|suelen?|por lo general)\b",
    re.IGNORECASE,
)
"""Words that generalise ("it's rarely because they've forgotten"): a claim, whatever its tense."""


_HOUSEHOLD = re.compile(
    r"^\W*(?:in my (?:family|parents['’] house|mother['’]s house|father['’]s house|grandmother['’]s house)|"
    r"growing up|where i grew up|in the house i grew up in|en mi familia|en casa de mis padres)\b",
    re.IGNORECASE,
)
"""How a paragraph on the ways of the author's childhood home opens ("In my family, ...")."""

_PRESENT_GENERAL = re.compile(
    r"\b(?!(?:it|he|she|this|that|there|which|who|what)\b)[a-z]{4,} (?:is|are)(?: not|n['’]t)? "
    r"(?:a|an|about|what|how|never|always)\b"
)
"""A present-tense claim about a thing in general ("memory is not a video recording"), inside a paragraph
that otherwise tells what happened: the author's point, not a step of the story."""


def _is_example(text: str, previous: Passage | None, block_index: int, narrative_block: bool) -> bool:
    if cues.EXAMPLE_OPENING.match(text):
        return True
    if _WHAT_IT_WAS.match(text):
        return False  # "The trouble was not that I had work to do. The trouble was that the work had me."
    if cues.BELIEF.match(text):
        return False  # "I don't think a feeling could have got me there.": what the author thinks now
    if _GENERALIZING.search(text) and not _FIRST_SINGULAR.match(text):
        return False
    if _PRESENT_GENERAL.search(_unquoted(text)) and not _FIRST_SINGULAR.match(text):
        return False  # "Each of us remembers from where we stood, and memory is not a video recording."
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
    r"it(?:['’]s|’s| is) true that|of course,)|\b(?:tienen|tiene) (?:algo de )?razón\b|^\W*es cierto que\b",
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
