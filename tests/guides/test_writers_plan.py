"""What a slot suggests quoting: always words the prompt's rules allow and the checks take for that slot."""

from __future__ import annotations

import pytest
from corpus_support import CORPUS_NAMES, corpus_article
from writer_support import FIXTURES, prepared

from guides.guide.audiences import audience_keys
from guides.guide.model import GuideOptions
from guides.guide.quotes import MAX_QUOTE_WORDS, MIN_QUOTE_WORDS
from guides.writers.checks import Checker
from guides.writers.reply import ProposedQuestion
from guides.writers.write import Prepared, prepare

CORPUS = FIXTURES / "corpus"
_NEUTRAL = {"en": "What does this sentence say to you?", "es": "¿Qué te dice esta frase?"}
_BREAKS = ",;:–—"


def _plans(name: str) -> list[Prepared]:
    _entry, article = corpus_article(name)
    return [
        prepare(article, GuideOptions(audience=audience, faith=faith))  # type: ignore[arg-type]
        for audience in audience_keys()
        for faith in (None, False)
    ]


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_every_suggestion_is_a_whole_sentence_or_a_clean_run_the_checks_take(name: str) -> None:
    """4 to 18 words of one usable sentence, whole or from a clause break to a clause break, that the
    checks accept as the quote of a plain question in that very slot (privacy, depth, faith, abuse)."""
    for p in _plans(name):
        checker = Checker(p.plan, p.article, p.analysis)
        text = p.article.text
        for slot in p.plan.slots:
            where = f"{p.plan.audience} faith={p.plan.faith} {slot.id}"
            s = slot.suggestion
            assert s is not None, where
            assert text[s.start : s.end] == s.quote, where
            assert MIN_QUOTE_WORDS <= len(s.quote.split()) <= MAX_QUOTE_WORDS, (where, s.quote)
            sentences = p.analysis.reading.overlapping(s.start, s.end)
            assert len(sentences) == 1 and sentences[0].usable, (where, s.quote)
            sentence = sentences[0]
            before = text[sentence.start : s.start].rstrip()
            after = text[s.end : sentence.end].lstrip()
            assert not before.strip(" “\"'«¿(") or before.endswith(tuple(_BREAKS)), (where, s.quote)
            assert not after.strip(" .!?…”\"'»)") or after.startswith(tuple(_BREAKS)), (where, s.quote)
            proposed = ProposedQuestion(slot.section, slot.kind, _NEUTRAL[p.plan.language], s.quote)
            grounded, reasons = checker.question(slot, proposed)
            assert grounded is not None, (where, s.quote, reasons)


def test_a_theme_word_is_never_suggested_but_a_sentence_safe_for_the_slot_is() -> None:
    """Article 24's icebreaker stands on the word "marriage", whose sentences are private or lean on a
    sentence about abuse: the room gets another sentence."""
    _entry, article = corpus_article("24-after-the-secret-is-out")
    p = prepare(article, GuideOptions(audience="group"))
    opener = p.plan.slots[0]
    assert (opener.ground, opener.rules.source.quote) == ("theme", "marriage")
    assert opener.suggestion is not None and len(opener.suggestion.quote.split()) >= MIN_QUOTE_WORDS
    assert "Pornography" not in opener.suggestion.quote
    assert "That is no longer only a marriage matter" not in opener.suggestion.quote  # it follows abuse
    assert not opener.suggestion_is_source


def test_a_theme_word_gets_the_sentence_of_its_strongest_mention_when_that_is_safe() -> None:
    _entry, article = corpus_article("11-the-ten-minute-walk")
    opener = prepare(article, GuideOptions(audience="group")).plan.slots[0]
    assert opener.rules.source.quote == "marriage" and opener.suggestion is not None
    assert "marriage" in opener.suggestion.quote


def test_a_cut_off_source_becomes_its_whole_sentence() -> None:
    """A rules quote that stops mid-phrase ("What would “say what you wish you had done instead” look
    like ...": the counsel cut from its sentence) is suggested as the whole sentence when it fits."""
    found = 0
    for name in CORPUS_NAMES:
        _entry, article = corpus_article(name)
        for audience in ("group", "couple"):
            found += _cut_off_sources_widened(article, audience)
    assert found, "no rules quote in the corpus stops mid-phrase: this test no longer tests anything"


def _cut_off_sources_widened(article, audience: str) -> int:  # type: ignore[no-untyped-def]
    """How many of the plan's rules quotes stop mid-phrase; each must be suggested whole."""
    found = 0
    p = prepare(article, GuideOptions(audience=audience))
    text = article.text
    for slot in p.plan.slots:
        src, s = slot.rules.source, slot.suggestion
        sentences = p.analysis.reading.overlapping(src.start, src.end)
        if s is None or len(sentences) != 1 or slot.ground != "sentence":
            continue
        sentence = sentences[0]
        rest = text[src.end : sentence.end].strip(" .!?…”\"'»)")
        whole = len(sentence.text.split()) <= 18 and sentence.usable
        if rest and not rest.startswith(tuple(_BREAKS)) and whole:
            found += 1
            assert s.start <= src.start and s.end >= src.end, (article.title, src.quote, s.quote)
    return found


def test_a_long_sentence_gives_its_opening_clause() -> None:
    """Article 23's opposed view is 19 words: its first clause is what the question turns over."""
    _entry, article = corpus_article("23-open-table-hospitality")
    slot = next(
        s
        for s in prepare(article, GuideOptions(audience="group")).plan.slots
        if s.rules.family == "opposed_view"
    )
    assert slot.suggestion is not None
    assert slot.suggestion.quote == "Most of us think of hospitality as entertaining"
    assert slot.suggestion_is_source


def test_a_list_suggests_its_first_item_and_not_its_span() -> None:
    _entry, article = corpus_article("24-after-the-secret-is-out")
    p = prepare(article, GuideOptions(audience="group"))
    slot = next(s for s in p.plan.slots if s.ground == "list")
    assert slot.suggestion is not None
    first_item = slot.rules.source.end < slot.suggestion.start
    assert first_item and slot.suggestion.quote.startswith("Agree together on what honesty will look like")
    assert slot.ground_span[0] <= slot.suggestion.start and slot.suggestion.end <= slot.ground_span[1]


def test_a_printed_question_is_suggested_without_its_label_and_a_short_one_leans_on_the_one_before() -> None:
    p = prepared(CORPUS / "05-ruth-kindness-in-the-field.md", audience="group")
    printed = [s for s in p.plan.slots if s.ground == "question"]
    assert printed and all(s.suggestion is not None for s in printed)
    assert not any(s.suggestion.quote.startswith(("Discuss:", "Reflect:")) for s in printed)  # type: ignore[union-attr]
    gleaning = next(s for s in printed if "gleaning" in s.rules.source.quote)
    assert gleaning.suggestion.quote == "Who is gleaning at the edges of your church or neighbourhood"  # type: ignore[union-attr]
    # A printed follow-up ("¿Qué tendría que cambiar ...?" after "¿En qué situaciones ...?") is asked
    # as one question with the one before it, never alone, and stands on both.
    spanish = prepared(CORPUS / "32-soportandonos-en-amor.txt", audience="group")
    follow = next(s for s in spanish.plan.slots if "¿Qué tendría" in s.rules.source.quote)
    assert "¿En qué situaciones" in follow.rules.source.quote
    assert follow.ground == "question"
    assert follow.rules.text.startswith("¿En qué situaciones concretas se te acorta la mecha")
    assert "?" not in follow.rules.text[:-1]


def test_a_sentence_that_speaks_to_a_model_is_never_a_candidate_or_a_suggestion() -> None:
    p = prepared(audience="group")
    assert not any("AI model" in c.text for c in p.plan.passages)
    assert not any("AI model" in s.suggestion.quote for s in p.plan.slots if s.suggestion)
