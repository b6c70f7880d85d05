"""Is a reader comment spam? A deterministic judgement with reasons a reader can check.

Each signal found in the comment adds a weight; the comment is spam when the
total reaches :data:`SPAM_THRESHOLD`. The weights are set so that no single
*soft* sign condemns a comment, while one *hard* sign may:

Hard signs (somebody is selling something or gaming search engines):

* unrendered spintax ``{Hey|Hola|Hi}``: a spam template posted before its
  choices were filled in (1.2, enough on its own);
* link bait, "click here", "visit my site" (1.0);
* keyword stuffing: a short keyword phrase hanging off the end of the
  comment ("...I agree.slim tea", "...shared here... payday loans") -- glued
  on without a space (0.6), a bare phrase with no little words to tie it
  into a sentence (0.4 more when glued), a phrase from the adult, dating,
  gambling, pharmacy or loan trade in that tail (1.0), or the tail in another
  alphabet (0.5);
* such a trade phrase anywhere else (0.7), and promotion: services, prices,
  "buy now", "contact us" (0.6 each, up to 1.2).

Soft signs (common in spam, but real readers do them too):

* generic praise that could sit under any post: "thanks for sharing",
  "valuable content", "I'll bookmark your blog", "you have provided here",
  superlatives with nothing behind them (0.15 to 0.7 a phrase, up to 1.5);
* a link (0.5, and 0.3 for each further one);
* a switch of language (0.6) or writing system (0.7) away from the article's;
* a tail phrase without final punctuation (0.4).

Soft signs are offset by specificity: each word the comment shares with the
article's own vocabulary (not common words, not praise) takes 0.25 off the
soft total, up to 0.8. So "Nice post - tough topic - useful tips." (two
mild praise phrases, 0.6) stays genuine, as does a thank-you that names something
the post said, while a paragraph stacking five stock compliments is spam.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from guides.language import detect_language, script_of

SPAM_THRESHOLD = 1.0
"""A comment whose weighted signals reach this is spam."""


@dataclass(frozen=True)
class SpamVerdict:
    """Whether a comment is spam, and why, in words a reader understands."""

    spam: bool
    reason: str
    score: float = 0.0
    signals: tuple[str, ...] = ()
    """Short names of the signals found ("link bait", "generic praise", ...)."""


@dataclass(frozen=True)
class _Signal:
    name: str
    weight: float
    hard: bool
    detail: str


_SPINTAX = re.compile(r"\{[^{}|\n]{1,80}(?:\|[^{}|\n]{0,80})+\}")
# A bare domain counts only in lower case and with a web-only ending, so that a
# missing space ("for us.It was") is not taken for a link.
# A domain starts only where a run of letters, digits, dots and hyphens starts, and its labels are taken
# without backtracking: "x.x.x.x..." for 60 KB, tried from every letter, took seconds per comment.
_TLD = r"(?:com|net|org|info|biz|xyz|ru|shop|site|online|top|club|store|link)"
_URL = re.compile(
    r"\b(?i:https?://)\S+|\b(?i:www)\.\S+"
    rf"|(?<![\w.-])[a-z0-9][a-z0-9-]*+(?:\.(?!{_TLD}\b)[a-z0-9-]++)*+\.{_TLD}\b(?:/\S*)?"
)
_LINK_BAIT = re.compile(
    r"\b(?:click (?:here|the link|this link|on (?:the|this) link)|"
    r"visit (?:my|our) (?:site|website|blog|page|store|shop|profile)|check out my \w+|"
    r"(?:read|learn|find out|see) more (?:at|on) (?:my|our|https?|www)|"
    r"for more (?:info|information|details|quotes|tips|ideas) (?:visit|click|go|see|check)|"
    r"haz clic aquí|pincha aquí|visita (?:mi|nuestro|nuestra) \w+)",
    re.IGNORECASE,
)
_TRADE = re.compile(
    r"\b(?:only ?fans|escorts?|porn\w*|xxx|sex (?:chat|cams?|dating)|adult (?:dating|chat)|hook ?ups?|"
    r"looking for (?:girls|women|men|a girl|a woman|singles)|hot (?:girls|singles)|"
    r"casinos?|poker|slot machines?|betting|viagra|cialis|pharmacy|diet pills|cheap pills|"
    r"payday loans?|cash loans?|loans? online|no credit check|bitcoin|crypto(?:currency)?|forex|"
    r"replica (?:watches|bags)|weight loss|essay writing|buy followers)\b",
    re.IGNORECASE,
)
_PROMOTION = re.compile(
    r"\b(?:(?:our|my) (?:services|products|company|agency|online store|shop)|we (?:offer|provide|sell)|"
    r"(?:buy|order) (?:now|online|today|cheap)|best price|discount|\d+ ?% off|free (?:trial|shipping)|"
    r"call (?:us|now)|whatsapp|contact us|hire (?:us|me)|guaranteed approval|seo services)\b"
    r"|[$€£]\s?\d",
    re.IGNORECASE,
)
# Stock compliments that fit under any post, with how strongly each suggests a template.
_PRAISE: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), weight)
    for pattern, weight in (
        (
            r"\bthanks? (?:you )?(?:so much )?for (?:sharing|posting|(?:this|the|these|your) (?:\w+ )?"
            r"(?:post|article|info|information|insights?|tips|content|blog))",
            0.3,
        ),
        (r"\bvaluable (?:content|info|information|insights?|post|article|tips|data|knowledge)", 0.5),
        (r"\byou(?: have|['’]ve) (?:so )?(?:provided|shared|posted|written) (?:here|us)?", 0.5),
        (r"\bwebmasters and bloggers|\ball (?:the )?(?:webmasters|bloggers)", 0.7),
        (
            r"\bbookmark(?:ed|ing)? (?:your|this|the) (?:blog|site|website|page|post|article)"
            r"|\bi(?:['’]ll| will) bookmark|\badded (?:it |you )?to (?:my )?(?:bookmarks|favou?rites)",
            0.5,
        ),
        (r"\b(?:take|grab|subscribe to|follow) (?:the|your) (?:rss )?feeds?", 0.5),
        (
            r"\b(?:i(?:['’]ll| will)|will) (?:be sure to |definitely )?"
            r"(?:come back|visit again|be back|return)"
            r"|\bcome back (?:later|again|for more)",
            0.4,
        ),
        (
            r"\bkeep (?:it )?up the (?:good|great|nice) work|\bkeep (?:it up|posting|writing|sharing)"
            r"|\bcontinue (?:to do your work|writing|posting|the good work|your work)",
            0.4,
        ),
        (
            r"\b(?:so )?(?:many|much|lots of|a lot of) useful (?:info|information|things|tips)"
            r"|\buseful info\b",
            0.4,
        ),
        (r"\bin-?depth (?:information|info|knowledge)", 0.4),
        (r"\b(?:this|your|the) (?:article|post|blog) (?:gives|provides|has given|contains)", 0.3),
        (r"\bthis is (?:a )?(?:very |really |so )?(?:nice|good|great|helpful|informative)\b", 0.3),
        (r"\bi am (?:just |so )?(?:amazed|impressed)|\bhappy to find\b", 0.3),
        (r"\b(?:such|very) (?:an? )?(?:amazing|helpful|informative|nice|great)\b", 0.2),
        (r"\bi (?:really )*(?:love|loved|like|liked|enjoyed) (?:it|this|reading)", 0.2),
        (r"\bstands? out (?:of|from) the (?:herd|crowd|rest)", 0.4),
        (r"\bthere is something special about", 0.3),
        (r"\byour (?:projects?|works?|site|website|content|articles|posts|writings?)\b", 0.3),
        (r"\bgracias por (?:compartir|la información|el artículo)", 0.3),
        (r"\binformación (?:muy )?valiosa|\bcontenido (?:muy )?valioso", 0.5),
        (r"\b(?:volveré|seguiré visitando|guardaré (?:en|como) favoritos)", 0.4),
    )
)
_PRAISE_PAIR = re.compile(
    r"\b(?:great|nice|good|amazing|awesome|excellent|wonderful|fantastic|informative|helpful|useful|"
    r"interesting|superb|brilliant|fabulous|lovely|beautiful|excelente|buen[oa]?|gran)"
    r"(?: and \w+)? (?:post|article|blog|content|info|information|read|writing|piece|site|website|one|"
    r"stuff|work|job|tips|artículo|entrada|información)\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:wow|amazing|amazed|awesome|excellent|wonderful|fantastic|brilliant|superb|outstanding|"
    r"incredible|impressive|special|marvell?ous|excelente|increíble)\b",
    re.IGNORECASE,
)
_GLUED = re.compile(r"[^\W\d_]{3,}[.!?](?=[^\W\d_A-Z]{3,})")
_TAIL = re.compile(r"(?:[.!?…,;]+|\.\.+|\s[-–—]\s)\s*(?P<tail>[^.!?…,;]+?)\s*$")
_FINAL_MARK = re.compile(r"[.!?…)\]\"'”’»:;]\s*$|[^\w\s]\s*$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_EXPECTED_SCRIPT = {
    "en": "LATIN",
    "es": "LATIN",
    "pt": "LATIN",
    "fr": "LATIN",
    "de": "LATIN",
    "ru": "CYRILLIC",
    "el": "GREEK",
    "he": "HEBREW",
    "ar": "ARABIC",
}
_LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "ru": "Russian",
    "el": "Greek",
    "he": "Hebrew",
    "ar": "Arabic",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
}
# Words that tie a phrase into a sentence; a keyword phrase has none of them.
_FUNCTION_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "for",
        "on",
        "with",
        "at",
        "by",
        "from",
        "you",
        "your",
        "i",
        "me",
        "my",
        "we",
        "our",
        "it",
        "this",
        "that",
        "is",
        "are",
        "was",
        "be",
        "so",
        "el",
        "la",
        "los",
        "las",
        "de",
        "que",
        "y",
        "en",
        "un",
        "una",
        "por",
        "con",
        "para",
    }
)
# Words too common or too vague to show that a comment read the post.
_VAGUE = frozenset(
    {
        "about",
        "above",
        "after",
        "again",
        "against",
        "almost",
        "along",
        "already",
        "although",
        "always",
        "among",
        "another",
        "anything",
        "around",
        "because",
        "before",
        "being",
        "below",
        "between",
        "beyond",
        "cannot",
        "could",
        "doing",
        "during",
        "either",
        "every",
        "everyone",
        "everything",
        "first",
        "found",
        "getting",
        "going",
        "great",
        "having",
        "however",
        "really",
        "right",
        "since",
        "someone",
        "something",
        "sometimes",
        "still",
        "their",
        "there",
        "these",
        "thing",
        "things",
        "think",
        "those",
        "though",
        "three",
        "through",
        "today",
        "under",
        "until",
        "where",
        "which",
        "while",
        "whole",
        "would",
        "write",
        "wrote",
        "years",
        "article",
        "articles",
        "thanks",
        "thank",
        "sharing",
        "share",
        "shared",
        "posts",
        "blogs",
        "blogger",
        "bloggers",
        "content",
        "information",
        "useful",
        "valuable",
        "amazing",
        "awesome",
        "excellent",
        "wonderful",
        "helpful",
        "other",
        "others",
        "people",
        "person",
        "place",
        "point",
        "points",
        "world",
        "makes",
        "making",
        "little",
        "maybe",
        "might",
        "never",
        "should",
        "often",
        "topic",
        "reading",
        "reader",
        "readers",
        "author",
    }
)


def classify_comment(
    text: str, *, article_language: str | None, article_text: str | None = None
) -> SpamVerdict:
    """Judge one reader comment; ``reason`` says why in plain words, spam or not.

    ``article_language`` is the article's two-letter language code, used to
    notice a comment in another language or alphabet. ``article_text``, when
    given, lets a comment that mentions the post's own subject count as
    specific rather than generic.
    """
    body = " ".join(text.replace("’", "'").replace("‘", "'").split())
    if not body:
        return SpamVerdict(spam=False, reason="Empty comment.", score=0.0)
    signals = _signals(body, article_language)
    shared = _shared_words(body, article_text) if article_text else []
    credit = min(0.8, 0.25 * len(shared))
    hard = sum(s.weight for s in signals if s.hard)
    soft = sum(s.weight for s in signals if not s.hard)
    score = round(hard + max(0.0, soft - credit), 2)
    spam = score >= SPAM_THRESHOLD
    names = tuple(dict.fromkeys(s.name for s in signals))
    return SpamVerdict(spam=spam, reason=_reason(spam, signals, shared), score=score, signals=names)


def _signals(body: str, article_language: str | None) -> list[_Signal]:
    found: list[_Signal] = []
    spintax = _SPINTAX.search(body)
    if spintax:
        found.append(
            _Signal(
                "spintax",
                1.2,
                True,
                f"a spam template posted unfilled ({_q(spintax.group(0))}): "
                "a program's choices of words, left in braces",
            )
        )
    bait = _LINK_BAIT.search(body)
    if bait:
        found.append(_Signal("link bait", 1.0, True, f"link bait ({_q(_around(body, bait))})"))
    links = _URL.findall(body)
    if links:
        found.append(
            _Signal(
                "link", 0.5 + 0.3 * (len(links) - 1), False, f"{_count(len(links), 'link')} ({_q(links[0])})"
            )
        )
    found.extend(_tail_signals(_URL.sub(" ", body)))
    tail_trade = any(s.name == "keyword stuffing" and "advertising words" in s.detail for s in found)
    trade = _TRADE.search(body)
    if trade and not tail_trade:
        found.append(_Signal("trade words", 0.7, True, f"advertising words ({_q(trade.group(0))})"))
    promotions = list(dict.fromkeys(m.group(0) for m in _PROMOTION.finditer(body)))
    if promotions:
        found.append(
            _Signal(
                "promotion",
                min(1.2, 0.6 * len(promotions)),
                True,
                f"promotion ({', '.join(_q(p) for p in promotions[:3])})",
            )
        )
    praise, phrases = _praise(body)
    if praise:
        found.append(
            _Signal(
                "generic praise",
                praise,
                False,
                f"generic praise that could sit under any post ({', '.join(_q(p) for p in phrases[:4])})",
            )
        )
    found.extend(_language_signals(body, article_language))
    return found


def _tail_signals(body: str) -> list[_Signal]:
    """A short keyword phrase hanging off the end of the comment."""
    if _FINAL_MARK.search(body):
        return []
    match = _TAIL.search(body)
    if not match:
        return []
    tail = match.group("tail").strip()
    words = tail.split()
    before = body[: match.start("tail")]
    if not 1 <= len(words) <= 5 or len(before.split()) < 6:
        return []
    glued = bool(_GLUED.search(body[max(0, match.start("tail") - 12) : match.start("tail") + 4]))
    trade = _TRADE.search(tail)
    tail_script = script_of(tail)
    body_script = script_of(before)
    other_script = bool(tail_script and body_script and tail_script != body_script) or _mixed_script(tail)
    # A keyword phrase is bare: nouns and adjectives, no "for", "the", "you" to tie it to a sentence.
    bare = glued and len(words) >= 2 and not any(w.lower() in _FUNCTION_WORDS for w in words)
    weight = (1.0 if trade else 0.0) + (0.6 if glued else 0.0) + (0.4 if bare else 0.0)
    weight += 0.5 if other_script else 0.0
    loose = _Signal("tail phrase", 0.4, False, f"it ends on a loose phrase with no punctuation ({_q(tail)})")
    if not weight:
        return [] if _LINK_BAIT.search(tail) else [loose]
    how = [
        part
        for part, present in (
            ("advertising words", trade),
            ("glued to the last sentence without a space", glued),
            ("a bare keyword phrase", bare),
            ("in another alphabet", other_script),
        )
        if present
    ]
    return [
        _Signal(
            "keyword stuffing",
            weight,
            True,
            f"keyword stuffing: {_q(tail)} tacked onto the end ({', '.join(how)})",
        ),
        _Signal("keyword stuffing", 0.4, False, ""),
    ]


def _praise(body: str) -> tuple[float, list[str]]:
    total = 0.0
    phrases: list[str] = []
    for pattern, weight in _PRAISE:
        match = pattern.search(body)
        if match:
            total += weight
            phrases.append(match.group(0).strip())
    pairs = list(dict.fromkeys(m.group(0).lower() for m in _PRAISE_PAIR.finditer(body)))
    if pairs:
        total += min(0.6, 0.3 * len(pairs))
        phrases.extend(pairs)
    supers = list(dict.fromkeys(m.group(0).lower() for m in _SUPERLATIVE.finditer(body)))
    if supers:
        total += min(0.45, 0.15 * len(supers))
        phrases.extend(s for s in supers if not any(s in p.lower() for p in phrases))
    distinct = [p for p in phrases if not any(p != q and p.lower() in q.lower() for q in phrases)]
    return min(total, 1.5), distinct


def _language_signals(body: str, article_language: str | None) -> list[_Signal]:
    if not article_language:
        return []
    script = script_of(body)
    expected = _EXPECTED_SCRIPT.get(article_language)
    if script and expected and script != expected:
        return [
            _Signal(
                "other alphabet",
                0.7,
                False,
                f"written in another alphabet ({script.lower()}) than the article",
            )
        ]
    words = _WORD.findall(body)
    if len(words) < 6:
        return []
    language = detect_language(_SPINTAX.sub(lambda m: m.group(0).strip("{}").split("|")[0], body))
    if language and language != article_language:
        name = _LANGUAGE_NAMES.get(language, language)
        article = _LANGUAGE_NAMES.get(article_language, article_language)
        return [_Signal("other language", 0.6, False, f"written in {name} under an article in {article}")]
    return []


def _shared_words(body: str, article_text: str) -> list[str]:
    """Topic words of the article that the comment uses too."""
    article_words = _article_words(article_text)
    shared: list[str] = []
    for word in _WORD.findall(body.lower()):
        stem = _stem(word)
        if len(word) >= 5 and word not in _VAGUE and stem in article_words and stem not in shared:
            shared.append(stem)
    return shared


@functools.lru_cache(maxsize=4)
def _article_words(article_text: str) -> frozenset[str]:
    # Cached: every comment under one article is checked against the same text.
    return frozenset(_stem(w) for w in set(_WORD.findall(article_text.lower())) if len(w) >= 5)


def _stem(word: str) -> str:
    word = word.removesuffix("'s")
    return word[:-1] if len(word) > 5 and word.endswith("s") else word


def _mixed_script(text: str) -> bool:
    scripts = set()
    for ch in text:
        if ch.isalpha():
            scripts.add(unicodedata.name(ch, "?").split(" ", 1)[0])
    return len(scripts) > 1


def _reason(spam: bool, signals: list[_Signal], shared: list[str]) -> str:
    details = [s.detail for s in sorted(signals, key=lambda s: (not s.hard, -s.weight)) if s.detail]
    if spam:
        return "Spam: " + "; ".join(details) + "."
    specific = f"it mentions things the post talks about ({', '.join(_q(w) for w in shared[:3])})"
    if not signals:
        base = "Genuine: no links, advertising, keywords or template phrases"
        return base + (f"; {specific}." if shared else ".")
    weak = "; ".join(details)
    if shared:
        return f"Genuine: {specific}, which outweighs the weak signs of spam — {weak}."
    return f"Genuine: only weak signs of spam — {weak} — not enough to call it spam."


def _around(body: str, match: re.Match[str]) -> str:
    """The match with the rest of its clause, for quoting in a reason."""
    end = match.end()
    stop = re.search(r"[.!?,;:](?:\s|$)|$", body[end:])
    tail = body[end : end + (stop.start() if stop else 0)]
    return (match.group(0) + tail).strip()[:90]


def _q(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:57] + '…' if len(text) > 60 else text}”"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
