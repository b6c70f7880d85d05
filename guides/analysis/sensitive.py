"""Sensitive topics in an article, each with an intensity and the spans that carry it.

The guide generator uses this to keep intimate material out of questions put
to a whole group, and to let a couple choose how deep they go. A lexicon is
enough here: the aim is to notice that a passage touches sex, an affair or a
debt, not to understand it, and a missed word costs less than a wrong guess
from a model nobody can inspect.

Intensity uses the couple's scale:

* ``mild``: anyone could talk about it at dinner ("money", "intimacy").
* ``medium``: honest, but safe with friends ("debt", "depression", "grief").
* ``open``: for the two of you only ("sex", "an affair", "pornography", "abuse").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

Intensity = Literal["mild", "medium", "open"]
INTENSITIES: tuple[Intensity, ...] = ("mild", "medium", "open")

Topic = Literal[
    "sexual_intimacy",
    "infidelity",
    "pornography",
    "abuse",
    "addiction",
    "mental_health",
    "grief",
    "infertility",
    "money",
    "divorce",
    "discipline",
    "submission",
]
TOPICS: tuple[Topic, ...] = (
    "sexual_intimacy",
    "infidelity",
    "pornography",
    "abuse",
    "addiction",
    "mental_health",
    "grief",
    "infertility",
    "money",
    "divorce",
    "discipline",
    "submission",
)

TOPIC_LABELS: dict[Topic, str] = {
    "sexual_intimacy": "sexual intimacy",
    "infidelity": "infidelity",
    "pornography": "pornography",
    "abuse": "abuse",
    "addiction": "addiction",
    "mental_health": "mental health",
    "grief": "grief",
    "infertility": "infertility",
    "money": "money",
    "divorce": "divorce",
    "discipline": "disciplining children",
    "submission": "submission in marriage",
}

PRIVATE_TOPICS: frozenset[Topic] = frozenset(
    {"sexual_intimacy", "infidelity", "pornography", "abuse", "infertility", "money"}
)
"""Topics that are for a couple, not a room, from ``medium`` up.

Addiction, mental health and grief can be talked about among friends at
``medium``; they become private at ``open``.
"""


def rank(intensity: Intensity) -> int:
    """0 for mild, 1 for medium, 2 for open: intensities compare by this."""
    return INTENSITIES.index(intensity)


def is_private(topic: Topic, intensity: Intensity) -> bool:
    """Whether a span of ``topic`` at ``intensity`` must stay out of a whole-group question."""
    if topic in PRIVATE_TOPICS:
        return rank(intensity) >= rank("medium")
    return intensity == "open"


@dataclass(frozen=True)
class SensitiveSpan:
    """One place the topic comes up: ``text[start:end]`` is the matched words."""

    start: int
    end: int
    text: str
    intensity: Intensity


@dataclass(frozen=True)
class SensitiveTopic:
    """A topic found in the article, at the highest intensity any of its spans reaches."""

    topic: Topic
    intensity: Intensity
    spans: tuple[SensitiveSpan, ...]

    @property
    def label(self) -> str:
        return TOPIC_LABELS[self.topic]


# (topic, intensity, pattern). Longer phrases come before the words inside
# them so that "physical intimacy" wins over "intimacy" and "substance abuse"
# is addiction, not abuse.
_Entry = tuple[Topic, Intensity, str]

_ENGLISH: tuple[_Entry, ...] = (
    # (before "sexual": a man convicted of sexual offences against children is a safeguarding matter)
    (
        "abuse",
        "open",
        r"sex(?:ual)? offen(?:ders?|ces?)|offen(?:ces|ses) against children|child (?:sexual )?abuse",
    ),
    # sexual intimacy
    # (not a vice list's "sexual immorality", "sexual sin": a word of Paul's, not a couple's life)
    ("sexual_intimacy", "open", r"sex(?:ual(?:ly|ity)?)?(?: life)?(?! (?:immorality|sin|sins|ethics)\b)"),
    ("sexual_intimacy", "open", r"physical(?:ly)? intima(?:cy|te)"),
    ("sexual_intimacy", "open", r"mak(?:e|es|ing) love|love-?making|libido|orgasms?|arousal|foreplay"),
    # ("when you see the naked, that you cover him": the poor, not intimacy)
    # ("felt more naked than anything": exposed, not undressed)
    (
        "sexual_intimacy",
        "open",
        r"(?<!the )(?<!more )(?<!felt )(?<!feel )(?<!feels )(?<!so )(?<!emotionally )naked|nakedness|nudity|"
        r"in bed together",
    ),
    ("sexual_intimacy", "medium", r"(?:rejecting|rejected|turning down|refusing) (?:\w+ )?advances"),
    ("sexual_intimacy", "medium", r"physical affection|desire for each other"),
    ("sexual_intimacy", "mild", r"(?:emotional|spiritual) intima(?:cy|te)"),
    ("sexual_intimacy", "mild", r"intima(?:cy|te)"),
    # infidelity
    # ("It felt ungracious, even a bit unfaithful, to complain": a feeling, not an affair; "It's a small,
    # quiet affair: a pot of tea" and "current affairs" are an occasion and the news)
    (
        "infidelity",
        "open",
        r"(?:emotional )?(?<!quiet )(?<!small )(?<!simple )(?<!family )(?<!informal )(?<!formal )"
        r"(?<!low-key )(?<!grand )(?<!casual )(?<!modest )(?<!brief )(?<!lively )(?<!current )(?<!foreign )"
        r"(?<!financial )(?<!public )(?<!world )(?<!church )(?<!business )affair(?!s? in order)s?|"
        r"adulter(?:y|ous|er|ers)|infidelity|"
        r"(?<!bit )(?<!little )unfaithful(?:ness)?",
    ),
    # "cheated on his wife", not "cheated anybody out of anything" (Zacchaeus) or "cheated on a test"
    (
        "infidelity",
        "open",
        r"cheat(?:ed|ing|s)? on(?! (?:a |the |his |her |my |your |their )?(?:test|exam|taxes|"
        r"tax|homework|quiz|diet|game)s?\b)|(?:have|has|had|having) cheated(?= on\b|[.,;!?]|$)|"
        r"cheating spouse",
    ),
    # pornography
    ("pornography", "open", r"porn(?:ography|ographic)?|explicit (?:images|videos|material)"),
    # abuse: "substance abuse" is addiction, listed first below
    ("addiction", "medium", r"substance abuse|drug abuse|alcohol abuse"),
    # ("it has been abused that way", "an abuse of the text", "abuse of power": an idea or a text misused)
    (
        "abuse",
        "open",
        r"abus(?:e(?! of (?:the |this |that |a )?(?:verse|text|idea|passage|word|teaching|doctrine|power|"
        r"authority|privilege|language|scripture)s?\b)|ed(?! that way)|es|ive|er|ers)|domestic violence|"
        r"assault(?:ed)?|rape[ds]?",
    ),
    ("abuse", "open", r"coercive control|hits? (?:me|her|him)|threaten(?:s|ed)? to hurt"),
    # gaslighting: "one person keeps rewriting what happened until the other stops trusting her own mind"
    (
        "abuse",
        "open",
        r"gaslight(?:s|ed|ing)?|"
        r"stops? trusting (?:her|his|their|your|my) own (?:mind|memory|judgement|judgment)",
    ),
    # a safety referral: "If you're being belittled, controlled or frightened in your own home"
    (
        "abuse",
        "open",
        r"(?:belittled|controlled|frightened|afraid|unsafe|threatened),? (?:or )?(?:\w+,? ){0,3}"
        r"(?:in|at) (?:your|their|her|his) (?:own )?home|"
        # (someone in a home afraid of a partner, not "the church in Jerusalem was still afraid of him")
        r"(?:i['’]m|i am|she['’]s|she is|he['’]s|he is|you['’]re|you are|i was|she was|he was) "
        r"(?:so |really |often |sometimes )?(?:afraid|frightened|scared) of (?:him|her)\b"
        # (not "afraid of her father's reaction": "her" there is whose)
        r"(?!\s+(?:father|mother|dad|mum|mom|parents|teacher|boss|own|\w+['’]s)\b)|"
        r"(?:afraid|frightened|scared) of your (?:husband|wife|partner|spouse)",
    ),
    # addiction
    ("addiction", "medium", r"addict(?:ion|ions|ed|s)?|alcoholi(?:c|sm)|drinking problem|gambling"),
    ("addiction", "medium", r"relapse[ds]?|sobriety|rehab"),
    # mental health
    ("mental_health", "open", r"suicid(?:e|al)|self-harm|harming (?:himself|herself|themselves)"),
    # ("Are you thinking of ending your life?", asked of a friend who says she doesn't see the point)
    (
        "mental_health",
        "open",
        r"end(?:ing|ed|s)? (?:your|her|his|their|my|our) (?:own )?li(?:fe|ves)|"
        r"tak(?:e|ing|en) (?:your|her|his|their|my) own li(?:fe|ves)|"
        r"kill(?:ing|ed)? (?:myself|yourself|herself|himself|themselves)|want(?:s|ed)? to die|"
        # ("if you've begun to think the people you love would be better off without you")
        r"(?:be|are|were) better off without (?:you|me|him|her|them)\b",
    ),
    (
        "mental_health",
        "medium",
        r"mental (?:health|illness)|depress(?:ion|ed)|anxiety disorder|panic attacks?",
    ),
    ("mental_health", "medium", r"trauma(?:tic)?|ptsd|eating disorder|bipolar"),
    ("mental_health", "mild", r"anxiety|anxious"),
    # grief
    # ("the third question grieved Peter", "he was grieved": hurt, not a death)
    (
        "grief",
        "medium",
        r"grief|grieve(?! the (?:holy )?spirit)|grieving|"
        r"(?<!was )(?<!were )(?<!is )(?<!is \")(?<!is “)(?<!was \")(?<!was “)"
        r"grieved(?! (?:him|them|me|us|peter|jesus|god)\b)|mourn(?:ing|ed)?|bereave(?:d|ment)|funeral",
    ),
    ("grief", "medium", r"passed away|(?:death|loss) of (?:a|her|his|their|our|my|your) \w+|widow(?:ed|er)?"),
    # infertility (miscarriage is grief too, but the privacy of infertility is what matters)
    ("infertility", "open", r"infertil(?:e|ity)|miscarr(?:y|ied|iage|iages)|stillbirth|ivf"),
    ("infertility", "open", r"(?:trying|unable|struggling) to conceive|barren(?:ness)?"),
    # money
    ("money", "open", r"bankrupt(?:cy)?|gambling debts?"),
    ("money", "medium", r"debts?|in the red|overspend(?:ing)?|credit card bills?|secret spending"),
    ("money", "mild", r"money|financ(?:es|ial|ially)|budget(?:s|ing)?|income|salary|spending"),
    # care, not privacy: someone in the room may be divorced, or was hit as a child
    ("divorce", "medium", r"divorc(?:e|ed|es|ing)|remarri(?:age|ed)|putting away (?:a|his|your) wife"),
    ("discipline", "medium", r"spank(?:ing|ed|s)?|corporal punishment|physical punishment|the rod"),
    ("discipline", "medium", r"smack(?:ing|ed)?"),
    ("submission", "medium", r"submi(?:t|ts|tted|tting|ssion|ssive)|headship"),
)

_SPANISH: tuple[_Entry, ...] = (
    ("sexual_intimacy", "open", r"sexo|sexual(?:es|idad|mente)?|vida sexual|intimidad física|hacer el amor"),
    ("sexual_intimacy", "mild", r"intimidad(?: emocional| espiritual)?|íntim[oa]s?"),
    ("infidelity", "open", r"infidelidad(?:es)?|adulterio|infiel(?:es)?|aventura amorosa"),
    ("pornography", "open", r"porno(?:grafía|gráfic[oa]s?)?"),
    ("addiction", "medium", r"abuso de (?:sustancias|alcohol|drogas)"),
    ("abuse", "open", r"abus(?:o|os|ar|ó)|maltrat(?:o|os|ar|ó)|violencia doméstica"),
    ("addiction", "medium", r"adicci(?:ón|ones)|adict[oa]s?|alcoholismo|alcohólic[oa]"),
    ("mental_health", "open", r"suicidi?o|autolesi(?:ón|ones)"),
    ("mental_health", "medium", r"salud mental|depresi(?:ón|va|vo)|deprimid[oa]|trauma"),
    ("mental_health", "mild", r"ansiedad|ansios[oa]"),
    (
        "grief",
        "medium",
        r"duelo|luto|falleci(?:ó|miento|da|do)|funeral|murió|pérdida de (?:un|una|su|tu|mi) \w+",
    ),
    ("infertility", "open", r"infertilidad|estéril|aborto espontáneo|concebir"),
    ("money", "medium", r"deudas?"),
    ("money", "mild", r"dinero|finanzas|financier[oa]s?|presupuesto|salario|gastos?"),
    ("divorce", "medium", r"divorci(?:o|os|ad[oa]s?|arse|aron)"),
    ("discipline", "medium", r"la vara|castigo físico|nalgadas?|azotes?"),
    ("discipline", "medium", r"pegar a (?:un|tu|su) (?:niño|hijo|hija)"),
    ("submission", "medium", r"sumisi(?:ón|a|as)|sujet(?:as|os|ad)|sujeción|someterse"),
)


@lru_cache(maxsize=4)
def _compiled(language: str) -> tuple[re.Pattern[str], tuple[tuple[Topic, Intensity], ...]]:
    """One pattern for the whole lexicon, a named group per entry, in the lexicon's order.

    Scanning once, left to right, the first entry that matches at a place
    wins there, so "physical intimacy" is taken before "intimacy" can be.
    """
    entries = _SPANISH if language == "es" else _ENGLISH
    alternatives = "|".join(f"(?P<e{i}>{pattern})" for i, (_, _, pattern) in enumerate(entries))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return pattern, tuple((topic, intensity) for topic, intensity, _ in entries)


_MONEY_WORDS = re.compile(
    r"money|financ|budget|spend|income|salary|bankrupt|credit card|overspend|secret spending|loan|mortgage|"
    r"bills|savings|account|pounds|dollars|euros|"
    r"dinero|finanz|presupuest|gasto|salario",
    re.I,
)


_DEBT = re.compile(r"debts?|deudas?", re.I)
_OWED = re.compile(
    r"\bin (?:\w+['’]s|his|her|their|your|my|our) debt\b|"
    r"\bin debt (?:every (?:hour|day|minute)|to (?:them|her|him|my \w+|our \w+|the (?!bank)\w+s)\b)|"
    r"\ben deuda con\b",
    re.IGNORECASE,
)
"""A debt of thanks ("in anyone's debt", "in debt every hour of every day" to the neighbours who took her
in), which a bank or a collector would make money."""

_MONEY_AT_HOME = re.compile(
    r"credit card|student|mortgage|loans?|car payment|medical|bills|pay(?:ing)? (?:it )?off|"
    r"tarjeta|hipoteca|préstamo",
    re.I,
)
"""What makes a debt a household's ("credit card debt", "paying off the debt"), not a picture."""


def any_stem(stems: str) -> re.Pattern[str]:
    """A case-insensitive pattern whose ``search`` tells whether a text holds one of ``stems``
    ("sex|intima|passed away|...": plain words or word beginnings, no other regex syntax), as
    the same alternation compiled with ``re.I`` would.

    The stems share their first letters in one tree, so each place in the text tries a few
    letters instead of every stem: five times faster than the flat alternation. Where one stem
    begins another ("sex", "sexo") only the shorter counts, since ``search`` asks only whether
    some stem is there.
    """
    tree: dict[str, dict[str, Any]] = {}
    for stem in stems.split("|"):
        node = tree
        for char in stem:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(emit(tree), re.IGNORECASE)


_ARTICLE_LENGTH = 1500
"""Past this many characters the text is an article, where money named once is an example."""


_FIGURATIVE_AFFAIR = re.compile(
    r"\bnot (?:a )?literal (?:affairs?|adultery)\b|\bspiritual adultery\b|\bunfaithful(?:ness)? to god\b|"
    r"\binfidelidad a dios\b|\badulterio espiritual\b",
    re.IGNORECASE,
)
"""An article that says its "adulterers" are a picture of unfaithfulness to God."""


_RULED_OUT = re.compile(
    r"(?:\b(?:not|never|nobody|no one|no|nor)\b|n['’]t)(?:\s+[\w'’]+){0,4}\s*$|"
    r"\b(?:nadie|nunca|ni)\b(?:\s+[\w'’]+){0,4}\s*$",
    re.I,
)
"""A denial just before the words ("I don't think he's having", "Nobody has been"): the topic ruled out."""


def find_sensitive(
    text: str, *, language: str | None = None, exclude: Sequence[tuple[int, int]] = ()
) -> list[SensitiveTopic]:
    """The sensitive topics in ``text``, most intense first, each with its spans.

    ``language`` picks the lexicon ("es" for Spanish, English otherwise).
    Spans inside ``exclude`` (quoted scripture, for instance) still count:
    reading a verse about adultery aloud is as delicate as the author's own
    words about it, so nothing is excluded by default.
    """
    pattern, meanings = _compiled(language or "en")
    found: dict[Topic, list[SensitiveSpan]] = {}
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in exclude):
            continue
        topic, intensity = meanings[int(str(match.lastgroup)[1:])]
        found.setdefault(topic, []).append(SensitiveSpan(start, end, match.group(0), intensity))
    infidelity = found.get("infidelity")
    if infidelity:
        # "I don't think he's having an affair", "Nobody has been unfaithful": an affair ruled out
        infidelity = [s for s in infidelity if not _RULED_OUT.search(text[max(0, s.start - 45) : s.start])]
        # "“Adulterers and adulteresses” means unfaithfulness to God here, not literal affairs"; and a word
        # for a kind of sinner named once in passing ("the repentant thief, the repentant adulterer and
        # ...") is no affair the article touches on either
        kept = [
            s for s in infidelity if not _FIGURATIVE_AFFAIR.search(text[max(0, s.start - 300) : s.end + 300])
        ]
        if len(kept) == 1 and re.fullmatch(r"adulter(?:er|ers|ess|esses)", kept[0].text, re.I):
            kept = []
        if kept:
            found["infidelity"] = kept
        else:
            del found["infidelity"]
    money = found.get("money")
    if money:
        # "never once be in anyone's debt", "I was in debt every hour of every day" (to the neighbours who
        # took her in): owing thanks, not money
        owed = [
            s
            for s in money
            if _DEBT.fullmatch(s.text) and _OWED.search(text[max(0, s.start - 25) : s.end + 20])
        ]
        money = [s for s in money if s not in owed]
        if owed and len(money) < 3 and all(s.text.lower() == "money" for s in money):
            money = []  # ("the money he sent home" told beside the debt of thanks the story is about)
        if money:
            found["money"] = money
        else:
            del found["money"]
            money = None
    near_money = (_MONEY_WORDS.search(text[max(0, s.start - 40) : s.end + 40]) for s in money or ())
    said = sum(
        1
        for s in money or ()
        if not _DEBT.fullmatch(s.text) or _MONEY_AT_HOME.search(text[max(0, s.start - 30) : s.end + 30])
    )
    once_in_an_article = said < 2 and len(text) > _ARTICLE_LENGTH
    if money is not None and (not any(near_money) or said * 3 < len(money) or once_in_an_article):
        # "the debt", alone or mostly, is a picture (a debt forgiven, the unforgiving servant's ten
        # thousand talents), not money at home; and money named once ("a broken promise about money") is
        # an example, not what the article is about
        del found["money"]
    topics = [
        SensitiveTopic(
            topic=topic,
            intensity=max((s.intensity for s in spans), key=rank),
            spans=tuple(sorted(spans, key=lambda s: s.start)),
        )
        for topic, spans in found.items()
    ]
    topics.sort(key=lambda t: (-rank(t.intensity), -len(t.spans), TOPICS.index(t.topic)))
    return topics


def spans_within(
    topics: Iterable[SensitiveTopic], start: int, end: int
) -> list[tuple[SensitiveTopic, SensitiveSpan]]:
    """The sensitive spans that overlap ``[start, end)``, with their topic."""
    return [
        (topic, span) for topic in topics for span in topic.spans if span.start < end and start < span.end
    ]


def intensity_between(topics: Iterable[SensitiveTopic], start: int, end: int) -> Intensity:
    """The highest intensity of any sensitive span overlapping ``[start, end)``; mild if none."""
    levels = [span.intensity for _, span in spans_within(topics, start, end)]
    return max(levels, key=rank) if levels else "mild"


def is_private_between(topics: Iterable[SensitiveTopic], start: int, end: int) -> bool:
    """Whether ``[start, end)`` touches material that must not be asked of a whole group."""
    return any(is_private(topic.topic, span.intensity) for topic, span in spans_within(topics, start, end))


def private_words(text: str, *, language: str | None = None) -> list[str]:
    """The private words in a generated sentence (a question's own text, for instance)."""
    return [
        span.text
        for topic in find_sensitive(text, language=language)
        for span in topic.spans
        if is_private(topic.topic, span.intensity)
    ]
