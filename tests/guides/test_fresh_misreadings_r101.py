"""What the blind reviewers of r100 and r101 found (stop 33's second round): a general claim inside a story
paragraph read as a step of the story, a change of mind too long to ask, a warm-up pinned to a warning
about gaslighting, care notes on words in passing ("sexual immorality", one miscarriage) and none on a
sermon about depression, a fragment quoted as a reading of a psalm, a verseless "being" sentence asked
as a contrast, a printed passage under "Passage (KJV)" taken for counsel, the rule a psalm breaks taken
to heart, pointers, courtesies and asides to the room taken for the thesis, a prayer to "Lord our God",
and counsel that takes children for granted put to a whole group."""

from __future__ import annotations

from test_guide_support import context_for

from guides.analysis import cues
from guides.analysis.analyze import analyze
from guides.analysis.sensitive import find_sensitive
from guides.guide import GuideOptions, generate_guide
from guides.guide.families import CHECKS
from guides.guide.families.changes import changed_mind
from guides.guide.topics import dwells_on
from guides.importing import import_text


def test_a_general_claim_inside_a_story_paragraph_is_a_claim() -> None:
    post = (
        "Both of Us Were There\n\n"
        "Last Sunday Jun and I had a fight about a night eleven years ago. He says he drove through the "
        "flood. I say he came the next morning.\n\n"
        "Both of us were there. We were not standing in the same place. Each of us remembers from where we "
        "stood, and memory is not a video recording. It keeps what frightened us.\n"
    )
    reading = analyze(import_text(post)).reading
    memory = next(p for p in reading.passages if p.text.startswith("Each of us remembers"))
    assert memory.role == "claim"
    story = next(p for p in reading.passages if p.text.startswith("Both of us were there"))
    assert story.role == "example"


def test_a_long_change_of_mind_is_cut_at_the_first_comma_that_leaves_it_whole() -> None:
    post = (
        "The Only Archivist\n\n"
        'Paul says that love "thinketh no evil" (1 Corinthians 13:5). I used to think that meant '
        "forgetting. Now I think it also means something like this: love does not keep its own official "
        "file on the other person, the one correct version, ready to be brought out in the car on the way "
        "home from a wedding.\n"
    )
    ctx = context_for(post)
    unit = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith("I used to"))
    change = changed_mind(ctx, unit)
    assert change is not None and change.verse is not None
    assert change.said.text.endswith("official file on the other person")


def test_a_theme_question_is_never_pinned_to_a_warning_about_gaslighting() -> None:
    assert any(
        t.topic == "abuse"
        for t in find_sensitive(
            "There are marriages where one person keeps rewriting what happened until the other stops "
            "trusting her own mind."
        )
    )
    post = (
        "Both of Us Were There: When a Marriage Remembers Things Differently\n\n"
        "In seventeen years of marriage we have had the same argument a dozen times. A marriage can hold "
        "two memories of one night. Our marriage is stronger for admitting it.\n\n"
        "There are marriages where one person keeps rewriting what happened until the other stops trusting "
        "her own mind. That is not two windows. If that is your marriage, please talk to someone.\n\n"
        "A good marriage keeps both windows open. Marriage is two people looking at one night.\n"
    )
    guide = generate_guide(import_text(post), GuideOptions(audience="group"))
    for q in guide.questions:
        if q.family.startswith("theme_"):
            assert "rewriting" not in q.source.quote


def test_words_in_passing_are_no_care_note_and_a_sermon_on_depression_is() -> None:
    assert not find_sensitive("He is very clear about drunkenness, sexual immorality and strife.")
    phones = (
        "The Phone Sleeps in the Kitchen Now\n\n"
        "We started charging our phones downstairs the year after the miscarriage. The last half hour in "
        "bed is for talking now, and we talk more than we did.\n"
    )
    assert not dwells_on(context_for(phones), "infertility")
    sermon = (
        "When the Psalm Doesn't Turn (Psalm 88)\n\n"
        "Heman is in the dark, and the psalm ends there. Some of you know that darkness as depression.\n\n"
        "A man in my last church had severe depression for most of a decade. What kept him alive was a "
        "phone call every Thursday.\n"
    )
    assert dwells_on(context_for(sermon), "mental_health")


def test_a_fragment_before_someone_elses_words_is_no_reading_of_a_verse() -> None:
    post = (
        "Dead Reckoning\n\n"
        "For me the fixes came slowly, and from outside. A line from Psalm 139 read aloud at a funeral: "
        '"If I take the wings of the morning, and dwell in the uttermost parts of the sea; even there '
        'shall thy hand lead me." A friend who said, "I don\'t need you to be sure. I just need you to come '
        'to dinner." The bread, one ordinary Sunday, being more than bread.\n'
    )
    ctx = context_for(post)
    assert not any(CHECKS["verse_discussed"](ctx, u, "group") for u in ctx.units if u.kind == "scripture")
    bread = [u for u in ctx.units if u.passage is not None and u.passage.text.startswith("The bread")]
    assert not any(CHECKS["key_contrast"](ctx, u, "group") for u in bread)


def test_verses_printed_under_a_passage_label_are_the_bibles_words() -> None:
    study = (
        "Doubtful Disputations (Romans 14:1-13)\n\n"
        "Passage (KJV)\n\n"
        "1 Him that is weak in the faith receive ye, but not to doubtful disputations.\n\n"
        "5 One man esteemeth one day above another. Let every man be fully persuaded in his own mind.\n\n"
        "Commentary\n\n"
        "Our welcome of one another is not based on agreement. It is based on God's welcome.\n"
    )
    reading = analyze(import_text(study)).reading
    printed = [p for p in reading.passages if p.text.startswith(("1 Him", "Let every man"))]
    assert len(printed) == 2 and all(p.role == "quotation" for p in printed)


def test_the_rule_the_psalm_breaks_is_granted_not_taken_to_heart() -> None:
    sermon = (
        "When the Psalm Doesn't Turn\n\n"
        "Almost every lament psalm has a turn. You get the complaint, and then there's a But. Psalm 13 "
        "does that. Psalm 88 doesn't. Listen for the turn, and notice that it never comes.\n\n"
        "The church is not a place to rush people to the happy ending. It is a place to stay.\n"
    )
    reading = analyze(import_text(sermon)).reading
    rule = next(p for p in reading.passages if p.text.startswith("Almost every"))
    assert rule.has("concession")
    assert cues.READING_OF_TEXT.match("The whole psalm is addressed to God.")


def test_pointers_courtesies_and_asides_to_the_room_are_never_the_thesis() -> None:
    column = (
        '"I stopped drinking, and now I don\'t know how to be with my friends"\n\n'
        "Dear Ellen,\n\nFourteen months ago I stopped drinking. My friends still meet at the pub. What do I "
        "do?\n\nDry\n\n"
        "Dear Dry,\n\nFirst, congratulations. Fourteen months is a real achievement, and it sounds like it "
        "was hard won. So the question isn't whether to keep these friends. That's the part of your "
        "friendship that isn't built on drinking.\n"
    )
    thesis = analyze(import_text(column)).reading.thesis
    assert thesis is None or not thesis.text.startswith(("Fourteen months is", "So the question", "That's"))
    sermon = (
        "As He Did Aforetime (Daniel 6)\n\n"
        "If you are using the phone Bible, that is fine, but please, it is Daniel, not Facebook. Daniel "
        "prays three times a day with his windows open toward Jerusalem.\n\n"
        "Faithfulness at work is mostly ordinary. Do your work so well that the only thing they can "
        "criticise is your faith.\n\n"
        "Lord our God, we thank you for work.\n"
    )
    reading = analyze(import_text(sermon)).reading
    assert reading.thesis is None or not reading.thesis.text.startswith("If you are using")
    prayer = next(p for p in reading.passages if p.text.startswith("Lord our God"))
    assert prayer.has("prayer")


def test_counsel_that_takes_children_for_granted_is_not_put_to_a_whole_group() -> None:
    from guides.guide.families import candidates

    post = (
        "After the Welcome Meal: Seven Ways to Befriend a Family New to the Country\n\n"
        "The welcome meal is easy to volunteer for. What newcomers need most, once the beds are made, isn't "
        "more help. It's friends.\n\n"
        "Invite them into your ordinary week. Bring them along to your kid's soccer game on Saturday. Ask "
        "them to teach you a dish from home.\n"
    )
    asked = candidates(context_for(post), "group", ("counsel_other_done", "counsel_other", "counsel_moment"))
    soccer = [q for q in asked if "soccer" in q.source.text]
    assert soccer and all(q.for_couples for q in soccer)  # (not for everyone in the room)


def test_the_ways_of_the_authors_childhood_home_are_told_not_argued() -> None:
    post = (
        "The Rules Nobody Wrote Down\n\n"
        "In my family, when a visitor arrives, you put the kettle on before they have finished greeting. "
        "Tea is not an offer. Tea is what happens.\n\n"
        "You are not marrying one person. You are marrying a house's rules.\n"
    )
    reading = analyze(import_text(post)).reading
    tea = next(p for p in reading.passages if p.text.startswith("Tea is not an offer"))
    assert tea.role == "example" and tea.has("household")
    marrying = next(p for p in reading.passages if p.text.startswith("You are not marrying"))
    assert marrying.role == "claim"


def test_background_greetings_quizzes_and_the_storys_people_are_not_claims_or_counsel() -> None:
    from guides.analysis.standing import BACKGROUND
    from guides.guide.families.parsing import _opposed_view
    from guides.guide.families.questions import _QUIZ

    assert BACKGROUND.search("In Jesus' day a talent wasn't an ability.")
    assert _opposed_view("We hear talent and we think of being good at netball, or singing.", "en") is None
    assert _QUIZ.match("What kind of ring did the rich man wear?")
    assert not _QUIZ.match("What kind of welcome did you receive when you first came?")
    sermon = (
        "Why Is Thy Countenance Fallen? (Genesis 4)\n\n"
        "Good morning, church! And Auntie Sheila, welcome back from hospital. We are glad to have you.\n\n"
        "God asks Cain a question. Cain never answers it. Not a word. Envy is not the flu; you do not "
        "simply catch it.\n"
    )
    ctx = context_for(sermon)
    welcome = [u for u in ctx.units if u.passage is not None and "welcome back" in u.passage.text]
    assert not any(CHECKS["counsel_to_reader"](ctx, u, "group") for u in welcome)
    cain = [u for u in ctx.units if u.passage is not None and u.passage.text.startswith("Cain never")]
    assert not any(CHECKS["key_contrast"](ctx, u, "group") for u in cain)


def test_what_r104_and_r105_found_is_not_asked() -> None:
    """ "The uniform is the problem, not the fear" is not "the uniform is not the fear"; two people of the
    story are not a distinction; "thank you for writing" is no counsel; "How are you?" is no question
    offered; "I said nothing that day either." opens no story."""
    post = (
        "I Was My Husband's Food Police\n\n"
        "Sam and Toby are not close friends. The uniform is the problem, not the fear. Love is not "
        "control.\n\n"
        'Before anything else: thank you for writing. Ask "How are you?" first, then ask a better '
        'question a week later: "How did your mother\'s appointment go?"\n\n'
        "I said nothing that day either. We had been married for nine years when I started counting. "
        "In the end we asked Sam and Toby to sit down together.\n"
    )
    ctx = context_for(post)
    claims = {u.passage.text: u for u in ctx.units if u.passage is not None and u.kind == "claim"}
    assert not CHECKS["says_what_it_is_not"](ctx, claims["Sam and Toby are not close friends."], "group")
    assert not CHECKS["says_what_it_is_not"](
        ctx, claims["The uniform is the problem, not the fear."], "group"
    )
    assert cues.COURTESY.match("Before anything else: thank you for writing.")
    from guides.guide.offered import offered_questions

    offered = [ctx.article.text[s:e] for _, (s, e) in offered_questions(ctx)]
    assert "How are you?" not in offered
    story = [u for u in ctx.units if u.passage is not None and u.passage.text.startswith("I said nothing")]
    assert not any(
        CHECKS["story_opening"](ctx, u, "group") and CHECKS["own_story"](ctx, u, "group") for u in story
    )


def test_a_question_someone_in_the_story_asks_is_not_the_authors_to_the_reader() -> None:
    study = (
        "Set Bread and Water Before Them (2 Kings 6:8-23)\n\n"
        'The king of Israel is beside himself: "shall I smite them?" Elisha answers with a sharp question: '
        "would you kill prisoners you didn't even capture yourself? Then he orders a feast.\n\n"
        "Is there someone you have been treating as an enemy who needs bread more than a lecture? In the "
        "end it is Elisha who feeds his enemies.\n"
    )
    ctx = context_for(study)
    elisha = [u for u in ctx.units if u.passage is not None and u.passage.text.startswith("Elisha answers")]
    assert not any(CHECKS["yes_no_question"](ctx, u, "group") for u in elisha)


def test_a_columns_apply_step_is_the_readers_own_and_its_discussion_the_writers() -> None:
    column = (
        '"I\'ve hosted our home group for eight years"\n\n'
        "Dear Ellen,\n\nI am tired. If I stop hosting, the group will fall apart. What should I do?\n\n"
        "Weary\n\n"
        "Dear Weary,\n\nRest is part of how faithfulness lasts. Give a date, and give it time. Tell the "
        "group the truth about how tired you are. Ask two others to take a month each.\n\nEllen\n"
    )
    guide = generate_guide(import_text(column), GuideOptions(audience="group"))
    apply = next(s for s in guide.sections if s.key == "apply")
    for q in apply.questions:
        assert q.family != "column_counsel"  # ("what else would you tell the writer": no step of one's own)
    own = [q for q in guide.questions if q.family == "column_counsel_own"]
    assert all("situation of your own" in q.text for q in own)


def test_one_of_the_authors_children_named_by_place_is_no_contrast() -> None:
    from guides.guide.families.claims import _ONE_OF_THE_CHILDREN

    assert _ONE_OF_THE_CHILDREN.match("La menor todavía dibuja en lugar de escribir.")
    assert _ONE_OF_THE_CHILDREN.match("Our youngest still draws instead of writing.")
    assert not _ONE_OF_THE_CHILDREN.match("The young need more than rules.")


def test_the_authors_own_view_after_the_ways_of_home_is_a_claim() -> None:
    post = (
        "Sorry\n\n"
        "Growing up, my father never said sorry. Nobody in our house did. But an apology is a gift, not a "
        "defeat.\n\n"
        "An apology costs the one who gives it.\n"
    )
    reading = analyze(import_text(post)).reading
    belief = next(p for p in reading.passages if p.text.startswith("But an apology"))
    assert belief.role == "claim" and not belief.has("household")
