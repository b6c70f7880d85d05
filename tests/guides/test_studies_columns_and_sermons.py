"""Fresh sets r56 and r57: what a study says for its leader, its stated main idea, its passage read aloud
and its title under a series line; a blog's header line with its categories; the thanks a preacher opens
with; a hedge ("if you can") or a pronoun ("more of them") that leaves a question with nothing to stand on;
and the author's child named and aged, a fact rather than a claim."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_text

STUDY = (
    "Teach Us to Number Our Days (Psalm 90)\n\n"
    "Midweek Bible Study · Kingsmead Baptist Church\n\n"
    '"Songs for the Long Road": Studies in the Psalms, Week 3\n\n'
    "Main idea: Psalm 90 asks God to teach us to see our lives as they really are, short and fragile, set "
    "against his everlasting faithfulness.\n\n"
    "Read Psalm 90 aloud together. It works well read slowly by two voices.\n\n"
    "Background\n\n"
    "Moses lived to a great age, as Deuteronomy 34:7 says, and still he prays this way. The point is not "
    "the number but the shortness.\n\n"
    "So teach us (v. 12)\n\n"
    '"So teach us to number our days." We do not naturally number our days. We assume there will be more '
    "of them. Most of us live as though we will get round to the important things later.\n\n"
    "Leader's note: this study may be hard for anyone recently bereaved. Consider speaking to such members "
    "beforehand, and allow people to pass on any question.\n"
)


def test_a_studys_series_line_and_church_are_not_its_title() -> None:
    assert import_text(STUDY).title == "Teach Us to Number Our Days (Psalm 90)"


def test_a_studys_stated_main_idea_is_its_big_idea() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="session"))
    assert guide.big_idea is not None
    assert guide.big_idea.text.startswith("Psalm 90 asks God"), guide.big_idea


def test_a_studys_own_note_for_its_leader_is_passed_on() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="group"))
    assert any("recently bereaved" in n.text for n in guide.leader_notes), guide.leader_notes


def test_the_passage_a_study_says_to_read_aloud_is_read_and_a_verse_named_in_passing_is_not() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="group"))
    read = guide.section("read")
    assert read is not None
    refs = [r.ref for r in read.readings if r.ref]
    assert "Psalm 90" in refs, refs
    assert "Deuteronomy 34:7" not in refs, refs


def test_a_view_of_our_days_is_never_turned_into_one_of_us() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="group"))
    assert not any("more of us" in q.text for q in guide.questions), guide.questions


def test_a_blogs_header_line_with_its_categories_is_page_furniture() -> None:
    post = import_text(
        "We Went Down to One Car\n\n"
        "Kitchen Table Accounts · Lorna Petrakis · 11 March · Filed under: Money, Marriage, Family Life\n\n"
        "Eighteen months ago our second car failed its test for the last time. We agreed to try one car for "
        "three months. We never bought another.\n\n"
        "A household where nobody has to depend on anybody is not the same as a close one.\n"
    )
    assert "Filed under" not in post.text


def test_a_preachers_thanks_and_a_hedged_step_are_not_counsel() -> None:
    sermon = import_text(
        "Help My Unbelief\n\n"
        "Good morning. Before anything else, thank you to whoever fixed the heating in the hall.\n\n"
        "The father in Mark 9 does not pretend. He says what he has and asks for what he lacks. Faith is "
        "not the absence of doubt; it is bringing the doubt to Jesus.\n\n"
        "So ring the person you have been avoiding. Visit if you can.\n"
    )
    guide = generate_guide(sermon, GuideOptions(audience="group"))
    asked = " ".join(q.text for q in guide.questions)
    assert "heating" not in asked and "Visit if you can" not in asked, guide.questions


def test_the_authors_child_named_and_aged_is_a_fact_not_a_claim() -> None:
    article = import_text(
        "Sleepovers: What We Decided\n\n"
        "We argued about sleepovers for a year before we agreed on anything.\n\n"
        "Our middle son, Jakub, is nine and doesn't want to sleep anywhere but his own bed. That's fine.\n\n"
        "Our daughter doesn't need to be easy. She needs to be ours.\n"
    )
    claims = [k for k in analyze(article).reading.key_claims]
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any("Jakub" in q.text for q in guide.questions), guide.questions
    assert claims  # (the key claims are still read: "Our daughter doesn't need to be easy ...")


def test_an_announcing_first_line_is_not_one_of_the_steps() -> None:
    article = import_text(
        "One Car\n\n"
        "So if you want to try something smaller, try this. For one month, plan your week together as "
        "though you only had one car. Sit down with your husband or wife on Sunday evening and go through "
        "every day. Ask what each appointment is for, not just when it is. Then notice what you learn.\n"
    )
    steps = [u for u in analyze(article).reading.lists if u.practice]
    assert steps and len(steps[0].items) == 4, steps


def test_a_sermons_opening_pleasantries_are_not_its_thesis() -> None:
    sermon = import_text(
        "Deal Gently for My Sake\n\n"
        "Good evening, everybody. It's a smaller crowd tonight, which I'm choosing to believe is because of "
        "the football and not because of the series title.\n\n"
        "Open your Bibles, if you would, to 2 Samuel chapter 18.\n\n"
        "David tells his generals to deal gently with the young man Absalom. A father's gentleness is not "
        "weakness; it is the last thing he can still give his son.\n\n"
        "Don't wait for the battle to be gentle. Pick up the phone this week.\n"
    )
    reading = analyze(sermon).reading
    assert reading.thesis is None or "football" not in reading.thesis.text, reading.thesis
    guide = generate_guide(sermon, GuideOptions(audience="group"))
    read = guide.section("read")
    assert read is not None and not any("football" in r.text for r in read.readings), read.readings


def test_an_advice_columns_letter_is_read_before_the_answer() -> None:
    column = import_text(
        "My mother is sending money to a man she has never met\n\n"
        "Dear Imogen,\n\n"
        "My mum is 74 and has been on her own since Dad died. Last spring she met a man online who says he "
        "works on an oil rig. She has sent him money four times, and when I told her it was a scam she "
        "stopped answering my calls. What do I do?\n\n"
        "Worried Daughter\n\n"
        "Dear Worried Daughter,\n\n"
        "I'm so sorry. What you describe has every mark of a romance scam. The cruel part is that the truth, "
        "told head-on, drives people closer to the one deceiving them. You cannot out-argue him. You may be "
        "able to out-love him.\n\n"
        "So repair the contact first, even if you have to apologise for how you said it. Then ask instead of "
        "telling: ask her to tell you about him.\n"
    )
    guide = generate_guide(column, GuideOptions(audience="group"))
    read = guide.section("read")
    assert read is not None and read.readings, guide.sections
    assert read.readings[0].text.startswith("My mum is 74"), read.readings


def test_a_story_told_of_someone_is_asked_about_by_a_theme_only_when_the_article_names_it() -> None:
    article = import_text(
        "Let Her Teach You\n\n"
        "Our church is very good at helping old people and very bad at letting them help us.\n\n"
        "Pearl was ninety when she offered to teach me to swim. Pearl had taught at the baths for forty "
        "years. Pearl made me put my face in the water on the first morning, and Jo and the children came "
        "to watch. Pearl said I was her last pupil.\n\n"
        "Let the old give as well as receive.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any("about children" in q.text for q in guide.questions), guide.questions


def test_a_preachers_points_to_notice_are_not_steps_to_take() -> None:
    sermon = import_text(
        "Leave Your Gift There\n\n"
        "Edna crossed the car park to speak to the woman she had not spoken to in eleven years.\n\n"
        "Notice three things about that.\n\n"
        "First, notice who moved. Jesus tells the one who remembers to go.\n\n"
        "Second, notice where she did it. She did not wait for a better moment.\n\n"
        "And third, notice how long it had gone on. Eleven years is a long time to carry something.\n"
    )
    assert not any(u.practice for u in analyze(sermon).reading.lists)


def test_someone_introduced_by_name_and_age_is_not_a_claim() -> None:
    article = import_text(
        "Nobody Asked Me\n\n"
        "His name is Walter Pryce and he is eighty-one. He asked me one question and then waited.\n\n"
        "Most of us answer a grieving friend's silence with advice. Listening is not the same as fixing.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="couple"))
    assert not any("Walter Pryce" in q.text for q in guide.questions), guide.questions


def test_a_question_someone_in_the_story_asks_is_never_offered_to_the_reader() -> None:
    estudio = import_text(
        "Ana en Silo\n\n"
        "Elcana ama a Ana, pero no escucha. Le pregunta por qué llora, y luego añade: «¿No soy yo mejor "
        "para ti que diez hijos?» Lo dice con cariño, pero convierte el dolor de ella en una pregunta "
        "sobre él.\n\n"
        "Escuchar no es lo mismo que consolar.\n"
    )
    guide = generate_guide(estudio, GuideOptions(audience="group"))
    assert not any("diez hijos" in q.text for q in guide.questions), guide.questions


def test_an_example_question_for_the_letter_writer_is_not_put_to_the_readers() -> None:
    column = import_text(
        "My wife wants a dog\n\n"
        "Dear Marion,\n\n"
        "My wife wants a dog and I said no, because of the cost and the mess. Now she has stopped talking "
        "about it, and I think I answered the wrong question.\n\n"
        "Stuck\n\n"
        "Dear Stuck,\n\n"
        "It probably isn't the dog. Go back to her and ask what she imagines. Walking on the common on a "
        "Saturday morning? Company in the evenings while you're at your choir practice? Something to care "
        "for? Listen longer than feels comfortable.\n"
    )
    guide = generate_guide(column, GuideOptions(audience="couple"))
    assert not any("choir practice" in q.text for q in guide.questions), guide.questions


def test_counsel_that_is_done_never_asks_how_it_would_sound() -> None:
    article = import_text(
        "Evenings at Home\n\n"
        "Children notice who lights up when they walk into a room.\n\n"
        "Put your phone face down when your child starts telling you about their day. Tell your child "
        "one thing you noticed about them today.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    for q in guide.questions:
        if "phone face down" in q.text:
            assert "sound like" not in q.text, q.text


def test_words_an_unnamed_person_said_are_never_given_to_the_name_before_them() -> None:
    article = import_text(
        "The Year My Father Learned to Read\n\n"
        "The tutor was a retired deputy head called Desmond. My father told me that the first morning, when "
        "Desmond asked them to say why they'd come, the hairdresser said, \"So I can read my grandson's "
        'school reports without pretending," and half the room cried.\n\n'
        "Shame keeps more people from learning than slowness ever does.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any(q.text.startswith("Desmond says") for q in guide.questions), guide.questions


def test_what_the_author_catches_themselves_saying_is_never_offered() -> None:
    article = import_text(
        "Our Shy Son\n\n"
        "When an adult asks Ewan a question, my instinct is to rescue him: \"He's in Year 2, aren't you, "
        "Ewan?\" It feels kind. But every time I answer for him, I'm teaching him that someone else will "
        "always do the talking.\n\n"
        "Count to five before you answer for a shy child.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any("aren't you, Ewan" in q.text for q in guide.questions), guide.questions


def test_a_spanish_verb_is_never_a_theme() -> None:
    article = import_text(
        "Cuando empezó a tartamudear\n\n"
        "Nosotros esperamos un año entero, y ojalá no lo hubiéramos hecho.\n\n"
        "Esperamos porque el pediatra dijo que se le pasaría. Esperamos demasiado.\n\n"
        "El tartamudeo no es culpa de nadie, y pedir ayuda pronto no es exagerar.\n"
    )
    themes = [t.label for t in analyze(article).themes]
    assert "esperamos" not in themes, themes


def test_a_columns_name_and_its_writers_bio_are_not_its_headline() -> None:
    column = import_text(
        "HEARTH & HOME  |  Faith  |  Family  |  Marriage  |  Ask Bernard  |  Subscribe\n\n"
        "Ask Bernard\n\n"
        '"He says writing a will is asking for trouble"\n\n'
        "Bernard Okonjo-Pratt has been a minister for thirty years and a husband for thirty-four. Each month "
        "he answers readers' questions about marriage, family and faith.\n\n"
        "Dear Bernard,\n\n"
        "My husband will not make a will. He says it is asking for trouble.\n\n"
        "Worried Wife\n\n"
        "Dear Worried Wife,\n\n"
        "A will is not a prediction. It is a kindness to the people you leave.\n"
    )
    assert column.title.strip('"') == "He says writing a will is asking for trouble", column.title


def test_a_passage_for_next_week_in_a_studys_last_line_is_not_tonights() -> None:
    study = import_text(
        "Nicodemus by Night (John 3:1-17)\n\n"
        "Read John 3:1-17 aloud together.\n\n"
        "Nicodemus comes at night, and Jesus does not send him away. Honest questions are welcome.\n\n"
        'Coming up next week: "What must I do?" The rich young man (Mark 10:17-22).\n'
    )
    guide = generate_guide(study, GuideOptions(audience="session"))
    assert not any(s.ref.startswith("Mark 10") for s in guide.scripture), guide.scripture


def test_a_studys_own_opening_question_is_its_warm_up() -> None:
    guide = generate_guide(
        import_text(
            STUDY.replace(
                "Background\n\n",
                "Opening question\n\nWhen did you last notice how fast time is going?\n\nBackground\n\n",
            )
        ),
        GuideOptions(audience="group"),
    )
    welcome = guide.section("welcome")
    assert welcome is not None and welcome.questions, guide.sections
    assert welcome.questions[0].text == "When did you last notice how fast time is going?", welcome.questions


def test_a_churchs_name_and_a_transcript_line_are_not_the_title() -> None:
    study = import_text(
        "Why Him and Not Us? Miriam and Aaron Speak Against Moses (Numbers 12)\n\n"
        "Ashgrove Chapel Small Groups\n\n"
        "Transcript from the recording, lightly edited\n\n"
        "Aim of this study\n\n"
        "To see how resentment between people who love each other grows, and how God answers it.\n"
    )
    assert study.title.startswith("Why Him and Not Us?"), study.title


def test_a_headline_over_the_columnists_bio_is_the_title() -> None:
    column = import_text(
        "Life  ›  Ask Winifred\n\n"
        "Our son's wife has asked us to ring before we visit. My husband says we're being shut out.\n\n"
        "Winifred Achterberg has been a family mediator for twenty-two years and writes our weekly "
        "column.\n\n"
        "Dear Winifred,\n\n"
        "Our only son married three years ago, and now his wife asks us to ring before we come.\n\n"
        "Shut Out\n\n"
        "Dear Shut Out,\n\n"
        "A door that asks for a knock is not a door that is closed.\n"
    )
    assert column.title.startswith("Our son's wife has asked us"), column.title


def test_the_churchs_notices_are_never_asked_about() -> None:
    sermon = import_text(
        "The Day of Small Things\n\n"
        "God does not despise small beginnings, and neither should we. A small faithful thing is not a "
        "failed big thing.\n\n"
        "Coffee and tea are served in the hall after the service. If you're hosting a group this term, "
        "please let Bethan know by Thursday.\n"
    )
    for audience in ("group", "couple"):
        guide = generate_guide(sermon, GuideOptions(audience=audience))
        asked = " ".join(q.text for q in guide.questions)
        assert "Coffee" not in asked and "Bethan" not in asked, guide.questions


def test_gods_question_in_the_passage_is_never_offered_to_the_reader() -> None:
    study = import_text(
        "Why Him and Not Us? (Numbers 12)\n\n"
        'God calls all three out and speaks for Moses himself: "With him, I will speak mouth to mouth, even '
        'plainly, and not in riddles" (Numbers 12:8). And then the hard question: "Why then were you not '
        'afraid to speak against my servant, against Moses?"\n\n'
        "Speaking against someone is not the same as raising a real concern with them.\n"
    )
    guide = generate_guide(study, GuideOptions(audience="group"))
    assert not any("not afraid to speak against" in q.text for q in guide.questions), guide.questions


def test_a_concrete_word_ending_like_an_abstract_one_is_no_theme_to_ask_about() -> None:
    article = import_text(
        "The Pear Tree at Number Nine\n\n"
        "The fence between our gardens had been broken for years. The fence leaned, and the pear tree grew "
        "through it.\n\n"
        "Every autumn the fence held the pears we never picked. Neighbours are not chosen, but they can be "
        "kept.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any("about fence" in q.text for q in guide.questions), guide.questions


def test_a_name_at_the_start_of_a_sentence_is_not_a_command() -> None:
    from guides.analysis.advice import imperative_verb

    assert imperative_verb("Mark isn't being subtle.") is None
    assert imperative_verb("Mark the date on the calendar.") == "mark"


def test_words_a_child_in_the_story_says_are_never_offered_to_the_reader() -> None:
    post = import_text(
        "The Puppy We Gave Back\n\n"
        'We said it over and over: "He\'s not our dog." Pip would nod seriously and then say, "But he loves '
        'me best."\n\n'
        "Giving something back well is a skill, and children can learn it.\n"
    )
    guide = generate_guide(post, GuideOptions(audience="group"))
    assert not any("loves me best" in q.text for q in guide.questions), guide.questions


def test_a_proverb_quoted_in_passing_does_not_make_an_essay_devotional() -> None:
    essay = import_text(
        "Ring Me\n\n"
        'A text is not a voice. My aunt used to say "A word fitly spoken is like apples of gold" '
        "(Proverbs 25:11), and she said it about phone calls.\n\n"
        "Ring the people you love, even when a message would do.\n"
    )
    assert not analyze(essay).has_faith


def test_the_articles_note_on_its_own_numbered_question_says_whose_numbers_they_are() -> None:
    study = import_text(
        STUDY.replace("Leader's note: this study", "Leader's note: question 6 needs care; this study")
    )
    guide = generate_guide(study, GuideOptions(audience="group"))
    note = next(n.text for n in guide.leader_notes if "Question 6" in n.text)
    assert "not this guide" in note, note


def test_a_studys_direction_to_its_leader_is_no_counsel() -> None:
    study = import_text(
        "One Thing You Lack (Mark 10:17-27)\n\n"
        "Ask someone to read the passage aloud.\n\n"
        "The man goes away sad because he has great possessions. Wealth is not the problem; holding on is.\n"
    )
    for audience in ("group", "couple"):
        guide = generate_guide(study, GuideOptions(audience=audience))
        assert not any("read the passage aloud" in q.text for q in guide.questions), guide.questions


def test_a_line_saying_when_the_columnist_answers_is_not_the_headline() -> None:
    column = import_text(
        "Advice › Ask Nell\n\n"
        "My husband has dementia. He doesn't want anyone at church to know.\n\n"
        "Nell Garside answers your questions every Thursday\n\n"
        "Dear Nell,\n\n"
        "My husband was diagnosed last spring, and he has asked me to tell no one at church.\n\n"
        "Keeping Quiet\n\n"
        "Dear Keeping Quiet,\n\n"
        "A secret kept for someone you love can still be too heavy to carry alone.\n"
    )
    assert column.title.startswith("My husband has dementia."), column.title


def test_a_preacher_asking_leave_to_go_on_is_no_question_for_the_room() -> None:
    sermon = import_text(
        "They Told Him About Her\n\n"
        "Can I tell you about Mr Okoro? When I first came to this church I was given a list of people to "
        "visit, and his name was on it.\n\n"
        "Being told about someone is not the same as knowing them.\n"
    )
    guide = generate_guide(sermon, GuideOptions(audience="group"))
    assert not any("Mr Okoro" in q.text for q in guide.questions), guide.questions


def test_an_affair_ruled_out_is_no_affair_the_article_touches_on() -> None:
    from guides.analysis.sensitive import find_sensitive

    said = "I don't think he's having an affair. Nobody has been unfaithful; we are simply tired."
    assert not [t for t in find_sensitive(said) if t.topic == "infidelity"]
    assert [t for t in find_sensitive("He had an affair two years ago.") if t.topic == "infidelity"]


def test_a_jump_to_comments_link_is_never_the_title() -> None:
    post = import_text(
        "Jump to comments ↓\n\n"
        "Our Twelve-Year-Old Cooked Dinner Every Wednesday for a Year\n\n"
        "We protect our kids from competence more than from danger. Letting her cook was the proof.\n"
    )
    assert post.title.startswith("Our Twelve-Year-Old"), post.title
