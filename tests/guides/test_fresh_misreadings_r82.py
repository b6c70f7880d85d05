"""Columns as the blind reviewers of r78 to r83 read them: the columnist's advice to reread the letter or
to talk to the writer's own father, her sympathy and her saying the question back, and an answer that
stops on its auxiliary ("you still are"), none of them a question for the room."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.analysis.cues import COURTESY
from guides.catalog import catalog_language
from guides.guide.context import Context
from guides.guide.families import CHECKS
from guides.guide.families.columns import _ELLIPTICAL
from guides.importing import import_text

COLUMN = (
    "My father remarried and I can't be happy for him\n\n"
    "Dear Nuala,\n\nMy mother died two years ago and my father has married again, thirteen months after "
    "the funeral. Everyone says I should be happy for him. I am still grieving. Am I being unfair?\n\n"
    "Still Her Daughter\n\n"
    "Dear Still Her Daughter,\n\n"
    "You asked whether you are being unfair to him. Four months is a brutal stretch, and thirteen is not "
    "long either.\n\n"
    "Grief keeps different clocks in the same family. Your father was in the house with the silence every "
    "night. Thirteen months later, you still are.\n\n"
    "Most of us are more than one thing at once: sad and glad, loyal and hurt.\n\n"
    "Read your own letter again. Then talk to your father about your mother, not about his new wife. "
    "Tell him one thing you miss about her, and ask him for one of his.\n\n"
    "Nuala\n"
)


def _units(text: str) -> tuple[Context, list]:  # type: ignore[type-arg]
    article = import_text(text)
    ctx = Context.build(article, analyze(article), catalog_language("en"), False)
    return ctx, [u for u in ctx.units if u.passage is not None]


def test_advice_for_the_writers_own_letter_and_family_is_not_for_the_room() -> None:
    ctx, units = _units(COLUMN)
    counsel = {u.passage.text: CHECKS["counsel_in_the_answer"](ctx, u, "group") for u in units}
    assert counsel.get("Read your own letter again.") is False, counsel
    father = next(t for t in counsel if t.startswith("Then talk to your father"))
    assert counsel[father] is False


def test_the_columnists_sympathy_and_the_question_said_back_are_not_the_answer() -> None:
    assert COURTESY.match("Four months is a brutal stretch, and thirteen is not long either.")
    ctx, units = _units(COLUMN)
    asked = next(u for u in units if u.passage.text.startswith("You asked whether"))
    assert not CHECKS["opens_the_answer"](ctx, asked, "group")


def test_an_answer_that_stops_on_its_auxiliary_is_not_told_to_the_writer() -> None:
    assert _ELLIPTICAL.search("Thirteen months later, you still are.")
    assert not _ELLIPTICAL.search("Most of us are more than one thing at once.")
    ctx, units = _units(COLUMN)
    still = next(u for u in units if u.passage.text.startswith("Thirteen months later"))
    assert not CHECKS["told_the_writer"](ctx, still, "group")


def test_a_step_whose_verb_reads_as_a_noun_is_still_counted() -> None:
    text = (
        "Bible College or Not?\n\nDear Nuala,\n\nMy husband wants to sell the house and go to Bible "
        "college. I am afraid, and I feel guilty for being afraid. What do I do?\n\nNot Called\n\n"
        "Dear Not Called,\n\nYour fear does not prove that your faith is weaker than his.\n\n"
        "First, ask for time and a process, not a verdict.\n\n"
        "Second, bring in people who love you both and have no stake in the answer.\n\n"
        "Third, count the cost out loud, on paper, together.\n\n"
        "Finally, be honest with yourself about what, exactly, you are afraid of.\n\nNuala\n"
    )
    reading = analyze(import_text(text)).reading
    practice = [u for u in reading.lists if u.practice]
    assert practice and len(practice[0].items) == 4, [len(u.items) for u in practice]


def test_an_aside_about_the_blog_is_no_claim_to_take_to_heart() -> None:
    text = (
        "The Laugh I Got at My Wife's Expense\n\nAnyone who has read this blog for more than a week knows "
        "about the renovation. At a barbecue last month I told the story of the bathroom tiles, and I made "
        "my wife the punchline.\n\nEveryone laughed. She did not.\n\nThe jokes we tell about our husband "
        "or wife in company are not small talk. They teach everyone listening how to see the person we "
        "love.\n"
    )
    article = import_text(text)
    reading = analyze(article).reading
    assert not any("this blog" in article.text[k.start : k.end] for k in reading.key_claims)
    ctx = Context.build(article, analyze(article), catalog_language("en"), False)
    aside = next(u for u in ctx.units if u.passage is not None and "this blog" in u.passage.text)
    assert not CHECKS["claim_for_anyone"](ctx, aside, "group")
