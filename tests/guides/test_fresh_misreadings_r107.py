"""What the blind reviewers of r106 and r107 found (stop 33's fifth round): a church's masthead taken for a
study's title, a question the author recalls being asked (and its answer) put to the room, a word quiz
from a study's own list, a room's welcome read as a view, a road taken for a speaker, and a description
with no verb asked as a claim."""

from __future__ import annotations

from test_guide_support import context_for

from guides.guide.families import CHECKS
from guides.guide.families.parsing import _opposed_view
from guides.guide.families.questions import _QUIZ
from guides.importing import import_text


def test_a_churchs_masthead_is_not_the_studys_title() -> None:
    study = (
        "Now Will I Praise: Leah and the Love She Could Not Earn (Genesis 29:16-35)\n\n"
        "Families of Genesis | Small-Group Series, Week 5\n"
        "Riverside Presbyterian Church, Home Groups\n\n"
        "Main idea: God sees the person who is loved less.\n\n"
        "Leah names her first sons for her longing. With the fourth she says, Now will I praise the LORD.\n"
    )
    assert import_text(study).title.startswith("Now Will I Praise")
    other = (
        "Why Art Thou Cast Down? (Psalm 42)\n\n"
        "Songs for the Low Road | Week 3\n"
        "Home Groups, Norwood Baptist Church, Adelaide\n\n"
        "Main idea: Faith in a dark season is not pretending to feel better.\n\n"
        "The psalmist talks back to his own soul, twice.\n"
    )
    assert import_text(other).title.startswith("Why Art Thou Cast Down?")


def test_questions_the_author_recalls_are_not_put_to_the_room() -> None:
    post = (
        "Whatever You Want Was Never a Gift\n\n"
        "For years I let my wife decide everything. Where shall we eat after church? Wherever you want. "
        "Which school for Nana Yaw? You know the schools better than I do.\n\n"
        "The first time my husband came to my parents' house, my mother asked him three questions before "
        "he had finished taking off his shoes. What does your father do? And how exactly do you plan to "
        "provide for my daughter on a teacher's salary?\n\n"
        "What would it look like for you to say what you actually want this week?\n"
    )
    ctx = context_for(post)
    asked = {u.passage.text: u for u in ctx.units if u.kind == "reader_question" and u.passage is not None}
    for text, unit in asked.items():
        if text.startswith(("Where shall we eat", "And how exactly", "What does your father")):
            assert not CHECKS["stands_alone"](ctx, unit, "group"), text
    assert any(t.startswith(("Where shall we eat", "And how exactly")) for t in asked)


def test_a_word_quiz_a_welcome_and_a_road_are_not_questions_views_or_speakers() -> None:
    from guides.guide.families.stories import _words_said

    assert _QUIZ.match("What is a hart, and what other animals are mentioned in the Psalms?")
    assert not _QUIZ.match("What is a friend for, in the end?")
    assert _opposed_view("A room says: we were expecting you. We expect you again.", "en") is None
    sermon = (
        "No llores (Lucas 7:11-17)\n\n"
        "Cuando murió mi hermano Wilber, en la carretera a Juliaca, un hermano muy bien intencionado me "
        "dijo: «Pastor, usted no puede llorar, usted tiene que dar ejemplo». Y yo le hice caso.\n\n"
        "Jesús le dice a la viuda de Naín: no llores. Pero él mismo llora con Marta y María en Betania.\n"
    )
    ctx = context_for(sermon)
    unit = next(u for u in ctx.units if u.passage is not None and "Juliaca" in u.passage.text)
    said = _words_said(ctx, unit)
    assert said is None or said[0] != "Juliaca"


def test_a_description_with_no_verb_is_no_claim_to_see_play_out() -> None:
    from guides.guide.families.claims import _RELATIVE_CLAUSE, FINITE

    bare = "Good enough to win some prize money in small races, not good enough to be flown anywhere"
    assert not FINITE.search(_RELATIVE_CLAUSE.sub(" ", bare))  # (its only verbs are infinitives)
    claim = "Good enough is a gift, not good enough to be flown anywhere"
    assert FINITE.search(_RELATIVE_CLAUSE.sub(" ", claim))
    post = (
        "Lead On Softly\n\n"
        "For most of my twenties I was a serious runner. Good enough to win some prize money in small "
        "races, not good enough to be flown anywhere. Now I pace the slowest group in the city marathon.\n\n"
        "Leadership that loves sets its pace by the slowest ones who are still trying. Leadership that "
        "loves looks back.\n"
    )
    ctx = context_for(post)
    units = [u for u in ctx.units if u.passage is not None and u.passage.text.startswith("Good enough")]
    assert not any(CHECKS["key_general"](ctx, u, "group") for u in units)


def test_what_r108_and_r109_found_is_not_asked() -> None:
    """A church's name with its town and state is no title; "afraid of her father's reaction" is no abuse;
    "Go back a page" finds the place; what the author said to Tom is not Tom's."""
    from guides.analysis.sensitive import find_sensitive
    from guides.guide.families.counsel import _FINDING_THE_PLACE
    from guides.guide.families.stories import _words_said

    study = (
        "Behold Thy Mother (John 19:25-27)\n\n"
        "Grace Covenant Church, Rochester, Minnesota\n"
        "Wednesday Evening Small Groups | Week 3 of 6\n\n"
        "Main idea: Jesus provides for his mother from the cross.\n\n"
        "Even in his own agony he sees her and gives her a home.\n"
    )
    assert import_text(study).title.startswith("Behold Thy Mother")
    assert not find_sensitive("She was not afraid of her future. She was afraid of her father's reaction.")
    assert find_sensitive("I am so afraid of him when he drinks.")
    assert _FINDING_THE_PLACE.search("Go back a page, to chapter three.")
    post = (
        "The Book on the Nightstand\n\n"
        'So one Sunday night I sat Tom down and said, "I feel like we never really talk any more, not '
        'properly." He looked at me as if there would be a test. I told Tom later that I was sorry.\n'
    )
    ctx = context_for(post)
    unit = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith("So one Sunday"))
    said = _words_said(ctx, unit)
    assert said is None or said[0] != "Tom"
