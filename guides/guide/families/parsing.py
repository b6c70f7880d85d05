"""Parsing the sentence a family stands on: what a definition says a thing is ("Trust is ..."),
what a distinction says it is not, what "more than" puts it beyond, the view the author argues against;
whether a step leans on the sentence before; and how a sentence's first word reads inside a question
(:func:`lower_start`). The checks ask these whether a family may stand on a sentence; the slot fillers
take their parts as a question's words.
"""

from __future__ import annotations

import itertools
import re

from guides.analysis.passages import words
from guides.guide import phrasing
from guides.guide.context import Context

MAX_QUOTED_QUESTION_WORDS = 18


_COPULA = re.compile(r"^(?P<subject>.+?)\s+(?P<verb>is|are|means|es|son|significa)\s+(?P<rest>.+)$", re.I)

_MORE = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>is|are|es|son)\s+(?P<phrase>(?:so |much |far |"
    r"mucho )?(?:more than|más que)\s.+)$",
    re.I,
)

_OPPOSED = re.compile(
    # (the subject of the sentence, never of a clause inside it: "The next time we see them together is
    # in chapter 35")
    r"(?<!time )(?<!times )(?<!when )(?<!where )(?<!that )(?<!which )(?<!what )(?<!how )(?<!who )"
    r"\b(?:we|(?:many|most|a lot|lots|so many|some) of us(?: (?:men|women|parents|christians))?"
    r"(?: \([^)]{0,60}\))?|many people|people|couples|christians|"
    r"parents|muchos|solemos|tendemos a)\s+"
    r"(?:(?:often|usually|tend to|sometimes|still|easily|can|have let ourselves|let ourselves|"
    r"have been taught to)\s+)*"
    r"(?P<clause>(?:(?:view|see|treat|picture|define|measure)(?=\b[^.;:]*\b(?:as|in terms of)\b)|"
    r"think|assume|believe|associate|equate|reduce|limit|confuse|imagine|expect|"
    r"pensar|creer|ver|confundir|reducir|pensamos|creemos|vemos|confundimos|reducimos)"
    # ("the things we believe should be seen": "we believe" is a relative clause, its verb with no object)
    r"\b(?! (?:is|are|was|were|has|have|should|must|will|would|can|could|may|might|matters?|es|son)\b)"
    r"[^,;:.!?—–]*)",
    re.I,
)
"""(Never what a relative clause says: "what people imagine is often less kind than what is real".)"""

_PRONOUNS_TO_OURS = (
    (re.compile(r"\btheir\b", re.I), "our"),
    (re.compile(r"\bthemselves\b", re.I), "ourselves"),
    (re.compile(r"\bthey\b", re.I), "we"),
    (re.compile(r"\bthem\b", re.I), "us"),
)

_SPANISH_FIRST_PLURAL = {
    "pensamos": "pensar", "creemos": "creer", "vemos": "ver", "confundimos": "confundir",
    "reducimos": "reducir",
}  # fmt: skip

_BACK = re.compile(
    r"^\W*(?:(?:often|sometimes|and|but|so|yet|then|now|usually|y|pero|a veces),?\s+){0,2}"
    r"(?:it|this|that|these|those|they|them|he|she|eso|esto|ello|lo|la)\b",
    re.I,
)

_SUBORDINATE = re.compile(
    r"^\W*(?:(?:then|and|but|so|or)\s+)?(?:again\s+)?(?:when|because|although|though|while|if|since|which|"
    r"whereas|until|cuando|porque|aunque|mientras|si)\b[^,]*$",
    re.I,
)
"""A subordinate clause on its own ("Then again when Kevin bought a new truck."): not a claim."""

_PREDICATE_OPENERS = frozenset(
    "a an the what how our your their one un una el la lo los las nuestro nuestra".split()
)

_POINTING_SUBJECT = re.compile(
    r"^(?:the )?(?:other|others|one|first|second|rest|former|latter|el otro|la otra)$|"
    r"^(?:mine|yours|his|hers|ours|theirs|el mío|la mía|los míos|las mías)$",
    re.I,
)

_SUBJECT_BLOCK = frozenset(
    "it this that there here these those they he she we you i what which who one something everything "
    "nothing anything everyone someone nobody eso esto ello aquí hay lo some many most all every each "
    "few no any several both algunos algunas muchos muchas todos todas cada "
    "near far now then today tomorrow enough better worse fine okay ok less more cerca lejos ahora "
    "my our mi nuestro nuestra".split()
)


NOT_TO = re.compile(r"^\W*(?:please\s+)?(?:don['’]t|do not|never|stop)\b", re.I)
"""Counsel on what not to do ("Don't sell the baby as a present", "Please don't wait", "Stop apologising"):
never a claim to weigh, nor a step with a moment to picture."""

ALL_OF_THAT = re.compile(
    r"^\W*(?:none|all|some|most|much|each|both|any) of (?:that|this|these|those|it|them)\b", re.I
)
"""A sentence about all of what came before ("None of that could have been done in a weekend"): what
"that" is, the sentence before says."""

_LABEL = re.compile(
    r"^\W*(?:(?:but|and|so|pero|y)\s+)?"
    r"(?:big idea|main (?:idea|point)|key (?:idea|point)|idea central|en resumen|"
    r"(?:a|one) (?:last|final) (?:word|thought)|"
    r"(?:here is|here['’]s|this is|put simply|in short|the truth is|dicho de otro modo|en pocas palabras)"
    r"[^:]{0,50})\s*:\s*",
    re.I,
)
"""A frame before what the author says ("Here is the simplest way we know to say it: listening is not
waiting for your turn to talk"): what follows the colon is the claim."""


_FIRST_CLAUSE = re.compile(r"\s*[:;—–]\s|,\s+(?:so|and|but|because|which|so that|y|pero|porque)\s")


def _definition(text: str, language: str) -> tuple[str, str] | None:
    """(subject, predicate) of "Trust is an integral, daily part of your relationship"."""
    body = _LABEL.sub("", text.strip()).rstrip(".!")
    match = _COPULA.match(body)
    if not match or "," in match.group("subject"):
        return None
    subject = match.group("subject").strip()
    tokens = subject.split()
    if not 1 <= len(tokens) <= 3 or tokens[0].lower() in _SUBJECT_BLOCK or tokens[0].lower().endswith("ly"):
        return None
    if any(t.lower() in ("not", "no") for t in match.group("rest").split()[:1]):
        return None  # "X is not Y" says what it is not: another family's question
    # The predicate to its first clause: "how you bring your history into the room with your worry, so ...".
    predicate = _FIRST_CLAUSE.split(match.group("rest").strip())[0]
    if not 3 <= len(predicate.split()) <= 12 or "?" in predicate:
        return None
    if predicate.split()[0].lower() not in _PREDICATE_OPENERS:
        return None  # "bigger than a sharp word", "rarely about the numbers": a comparison, not what it is
    same = r"^(?:(?:the|a|an)\s+(?:same|other|rest|next|last)|(?:el|la|los|las) mism[oa]s?)\b"
    if re.match(same, predicate, re.I):
        return None  # "They are the same stones": the same as what, the sentences before say
    return subject, predicate


_NOT = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>is|are|was|were)\s+not\s+(?P<negated>.+?)(?:\s*[;:,—–]\s*(?:it|they|but|rather)\b.*)?$|"
    r"^(?P<subject_es>.+?)\s+no\s+(?P<verb_es>es|son|era|eran)\s+(?P<negated_es>.+?)(?:\s*[;:,]\s*.*)?$",
    re.I,
)


_NOT_AFTER = re.compile(
    r"^(?P<subject>[^,]+?)\s+(?P<verb>is|are|was|were|looks like|look like|"
    r"means|mean|es|son|era|significa)\s+"
    r"(?P<what>[^,]{3,40}),\s+(?P<no>not|no)\s+(?P<negated>[^,;]+)$",
    re.I,
)

_SCENE = re.compile(
    r"^(?:in (?:this|the) (?:passage|chapter|verse|text|letter|story)|here|for (?:paul|jesus|the author)|"
    r"en (?:este|el) (?:pasaje|capítulo|versículo|texto))\s*,\s*",
    re.I,
)
"""Words that set the scene of a claim ("In this passage, headship looks like a cross, not a throne")."""


def _distinction(text: str, language: str) -> tuple[str, str, str] | None:
    """("rest", "was", "a reward for finishing") out of "Rest was not a reward for finishing."."""
    body = re.sub(r"^(?:but|and|so|yet|pero|y)\s+", "", _LABEL.sub("", text.strip()).rstrip(".!"), flags=re.I)
    body = _SCENE.sub("", body)
    match = _NOT.match(body)
    if not match:
        # "Restoration is the goal, not punishment": what it is, then what it is not.
        late = _NOT_AFTER.match(body)
        if late is None or len(late.group("negated").split()) > 6:
            return None
        subject, verb = late.group("subject").strip(), late.group("verb").lower()
        if not 1 <= len(subject.split()) <= 3 or subject.split()[0].lower() in _SUBJECT_BLOCK:
            return None
        if verb not in ("is", "are", "was", "were", "es", "son", "era"):
            return None  # "looks like a cross, not a throne": only the two together say it (_instead)
        return subject, verb, late.group("negated").strip()
    subject = (match.group("subject") or match.group("subject_es") or "").strip()
    verb = (match.group("verb") or match.group("verb_es") or "").lower()
    negated = (match.group("negated") or match.group("negated_es") or "").strip().split(",")[0].rstrip(";:")
    tokens = subject.split()
    if not 1 <= len(tokens) <= 4 or tokens[0].lower() in _SUBJECT_BLOCK or "," in subject:
        return None
    if "(" in subject or "(" in negated or tokens[0].lower() in ("not", "no"):
        return None  # "Not completely (we are not a miracle household)": an aside, not a claim
    if _POINTING_SUBJECT.match(subject):
        return None  # "The other is in the car, not going anywhere": someone in a scene, not a subject
    if not 2 <= len(negated.split()) <= 10 or negated.split()[0].lower() in ("just", "only", "solo", "sólo"):
        return None  # "is not just X" says it is more: the more_than family's question
    return subject, verb, negated


def _instead(text: str) -> tuple[str, str, str, str] | None:
    """("headship", "looks like", "a cross", "a throne") out of "In this passage, headship looks like a
    cross, not a throne": what the author says a thing is, and what it is not, in one breath."""
    body = re.sub(r"^(?:but|and|so|yet|pero|y)\s+", "", _LABEL.sub("", text.strip()).rstrip(".!"), flags=re.I)
    body = _SCENE.sub("", body)
    late = _NOT_AFTER.match(body)
    if late is None or len(late.group("negated").split()) > 6 or len(late.group("what").split()) > 6:
        return None
    if late.group("no").lower() == "no" and late.group("verb").lower() not in (
        "es",
        "son",
        "era",
        "significa",
    ):
        return None  # "Friday suppers are together, no hobbies invited": "no" is Spanish "not", never English
    subject = late.group("subject").strip()
    if not 1 <= len(subject.split()) <= 3 or subject.split()[0].lower() in _SUBJECT_BLOCK:
        return None
    return subject, late.group("verb").lower(), late.group("what").strip(), late.group("negated").strip()


def _more_than(text: str, language: str) -> tuple[str, str, str] | None:
    body = text.strip().rstrip(".!")
    match = _MORE.match(body)
    if not match:
        return None
    subject = match.group("subject").strip()
    tokens = subject.split()
    if not 1 <= len(tokens) <= 4 or tokens[0].lower() in _SUBJECT_BLOCK or "," in subject:
        return None
    if _POINTING_SUBJECT.match(subject):
        return None  # "The other is in the car, not going anywhere": someone in a scene, not a subject
    phrase = match.group("phrase").strip()
    if len(phrase.split()) > 12:
        return None
    return subject, match.group("verb").lower(), phrase


_FRAME = re.compile(r"\b(?:when|if|as|while|whenever|cuando|si|mientras)\b[^,;:]*$", re.I)


def _opposed_view(text: str, language: str) -> str | None:
    """ "view trust in terms of infidelity" out of "The problem is we view trust in terms of infidelity"."""
    match = next((m for m in _OPPOSED.finditer(text) if not _FRAME.search(text[: m.start()])), None)
    if not match:
        return None
    clause = match.group("clause").strip()
    longest = 14
    if re.search(r"\b(?:like this|this way|as follows|like so|así)\W*$", clause, re.I):
        # "assume that love for a neighbour works like this: first you feel ...": the view is after the colon
        told = re.match(r"\s*:\s*([^.;:?!]+)", text[match.end("clause") :])
        if told is None or len(told.group(1).split()) > 16:
            return None
        # (quoted, so that the question reads the author's words aloud as theirs and may run longer)
        said = "“" + told.group(1).strip().rstrip(",") + "”"
        clause = clause.rstrip(" ,") + ": " + said
        longest = 24
    # The view ends where the author turns ("but", "yet"); its condition is part of it ("assume people
    # like us when we help them": cut at "when", it asks about another view).
    clause = re.split(r"\s+(?:but|yet|pero)\b", clause, maxsplit=1)[0].strip()
    if re.search(r"\b(?:that|than)\s+(?:if|when|because|once|si|cuando)\b", clause, re.I):
        return None  # "assume that if we say nothing": the view's main clause is past the comma
    if sum(clause.count(mark) for mark in '"“”') % 2:
        return None  # 'believe that real friends "pick up right where we left off': a quotation cut in two
    tokens = clause.split()
    if not 3 <= len(tokens) <= longest:
        return None
    if re.match(r"\w+ you\b", clause, re.I):
        return None  # "We expect you again.": words said to someone (a room's welcome), not a view held
    if re.match(r"think of\b", clause, re.I) and not re.search(r"\bas\b", clause, re.I):
        return None  # 'We hear "talent" and we think of being good at netball': thinks of what as that?
    if re.search(r"\b(?:a|an|the)\s+\w+(?:ant|ent|ful|ive|ous|ic|al|less|able|ible|ish|ly|weight)$", clause):
        return None  # "think of encouragement as a pleasant", cut at the comma before "lightweight thing"
    if tokens[1:2] == ["that"] and re.fullmatch(
        r"as|in|on|for|with|to|by|from|into|like|way", tokens[2], re.I
    ):
        return None  # "picture that as something each family does": "that" is the sentence's object
    pointing = " ".join(tokens[2:3] if tokens[1:2] == ["that"] else tokens[1:3])  # ("believe that ...")
    if re.search(r"\b(?:it|this|that|him|her|eso|esto|lo)\b", pointing, re.I):
        return None  # "associate it with ...": "it" leans on the sentence before
    if language == "es":
        first = tokens[0].lower()
        tokens[0] = _SPANISH_FIRST_PLURAL.get(first, first)
        clause = " ".join(tokens)
        if re.search(r"\bnuestr[oa]s?\b", clause):
            return None
        return clause
    at = re.search(r"\s+(?:when|because|if)\b", clause)
    head, condition = (clause[: at.start()], clause[at.start() :]) if at else (clause, "")
    if re.search(r"\b(?:we|i)\b", text[: match.start("clause")], re.I) and re.search(
        r"\b(?:they|them|their|themselves)\b", head, re.I
    ):
        return None  # "We assume there will be more of them": them is our days (the sentence before says)
        # and never "us"; "they" is made "we" only when they are the people who hold the view
    head, colon, said = head.partition(": “")
    for pattern, replacement in _PRONOUNS_TO_OURS:
        head = pattern.sub(replacement, head)  # (the condition keeps its own people: "when we help them")
    head += colon + said  # (the author's words after the colon stay theirs)
    return head + condition


_DEMONSTRATIVE = re.compile(r"\b(?:that|this|those|these) (?!is\b|are\b|was\b|were\b|you\b|we\b|they\b)\w+")


def _leans_back(ctx: Context, action: str, start: int) -> bool:
    """Whether advice points back to what came before: "Protect that time", "Start with the card"."""
    if _DEMONSTRATIVE.search(action) or re.search(
        r"\b(?:instead|too|as well|again|en cambio)\W*$", action, re.I
    ):
        return True  # ("Start with the work instead": instead of what, the sentence before says)
    tokens = words(action)
    if len(tokens) <= 8:
        for determiner, noun in itertools.pairwise(tokens):
            if determiner == "the" and _first_use(ctx, noun) < start:
                return True
    return False


def _first_use(ctx: Context, word: str) -> int:
    match = re.search(rf"\b{re.escape(word)}", ctx.article.text, re.IGNORECASE)
    return match.start() if match else len(ctx.article.text)


def lower_start(ctx: Context, text: str) -> str | None:
    """``text`` with its first word lowercased when the article writes that word in lower case
    elsewhere ("Trust is ..." -> "trust is ..."); a name keeps its capital ("God", "Hannah"); None when
    the sentence opens with "I"."""
    match = re.match(r"[^\W\d_]+", text)
    if not match:
        return None
    word = match.group(0)
    if word == "I":
        return None
    if word.islower() or word.lower() in (
        "god",
        "dios",
        "jesus",
        "jesús",
        "christ",
        "cristo",
        "lord",
        "señor",
    ):
        return text
    if word.lower() in ctx.lowercase_words:
        if word in ctx.named_words and len(re.findall(rf"\b{word}\b", ctx.article.text)) > 2 * len(
            re.findall(rf"\b{word.lower()}\b", ctx.article.text)
        ):
            return text  # "Job" eleven times and "my job" once: a name, which keeps its capital
        return word.lower() + text[len(word) :]
    if word not in ctx.named_words and len(word) > 3:
        return word.lower() + text[len(word) :]  # "Teenagers pull away": never capitalised mid-sentence
    return phrasing.lower_first(text, ctx.language) or text
