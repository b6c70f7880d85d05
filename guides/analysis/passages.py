"""Themes, key passages and the big idea of an article.

Themes are the content words the article keeps returning to, weighed by how
often and how widely they occur (a word in every paragraph matters more than
one repeated in a single list) and by the title. A sentence's centrality is
how much of that theme weight it carries; the key passages are the most
central sentences that also read well on their own when quoted, and the big
idea is the first of them that states something ("Trust is ...") rather than
narrates.

Everything is frequency counting on one article: no corpus, no model, the
same answer every time.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from guides.analysis.sentences import Sentence
from guides.analysis.spans import Spans
from guides.article import Article, Block

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

_STOP_EN = frozenset(
    {
        "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although", "always",
        "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "aren't", "around", "as",
        "at", "away", "back", "be", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't",
        "doing", "don't", "done", "down", "during", "each", "either", "else", "enough", "even", "ever",
        "every", "everyone", "everything", "few", "for", "from", "further", "get", "gets", "getting", "give",
        "given", "go", "goes", "going", "gone", "got", "had", "hadn't", "has", "hasn't", "have", "haven't",
        "having", "he", "he'd", "he'll", "he's", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "instead", "into", "is", "isn't",
        "it", "it's", "its", "itself", "just", "least", "less", "let", "like", "likely", "little", "lot",
        "lots", "made", "make", "makes", "making", "many", "may", "maybe", "me", "might", "mine", "more",
        "most", "much", "must", "my", "myself", "need", "needs", "never", "no", "nor", "not", "nothing",
        "now", "of", "off", "often", "on", "once", "one", "ones", "only", "onto", "or", "other", "others",
        "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "put", "quite",
        "rather", "really", "said", "same", "say", "says", "see", "seem", "seems", "several", "shall", "she",
        "she'd", "she'll", "she's", "should", "shouldn't", "since", "so", "some", "someone", "something",
        "sometimes", "still", "such", "sure", "take", "takes", "than", "that", "that's", "the", "their",
        "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll",
        "they're", "they've", "thing", "things", "think", "this", "those", "though", "through", "throughout",
        "thus", "to", "together", "too", "toward", "towards", "under", "unless", "until", "up", "upon", "us",
        "use", "used", "very", "via", "want", "wants", "was", "wasn't", "way", "ways", "we", "we'd", "we'll",
        "we're", "we've", "well", "were", "weren't", "what", "what's", "whatever", "when", "where", "whether",
        "which", "while", "who", "whole", "whom", "whose", "why", "will", "with", "within", "without",
        "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours",
        "yourself", "yourselves", "able", "already", "across", "actually", "anyway", "become", "becomes",
        "came", "come", "comes", "day", "days", "different", "find", "found", "first", "good", "great",
        "help", "keep", "kind", "know", "knows", "last", "long", "look", "looks", "new", "next", "old",
        "part", "place", "point", "right", "second", "seen", "sense", "show", "shows", "start", "started",
        "tell", "three", "time", "times", "try", "two", "year", "years", "week", "weeks"
    }
)
_STOP_ES = frozenset(
    {
        "a", "al", "algo", "algunos", "ante", "antes", "aquí", "así", "aun", "aunque", "cada", "como", "con",
        "contra", "cual", "cuando", "de", "del", "desde", "donde", "dos", "el", "ella", "ellas", "ellos",
        "en", "entre", "era", "eres", "es", "esa", "ese", "eso", "esta", "estaba", "estamos", "están",
        "estar", "este", "esto", "estos", "fue", "ha", "hace", "hacer", "han", "hasta", "hay", "la", "las",
        "le", "les", "lo", "los", "más", "me", "mi", "mis", "mucho", "muy", "nada", "ni", "no", "nos",
        "nosotros", "nuestra", "nuestro", "o", "otra", "otro", "para", "pero", "poco", "por", "porque",
        "puede", "qué", "que", "quien", "se", "ser", "si", "sí", "sin", "sino", "sobre", "son", "su", "sus",
        "también", "tan", "te", "tener", "tiene", "tienen", "todo", "todos", "tu", "tus", "tú", "un", "una",
        "uno", "unos", "vez", "y", "ya", "yo", "día", "días", "cosa", "cosas", "hoy", "solo", "sólo",
        "siempre", "nunca", "bien", "mejor", "cómo", "vida"
    }
)
# Words that recur in any article of this kind without being what it is about:
# the people involved and the vocabulary of writing about them.
_GENERIC = frozenset(
    {
        "partner", "partners", "spouse", "spouses", "husband", "husbands", "wife", "wives", "person",
        "people", "couple", "couples", "someone", "everyone", "anyone", "others", "author", "article", "post",
        "blog", "reader", "readers", "issue", "issues", "problem", "problems", "thing", "things", "area",
        "areas", "element", "elements", "factor", "factors", "role", "way", "ways", "lot", "term", "terms",
        "end", "rest", "answer", "question", "questions", "example", "examples", "reason", "reasons", "side",
        "today", "moment", "moments", "word", "words", "nights", "night", "evening", "evenings", "morning",
        "mornings", "verse", "verses", "chapter", "chapters",
        "passage", "passages", "text", "series", "session",
        "sessions", "sentence", "sentences", "door", "doors", "pareja", "parejas", "versículo", "versículos",
        "capítulo", "esposo", "esposa", "persona", "personas", "autor", "artículo",
        "alguien", "nadie", "dice", "dicen", "decir", "dijo", "hace", "hacer", "tiempo", "temporada", "cada",
        "mañana", "mañanas", "semana", "aunque", "todavía", "ahora", "mismo", "misma", "verdad"
    }
)
_NOUN_SUFFIXES = (
    "ness", "ity", "ment", "tion", "sion", "ance", "ence", "ship", "hood", "acy", "tude", "dom", "ism", "dad",
    "ción", "tud", "eza", "anza",
)
_DIVINE_NAMES = frozenset({"god", "jesus", "christ", "lord", "spirit", "dios", "jesús", "cristo", "señor"})
_SUBJECT_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "means", "takes", "grows", "needs", "es", "son", "era", "fue"}
)
_NOT_NOUN_SUFFIXES = ("ly", "ous", "ful", "ive", "less", "able", "ible", "ed", "mente")
_SPANISH_VERB_ENDINGS = ("amos", "emos", "imos", "aron", "ieron", "ábamos", "íamos", "aban", "ían")
"""Spanish verb forms (first person plural, past plural), which the noun test can let through."""
# Adjectives common enough in this kind of writing to slip through the noun test.
_ADJECTIVES = frozenset(
    {
        "difficult", "important", "healthy", "hard", "easy", "true", "real", "deep", "deeper", "honest",
        "whole", "strong", "stronger", "simple", "physical", "emotional", "spiritual", "mental", "personal",
        "social", "sexual", "financial", "medical", "daily", "small", "big", "little", "large", "special",
        "certain", "clear", "open", "close", "closer", "busy", "quiet", "afraid", "possible", "impossible",
        "difícil", "importante", "fuerte", "profundo", "profunda", "sencillo", "sencilla", "pequeño",
        "pequeña", "grande"
    }
)
_DETERMINERS = frozenset(
    {
        "a", "an", "the", "of", "in", "with", "for", "about", "our", "your", "their", "his", "her", "my",
        "this", "no", "any", "some", "more", "less", "without", "through", "from", "into", "by", "on",
        "el", "la", "los", "las", "de", "en", "con", "sin", "por", "para", "su", "sus", "tu", "nuestro",
        "nuestra"
    }
)
_WEAK_OPENERS = frozenset(
    {
        "it", "this", "that", "these", "those", "they", "he", "she", "them", "and", "but", "or", "so", "yet",
        "also", "then", "however", "because", "which", "ello", "esto", "eso", "esta", "ese", "y", "pero",
        "entonces"
    }
)


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case, with curly apostrophes made straight."""
    return list(_words(text))


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    # The same sentences are read by several stages (themes, passages, the reading, the families).
    return tuple(w.lower().replace("’", "'") for w in _WORD.findall(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem so that "trusting", "trusted" and "trusts" count as "trust", and
    "forgive", "forgiving" and "forgiveness" as one word.

    Deliberately crude and the same for every language: it only has to put
    the forms one article uses together, and it must never vary.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, keep in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(("amos", "emos", "imos")):
            break  # a Spanish verb ending, not a plural
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            if suffix == "es" and not w.endswith(("sses", "shes", "ches", "xes")):
                continue
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: -len(suffix)] + keep
            break
    for suffix in ("ness", "ization", "isation", "izing", "ising", "ize", "ise", "ing", "ed", "ment"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if suffix in {"ing", "ed"} and len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    # Spanish verb and gender endings ("esperar", "esperamos", "espera"), and the
    # English "-er" ("prayer" with "pray"): only on longer words, once.
    for suffix in ("amos", "emos", "imos", "ando", "iendo", "aron", "ieron", "ar", "er", "ir", "a", "o"):
        if w.endswith(suffix) and len(w) >= 6 and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if len(w) > 5 and w.endswith("y"):
        w = w[:-1]  # "apology" with "apologize"
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # "forgive" with "forgiving"
    return w


def is_content_word(word: str, language: str | None = None) -> bool:
    """Whether ``word`` (lower case) can carry a theme."""
    stops = _STOP_ES if language == "es" else _STOP_EN
    return len(word) >= 4 and word not in stops and word not in _GENERIC and "'" not in word


@dataclass(frozen=True)
class Theme:
    """A word the article keeps returning to.

    ``label`` is its most common form in the text ("trust"); ``spans`` are
    where any form of it occurs.
    """

    label: str
    stem: str
    weight: float
    spans: tuple[tuple[int, int], ...]
    noun: str = ""
    """How the theme reads in a sentence about it: "trust", but "arguments" (a count noun in the plural)."""

    @property
    def as_noun(self) -> str:
        return self.noun or self.label


# Nouns that read well bare ("about trust"); any other noun that is not
# abstract by its suffix is a count noun, and is used in the plural ("about arguments").
_MASS_NOUNS = frozenset(
    {
        "trust", "love", "hope", "grace", "mercy", "money", "work", "time", "faith", "rest", "prayer",
        "intimacy", "forgiveness", "patience", "anger", "fear", "grief", "joy", "peace", "help", "advice",
        "care", "food", "sleep", "sex", "marriage", "community", "church", "worship", "scripture", "truth",
        "honesty", "gratitude", "wisdom", "courage", "shame", "guilt", "pride", "humility", "generosity",
        "hospitality", "silence", "attention", "respect", "safety", "health", "stress", "debt", "connection",
        "communication", "weight", "repair", "kindness", "parenting", "dinner", "family", "home", "conflict",
        "unity", "restoration", "sin", "freedom", "power", "success", "failure", "change", "growth",
        "discipline", "comfort", "suffering", "waiting", "loss",
    }
)
_MASS_SUFFIXES = ("ness", "ity", "ance", "ence", "ship", "hood", "acy", "ism", "dom", "ing")


def _running_noun(label: str, forms: Counter[str], language: str | None) -> str:
    """The theme as the object of "about ...": bare for a mass noun, plural for a count noun."""
    if language == "es" or label[:1].isupper():
        return label
    if label in _MASS_NOUNS or label.endswith(_MASS_SUFFIXES):
        return label
    plural = next((f for f in sorted(forms) if f in {label + "s", label + "es", label[:-1] + "ies"}), None)
    if plural:
        return plural
    if label.endswith("s") or label in {"children", "people", "men", "women"}:
        return label
    if label.endswith(("ch", "sh", "x", "ss")):
        return label + "es"
    if label.endswith("y") and label[-2:-1] not in "aeiou":
        return label[:-1] + "ies"
    return label + "s"


@dataclass(frozen=True)
class KeyPassage:
    """A central, quotable sentence: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int
    score: float
    themes: tuple[str, ...]
    """Labels of the themes the sentence carries, strongest first."""


def find_themes(
    article: Article,
    *,
    language: str | None = None,
    limit: int = 6,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[Theme]:
    """The article's themes, strongest first.

    A theme must occur at least twice, in at least two blocks unless the
    article is a single block, and look like a noun somewhere in the text
    (after "the", "of", "your" ... or with a noun suffix), since the guide
    uses it as one ("Who taught you the most about trust?"). Headings count
    as blocks; words inside ``exclude`` (scripture references: "Galatians"
    is not a theme) do not count.
    """
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    capitalised: dict[str, bool] = {}
    blocks_with: dict[str, set[int]] = defaultdict(set)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    noun_like: set[str] = set()
    blocks = list(article.blocks)
    excluded = sorted(exclude)
    excluded_starts = [s for s, _ in excluded]
    stops = _STOP_ES if language == "es" else _STOP_EN
    for index, block in enumerate(blocks):
        matches = list(_WORD.finditer(block.text))
        for i, match in enumerate(matches):
            found = match.group(0)
            word = found.lower().replace("’", "'")
            # (is_content_word, spelt out: this loop runs once for every word of the article)
            if len(word) < 4 or word in stops or word in _GENERIC or "'" in word:
                continue
            start, end = match.span()
            if excluded and _inside(block.start + start, excluded, excluded_starts):
                continue
            key = stem(word)
            counts[key] += 1
            forms[key][word] += 1
            capitalised[key] = capitalised.get(key, True) and found[0].isupper()
            blocks_with[key].add(index)
            spans[key].append((block.start + start, block.start + end))
            if key not in noun_like and _reads_as_noun(block.text, matches, i, language):
                noun_like.add(key)
    title_stems = {stem(w) for w in words(article.title)}
    multi_block = len(blocks) > 1
    themes: list[Theme] = []
    for key, count in counts.items():
        # A word of the title counts as spread already: the article is about it.
        if count < 2 or (multi_block and len(blocks_with[key]) < 2 and key not in title_stems):
            continue
        label = _label(forms[key])
        if capitalised.get(key):
            if label not in _DIVINE_NAMES:
                continue  # a person or a place ("Paul", "Jerusalem") is not what a guide talks about
            label = label[0].upper() + label[1:]  # "God", "Dios"
        if key not in noun_like or label.endswith(_NOT_NOUN_SUFFIXES) or label.lower() in _ADJECTIVES:
            continue
        if language == "es" and label.endswith(_SPANISH_VERB_ENDINGS):
            continue  # "esperamos" (we waited): a verb, never a theme to ask about as hope
        spread = len(blocks_with[key]) / max(len(blocks), 1)
        weight = math.log1p(count) * (1.0 + spread) * (1.5 if key in title_stems else 1.0)
        themes.append(
            Theme(
                label=label,
                stem=key,
                weight=round(weight, 4),
                spans=tuple(spans[key]),
                noun=_running_noun(label, forms[key], language),
            )
        )
    themes.sort(key=lambda t: (-t.weight, t.label))
    return themes[:limit]


def _inside(offset: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether ``offset`` falls in one of ``spans`` (sorted, with their ``starts``)."""
    i = bisect_right(starts, offset) - 1
    return i >= 0 and offset < spans[i][1]


def _reads_as_noun(text: str, matches: Sequence[re.Match[str]], i: int, language: str | None) -> bool:
    """Whether the word at ``matches[i]`` closes a noun phrase here.

    A noun comes after a determiner or preposition ("with trust", "of
    intimacy") or has a noun suffix, and ends its phrase: punctuation or a
    function word follows it. An adjective is followed by its noun instead
    ("physical intimacy"), and "and" or "or" prove nothing ("physical and
    emotional").
    """
    word = matches[i].group(0).lower()
    previous = matches[i - 1].group(0).lower() if i > 0 else ""
    gap_before = text[matches[i - 1].end() : matches[i].start()] if i > 0 else "."
    following = matches[i + 1].group(0).lower() if i + 1 < len(matches) else ""
    if following in _SUBJECT_VERBS and any(mark in gap_before for mark in ".!?"):
        return True  # the subject of its sentence: "Gratitude is a habit."
    if previous not in _DETERMINERS and not word.endswith(_NOUN_SUFFIXES):
        return False
    gap = text[matches[i].end() : matches[i + 1].start()] if i + 1 < len(matches) else "."
    if gap.strip():
        return True
    following = matches[i + 1].group(0).lower().replace("’", "'")
    stops = _STOP_ES if language == "es" else _STOP_EN
    return following in stops and following not in {"and", "or", "y", "o", "e", "u"}


def _label(forms: Counter[str]) -> str:
    """The form to show: the most frequent, preferring ones that read as nouns."""

    def preference(item: tuple[str, int]) -> tuple[int, int, int, str]:
        form, count = item
        verbal = form.endswith(("ing", "ed", "ize", "ise"))
        noun = form.endswith(_NOUN_SUFFIXES)
        return (int(verbal), int(not noun), -count, form)

    return min(forms.items(), key=preference)[0]


def sentence_themes(text: str, themes: Sequence[Theme]) -> tuple[str, ...]:
    """The labels of the themes present in ``text``, strongest first."""
    stems = {stem(w) for w in words(text)}
    return tuple(t.label for t in themes if t.stem in stems)


def centrality(text: str, weights: dict[str, float], title_stems: set[str]) -> float:
    """How much theme weight a sentence carries, per word, so long sentences do not win by length."""
    stems = [stem(w) for w in words(text)]
    if not stems:
        return 0.0
    carried = sum(weights.get(s, 0.0) for s in set(stems))
    title = sum(0.5 for s in set(stems) if s in title_stems)
    return (carried + title) / math.sqrt(len(stems))


def _quotable(text: str, language: str | None) -> float:
    """A multiplier for how well a sentence stands alone when quoted."""
    n = len(words(text))
    if n < 5 or n > 40 or text.rstrip().endswith("?"):
        return 0.0
    factor = 1.0
    first = words(text)[0] if words(text) else ""
    if first in _WEAK_OPENERS:
        factor *= 0.55
    if n > 28:
        factor *= 0.7
    if any(q in text for q in "“”\"«»"):
        factor *= 0.6
    if first in {"i", "yo"}:
        factor *= 0.6  # the author's own story: vivid, but rarely the claim to discuss
    if re.search(r"\b(?:is|are|es|son)\b", text, re.IGNORECASE):
        factor *= 1.15
    return factor


def find_key_passages(
    article: Article,
    sentences: Sequence[Sentence],
    themes: Sequence[Theme],
    *,
    language: str | None = None,
    exclude: Sequence[tuple[int, int]] = (),
    limit: int = 5,
) -> list[KeyPassage]:
    """The most central, quotable sentences, best first, at most one per block."""
    weights = {t.stem: t.weight for t in themes}
    title_stems = {stem(w) for w in words(article.title) if is_content_word(w.lower(), language)}
    block_of = _block_finder(article)
    excluded = Spans(exclude)
    scored: list[KeyPassage] = []
    for sentence in sentences:
        block = block_of(sentence.start)
        if block is None or block.kind == "heading":
            continue
        if excluded.overlaps(sentence.start, sentence.end):
            continue
        quality = _quotable(sentence.text, language)
        if quality == 0.0:
            continue
        score = centrality(sentence.text, weights, title_stems) * quality
        if score <= 0:
            continue
        scored.append(
            KeyPassage(
                text=sentence.text,
                start=sentence.start,
                end=sentence.end,
                score=round(score, 4),
                themes=sentence_themes(sentence.text, themes),
            )
        )
    scored.sort(key=lambda p: (-p.score, p.start))
    chosen: list[KeyPassage] = []
    used_blocks: set[int] = set()
    for passage in scored:
        block = block_of(passage.start)
        key = block.start if block else passage.start
        if key in used_blocks:
            continue
        used_blocks.add(key)
        chosen.append(passage)
        if len(chosen) == limit:
            break
    return chosen


def _block_finder(article: Article) -> Callable[[int], Block | None]:
    """``article.block_at`` by bisection: a long article has hundreds of blocks."""
    starts = [b.start for b in article.blocks]

    def block_at(offset: int) -> Block | None:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < article.blocks[i].end:
            return article.blocks[i]
        return None

    return block_at


def find_big_idea(passages: Sequence[KeyPassage]) -> KeyPassage | None:
    """The key passage that best states the article's claim.

    Among the three strongest, a statement ("X is ...") with two themes in it
    beats a higher score without them.
    """
    if not passages:
        return None
    top = list(passages[:3])

    def claim(p: KeyPassage) -> tuple[int, float]:
        states = bool(re.search(r"\b(?:is|are|es|son)\b", p.text, re.IGNORECASE))
        return (int(states) + int(len(p.themes) >= 2), p.score)

    return max(top, key=claim)
