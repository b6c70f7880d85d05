"""Misreadings blind reviewers found in guides for articles the team had not seen (the r40 and r41 sets),
each kept as a class: a view set out to be argued with, a verse named by a bare "verse 7" after a
chapter mentioned in passing, care notes the article does not call for, a claim framed "I think", a noun
read as a command, the page's front matter, and points that are headings rather than claims."""

from __future__ import annotations

from test_guide_support import article_from

from guides.analysis import cues
from guides.analysis.advice import imperative_verb
from guides.analysis.analyze import analyze
from guides.analysis.sensitive import find_sensitive
from guides.guide import GuideOptions, generate_guide
from guides.guide.families.parsing import _opposed_view
from guides.scripture import find_references


def _article(*paragraphs: str, title: str):  # type: ignore[no-untyped-def]
    return article_from(list(paragraphs), title=title)


def _roles(article) -> dict[str, tuple[str, frozenset[str]]]:  # type: ignore[no-untyped-def]
    return {p.text[:24]: (p.role, p.traits) for p in analyze(article).reading.passages}


def test_the_idea_the_author_sets_out_to_argue_with_is_never_taken_to_heart() -> None:
    article = _article(
        "On the day I retired from the depot, the lads gave me a card with a deckchair on it.",
        "I want to argue with it, gently, because it carries an idea that is doing quiet damage.",
        "The idea is that retirement is a reward. You work for forty years, and at the end you are paid out "
        "in leisure.",
        "But rest as a season is one thing. Rest as the whole point is another.",
        "A retired life is for availability: the time to notice who needs you.",
        title="Retirement Is Not a Reward",
    )
    roles = _roles(article)
    assert "reported" in roles["The idea is that retirem"][1]
    # "Rest as the whole point is another" names a noun; it is no command
    assert roles["Rest as the whole point "][0] == "claim"
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))
        asked = " | ".join(q.text for q in guide.questions)
        assert "retirement is a reward" not in asked.lower(), asked


def test_a_denial_is_never_put_right_by_the_words_that_introduce_a_quotation() -> None:
    article = _article(
        "And notice that Jesus doesn't tell them they're wrong about the poor. He says, "
        '"you always have the poor with you, and whenever you want to, you can do them good." '
        "That isn't a shrug.",
        "Where they see something destroyed, he sees something beautiful.",
        title="The Jar",
    )
    keys = analyze(article).reading.key_claims
    assert not any(article.text[k.start : k.end].endswith("He says") for k in keys)


def test_a_bare_verse_after_a_chapter_named_in_passing_is_the_studied_passage() -> None:
    text = (
        "Read Isaiah 58:1-12. Zechariah 7 suggests that fast days had grown up to mark the temple's fall. "
        "Notice the last line of verse 7: the people under your own roof."
    )
    found = find_references(text)
    verse = next(r for r in found if text[r.start : r.end].startswith("verse"))
    assert (verse.book_id, verse.start_chapter, verse.start_verse) == (found[0].book_id, 58, 7), found
    # a chapter named on its own, with nothing studied before it, still takes the verse
    alone = find_references("Turn with me to James chapter 3. And then verse 11.")
    assert (alone[-1].start_chapter, alone[-1].start_verse) == (3, 11)


def test_words_that_only_sound_sensitive_are_not_topics() -> None:
    topics = {t.topic for t in find_sensitive("It felt ungracious, even a bit unfaithful, to complain.")}
    assert "infidelity" not in topics
    assert "infidelity" in {t.topic for t in find_sensitive("He was unfaithful to her for two years.")}
    topics = {t.topic for t in find_sensitive("when you see the naked, that you cover him")}
    assert "sexual_intimacy" not in topics


def test_care_notes_only_for_what_the_article_dwells_on_and_reads_together() -> None:
    article = _article(
        "Anna was a widow, and had been a widow for eighty-four years. The old widow still came every day.",
        "A denarius was a day's wage, so the jar cost a year's salary. Money mattered; the budget was tight, "
        "and the income small.",
        "The old see what others miss, and they still speak. Waiting is not the same as doing nothing.",
        "Further reading: Titus 2:1-8; Psalm 71:18.",
        title="Old Eyes",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    notes = " | ".join(n.text for n in guide.leader_notes)
    assert "grief" not in notes and "debt" not in notes and "Titus" not in notes, notes


def test_a_verse_a_sentence_opens_on_with_and_is_not_listed() -> None:
    article = _article(
        "Paul writes in Ephesians 4:26, “Be angry, and do not sin.” And Colossians 3:13 asks us to bear with "
        "one another and forgive. Forgiveness is a choice we make.",
        "See Romans 5:1 and Romans 5:8 for more.",
        title="Anger",
    )
    usages = {article.text[u.start : u.end]: u.role for u in analyze(article).reading.scripture}
    assert usages["Colossians 3:13"] != "listed" and usages["Romans 5:8"] == "listed", usages


def test_i_think_opens_a_claim_unless_it_guesses_at_someone() -> None:
    assert cues.HEDGE_OPENING.match("I think he just likes being needed.")
    assert cues.HEDGE_OPENING.match("I think maybe we were tired.")
    assert not cues.HEDGE_OPENING.match("I think we've confused hospitality with entertaining.")
    assert _opposed_view(
        "I think we have let ourselves believe that the only things worth doing are the things we do well.",
        "en",
    ) == ("believe that the only things worth doing are the things we do well")
    # never what a relative clause says
    assert _opposed_view("what people imagine is often less kind than what is real", "en") is None


def test_a_participle_after_is_is_no_past_tense_and_a_noun_before_is_is_no_command() -> None:
    assert not cues.is_past("Everything else is best left to the people who are good at it.")
    assert cues.is_past("He was left alone.") and cues.is_past("We loved them.")
    assert imperative_verb("Rest as the whole point is another.") is None
    assert imperative_verb("Rest for an hour after lunch.") == "rest"


def test_the_pages_front_matter_is_a_note() -> None:
    article = _article(
        "St Aidan's Church, Lowmoor. Sunday morning, 9 March. Speaker: Rev. Maureen Hale. Series: At the "
        "Table (part 5). This transcript was made from the recording and lightly edited for reading.",
        "Love does not have to justify itself by being useful.",
        title="The Jar",
    )
    roles = _roles(article)
    assert all(roles[k][0] == "note" for k in roles if not k.startswith("Love")), roles


def test_a_view_the_author_was_taught_or_calls_common_is_argued_against() -> None:
    article = _article(
        "There is a common idea, and it lives very comfortably in churches, that love has to justify itself "
        "by being useful.",
        "I'd been taught, somewhere along the way, that a good husband in a crisis is the one who holds it "
        "together. But my grief was the thing she most needed to see.",
        title="Waste",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    against = [q.text for q in guide.questions if q.family == "argued_against"]
    assert against and against[0].startswith("The author argues against the idea that “"), against


def test_points_named_as_headings_are_not_truths_to_believe() -> None:
    article = _article(
        "This passage has two movements.",
        "1. Where Paul is sitting",
        "Paul writes from prison, chained to a guard.",
        "2. The wrong reading",
        "We read this as a promise of comfort. It is a promise of company.",
        "3. A tale of two prisons",
        "Both men were locked up; only one was free.",
        title="Philippians 1",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any(q.family.endswith("_truths") for q in guide.questions), [q.family for q in guide.questions]


def test_whoever_said_it_is_the_last_name_before_said() -> None:
    article = _article(
        "When I was seventeen, my English teacher at Carrow High, a tired, kind man called Mr Oduya, held me "
        'back after a lesson and said, "Whatever you do, Kate, get out of this town and never look back."',
        "Our social worker, Denise, said something that changed everything: "
        "\"She didn't choose this, and you did, so don't make her pay you for it.\"",
        title="Staying",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    said = [q.text for q in guide.questions if q.family == "words_said"]
    assert said and all(q.startswith(("Mr Oduya says", "Denise says")) for q in said), said


def test_the_question_the_author_used_to_ask_is_not_offered() -> None:
    article = _article(
        "We both started keeping score, and the score was always about the baby.",
        'I used to think the question was "one more, or not?" I\'m starting to think the real question is '
        "whether we can decide in a way we can both live with.",
        title="One More, or Just Us",
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))
        assert not any(q.family.startswith("offered_question") for q in guide.questions), guide.questions


def test_seeing_a_physio_is_no_view_and_a_small_thing_denied_is_no_difference() -> None:
    assert _opposed_view("We still see the physio, but a nearer one.", "en") is None
    assert _opposed_view("Most of us treat rest as whatever is left over.", "en") == (
        "treat rest as whatever is left over"
    )
    article = _article(
        "An invitation after six years of silence is not a small thing. It must have cost him something.",
        "Her praise at the end isn't a reward for finally being chosen. It's what became possible when she "
        "stopped waiting to be chosen.",
        title="Invited",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    contrasts = [q.text for q in guide.questions if q.family == "key_contrast"]
    assert not any("small thing" in q for q in contrasts), contrasts
    assert any("It's what became possible" in q for q in contrasts), contrasts


def test_a_sermon_on_a_marriage_in_the_text_does_not_speak_to_the_married() -> None:
    article = _article(
        "Turn with me to Genesis 29. Jacob loved Rachel, and Leah was his other wife. Her husband never saw "
        "her. Leah named her sons, hoping: now my husband will love me. Her husband did not change.",
        "Some of you are waiting for a husband, a wife, a parent, a boss or a church to look at you. The God "
        "of this passage saw Leah first, and God sees you.",
        title="This Time I Will Praise (Genesis 29:31-35)",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    notes = " | ".join(n.text for s in guide.sections for n in s.notes)
    assert "speaks to married couples" not in notes and "speaks to parents" not in notes, notes


def test_a_breadcrumb_and_a_timed_section_heading_are_never_the_title() -> None:
    from guides.importing import import_text

    column = import_text(
        "THE ASHBY CHRONICLE  |  Home  |  News  |  Family  |  Sign in\n\n"
        "Family › Talking It Over\n\n"
        '"Why does Nana like Sam best?" My mother-in-law favours our son, and our daughters have noticed\n\n'
        "Dear Harriet,\n\nOur son is his grandmother's favourite, and the girls know it.\n\n"
        "Dear Mother of Three,\n\nYou are not making too much of it. Children notice who lights up.\n"
    )
    assert column.title.startswith('"Why does Nana like Sam best?"')
    study = import_text(
        "One Handful with Quietness (Ecclesiastes 4:4-8)\n\n"
        "Weeknight Groups | Autumn Series | Study 3\n\n"
        "Opening (5 minutes)\n\n"
        "Go round the group: what did you do this week simply because you enjoyed it?\n"
    )
    assert study.title == "One Handful with Quietness (Ecclesiastes 4:4-8)"


def test_three_sentences_quoting_one_verse_are_not_a_parallel_list() -> None:
    article = _article(
        "I believe he is. But listen to what Paul actually says so that you don't grieve. "
        "Paul does not say so that you don't grieve at all. He says so that you don't grieve like the rest.",
        title="Let the Funeral Be Sad",
    )
    assert not any(u.parallel for u in analyze(article).reading.lists)


def test_a_columnists_counsel_about_the_writers_own_people_is_not_the_readers_step() -> None:
    from guides.importing import import_text

    column = import_text(
        "Why does Nana like Sam best?\n\n"
        "Dear Harriet,\n\nMy mother-in-law favours our son Sam, and Isla, our daughter, has noticed.\n\n"
        "Worried Mum\n\n"
        "Dear Worried,\n\nYou are not making too much of it. Talk to your husband first, calmly. "
        "Meanwhile, go back to Isla and tell her what you saw. Make sure he doesn't become the target of his "
        "sisters' hurt.\n\nHarriet\n"
    )
    for audience in ("group", "couple"):
        asked = " | ".join(q.text for q in generate_guide(column, GuideOptions(audience=audience)).questions)
        assert "go back to Isla" not in asked and "Make sure he" not in asked, asked


def test_reasons_given_in_their_place_are_the_articles_points() -> None:
    article = _article(
        "The common view goes like this: the ambitious young person leaves, and staying is what happens to "
        "you if you lack courage.",
        "I think that view is mistaken on at least three counts.",
        "First, it confuses novelty with depth. Moving somewhere new teaches you things.",
        "Second, it ignores who pays for the leaving. Towns lose their most capable young people.",
        "Third, it forgets the people who get old. Our parents are in their seventies now.",
        "I'm not arguing against those who have to leave. I'm arguing against the story that makes leaving "
        "the default for anyone with promise.",
        title="Staying Is Not Settling",
    )
    reading = analyze(article).reading
    points = [u for u in reading.lists if u.points]
    assert len(points) == 1 and len(points[0].items) == 3, reading.lists
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = {q.family: q.text for q in guide.questions}
    assert asked.get("argued_against", "").startswith("The author argues against “the story that makes"), (
        asked
    )
    assert not any("seventies" in q for q in asked.values()), asked


def test_the_preachers_housekeeping_and_a_question_about_someone_in_the_story_are_not_asked() -> None:
    article = _article(
        "Good morning. Go ahead and sit down. Brother Wes has been relieved of egg duty.",
        "A teacher told the parable and said, let's thank God we are not like that Pharisee. "
        "Hold on to that, because we'll come back to it.",
        "What do you suppose he's like when his wife leaves the cabinet doors open? Here's the trouble with "
        "the sideways prayer in a marriage. It keeps score of someone else's sins.",
        "The prayer in the temple turns out to be about what happens in the kitchen afterward.",
        title="Two Men Went Up to Pray (Luke 18:9-14)",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = " | ".join(q.text for q in guide.questions)
    for never in ("sit down", "Hold on to that", "he's like", "Here's the trouble"):
        assert never not in asked, asked


def test_tonights_passage_is_read_and_next_weeks_is_not() -> None:
    from guides.importing import import_text

    study = import_text(
        "When the Thorn Stays: 2 Corinthians 12:7-10\n\n"
        "A six-week study for small groups\n\nPassage\n\n2 Corinthians 12:7-10 (WEB)\n\n"
        "Paul asked three times for the thorn to go, and it stayed. Grace is enough, and weakness is where "
        "power is made perfect.\n\n"
        "Before next week\n\nRead 2 Corinthians 4:7-18 and notice how often Paul speaks of weakness.\n"
    )
    assert study.title == "When the Thorn Stays: 2 Corinthians 12:7-10"
    roles = {study.text[u.start : u.end]: u.role for u in analyze(study).reading.scripture}
    assert roles.get("2 Corinthians 4:7-18") == "listed", roles


def test_counsel_in_three_of_six_counted_paragraphs_is_not_a_list_of_three() -> None:
    article = _article(
        "Here is what we learned living with his parents.",
        "First, agree an end date before you unpack. We did not.",
        "Second, his parents, his conversations. I learned this slowly.",
        "Third, pay something, and pay it on time.",
        "Fourth, one room and one evening that are yours.",
        "Fifth, don't become teenagers again.",
        "Sixth, thank them out loud, often.",
        title="Nine Months in the Back Bedroom",
    )
    guide = generate_guide(article, GuideOptions(audience="couple"))
    assert not any("three things" in q.text for q in guide.questions), guide.questions


def test_a_columnists_numbered_steps_are_one_list_of_all_of_them() -> None:
    from guides.importing import import_text

    column = import_text(
        "My husband the pastor is running on empty\n\n"
        "Dear June,\n\nMy husband is a pastor and he has stopped sleeping.\n\nWorried Wife\n\n"
        "Dear Worried,\n\nHere is what I'd do, in this order.\n\n"
        "1. Tell him what you see, once, plainly.\n\n2. Get him to a doctor.\n\n"
        "3. Involve the church leadership with him.\n\n4. Remind him of his own sermons.\n\n"
        "5. Look after yourself too.\n\nJune\n"
    )
    steps = [u for u in analyze(column).reading.lists if u.practice]
    assert len(steps) == 1 and len(steps[0].items) == 5, steps


def test_a_caveat_the_author_grants_is_neither_the_thesis_nor_a_step() -> None:
    article = _article(
        "We lived with his parents for nine months, and it saved us. A marriage needs a door it can close.",
        "I should say the obvious thing: not every family could do this. Some in-laws are unkind, and some "
        "marriages can't bear the weight of an audience. But if you have parents who will give you room, it "
        "can be a gift.",
        title="Nine Months in the Back Bedroom",
    )
    reading = analyze(article).reading
    assert reading.thesis is None or not reading.thesis.text.startswith("Some in-laws"), reading.thesis
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any("Some in-laws" in q.text for q in guide.questions), guide.questions


def test_a_column_headline_in_the_writers_words_is_the_title() -> None:
    from guides.importing import import_text

    for top in ("Life › Advice › Ask Agnes\n\n", "Common Ground, with Rev. Clemency Orr\n\n"):
        column = import_text(
            "THE BRAMLEIGH COURIER  |  Home  |  News  |  Life  |  Sign in\n\n"
            + top
            + "Our widowed neighbour knocks every evening at six. I dread it, and I hate that I dread it.\n\n"
            "Dear Agnes,\n\nEvery evening at six our neighbour knocks, and I dread it.\n\nHiding\n\n"
            "Dear Hiding,\n\nFirst, notice what the dread is telling you.\n"
        )
        assert column.title.startswith("Our widowed neighbour knocks"), column.title


def test_someones_saying_an_old_view_and_an_ironic_aside_are_not_the_authors_claims() -> None:
    article = _article(
        "I grew up with a clear view of envy. You noticed it, and you cut it out.",
        "What I think now is different. Envy tells me what I want, and I can learn from it.",
        "Cows, he used to say, do not know it is Christmas. My father milked every Christmas morning.",
        "I gave to the hospice and sponsored a child. As if all of that would balance out a gearbox.",
        "The story doesn't end with the calm. It ends with a question.",
        title="Envy and the Gearbox",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = " | ".join(q.text for q in guide.questions)
    for never in ("clear view of envy", "Cows", "As if", "The story doesn't end"):
        assert never not in asked, asked


def test_a_list_for_one_kind_of_reader_is_not_everyones_things_to_do() -> None:
    article = _article(
        "When one of you goes back to work after twenty years, the marriage has to be renegotiated.",
        "If you're the one going back",
        "- Stop trying to prove it won't cost anything.\n"
        "- Say out loud which old jobs you are handing over.\n"
        "- Let it be done differently.",
        "If you're the one who has been working",
        "- Don't say nothing has to change.\n- Notice that she is tired.\n"
        "- Be proud of her where she can hear it.",
        title="Back at Work After Twenty Years",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any(q.family == "practice_list" for q in guide.questions), guide.questions
