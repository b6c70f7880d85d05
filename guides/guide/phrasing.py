"""Turning the article's words into the guide's voice.

Three jobs, all conservative: when a rule is not sure, it returns None and
the generator uses another template rather than print broken English.

* :func:`lower_first`: lowercase a phrase's first letter only when its first
  word is a common word ("Demonstrate" -> "demonstrate", never "God").
* :func:`adapt`: pronouns for the audience. A couple talking together is "the
  two of you" ("your partner" -> "each other"); a group is spoken to person
  by person, so "your spouse" becomes "someone close to you" (nobody in the
  room is assumed to be married, and the verb still agrees).
* :func:`open_question`: the author's yes/no question rewritten as an open one
  ("Do you really trust your spouse?" -> "What helps you trust your spouse?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from guides.analysis.advice import imperative_verbs, infinitive
from guides.analysis.passages import _STOP_EN, _STOP_ES

Voice = Literal["each", "two", "group"]
"""Who a question speaks to: one partner ("you"), the couple together, or each person in a group."""

_PARTNER = r"(?:partner|spouse|husband|wife|husband or wife|wife or husband)"
_PARTNER_RE = re.compile(rf"\byour {_PARTNER}\b", re.IGNORECASE)
_DROPPED_ADVERBS = frozenset({"really", "actually", "truly", "honestly", "ever", "even", "just"})
_PRONOUN_SUBJECTS = {"you": "you", "we": "us", "they": "them", "he": "him", "she": "her"}
_DETERMINERS = frozenset(
    {"your", "our", "their", "his", "her", "my", "the", "this", "that", "these", "those"}
)
_DO = frozenset({"do", "does", "did"})
_MODAL = frozenset({"can", "could", "will", "would"})
_BE = frozenset({"is", "are", "was", "were", "am"})
_HAVE = frozenset({"have", "has", "had"})
_SHOULD = frozenset({"should", "must", "shall", "may", "might"})
_NEGATIVE = re.compile(r"n['’]t\b|\bnot\b", re.IGNORECASE)
_CONTRAST_TAIL = re.compile(
    r"\s+(?:as opposed to|rather than|instead of|even if|even though)\b.*$", re.IGNORECASE
)

MAX_QUESTION_WORDS = 24

# "Do we use community to avoid our own work?" asks about something to stop,
# not something to grow: "What helps us ...?" would turn it upside down.
_NEGATIVE_VALENCE = re.compile(
    r"\b(?:avoid\w*|hid(?:e|es|ing)|lie|lying|ignor\w*|neglect\w*|blam\w*|resent\w*|withh[oe]ld\w*|"
    r"give up|giving up|quit\w*|judg\w*|gossip\w*|criticiz\w*|criticis\w*|escap\w*|pretend\w*|"
    r"compar\w*|worr\w*|fear\w*|sulk\w*|nag\w*|shut\w* (?:down|out)|pull\w* away|retreat\w*|"
    r"punish\w*|manipulat\w*|control\w*|too much|too little|instead of)\b",
    re.IGNORECASE,
)
_IRREGULAR_PLURALS = frozenset({"children", "people", "men", "women", "kids"})
# Pronouns that need a noun the reader can see; in a question on its own they dangle.
_DANGLING = re.compile(r"\b(?:it|him|her|this|that one|ellas?|ellos?|ello|eso|esto|lo)\b", re.IGNORECASE)


def as_infinitive(action: str, language: str) -> str | None:
    """Advice as it reads after "to" ("help you to ..."): Spanish imperatives become infinitives."""
    match = re.match(r"[^\W\d_]+", action)
    if not match:
        return None
    bare = infinitive(match.group(0), language)
    if bare is None:
        return None
    return bare + action[match.end() :]


def lower_first(phrase: str, language: str = "en") -> str | None:
    """``phrase`` with its first letter lowercased, or None when that is not safe.

    Safe means the first word is a function word or a verb advice is written
    with; a name or "I" keeps its capital, and the caller picks another template.
    """
    match = re.match(r"[^\W\d_]+", phrase)
    if not match:
        return None
    word = match.group(0)
    if word.islower():
        return phrase
    lowered = word.lower()
    common = _STOP_ES if language == "es" else _STOP_EN
    if word == "I" or (lowered not in common and lowered not in imperative_verbs(language)):
        return None
    if word[1:] and not word[1:].islower():
        return None  # an acronym
    return lowered + phrase[len(word) :]


def adapt(phrase: str, voice: Voice) -> str | None:
    """``phrase`` (the author's words addressed to one reader) in the guide's ``voice``.

    Returns None when the phrase cannot be adapted cleanly (a possessive
    "your partner's" for a group, for instance).
    """
    if voice in {"each", "two"}:
        # The guide speaks to the couple as "you"; the author's "we" is theirs.
        phrase = re.sub(r"\bwe\b", "you", phrase)
        phrase = re.sub(r"\bWe\b", "You", phrase)
        phrase = re.sub(r"\bus\b", "you", phrase)
        phrase = re.sub(r"\bour\b", "your", phrase)
        phrase = re.sub(r"\bOur\b", "Your", phrase)
        phrase = re.sub(r"\bourselves\b", "yourselves", phrase)
    if voice == "each":
        return phrase
    if voice == "two":
        out = re.sub(rf"\byour {_PARTNER}'s\b", "each other's", phrase, flags=re.IGNORECASE)
        out = re.sub(rf"\byour {_PARTNER}’s\b", "each other’s", out, flags=re.IGNORECASE)
        out = _PARTNER_RE.sub("each other", out)
        out = re.sub(r"\byourself\b", "yourselves", out)
        if re.search(r"\beach other\b.*\beach other\b", out):
            return None
        if re.search(r"\beach other (?:is|was|has|does|can|will|would|\w+s)\b", out):
            return None  # "ask what your spouse needs" cannot become "what each other needs"
        if re.search(r"\b(?:do|does|did|is|was|has|can|will|would|could|should)\s+each other\b", out):
            return None  # "what does your spouse experience" cannot become "what does each other ..."
        return out
    if re.search(rf"\byour {_PARTNER}['’]s\b", phrase, re.IGNORECASE):
        return None
    return _PARTNER_RE.sub("someone close to you", phrase)


def mentions_partner(phrase: str) -> bool:
    return bool(_PARTNER_RE.search(phrase))


def dangles(phrase: str) -> bool:
    """Whether ``phrase`` leans on a pronoun nobody can place out of context ("How long did it take?")."""
    return bool(_DANGLING.search(phrase))


@dataclass(frozen=True)
class _Parsed:
    aux: str
    subject: str
    rest: str


def _parse(question: str) -> _Parsed | None:
    """Split a yes/no question into auxiliary, subject and the rest, or None."""
    body = question.strip().rstrip("?").strip()
    body = re.sub(r"^(?:(?:so|and|but|then|now|honestly|well),?\s+)+", "", body, flags=re.IGNORECASE)
    tokens = body.split()
    if len(tokens) < 3:
        return None
    aux = tokens[0].lower()
    if _NEGATIVE.search(aux) or _NEGATIVE.search(" ".join(tokens[1:3])):
        return None  # "Don't you think ...?" fishes for an answer; leave it
    second = tokens[1].lower()
    if second in _PRONOUN_SUBJECTS:
        subject, rest = tokens[1:2], tokens[2:]
    elif second in _DETERMINERS and len(tokens) >= 4:
        subject, rest = tokens[1:3], tokens[3:]
    else:
        return None
    while rest and rest[0].lower().strip(",") in _DROPPED_ADVERBS:
        rest = rest[1:]
    if not rest:
        return None
    subject_text = " ".join(subject)
    if subject_text[0].isupper() and subject_text.split()[0].lower() in _DETERMINERS | set(_PRONOUN_SUBJECTS):
        subject_text = subject_text[0].lower() + subject_text[1:]
    return _Parsed(aux=aux, subject=subject_text, rest=" ".join(rest))


def _object_form(subject: str) -> str:
    return _PRONOUN_SUBJECTS.get(subject.lower(), subject)


def _shorten(rest: str) -> str:
    """Drop a contrast tail ("as opposed to anger") when the question would run long."""
    if len(rest.split()) > 12:
        return _CONTRAST_TAIL.sub("", rest)
    return rest


def _collapse_possessives(rest: str, owner: str) -> str:
    """ "their reactions, their commitment, their love" -> "{owner} reactions, commitment and love"."""
    match = re.search(r"\btheir (\w+)((?:, their \w+)+)\b", rest)
    if match:
        items = [match.group(1), *re.findall(r", their (\w+)", match.group(2))]
        listed = ", ".join(items[:-1]) + " and " + items[-1]
        return rest[: match.start()] + f"{owner} {listed}" + rest[match.end() :]
    return re.sub(r"\btheir\b", owner, rest, count=1)


def open_question(question: str, voice: Voice, *, antecedent: str | None = None) -> list[str]:
    """Open rewrites of the author's yes/no ``question`` for ``voice``, best first.

    ``antecedent`` is who "they" and "their" stand for when the paragraph has
    named them ("your spouse"); without one, a rewrite that would print a
    "they" nobody can place is not offered for one partner or the two of you.
    An empty list means no rewrite is safe.
    """
    parsed = _parse(question)
    if parsed is None:
        return []
    aux, subject, rest = parsed.aux, parsed.subject, _shorten(parsed.rest)
    subject_lower = subject.lower()
    if _DANGLING.search(rest):
        return []  # "Do you know what it does for him?": nobody can tell what "it" is
    if _NEGATIVE_VALENCE.search(rest):
        return _temptation(aux, subject, rest, voice)
    if subject_lower == "they" and voice != "group":
        if antecedent is None:
            return []
        subject = antecedent
    if re.search(r"\btheir\b", rest) and voice != "group":
        if antecedent is None:
            return []
        rest = _collapse_possessives(rest, f"{antecedent}'s".replace("'s", "’s"))

    if voice == "group":
        return _group_rewrites(aux, subject, rest)
    if voice == "two":
        # Only "Do you ...?" / "Can you ...?" keep their sense when asked of both at once.
        if aux not in _DO | _MODAL or subject_lower != "you":
            return []
        subject = "the two of you"
        adapted = adapt(rest, "two")
        if adapted is None:
            return []
        rest = adapted
    obj = _object_form(subject)
    out: list[str] = []
    if aux in _DO | _MODAL:
        if subject_lower in {"you", "we"}:
            out += [
                f"What helps {obj} {rest}?",
                f"When is it easiest for {obj} to {rest}, and when is it hardest?",
                f"What would make it easier for {obj} to {rest}?",
            ]
        else:
            out += [f"What could you do to help {obj} {rest}?", f"What helps {obj} {rest}?"]
    elif aux in _BE:
        first = rest.split()[0].lower()
        if first.endswith("ing") and subject_lower in {"you", "we"}:
            out += [
                f"What does {rest} look like for {obj}?",
                f"What would {rest} look like for {obj} this week?",
            ]
        elif subject_lower not in {"it", "there"}:
            subject = re.sub(r"^our\b", "your", subject)
            out.append(f"In what ways might {subject} be {rest}?")
    elif aux in _HAVE:
        out.append(f"When {aux} {subject} {rest}?")
    elif aux in _SHOULD:
        out.append(f"What makes it wise, or unwise, to {rest}?")
    return [_finish(q) for q in out if len(q.split()) <= MAX_QUESTION_WORDS]


def _temptation(aux: str, subject: str, rest: str, voice: Voice) -> list[str]:
    """An open question about a habit to stop: "When are we most tempted to ...?"."""
    subject_lower = subject.lower()
    if aux not in _DO | _MODAL or subject_lower not in {"you", "we"}:
        return []
    if voice == "group" and _PARTNER_RE.search(rest):
        return []
    if voice != "group" and subject_lower == "we":
        # The guide speaks to the couple as "you": the author's "we" becomes theirs.
        rest = re.sub(r"\bour\b", "your", re.sub(r"\bus\b", "you", rest))
        subject_lower = "you"
    if voice == "two":
        adapted = adapt(rest, "two")
        if adapted is None:
            return []
        rest = adapted
    be = "are"
    obj = _object_form(subject_lower)
    out = [f"When {be} {subject_lower} most tempted to {rest}?", f"What tempts {obj} to {rest}?"]
    return [_finish(q) for q in out if len(q.split()) <= MAX_QUESTION_WORDS]


def _group_rewrites(aux: str, subject: str, rest: str) -> list[str]:
    """Rewrites for a group: partners become "couples ... each other"; "you" stays personal."""
    subject_lower = subject.lower()
    partner_subject = bool(_PARTNER_RE.fullmatch(subject)) or subject_lower == "they"
    out: list[str] = []
    if aux in _DO | _MODAL:
        if subject_lower == "you" and _PARTNER_RE.search(rest):
            couples = _PARTNER_RE.sub("each other", rest, count=1)
            couples = re.sub(r"\btheir\b", "each other’s", couples, count=1)
            couples = _collapse_possessives(couples, "each other’s") if "their" in couples else couples
            out += [f"What helps couples {couples}?", f"What makes it easier for couples to {couples}?"]
        elif partner_subject and re.match(r"\w+ (?:on |in |with )?you\b", rest):
            couples = re.sub(r"^(\w+ (?:on |in |with )?)you\b", r"\1each other", rest, count=1)
            out += [f"What helps couples {couples}?", f"What makes it easier for couples to {couples}?"]
        elif subject_lower.startswith("your ") and not partner_subject and not re.search(r"\byou", rest):
            # "your children" -> "children", "your child" -> "a child": about people in general.
            noun = subject[5:]
            general = noun if noun.endswith("s") or noun in _IRREGULAR_PLURALS else f"a {noun}"
            out += [f"What helps {general} {rest}?"]
        elif subject_lower == "you" and not re.search(r"\btheir\b|\bthey\b|\bthem\b", rest):
            out += [f"What helps you {rest}?", f"What would make it easier to {rest}?"]
    elif aux in _BE:
        first = rest.split()[0].lower()
        if first.endswith("ing") and subject_lower == "you" and not _PARTNER_RE.search(rest):
            out.append(f"What does {rest} look like day to day?")
        elif subject_lower.startswith("our "):
            out.append(f"In what ways might a couple’s {subject[4:]} be {rest}?")
    return [_finish(q) for q in out if len(q.split()) <= MAX_QUESTION_WORDS]


def _finish(question: str) -> str:
    question = re.sub(r"\s+", " ", question).strip()
    question = re.sub(r"\s+([,?])", r"\1", question)
    return question[0].upper() + question[1:]


def indirect(question: str) -> str | None:
    """The author's yes/no question as an indirect one: "whether you trust your spouse".

    Only for "do"/"can"/"will" questions whose subject is "you" or a partner, where
    the word order is simply undone; anything else gives None.
    """
    parsed = _parse(question)
    if parsed is None:
        return None
    if parsed.aux in {"do", "did"} and parsed.subject.lower() in {"you", "we", "they"}:
        return f"whether {parsed.subject} {parsed.rest}"
    if parsed.aux in _MODAL:
        return f"whether {parsed.subject} {parsed.aux} {parsed.rest}"
    if parsed.aux in {"are", "is"} and parsed.subject.lower() in {"you", "we", "they"}:
        return f"whether {parsed.subject} {parsed.aux} {parsed.rest}"
    return None
