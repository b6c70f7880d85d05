"""The families that stand on the argument itself: the thesis the author argues for (weighed, not
paraphrased), an objection the author takes up and answers, and the words the author offers readers to
say; and the reading that finds them (a claim announced without a colon, a verse with only a frame round
it, a routine told as commands, a view reported after a colon)."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.analysis.argument import reported_views
from guides.article import BlockDraft, build_article
from guides.catalog import catalog_language
from guides.guide import GuideOptions, generate_guide
from guides.guide.context import Context
from guides.guide.families import candidates
from guides.guide.families.checks import CHECKS
from guides.guide.picking import readings


def _article(*paragraphs: str, title: str = "Let Them See Us Disagree"):  # type: ignore[no-untyped-def]
    return build_article([BlockDraft(kind="paragraph", text=p) for p in paragraphs], title=title)


DISAGREE = (
    "For the first ten years of parenting, Rob and I never disagreed in front of the children. If a "
    "question about money came up at dinner, one of us would say “later” and we would finish it behind "
    "the bedroom door.",
    "Every parenting book on our shelf says the same thing: keep your conflict away from the kids. We "
    "believed it, and our evenings had a script. Send the kids upstairs. Close the door. Lower your voice.",
    "I want to argue that hiding every disagreement teaches children that love cannot survive one, and "
    "that the better gift is letting them watch us disagree well.",
    "Paul writes, “Be angry, and don’t sin.” He does not say never be angry. He says the anger must not win.",
    "I know the objection, because my mother raised it at Easter: isn't arguing in front of children just "
    "a way of frightening them? It can be. But a disagreement they see mended frightens them far less "
    "than a silence they cannot explain.",
    "So when it gets tense now, we stop and one of us says it out loud. Try saying, “We disagree, and we "
    "are still a team.” Don’t say, “Your father is being ridiculous.” Then finish the conversation where "
    "they can see the end of it.",
)


def test_a_claim_announced_without_a_colon_is_the_thesis_and_is_weighed() -> None:
    article = _article(*DISAGREE)
    reading = analyze(article).reading
    thesis = reading.thesis
    assert thesis is not None and thesis.has("announced")
    assert article.text[thesis.claim[0] : thesis.end].startswith("hiding every disagreement teaches")
    group = generate_guide(article, GuideOptions(audience="group"))
    weighed = [q for q in group.questions if q.family == "thesis_weigh"]
    assert len(weighed) == 1
    assert weighed[0].text == (
        "The author argues that “hiding every disagreement teaches children that love cannot survive one.” "
        "How convincing do you find that, and why?"
    )
    # The question stands on the clause itself, not on the author's frame round it.
    source = weighed[0].source
    assert article.text[source.start : source.end] == (
        "hiding every disagreement teaches children that love cannot survive one"
    )


def test_counsel_put_as_a_claim_or_a_thesis_that_leans_back_is_never_weighed() -> None:
    for thesis in (
        "Correct your child when you are calm, not when you are angry, whatever the book on the shelf says.",
        "It is the most important thing we have learned in twenty years of marriage together.",
    ):
        article = _article(
            "We used to get this wrong for years, and our children paid for it every evening at dinner.",
            thesis,
            "Last spring our son broke a window, and we waited until the morning to talk to him about it.",
        )
        group = generate_guide(article, GuideOptions(audience="group"))
        assert not any(q.family == "thesis_weigh" for q in group.questions), thesis


def test_an_objection_the_author_answers_is_put_to_the_group() -> None:
    article = _article(*DISAGREE)
    group = generate_guide(article, GuideOptions(audience="group"))
    taken_up = [q for q in group.questions if q.family == "objection_answered"]
    assert [q.text for q in taken_up] == [
        "The author takes up an objection: “Isn't arguing in front of children just a way of frightening "
        "them?” What would you say to it?"
    ]
    source = taken_up[0].source
    assert article.text[source.start : source.end] == (
        "isn't arguing in front of children just a way of frightening them?"
    )


def test_an_objection_left_standing_is_not_asked_about() -> None:
    article = _article(
        "Some of you are thinking that a weekly family meeting is too much for a house with toddlers. "
        "Our meetings started when the twins were three. They lasted ten minutes and ended with ice cream.",
        "A family meeting is where children learn that their voice counts in the house they live in.",
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        assert not any(q.family == "objection_answered" for q in guide.questions)


def test_the_words_an_author_offers_are_put_to_readers_and_words_set_aside_are_not() -> None:
    article = _article(*DISAGREE)
    group = generate_guide(article, GuideOptions(audience="group"))
    offered = [q for q in group.questions if q.family == "offered_words"]
    assert len(offered) == 1, [q.text for q in group.questions]
    assert offered[0].text.startswith("The author suggests saying, “We disagree, and we are still a team.”")
    assert article.text[offered[0].source.start : offered[0].source.end] == (
        "We disagree, and we are still a team."
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        assert not any("ridiculous" in q.text for q in guide.questions)


def test_the_reading_of_a_quoted_verse_a_routine_and_a_reported_view() -> None:
    article = _article(*DISAGREE)
    reading = analyze(article).reading
    roles = {p.text: p for p in reading.passages}
    # A verse quoted with only a frame round it is the text's words, not the author's counsel.
    assert roles["Paul writes, “Be angry, and don’t sin.”"].role == "quotation"
    # The steps of a routine the author describes, told as commands, are the story they belong to.
    for step in ("Send the kids upstairs.", "Close the door.", "Lower your voice."):
        assert roles[step].role == "example" and roles[step].has("routine"), step
    # Counsel that follows is still counsel.
    assert roles["Then finish the conversation where they can see the end of it."].role == "instruction"
    # A view reported after a colon is never the thesis.
    assert reading.thesis is not None and "parenting book" not in reading.thesis.text


def test_a_belief_the_next_paragraph_calls_backwards_is_never_the_thesis() -> None:
    article = _article(
        "For years I kept a list of people I meant to call. I believed what most people seem to believe "
        "about family: that closeness takes care of itself. Good families are supposed to stay close "
        "without trying.",
        "I now think that belief is nearly backwards. Closeness in a family is built by showing up at the "
        "same table, week after week, long after it stops feeling special.",
        "If you are far from your brother this year, I'm sorry. Call him on Sunday anyway.",
    )
    reading = analyze(article).reading
    belief = next(p for p in reading.passages if p.text.startswith("Good families are supposed"))
    assert belief.start in reported_views(reading.passages)
    assert reading.thesis is None or not (
        "supposed to stay close" in reading.thesis.text or reading.thesis.text.startswith("If you are far")
    )
    group = generate_guide(article, GuideOptions(audience="group"))
    assert not any("supposed to stay close" in q.text for q in group.questions)
    assert not any("I'm sorry" in q.text for q in group.questions)


def test_a_sermon_whose_points_walk_through_a_story_asks_where_readers_find_themselves() -> None:
    article = _article(
        "Turn with me to Luke 17. Ten men stand at a distance and shout.",
        "First: all ten cried out.",
        "They had nothing left but their voices, and they used them.",
        "Second: all ten obeyed.",
        "They walked toward the priests before anything had changed.",
        "Third: only one turned back.",
        "Gratitude is not good manners after the gift. It is turning back to the one who gave it.",
        title="Where Are the Nine?",
    )
    group = generate_guide(article, GuideOptions(audience="group"))
    families = {q.family for q in group.questions}
    assert families & {"points_pick_story", "points_read_story"}, [q.text for q in group.questions]
    # What the ten did is no truth to believe about one's own week.
    assert not families & {"points_pick_truths", "points_read_truths"}


def test_a_guide_always_opens_with_a_question_anyone_can_answer() -> None:
    # "Limp" has no question of its own in the theme bank, and is no word to ask "who taught you" about.
    article = _article(
        "Jacob limped away from the river at dawn. He had wrestled all night and he would limp for the "
        "rest of his life.",
        "The limp is not evidence that he lost. It is evidence that he was there, that he held on until "
        "morning.",
        "When you meet someone who limps, do not hurry them. Walk slowly beside them for a while.",
        title="He Limped",
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        opening = guide.sections[0].questions
        assert len(opening) == 1 and opening[0].kind == "icebreaker", audience
        assert opening[0].family == "icebreaker_any"


def test_a_story_the_author_announces_is_never_a_claim_to_test() -> None:
    article = _article(
        "There is a story I used to tell at parties. My husband spent a whole Saturday hanging a porch "
        "swing, and when he called me out to try it, the seat faced the wall.",
        "I don't tell it anymore. Here is what I've come to believe. Venting about your spouse doesn't "
        "release the feeling; it rehearses it.",
        title="Why I Stopped Telling Funny Stories",
    )
    reading = analyze(article).reading
    assert reading.passages[0].role == "example"
    assert reading.thesis is not None and reading.thesis.text.startswith("Venting about your spouse")
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        assert not any("If it is true that there is a story" in q.text for q in guide.questions)


def test_go_and_visit_is_counsel_and_counted_with_the_rest() -> None:
    from guides.analysis.advice import imperative_verb

    assert imperative_verb("Go and visit.") == "go"
    assert imperative_verb("Love and respect are both needed.") is None
    article = _article(
        "We were told we were not compatible. We decided to build it instead, and here is what we learned.",
        "First, change the sentence you use about each other.",
        "Second, pick one thing and give it a season.",
        "Third, go and visit the other's world, and stay for it.",
        "Fourth, stop asking whether you married the right person.",
    )
    group = generate_guide(article, GuideOptions(audience="group"))
    counted = [q.text for q in group.questions if q.family in ("practice_list", "practice_steps", "list_try")]
    assert counted and "four" in counted[0], [q.text for q in group.questions]


def test_a_question_of_two_choices_is_never_answered_yes() -> None:
    article = _article(
        "A quiet soul is not the same as a tired one. Is your soul quiet, or only tired? Most of us cannot "
        "tell the difference until we stop.",
        "Stillness is something you practise, like a language, a little every day.",
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        assert not any("answer yes" in q.text for q in guide.questions)


def test_a_sermons_points_are_read_aloud_whole_when_the_question_counts_them() -> None:
    article = _article(
        "Turn with me to Luke 15. Everyone remembers the son who ran. This morning I want to talk about the "
        "one who stayed, because he is harder to bring home.",
        "First: you can be close to the house and far from the father.",
        "The older brother never left, and he never knew what he had.",
        "Second: scorekeepers can’t celebrate.",
        "He counted every year he worked and every goat he never got.",
        "Third: the father goes out for the older son too.",
        "The father leaves the party to plead with him in the yard.",
        title="The Brother Who Stayed",
    )
    group = generate_guide(article, GuideOptions(audience="group"))
    # "First: you can be close to the house and far from the father." is twelve words without "First:"
    assert any(q.family.startswith("points_read") for q in group.questions)
    read = [r.text for s in group.sections for r in s.readings]
    points = next(r for r in read if r.startswith("First: you can be close"))
    assert points.splitlines()[-1] == "Third: the father goes out for the older son too."


def test_a_group_leader_is_told_who_else_can_answer_when_the_article_speaks_to_the_married() -> None:
    def notes(article):  # type: ignore[no-untyped-def]
        guide = generate_guide(article, GuideOptions(audience="group"))
        return [n.text for s in guide.sections for n in s.notes]

    married = _article(*DISAGREE)  # "Rob and I", but it speaks to parents, not to spouses
    assert any("has children at home" in n for n in notes(married))
    spouses = _article(
        "Every marriage has a fight it keeps having. Your spouse is not your opponent in it.",
        "Tell your husband or wife what the fight is really about. A marriage grows when a couple stops "
        "keeping score.",
        "Ask your spouse one question tonight, and let the answer be longer than yours.",
    )
    assert any("not everyone in the room is married" in n for n in notes(spouses))
    neither = _article(
        "Patience is not waiting quietly. It is staying kind while you wait.",
        "Most of us are patient with strangers and short with the people we see every day.",
    )
    assert not any("in the room" in n for n in notes(neither))
    # A sermon that names a son six times ("Bartimaeus, the son of Timaeus") does not speak to parents.
    son = "the son of Timaeus"
    sermon = _article(
        f"Turn with me to Mark 10. Bartimaeus, {son}, sits by the road. Everyone knows {son}.",
        f"They tell {son} to be quiet. But {son} shouts louder, and Jesus stops for {son}.",
        f"Jesus asks {son} a question and a child in the crowd hears it: what do you want me to do for you?",
    )
    assert not any("in the room" in n for n in notes(sermon))


def test_steps_for_parents_are_put_to_a_group_so_that_anyone_can_take_them() -> None:
    from guides.importing import import_text

    steps = (
        "1. Crouch down. Get to your child's eye level and lower your voice.\n\n"
        "2. Name the feeling. Tell your child what you see: you are cross because the game ended.\n\n"
        "3. Keep the limit. If the answer was no, it stays no, said kindly.\n\n"
        "4. Reconnect afterward. Pull your child close when it is over."
    )
    for_parents = import_text(
        "Four Things That Help When Your Child Melts Down\n\n"
        "Every parent of a small child knows the moment the shouting starts. Your child is not being bad; "
        "children feel more than they can hold yet.\n\nTry these four things.\n\n" + steps
    )
    for_anyone = import_text(
        "Four Things That Help When a Meeting Goes Badly\n\n"
        "Everyone knows the moment a meeting turns. Nobody is being bad; people feel more than they say."
        "\n\nTry these four things.\n\n"
        + steps.replace("your child's", "the other person's")
        .replace("your child", "them")
        .replace("Pull your child close", "Check in")
    )

    def asked(article):  # type: ignore[no-untyped-def]
        guide = generate_guide(article, GuideOptions(audience="group"))
        return [q.text for q in guide.questions if q.family == "practice_list"]

    # Not everyone in the room has a small child: the step is one to remember, and when it will be needed.
    assert asked(for_parents) == [
        "The author suggests four things to do. Which would you most want to remember, and when might you "
        "need it?"
    ]
    assert asked(for_anyone) == [
        "The author suggests four things to do. Which will you start with this week, and when?"
    ]


def test_the_question_an_author_puts_right_is_the_thesis_and_the_text_retold_is_not() -> None:
    article = _article(
        "Last spring I hosted our group for the first time. I spent the whole evening in the kitchen.",
        "Luke tells a short story about a dinner like that. Martha serves and Mary sits.",
        "The trouble was not that I had work to do. The trouble was that the work had me.",
        "So the question for most of us is not whether to be busy. We will be busy. The question is "
        "whether the busyness has room in it for the guest.",
        "Martha asks, “Lord, don’t you care that my sister left me to serve alone?” Jesus says her name "
        "twice.",
        title="Martha and the Many Things",
    )
    reading = analyze(article).reading
    assert reading.thesis is not None
    assert reading.thesis.text == "The question is whether the busyness has room in it for the guest."
    roles = {p.text: p.role for p in reading.passages}
    assert roles["The trouble was that the work had me."] == "claim"
    group = generate_guide(article, GuideOptions(audience="group"))
    assert not any("Lord, don" in q.text and q.family.startswith("offered") for q in group.questions)
    assert not any("Luke tells" in q.text for q in group.questions)


def test_a_verse_to_husbands_is_not_read_as_one_about_submission() -> None:
    from guides.analysis.analyze import analyze as _analyze
    from guides.guide.care import passage_category

    to_husbands = _article(
        "Peter tells husbands to live with their wives “according to knowledge” (1 Peter 3:7). Honour is "
        "something a husband gives, not something he collects.",
    )
    to_wives = _article(
        "Peter asks wives to be subject to their husbands (1 Peter 3:1). Read with care, the passage is "
        "about a quiet witness, never about putting up with harm.",
    )
    assert [passage_category(u) for u in _analyze(to_husbands).scripture] == [None]
    assert [passage_category(u) for u in _analyze(to_wives).scripture] == ["submission"]


def test_a_closing_detail_and_more_than_once_are_not_claims_to_ask_about() -> None:
    from guides.analysis.cues import announced

    said = "But I'll tell you what I think I learned: retirement isn't a long vacation you take together."
    assert said[announced(said) or 0 :].startswith("retirement isn't")
    article = _article(
        "When I retired I moved into my wife's kitchen and rearranged the spices. She went quiet.",
        "But I'll tell you what I think I learned: retirement isn't a long vacation you take together. "
        "It's more like getting married again.",
        "Naomi told her, more than once, to go home. We made an agreement and kept it.",
        "The spices are back the way she had them. The cumin is behind the cinnamon.",
        title="The Year I Retired Into Her Kitchen",
    )
    group = generate_guide(article, GuideOptions(audience="group"))
    asked = [q.text for q in group.questions]
    assert not any("cumin" in q for q in asked), asked
    assert not any("more than once" in q and "difference" in q for q in asked), asked
    assert any("retirement isn" in q.lower() for q in asked), asked


def test_eight_points_are_read_aloud_and_asked_about() -> None:
    from guides.importing import import_text

    tips = [
        ("Set it together, not at the door.", "Agree the time earlier in the week, sitting down."),
        ("Give a reason, not just a time.", "A reason travels with them; a number stays at home."),
        ("Make it about the night.", "A cinema trip and a party are not the same evening."),
        ("Agree the consequence first.", "Decide what happens if they are late while everyone is calm."),
        ("Be awake when they get in.", "The ten minutes after they come home are the best talking time."),
        ("Give them a way out.", "A code word means you will come and get them, no questions asked."),
        ("Loosen it on purpose.", "Tell them plainly how they can earn a later time."),
        ("Remember what it is for.", "Every curfew you set now is practice for the day there is none."),
    ]
    body = "\n".join(f"{i}. {head}\n{why}\n" for i, (head, why) in enumerate(tips, start=1))
    article = import_text(f"8 Things Three Teenagers Taught Me About Curfews\n\n{body}", html=False)
    analysis = analyze(article)
    ctx = Context.build(article, analysis, catalog_language(analysis.language), analysis.has_faith)
    listed = next(u for u in ctx.units if u.kind == "list" and u.list_unit is not None and u.list_unit.points)
    assert CHECKS["points_read_aloud"](ctx, listed, "group")
    asked = next(c for c in candidates(ctx, "group", ("points_read",)))
    read = [r.text for r in readings(ctx, 2, for_group=True, discussed=[asked])]
    points = next(r for r in read if r.startswith("Set it together"))
    assert len(points.splitlines()) == 8


def test_a_picture_question_quotes_the_picture_itself() -> None:
    from guides.analysis.cues import FIGURATIVE

    assert FIGURATIVE.search("An unkind word is like a spark in dry grass.")
    assert not FIGURATIVE.search("In a storm the fierce winds feel like the explanation for everything.")
    assert not FIGURATIVE.search("Se quedó callado como un minuto.")
    assert FIGURATIVE.search("La lengua es como un fuego pequeño.")


def test_pointers_set_aside_readings_and_cut_prompts_are_not_asked() -> None:
    article = _article(
        "Turn with me to Luke 15:4-6. “Which of you men, if you had one hundred sheep, and lost one of them, "
        "wouldn't leave the ninety-nine?” We usually hear this parable as a story about the sheep. It is "
        "really a story about the shepherd who goes looking.",
        "Now come forward to chapter 21 with me, and keep your finger in chapter 15.",
        "Before you build a budget, tell each other the story of money in the house you grew up in. Who "
        "worried? Who spent? What did nobody ever say out loud?",
        title="Carried Home",
    )
    group = generate_guide(article, GuideOptions(audience="group"))
    asked = [q.text for q in group.questions]
    assert not any("chapter 21" in q for q in asked), asked
    assert not any("We usually hear this parable" in q for q in asked), asked
    assert "Who worried?" not in asked


def test_a_claim_whose_turn_comes_after_and_is_asked_whole_and_leaning_quotes_are_not() -> None:
    from guides.guide.families.claims import _key_words

    article = _article(
        "I have coached junior football for eleven seasons, which means I have stood beside a great many "
        "parents shouting at a great many referees.",
        "Here's what I believe after all those Saturdays: a match is a test your child is still learning, "
        "and your job is not to win it for them but to stay steady on the touchline.",
        "Most of what parents are told is about winning more, either by pushing harder or by shielding "
        "their children from losing. Neither teaches a nine-year-old what to do with a loss.",
        "They are still there, every Saturday. But they don't get to coach from the car park.",
        "Third, there was the ride home. Not a post-match review, but twenty quiet minutes, radio on.",
        "A season pass was somewhere around forty pounds, far more than most families here could spend.",
        title="The Touchline Parent",
    )
    ctx = Context.build(article, analyze(article), catalog_language("en"), False)
    group = generate_guide(article, GuideOptions(audience="group"))
    asked = [q.text for q in group.questions]
    # The turn ("not to win it for them but to stay steady") is the claim's point: quoted whole.
    assert any(
        "a match is a test your child is still learning, and your job is not to win it" in q.lower()
        for q in asked
    ), asked
    for unit in ctx.units:
        p = unit.passage
        if p is None or not p.text.startswith(("They are still", "Third, there", "A season pass")):
            continue
        assert _key_words(ctx, unit, "group") is None, p.text  # who "they" are; a point of a list; a fact
    assert not any("season pass" in q or "They are still" in q or "Third," in q for q in asked), asked


def test_a_columnists_steps_for_one_writer_are_put_as_steps_to_remember_not_to_start() -> None:
    from guides.importing import import_text

    column = import_text(
        "My brother borrows and never pays back\n\n"
        "Dear Hattie,\n\n"
        "My brother has borrowed money from us four times this year and paid none of it back. My wife says "
        "we should stop. I feel like a bad brother if we do. What should we do?\n\n"
        "Torn in Millbrook\n\n"
        "Dear Torn,\n\n"
        "Generosity that nobody can talk about is not generosity. It is a leak. Here is what I would do.\n\n"
        "1. Agree with your wife first, just the two of you, on what you can give without asking for it back."
        "\n\n"
        "2. Tell your brother plainly what has changed, at a calm time.\n\n"
        "3. Offer help that is not money: a lift, a meal, an hour on his budget.\n\n"
        "4. Keep the door open, and keep the promise you made to your wife.\n\n"
        "Hattie"
    )
    couple = generate_guide(column, GuideOptions(audience="couple"))
    steps = [q.text for q in couple.questions if q.family.startswith("practice_")]
    assert steps == [
        "The columnist suggests four things to do. Which would each of you most want to remember, and when "
        "might you need it?"
    ]
    group = generate_guide(column, GuideOptions(audience="group"))
    counsel = [q.text for q in group.questions if q.family == "column_counsel"]
    assert counsel and not any("start with this week" in q or "hard to follow?" in q for q in counsel), (
        counsel
    )


def test_the_usual_reading_the_preacher_argues_with_is_never_asked_as_the_storys_point() -> None:
    article = _article(
        "Turn with me to Exodus 17. When I was a boy, this story was always told as a story about Moses. The "
        "lesson was: Moses was a great man of prayer, and when you pray hard enough, you win. Be like Moses.",
        "I want to argue with that this morning. Moses can't do it. His hands get heavy. Aaron and Hur hold "
        "them up, one on each side, until the sun goes down.",
        "Here's what I want you to take home: the people who hold up tired hands matter as much as the "
        "people whose hands are raised.",
        title="The Two on the Hill",
    )
    reading = analyze(article).reading
    usual = next(p for p in reading.passages if "always told as" in p.text)
    assert usual.has("reported")
    assert next(p for p in reading.passages if p.text == "Be like Moses.").has("reported")
    reported = [p for p in reading.passages if p.has("reported")]
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        for q in guide.questions:
            assert not any(p.start < q.source.end and q.source.start < p.end for p in reported), q.text


def test_what_the_author_argues_against_and_the_ways_told_a_paragraph_each_are_asked_about() -> None:
    article = _article(
        "For years I thought my wife had stopped noticing me. It wasn't dramatic. It was a hundred small "
        "things, and I had a joke for all of them.",
        "I think a lot of couples live inside a joke like ours. That's the thing I want to argue against: "
        "the easy story we tell about our spouse when a kinder, truer one is waiting to be asked for.",
        "Here's what we do differently.",
        "We don't talk between rooms. If I want to say something, I walk to where she is. It tells her it "
        "matters.",
        "We face each other. Mira reads faces more than she realised. If I look at her, she gets all of it.",
        "We say the hard things in quiet places. Restaurants are no good for it. The porch is.",
        "If your evenings are busy, bring a pack of cards and play a round before bed.",
        title="The Story We Tell",
    )
    reading = analyze(article).reading
    ways = [u for u in reading.lists if u.ours]
    assert len(ways) == 1 and len(ways[0].items) == 3
    group = generate_guide(article, GuideOptions(audience="group"))
    asked = {q.family: q.text for q in group.questions}
    assert asked.get("argued_against") == (
        "The author argues against “the easy story we tell about our spouse when a kinder, truer one is "
        "waiting to be asked for.” Where have you seen that, and what would you put in its place?"
    )
    assert "practice_ours" in asked, asked
    texts = list(asked.values())
    assert not any("more than she realised" in q or "pack of cards" in q for q in texts), texts


def test_a_columnists_concession_and_a_step_that_follows_on_are_not_asked_alone() -> None:
    from guides.guide.families.claims import _key_words
    from guides.importing import import_text

    column = import_text(
        "My sister posts photos of my children\n\n"
        "Dear Hattie,\n\n"
        "My sister posts every photo of my children online. I've asked her to stop. My mother says I'm "
        "making a fuss. What should I do?\n\n"
        "Worn Out in Eastfield\n\n"
        "Dear Worn Out,\n\n"
        "The question isn't whether your sister means well. She clearly does. The question is whose "
        "decision this is, and it is yours.\n\n"
        "Tell your sister plainly what you would like, at a calm time and not in front of the family. As for "
        "your mother, you can simply say, 'I've made my decision as their mum.' Then change the subject.\n\n"
        "Hattie"
    )
    ctx = Context.build(column, analyze(column), catalog_language("en"), False)
    conceded = next(u for u in ctx.units if u.passage and u.passage.text.startswith("The question isn't"))
    assert _key_words(ctx, conceded, "group") is None
    for audience in ("group", "couple"):
        guide = generate_guide(column, GuideOptions(audience=audience))  # type: ignore[arg-type]
        asked = [q.text for q in guide.questions]
        assert not any("clearly does" in q or "hange the subject" in q for q in asked), asked


def test_a_chapter_named_on_the_way_to_a_passage_gets_no_note_for_the_chapters_other_teaching() -> None:
    def care(*paragraphs: str) -> list[str]:
        article = _article(*paragraphs, title="What Do You Want?")
        guide = generate_guide(article, GuideOptions(audience="session"))
        return [n.text for n in guide.leader_notes if n.kind == "care"]

    on_the_way = care(
        "Turn with me to Mark chapter 10. We're at the end of the chapter, Mark 10:46-52, where a blind man "
        "sits by the road out of Jericho and shouts until Jesus stops.",
        "Jesus asks him, “What do you want me to do for you?” God is not too busy to ask what we want.",
    )
    assert not any("divorce" in n for n in on_the_way), on_the_way
    on_divorce = care(
        "Turn with me to Mark 10:2-12. The Pharisees come to test Jesus with a question about divorce.",
        "Jesus takes them back to the beginning. God is not careless about what he joins together.",
    )
    assert any("divorce" in n for n in on_divorce), on_divorce


def test_what_the_author_means_is_asked_of_a_central_sentence_and_never_of_a_step_or_a_leaning_one() -> None:
    from guides.guide.families.meaning import meant

    article = _article(
        "Every autumn our street holds a bonfire, and every autumn I stand at the edge of it.",
        "Neighbours are not made by living close together. A neighbour is someone whose door you have "
        "knocked on when you did not need anything.",
        "Most of us wait for a reason to knock. But it never comes, and so we never knock.",
        "Ten minutes, most evenings, with the gate open. That is all it took on our street.",
        "A street becomes a neighbourhood when people keep turning up for small things.",
        title="Knock When You Need Nothing",
    )
    ctx = Context.build(article, analyze(article), catalog_language("en"), False)
    asked = {
        u.passage.text: meant(ctx, u) is not None
        for u in ctx.units
        if u.passage is not None and u.kind == "claim"
    }
    assert asked["A street becomes a neighbourhood when people keep turning up for small things."]
    assert not asked.get("Ten minutes, most evenings, with the gate open.", False)  # no verb: a list's item
    assert not asked.get("But it never comes, and so we never knock.", False)  # leans on the one before
    assert not asked.get(
        "Every autumn our street holds a bonfire, and every autumn I stand at the edge of it.", False
    )
    couple = generate_guide(article, GuideOptions(audience="couple"))
    assert any(
        q.text
        == "What do you two think the author means by “A street becomes a neighbourhood when people keep "
        "turning up for small things”?"
        for q in couple.questions
    ), [q.text for q in couple.questions]


def test_a_verse_granted_its_own_meaning_before_the_turn_and_mutual_submission_need_no_question_or_note() -> (
    None
):
    article = _article(
        "There's a verse people quote at weddings: “Shall two walk together, except they have agreed?” "
        "(Amos 3:3). Amos is talking about God and his people, and the point of the verse is that things "
        "don't happen without a reason behind them. But I think the picture still holds for a marriage.",
        "The verse that has done more for us is the one before Paul's passage on husbands and wives: "
        "“subjecting yourselves one to another in the fear of Christ” (Ephesians 5:21). One to another.",
        "A marriage with one voice in it isn't a happy marriage. It's a quiet one.",
        title="Two Voices",
    )
    for audience in ("group", "couple", "session"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        assert not any("God and his people" in q.text for q in guide.questions), audience
        assert not any("submission" in n.text for n in guide.leader_notes), audience


def test_an_apply_step_with_nothing_of_the_authors_own_takes_a_central_sentence_into_the_week() -> None:
    article = _article(
        "Every autumn our street holds a bonfire, and every autumn I stand at the edge of it.",
        "A street becomes a neighbourhood when people keep turning up for small things.",
        "Neighbours are not made by living close together. A neighbour is someone whose door you have "
        "knocked on when you did not need anything.",
        title="Knock When You Need Nothing",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    apply = next(s for s in guide.sections if s.key == "apply")
    assert [q.family for q in apply.questions] in (["claim_apply"], ["thesis_stakes"]), apply.questions
    step = apply.questions[0]
    discussed = [q.source.start for s in guide.sections if s.key == "discuss" for q in s.questions]
    assert step.source.start not in discussed  # never the sentence the discussion has just asked about


def test_a_prayer_a_view_named_after_it_a_clause_inside_a_sentence_and_an_action_cut_short() -> None:
    from guides.guide.families.parsing import _opposed_view

    assert _opposed_view("The next time we see them together is in chapter 35.", "en") is None
    assert _opposed_view("We often think of forgiveness as forgetting.", "en") is not None
    article = _article(
        "Many of us carry an idea of forgiveness that says everything goes back to how it was. And if it "
        "doesn't go back, you haven't really forgiven. That idea sounds generous. But it asks too much.",
        "Peace is what reconciliation owes; closeness is a gift. Genesis 33 shows both.",
        "Notice the people you have decided about. Ask the Lord, honestly, “Who have I stopped seeing "
        "because I think I already know?”",
        "If you sleep well together, thank God and stay where you are.",
        title="Peace Between Brothers",
    )
    reading = analyze(article).reading
    assert next(p for p in reading.passages if p.text.startswith("And if it doesn't go back")).has("reported")
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        for q in guide.questions:
            assert "haven't really forgiven" not in q.text and "stopped seeing" not in q.text, q.text
            assert "where you”" not in q.text, q.text


def test_a_sermons_signpost_a_quote_that_points_back_and_counsel_under_a_label_are_not_asked() -> None:
    from guides.analysis.cues import SERMON_STAGE

    assert SERMON_STAGE.match("That's where we're going to stay this morning.")
    article = _article(
        "Turn with me to Nehemiah 4. Verse 6 says the wall was joined together to half its height. That's "
        "where we're going to stay this morning.",
        "Half the work of rebuilding is clearing up. That's what the middle of things looks like.",
        "There are two easy ways out of this. The third way is harder: go and talk to her.",
        title="Half the Height",
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        for q in guide.questions:
            assert "stay this morning" not in q.text and "That's what the middle" not in q.text, q.text
            assert "The third way" not in q.text, q.text


def test_a_sentence_on_how_the_text_is_laid_out_or_one_that_points_back_is_not_taken_into_the_week() -> None:
    from guides.guide.families.claims import _claim_clause
    from guides.guide.families.meaning import meant

    article = _article(
        "The first two servants take two verses each in Matthew's telling, and the third takes six.",
        "My father kept every tool he ever bought. None of that could have been done in a weekend.",
        "A workshop is a life's worth of decisions, and clearing it is grief done slowly.",
        title="Not All in One Weekend",
    )
    ctx = Context.build(article, analyze(article), catalog_language("en"), False)
    for unit in ctx.units:
        p = unit.passage
        if p is not None and p.text.startswith(("The first two servants", "None of that")):
            assert meant(ctx, unit) is None, p.text
            assert _claim_clause(ctx, unit) is None, p.text
