"""What a leader listens for, what to ask next, and how to move on: the leader's lines.

For each question a group is asked, the leader's edition prints one line on
what to listen for in the answers and one follow-up question for when the
answers stay general. Both are built from the question's own passage: the
sentence it stands on and the paragraph around it, read for

- a **contrast** the author draws ("grace instead of defensiveness", "not
  only X but Y", "more than a physical act"),
- an **example** the author gives ("for example", "like when", "one night"),
- the author's **own words**: the question's source, or what the author goes
  on to say right after it;

and shaped by the kind of question (an icebreaker is listened to for
everyone speaking once; an application for a real moment, not a good
intention) and its family (a question on scripture keeps the verse and the
author's comment on it apart). Every quoted word comes from the article; the
wording around it is the catalog's (``[worksheet]`` ``listen_*``,
``probe_*``), so a Spanish worksheet reads Spanish.

Transitions are one sentence per part that a leader can say aloud on the way
into the next part, keyed by the part they lead into, naming the guide's
theme where the catalog has a noun for it.

Written here rather than in the generator (which the question families
belong to): it only reads a finished guide and its article, so it works the
same for questions the reader wrote. The cues are a handful of regular
expressions, not the reading stage's full analysis, because the leader's
edition is made often (every preview) and only one paragraph per question
needs reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from guides.analysis.sentences import split_sentences
from guides.article import Article
from guides.catalog import catalog, families
from guides.guide.model import Guide, Question, Section

MAX_QUOTE_WORDS = 12
"""A quoted phrase in a leader's line is cut to this many words (with an ellipsis)."""

_CONTRAST = re.compile(
    r"(?P<x>[^\W\d_]+(?:\s+(?:and|y)\s+[^\W\d_]+)?)\s+"
    r"(?:instead of|rather than|as opposed to|en lugar de|en vez de|más bien que)\s+"
    r"(?P<y>[^\W\d_]+(?:\s+(?:and|y)\s+[^\W\d_]+)?)",
    re.IGNORECASE,
)
_NOT_BUT = re.compile(
    r"\b(?:not|no)\s+(?:just\s+|only\s+|solo\s+|sólo\s+)?(?P<y>[^,.;:!?]{3,40}?),?\s+"
    r"(?:but|sino)\s+(?:also\s+|también\s+)?"
    # the other side is a phrase ("not a verdict but a bad day"), never a clause of its own ("I'm not much
    # of a praying man, but I've prayed more ..."), and it is quoted whole, to its stop
    r"(?!(?:i|i['’]\w+|we|you|he|she|they|it|yo|él|ella)\b)(?P<x>[^,.;:!?]{3,40})(?=[,.;:!?]|$)",
    re.IGNORECASE,
)
_MORE_THAN = re.compile(
    r"(?P<x>[^,.;:!?]{3,40}?)\s+(?:is|are|es|son)\s+(?:much\s+|mucho\s+)?(?:more than|más que)\s+"
    r"(?P<y>[^,.;:!?]{3,40})",
    re.IGNORECASE,
)
# The word each contrast turns on, which its pattern needs (searched first: the patterns try
# every word of a sentence as the start of a side, and most sentences have no contrast).
_TURNS = (
    (
        _CONTRAST,
        re.compile(r"instead of|rather than|as opposed to|en lugar de|en vez de|más bien que", re.IGNORECASE),
    ),
    (_NOT_BUT, re.compile(r"\s(?:but|sino)\s", re.IGNORECASE)),
    (_MORE_THAN, re.compile(r"more than|más que", re.IGNORECASE)),
)
_EXAMPLE = re.compile(
    r"\b(?:for example|for instance|like when|such as|imagine|picture this|one (?:night|day|morning|evening)"
    r"|last (?:week|month|year|night)|I remember|we once|por ejemplo|como cuando|imagina|una noche|"
    r"un día|una mañana|recuerdo)\b",
    re.IGNORECASE,
)
# Words that make a poor side of a contrast on their own ("instead of this").
_WEAK = frozenset(
    "a an the this that it them him her you we they is be to of in on at for with by and or "
    "un una el la los las esto eso lo le les de en con por para y o".split()
)


@dataclass(frozen=True)
class LeaderLines:
    """The two lines a leader reads under a question."""

    listen_for: str
    follow_up: str


@dataclass(frozen=True)
class Contrast:
    """Two sides the author sets against each other: ``x`` is affirmed, ``y`` set aside.

    ``more`` is true for "x is more than y", where y is part of x, not its opposite.
    """

    x: str
    y: str
    more: bool = False


@dataclass(frozen=True)
class _Reading:
    """What the question's passage offers: its own words, a contrast, an example, what follows."""

    own: str
    contrast: Contrast | None
    example: str | None
    after: str | None


def leader_lines(question: Question, article: Article | None, language: str | None) -> LeaderLines:
    """What to listen for and what to ask next, for one question a group is asked."""
    words = catalog(language).table("worksheet")
    reading = _read(question, article)
    stands_on = families().get(question.family)
    scripture = stands_on is not None and "scripture" in stands_on.stands_on
    on_list = stands_on is not None and "list" in stands_on.stands_on
    kind = question.kind
    if kind == "icebreaker":
        return LeaderLines(words["listen_icebreaker"], words["probe_icebreaker"])
    if question.family.startswith("points_"):  # the article's points: which one, not which words of
        # the line the question stands on ("I think three things were going on.")
        return LeaderLines(words["listen_points"], words["probe_points"])
    if question.family == "objection_answered":  # the objection is not the author's: how it is answered
        return LeaderLines(words["listen_objection"], words["probe_objection"])
    listen = _listen(kind, reading, words, scripture=scripture, on_list=on_list)
    probe = _probe(kind, reading, words)
    return LeaderLines(listen, probe)


def _listen(kind: str, r: _Reading, words: Mapping[str, str], *, scripture: bool, on_list: bool) -> str:
    if scripture:
        return words["listen_scripture"].format(quote=r.own)
    if kind == "observation":
        if on_list and r.after:
            return words["listen_list"].format(quote=r.after)
        if r.example:
            return words["listen_example"].format(example=r.example)
        return words["listen_words"].format(quote=r.own)
    if kind == "interpretation":
        if r.contrast and r.contrast.more:
            return words["listen_more"].format(x=r.contrast.x, y=r.contrast.y)
        if r.contrast:
            return words["listen_contrast"].format(x=r.contrast.x, y=r.contrast.y)
        if r.after:
            return words["listen_after"].format(quote=r.after)
        return words["listen_reason"].format(quote=r.own)
    if kind == "application":
        return words["listen_moment"]
    return words["listen_feelings"]


def _probe(kind: str, r: _Reading, words: Mapping[str, str]) -> str:
    contrast = r.contrast
    if kind == "application":
        if contrast and not contrast.more:
            return words["probe_instead"].format(x=contrast.x, y=contrast.y)
        return words["probe_first_step"]
    if kind == "reflection":
        return words["probe_feelings"]
    if r.example and kind != "observation":
        return words["probe_example"].format(example=r.example)
    if contrast and contrast.more:
        return words["probe_more"].format(x=contrast.x, y=contrast.y)
    if contrast:
        return words["probe_contrast"].format(x=contrast.x, y=contrast.y)
    if kind == "observation":
        return words["probe_words"].format(quote=r.own)
    return words["probe_disagree"].format(quote=r.own)


def _read(question: Question, article: Article | None) -> _Reading:
    source = question.source
    own = clip(source.quote)
    if article is None or not 0 <= source.start < source.end <= len(article.text):
        return _Reading(own, _contrast_in(source.quote), _example_in(source.quote), None)
    block = next((b for b in article.blocks if b.start <= source.start < b.end), None)
    if block is None:
        return _Reading(own, _contrast_in(source.quote), None, None)
    sentences = split_sentences(block.text)
    at = source.start - block.start
    end = source.end - block.start
    inside = [s for s in sentences if s.start < end and s.end > at]
    later = [s for s in sentences if s.start >= end]
    own_sentence = " ".join(s.text for s in inside) or source.quote
    contrast = _contrast_in(source.quote) or _contrast_in(own_sentence)
    if contrast is None:
        contrast = next((pair for s in sentences if (pair := _contrast_in(s.text)) is not None), None)
    if contrast is not None:
        contrast = Contrast(_unstarted(contrast.x, article.text), contrast.y, contrast.more)
    example = next((clip(s.text) for s in sentences if s not in inside and _EXAMPLE.search(s.text)), None)
    if example is None and _EXAMPLE.search(own_sentence) and len(own_sentence.split()) > 6:
        example = clip(own_sentence)
    after = clip(later[0].text) if later else None
    return _Reading(own, contrast, example, after)


def _contrast_in(text: str) -> Contrast | None:
    """The two sides of a contrast in ``text``, affirmed side first: ("grace", "defensiveness")."""
    for pattern, turn in _TURNS:
        match = pattern.search(text) if turn.search(text) else None
        if match is None:
            continue
        x, y = _side(match.group("x"), last=True), _side(match.group("y"), last=False)
        if x and y and x.lower() != y.lower():
            return Contrast(x, y, more=pattern is _MORE_THAN)
    return None


def _unstarted(phrase: str, text: str) -> str:
    """ "True intimacy" as "true intimacy" when only a sentence start capitalised it (the article
    also writes the word in lower case); names keep their capital."""
    first, _, rest = phrase.partition(" ")
    lower = first[:1].lower() + first[1:]
    if first[:1].isupper() and first[1:].islower() and re.search(rf"\b{re.escape(lower)}\b", text):
        return f"{lower} {rest}".strip()
    return phrase


def _side(phrase: str, *, last: bool) -> str | None:
    """A contrast's side as a short phrase: its last (or first) few words, without a weak edge."""
    words = phrase.strip(" ,;:“”\"'«»").split()
    if not words:
        return None
    words = words[-4:] if last else words[:4]
    while words and words[0].lower() in _WEAK:
        words = words[1:]
    while words and words[-1].lower() in _WEAK:
        words = words[:-1]
    if not words or all(w.lower() in _WEAK for w in words):
        return None
    return " ".join(words)


def _example_in(text: str) -> str | None:
    return clip(text) if _EXAMPLE.search(text) else None


def clip(text: str, limit: int = MAX_QUOTE_WORDS) -> str:
    """``text`` as a quotable phrase: one line, at most ``limit`` words, an ellipsis where cut."""
    words = text.strip().strip('“”"«»').split()
    if len(words) <= limit:
        return " ".join(words).rstrip(",;:.!?")
    return " ".join(words[:limit]).rstrip(",;:.!?") + "…"


# --- transitions ----------------------------------------------------------------------------


def transition(guide: Guide, into: Section) -> str:
    """A sentence a leader can say on the way into the part ``into``."""
    words = catalog(guide.language).table("worksheet")
    theme = _theme_noun(guide)
    key = f"transition_{into.key}"
    if theme and f"{key}_theme" in words:
        return str(words[f"{key}_theme"]).format(theme=theme, title=into.title)
    if key in words:
        return str(words[key]).format(title=into.title)
    return str(words["transition_other"]).format(title=into.title)


def _theme_noun(guide: Guide) -> str | None:
    """The theme a transition may name: the article's strongest, or one its title or big idea names
    ("what the author has to say about anger" for a piece on money fights named a word of its story)."""
    cat = catalog(guide.language)
    named = (guide.title + " " + (guide.big_idea.text if guide.big_idea else "")).lower()
    for rank, label in enumerate(guide.themes):
        entry = cat.theme(label)
        if entry is None or not entry.noun:
            continue
        if rank == 0 or label.lower().rstrip("s") in named:
            return entry.noun
    return None
