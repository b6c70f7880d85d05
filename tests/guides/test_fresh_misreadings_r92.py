"""What the blind reviewers of r92 and r93 found: a column about a friend who speaks of ending her life
with no leader's note, the feeling a letter answers ("the answer to “I'm no longer useful”") and the
questions children ask offered as words to say, counsel for the readers in one case ("If it's the
person, please talk to someone") asked of everyone, "the story of Jerusalem", a church's notices
after "before the closing hymn" read as the sermon, and a scene in three short clauses taken for the
preacher's argument."""

from __future__ import annotations

from test_guide_support import context_for

from guides.analysis.analyze import analyze
from guides.analysis.sensitive import find_sensitive
from guides.analysis.standing import is_scene
from guides.guide import GuideOptions, generate_guide
from guides.guide.families import CHECKS
from guides.guide.families.stories import _people_in
from guides.guide.offered import offered_questions, offered_words
from guides.importing import import_text


def test_asking_whether_someone_is_thinking_of_ending_their_life_is_mental_health_care() -> None:
    found = find_sensitive('It is right to ask directly, "Are you thinking of ending your life?"')
    assert [t.topic for t in found] == ["mental_health"] and found[0].intensity == "open"
    assert not find_sensitive("He gave his life for his friends, and she lives her own life.")
    column = (
        "My friend calls every night in crisis\n\n"
        "Dear Hannah,\n\nMy friend calls me every night since her divorce. Last week she said she doesn't "
        "see the point any more. I am exhausted. What do I do?\n\nWorn Out\n\n"
        'Dear Worn Out,\n\nTake those comments seriously. Ask her directly, "Are you thinking of ending '
        'your life?" Asking does not put the idea in her head. Then change the calls openly, rather than '
        "quietly disappearing.\n\nHannah\n"
    )
    guide = generate_guide(import_text(column), GuideOptions(audience="group"))
    notes = " ".join(n.text for s in guide.sections for n in s.notes) + " ".join(
        n.text for n in guide.leader_notes
    )
    assert "harming themselves" in notes, notes


LETTER = (
    "If Monday Has Gone Quiet\n\n"
    "You have retired, and the phone has stopped ringing. If that's you, I'd gently say that the answer "
    "to \"I'm no longer useful\" is not to disappear. We don't want you because you're useful.\n\n"
    'Children ask the questions the rest of us are too polite to: "Where is he now?" "Can he see '
    'me?" Tell them what you believe.\n\n'
    "If it's the person, please talk to someone: your pastor, a counsellor, a friend.\n"
)


def test_a_feeling_answered_and_the_questions_children_ask_are_not_offered() -> None:
    ctx = context_for(LETTER)
    words = [ctx.article.text[s:e] for _, (s, e) in offered_words(ctx)]
    assert not any("no longer useful" in w for w in words), words
    asked = [ctx.article.text[s:e] for _, (s, e) in offered_questions(ctx)]
    assert not any("Where is he now" in q for q in asked), asked


def test_counsel_for_the_readers_in_one_case_is_not_everyones() -> None:
    ctx = context_for(LETTER)
    unit = next(
        u for u in ctx.units if u.passage is not None and u.passage.text.startswith("If it's the person")
    )
    assert not CHECKS["counsel_to_reader"](ctx, unit, "couple")


SERMON = (
    "As He Did Aforetime: Daniel 6\n\n"
    "Daniel kept his window open toward Jerusalem. Jerusalem was hundreds of kilometres away. Jerusalem "
    "was in ruins. But Daniel faced it every day, and he prayed.\n\n"
    "The decree is signed, the lions are hungry, and Daniel is giving thanks.\n\n"
    "Build your habits now, on the ordinary days, so that you can do on the hard day what you did "
    "aforetime. Keep your window open toward God.\n\n"
    "Amen.\n\n"
    "Now, before the closing hymn, a few announcements. The youth football match is next Saturday at "
    "four. Last year we lost four-nil, so the youth are asking for serious prayer.\n\n"
    "And lastly, somebody has parked behind the minister's car. Please come and release me.\n"
)


def test_a_place_of_the_bible_is_not_who_a_story_is_about() -> None:
    ctx = context_for(SERMON)
    block = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith("Daniel kept"))
    assert _people_in(ctx, block.passage.block) != "Jerusalem"


def test_the_notices_after_the_closing_hymn_is_announced_are_not_the_sermon() -> None:
    article = import_text(SERMON)
    assert "four-nil" not in article.text
    assert any("four-nil" in r.text for r in article.removed)


def test_a_scene_in_short_clauses_is_no_claim() -> None:
    assert is_scene("The decree is signed, the lions are hungry, and Daniel is giving thanks.")
    assert not is_scene("Build your habits now, on the ordinary days, so that you can stand.")
    reading = analyze(import_text(SERMON)).reading
    assert reading.thesis is None or not reading.thesis.text.startswith("The decree is signed")


ESSAY = (
    "Separate Rooms, Same Marriage\n\n"
    "Here is what I've come to believe. The shared bed is a good and lovely thing, and for most couples "
    "it is where a lot of the glue of marriage happens. But it isn't the marriage itself. It's a place "
    "where certain things happen by accident.\n\n"
    "So the first thing I'd ask you this morning is just this. Has anyone noticed you're running on "
    "empty? Because Jesus has.\n\n"
    "You quoted Galatians 6:2. The first burden is a crushing weight, the kind no one can carry alone.\n\n"
    'Paul says, "Be ye angry, and sin not: let not the sun go down upon your wrath" (Ephesians 4:26). '
    "You don't have to repair before the sun goes down on the tantrum. You do have to come back to it "
    "before bedtime.\n"
)


def test_what_is_granted_after_the_announcement_is_not_what_the_author_believes() -> None:
    reading = analyze(import_text(ESSAY)).reading
    granted = next(p for p in reading.passages if p.text.startswith("The shared bed"))
    assert granted.has("concession") and not granted.has("announced")
    assert reading.thesis is None or not reading.thesis.text.startswith("The shared bed")


def test_a_question_answered_at_once_is_not_turned_to_the_reader() -> None:
    ctx = context_for(ESSAY)
    unit = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith("Has anyone"))
    assert not CHECKS["yes_no_question"](ctx, unit, "group")


def test_a_phrase_half_of_a_pair_and_both_places_are_not_claims_to_see_play_out() -> None:
    guide = generate_guide(import_text(ESSAY), GuideOptions(audience="group"))
    asked = " ".join(q.text for s in guide.sections for q in s.questions)
    assert "crushing weight" not in asked
    # (the denial is asked with the sentence that puts it right, or not at all)
    assert "You don't have to repair" not in asked or "You do have to come back" in asked
    assert not any(
        q.family == "scripture_comment" and "You don't have to repair" in q.text
        for s in guide.sections
        for q in s.questions
    )
    from guides.guide.families.claims import _points_back

    assert _points_back("God is with Hagar in both places.")
    assert not _points_back("God is with Hagar in the wilderness.")


def test_a_question_the_author_goes_on_to_answer_is_not_put_to_the_reader() -> None:
    text = (
        "Always to Pray and Not to Faint\n\n"
        'If God will act "speedily," why have some of us been praying about the same thing for twenty '
        'years? One helpful way to hold this is that "speedily" may mean "decisively" when the time '
        "comes.\n\n"
        "What would it look like for you to keep praying this week?\n"
    )
    ctx = context_for(text)
    unit = next(u for u in ctx.units if u.passage is not None and "twenty" in u.passage.text)
    assert not CHECKS["stands_alone"](ctx, unit, "group")
