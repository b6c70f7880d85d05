"""Question families: which may stand on what, and the words each fills its wording with.

The table of families is data (``resources/catalogs/families.toml``: kind,
what each stands on, its preconditions, slots, voices and weight); their
wording is in the language catalogs. This module gives each precondition
named in the table its check, and each slot its filler, then makes every
candidate question the table allows (:func:`candidates`): one per family,
unit and wording, each scored by :func:`guides.guide.scoring.score` with the
reasons behind its score, so that "why this question?" always has an answer.

A precondition that is not sure says no. A hedge, a rhetorical question, a
letter or a promotion never reaches a family at all: the reading stage keeps
them out of the units (:mod:`guides.guide.context`).
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from guides.analysis.advice import imperative_verb
from guides.analysis.analyze import find_faith_words
from guides.analysis.argument import KeyClaim
from guides.analysis.cues import READING_OF_TEXT
from guides.analysis.passages import Theme, stem, words
from guides.analysis.reading import ListUnit, Passage
from guides.analysis.sensitive import (
    Intensity,
    any_stem,
    find_sensitive,
    intensity_between,
    is_private,
    is_private_between,
    rank,
)
from guides.catalog import Family, families
from guides.guide import phrasing
from guides.guide.context import Context, Unit
from guides.guide.model import QuestionKind
from guides.guide.quality import problems, unquoted
from guides.guide.quotes import Quote, display, opening_words, tidy
from guides.guide.scoring import score

Voice = str
"""Who a question speaks to: "group" (each person in a room), "couple" (the two of you), "leader"."""

_MAYBE_SENSITIVE = any_stem(
    r"sex|intima|affair|adulter|infidel|unfaithful|cheat|porn|explicit|abus|violen|assault|rape|control|addict|"
    r"alcohol|drink|gambl|relaps|sobri|rehab|suicid|harm|mental|depress|anxi|trauma|ptsd|disorder|bipolar|grie|"
    r"mourn|bereav|funeral|passed away|death|loss|widow|infertil|miscarr|"
    r"stillbirth|ivf|conceive|barren|bankrupt|"
    r"debt|red|overspend|credit|spending|money|financ|budget|income|salary|divorc|remarri|putting away|spank|"
    r"punish|rod|smack|submi|headship|naked|nud|bed|libido|orgasm|arousal|foreplay|making love|lovemaking|"
    r"love-making|"
    r"sexo|íntim|infidel|porno|maltrat|adicc|adict|suicid|autolesi|salud mental|depresi|duelo|luto|falleci|"
    r"murió|pérdida|estéril|aborto|concebir|deuda|dinero|finanz|presupuest|salario|gasto|divorci|vara|castigo|"
    r"nalgad|azote|pegar|sumisi|sujet"
)
"""A cheap first look: only text with one of these stems is read with the full lexicon."""
ABUSE_WORDS = re.compile(r"\babus\w*|\bmaltrat\w*|\bviolen\w*", re.IGNORECASE)
MAX_ACTION_WORDS = 10
MAX_QUOTED_QUESTION_WORDS = 18


@dataclass(frozen=True)
class Candidate:
    """A question that could go in a guide, with what it stands on and why it scored as it did."""

    text: str
    family: str
    kind: QuestionKind
    source: Quote
    voice: Voice
    score: float
    reasons: tuple[str, ...]
    intensity: Intensity
    private: bool
    block: int
    separately: bool = False
    about_wording: bool = False
    unit_kind: str = ""
    topic: str | None = None


# --- parsing the sentence a family stands on ---------------------------------------------------

_COPULA = re.compile(r"^(?P<subject>.+?)\s+(?P<verb>is|are|means|es|son|significa)\s+(?P<rest>.+)$", re.I)
_MORE = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>is|are|es|son)\s+(?P<phrase>(?:so |much |far |"
    r"mucho )?(?:more than|más que)\s.+)$",
    re.I,
)
_OPPOSED = re.compile(
    r"\b(?:we|many of us|most of us|many people|people|couples|christians|"
    r"parents|muchos|solemos|tendemos a)\s+"
    r"(?:(?:often|usually|tend to|sometimes|still|easily|can)\s+)*"
    r"(?P<clause>(?:think|assume|believe|view|see|treat|associate|equate|reduce|limit|confuse|imagine|expect|"
    r"picture|define|measure|pensar|creer|ver|confundir|reducir|pensamos|creemos|vemos|confundimos|reducimos)"
    r"\b[^,;:.!?—–]*)",
    re.I,
)
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
    r"^(?:the )?(?:other|others|one|first|second|rest|former|latter|el otro|la otra)$", re.I
)
_SUBJECT_BLOCK = frozenset(
    "it this that there here these those they he she we you i what which who one something everything "
    "nothing anything everyone someone nobody eso esto ello aquí hay lo some many most all every each "
    "few no any several both algunos algunas muchos muchas todos todas cada "
    "near far now then today tomorrow enough better worse fine okay ok less more cerca lejos ahora".split()
)


_LABEL = re.compile(
    r"^\W*(?:(?:but|and|so|pero|y)\s+)?"
    r"(?:big idea|main (?:idea|point)|key (?:idea|point)|idea central|en resumen|"
    r"(?:here is|here's|this is|put simply|in short|the truth is|dicho de otro modo|en pocas palabras)"
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
    return subject, predicate


_NOT = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>is|are|was|were)\s+not\s+(?P<negated>.+?)(?:\s*[;:,—–]\s*(?:it|they|but|rather)\b.*)?$|"
    r"^(?P<subject_es>.+?)\s+no\s+(?P<verb_es>es|son|era|eran)\s+(?P<negated_es>.+?)(?:\s*[;:,]\s*.*)?$",
    re.I,
)


_NOT_AFTER = re.compile(
    r"^(?P<subject>[^,]+?)\s+(?P<verb>is|are|was|were|looks like|look like|"
    r"means|mean|es|son|era|significa)\s+"
    r"(?P<what>[^,]{3,40}),\s+(?:not|no)\s+(?P<negated>[^,;]+)$",
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
    clause = re.split(r"\s+(?:but|yet|when|because|pero|cuando|porque)\b", clause, maxsplit=1)[0].strip()
    tokens = clause.split()
    if not 3 <= len(tokens) <= 12:
        return None
    if re.search(r"\b(?:it|this|that|him|her|eso|esto|lo)\b", " ".join(tokens[1:3]), re.I):
        return None  # "associate it with ...": "it" leans on the sentence before
    if language == "es":
        first = tokens[0].lower()
        tokens[0] = _SPANISH_FIRST_PLURAL.get(first, first)
        clause = " ".join(tokens)
        if re.search(r"\bnuestr[oa]s?\b", clause):
            return None
        return clause
    for pattern, replacement in _PRONOUNS_TO_OURS:
        clause = pattern.sub(replacement, clause)
    return clause


# --- preconditions -------------------------------------------------------------------------------

Check = Callable[[Context, Unit, Voice], bool]

_EVERYDAY_VERBS = frozenset(
    "demonstrate show listen speak ask thank put share say turn practise practice praise greet kiss hug "
    "eat pray wait slow sit respond answer offer keep leave greet apologise apologize admit name tell "
    "choose treat touch smile laugh celebrate welcome let stop bless forgive honour honor respect "
    "encourage give serve help hold remember make protect guard receive accept start begin end close open "
    "escucha habla agradece comparte pregunta di dile perdona ora mira pide espera ofrece abraza sé".split()
)
_NEGATIVE = phrasing._NEGATIVE_VALENCE  # "Do we use community to avoid our own work?" warns


def _theme_in_bank(ctx: Context, unit: Unit, voice: Voice) -> bool:
    if unit.theme is None:
        return False
    entry = ctx.catalog.theme(unit.theme.label)
    if entry is None or (entry.faith and not ctx.faith):
        return False
    return not (entry.private and voice == "group")


def _block_theme(ctx: Context, unit: Unit):  # type: ignore[no-untyped-def]
    """One of the article's strongest themes that names something to grow in (forgiveness, trust),
    not a thing in a story (a piano); the one the unit's paragraph holds, if it holds one."""
    block = ctx.article.blocks[unit.block]
    stems = {stem(w) for w in words(block.text)}
    strongest = ctx.themes_for_questions()
    themes = [t for t in strongest if _abstract(ctx, t)][:2] or strongest[:1]
    return next((t for t in themes if t.stem in stems), themes[0] if themes else None)


_ABSTRACT_SUFFIXES = (
    "ness", "ity", "ion", "ance", "ence", "ment", "ship", "hood", "dom", "ism", "dad", "ción", "ía", "eza",
    "anza", "tud",
)  # fmt: skip


def _abstract(ctx: Context, theme) -> bool:  # type: ignore[no-untyped-def]
    from guides.analysis.passages import _MASS_NOUNS

    label = theme.label.lower()
    return ctx.catalog.theme(label) is not None or label in _MASS_NOUNS or label.endswith(_ABSTRACT_SUFFIXES)


def _theme_is_noun(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A theme that reads as something people have or grow in (trust, forgiveness), not a thing (a tyre)."""
    theme = unit.theme or _list_theme(ctx, unit) or _block_theme(ctx, unit)
    return theme is not None and len(theme.label) >= 4 and _abstract(ctx, theme)


def _thesis_theme(ctx: Context) -> Theme | None:
    """The article's subject as its thesis names it ("attention" in "Attention is the currency of a
    marriage"); None when the thesis names none of the themes (its word counts may have missed the
    subject: "click" and "bike" in an essay on friendship)."""
    themes = [t for t in ctx.themes_for_questions() if len(t.label) >= 4 and _abstract(ctx, t)]
    thesis = ctx.reading.thesis
    if thesis is not None:
        stems = {stem(w) for w in words(thesis.text)}
        named = next(
            (t for t in themes if any(_same_root(s, t.stem) for s in stems)),
            None,
        )
        if named is not None:
            return named
    return None


def _same_root(a: str, b: str) -> bool:
    """ "friendship" and "friend", "headship" and "head": one stem opens the other."""
    return len(a) > 3 and (a.startswith(b) or b.startswith(a))


def _has_thesis_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return _thesis_theme(ctx) is not None


def _no_thesis_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return _thesis_theme(ctx) is None


def _list_of_three(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A list of three or more short items that the article introduces or names ("five conversations")."""
    u = unit.list_unit
    if u is None or len(u.items) < 3 or u.parallel or u.noun is None or u.noun.lower() not in _POSITIVE_LIST:
        return False  # "which comes most naturally" only of habits, tips, steps: never of faults or myths
    context = ctx.article.title + " " + (u.lead.text if u.lead else "")
    if _NEGATIVE_LIST.search(context):
        return False
    # An item may go on to explain itself ("We said the number out loud. We sat down ..."): its first
    # sentence is the item.
    return all(len(_first_sentence(ctx, s, e).split()) <= 24 for s, e in u.items)


def _first_sentence(ctx: Context, start: int, end: int) -> str:
    """The reading's sentence that opens ``[start, end)``, else the span's text."""
    first = ctx.reading.at(start)
    return first.text if first is not None else ctx.article.text[start:end]


def _parallel_list(ctx: Context, unit: Unit, voice: Voice) -> bool:
    u = unit.list_unit
    return u is not None and u.parallel and u.lead is not None and len(u.items) >= 3


def _defines_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or not p.has("definition") or p.has("more_than"):
        return False
    parsed = _definition(p.text, ctx.language)
    if parsed is None:
        return False
    stems = {t.stem for t in ctx.analysis.themes[:6]}
    title = {stem(w) for w in words(ctx.article.title)}
    return bool((stems | title) & {stem(w) for w in words(parsed[0])})


_AMOUNT = re.compile(
    r"^\W*(?:\d[\d,.]*|a (?:hundred|thousand|million)|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|hundred|thousand|million|dos|tres|cuatro|cinco|diez|cien|mil)\b",
    re.I,
)


def _says_what_it_is_not(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or any(m in p.text for m in '“”"«»') or _distinction(p.text, ctx.language) is None:
        return False
    parsed = _distinction(p.text, ctx.language)
    if parsed is None:
        return False
    if _AMOUNT.match(parsed[0]) or _POINTING_SUBJECT.match(parsed[0]):
        return False  # "Ten thousand talents is not a debt. It's a national budget.": an amount, overstated
    if re.search(r"\b(?:it|them|this|that|these|those|him|her|eso|esto|ello)\W*$", parsed[-1], re.I):
        return False  # "listening is not a detour from it": "it" is in the sentence before
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


def _opposed_view_clause(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    return p is not None and p.has("opposed_view") and _opposed_view(p.text, ctx.language) is not None


_CHAPTER_AND_VERSE = re.compile(r"\b\d{1,3}:\d{1,3}\b|\b(?:chapter|verse|capítulo|versículo)s?\b", re.I)


_NAMED_SUBJECT = re.compile(
    r"^\W*(?!(?:The|This|That|These|Those|Love|Grace|God|Marriage|Trust|Faith|Hope|Rest|Money|Kindness|"
    r"Forgiveness|Anger|Most|Many|Some|Every|Each|No|Small|Real|True|Good|Hospitality|Friendship|"
    r"Attention|Gratitude|Listening|Prayer|El|La|Los|Las|Un|Una|Dios|Jesus|Jesús|Christ|Cristo)\b)"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:['’]s\b|\s+(?:is|was|does|did|has|had|says|said|knew|knows|"
    r"chose|chooses|doesn['’]t|isn['’]t|wasn['’]t)\b)"
)
"""A claim about a named person in the story ("Ruth does ...", "Abraham's hospitality ..."): a question
on the text, not one to weigh against the readers' own lives."""


def _plain_claim(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The author's own general claim (not the retelling of a passage, not to the letter writer, not
    granted to the other side, not about someone in the story), central enough to ask about."""
    p = unit.passage
    if p is None or unit.strength < 0.3 or _CHAPTER_AND_VERSE.search(p.text) or p.has("in_list"):
        return False
    if len(words(p.text)) < 5 or re.match(r"^\W*(?:not|no)\b", p.text, re.I):
        return False  # "Not just the religious leaders.": a fragment that finishes the sentence before
    if any(u.start < p.end and p.start < u.end for u in ctx.analysis.scripture):
        return False
    if ctx.reading.block_role(p.block) == "answer" and re.search(
        r"\b(?:you|your|te|tu|ti|tus)\b", p.text, re.I
    ):
        return False  # the columnist speaking to the letter writer: not a claim for the room to weigh
    if p.has("first_person") or re.match(r"^\W*(?:i|we)\b", p.text, re.I):
        return False
    if re.match(r"^\W*(?:you|your|tú|tu|usted)\b", p.text, re.I):
        return False  # "You don't need all five in one evening": counsel to the reader, not a claim to weigh
    if READING_OF_TEXT.match(p.text):
        return False  # "What he promises is that the peace will guard": a reading of the text, not a claim
    if p.has("concession"):
        return False  # "The skeptics are right that ...": the author granting a point, not making one
    # "Abraham's hospitality isn't about showing off": about the story, not the room's lives.
    return not _NAMED_SUBJECT.match(p.text)


KEY_CLAIMS_ASKED = 4
"""How many of the argument's key claims, heaviest first, a guide may ask about."""


def _key_claim(ctx: Context, unit: Unit) -> KeyClaim | None:
    """The key claim ``unit`` is, when it is among the heaviest :data:`KEY_CLAIMS_ASKED`."""
    p = unit.passage
    if p is None:
        return None
    return next((k for k in ctx.reading.key_claims[:KEY_CLAIMS_ASKED] if k.start == p.start), None)


def _key_said(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """One of the claims the argument turns on, the author's own (not a story's step, not said to the
    letter writer, not granted to the other side), with what it leans on quotable."""
    key, p = _key_claim(ctx, unit), unit.passage
    if key is None or p is None or key.leans or p.has("concession") or p.has("point"):
        return False
    first = words(p.text)[:1]
    if _NAMED_SUBJECT.match(p.text) and first and first[0].capitalize() in ctx.named_words:
        return False  # "Martha is the one who opens her house": about someone the article names
    if re.match(r"^\W*(?:i|i['’]\w+|my|me|yo|mi)\b", p.text, re.I):
        return False  # "I learned ...": the author's story; "Our spreadsheet ..." is a couple's claim
    if ctx.reading.block_role(p.block) == "answer" and re.search(
        r"\b(?:you|your|te|tu|ti|tus)\b", p.text, re.I
    ):
        return False  # the columnist speaking to the letter writer: advice for one reader
    if _CHAPTER_AND_VERSE.search(p.text) or any(
        u.start < p.end and p.start < u.end for u in ctx.analysis.scripture
    ):
        return False
    return _key_words(ctx, unit, voice) is not None


_TWO_SIDES = re.compile(
    r"\b(?:not|n['’]t|never|rather than|instead of|but|no|sino|ni|en lugar de)\b|;", re.IGNORECASE
)
"""What a claim must say to be asked about as a difference: what it denies, or its other side."""


def _key_contrast(ctx: Context, unit: Unit, voice: Voice) -> bool:
    key, said = _key_claim(ctx, unit), _key_words(ctx, unit, voice)
    return (
        key is not None
        and key.shape == "contrast"
        and said is not None
        and bool(_TWO_SIDES.search(said.text))
        and _key_said(ctx, unit, voice)
    )


def _key_general(ctx: Context, unit: Unit, voice: Voice) -> bool:
    key = _key_claim(ctx, unit)
    if key is None or key.shape == "contrast" or unit.passage is None:
        return False
    if re.match(r"^\W*(?:we|our|nosotros|nuestr[oa]s?)\b", unit.passage.text, re.I):
        return False  # "We still talk in the kitchen": the author's household, not a claim to test
    return _key_said(ctx, unit, voice)


def _key_words(ctx: Context, unit: Unit, voice: Voice) -> Quote | None:
    """The key claim's words, from the sentence it leans on when it opens on "It" or "This"."""
    key, p = _key_claim(ctx, unit), unit.passage
    if key is None or p is None:
        return None
    s, e = tidy(ctx.article.text, key.lead if key.lead is not None else key.start, key.end, cut=False)
    text = ctx.article.text[s:e]
    framed = _LABEL.match(text)  # "here's what I would tell you: the distance isn't the real enemy"
    if framed and framed.end() < len(text) - 12:
        s += framed.end()
        text = ctx.article.text[s:e]
    if re.search(r"\b(?:there|then|that|this|eso|esto|ahí)$", text.rstrip(" .!"), re.I):
        return None  # "Most conversations stop right there.": where "there" is, the sentence before says
    if len(text.split()) > 18 and key.lead is None:
        # "Kids can tell the difference ..., and they need both ...": the first of two claims joined
        # by "and" stands alone; a "but" half is never cut away (it is the turn).
        first = re.split(r",\s+and\s+", text, maxsplit=1)[0]
        if first != text and 6 <= len(first.split()) <= 18:
            text, e = first, s + len(first)
    if not 4 <= len(text.split()) <= 18 or "?" in text or "*" in text:
        return None  # (a question is read aloud once; "*guard*" is the page's emphasis, not words)
    if voice == "group" and ctx.private_between(s, e):
        return None
    if any(mark in text for mark in '“”"«»'):
        return None
    return Quote(text, s, e)


def _story_opening(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first sentence of a story of two sentences or more (one past-tense sentence is not a story)."""
    from guides.analysis.cues import EXAMPLE_OPENING

    p = unit.passage
    if p is None or p.role != "example" or len(words(p.text)) < 5 or any(m in p.text for m in "“”\"«»'‘’"):
        return False
    if p.has("in_list") or p.has("point"):
        return False  # "1. We said the number out loud.": a step in the author's list, not a story
    if re.match(r"^\W*(?:que|that|and|but|so|then|which|who|y|pero|entonces|o|or)\b", p.text, re.I):
        return False  # the middle of a story, not its opening
    run = [
        q for q in ctx.reading.passages if q.block == p.block and q.start >= p.start and q.role == "example"
    ]
    return len(run) >= 3 or bool(EXAMPLE_OPENING.match(p.text))


def _opens_a_scene(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first sentence of a scene the author paints ("It's 10:40 p.m. Two people are lying side by
    side ..."), which the next paragraph calls a scene."""
    p = unit.passage
    return p is not None and p.has("scene") and ctx.in_block(p.block)[:1] == [p]


def _figurative(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return unit.passage is not None and unit.passage.has("figurative")


def _faith(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return ctx.faith


def _verse_discussed(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A verse with the author's own comment on it, the comment not merely the verse said again."""
    usage, use = unit.usage, unit.scripture
    if usage is None or use is None or usage.role != "discussed" or usage.comment is None:
        return False
    said = ctx.article.text[usage.comment[0] : usage.comment[1]]
    if re.match(r"^\W*(?:i|yo)\b", said, re.I):
        return False  # "I don't read it that way anymore": the author on her own reading, not on the verse
    comment = {stem(w) for w in words(ctx.article.text[usage.comment[0] : usage.comment[1]]) if len(w) > 3}
    verse = {
        stem(w)
        for w in words(
            (use.verse_text or "")
            + " "
            + (ctx.article.text[use.quotation[0] : use.quotation[1]] if use.quotation else "")
        )
    }
    return len(comment - verse) >= 3


def _question_body(unit: Unit) -> str:
    from guides.analysis.cues import STUDY_LABEL

    text = unit.passage.text if unit.passage else ""
    return STUDY_LABEL.sub("", text).strip()


def _open_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return unit.passage is not None and unit.passage.has("open")


_COGNITIVE = re.compile(
    r"^\W*(?:do|does|did|would|could)\s+(?:you|we)\s+(?:really\s+)?(?:believe|think|know|suppose|imagine|"
    r"realise|realize|feel that|remember)\b|^\W*(?:crees|piensas|sabes)\b",
    re.I,
)


def _yes_no_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The author's yes/no question about what the reader does ("Can your partner trust you to listen?"),
    not about what they believe (a question set up to be corrected: "Do you believe forgiving means ...?")."""
    p = unit.passage
    if p is None or not p.has("yes_no") or len(words(p.text)) > MAX_QUOTED_QUESTION_WORDS:
        return False
    asked = next((q for q in ctx.analysis.questions if p.start <= q.start < p.end), None)
    return not _COGNITIVE.match(asked.text if asked is not None else p.text)


_COUPLE_WORDS = re.compile(
    r"\b(?:the two of you|each other|one another|your (?:partner|spouse|husband|wife)|ustedes dos|los dos|"
    r"el uno al otro|tu pareja|tu cónyuge)\b",
    re.I,
)


def _fits_voice(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A printed question short enough to ask, and, for a group, not written for a couple (nor one of
    the questions the author offers partners to ask each other)."""
    body = _question_body(unit)
    if voice == "group" and (_COUPLE_WORDS.search(body) or _offered(ctx, unit)):
        return False
    return "?" in body and len(body.split()) <= 30


_LEANS_BACK = re.compile(
    r"\b(?:you|we|they|he|she|i|tú|ustedes)\s+(?:did|do|does|had|have|can|could|would|will|should)\s*\?$|"
    r"\b(?:do|did|does) (?:so|that|this|it)\s*\?$|\b(?:then|instead|too|again)\s*\?$",
    re.I,
)


_PERSONAL = re.compile(r"\b(?:you|your|yours|we|our|us|tú|tu|te|ti|ustedes|su|nosotros|nuestr[oa]s?)\b", re.I)


def _offered(ctx: Context, unit: Unit) -> bool:
    return any(u.questions and any(s <= unit.start < e for s, e in u.items) for u in ctx.reading.lists)


def _question_list(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return unit.list_unit is not None and unit.list_unit.questions


def _personal_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A printed question about the readers' own lives (the other printed family asks about the text)."""
    return bool(_PERSONAL.search(_question_body(unit)))


def _about_the_text(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return not _personal_question(ctx, unit, voice)


def _stands_alone(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None:
        return False
    asked = next((q for q in ctx.analysis.questions if p.start <= q.start < p.end), None)
    body = asked.text if asked is not None else p.text
    body = re.sub(r"^(?:so|and|but|then|y|pero|entonces)\b,?\s*", "", body, flags=re.I)
    if _LEANS_BACK.search(body):
        return False  # "What would change if you did?" leans on the sentence before
    return len(words(body)) >= 6 and not phrasing.dangles(body.split("?")[0])


def _hopeful_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    return p is not None and not _NEGATIVE.search(p.text) and _stands_alone(ctx, unit, voice)


def _warning_question(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    return p is not None and bool(_NEGATIVE.search(p.text)) and _stands_alone(ctx, unit, voice)


def _action(ctx: Context, unit: Unit) -> tuple[int, int] | None:
    p = unit.passage
    if p is None or p.object_end is None:
        return None
    advice = ctx.advice_in(p.start, p.end)
    if advice is None:
        return None
    start, end = tidy(ctx.article.text, advice.start, advice.action_end)
    return (start, end) if end > start else None


_THINKING = frozenset(
    "know remember believe imagine think consider reflect ask wonder picture recall realize realise notice "
    "look expect assume accept espera acepta "
    "piensa recuerda imagina considera sabe reflexiona".split()
)


def _thinking(ctx: Context, unit: Unit) -> bool:
    """Counsel to think or remember ("Think about the last time you argued"): not a step to take."""
    span = _action(ctx, unit)
    verb = imperative_verb(ctx.article.text[span[0] : span[1]], ctx.language) if span else None
    if verb is None or verb.split()[-1].lower() not in _THINKING:
        return False
    if verb.split()[-1].lower() == "ask" and span is not None:
        # "Ask yourself ..." is to think; "Ask a question you don't know the answer to" is to do.
        return bool(re.search(r"\bask (?:yourself|yourselves)\b", ctx.article.text[span[0] : span[1]], re.I))
    return True


_LETTER_WRITERS_OWN = re.compile(
    r"\b(?!I\b|I['’])[A-Z][a-z]+\b|\byour (?:son|daughter|husband|wife|mother|father|mother-in-law|"
    r"father-in-law|sister|brother|boss|friend|kids|children|teen|teenager)\b|"
    r"\btu (?:hijo|hija|marido|esposo|esposa|mujer|madre|padre|suegra|suegro|jefe|amigo|amiga)\b"
)
"""Someone in a letter writer's own life, by name or as "your son": the columnist's counsel to that one
reader, not to everyone in the room."""


def _counsel_to_reader(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or p.role != "instruction" or p.has("encouragement") or _thinking(ctx, unit):
        return False
    if p.has("to_some"):
        return False  # "Husbands, find one thing ... Learn to braid something.": for some readers only
    if ctx.touches_scripture(p.start, p.end):
        return False  # "Read Ruth 3": a reading to do, not a way to live
    if p.addressee not in ("reader", "spouse"):
        return False
    if ctx.reading.block_role(p.block) == "answer" and any(
        m.group(0) not in _NOT_NAMES for m in _LETTER_WRITERS_OWN.finditer(p.text[1:])
    ):
        return False  # "Sit down with Caleb and ask": the columnist's counsel to one letter writer
    if any(q.has("figurative") for q in ctx.in_block(p.block)):
        return False  # "Stay out in the cold for a minute anyway", after "as if you left without your coat"
    if p.has("conditional") and voice == "group":
        return False  # "If you are unsure ..., meet with a counselor" is not for everyone in a room
    if voice == "group" and any(_FOR_TWO.search(q.text) for q in ctx.in_block(p.block)):
        return False  # "Name your top two or three recurring fights": an exercise for a couple at home
    if _under_a_point(ctx, p):
        return False  # "Ask the new mom which baby carrier ...": an example under "6. Let them help you"
    span = _action(ctx, unit)
    if span is None:
        return False
    text = ctx.article.text[span[0] : span[1]]
    return len(text.split()) <= MAX_ACTION_WORDS and not any(m in text for m in '“”"«»')


_TIMED = re.compile(
    r"\b(?:this|next|a|each|every|per) (?:week|month|weekend|day|evening|morning)\b|"
    r"\b(?:today|tonight|tomorrow|daily|weekly|now|always|never)\b|"
    r"\besta semana\b|\bhoy\b|\bcada (?:día|mañana|noche|semana)\b|\bsiempre\b",
    re.IGNORECASE,
)


def _echoes_scripture(ctx: Context, start: int, end: int) -> bool:
    """Counsel that echoes a verse quoted nearby ("Sit down before you build" after the tower in Luke 14)
    is a picture to apply, not an errand for a Tuesday evening."""
    mine = {stem(w) for w in words(ctx.article.text[start:end]) if len(w) > 3}
    for use in ctx.scripture_near(ctx.block_index(start)):
        verse = (
            (use.verse_text or "")
            + " "
            + (ctx.article.text[use.quotation[0] : use.quotation[1]] if use.quotation else "")
        )
        if len(mine & {stem(w) for w in words(verse)}) >= 2:
            return True
    return False


def _everyday_action(ctx: Context, unit: Unit, voice: Voice) -> bool:
    span = _action(ctx, unit)
    if span is None or len(ctx.article.text[span[0] : span[1]].split()) < 4:
        return False  # "Eat something good": an example too small to picture in a moment of the week
    if _TIMED.search(ctx.article.text[span[0] : span[1]]):
        return False  # it says when already: "Keep one promise this week" at bedtime reads twice
    if re.match(r"^\W*(?:stop|don't|do not|never|quit|no\s)", ctx.article.text[span[0] : span[1]], re.I):
        return False  # "Stop apologising ...": what not to do has no moment to look like
    ordering = r"\b(?:first|then|before|after|once|primero|luego|antes|después)\b"
    if re.search(ordering, ctx.article.text[span[0] : span[1]], re.I):
        return False  # "Tell your money story first": an order of steps, not a moment of the day
    if _echoes_scripture(ctx, *span):
        return False
    verb = imperative_verb(ctx.article.text[span[0] : span[1]], ctx.language) or ""
    return verb.split()[-1].lower() in _EVERYDAY_VERBS if verb else False


def _action_reads_alone(ctx: Context, unit: Unit, voice: Voice) -> bool:
    span = _action(ctx, unit)
    if span is None or _TIMED.search(ctx.article.text[span[0] : span[1]]):
        return False
    if re.match(r"^\W*let\s+(?!go\b)", ctx.article.text[span[0] : span[1]], re.I):
        return False  # "Let the food be cereal": a permission, not a step that something gets in the way of
    if len(ctx.article.text[span[0] : span[1]].split()) < 4:
        return False  # "What gets in the way when you try to take a breath?": too small to ask about
    if "," in ctx.article.text[span[0] : span[1]]:
        return False  # "say yes to the lunch invitation, take the class": a run of examples, not one step
    return _adapted_action(ctx, unit, voice) is not None


def _counsel_about_other(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or p.role != "instruction" or p.addressee not in ("child", "other", "spouse"):
        return False
    if _thinking(ctx, unit) or p.has("encouragement") or any(m in p.text for m in "“”\"«»'‘"):
        return False  # a quotation inside ("'Honor your father ...,' the commandment says") is not counsel
    if any(u.start < p.end and p.start < u.end for u in ctx.analysis.scripture):
        return False
    if p.has("conditional") and voice == "group":
        return False
    if voice == "group" and p.addressee == "spouse":
        return False  # "Pick the one you most need to put on for your spouse": for couples, not a mixed room
    return len(words(p.text)) <= MAX_QUOTED_QUESTION_WORDS and "?" not in p.text


def _thesis_reads_as_clause(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    if p is None or re.search(
        r"\bnot\b|n't\b|\bno\b|^\W*(?:the|its) (?:answer|point|key|problem|truth|secret)\b", p.text, re.I
    ):
        return False  # "If it is true that X is not Y" reads badly; "the answer is" needs the question
    if re.match(r"^\W*(?:your?|tu|tus)\b", p.text, re.I):
        return False  # "Your friend is right that ...": said to the letter writer, not to the room
    if _SUBORDINATE.match(p.text) or re.match(r"^\W*(?:because|since|porque|ya que)\b", p.text, re.I):
        return False  # "If it is true that because he carried ours ...": no
    return _claim_clause(ctx, unit) is not None


_CONTRAST = re.compile(
    r"(?<![\w-])(?P<x>[^\W\d_]+(?:-[^\W\d_]+)*(?:\s+(?:and|y)\s+[^\W\d_]+)?)\s+(?:instead of|rather than|"
    r"as opposed to|en lugar de|en vez de)\s+"
    r"(?P<y>[^\W\d_]+(?:-[^\W\d_]+)*(?:\s+(?:and|or|y|o)\s+[^\W\d_]+)?)\b(?!-)",
    re.I,
)
_CONTRAST_STOP = frozenset(
    "a an the to of in on at by with for from is are was be it this that them him her you your their our "
    "just simply merely only really very so too quite more less most about over under into onto "
    "me us we they i yourself yourselves ourselves themselves myself himself herself itself "
    "away back out up down off together apart alone other another each "
    "my his its el la los las un una de del en con por para es son lo le les su sus tu mi".split()
)


def _contrast(text: str) -> tuple[str, str] | None:
    """("grace", "defensiveness") out of "... difficult conversations with grace instead of defensiveness"."""
    match = _CONTRAST.search(text)
    if not match:
        return None
    x, y = match.group("x"), match.group("y")
    if any(w.lower() in _CONTRAST_STOP for w in (x.split() + y.split())):
        return None
    if y.lower().endswith(("ing",)) or x.lower().endswith("ing"):
        return None  # "instead of sulking": a verb, not a thing to weigh
    before = text[: match.start()].lower().split()[-3:]
    if any(w in _RELATIVE_HEADS for w in before):
        return None  # "something kids endure rather than enjoy": verbs in a clause, not a pair to weigh
    if _NEGATED.search(text[: match.start()]):
        return None  # "Traditions that can't change become ...": what goes wrong, not what is argued for
    return x, y


_RELATIVE_HEADS = frozenset("something anything nothing everything someone what whatever algo lo".split())
_NEGATED = re.compile(
    r"\b(?:can['’]t|cannot|won['’]t|never|no longer|don['’]t|doesn['’]t|no puede|nunca)\b", re.I
)


def _contrast_phrase(ctx: Context, unit: Unit, voice: Voice) -> bool:
    p = unit.passage
    return p is not None and _contrast(p.text) is not None


def _list_named(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return unit.list_unit is not None and unit.list_unit.noun is not None


def _opens_the_answer(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first sentences of the columnist's answer to the first letter of an advice column."""
    p = unit.passage
    if p is None or ctx.reading.block_role(p.block) != "answer" or p.part != 1 or p.role == "note":
        return False
    if re.match(r"^\W*(?:(?:now|first|so|but|and)\W+)?let me\b", p.text, re.I):
        return False  # "Now let me say the harder thing.": the columnist announcing, not yet saying
    return p in ctx.answer_opening and 6 <= len(words(p.text)) <= 17 and "?" not in p.text


_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+|y\s+|o\s+)?|\s+(?:and|or|y|o)\s+")
_COLON_LIST = re.compile(r"^(?P<head>[^:]{8,120}):\s+(?P<items>[^:;]+)$")


def _colon_items(text: str) -> list[str] | None:
    """The items after a colon: "... its own version of the sigh: the eye-roll, the half-listening, ..."."""
    body = text.strip().rstrip(".!")
    match = _COLON_LIST.match(body)
    if not match:
        return None
    pieces = _ITEM_SPLIT.split(match.group("items"))
    items = [re.sub(r"[“”\"«»]", "", i).strip(" .,;!") for i in pieces if i.strip()]
    if not 3 <= len(items) <= 6 or any(not 1 <= len(i.split()) <= 5 for i in items):
        return None
    return items


def _lists_after_a_colon(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """ "Every marriage has its own version of the sigh: the eye-roll, the half-listening, ...": the forms
    something takes in daily life, which a reader can recognise in themselves."""
    p = unit.passage
    if p is None or p.has("in_list") or _colon_items(p.text) is None:
        return False
    head = p.text.split(":")[0]
    return bool(
        re.search(
            r"\b(?:version|versions|form|forms|kind|kinds|sign|signs|shape|shapes|forma|formas|"
            r"versión|versiones|señales)\b",
            head,
            re.I,
        )
    )


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})\b")
_NOT_NAMES = frozenset(
    "God Jesus Christ Lord Spirit Holy Paul Peter John Bible Scripture Sunday Monday Tuesday Wednesday "
    "Thursday Friday Saturday Christmas Easter English Greek Hebrew Dios Jesús Cristo Señor Pablo Biblia "
    "Domingo".split()
)


def _story_people(ctx: Context, unit: Unit) -> str | None:
    """Who a story is about, by the names it repeats: "Dan and Marisol", "Kevin"."""
    p = unit.passage
    if p is None:
        return None
    story = " ".join(q.text for q in ctx.in_block(p.block) if q.role == "example")
    counts: dict[str, int] = {}
    for name in _NAME.findall(story):
        if name not in _NOT_NAMES and name.lower() not in ctx.lowercase_words:
            counts[name] = counts.get(name, 0) + 1
    names = [n for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], story.find(kv[0]))) if c >= 2][:2]
    if names and len(re.findall(r"\b(?:I|we|We|me|us|yo|nosotros)\b", story)) >= 2:
        return None  # "we had a fight in the driveway ... Dan said": the author's own story, not Dan's
    if not names:
        # No name: the person the story is about, when it opens on them ("My husband ...").
        relation = next(
            (
                m
                for q in ctx.reading.passages
                if q.block == p.block and q.role == "example"
                for m in [_RELATION.match(q.text.lstrip("“\"' "))]
                if m is not None
            ),
            None,
        )
        if relation is None:
            return None
        if re.search(r"\b(?:I|me|we|us|yo|nosotros)\b", story):
            return None  # "my husband ... He did not call me ... I said": the author's own story, of two
        who = relation.group(1).lower()
        # "su": the author may be a woman ("el esposo del autor" would say otherwise).
        return f"su {who}" if ctx.language == "es" else f"the author’s {who}"
    names.sort(key=story.find)
    joiner = " y " if ctx.language == "es" else " and "
    return joiner.join(names)


_RELATION = re.compile(
    r"(?:(?:when|one (?:morning|evening|day|night)|last \w+|years ago),?\s+)?(?:my|mi)\s+"
    r"(husband|wife|son|daughter|mother|father|mum|mom|dad|friend|neighbou?r|grandmother|grandfather|brother|sister|pastor|boss|esposo|esposa|hijo|hija|madre|padre|amigo|amiga|abuela|abuelo|"
    r"hermano|hermana)\b",
    re.I,
)


def _story_of_someone(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return _story_opening(ctx, unit, voice) and _story_people(ctx, unit) is not None


def _own_story(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A story the author tells of their own life ("We started taking the long way home"), no one named,
    asked about by its first sentence: past tense, short enough to quote whole, and where the story begins."""
    from guides.analysis.cues import is_past

    p = unit.passage
    if p is None or p.has("in_list") or p.has("point") or _story_people(ctx, unit) is not None:
        return False
    before = [q for q in ctx.in_block(p.block) if q.end <= p.start]
    if before and before[-1].role == "example":
        return False  # the middle of the story ("What broke the pattern was ..."), not where it begins
    if not is_past(p.text) or not 5 <= len(words(p.text)) <= _STORY_OPENING_WORDS:
        return False
    if not is_past(re.sub(r"\b(?:was|were|wasn['’]t|weren['’]t|era|fue|estaba)\b", "", p.text)):
        return False  # "I was right, by the way": a state, not the first thing that happened
    if not _STORY_START.match(p.text) or _SERIES_RECAP.match(p.text):
        return False  # "What broke the pattern was not ...": a claim about the story, not its start
    story = " ".join(q.text for q in ctx.in_block(p.block) if q.role == "example" and q.start >= p.start)
    return bool(re.search(r"\b(?:i|we|my|our|me|us|yo|nosotros|mi|nuestr[oa]s?)\b", story, re.I))


_STORY_START = re.compile(
    r"^\W*(?:I|We|My|Our|When|One|Last|In|On|Years|A few|Around|After|For|By|Once|Early|Late|"
    r"That (?:night|day|morning|evening|week|spring|summer|fall|autumn|winter|year)|"
    r"Yo|Nosotros|Mi|Nuestr[oa]|Cuando|Hace|Un día|"
    r"Una (?:noche|tarde|mañana)|El (?:año|verano|invierno|otoño) pasado|En)\b"
)
_SERIES_RECAP = re.compile(
    r"^\W*(?:last (?:week|time|session)|la (?:semana|sesión) pasada)\b.{0,20}\b(?:we|nosotros)?\s*"
    r"(?:followed|looked|read|saw|studied|left|met|ended|began|vimos|leímos|seguimos|estudiamos)",
    re.IGNORECASE,
)
_STORY_OPENING_WORDS = 14
"""A story is named by its whole first sentence ("We started taking the long way home from church."), never
by a cut one."""


_NOT_SPEAKERS = frozenset(
    "Later Then Once Finally Afterward Afterwards Eventually Suddenly Today Yesterday Tonight Recently Still "
    "Even After Before When While That This Years Months Weeks Days Last Next Luego Después Entonces Ayer "
    "Hoy".split()
)
_WORDS_SAID = re.compile(
    r"(?P<who>\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}|\b(?:my|mi) (?:wife|husband|son|daughter|mother|father|friend|"
    r"pastor|esposa|esposo|hijo|hija|madre|padre|amig[oa]))\b(?!['’]s\b)[^.“\"«]{0,80}?"
    r"\b(?:said|says|told me|asked|dijo|me dijo|preguntó)\b[^“\"«]{0,60}?[:,]\s*"
    r"[“\"«](?P<words>[^”\"»]{20,160})[”\"»]"
)
"""Someone in the author's story saying the words that turned it ("Lena put her mug down and said
...: "Every time you say sorry, I end up having to agree with your reasons before it counts."")."""


def _words_said(ctx: Context, unit: Unit) -> tuple[str, int, int] | None:
    p = unit.passage
    if p is None or p.role not in ("claim", "example"):
        return None
    match = _WORDS_SAID.search(p.text)
    if match is None:
        return None
    who = match.group("who")
    relation = who.lower().startswith(("my ", "mi "))
    if not relation and (who in _NOT_NAMES or who in _NOT_SPEAKERS or who.lower() in ctx.lowercase_words):
        return None  # "Surely", "Then", "Later that night she said": not a name
    said = match.group("words").strip()
    if not 8 <= len(said.split()) <= 18 or "?" in said:
        return None
    start = p.start + match.start("words")
    return match.group("who"), start, start + len(match.group("words"))


def _someone_said(ctx: Context, unit: Unit, voice: Voice) -> bool:
    if voice == "group" and ctx.private_between(unit.start, unit.end):
        return False
    return _words_said(ctx, unit) is not None


def _practice_list(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The author's counsel as a menu to choose from; steps taken in order are asked about as steps, and
    what the author's own household does as theirs."""
    u = unit.list_unit
    return (
        u is not None
        and u.practice
        and not u.in_order
        and not u.ours
        and len(u.items) >= 2
        and not _for_the_letter_writer(ctx, u, voice)
        and not _inside_the_points(ctx, u)
    )


_PATH = re.compile(
    r"^\W*(?:(?:and|but|so|y|pero)\s+)?(?P<if>(?:if|si)\s+(?:you|you['’](?:re|ve)|tú|usted|estás|eres|ya)\b[^,;:]{2,70}),",
    re.IGNORECASE,
)


def _paths(ctx: Context) -> list[tuple[Passage, str]]:
    """The kinds of reader the author speaks to in turn, each with its own counsel ("If you're in the tree
    this morning, come down." / "If you're in the crowd, stop muttering." / "If grace has already
    reached you, ask ..."): the instruction and its condition, in order; empty unless two to four."""
    found: list[tuple[Passage, str]] = []
    seen: set[int] = set()
    for p in ctx.reading.passages:
        if p.role != "instruction" or not p.usable or p.addressee != "reader" or p.block in seen:
            continue
        match = _PATH.match(p.text)
        if match is None or len(match.group("if").split()) > 9:
            continue
        seen.add(p.block)
        found.append((p, match.group("if")))
    return found if 2 <= len(found) <= 4 else []


def _paths_open(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The first of the author's counsels to different kinds of reader, which a question offers together
    ("which is closest to you?"); never when they touch what is private."""
    paths = _paths(ctx)
    if not paths or unit.passage is not paths[0][0]:
        return False
    return voice == "couple" or not any(ctx.private_between(p.start, p.end) for p, _ in paths)


_ASKED_OF_ONESELF = frozenset(
    {"turned", "turned_temptation", "author_open", "counsel_moment", "counsel_hard", "counsel_other"}
)
"""Families that put the author's question or counsel to the reader as their own."""

_FOR_TWO = re.compile(
    r"\b(?:your (?:spouse|husband|wife|partner|marriage)|the two of you|you two|each other|either of you|"
    r"both of you|"
    r"tu (?:pareja|esposo|esposa|cónyuge|matrimonio)|ustedes dos|los dos juntos)\b",
    re.IGNORECASE,
)
"""Counsel given to a couple (in its own paragraph): not a step for each person in a mixed group."""


def _under_a_point(ctx: Context, p: Passage) -> bool:
    """Whether ``p`` explains one of the article's numbered points (the paragraphs under "6. Let them
    help you"), rather than being the point itself: an example of the counsel, not counsel of its own."""
    for points in ctx.reading.lists:
        if not points.points or any(s <= p.start < e for s, e in points.items):
            continue
        first = ctx.block_index(points.items[0][0])
        last = ctx.block_index(points.items[-1][0])
        if first < p.block <= last + 1:
            return True
    return False


def _inside_the_points(ctx: Context, u: ListUnit) -> bool:
    """Counsel found inside the sections of an article's numbered points ("7 Ways to ..."): some of
    those points, counted apart from the rest ("The author suggests five things" of seven ways)."""
    return any(
        points.points
        and points is not u
        and len(points.items) != len(u.items)
        and all(
            ctx.block_index(points.items[0][0])
            <= ctx.block_index(s)
            <= ctx.block_index(points.items[-1][0]) + 1
            for s, _ in u.items
        )
        for points in ctx.reading.lists
    )


def _practice_ours(ctx: Context, unit: Unit, voice: Voice) -> bool:
    u = unit.list_unit
    return u is not None and u.ours and len(u.items) >= 3


def _practice_steps(ctx: Context, unit: Unit, voice: Voice) -> bool:
    u = unit.list_unit
    return (
        u is not None
        and u.practice
        and u.in_order
        and len(u.items) >= 2
        and not _for_the_letter_writer(ctx, u, voice)
    )


def _for_the_letter_writer(ctx: Context, u: ListUnit, voice: Voice) -> bool:
    """Steps a columnist gives one letter writer ("Pick a calm time ... call before coming over"): a group
    weighs them (the column's own questions do), but does not take them as everyone's steps."""
    return voice == "group" and ctx.reading.block_role(ctx.block_index(u.items[0][0])) == "answer"


_ITEM_MARK = re.compile(
    r"^\s*(?:\d{1,2}[.):]|[-*•]|first|second|third|finally|primero|segundo|tercero)\W*\s*", re.I
)


def _item_texts(ctx: Context, unit: Unit) -> list[str] | None:
    """The items of a list, each as its words read in a question: short, without its closing stop."""
    u = unit.list_unit
    if u is None:
        return None
    out = []
    for s, e in u.items:
        text = _ITEM_MARK.sub("", ctx.article.text[s:e])
        text = _ITEM_REFERENCE.sub("", text.strip())  # "Jesus looks up (vv. 1-5)": the point, not its verses
        text = re.split(r"(?<=[.!?])\s", text.strip())[0].rstrip(".!;:,")
        out.append(text)
    return out


_ITEM_REFERENCE = re.compile(
    r"\s*\((?:vv?\.|verses?|vers[íi]culos?|[1-3]?\s?[A-Z][a-z]+\.? )?[\d:,\s.-]+\)\s*$"
)


def _points_named(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The two to five numbered points an article is built on, each short enough to name in a question."""
    u = unit.list_unit
    if u is None or not u.points or not 2 <= len(u.items) <= 5:
        return False
    items = _item_texts(ctx, unit) or []
    if (
        any(not 2 <= len(i.split()) <= 7 or "?" in i for i in items)
        or sum(len(i.split()) for i in items) > 18
    ):
        return False
    return not any(ctx.private_between(s, e) for s, e in u.items) or voice == "couple"


def _short_items(ctx: Context, unit: Unit, voice: Voice) -> bool:
    items = _item_texts(ctx, unit)
    if not items or not 2 <= len(items) <= 4:
        return False
    return all(1 <= len(i.split()) <= 7 for i in items) and sum(len(i.split()) for i in items) <= 18


def _main_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The article's own subject: its strongest theme, named in the title or the thesis (a generic question
    on a theme the article only touches reads as if it came from another guide)."""
    theme = unit.theme
    if theme is None:
        return False
    if theme in ctx.topic_themes:
        return True  # a topic the article dwells on (grief) is its subject, whatever the word counts say
    strongest = ctx.themes_for_questions()[:2]
    if theme not in strongest:
        return False
    thesis = ctx.reading.thesis
    if thesis is None:
        return theme is strongest[0]  # no thesis to name it: the strongest theme is the subject
    named = {stem(w) for w in words(ctx.article.title + " " + thesis.text)}
    return theme.stem in named


_POSITIVE_LIST = frozenset(
    "habits tips steps ways practices conversations questions promises vows things ideas suggestions rules "
    "gifts blessings prayers rituals hábitos consejos pasos maneras prácticas conversaciones preguntas "
    "promesas".split()
)
_NEGATIVE_LIST = re.compile(
    r"\b(?:foxes|mistakes|traps|sins|myths|signs|warnings?|enemies|dangers|lies|pitfalls|killers|errors|"
    r"zorras|errores|trampas|mitos|señales|peligros)\b",
    re.I,
)


def _counsel_in_the_answer(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """Counsel the columnist gives the letter writer (in the answer to the first letter)."""
    p = unit.passage
    if p is None or p.role != "instruction" or p.part != 1 or ctx.reading.block_role(p.block) != "answer":
        return False
    if _thinking(ctx, unit) or any(m in p.text for m in '“”"«»') or "?" in p.text:
        return False
    if re.search(r"\b(?:me|us|me|nos|escríbeme)\b", p.text, re.I):
        return False  # "Write to me again": the columnist's sign-off, not advice for a home
    if _DEMONSTRATIVE.search(p.text) or re.search(r"\b(?:it|them)\W*$", p.text, re.I):
        return False  # "Keep that promise": which promise is in the sentence before
    return 4 <= len(words(p.text)) <= MAX_QUOTED_QUESTION_WORDS


def _among_main_themes(ctx: Context, topic: str) -> bool:
    """Whether ``topic`` is one of the article's strongest themes, near the first in weight ("money" in a
    piece on money fights, not in one on repair where a budget is an example)."""
    themes = ctx.analysis.themes
    top = themes[0].weight if themes else 0.0
    for theme in themes[:3]:
        entry = ctx.catalog.theme(theme.label)
        named = (entry is not None and entry.key == topic) or theme.label.lower() == topic
        if named and theme.weight >= 0.6 * top:
            return True
    return False


def _topic_in_bank(ctx: Context, unit: Unit, voice: Voice) -> bool:
    topic = unit.topic
    if topic is None or topic.topic == "abuse":
        return False
    if not ctx.catalog.texts("topic_questions", topic.topic):
        return False
    private = [s for s in topic.spans if is_private(topic.topic, s.intensity)] or (
        # a topic the article dwells on (divorce), for two: named often, and one of its main themes
        topic.spans if len(topic.spans) >= 3 and _among_main_themes(ctx, topic.topic) else []
    )
    # A passing mention ("money, sex, or parenting") is not what the article is about.
    return bool(private) and (len(topic.spans) >= 2 or topic.intensity == "open")


SLOTS = frozenset(
    "theme quote claim moment action subject predicate verb phrase view count noun opening ref comment x y "
    "negated items people what who words said conditions".split()
)
"""Every slot :func:`fill` knows how to fill; a family may declare only these."""

CHECKS: dict[str, Check] = {
    "theme_in_bank": _theme_in_bank,
    "theme_is_noun": _theme_is_noun,
    "list_of_three": _list_of_three,
    "parallel_list": _parallel_list,
    "defines_theme": _defines_theme,
    "more_than_phrase": _more_than_phrase,
    "opposed_view_clause": _opposed_view_clause,
    "key_contrast": _key_contrast,
    "key_general": _key_general,
    "points_named": _points_named,
    "paths_open": _paths_open,
    "plain_claim": _plain_claim,
    "figurative": _figurative,
    "faith": _faith,
    "verse_discussed": _verse_discussed,
    "open_question": _open_question,
    "yes_no_question": _yes_no_question,
    "fits_voice": _fits_voice,
    "stands_alone": _stands_alone,
    "hopeful_question": _hopeful_question,
    "warning_question": _warning_question,
    "counsel_to_reader": _counsel_to_reader,
    "everyday_action": _everyday_action,
    "action_reads_alone": _action_reads_alone,
    "counsel_about_other": _counsel_about_other,
    "thesis_reads_as_clause": _thesis_reads_as_clause,
    "topic_in_bank": _topic_in_bank,
    "contrast_phrase": _contrast_phrase,
    "says_what_it_is_not": _says_what_it_is_not,
    "personal_question": _personal_question,
    "opens_the_answer": _opens_the_answer,
    "practice_list": _practice_list,
    "practice_steps": _practice_steps,
    "question_list": _question_list,
    "practice_ours": _practice_ours,
    "counsel_in_the_answer": _counsel_in_the_answer,
    "short_items": _short_items,
    "main_theme": _main_theme,
    "lists_after_a_colon": _lists_after_a_colon,
    "story_of_someone": _story_of_someone,
    "story_opening": _story_opening,
    "opens_a_scene": _opens_a_scene,
    "own_story": _own_story,
    "thesis_theme": _has_thesis_theme,
    "no_thesis_theme": _no_thesis_theme,
    "says_what_instead": _says_what_instead,
    "someone_said": _someone_said,
    "about_the_text": _about_the_text,
    "list_named": _list_named,
}
"""Every precondition ``families.toml`` may name; a test checks the table names no other."""


# --- slot fillers ----------------------------------------------------------------------------------


def _list_theme(ctx: Context, unit: Unit):  # type: ignore[no-untyped-def]
    u = unit.list_unit
    if u is None:
        return None
    text = ctx.article.text[u.start : u.end]
    stems = {stem(w) for w in words(text)}
    return next((t for t in ctx.analysis.themes if t.stem in stems), None)


def _adapted_action(ctx: Context, unit: Unit, voice: Voice) -> str | None:
    span = _action(ctx, unit)
    if span is None:
        return None
    text = ctx.article.text[span[0] : span[1]]
    if re.search(r"\b(?:I|me|my|they|them|their)\b", text) or phrasing.dangles(text):
        return None
    if re.search(r"\b(?:instead|too|again|as well)$", text) or _leans_back(ctx, text, span[0]):
        return None
    lowered = phrasing.lower_first(text, ctx.language)
    bare = phrasing.as_infinitive(lowered, ctx.language) if lowered else None
    return phrasing.adapt(bare, "two" if voice == "couple" else "group") if bare else None


_DEMONSTRATIVE = re.compile(r"\b(?:that|this|those|these) (?!is\b|are\b|was\b|were\b|you\b|we\b|they\b)\w+")


def _leans_back(ctx: Context, action: str, start: int) -> bool:
    """Whether advice points back to what came before: "Protect that time", "Start with the card"."""
    if _DEMONSTRATIVE.search(action):
        return True
    tokens = words(action)
    if len(tokens) <= 8:
        for determiner, noun in itertools.pairwise(tokens):
            if determiner == "the" and _first_use(ctx, noun) < start:
                return True
    return False


def _first_use(ctx: Context, word: str) -> int:
    match = re.search(rf"\b{re.escape(word)}", ctx.article.text, re.IGNORECASE)
    return match.start() if match else len(ctx.article.text)


def _claim_clause(ctx: Context, unit: Unit) -> str | None:
    """The thesis as a clause after "If it is true that": lowercased, unquoted, whole."""
    p = unit.passage
    if p is None:
        return None
    s, e = tidy(ctx.article.text, p.start, p.end, cut=False)
    text = ctx.article.text[s:e]
    if s != p.start and not text[:1].isupper():
        return None  # trimmed at the front: the clause is no longer the author's sentence
    if (
        len(text.split()) > 14
        and "," in text
        and not re.match(r",\s*(?:but|yet|though|although|pero|aunque)\b", text[text.index(",") :], re.I)
    ):
        head = text[: text.index(",")]  # (never the half a "but" turns away from)
        if len(head.split()) >= 5 and re.search(r"\b(?:is|are|was|were|means|needs|takes|es|son)\b", head):
            text = head  # "trust in a marriage is built by kindness", without its trailing modifier
    if not 5 <= len(text.split()) <= 14 or any(m in text for m in '“”"«»?;:'):
        return None
    if re.match(r"^\W*(?:i|we|our|my|us|nuestr[oa]s?|mi|yo)\b", text, re.I):
        return None  # "If it is true that our spreadsheet ...": the author's household, not a claim to test
    if ctx.private_between(s, e) or _BACK.match(text):
        return None
    return lower_start(ctx, text)


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
        return word.lower() + text[len(word) :]
    if word not in ctx.named_words and len(word) > 3:
        return word.lower() + text[len(word) :]  # "Teenagers pull away": never capitalised mid-sentence
    return phrasing.lower_first(text, ctx.language) or text


_COLUMN = frozenset({"column_answer", "column_counsel"})
_LEANS_ON = re.compile(r"\b(?:that|this|it|them|those|these|eso|esto|ello)\W*$", re.I)

_ORDINAL_LEAD = re.compile(
    r"(?:first|second|third|fourth|fifth|finally|lastly|next|primero|segundo|tercero|por último|"
    r"finalmente),?\s+",
    re.I,
)

_WHOLE_SENTENCE = frozenset({"picture"})
"""Families that quote a picture: cut short, it says something else."""


def _is_whole(ctx: Context, quote: Quote, passage: Passage) -> bool:
    """The quote runs to the sentence's end, or stops only before an added clause ("..., and they
    rarely are straight after school"): the claim it quotes is the author's whole claim."""
    end = tidy(ctx.article.text, passage.start, passage.end, cut=False)[1]
    rest = ctx.article.text[quote.end : end]
    return quote.end >= end or bool(re.match(r"^\W*(?:and|y|e)\s", rest, re.I))


def _choose(options: tuple[str, ...], seed: str) -> str | None:
    if not options:
        return None
    return options[zlib.crc32(seed.encode("utf-8")) % len(options)]


def fill(ctx: Context, family: Family, unit: Unit, voice: Voice) -> tuple[dict[str, str], Quote] | None:
    """The slots of ``family`` filled from ``unit``, and the quote the question stands on; None on failure."""
    text = ctx.article.text
    group = voice == "group"
    p = unit.passage
    source = Quote(text[unit.start : unit.end], unit.start, unit.end)
    slots: dict[str, str] = {}
    lang = ctx.language
    for slot in family.slots:
        value: str | None = None
        if slot == "theme":
            if family.name == "own_story":
                theme = _thesis_theme(ctx)  # the story stands for the article's point, not its paragraph's
            else:
                theme = unit.theme or _list_theme(ctx, unit) or _block_theme(ctx, unit)
            if theme is not None:
                # "the word “trust”" names the word itself;
                # elsewhere it reads as a noun ("our conversations").
                value = theme.label if family.name == "icebreaker_word" else ctx.theme_noun(theme)
        elif slot == "quote" and p is not None:
            limit = MAX_QUOTED_QUESTION_WORDS if p.role == "reader_question" else 17
            verbatim = p.role in ("reader_question", "instruction") or family.name in _COLUMN
            if verbatim and (family.name != "counsel_moment"):
                s, e = tidy(text, p.start, p.end, cut=False)
                if p.role == "reader_question":
                    asked = next((q for q in ctx.analysis.questions if p.start <= q.start < p.end), None)
                    if asked is not None:
                        s, e = asked.start, asked.end
                if p.role == "instruction" and p.object_end is not None and family.name == "counsel_other":
                    e = tidy(text, p.start, p.object_end, cut=False)[1]
                ordinal = _ORDINAL_LEAD.match(text, s, e)
                if p.role == "instruction" and ordinal is not None:
                    s = ordinal.end()  # "Third, ask what your spouse needs": the counsel, not its place
                q = Quote(text[s:e], s, e)
                if len(q.text.split()) > limit or (group and ctx.private_between(s, e)):
                    return None
                shown = q.text + ("" if q.text.endswith(("?", ".", "!")) else ".")
                shown = shown[0].upper() + shown[1:] if shown[:1].islower() else shown
                value, source = display(shown, lang), q
            elif family.name == "counsel_moment":
                span = _action(ctx, unit)
                if (
                    span is None
                    or "," in text[span[0] : span[1]]  # a run of examples, not one thing to picture
                    or _leans_back(ctx, text[span[0] : span[1]], span[0])
                    or phrasing.dangles(text[span[0] : span[1]])
                    or re.search(r"\b(?:its|it|them|they|their)\b", text[span[0] : span[1]], re.I)
                ):
                    return None
                source = Quote(text[span[0] : span[1]], *span)
                value = display(source.text, lang)
            else:
                framed = _LABEL.match(p.text)  # "here's what I would tell you: the distance isn't ..."
                start = p.start + framed.end() if framed and framed.end() < len(p.text) - 12 else p.start
                found = ctx.quote(start, p.end, group=group, max_words=limit, whole=True)
                if found is None or (family.name in _WHOLE_SENTENCE and not _is_whole(ctx, found, p)):
                    return None
                if family.name in _WHOLE_SENTENCE and _LEANS_ON.search(found.text):
                    return None  # "Real friendship needs more than that": "that" is in the sentence before
                value, source = display(found.text, lang), found
        elif slot == "said":
            key_words = _key_words(ctx, unit, voice)
            if key_words is not None:
                shown = key_words.text[0].upper() + key_words.text[1:]
                if lang == "en":  # (in Spanish the stop goes after the closing quote, in the wording)
                    shown += "" if shown.endswith((".", "!")) else "."
                value, source = display(shown, lang), key_words
        elif slot == "conditions":
            paths = _paths(ctx)
            conditions = [display(condition[0].upper() + condition[1:], lang) for _, condition in paths]
            joiner = " o " if lang == "es" else " or "
            value = ", ".join(conditions[:-1]) + joiner + conditions[-1] if conditions else None
            if paths:
                first = paths[0][0]
                source = Quote(text[first.start : first.end], first.start, first.end)
        elif slot in ("x", "y") and p is not None:
            pair = _contrast(p.text)
            match = _CONTRAST.search(p.text)
            if pair is not None and match is not None:
                value = display(pair[0] if slot == "x" else pair[1], lang)
                s, e = p.start + match.start(), p.start + match.end()
                source = Quote(text[s:e], s, e)
                if group and ctx.private_between(s, e):
                    return None
        elif slot == "claim":
            value = _claim_clause(ctx, unit)
        elif slot == "moment":
            domain = ctx.domain_near(source.start, source.end)
            value = _choose(ctx.catalog.texts("moments", domain), source.text + family.name)
        elif slot == "action":
            value = _adapted_action(ctx, unit, voice)
            span = _action(ctx, unit)
            if span is not None:
                source = Quote(text[span[0] : span[1]], *span)
        elif slot in ("subject", "verb", "what", "negated") and p is not None and family.name == "instead":
            both = _instead(p.text)
            if both is not None:
                subject, verb, what, negated = both
                value = {
                    "subject": lower_start(ctx, subject),
                    "verb": verb,
                    "what": what,
                    "negated": negated,
                }[slot]
        elif slot in ("subject", "predicate") and p is not None:
            parsed = _definition(p.text, lang)
            if parsed is not None:
                value = lower_start(ctx, parsed[0]) if slot == "subject" else display(parsed[1], lang)
        elif slot in ("verb", "phrase") and p is not None and family.name == "more_than":
            more = _more_than(p.text, lang)
            if more is not None:
                value = {"verb": more[1], "phrase": display(more[2], lang)}[slot]
        elif slot == "subject" and p is not None:
            value = None
        elif slot == "items" and unit.list_unit is not None:
            listed = _item_texts(ctx, unit) or []
            quoted_items = [display(lower_start(ctx, i) or i, lang) for i in listed]
            joiner = " y " if lang == "es" else " and "
            value = ", ".join(quoted_items[:-1]) + joiner + quoted_items[-1] if quoted_items else None
        elif slot == "items" and p is not None:
            items = _colon_items(p.text)
            if items is not None:
                quoted = [display(i, lang) for i in items]
                joiner = " y " if lang == "es" else " and "
                value = ", ".join(quoted[:-1]) + joiner + quoted[-1]
        elif slot in ("who", "words") and family.name == "words_said":
            said = _words_said(ctx, unit)
            if said is not None:
                who, s, e = said
                if slot == "who":
                    # "my wife" is the author's wife ("su esposa": the author may be a woman).
                    mine = "The author’s " if lang == "en" else "Su "
                    value = who if who[:1].isupper() else mine + who.split()[1]
                else:
                    shown = text[s:e] + ("" if text[s:e].endswith(("?", ".", "!")) else ".")
                    value, source = display(shown, lang), Quote(text[s:e], s, e)
        elif slot == "people":
            value = _story_people(ctx, unit)
        elif slot == "negated" and p is not None:
            parsed3 = _distinction(p.text, lang)
            value = parsed3[2] if parsed3 else None
        elif slot == "view" and p is not None:
            value = _opposed_view(p.text, lang)
        elif slot == "count" and unit.list_unit is not None:
            n = len(unit.list_unit.items)
            value = ctx.catalog.table("numbers").get(str(n), str(n))
        elif slot == "noun" and unit.list_unit is not None:
            value = unit.list_unit.noun or ctx.catalog.text("lists", "noun")
        elif slot == "opening" and p is not None and family.name in ("own_story", "own_story_point"):
            s, e = tidy(text, p.start, p.end, cut=False)
            shown = text[s:e] + ("" if text[s:e].endswith(("?", ".", "!")) else ".")
            value, source = display(shown, lang), Quote(text[s:e], s, e)
        elif slot == "opening" and p is not None:
            end = ctx.article.blocks[p.block].end if family.name == "scene" else p.end
            opening = opening_words(text, p.start, end, count=7)
            if len(opening.text.split()) < 3:
                return None
            value, source = display(opening.text + "…", lang), opening
        elif slot == "ref" and unit.scripture is not None:
            value = unit.scripture.ref if lang == "en" else unit.scripture.text
        elif slot == "comment" and unit.usage is not None and unit.usage.comment is not None:
            s, e = unit.usage.comment
            # "That kind of love is built on ...": the verse just quoted is what "that" points to.
            comment = ctx.quote(s, e, group=group, max_words=16, whole=True, standalone=False)
            ends = tidy(text, s, e, cut=False)[1]
            if comment is None or (comment.end < ends and text[comment.end : comment.end + 1] not in ",;:—"):
                return None  # the whole comment, or its first clause: never a phrase cut from its middle
            value, source = display(comment.text, lang), comment  # the question stands on the author's words
        if slot == "subject" and p is not None and family.name == "more_than":
            more = _more_than(p.text, lang)
            value = lower_start(ctx, more[0]) if more else None
        if slot in ("subject", "verb") and p is not None and family.name == "distinction":
            parsed3 = _distinction(p.text, lang)
            if parsed3 is not None:
                value = lower_start(ctx, parsed3[0]) if slot == "subject" else parsed3[1]
        if value is None:
            return None
        slots[slot] = value
    if unit.kind == "list" and unit.list_unit is not None:
        source = _list_source(ctx, unit.list_unit)
    return slots, source


def _list_source(ctx: Context, unit: ListUnit) -> Quote:
    """What a question on a list points at: its lead-in, else its first item (the text under a heading)."""
    text = ctx.article.text
    if unit.lead is not None:
        return Quote(text[unit.lead.start : unit.lead.end], unit.lead.start, unit.lead.end)
    for start, end in unit.items:
        index = ctx.block_index(start)
        if ctx.article.blocks[index].kind == "heading":
            under = next((p for p in ctx.reading.passages if p.start >= end), None)
            if under is not None and under.usable:
                return Quote(under.text, under.start, under.end)
        elif ctx.reading.usable(start, end):
            return Quote(text[start:end], start, end)
    start, end = unit.items[0]
    return Quote(text[start:end], start, end)


# --- candidates --------------------------------------------------------------------------------------


def _bank_texts(ctx: Context, family: Family, unit: Unit) -> tuple[str, ...]:
    use = {
        "icebreaker": "icebreaker",
        "opener": "opener",
        "theme_apply": "apply",
        "theme_reflection": "reflection",
        "theme_hope": "hope",
    }.get(family.name)
    if use is not None and unit.theme is not None:
        entry = ctx.catalog.theme(unit.theme.label)
        return entry.uses(use) if entry is not None else ()
    if family.name == "topic_private" and unit.topic is not None:
        return ctx.catalog.texts("topic_questions", unit.topic.topic)
    return ()


_LEANING_QUESTION = re.compile(
    r"^\W*(?:what|how|why|where|when|who|which)\b[^?]*\b(?:that|this|those|these)\s+\w+|"
    r"^\W*(?:what|how|why|where|when|who|which)\b[^?]*\b(?:it|them|him|her)\W*\?$",
    re.I,
)
_BARE_WHY = re.compile(
    r"^\W*(?:why|how|why not|why or why not|why do you think (?:that is|so)|¿por qué|¿cómo|¿por qué no|"
    r"¿por qué crees que (?:es así|pasa eso))\s*\?\W*$",
    re.I,
)
"""A follow-up that is no question on its own ("Why?"): asked with the question before it."""


_SETUP = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:think (?:about|of|back)|imagine|picture|remember|recall|consider|"
    r"piensa en|imagina|recuerda)\b",
    re.I,
)


_UNTOLD = re.compile(
    r"\b(?:(?:haven['’]t|have not|never) told (?:anyone|anybody|a soul)|no one knows|nobody knows|"
    r"(?:a|your) secret|no le has contado a nadie|nadie sabe)\b",
    re.IGNORECASE,
)
"""A printed question that asks for what the reader has told no one: a reflection for one person, which
a group may be invited to share, never asked to."""


def _own_question(ctx: Context, family: Family, unit: Unit, voice: Voice) -> str | None:
    """The author's own question (``author_open``) or the article's printed one (``printed``), as asked."""
    p = unit.passage
    if p is None:
        return None
    if family.name in ("printed", "printed_personal"):
        if voice == "group" and _UNTOLD.search(p.text):
            return None  # "What is one heavy thing ... you haven't told anyone about?": for one reader alone
        body = _question_body(unit)
        if _BARE_WHY.match(body):
            return None
        after = [q for q in ctx.reading.passages if q.block == p.block and q.start >= p.end]
        if after and _BARE_WHY.match(after[0].text) and body.endswith("?"):
            # "Which son do you find it easier to identify with right now? Why?": one question.
            why = "y por qué" if ctx.language == "es" else "and why"
            body = f"{body[:-1]}, {why}?"
        before = [q for q in ctx.reading.passages if q.block == p.block and q.end <= p.start]
        # "What was different about that evening?" leans on the line before it, and "Think about the last
        # three meals ..." sets the question up: ask them together.
        leans = _LEANING_QUESTION.match(body) or (before and _SETUP.match(before[-1].text))
        if leans and before and len(words(before[-1].text)) <= 20:
            body = _question_body(Unit(unit.kind, 0, 0, 0, 0, passage=before[-1])) + " " + body
        elif before and before[-1].text.rstrip().endswith("?") and len(words(before[-1].text)) <= 20:
            # "What happens next?" after "When your teen grumbles, how do you respond?": one question in
            # two parts, asked as one ("..., how do you usually respond, and what happens next?")
            first = _question_body(Unit(unit.kind, 0, 0, 0, 0, passage=before[-1])).rstrip().rstrip("?")
            second = body.lstrip("¿")
            joiner = ", y " if ctx.language == "es" else ", and "
            keep = second.split()[0].strip(",") in _NOT_NAMES | {"I"} if second.split() else True
            body = first + joiner + (second if keep else second[:1].lower() + second[1:])
        body = body[: body.rfind("?") + 1] if "?" in body else body
        if not body:
            return None
        body = body[0].upper() + body[1:]
        body = _to_the_reader(body) if ctx.language == "en" else body
        if ctx.language == "es" and not body.startswith("¿"):
            body = "¿" + body[0].lower() + body[1:] if body[0].isupper() else "¿" + body
        return body
    asked = next((q for q in ctx.analysis.questions if p.start <= q.start < p.end), None)
    body = asked.text if asked is not None else p.text
    body = re.sub(r"^(?:so|and|but|then|y|pero|entonces)\b,?\s*", "", body, flags=re.I)
    body = body[: body.rfind("?") + 1] if "?" in body else body
    if ctx.language == "es":
        body = body if body.startswith("¿") else "¿" + body
        return body[0] + body[1:2].upper() + body[2:] if len(body) > 2 else body
    body = _to_the_reader(body) if ctx.language == "en" else body
    adapted = phrasing.adapt(body, "two" if voice == "couple" else "group")
    if not adapted:
        return None
    return adapted[0].upper() + adapted[1:]


_SELF = (
    (r"\bam I\b", "are you"),
    (r"\bI am\b", "you are"),
    (r"\bI['’]m\b", "you're"),
    (r"\bI['’]ve\b", "you've"),
    (r"\bI['’]ll\b", "you'll"),
    (r"\bI['’]d\b", "you'd"),
    (r"\bwas I\b", "were you"),
    (r"\bI was\b", "you were"),
    (r"\bI\b", "you"),
    (r"\bmyself\b", "yourself"),
    (r"\bmy\b", "your"),
    (r"\bMy\b", "Your"),
    (r"\bme\b", "you"),
    (r"\bmine\b", "yours"),
)


def _to_the_reader(question: str) -> str:
    """The author's question to themself ("which group am I standing with?", "Do I actually know how
    much I've been forgiven?") asked of the reader, as a preacher means it."""
    if not re.search(r"\b(?:I|me|my|myself)\b", question) or re.search(r"[“”\"«»]", question):
        return question  # (a question that quotes someone keeps their "I")
    for pattern, replacement in _SELF:
        question = re.sub(pattern, replacement, question)
    return question


def _make(
    ctx: Context,
    family: Family,
    unit: Unit,
    voice: Voice,
    text: str,
    source: Quote,
    variant: int,
) -> Candidate | None:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\b(try|trying) to try (?:to )?", r"\1 ", text)  # "try to" + counsel saying "try asking"
    if ctx.speaker != "author" and ctx.language == "en":
        # "The author asks" becomes "The preacher asks" in a sermon, "The columnist" in an advice column.
        who = ctx.catalog.text("speakers", ctx.speaker)
        default = ctx.catalog.text("speakers", "author")
        text = text.replace(default[0].upper() + default[1:], who[0].upper() + who[1:]).replace(default, who)
    if ctx.language == "es":
        text = re.sub(
            r"\b([Dd]e|[Aa]) el\b",
            lambda m: (
                ("del" if m.group(1).lower() == "de" else "al")
                if m.group(1).islower()
                else ("Del" if m.group(1) == "De" else "Al")
            ),
            text,
        )
    if problems(text):
        return None
    if voice == "group" and family.name in _ASKED_OF_ONESELF and _FOR_TWO.search(source.text):
        return None  # "Did either of you reach out first?": asked of a couple, not of each person in a room
    if any(
        t.topic == "abuse" and any(s.start < source.end and source.start < s.end for s in t.spans)
        for t in ctx.analysis.sensitive
    ) or ABUSE_WORDS.search(text):
        return None  # no audience discusses abuse together: a joint conversation can put someone at risk
    if not ctx.faith and find_faith_words(text):
        return None
    own = unquoted(text)  # what the question quotes is the source, already weighed by its span
    in_text = find_sensitive(own, language=ctx.language) if _MAYBE_SENSITIVE.search(own) else []
    sensitive = ctx.analysis.sensitive
    levels: list[Intensity] = [intensity_between(sensitive, source.start, source.end)]
    levels += [span.intensity for t in in_text for span in t.spans]
    if unit.topic is not None:
        levels.append(unit.topic.intensity)
    if family.kind == "reflection" and voice == "couple":
        levels.append("medium")
    private = is_private_between(sensitive, source.start, source.end) or any(
        is_private(t.topic, span.intensity) for t in in_text for span in t.spans
    )
    if unit.topic is not None and family.name == "topic_private":
        private = True
    value, reasons = score(ctx, family, unit, text, variant)
    return Candidate(
        text=text,
        family=family.name,
        kind=family.kind,  # type: ignore[arg-type]
        source=source,
        voice=voice,
        score=value,
        reasons=reasons,
        intensity=max(levels, key=rank),
        private=private,
        block=ctx.block_index(source.start),
        separately=family.separately and voice == "couple",
        about_wording=family.about_wording,
        unit_kind=unit.kind,
        topic=unit.topic.topic if unit.topic is not None else None,
    )


MAX_UNITS = 8
"""A family asks about at most this many passages, the most central first: a guide uses one of them, and a
long article should not cost more to plan than a short one."""


def family_candidates(ctx: Context, family: Family, voice: Voice) -> Iterator[Candidate]:
    """The questions ``family`` can ask in ``voice``: on each passage it may stand on (the most central
    first, at most :data:`MAX_UNITS` of them; every one of the article's own printed questions), in the
    first of its wordings that reads well there."""
    if voice not in family.voices:
        return
    eligible = [u for u in ctx.units if u.kind in family.stands_on]
    own = family.name in ("printed", "printed_personal")
    if not own:
        eligible.sort(key=lambda u: (-u.strength, u.start))
    asked = 0
    for unit in eligible:
        if asked >= MAX_UNITS and not own:
            break
        if not all(CHECKS[name](ctx, unit, voice) for name in family.requires):
            continue
        before = asked
        for made in _unit_candidates(ctx, family, unit, voice):
            asked += asked == before
            yield made
            break


def _unit_candidates(ctx: Context, family: Family, unit: Unit, voice: Voice) -> Iterator[Candidate]:
    """The questions of ``family`` on one unit, in the order of its wordings (the caller takes the first)."""
    bank = _bank_texts(ctx, family, unit)
    if bank:
        source = Quote(ctx.article.text[unit.start : unit.end], unit.start, unit.end)
        for index, text in enumerate(_rotated(bank, unit.theme.label if unit.theme else family.name)):
            made = _make(ctx, family, unit, voice, text, source, index)
            if made is not None:
                yield made
        return
    if family.name in ("author_open", "printed", "printed_personal"):
        own = _own_question(ctx, family, unit, voice)
        p = unit.passage
        if own is not None and p is not None:
            made = _make(ctx, family, unit, voice, own, Quote(p.text, p.start, p.end), 0)
            if made is not None:
                yield made
        return
    wordings = ctx.catalog.wordings(family.name, voice)
    filled = fill(ctx, family, unit, voice) if wordings else None
    if filled is None:
        return
    slots, source = filled
    for index, wording in enumerate(_rotated(wordings, source.text + family.name)):
        made = _make(ctx, family, unit, voice, wording.format_map(slots), source, index)
        if made is not None:
            yield made


def _rotated(options: tuple[str, ...], seed: str) -> list[str]:
    """The options in a stable order that depends on ``seed``, so different sources vary the wording."""
    if not options:
        return []
    first = zlib.crc32(seed.encode("utf-8")) % len(options)
    return list(options[first:] + options[:first])


def candidates(ctx: Context, voice: Voice, names: tuple[str, ...] | None = None) -> list[Candidate]:
    """Every candidate for ``voice`` from the named families (all when None), best first.

    Each family's candidates are made once per guide and voice (a guide asks for the same family in
    several of its parts).
    """
    table = families()
    chosen = [table[n] for n in names] if names is not None else list(table.values())
    pool: list[Candidate] = []
    for family in chosen:
        key = (family.name, voice)
        made = ctx.made.get(key)
        if made is None:
            made = ctx.made[key] = tuple(family_candidates(ctx, family, voice))
        pool += made
    return sorted(pool, key=lambda c: (-c.score, c.source.start, c.text))
