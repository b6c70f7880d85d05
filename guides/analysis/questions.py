"""The questions an author puts to the reader, with their spans.

A question is found at the clause level, not the sentence level: in "So if you
pull away, ask yourself: do you trust your spouse?" the question is only "do
you trust your spouse?", and one sentence can hold several ("Are we fine? We
have not talked in weeks."). Questions inside quoted scripture are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from guides.analysis.sentences import Sentence

QuestionForm = Literal["yes_no", "open"]

# Auxiliaries and copulas that open a yes/no question, in English and Spanish
# (Spanish yes/no questions have no marker; see _spanish_form).
YES_NO_OPENERS = frozenset(
    {
        "do", "does", "did", "don't", "doesn't", "didn't", "is", "are", "was", "were", "isn't", "aren't",
        "wasn't", "weren't", "am", "can", "could", "can't", "couldn't", "will", "would", "won't", "wouldn't",
        "shall", "should", "shouldn't", "may", "might", "must", "have", "has", "had", "haven't", "hasn't",
        "hadn't"
    }
)
WH_OPENERS = frozenset(
    {
        "what", "how", "why", "when", "where", "who", "whom", "whose", "which", "whichever", "in", "to",
        "for", "from", "qué", "cómo", "por", "cuándo", "dónde", "quién", "quiénes", "cuál", "cuáles",
        "cuánto", "cuánta", "cuántos", "cuántas", "para", "en", "de", "con", "desde", "hasta"
    }
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|so|or|then|now|honestly|really|well|perhaps|y|pero|entonces|o)\b[,\s]*)+",
    re.IGNORECASE,
)
# Where a question clause may begin inside a sentence.
_CLAUSE_OPENERS = ":;“\"«¿(—–"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class AuthorQuestion:
    """A question in the article: ``article.text[start:end] == text`` (it ends with "?")."""

    text: str
    start: int
    end: int
    form: QuestionForm
    quoted: bool
    """Inside quotation marks: a voice the author imagines ("You might think, “...?”")."""
    sentence_start: int
    sentence_end: int


def first_word(text: str) -> str:
    """The first word of ``text`` in lower case, after fillers such as "so" or "and"."""
    stripped = _LEADING_FILLER.sub("", text.lstrip("¿¡“\"'‘«( "))
    match = _WORD.search(stripped)
    return match.group(0).lower().replace("’", "'") if match else ""


def question_form(text: str) -> QuestionForm:
    """Whether a question asks for yes or no, or is open (how, what, why, ...).

    "Do you trust them or not?" and "Is it this or that?" count as yes/no:
    they close the answer as much as a plain yes/no does.
    """
    if ":" in text.rstrip(" ?¿:"):
        text = text.rstrip().rsplit(":", 1)[1]  # "keep asking yourself: which group am I standing with?"
    word = first_word(text)
    if word in YES_NO_OPENERS:
        return "yes_no"
    framed = re.match(r"^[^,?]{3,40},\s*(.+)$", text.strip())
    if framed is not None and word not in WH_OPENERS and first_word(framed.group(1)) in WH_OPENERS:
        return "open"  # "Before we read, what did you already know ...?": the question after its frame
    framed = re.match(r"^[^,?]{3,40},\s*(.+)$", text.strip())
    if framed is not None and word not in WH_OPENERS and first_word(framed.group(1)) in WH_OPENERS:
        return "open"  # "Before we read, what did you already know ...?": the question after its frame
    if word in WH_OPENERS or word.split("'")[0] in WH_OPENERS:
        return "open"  # ("Who's the Hagar in your family?", "What's been taking up your time?")
    # Spanish and other languages without an auxiliary: a question that opens
    # with a verb or a noun rather than an interrogative word is a yes/no one.
    return "yes_no"


def is_yes_no(text: str) -> bool:
    """True for a question that can be answered with yes or no."""
    return question_form(text) == "yes_no"


def _clause_start(text: str, qmark: int, floor: int) -> int:
    """Where the question ending at ``qmark`` begins: after the last opener or sentence end."""
    i = qmark - 1
    while i >= floor:
        ch = text[i]
        if ch in _CLAUSE_OPENERS:
            return i + 1 if ch != "¿" else i
        if ch in ".!?" and i + 1 < len(text) and text[i + 1] in " \n”\"":
            return i + 1
        i -= 1
    return floor


def _within(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _is_quoted(text: str, start: int, floor: int) -> bool:
    """Whether an opening quotation mark is still open at ``start`` within the sentence."""
    before = text[floor:start]
    opens = before.count("“") + before.count("«")
    closes = before.count("”") + before.count("»")
    straight = before.count('"')
    return opens > closes or straight % 2 == 1


def find_author_questions(
    text: str,
    sentences: Sequence[Sentence],
    *,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[AuthorQuestion]:
    """The questions in ``text``, in order, each as a span ending at its question mark.

    ``sentences`` are the article's sentences (from
    :func:`guides.analysis.sentences.split_sentences`); ``exclude`` holds
    spans to leave out, such as scripture quoted in the article.
    """
    found: list[AuthorQuestion] = []
    for sentence in sentences:
        if "?" not in sentence.text:
            continue
        floor = sentence.start
        for match in re.finditer(r"\?", sentence.text):
            qmark = sentence.start + match.start()
            start = _clause_start(text, qmark, floor)
            while start < qmark and text[start] in " \t\n“\"«(":
                start += 1
            end = qmark + 1
            floor = end
            if end - start < 4 or _within(start, end, exclude):
                continue
            body = text[start:end]
            if not _WORD.search(body):
                continue
            found.append(
                AuthorQuestion(
                    text=body,
                    start=start,
                    end=end,
                    form=question_form(body),
                    quoted=_is_quoted(text, start, sentence.start),
                    sentence_start=sentence.start,
                    sentence_end=sentence.end,
                )
            )
    return found
