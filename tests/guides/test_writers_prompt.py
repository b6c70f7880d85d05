"""The prompt as a careful assistant reads it: nothing in it contradicts the plan, the rules or the checks."""

from __future__ import annotations

import re

import pytest
from writer_support import FIXTURES, KINDNESS, LONG_WAY, prepared

from guides.guide.plan import GuidePlan
from guides.writers.checks import Checker
from guides.writers.write import Prepared

CORPUS = FIXTURES / "corpus"
ESPERANZA = CORPUS / "27-esperanza-cada-manana.txt"
SECRET = CORPUS / "24-after-the-secret-is-out.txt"


def _slot_lines(p: Prepared) -> dict[str, str]:
    """Each slot's lines in the prompt, by slot id."""
    plan = p.prompt().split("THE PLAN:")[1].split("DO NOT QUOTE (")[0]
    return {m.group(1): m.group(0) for m in re.finditer(r"- slot ([\w-]+):.*?(?=\n- slot |\Z)", plan, re.S)}


def _checker(p: Prepared) -> Checker:
    return Checker(p.plan, p.article, p.analysis)


def _rule(prompt: str, number: int) -> str:
    return prompt.split(f"\n{number}. ")[1].split(f"\n{number + 1}. ")[0]


# --- 2: a slot's kind says what its suggestion is --------------------------------------------


def test_a_printed_question_slot_is_described_as_the_articles_own_question() -> None:
    """The printed "Who has shown you hesed ...?" is labelled "application" (its family is
    printed_personal); its description must not say "what we will do with it this week"."""
    p = prepared(CORPUS / "05-ruth-kindness-in-the-field.md", audience="group")
    lines = _slot_lines(p)
    printed = [s for s in p.plan.slots if s.ground == "question"]
    assert any(s.kind == "application" for s in printed)
    for slot in printed:
        line = lines[slot.id]
        assert "the article's own question, “" in line and "keep it close to the author's wording" in line
        assert "what we will do with it" not in line and "Discuss:" not in line.split("\n")[0]


# --- 3: Who and Which are open questions, in the rule and in the checks ------------------------


def test_rule_one_allows_who_and_which_and_the_checks_take_them() -> None:
    p = prepared(audience="group")
    assert "What, How, Why, Where, When, Who, Which or In what way" in _rule(p.prompt(), 1)
    checker = _checker(p)
    for text in (
        "Who in your life notices the small things without making a fuss?",
        "Which of the author's habits would be easiest to start this week?",
    ):
        assert checker.wording(text) == [], text
    assert any("yes/no" in r for r in checker.wording("Do you notice the small things at home?"))


def test_every_suggested_printed_question_opens_as_rule_one_allows() -> None:
    p = prepared(CORPUS / "05-ruth-kindness-in-the-field.md", audience="group")
    openers = ("What", "How", "Why", "Where", "When", "Who", "Which", "In what way")
    for slot in p.plan.slots:
        if slot.ground == "question" and slot.suggestion and slot.suggestion.quote.endswith("?"):
            assert slot.suggestion.quote.startswith(openers), slot.suggestion.quote


# --- 4, 5 and 7: the voice is true to the faith setting and to each slot -----------------------


@pytest.mark.parametrize("faith", [True, False])
def test_the_voice_line_is_true_to_the_faith_setting(faith: bool) -> None:
    prompt = prepared(KINDNESS, audience="group", faith=faith).prompt()
    voice = prompt.split("Voice: ")[1].split("\n")[0]
    assert "with or without children" in voice
    assert ("or faith" in voice) is not faith
    assert ("Faith elements: on." in prompt) is faith


def test_take_home_slots_speak_to_a_couple_and_the_voice_line_says_so() -> None:
    p = prepared(SECRET, audience="group")
    voice = p.prompt().split("Voice: ")[1].split("\n")[0]
    assert "Take-home questions speak to a couple at home" in voice
    lines = _slot_lines(p)
    heard = {s.visibility for s in p.plan.slots}
    assert heard >= {"everyone", "couple"}
    no_take_home = prepared(audience="group")
    if "couple" not in {s.visibility for s in no_take_home.plan.slots}:
        assert "Take-home" not in no_take_home.prompt().split("Voice: ")[1].split("\n")[0]
    for slot in p.plan.slots:
        who = lines[slot.id].split("Who: ")[1].split("\n")[0]
        if slot.visibility == "couple":
            assert who.startswith("a couple at home") and '"you two", "each of you"' in who
        elif slot.visibility == "everyone":
            assert who.startswith("the whole group") and '"you", "we"' in who


def test_a_session_says_prepare_questions_are_the_leaders_and_a_couples_guide_has_no_group() -> None:
    session = prepared(audience="session")
    assert '"Prepare" questions speak to the leader alone' in session.prompt()
    leader = next(s for s in session.plan.slots if s.visibility == "leader")
    assert _slot_lines(session)[leader.id].split("Who: ")[1].startswith("the leader alone")
    couple = prepared(audience="couple").prompt()
    assert "whole group" not in couple.split("Voice: ")[1].split("THE RULES")[0]


def test_an_article_about_a_hurt_may_be_spoken_of_without_presuming_it_is_the_readers() -> None:
    for audience in ("couple", "group"):
        voice = prepared(SECRET, audience=audience).prompt().split("Voice: ")[1].split("\n")[0]
        assert "You may speak plainly of what the article is about" in voice
        assert "never presume it happened to these readers" in voice
        assert "past hurt they have not named" not in voice


# --- 6: Spanish question marks -----------------------------------------------------------------


def test_a_spanish_prompt_states_its_own_question_marks_and_the_checks_take_them() -> None:
    p = prepared(ESPERANZA, audience="group")
    prompt = p.prompt()
    assert "¿Quién, ¿Cuál" in _rule(prompt, 1) and "¿No es cierto que" in _rule(prompt, 1)
    marks = _rule(prompt, 2)
    assert "exactly one pair of question marks" in marks and "(¿...?)" in marks
    assert "exactly one question mark, at the very end" not in prompt
    english = prepared(audience="group").prompt()
    assert "exactly one question mark, at the very end" in _rule(english, 2) and "¿" not in english
    checker = _checker(p)
    for text in (
        "¿Quién te recuerda la fidelidad de Dios cuando todo parece ruinas?",
        "¿Cuál de las misericordias de esta mañana quieres agradecer hoy?",
        "Piensa en tu semana. ¿Qué verdad necesitas traer de vuelta a tu corazón?",
    ):
        assert checker.wording(text) == [], text
    stacked = checker.wording("¿Qué esperas? ¿Y qué temes?")
    assert any("question mark" in r for r in stacked), stacked


# --- 8: what may not be quoted is named whole ---------------------------------------------------


def _listed(prompt: str, heading: str, until: str) -> list[str]:
    block = prompt.split(heading)[1].split(until)[0]
    return [line for line in block.splitlines() if line.startswith("- ")]


@pytest.mark.parametrize("path", [LONG_WAY, SECRET, ESPERANZA, CORPUS / "31-marido-jubilado-dos-cartas.txt"])
def test_do_not_quote_and_private_lines_name_whole_sentences_with_no_ellipsis(path: object) -> None:
    p = prepared(path, audience="group")  # type: ignore[arg-type]
    prompt = p.prompt()
    assert "Each line means every word of the sentences it names" in " ".join(prompt.split())
    text = " ".join(p.article.text.split())
    lines = _listed(prompt, "DO NOT QUOTE (", "PRIVATE (") + _listed(prompt, "PRIVATE (", "THE ARTICLE")
    for line in lines:
        if line == "- (none)":
            continue
        assert "…" not in line.replace("...", ""), line  # no cut-off sentence
        ranged = re.match(r"- the (?:\d+ sentences|sentence) from “(.+?)” to “(.+?)”", line)
        if ranged:
            first, last = ranged.groups()
            sentences = [q for q in p.analysis.reading.passages if " ".join(q.text.split()).startswith(first)]
            assert sentences, line  # the beginning of a sentence
            assert any(" ".join(q.text.split()).endswith(last) for q in p.analysis.reading.passages), line
        else:
            whole = re.match(r"- “(.+)”(?: \(.+\))?$", line)
            assert whole and any(
                " ".join(q.text.split()) == whole.group(1) for q in p.analysis.reading.passages
            ), line
            assert whole.group(1) in text


# --- 9: the leader's notes and the big idea are in the guide's language --------------------------


@pytest.mark.parametrize(("path", "language"), [(LONG_WAY, "English"), (ESPERANZA, "Spanish")])
def test_the_big_idea_and_leader_notes_are_asked_for_in_the_guides_language(
    path: object, language: str
) -> None:
    reply = prepared(path, audience="group").prompt().split("YOUR REPLY")[1]  # type: ignore[arg-type]
    assert f'"big_idea" is the article\'s main point in one sentence of your own, in {language}' in reply
    assert f'"leader_notes" holds up to three short notes for the leader, in {language}' in reply


# --- 1: each slot line offers a quote the rules allow ---------------------------------------------


def test_a_slot_line_says_what_the_rules_question_stands_on_when_the_suggestion_is_elsewhere() -> None:
    p = prepared(SECRET, audience="group")
    lines = _slot_lines(p)
    theme = lines[p.plan.slots[0].id]
    assert "stands on the theme “marriage”, a word rather than a sentence" in theme
    listed = lines[next(s.id for s in p.plan.slots if s.ground == "list")]
    assert "stands on a list that begins with the sentence “Here are the first steps" in listed
    assert "this is the first of them this slot may quote" in listed
    same = next(s for s in p.plan.slots if s.suggestion_is_source)
    assert "Porchlight's own question here stands on" not in lines[same.id]
    spanish = prepared(CORPUS / "32-soportandonos-en-amor.txt", audience="group")
    follow = next(s for s in spanish.plan.slots if "¿Qué tendría" in s.rules.source.quote)
    line = _slot_lines(spanish)[follow.id]
    assert (
        "the article's own question, “¿En qué situaciones concretas se te acorta la mecha con tu cónyuge? "
        "¿Qué" in line
    )
    # A printed question in parts ("Think of a recent disagreement and how it ended. What helped?") stands
    # on the whole of it, and the writer is pointed at its setup, the part worth quoting.
    short = prepared(FIXTURES / "writers" / "short-printed-question.txt", audience="group")
    slot = next(s for s in short.plan.slots if s.rules.source.quote.endswith("What helped?"))
    line = _slot_lines(short)[slot.id]
    assert (
        "the article's own question, “Think of a recent disagreement and how it ended. What helped?”" in line
    )
    assert "Suggested quote: “Think of a recent disagreement and how it ended.”" in line


def test_each_slot_line_suggests_a_quote_that_keeps_rule_five() -> None:
    for path in (LONG_WAY, SECRET, ESPERANZA, CORPUS / "07-seven-habits-couples-who-talk.md"):
        p = prepared(path, audience="group")
        lines = _slot_lines(p)
        plan: GuidePlan = p.plan
        for slot in plan.slots:
            assert slot.suggestion is not None
            quoted = lines[slot.id].split("Suggested quote: “")[1]
            assert quoted.startswith(" ".join(slot.suggestion.quote.split()) + "”"), quoted
            assert 4 <= len(slot.suggestion.quote.split()) <= 18
