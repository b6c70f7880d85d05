"""The checks every question, note and big idea from a writer must pass.

They are the engine's own rules, applied to wording the engine did not
write: the question shape of :mod:`guides.guide.quality` (one open question,
short enough to read aloud, no fishing), its near-duplicate test, the
sensitivity rules the generator keeps (nothing private asked of a whole
group, no question about abuse for anyone, nothing deeper than the part
allows), faith elements only in a guide with faith, the guide's language, and
the reading stage: a quote must be the article's own words, found verbatim,
and stand on sentences a question may stand on (never a hedge, a reader's
letter, a promotion, a note or a cut-off fragment).

A check never repairs: what fails is refused with its reasons, and the
composer puts the rules writer's question in its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guides.analysis.analyze import Analysis, find_faith_words
from guides.analysis.reading import Role
from guides.analysis.sensitive import (
    Intensity,
    find_sensitive,
    intensity_between,
    is_private_between,
    private_words,
    rank,
)
from guides.article import Article
from guides.guide.families import ABUSE_WORDS
from guides.guide.plan import GuidePlan, Slot, speaks_to_a_machine
from guides.guide.quality import problems
from guides.guide.quotes import MIN_QUOTE_WORDS
from guides.language import language_votes
from guides.writers.quoting import Found, QuoteFinder
from guides.writers.reply import ProposedQuestion

MAX_NOTE_WORDS = 60
MAX_BIG_IDEA_WORDS = 35

_ROLE_WORDS: dict[Role, str] = {
    "headline": "the headline",
    "hedge": "a hedge (a possibility the author raises, not a claim)",
    "rhetorical": "a rhetorical question",
    "note": "a note on the text",
    "promo": "a promotion",
    "fragment": "a cut-off sentence",
    "junk": "page clutter",
    "letter": "a reader's letter",
}
_WEB = re.compile(r"https?://|www\.|\b[\w.-]+@[\w-]+\.\w|\b[\w-]+\.(?:com|org|net|io|ly)\b", re.IGNORECASE)
_MARKUP = re.compile(r"<[a-zA-Z/][^>]*>|\[[^\]]*\]\([^)]*\)|^#+\s|\*\*")
_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
_NOT_FAITH = {"es": frozenset({"sin"}), "pt": frozenset({"sin"})}
"""Faith words of one language that are everyday words in another (Spanish "sin" is "without")."""


def faith_words(text: str, language: str) -> list[str]:
    """The faith words in a writer's text, in the guide's language."""
    return [w for w in find_faith_words(text) if w not in _NOT_FAITH.get(language, frozenset())]


@dataclass(frozen=True)
class Grounded:
    """A question that passed: its exact source and how deep it goes."""

    source: Found
    intensity: Intensity


class Checker:
    """The checks for one plan, with the article's text normalised once for quote-finding."""

    def __init__(self, plan: GuidePlan, article: Article, analysis: Analysis) -> None:
        self.plan = plan
        self.article = article
        self.analysis = analysis
        self.finder = QuoteFinder(article.text)
        self._scripture = tuple((u.start, u.end) for u in analysis.scripture) + tuple(
            analysis.scripture_quotations
        )

    # --- questions ------------------------------------------------------------------------

    def question(self, slot: Slot, proposed: ProposedQuestion) -> tuple[Grounded | None, list[str]]:
        """The question's grounding when it passes every check, else None and what failed."""
        text = proposed.text
        reasons = self.wording(text)
        if slot.visibility == "everyone" and proposed.visibility in ("couple", "leader"):
            meant = proposed.visibility
            reasons.append(f"the writer meant it for the {meant} alone, and this part is for everyone")
        near = slot.suggestion or slot.source
        found = self.finder.find(proposed.quote, near=(near.start, near.end))
        if not proposed.quote:
            reasons.append("it quotes nothing from the article")
            return None, reasons
        if found is None:
            reasons.append("its quote is not in the article")
            return None, reasons
        reasons += self._standing(found)
        span = self._sentences(found)
        reasons += self._sensitivity(slot, text, span)
        if not self.plan.faith and (
            faith_words(text, self.plan.language) or self._on_scripture(found.start, found.end)
        ):
            reasons.append("it brings scripture or prayer into a guide without faith elements")
        if reasons:
            return None, reasons
        levels: list[Intensity] = [intensity_between(self.analysis.sensitive, *span)]
        levels += [s.intensity for t in find_sensitive(text, language=self.plan.language) for s in t.spans]
        return Grounded(found, max(levels, key=rank)), []

    def wording(self, text: str) -> list[str]:
        """What is wrong with a question's own words (shape, language, web addresses)."""
        reasons = list(problems(text))
        if not text.rstrip().endswith("?") and "not exactly one question mark" not in reasons:
            reasons.append("it does not end with a question mark")
        reasons += self._plain(text)
        return reasons

    def _standing(self, found: Found) -> list[str]:
        reasons: list[str] = []
        touched = self.analysis.reading.overlapping(found.start, found.end)
        whole = any(p.start >= found.start - 2 and p.end <= found.end + 2 for p in touched)
        if len(found.text.split()) < MIN_QUOTE_WORDS and not whole:
            reasons.append("its quote is too short to find the passage by")
        if not touched:
            reasons.append("its quote is not in the article's body")
        for passage in touched:
            if speaks_to_a_machine(passage.text):
                reasons.append("its quote stands on a sentence that gives instructions to a model")
                break
            if not passage.usable:
                what = _ROLE_WORDS.get(passage.role, "a later letter of the column")
                reasons.append(f"its quote stands on {what}")
                break
        return reasons

    def _sentences(self, found: Found) -> tuple[int, int]:
        """The whole sentences a quote touches: privacy is judged on them, not on the words picked."""
        touched = self.analysis.reading.overlapping(found.start, found.end)
        if not touched:
            return found.start, found.end
        return min(p.start for p in touched), max(p.end for p in touched)

    def _sensitivity(self, slot: Slot, text: str, span: tuple[int, int]) -> list[str]:
        reasons: list[str] = []
        sensitive = self.analysis.sensitive
        if ABUSE_WORDS.search(text) or any(
            t.topic == "abuse" and any(s.start < span[1] and span[0] < s.end for s in t.spans)
            for t in sensitive
        ):
            reasons.append("it asks about abuse, which no guide discusses together")
        if slot.visibility == "everyone" and (
            is_private_between(sensitive, *span) or private_words(text, language=self.plan.language)
        ):
            reasons.append("it puts private material (for a couple, not a room) to the whole group")
        levels = [intensity_between(sensitive, *span)]
        levels += [s.intensity for t in find_sensitive(text, language=self.plan.language) for s in t.spans]
        deepest = max(levels, key=rank)
        if rank(deepest) > rank(slot.ceiling):
            reasons.append(f"it goes deeper ({deepest}) than this part allows ({slot.ceiling})")
        return reasons

    def _on_scripture(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self._scripture)

    def _plain(self, text: str) -> list[str]:
        reasons: list[str] = []
        if _WEB.search(text):
            reasons.append("it carries a web or e-mail address")
        if _MARKUP.search(text):
            reasons.append("it carries markup")
        language = self.plan.language
        votes = language_votes(text)
        own = votes.get(language, 0)
        other = max((n for lang, n in votes.items() if lang != language), default=0)
        if other >= 2 and other > 2 * own:
            reasons.append(f"it is not in {_LANGUAGE_NAMES.get(language, language)}")
        return reasons

    # --- notes and the big idea -------------------------------------------------------------

    def note(self, text: str, *, limit: int = MAX_NOTE_WORDS) -> list[str]:
        """What is wrong with a leader note or a big idea from a writer."""
        reasons = self._plain(text)
        if speaks_to_a_machine(text):
            reasons.append("it speaks of instructions to a model")
        if len(text.split()) > limit:
            reasons.append(f"it is longer than {limit} words")
        if "{" in text or "}" in text:
            reasons.append("it has an unfilled template slot")
        if not self.plan.faith and faith_words(text, self.plan.language):
            reasons.append("it brings scripture or prayer into a guide without faith elements")
        if ABUSE_WORDS.search(text) and not any(t.topic == "abuse" for t in self.analysis.sensitive):
            reasons.append("it speaks of abuse the article does not raise")
        return reasons
