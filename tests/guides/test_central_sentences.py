"""The author's central sentences: asked about whole (a claim whose turn comes late, what the author
means, what they argue against, taken into the week), and never a sentence that points back, reports a
view the author answers, sets out how the text is laid out, or is said to the room."""

from __future__ import annotations

from test_guide_support import article_from

from guides.analysis.analyze import analyze
from guides.catalog import catalog_language
from guides.guide import GuideOptions, generate_guide
from guides.guide.context import Context


def _article(*paragraphs: str, title: str):  # type: ignore[no-untyped-def]
    return article_from(list(paragraphs), title=title)


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
    from guides.guide.families.meaning import meant
    from guides.guide.families.thesis import _claim_clause

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
