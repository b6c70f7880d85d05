"""Preconditions on the shapes of the author's general claims: a definition of something the article is
about ("Hospitality is ..."), what a thing is not ("Rest is not a reward"), what to do instead, "more
than", and the view the author argues against, read as a clause ("What do we miss when we ...?").
Split from ``claims.py``, which keeps the key claims the argument turns on.
"""

from __future__ import annotations

import re

from guides.analysis.passages import stem, words
from guides.guide.context import Context, Unit
from guides.guide.families.claims import _AMOUNT, _LITOTES, _SPAN_OF_TIME, _half_of_a_pair
from guides.guide.families.model import Voice
from guides.guide.families.parsing import (
    _POINTING_SUBJECT,
    _definition,
    _distinction,
    _instead,
    _more_than,
    _opposed_view,
    lower_start,
)
from guides.guide.quotes import Quote, tidy


def _defines_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or not p.has("definition") or p.has("more_than"):
        return False
    parsed = _definition(p.text, ctx.language)
    if parsed is None:
        return False
    if re.match(
        r"^\W*(?:the\s+)?(?:other|one|first|second|third|former|latter|rest|el otro|la otra)\W*$",
        parsed[0],
        re.I,
    ):
        return False  # "The other is the easy closeness you had with her": the other of two, named before
    if re.match(r"^\W*(?:jesus|god|christ|paul|moses|jesús|dios|cristo|pablo)\b", parsed[0], re.I):
        return False  # "Jesus means a real needle and a real camel": what someone meant, not a definition
    named = re.match(r"^\W*([A-Z][a-z]+)\W*$", parsed[0])
    if named is not None and named.group(1) in ctx.named_words:
        return False  # "Job is a good man who loses everything": who someone in the story is, not defined
    if re.search(
        r"\b(?:those|these|them|it|they|this|that|esos|esas|estos|estas|ello|esto|eso)\b", parsed[1], re.I
    ):
        return (
            False  # "one place where you do those things", "the most treatable part of this": which things,
        )
        # the paragraph before says
    if re.match(r"^\W*(?:like|as if|as though|his|her|their|my|como|mi)\b", parsed[0], re.I):
        return False  # "His cataract is ...": one person's, not a thing defined; "Like Jesus is a lucky
        # charm": a view mocked, not the author's definition
    if _SPAN_OF_TIME.search(parsed[0]):
        return False  # "Fourteen months is a real achievement": praise for a span of time, not a definition
    stems = {t.stem for t in ctx.analysis.themes[:6]}
    title = {stem(w) for w in words(ctx.article.title)}
    return bool((stems | title) & {stem(w) for w in words(parsed[0])})


def _says_what_it_is_not(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or any(m in p.text for m in '“”"«»') or _distinction(p.text, ctx.language) is None:
        return False
    if _half_of_a_pair(ctx, p):
        return False  # "Your husband is not the fox. Your wife is not the fox.": never one half alone
    parsed = _distinction(p.text, ctx.language)
    if parsed is None:
        return False
    if re.match(r"^\W*(?:if|when|unless|si|cuando)\b", parsed[0], re.I):
        return False  # "If you are not sure you can keep the house, don't promise the house.": a condition
    if _AMOUNT.match(parsed[0]) or _POINTING_SUBJECT.match(parsed[0]):
        return False  # "Ten thousand talents is not a debt. It's a national budget.": an amount, overstated
    if re.search(r"\b(?:that|this|it)$", parsed[0], re.I) or _LITOTES.search(p.text):
        return False  # "the passage suggests that is not a small thing": what "that" is, the sentence before
        # says; and a small thing denied says "a great deal", no difference to weigh
    if re.search(r"\b(?:it|them|this|that|these|those|him|her|eso|esto|ello)\W*$", parsed[-1], re.I):
        return False  # "listening is not a detour from it": "it" is in the sentence before
    if re.search(r"\b(?:i|my|me|we|our|us|yo|mi|nosotros)\b", parsed[-1], re.I):
        return False  # "the trouble was not that I had work to do": the author's own story, not a claim
    if re.match(
        r"^\W*(?:permission|an excuse|a licen[cs]e|a reason|the same as|permiso|excusa)\b", parsed[-1], re.I
    ):
        return False  # "Lament is not permission to slander": a caveat the author adds, not the claim
    if re.search(r"\b(?:that|this|those|these) \w+\W*$", p.text.rstrip(" .!"), re.I):
        return False  # "Questions were not a threat in that room": which room, the sentence before says
    if re.search(r"\b(?:is|are|was|were) (?:the|a|an|our|my) \w+,\s*not\b", p.text, re.I):
        return (
            False  # "The uniform is the problem, not the fear": what it is matters, asked as "not the fear"
        )
    pair = re.match(r"^\W*([A-Z][a-z]+) (?:and|y) ([A-Z][a-z]+)\W*$", parsed[0])
    if pair is not None and all(name in ctx.named_words for name in pair.groups()):
        return False  # "Sam and Toby are not close friends": a fact of the story, nothing to weigh
    first = parsed[0].split()[0]
    return not (
        first[:1].isupper()
        and lower_start(ctx, parsed[0]) == parsed[0]
        and p.start != ctx.article.text.find(parsed[0])
    )


def _says_what_instead(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or any(m in p.text for m in '“”"«»'):
        return False
    parsed = _instead(p.text)
    return parsed is not None and not _POINTING_SUBJECT.match(parsed[0])


def _more_than_phrase(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    return p is not None and p.has("more_than") and _more_than(p.text, ctx.language) is not None


_ARGUED_AGAINST = re.compile(
    r"\b(?:i want to|i['’]m going to|i['’]d like to|let me) (?:argue|push back) against\b[^:]{0,30}:\s*|"
    r"\bwhat i(?:['’]m| am) (?:arguing|pushing back) against is\s+|"
    r"^\W*(?:but\s+)?i(?:['’]m| am) (?:arguing|pushing back) against\s+(?=the |a |an |this |that )|"
    r"\b(?:quiero|voy a) (?:argumentar|discutir) contra\b[^:]{0,30}:\s*|"
    # "There is a common idea, and it lives very comfortably in churches, that love has to justify itself
    # by being useful."
    r"^\W*there(?:['’]s| is) a (?:common|popular|widespread|familiar) (?:idea|belief|assumption|view|notion)"
    r"(?:,[^,]{0,70},)?\s+that\s+|"
    r"^\W*hay una idea (?:muy )?(?:común|extendida)(?:,[^,]{0,70},)?\s+de que\s+|"
    # "I'd been taught, somewhere along the way, that a good husband in a crisis is the one who holds it
    # together.", when the author goes on to put it right
    r"^\W*(?:i|we)(?:['’]d| had)? (?:been|was|were) (?:always )?(?:taught|told|raised to believe)"
    r"(?:,[^,]{0,50},)?\s+that\s+",
    re.I,
)
"""The view the author names as the one argued against: "That's the thing I want to argue against: the
lazy story we tell about our spouse when a kinder, truer one is available if we'd ask."."""


def argued_against(ctx: Context, unit: Unit) -> Quote | None:
    """What the author says they argue against, quoted whole, when it reads once aloud."""
    p = unit.passage
    if p is None or p.role not in ("claim", "example"):  # (said in the middle of the author's own story too)
        return None
    named = _ARGUED_AGAINST.search(p.text)
    if named is None:
        return None
    s, e = tidy(ctx.article.text, p.start + named.end(), p.end, cut=False)
    view = ctx.article.text[s:e].rstrip(" .!")
    if not 4 <= len(words(view)) <= 24 or any(m in view for m in '“”"«»?') or ctx.private_between(s, e):
        return None
    return Quote(view, s, s + len(view))


def _argued_against(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return argued_against(ctx, unit) is not None


def _opposed_view_clause(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    return p is not None and p.has("opposed_view") and _opposed_view(p.text, ctx.language) is not None
