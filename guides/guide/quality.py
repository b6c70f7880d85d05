"""What every generated question must pass before it reaches a guide.

These checks are the contract the tests hold the generator to: one open
question, short enough to read aloud, no template slot left over, no
leading "Isn't it true ...", and no near-duplicate of another question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from guides.analysis.questions import YES_NO_OPENERS, first_word

MAX_WORDS = 26
MAX_CHARS = 220
NEAR_DUPLICATE = 85
"""rapidfuzz token-set similarity (0-100) at which two questions count as the same question."""

_LEADING = re.compile(
    r"^(?:isn['’]t|aren['’]t|don['’]t you|wouldn['’]t you|shouldn['’]t we|surely|wouldn['’]t you agree|"
    r"¿no es cierto|¿verdad que)\b",
    re.IGNORECASE,
)


def asked_part(text: str) -> str:
    """The sentence of ``text`` that holds the question mark: "Look again at X. What ...?" -> "What ...?"."""
    # A sentence quoted before the question ends with its stop ("The author says, “X.” What ...?"); words
    # quoted inside the question do not ("What “great matters” do you ...?") and stay part of it.
    text = _QUOTED.sub(
        lambda m: "“”" if re.search(r"[.!?,;:]\W?$", m.group(0)) else m.group(0)[1:-1].replace("?", ""), text
    )
    at = text.rfind("?")
    head = text[:at]
    cut = max(head.rfind(". "), head.rfind(": "), head.rfind("” "), head.rfind("» "), head.rfind("? "))
    start = cut + 2 if cut >= 0 else 0
    opening = head.rfind("¿")
    if opening >= 0:
        start = opening
    return text[start : at + 1]


def is_closed(text: str) -> bool:
    """Whether the question asks for yes or no (English auxiliaries, as the guides are worded)."""
    part = asked_part(text)
    if part.startswith("¿"):
        return False  # Spanish templates are all open; a yes/no one has no marker to find
    if re.search(r",\s+and\s+(?:what|how|why|where|when|who|which)\b", part, re.I):
        return False  # "Is there someone ... after a failure, and what would it look like to trust them?"
    lead = _LEADING_CLAUSE.match(part)
    if lead is not None:
        part = part[lead.end() :]  # "When they come, do we call them by their name?"
    return first_word(part) in YES_NO_OPENERS


_LEADING_CLAUSE = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:when|if|after|before|once|while|as|whenever|at the end of the day|"
    r"in the end|honestly|be honest)\b[^,?]{0,80},\s+(?=\w)",
    re.IGNORECASE,
)
"""A clause before the question proper ("When they come, ..."): whether it asks for yes or no is in what
follows."""


_QUOTED = re.compile(r"“[^”]*”|«[^»]*»")


def unquoted(text: str) -> str:
    """``text`` without what it quotes: the author's own question, quoted, is not a second question."""
    return _QUOTED.sub("“”", text)


PRINTED_EXTRA_WORDS = 14
"""How much longer than a question of our own an article's printed question may run, read with the line
that sets it up ("The psalm pictures a weaned child who ... What would it look like ...?")."""


def problems(text: str, *, printed: bool = False) -> list[str]:
    """What is wrong with a question; an empty list means it may be used. ``printed``: the article's own
    question, as written (it may run longer)."""
    found: list[str] = []
    own = unquoted(text)
    if own.count("?") != 1 or not text.rstrip().endswith(("?", ".")):
        found.append("not exactly one question mark")
    if "?" in own and own.count("¿") > 1:
        found.append("more than one opening question mark")
    if is_closed(own):
        found.append("a yes/no question")
    if _LEADING.search(text.lstrip("¿")):
        found.append("fishes for an answer")
    quoted = len(text.split()) - len(own.split())
    extra = PRINTED_EXTRA_WORDS if printed else 0
    if (
        len(own.split()) > MAX_WORDS + extra
        or len(text.split()) > MAX_WORDS + extra + min(quoted, 10)
        or len(text) > MAX_CHARS + 8 * extra
    ):
        # (the author's words read aloud may run a little longer than a question of our own)
        found.append("too long to read aloud")
    if "{" in text or "}" in text:
        found.append("an unfilled template slot")
    if re.search(r"\s[,.?!;:]|\s{2,}|\.\.(?!\.)|\?\?|,,", text):
        found.append("broken punctuation")
    first = text.lstrip('¿¡“"')[:1]
    if not first or not first.isupper():
        found.append("does not start with a capital")
    if text.count("“") != text.count("”") or text.count("«") != text.count("»"):
        found.append("unbalanced quotation marks")
    if "[" in text or "]" in text:
        found.append("a stage direction in brackets")  # "[Wait for the laugh.] Yeah": for the preacher
    if re.search(r"\b(?:how many of you|show of hands|cuántos de ustedes)\b", text, re.IGNORECASE):
        found.append("a show of hands, not a question to talk over")
    return found


def normalise(text: str) -> str:
    return re.sub(r"[“”«»‘’\"'¿?.,]", "", text.lower())


def near_duplicate(text: str, others: Iterable[str]) -> bool:
    """Whether ``text`` says much the same as any of ``others``."""
    mine = normalise(text)
    return any(fuzz.token_set_ratio(mine, normalise(other)) >= NEAR_DUPLICATE for other in others)
