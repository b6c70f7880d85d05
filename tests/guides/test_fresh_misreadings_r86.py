"""What the blind reviewers of r86 and r87 found: a study's quiz on what someone in the story did, a
point's "First," said inside a clause, a couple asked about "the three points you have just read" when
the reading printed one, a columnist's "Ask it every time." with nothing to say what "it" is, a comment
on one verse credited to the verse quoted after it, and a claim that opens on "they" after "Sometimes"."""

from __future__ import annotations

from test_guide_support import context_for

from guides.guide import GuideOptions, generate_guide
from guides.guide.families import CHECKS
from guides.guide.families.meaning import _LEANS, meant
from guides.guide.families.questions import _QUIZ
from guides.guide.families.thesis import _claim_clause
from guides.importing import import_text


def test_what_someone_in_the_story_did_is_a_quiz_what_they_meant_is_not() -> None:
    for quiz in ("What did Jesus sleep on?", "What did Abraham give the visitors to eat?"):
        assert _QUIZ.match(quiz), quiz
    for open_ in (
        "What did Jesus mean by that?",
        "What did Peter learn about himself?",
        "What did the disciples fear most?",
        "What did Sarah stop hoping for, and what have you stopped expecting God to do?",
    ):
        assert not _QUIZ.match(open_), open_


POINTS = (
    "Tell Them About the Hard Year\n\n"
    "Eight years ago our marriage nearly ended. Last spring we told our children about it, and I want "
    "to say why.\n\n"
    "I think three things matter.\n\n"
    "First, children are already writing the story. They see the cold evenings and make up the rest.\n\n"
    "Second, a marriage with no hard chapter teaches children that trouble means failure. They need to "
    "know that people come through.\n\n"
    "Third, the hard chapter gives them words for repair. They learn what sorry sounds like.\n\n"
    "Keep the adult parts for adults. The children get the shape of the story, not the transcript.\n"
)


def test_a_points_place_in_order_is_not_said_inside_the_clause() -> None:
    ctx = context_for(POINTS)
    first = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith("First,"))
    clause = _claim_clause(ctx, first)
    assert clause is None or not clause.lower().startswith("first"), clause


def test_a_couple_asked_about_the_points_has_them_printed_to_read() -> None:
    guide = generate_guide(import_text(POINTS), GuideOptions(audience="couple"))
    asked = [q for s in guide.sections for q in s.questions if q.family.startswith("points_read")]
    assert asked
    read = next(s for s in guide.sections if s.key == "read")
    lines = "\n".join(r.text for r in read.readings)
    assert "Second, a marriage with no hard chapter" in lines and "Third, the hard chapter" in lines


COLUMN = (
    "My daughter tells me everything about her marriage\n\n"
    "Dear Harriet,\n\nMy married daughter rings me every evening to complain about her husband. I lie "
    "awake afterwards. What should I do?\n\nAwake in Ayr\n\n"
    "Dear Awake,\n\n"
    "People vent about the worst ten minutes of their day. When she rings, listen, and then ask her one "
    "question: have you said that to him? Ask it every time. Don't take sides in a fight you are only "
    "half seeing.\n\nHarriet\n"
)


def test_counsel_that_opens_on_its_verb_and_it_leans_on_the_sentence_before() -> None:
    ctx = context_for(COLUMN)
    ask = next(u for u in ctx.units if u.passage is not None and u.passage.text == "Ask it every time.")
    assert not CHECKS["counsel_in_the_answer"](ctx, ask, "group")


BALLAST = (
    "Ballast\n\n"
    'Someone will quote Hebrews at me. "Let us lay aside every weight, and the sin which doth so easily '
    'beset us" (Hebrews 12:1). I think it does say to travel light, for a runner. The same letter says '
    '"not forsaking the assembling of ourselves together" (Hebrews 10:25). He\'s asking us to shed the '
    "weight that trips us up, not to pull out the keel.\n\n"
    "A keel is heavy on purpose. Its job is to push back against the wind. Sometimes they're what will "
    "keep you upright when the wind gets up.\n"
)


def test_a_comment_that_shares_words_only_with_the_earlier_verse_is_not_the_later_ones() -> None:
    ctx = context_for(BALLAST)
    later = [u for u in ctx.units if u.scripture is not None and u.scripture.ref == "Hebrews 10:25"]
    assert later
    assert not any(CHECKS["verse_discussed"](ctx, u, "group") for u in later)


def test_a_claim_opening_on_they_after_sometimes_or_on_its_leans_back() -> None:
    assert _LEANS.match("Sometimes they're what will keep you upright when the wind gets up.")
    assert _LEANS.match("Its job is to push back against the wind.")
    assert not _LEANS.match("Sometimes love is what keeps you upright.")
    ctx = context_for(BALLAST)
    for start in ("Sometimes they're", "Its job"):
        unit = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith(start))
        assert meant(ctx, unit) is None, start
