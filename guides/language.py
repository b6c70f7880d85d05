"""Which language a piece of text is written in.

Why our own: the guides care about a handful of languages (English, Spanish,
Portuguese, and enough others to notice a switch), and need an answer that is
deterministic, instant and offline on a dozen words. The langdetect family is
randomised and slow to load; a stop-word vote is stable and easy to explain.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to a in is it that you for this with are on be not was have as but "
        "your they we our their at by what from or will can my all if so do just when".split()
    ),
    "es": frozenset(
        "el la los las de que y en un una es por con para no se lo su al del como más "
        "pero sus le ya o este sí porque esta cuando muy sin sobre también estoy nos".split()
    ),
    "pt": frozenset(
        "o a os as de que e em um uma é do da dos das para com não se por mais ao na no "
        "como mas foi seu sua ou quando muito nos já eu também só pelo pela você".split()
    ),
    "fr": frozenset(
        "le la les de des et en un une est pour que qui dans ne pas sur au avec il elle "
        "nous vous ce cette sont du mais ou je tu".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den mit sich des auf für im dem ich sie es "
        "wir ihr auch wie aber oder".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def script_of(text: str) -> str | None:
    """The dominant writing system of the letters in ``text`` ("LATIN", "CYRILLIC", ...)."""
    counts: dict[str, int] = {}
    # Each distinct letter is named once: a page has thousands of letters but few distinct ones.
    for ch, n in Counter(text).items():
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else "UNKNOWN"
            counts[script] = counts.get(script, 0) + n
    if not counts:
        return None
    return max(sorted(counts), key=lambda s: counts[s])


def language_votes(text: str) -> dict[str, int]:
    """How many of the common function words of each Latin-script language ``text`` uses."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    return {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPWORDS.items()}


def detect_language(text: str) -> str | None:
    """A two-letter language code for ``text``, or None when it cannot tell.

    Latin-script text is voted on by common function words; other scripts map
    to their main language (Cyrillic to "ru", Greek to "el", ...).
    """
    script = script_of(text[:20000])
    if script is None:
        return None
    if script != "LATIN":
        return {"CYRILLIC": "ru", "GREEK": "el", "HEBREW": "he", "ARABIC": "ar", "CJK": "zh",
                "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko"}.get(script)
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return None
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPWORDS.items()}
    best = max(sorted(scores), key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0 or (len(words) > 6 and ranked[0] == ranked[1]):
        return None
    return best
