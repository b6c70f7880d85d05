"""The argument's spine: the claims an article turns on, and the questions that stand on them."""

from __future__ import annotations

from test_guide_support import article_from

from guides.analysis.analyze import analyze
from guides.analysis.argument import FEW_KEYS, KEY_WEIGHT, QUIET_KEY_WEIGHT, weigh_claims
from guides.article import BlockDraft, build_article
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_text


def _article(*paragraphs: str, title: str = "Come Down Today"):  # type: ignore[no-untyped-def]
    return article_from(list(paragraphs), title=title)


SERMON = (
    "Most of us met Zacchaeus in Sunday school, in a song about a small man in a tree. It's a sweet song. "
    "But this is not a sweet story.",
    "Zacchaeus ran ahead and climbed a sycamore tree. Men of standing did not run in that culture. "
    "Everybody in Jericho knew him, and nobody invited him anywhere.",
    "And notice the order. The welcome comes first. Change is coming, but it comes after the welcome, "
    "not as the price of it.",
    "Zacchaeus gave half of what he had to the poor. That's what grace does when it really lands. "
    "It doesn't make us careless; it makes us generous.",
)


def test_the_claims_an_article_turns_on_are_found_one_per_paragraph() -> None:
    article = _article(*SERMON)
    reading = analyze(article).reading
    keys = reading.key_claims
    said = [article.text[k.lead if k.lead is not None else k.start : k.end] for k in keys]
    assert said[0] == "Change is coming, but it comes after the welcome, not as the price of it."
    heavy = [k for k in keys if k.weight >= KEY_WEIGHT]
    # (below the key weight, only quiet claims that fill up to FEW_KEYS)
    assert len(heavy) == len(keys) or (len(heavy) < FEW_KEYS and len(keys) <= FEW_KEYS)
    assert all(k.weight >= QUIET_KEY_WEIGHT for k in keys)
    blocks = [reading.at(k.start).block for k in keys]  # type: ignore[union-attr]
    assert len(blocks) == len(set(blocks))
    # The story's steps are never the spine.
    assert not any("climbed" in s or "Men of standing" in s for s in said)
    # "It doesn't make us careless ..." leans on the sentence before, and is quoted with it.
    weighed = weigh_claims(reading.passages, article.title, "en")
    generous = next(k for k in weighed if "generous" in article.text[k.start : k.end])
    assert article.text[generous.lead : generous.end].startswith("That's what grace does")  # type: ignore[misc]


def test_the_spine_outweighs_a_turn_of_phrase_as_the_thesis() -> None:
    article = _article(*SERMON)
    thesis = analyze(article).reading.thesis
    assert thesis is not None and thesis.text.startswith("Change is coming")


def test_a_key_claim_is_asked_about_whole() -> None:
    article = _article(*SERMON)
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = [q.text for q in guide.questions]
    assert any(
        "“Change is coming, but it comes after the welcome, not as the price of it.”" in q for q in asked
    )
    assert not any(q.startswith("The author says, “This is not a sweet story") for q in asked)


def test_what_the_author_denies_and_puts_right_is_one_claim() -> None:
    article = _article(
        "We kept separate accounts for years and split every bill down the middle. It felt fair, and we "
        "were proud of the spreadsheet.",
        "Our spreadsheet didn't keep us from fighting about money. It kept us from talking about money, "
        "which is not the same thing at all.",
        "The accounts are just where the money sits. The marriage is in the deciding, together, out loud.",
        title="We Stopped Splitting the Bills",
    )
    keys = analyze(article).reading.key_claims
    pair = next(k for k in keys if article.text[k.start : k.end].startswith("Our spreadsheet"))
    assert article.text[pair.start : pair.end] == (
        "Our spreadsheet didn't keep us from fighting about money. It kept us from talking about money"
    )
    assert pair.shape == "contrast"


POINTS = (
    (
        "Jesus looks up (vv. 1-5)",
        "Everyone in the crowd was looking at Jesus. Jesus was looking at the tree.",
    ),
    ("Jesus invites himself over (vv. 5-7)", "The welcome comes first, and change comes after it."),
    ("Grace reaches the wallet (vv. 8-10)", "Grace heads straight for the place that costs us most."),
)


def test_a_sermons_points_are_named_in_a_question_without_their_verses() -> None:
    drafts = [BlockDraft(kind="paragraph", text="Three things happen in these ten verses of Luke 19.")]
    for number, (point, body) in enumerate(POINTS, start=1):
        drafts.append(BlockDraft(kind="list_item", text=point, ordinal=number))
        drafts.append(BlockDraft(kind="paragraph", text=body))
    article = build_article(drafts, title="Come Down Today")
    assert any(u.points for u in analyze(article).reading.lists)
    guide = generate_guide(article, GuideOptions(audience="group"))
    named = [q.text for q in guide.questions if "three points" in q.text]
    assert named, [q.text for q in guide.questions]
    assert "“Jesus looks up”" in named[0] and "vv." not in named[0]


def test_words_said_at_someones_practice_are_not_theirs() -> None:
    article = import_text(
        "I Owe My Kids an Apology\n\n"
        "I grew up in a house where parents didn't apologize. My dad believed it would undermine his "
        "authority, and a lot of parents still do.\n\n"
        "I still hear this all the time. A mom at Bea's soccer practice told me last month, \"You can't "
        'let them see you sweat. The minute you apologize, they own you."\n\n'
        "I think that is exactly backwards. Kids can tell the difference between a parent who is sorry "
        "and a parent who is backing down.\n",
        html=False,
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        assert not any(q.text.startswith("Bea says") for q in guide.questions)


def test_an_example_under_a_listicles_point_is_not_counsel_of_its_own() -> None:
    drafts = [
        BlockDraft(kind="paragraph", text="Here are five ways to notice the lonely person in a church.")
    ]
    items = (
        ("Learn the names of the people at the edges.", "Ask the usher who sits alone, and learn the name."),
        ("Ask a second question.", "Most conversations stop at fine. Ask what the week was really like."),
        ("Invite them to something small.", "Invite them to soup on a Thursday night instead of a picnic."),
        ("Let them help you.", "Ask the new mom which baby carrier she would recommend to a friend."),
        ("Notice who stops coming.", "Call the person whose chair has been empty for three weeks."),
    )
    for number, (point, body) in enumerate(items, start=1):
        drafts.append(BlockDraft(kind="list_item", text=point, ordinal=number))
        drafts.append(BlockDraft(kind="paragraph", text=body))
    article = build_article(drafts, title="5 Ways to Notice the Lonely")
    guide = generate_guide(article, GuideOptions(audience="group"))
    for q in guide.questions:
        assert "baby carrier" not in q.text and "soup on a Thursday" not in q.text, q.text
        assert "things to do" not in q.text, q.text  # never a count of some of the five ways


def test_counsel_to_different_kinds_of_reader_is_offered_as_a_choice() -> None:
    article = _article(
        *SERMON,
        "So what do we do with this?",
        "If you're in the tree this morning, come down. Don't wait until you've cleaned up.",
        "If you're in the crowd, stop muttering. Pray for the person you'd be suspicious of.",
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    apply = next(s for s in guide.sections if s.key == "apply")
    assert [q.text for q in apply.questions] == [
        "“If you're in the tree this morning” or “If you're in the crowd”: which is closest to you, and what "
        "will you do this week?"
    ]
    assert apply.questions[0].source.quote.startswith("If you're in the tree this morning, come down")


HEARTBREAK = (
    "We should say up front that we don't have a method for this. We've been through it twice with our "
    "own kids, and mostly what we have are a few stories and some hunches. If we've learned one thing, "
    "it's probably this: a grieving teenager seems to need our company far more than our advice, and the "
    "hard part is letting the sadness be as big as it is.",
    "Our son was fifteen when it ended, by text, during a lesson. His father sat on the end of his bed and "
    "said there would be others. He turned over to face the wall.",
    "It may be worth resisting the urge to be quick with advice. Advice is real, and one day they'll "
    "want it. But it seems to land better when they reach for it than when we hand it over.",
)


def test_the_claim_an_author_announces_is_the_big_idea_however_hedged() -> None:
    article = _article(*HEARTBREAK, title="When a Teenager's Heart Breaks")
    reading = analyze(article).reading
    thesis = reading.thesis
    assert thesis is not None and thesis.has("announced") and thesis.role == "claim"
    guide = generate_guide(article, GuideOptions(audience="session"))
    assert guide.big_idea is not None
    assert guide.big_idea.text.startswith("a grieving teenager seems to need our company")
    assert article.text[guide.big_idea.start : guide.big_idea.end] == guide.big_idea.text
    group = generate_guide(article, GuideOptions(audience="group"))
    asked = [q.text for s in group.sections for q in s.questions]
    assert any(
        "company far more than our advice" in q and q.startswith("The author says, “A grieving")
        for q in asked
    )
    # What the author grants before "But ..." is not a claim the argument turns on.
    keys = [article.text[k.start : k.end] for k in reading.key_claims]
    assert not any(k.startswith("Advice is real") for k in keys)


def test_a_view_the_author_reports_is_not_announced_as_theirs() -> None:
    from guides.analysis.cues import announced

    assert announced("It goes something like this: rest is a reward for finishing the work.") is None
    assert announced("The lie we believe is this: you have to earn rest before you take it.") is None
    assert announced("And if you're young, let me say this: decide now what enough looks like.") is None
    said = "I can't untangle that for you here, but I can tell you this: divorce is not the unforgivable sin."
    assert said[announced(said) or 0 :].startswith("divorce is not")


def test_a_listicles_points_are_read_aloud_when_the_group_chooses_among_them() -> None:
    text = (
        "5 Things I Wish I'd Known When I Started Caring for Mum\n\n"
        "Mum was diagnosed four years ago. I made most of the mistakes you can make, so here is what I "
        "wish someone had told me.\n\n"
        "1. Stop correcting her.\nTelling her that her sister died years ago doesn't inform her; it makes "
        "her grieve again. Now I ask what her sister is bringing for lunch.\n"
        "2. Ask for help before you need it.\nI waited until I was sleeping four hours a night to ring the "
        "council, the church and my brother.\n"
        "3. Sort the paperwork while she can still sign it.\nPower of attorney and her wishes about care: "
        "we left it almost too late.\n"
        "4. A bad day is not a verdict on you.\nSome days she will be frightened no matter what you do, "
        "and it isn't a report card.\n"
        "5. She is still in there.\nShe still hums when the kettle boils, and those moments are worth "
        "watching for.\n"
    )
    article = import_text(text)
    lists = [u for u in analyze(article).reading.lists if u.points]
    assert lists and lists[0].noun == "things" and len(lists[0].items) == 5
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = [
        q
        for s in guide.sections
        for q in s.questions
        if q.family in ("list_pick", "list_try", "points_read", "points_read_truths", "points_read_mixed")
    ]
    assert asked, [q.text for s in guide.sections for q in s.questions]
    read = [r.text for s in guide.sections for r in s.readings]
    points = next(r for r in read if r.startswith("Stop correcting her."))
    assert points.splitlines()[-1] == "She is still in there."


CHART = (
    "For four years a chart on our fridge split every chore down the middle, and the logic seemed airtight.",
    "The chart didn’t stop the fights. It moved them. We argued about whose column a thing was in.",
    "When we took the chart down, we replaced it with a question, which we ask on Sunday evenings over "
    "whatever is left of the weekend’s baking: “What’s going to be hard for you this week?”",
    "“How was your week?” “Fine.” Most conversations stop right there. Ask one more: “What made it fine?”",
    "Over a year it probably comes out close to even. Over any given week it almost never does, and that "
    "is the point.",
)


def test_the_question_an_author_offers_couples_is_put_to_them() -> None:
    article = _article(*CHART, title="We Threw Out the Chore Chart")
    couple = generate_guide(article, GuideOptions(audience="couple"))
    asked = {q.family: q for s in couple.sections for q in s.questions}
    offered = asked.get("offered_question")
    assert offered is not None, [q.text for q in asked.values()]
    assert "“What’s going to be hard for you this week?”" in offered.text and "each of you" in offered.text
    assert (
        article.text[offered.source.start : offered.source.end]
        == "What’s going to be hard for you this week?"
    )
    # A follow-up ("What made it fine?") needs the answer before it: never offered alone.
    texts = [
        q.text for s in generate_guide(article, GuideOptions(audience="group")).sections for q in s.questions
    ]
    assert not any("What made it fine" in t for t in texts)
    # The denial and the sentence that puts it right are one claim, asked as a difference.
    assert any("“The chart didn’t stop the fights. It moved them.”" in t for t in texts)


SERMON_POINTS = (
    "Turn with me to 1 Kings chapter 19. Elijah has had the best day of his ministry, and one message "
    "later he is done.",
    "I want to say something plainly this morning, and then I want to show it to you from the text. When "
    "a faithful person hits the end of themselves, God does not start with a rebuke. He starts with bread, "
    "he goes on to a question, and he finishes with a job and a friend. Three things.",
    "First: God starts with the body.",
    "An angel touches him and says, arise and eat. No sermon, no list of failures. Some of you are not "
    "having a crisis of faith. You are having a crisis of sleep.",
    "Second: God asks a question, and he lets Elijah answer.",
    "God knows why Elijah is in the cave. The question is an invitation, and God lets him answer twice.",
    "Third: God gives him a job and a friend.",
    "The cure for being the only one left was not a better attitude. It was another person.",
    "So, where are you this morning? Maybe you're on the mountain. Enjoy it. Maybe you're under the tree. "
    "Then hear me: eat something. Let someone bring you a meal, even in a casserole dish.",
)


def test_a_sermons_announced_claim_and_its_points_on_lines_of_their_own() -> None:
    article = _article(*SERMON_POINTS, title="Under the Tree")
    reading = analyze(article).reading
    assert reading.thesis is not None and reading.thesis.text.startswith("When a faithful person")
    points = [u for u in reading.lists if u.points]
    assert points and len(points[0].items) == 3 and points[0].noun == "things"
    # Counsel for those "under the tree" is for them, not for everyone in the room.
    meal = next(p for p in reading.passages if p.text.startswith("Let someone bring you a meal"))
    assert meal.has("to_some")
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = [q for s in guide.sections for q in s.questions]
    # Points that are claims about God are asked as such ("which is hardest to believe ..."), not as a menu.
    assert any(q.family == "points_read_truths" and "hardest to believe" in q.text for q in asked)
    read = [r.text for s in guide.sections for r in s.readings]
    assert any(r.splitlines()[0] == "First: God starts with the body." for r in read)
    assert any("God does not start with a rebuke. He starts with bread" in q.text for q in asked)
    assert not any("casserole" in q.text or "bring you a meal" in q.text for q in asked)


def test_what_a_group_is_never_asked_from_r17() -> None:
    text = (
        "The Little Foxes\n\n"
        "Most marriages are not lost in a single night. They are worn down by small things nobody thought "
        "were worth mentioning.\n\n"
        "The lovers in the Song do not point at each other. Your husband is not the fox. Your wife is not "
        "the fox. The habit is the fox, and the two of you are on the same side of the fence.\n\n"
        "When the week is at its worst, the faithful thing is usually small. Eat something. Pray out loud. "
        "Go to bed. Call your friend back. Come to church even though you would rather stay home.\n\n"
        "So keep your date night. Just don't expect it to do the work of the other evenings.\n\n"
        "The stalling mostly stopped. Not completely (we are not a miracle household), but nearly.\n\n"
        "For the two of you\n\n"
        "1. What is one little fox in our marriage right now, a small hurt we have let go unnamed?\n"
        "2. What would it look like for us to catch it together this week, without blaming each other?\n"
    )
    article = import_text(text)
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = " | ".join(q.text for s in guide.sections for q in s.questions if s.key != "take_home")
    for never in (
        "husband is not the fox",
        "friend back",
        "date night",
        "miracle household",
        "little fox in our",
    ):
        assert never not in asked, asked


def test_what_a_guide_never_asks_from_r18() -> None:
    rest = _article(
        "Jesus says the Sabbath was made for us. The rest God gives is not finally a day on a calendar. So "
        "the first question isn't “What am I allowed to do on Sunday?” It's “Have I come to him to be "
        "rested?”",
        "Some loneliness is more than a season. If you're being belittled, controlled or frightened in your "
        "own home, that isn't something to wait out. Please talk to someone you trust, or to a counsellor.",
        title="Made for Rest",
    )
    for audience in ("group", "couple"):
        asked = " | ".join(
            q.text
            for s in generate_guide(rest, GuideOptions(audience=audience)).sections
            for q in s.questions
        )
        assert "allowed to do on Sunday" not in asked and "more than a season" not in asked, asked
    text = (
        "4 Things I've Stopped Saying at Funerals\n\n"
        "Most of what we say to grieving people is said for our own comfort, not theirs.\n\n"
        '1. "Everything happens for a reason."\nI thought it was faith. It lands as a verdict.\n'
        '2. "I know how you feel."\nI do not, and they know I do not.\n'
        '3. "At least she is not suffering."\nAt least is a door closing.\n'
        '4. "Let me know if you need anything."\nIt hands the work back to the grieving.\n'
    )
    asked = " | ".join(
        q.text
        for s in generate_guide(import_text(text), GuideOptions(audience="group")).sections
        for q in s.questions
    )
    assert "need to hear" not in asked, asked


def test_a_preachers_housekeeping_and_a_reported_view_are_never_asked() -> None:
    article = _article(
        "Good morning. Go ahead and grab a seat. If you're still in the coffee line, we'll wait for you. "
        "Actually, no, we won't. Turn with me to Genesis chapter 16.",
        "So here's the common advice I now think is wrong: split it evenly. Half the marriage books say some "
        "version of it: you get one night, she gets one night, keep it fair.",
        "Who's the Hagar in your family? God sees the people everyone else is using, and he goes looking for "
        "them.",
        title="The God Who Sees",
    )
    reading = analyze(article).reading
    hagar = next(p for p in reading.passages if p.text.startswith("Who's the Hagar"))
    assert hagar.has("open")
    asked = " | ".join(q.text for s in generate_guide(article).sections for q in s.questions)
    for never in ("grab a seat", "we won't", "one night"):
        assert never not in asked, asked


def test_housekeeping_and_the_authors_bio_are_never_asked_from_r19() -> None:
    text = (
        "After the Casseroles Stop\n\nBy Nadia Fairhill\n\n"
        "Good morning. Would you turn with me to Psalm 13? Welcome back for our last session in this "
        "series. Grieving people are abandoned about six weeks after the funeral, when everyone else goes "
        "back to normal life and the cards stop coming.\n\n"
        "Put the hard dates in your own calendar: the birthday, the anniversary, the first Christmas. A "
        "text on a hard day says you remembered when nobody else did.\n\n"
        "Nadia Fairhill is a grief counsellor and the author of a workbook for support groups. She lives on "
        "the coast with two very loud dogs.\n"
    )
    article = import_text(text)
    roles = {p.text[:20]: p.role for p in analyze(article).reading.passages}
    assert roles["Would you turn with "] == "note" and roles["Nadia Fairhill is a "] == "junk"
    asked = " | ".join(q.text for s in generate_guide(article).sections for q in s.questions)
    for never in ("turn with me", "Welcome back", "grief counsellor"):
        assert never not in asked, asked


def test_a_reading_left_behind_a_line_to_god_and_a_sign_off_are_never_asked_from_r20() -> None:
    article = _article(
        "Paul writes, “Bear one another's burdens, and so fulfill the law of Christ” (Galatians 6:2). "
        "We used to read that as a verse about church. Now we read it at our own kitchen table, every night.",
        "And what does Ananias say? He objects. In other words: Lord, have you read the file? Honest "
        "objection is not the same thing as disobedience.",
        "Dear Edited, you are not being petty. Pick a calm evening and tell him what the corrections cost "
        "you. Tell the school play story again, Edited.",
        title="Carrying It Together",
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))
        questions = [q for s in guide.sections for q in s.questions]
        asked = " | ".join(q.text for q in questions)
        for never in ("read the file", "school play"):
            assert never not in asked, asked
        # the reading left behind is asked about only beside the one the author holds now
        for q in questions:
            if "used to read" in q.text:
                assert q.family == "changed_reading" and "Now we read it" in q.text, q.text
