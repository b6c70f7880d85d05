"""What the blind reviewers of the fresh sets r76 and r77 found: an essay titled with its author's bare name
and a sermon with its preacher's line, a note for leaders asked of the group, a question about "they" of
readings it no longer shows, "You don't mend a hole by staring at it. You mend it by ..." read as no claim,
notices read in one paragraph after the hymn, the preacher's welcome after "Turn with me, if you would,"
and "Because the neighbours didn't have oil." asked as a claim."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.catalog import catalog_language
from guides.guide import GuideOptions, generate_guide
from guides.guide.context import Context
from guides.guide.families import CHECKS
from guides.guide.families.claims import _key_words
from guides.importing import import_text

ESSAY = (
    "The Darn in the Heel\n\n"
    "Orla Keane\n\n"
    "My grandmother darned socks at the kitchen table, a wooden mushroom pushed into the heel.\n\n"
    "I used to think darning was sewing the hole shut. It isn't. She ran threads across the gap, anchored "
    "well out in the good wool, and wove the other way until the hole was filled.\n\n"
    "My friend Ciara and I did not speak for two years after a quarrel at a christening.\n\n"
    "You don't mend a hole by staring at it. You mend it by reaching past the damage to where the cloth "
    "is still sound. So I wrote to her about the good years first, and only then said I was sorry.\n\n"
    "A darned place is not invisible. It is often stronger than the weave around it.\n"
)


def test_a_bare_name_under_the_headline_is_the_byline() -> None:
    article = import_text(ESSAY)
    assert article.title == "The Darn in the Heel"
    assert article.author == "Orla Keane"


def test_a_preacher_named_under_the_headline_is_not_the_title() -> None:
    article = import_text(
        "Cumbered: Martha, Mary and the Many Things\n"
        "Pastor Samuel Mwangi, Hillside Fellowship, Kisumu\n"
        "Sunday 9:00 am service (transcribed from the recording)\n\n"
        "Good morning, church! Turn with me, if you would, to Luke 10. Martha is busy, and Mary is "
        "sitting.\n\n"
        "The danger in a life of service is not the service. It is forgetting whom the service is for.\n"
    )
    assert article.title == "Cumbered: Martha, Mary and the Many Things"
    assert "Pastor Samuel Mwangi" not in article.text


def test_a_denial_and_its_correction_with_the_same_subject_are_one_claim() -> None:
    article = import_text(ESSAY)
    reading = analyze(article).reading
    said = [article.text[k.start : k.end] for k in reading.key_claims]
    assert any(
        s.startswith("You don't mend a hole by staring at it. You mend it by reaching past") for s in said
    ), said
    asked = [q.text for q in generate_guide(article, GuideOptions(audience="group")).questions]
    assert any("You don't mend a hole by staring at it. You mend it" in q for q in asked), asked


def test_a_note_for_leaders_is_never_asked_of_the_group() -> None:
    text = (
        "Standing in the Road: 1 Samuel 25\n\n"
        "Abigail rides out to meet an angry David with bread and wine, and turns him back before he does "
        "what he would regret.\n\n"
        "Anger often answers a real need badly. Meet the need first, and the anger has less to hold on "
        "to.\n\n"
        "A note for leaders\n\n"
        "This passage can be taken two ways. Others will identify more with David, and you may find "
        "that is where the real conversation is. Try to leave time for question 3, even if you have to skip "
        "others.\n\n"
        "Going deeper\n\n"
        "Read Proverbs 15:1 and Romans 12:17-21 alongside this chapter. What do they add to your "
        "understanding of how anger can be turned aside?\n"
    )
    reading = analyze(import_text(text)).reading
    leave = next(p for p in reading.passages if p.text.startswith("Try to leave time"))
    assert leave.role == "note" and leave.has("leader"), leave
    asked = [q.text for q in generate_guide(import_text(text), GuideOptions(audience="group")).questions]
    # (the study's own question may be asked with the line that sets it up, never "they" alone)
    assert not any("question 3" in q or q.startswith("What do they add") for q in asked), asked


SERMON = (
    "Borrow Not a Few\n"
    "2 Kings 4:1-7\n\n"
    "Good evening, everybody. Lovely to see you all. Gwilym, sit down, I wasn't looking at you.\n\n"
    "Right. Turn with me, if you would, to the second book of Kings, chapter four.\n\n"
    "The widow has nothing in the house but a pot of oil. Why empty jars? Because the neighbours didn't "
    "have oil. They only had empty jars.\n\n"
    "The limit on the miracle wasn't heaven's supply. It was how many doors she knocked on. Friends, the "
    "chapel is for burdens, and you can't bear a burden nobody has told you about.\n\n"
    "So if you are in trouble tonight, say it to somebody. And if you are the neighbour, keep your jars "
    "where people can get at them.\n\n"
    "We're going to sing number 487.\n\n"
    "Couple of notices before the hymn. Tuesday's Bible study is at Eirlys's this week, not the vestry, "
    "because of the boiler. The foodbank needs tinned fish.\n"
)


def test_notices_in_one_paragraph_after_the_hymn_are_taken_out() -> None:
    article = import_text(SERMON)
    assert "boiler" not in article.text and "tinned fish" not in article.text


def test_the_welcome_before_turn_with_me_if_you_would_is_not_asked() -> None:
    reading = analyze(import_text(SERMON)).reading
    sit = next(p for p in reading.passages if p.text.startswith("Gwilym"))
    assert sit.role == "note", sit
    asked = [q.text for q in generate_guide(import_text(SERMON), GuideOptions(audience="group")).questions]
    assert not any("Gwilym" in q or "sit down" in q for q in asked), asked


def test_the_answer_to_a_question_before_it_is_not_a_claim_to_ask_but_the_contrast_is() -> None:
    article = import_text(SERMON)
    analysis = analyze(article)
    ctx = Context.build(article, analysis, catalog_language("en"), True)
    for unit in ctx.units:
        p = unit.passage
        if p is not None and p.text.startswith("Because the neighbours"):
            assert _key_words(ctx, unit, "group") is None
        if p is not None and p.text.startswith("The limit on the miracle"):
            said = _key_words(ctx, unit, "group")
            assert said is not None and said.text.endswith("It was how many doors she knocked on"), said
            assert CHECKS["key_contrast"](ctx, unit, "group")
