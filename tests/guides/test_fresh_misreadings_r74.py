"""Misreadings from the fresh sets r74 and r75: a personal essay whose lesson and reading of the story
were taken for steps of the story (and so had nothing to discuss), a sentence opening "By March" taken for
a byline, "me. I" left as one sentence, a sermon's notices and a newsletter box asked about, the
preacher's welcome and closing prayer weighed as claims, a yes/no question behind a "When ..." clause, the
author's own past deliberation asked of a group, a story going on after a verse taken as its reading, a
quiz question, praise for "fourteen months" asked as a definition, and claims that compare with what they
do not say ("something different", "like that")."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.analysis.argument import weigh_claims
from guides.analysis.segmenter import segment
from guides.catalog import catalog, catalog_language
from guides.guide import GuideOptions, generate_guide
from guides.guide.context import Context
from guides.guide.families import CHECKS
from guides.guide.families.parsing import _opposed_view
from guides.guide.quality import is_closed
from guides.importing import import_text

ESSAY = (
    "The Gate at Number Nine\n\n"
    "by Tomas Reyes\n\n"
    "The first thing Mr Okafor ever told me was that my gate squeaked. We had lived on the street for a "
    "day. He stood at the fence in his slippers and pointed at the hinge as if it had insulted his "
    "mother.\n\n"
    "That winter the path between our houses iced over every night. I salted ours at seven, and one "
    "morning, mostly to prove a point, I salted his as well. He came out and said the salt would ruin his "
    "boots. Then he went back in and shut the door.\n\n"
    "I kept doing it. By February, I was the one who noticed when his curtains stayed shut. One morning "
    "they did, and I found him on the kitchen floor with a broken wrist. He told the paramedic he had "
    "known I would come.\n\n"
    "Here's what I've come to believe. We usually assume that kindness works like this: first you feel "
    "fond of someone, and then the fondness makes you kind. That's the order in films. But that's not the "
    "order it came in for me. I didn't like him. The salting came first. And the salting, done every "
    "morning for a winter, turned into a habit of looking, and the looking turned into care. I don't "
    "think a feeling would have got me there. I think the salt did.\n\n"
    "The new neighbours moved in last month. I barely know their names. I salted their path anyway. "
    "I've learned not to wait for the feeling.\n"
)


def _guide(text: str, audience: str = "group"):  # type: ignore[no-untyped-def]
    return generate_guide(import_text(text), GuideOptions(audience=audience))


def _questions(text: str, audience: str = "group") -> list[str]:
    return [q.text for q in _guide(text, audience).questions]


def test_me_before_i_ends_a_sentence() -> None:
    text = "But that's not the order it came in for me. I didn't like him."
    assert [text[s:e] for s, e in segment(text)] == [
        "But that's not the order it came in for me.",
        "I didn't like him.",
    ]
    capital = "He moved to Portland, Me. I think."
    assert len(segment(capital)) == 1  # (the state, written with its capital)


def test_a_sentence_opening_by_march_is_the_story_not_a_byline() -> None:
    reading = analyze(import_text(ESSAY)).reading
    by = next(p for p in reading.passages if p.text.startswith("By February"))
    assert by.role != "junk", by


def test_the_paragraph_after_what_i_have_come_to_believe_is_the_authors_reading() -> None:
    reading = analyze(import_text(ESSAY)).reading
    roles = {p.text: p.role for p in reading.passages}
    assert roles["The salting came first."] == "claim"
    assert roles["I think the salt did."] == "claim"
    assert roles["I've learned not to wait for the feeling."] == "claim"
    view = next(p for p in reading.passages if p.text.startswith("We usually assume"))
    assert reading.thesis is None or reading.thesis.start != view.start  # the view argued against


def test_a_personal_essay_has_its_view_and_its_lesson_asked() -> None:
    guide = _guide(ESSAY)
    asked = [(q.family, q.text) for q in guide.questions]
    view = next(t for f, t in asked if f == "opposed_view")
    assert "“first you feel fond of someone, and then the fondness makes you kind”" in view, view
    lesson = next(t for f, t in asked if f == "lesson_learned")
    assert "“I've learned not to wait for the feeling.”" in lesson, lesson
    apply = next(s for s in guide.sections if s.key == "apply")
    assert any(q.family == "lesson_learned" for q in apply.questions), apply.questions
    couple = [q for q in _guide(ESSAY, "couple").questions if q.family == "lesson_learned"]
    assert couple and "the two of you" in couple[0].text


def test_a_view_told_after_a_colon_keeps_the_authors_words_quoted() -> None:
    told = _opposed_view(
        "Most of us assume that friendship works like this: you click at once, and then it looks after "
        "itself.",
        "en",
    )
    assert told is not None and told.endswith(": “you click at once, and then it looks after itself”"), told


SERMON = (
    "Bread for the Road\n\n"
    "Sunday evening service, Hill Street Chapel\n\n"
    "Morning, church! It's good to see you all. Before we start, a big welcome to anyone visiting. "
    "There's tea in the hall afterwards, and the biscuits are better than last week. That's a promise.\n\n"
    "Okay. Turn with me, please, to 1 Kings 19. Elijah has run until he cannot run any more. He lies down "
    "under a broom tree and asks to die.\n\n"
    "And God does not lecture him. God feeds him. Twice. Before you ever went looking for rest, rest came "
    "looking for you. The angel does not say, pull yourself together. The angel says, the journey is too "
    "great for you.\n\n"
    "Some of us are under that tree tonight. Tiredness is not a failure of faith. It is a body asking for "
    "bread. Eat something. Sleep. Let someone else make the tea this week.\n\n"
    "Lord Jesus, thank you that you feed us before you send us. Thank you that you know our limits. "
    "Amen.\n\n"
    "---\n\n"
    "Okay, quick notices and then we'll sing.\n\n"
    "The men's breakfast is this Saturday at 7:30, not 7. Somebody printed 7 in the bulletin. It was me.\n\n"
    "The food bank needs packers on Wednesday. Talk to Priya if you can help. Bring your own scissors.\n\n"
    "Let's stand and sing.\n"
)


def test_the_notices_after_a_sermon_are_taken_out_and_shown() -> None:
    article = import_text(SERMON)
    assert "breakfast" not in article.text and "scissors" not in article.text
    notices = [r for r in article.removed if "breakfast" in r.text]
    assert notices and "notices" in notices[0].reason, article.removed
    assert "Elijah" in article.text and "Let someone else make the tea" in article.text


def test_the_preachers_welcome_and_closing_prayer_are_not_claims() -> None:
    reading = analyze(import_text(SERMON)).reading
    roles = {p.text: p.role for p in reading.passages}
    assert roles["That's a promise."] == "note"
    assert roles["Thank you that you know our limits."] == "note"
    assert all("biscuits" not in q and "limits" not in q for q in _questions(SERMON))


def test_a_newsletter_invitation_is_taken_out() -> None:
    article = import_text(
        "Soup on Tuesdays\n\nEvery Tuesday we make soup and leave the door on the latch. People come. "
        "Some weeks it is two neighbours, some weeks it is nine, and nobody is asked to bring anything.\n\n"
        "What we have learned is that a standing invitation does work an occasional one cannot. People "
        "stop wondering whether they are wanted.\n\n"
        "Enjoyed this? Get new posts in your inbox every other Tuesday. No spam, just stories from our "
        "kitchen table.\n"
    )
    assert "inbox" not in article.text
    assert any("subscribe" in r.reason for r in article.removed), article.removed
    kept = import_text(
        "Letters\n\nMy inbox was full of letters from readers that week, and I answered every one of them "
        "by hand, which took until Sunday.\n\nIt was worth it.\n"
    )
    assert "inbox" in kept.text


def test_a_yes_no_question_behind_a_when_clause_is_closed() -> None:
    assert is_closed("When they come, do we call them by their name?")
    assert not is_closed("When you are tired, what helps you rest?")
    assert not is_closed("If you could change one thing, what would it be?")


def test_the_authors_own_deliberation_in_a_story_is_not_asked_of_the_group() -> None:
    asked = _questions(
        "The Offer\n\nLast spring my husband was offered a job in another city, with more money and a "
        "better title. We talked about it for weeks.\n\n"
        "Every conversation stayed at the level of the offer letter. What was missing was the ordinary "
        "days. What would we actually be doing?\n\n"
        "A job is more than its salary. Before you take one, picture an ordinary Wednesday in it, hour by "
        "hour, and ask who is around you.\n"
    )
    assert not any("actually be doing" in q for q in asked), asked


def test_the_story_going_on_after_a_verse_is_not_its_reading() -> None:
    reading = analyze(
        import_text(
            'Called by Name\n\nGod calls you by your name. Isaiah 43:1 says, "I have called thee by thy '
            'name; thou art mine." And then David says two words to the frightened man, "Fear not." He deals '
            "with the fear before he gives him anything.\n\nThat is how welcome works.\n"
        )
    ).reading
    assert all(u.comment is None for u in reading.scripture), reading.scripture


def test_a_question_asking_for_a_name_is_a_quiz() -> None:
    asked = _questions(
        "Too Heavy Alone: Exodus 18\n\nMoses judges the people from morning until evening, and his "
        "father-in-law sees that it is too much.\n\nSharing the load is good for the leader and for the "
        "people.\n\nQuestions for discussion\n\n"
        "1. What was the name of Moses' father-in-law, and where was he from?\n"
        "2. What are you carrying right now that may be too heavy for you alone?\n"
    )
    assert not any("name of Moses" in q for q in asked), asked


def test_praise_for_a_span_of_time_is_not_a_definition() -> None:
    article = import_text(
        "Fourteen Months\n\nFourteen months is a real achievement. Friendship is a habit of showing up, "
        "and fourteen months of showing up sober is worth marking.\n"
    )
    analysis = analyze(article)
    ctx = Context.build(article, analysis, catalog_language("en"), False)
    months = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith("Fourteen"))
    assert not CHECKS["defines_theme"](ctx, months, "group")
    guide = _guide(
        "Sober Among Friends\n\nDear Rosa, I stopped drinking fourteen months ago and my friends still "
        "meet at the pub. Signed, Dry.\n\nDear Dry,\n\nFourteen months is a real achievement. Friendship "
        "is a habit of showing up, and the habit can change its shape.\n\nChange the shape of the evening, "
        "not the evening. Go early and leave early.\n\nRosa\n"
    )
    assert not any(q.family == "definition" and "Fourteen months" in q.text for q in guide.questions)


def test_a_claim_that_compares_with_what_it_does_not_say_is_not_the_thesis_or_asked() -> None:
    text = (
        "The Resting Field\n\nMost of us treat an idle field as a failure of the farmer. The field that "
        "grows nothing for a year looks abandoned from the road.\n\n"
        "The fallow field says something different. It says that rest is not the same as neglect. My "
        "grandfather chose that field, sowed clover on purpose and walked it every few weeks.\n\n"
        "Rest is part of the plan, not a break from it.\n"
    )
    article = import_text(text)
    reading = analyze(article).reading
    assert reading.thesis is None or "something different" not in reading.thesis.text
    weighed = weigh_claims(reading.passages, article.title, "en")
    assert not any(article.text[k.start : k.end].endswith("something different.") for k in weighed)
    # (quoted with the sentence that says what it says, it may be asked; alone, never)
    assert not any("something different.”" in q or "something different”" in q for q in _questions(text))


def test_a_story_of_the_authors_own_is_not_asked_by_a_theme_word() -> None:
    for language in ("en", "es"):
        for voice in ("group", "couple"):
            assert not any("{theme}" in w for w in catalog(language).wordings("own_story", voice))
    asked = [q for q in _questions(ESSAY) if q.startswith("The author tells a story")]
    assert all("about" not in q.split("”")[-1] for q in asked), asked
