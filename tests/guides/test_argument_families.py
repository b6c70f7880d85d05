"""The families that stand on the argument itself: the thesis the author argues for (weighed, not
paraphrased), an objection the author takes up and answers, and the words the author offers readers to
say; and the reading that finds them (a claim announced without a colon, a verse with only a frame round
it, a routine told as commands, a view reported after a colon)."""

from __future__ import annotations

from test_guide_support import article_from

from guides.analysis.analyze import analyze
from guides.analysis.reported import reported_views
from guides.catalog import catalog_language
from guides.guide import GuideOptions, generate_guide
from guides.guide.context import Context
from guides.guide.families import candidates
from guides.guide.families.checks import CHECKS
from guides.guide.picking import readings


def _article(*paragraphs: str, title: str = "Let Them See Us Disagree"):  # type: ignore[no-untyped-def]
    return article_from(list(paragraphs), title=title)


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
