"""Shapes the blind readings found misread, each small: what a sentence, a list, a head or a verse is
doing, and the question it may carry."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.analysis.reading import _ours_now
from guides.analysis.sensitive import find_sensitive
from guides.article import BlockDraft, build_article
from guides.guide import GuideOptions, generate_guide
from guides.guide.quotes import display, unshouted
from guides.importing import import_text

BODY = (
    "We had been married four years when the arguments started coming every evening. Most of them were "
    "about nothing at all, and we both knew it.\n\n"
    "What changed was small. We started asking one question before every hard conversation: what do you "
    "need from me right now? It sounds simple because it is.\n"
)


def _read(*paragraphs: str):  # type: ignore[no-untyped-def]
    article = build_article([BlockDraft(kind="paragraph", text=p) for p in paragraphs], title="Reading")
    return article, analyze(article).reading


def test_a_lowercase_tagline_under_the_sites_name_does_not_stop_the_head() -> None:
    article = import_text(
        "TWO CHAIRS AT THE TABLE\nnotes on an ordinary marriage\n\nHome   About   Marriage   Contact\n\n"
        f"The Question Before the Argument\n\nPosted on March 3, 2025 by Dana Wells\n\n{BODY}",
        html=False,
    )
    assert article.title == "The Question Before the Argument"
    assert article.author == "Dana Wells"


def test_a_short_headline_over_its_long_subtitle_is_the_title() -> None:
    article = import_text(
        "Learning to Ask\n\nWhy the kindest thing you can say to each other might be a question, at least "
        f"at first\n\n{BODY}",
        html=False,
    )
    assert article.title == "Learning to Ask"


def test_a_heading_under_a_header_the_head_cannot_read_is_the_title_not_the_file_name() -> None:
    article = import_text(
        "GRACE HILL CHURCH | SERMON NOTES\nSeries: Home | Week 2 of 4\nText: Matthew 18:21-35\n\n"
        f"Forgiving a Friend\n\n{BODY}",
        html=False,
    )
    assert article.title == "Forgiving a Friend"


def test_a_debt_in_a_parable_is_a_picture_and_a_credit_card_debt_is_money() -> None:
    parable = (
        "The servant owed ten thousand talents, a debt nobody could pay. The king forgave the debt. "
        "Then the servant would not forgive a small debt. Releasing a debt is a decision. It is a budget "
        "of mercy."
    )
    assert "money" not in {t.topic for t in find_sensitive(parable)}
    assert "money" in {t.topic for t in find_sensitive("The credit card debt kept growing.")}


def test_capitals_read_as_a_heading_are_quoted_in_sentence_case() -> None:
    assert unshouted("FORGIVENESS RELEASES THE DEBT, NOT ALWAYS THE RELATIONSHIP") == (
        "Forgiveness releases the debt, not always the relationship"
    )
    assert display("GOD IS FAITHFUL AND I KNOW IT") == "“God is faithful and I know it”"
    assert unshouted("NIV Study") == "NIV Study" and unshouted("APPLICATION") == "APPLICATION"
    assert unshouted("APPLICATION", min_words=1) == "Application"


def test_what_we_did_once_is_not_what_our_household_does_now() -> None:
    assert _ours_now("We walk after dinner.")
    assert not _ours_now("We said the number out loud. We sat down together.")


def test_a_framed_claim_after_a_colon_is_the_authors_claim_not_a_lists_lead() -> None:
    _, reading = _read(
        "Here is the simplest way we know to say it: listening is not waiting for your turn to talk.",
        "Notice what did not happen. Listening is not agreeing, and it is not giving in.",
    )
    roles = {p.text[:20]: p.role for p in reading.passages}
    assert roles["Here is the simplest"] == "claim"
    # "Notice ..." opens the author's reading of a story, not a note on a word: the claim stays a claim.
    assert roles["Listening is not agr"] == "claim"


def test_list_steps_read_as_steps_not_stories_and_a_sermons_points_divide_its_outline() -> None:
    sermon = [BlockDraft(kind="heading", text="Forgiving a Friend", level=1)]
    opening = "Turn with me to Matthew 18. Peter asks how often to forgive."
    sermon.append(BlockDraft(kind="paragraph", text=opening))
    for number, (point, story) in enumerate(
        (
            ("THE DEBT IS REAL", "Jesus does not pretend the wrong is small. A friend's betrayal costs."),
            ("YOU WERE FORGIVEN FIRST", "The servant was forgiven a debt he could never pay."),
            ("FORGIVENESS RELEASES THE DEBT", "Releasing a debt is not the same as trusting again."),
        ),
        1,
    ):
        sermon.append(BlockDraft(kind="list_item", text=point, ordinal=number))
        sermon.append(BlockDraft(kind="paragraph", text=story))
    article = build_article(sermon, title="Forgiving a Friend")
    guide = generate_guide(article, GuideOptions(audience="session"))
    labels = [p.label for p in guide.outline]
    assert "The debt is real" in labels and "You were forgiven first" in labels
    for q in guide.questions:
        assert "story that begins" not in q.text, q.text


def test_a_kicker_under_the_headline_is_a_label_and_a_title_in_capitals_is_title_cased() -> None:
    sermon = import_text(
        f'THE FATHER WHO RAN\nSermon manuscript — Sunday morning, Week 3 of "Stories"\n\n{BODY}', html=False
    )
    assert sermon.title == "The Father Who Ran"
    assert any("Sermon manuscript" in r.text for r in sermon.removed)
    column = import_text(
        "Dear Nell: My Son Stopped Calling and I Don't Know Why\n\nAdvice | Dear Nell\nPublished Tuesday\n\n"
        + BODY,
        html=False,
    )
    assert column.title.startswith("Dear Nell: My Son Stopped Calling")
    assert "Published Tuesday" not in column.text


def test_requests_in_a_row_are_examples_not_the_authors_question() -> None:
    _, reading = _read(
        "They burn out because of small requests. Can you hop on this quick call? Could you look at this "
        "deck before Friday? Would you mind covering the Saturday shift? Each request is reasonable."
    )
    asked = [p for p in reading.passages if p.text.startswith(("Can you", "Could you", "Would you"))]
    assert len(asked) == 3 and all(p.role == "example" for p in asked)


def test_a_heading_that_states_a_claim_is_one_of_the_authors_points() -> None:
    drafts = [
        BlockDraft(kind="heading", text="A ritual is not a routine", level=2),
        BlockDraft(kind="paragraph", text="A routine gets you through the day. A ritual says something."),
        BlockDraft(kind="heading", text="Start tonight", level=2),
        BlockDraft(kind="paragraph", text="Ask each other one question before you sleep."),
    ]
    reading = analyze(build_article(drafts, title="Small Rituals")).reading
    point = next(p for p in reading.passages if p.text.startswith("A ritual is not"))
    assert point.role == "claim" and point.has("point")
    assert all(not p.text.startswith("Start tonight") for p in reading.passages if p.role == "claim")


def test_a_list_named_a_few_rituals_is_a_list_of_rituals_and_its_step_is_the_couples_i_will() -> None:
    article = import_text(
        "Small Rituals\n\nYou two drift apart a few inches at a time. Small things bring you back.\n\n"
        "A few rituals couples we know swear by:\n\n"
        "- Morning coffee together, even if it's only ten minutes at the counter.\n"
        "- A six-second kiss when one of you leaves or comes home.\n"
        "- A check-in within the first half hour after you're both home, before anyone turns on a screen.\n"
        "- A goodnight question, asked in the dark, with no pressure to answer cleverly.\n\n"
        "You don't need all four. Pick one that feels natural and start tonight.\n",
        html=False,
    )
    reading = analyze(article).reading
    assert [u.noun for u in reading.lists] == ["rituals"]
    guide = generate_guide(article, GuideOptions(audience="couple"))
    commit = next(s for s in guide.sections if s.key == "commit")
    assert any("four rituals" in q.text for q in commit.questions)


def test_an_adverb_that_opens_a_sentence_is_never_the_speaker() -> None:
    article = import_text(
        "The Dishwasher\n\nIn October we had a forty-minute argument about the dishwasher. I kept "
        "reloading it after Leah had loaded it, and I thought I was helping.\n\n"
        "Later that night she said something I have not forgotten: \"I don't care about the bowls. I care "
        'that every time I do something, you redo it." That landed with me, and it still does.\n\n'
        "Most fights in a first year are about something underneath. Ask what the real thing is.\n",
        html=False,
    )
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        assert not any(q.text.startswith("Later says") for q in guide.questions)


def test_a_question_after_a_colon_is_read_for_its_own_form() -> None:
    from guides.analysis.questions import question_form

    assert question_form("Keep asking yourself: which group am I standing with?") == "open"
    assert question_form("Here is the question: do you trust them?") == "yes_no"


def test_a_preachers_question_to_himself_is_asked_of_the_reader() -> None:
    from guides.guide.families import _to_the_reader

    assert _to_the_reader("Which group am I standing with?") == "Which group are you standing with?"
    asked = _to_the_reader("Do I know how much I've been forgiven?")
    assert asked == "Do you know how much you've been forgiven?"
    assert _to_the_reader("Where does Mike live?") == "Where does Mike live?"


def test_a_sermons_title_over_its_fields_and_never_a_sections_name() -> None:
    sermon = import_text(
        "Ninety-Nine Is Not Enough\nText: Luke 15:1-7\nSeries: Stories Jesus Told, Week 2\n\n"
        f"Introduction\n\n{BODY}",
        html=False,
    )
    assert sermon.title == "Ninety-Nine Is Not Enough"
    assert sermon.blocks[0].text.startswith("Text: Luke 15:1-7")  # the title is not read twice
    devotional = import_text(
        "Water in a Cupped Hand\n\nRead: 2 Corinthians 8:1-5 and Luke 21:1-4\n\n" + BODY, html=False
    )
    assert devotional.title == "Water in a Cupped Hand"


def test_a_paragraph_the_next_calls_a_scene_is_a_scene_and_is_asked_about_as_one() -> None:
    article = import_text(
        "The Third Thing in Your Bed\n\n"
        "It's 10:40 p.m. Two people are lying side by side in the dark, each lit by a small screen. One "
        "is reading about a celebrity. The other is three videos deep into restoring a cast-iron pan.\n\n"
        "If that scene feels familiar, you are in large company. The half hour before sleep is often a "
        "couple's last unhurried time together, and phones quietly take it.\n\n"
        "Try a basket by the door for both phones, and keep it there for two weeks.\n",
        html=False,
    )
    reading = analyze(article).reading
    scene = [p for p in reading.passages if p.block == 0]
    assert scene and all(p.role == "example" and p.has("scene") for p in scene)
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any("cast-iron" in q.text for q in guide.questions)  # a detail of it is never weighed
    assert any(q.text.startswith("The author paints a scene") for q in guide.questions)


def test_share_rows_and_more_from_lines_at_the_foot_are_page_furniture() -> None:
    article = import_text(
        f"Coming Back\n\n{BODY}\n—\n\nLike this article? Share it:  Facebook | Email | Save for later\n"
        'MORE FROM TOGETHER: "The Five-Minute Check-In" • "Money Talks: Budgeting as a Team"\n',
        html=False,
    )
    assert "Share it" not in article.text and "MORE FROM" not in article.text
    assert {r.kind for r in article.removed} >= {"boilerplate", "navigation"}


def test_someone_pointed_at_in_a_scene_is_not_a_subject_to_weigh() -> None:
    from guides.guide.families import _POINTING_SUBJECT

    assert _POINTING_SUBJECT.match("The other") and _POINTING_SUBJECT.match("the one")
    assert not _POINTING_SUBJECT.match("Listening")


def test_a_topic_named_in_passing_examples_is_not_sent_home_as_a_private_question() -> None:
    article = import_text(
        "After the Door Closes\n\n"
        "The couples who last aren't the ones who never argue. They are the ones who repair. An argument "
        "ends one of two ways: in silence that hardens, or in repair that softens. Repair after an "
        "argument is a skill, and like any skill it grows with practice.\n\n"
        "Repair starts small. A touch on the arm after an argument, a cup of tea, a joke that says the "
        "argument is over even if the question is not. Every repair makes the next argument safer.\n\n"
        "Maybe the fight was about money, or his mother, or the dishes. It rarely matters what it was "
        "about. What matters is who walks into the other room first.\n\n"
        "You can apologise for your tone and still hold your view about the budget. Repair is not "
        "surrender.\n\n"
        "Later, when you are both rested, talk about the money or the in-laws on purpose. Go first. "
        "Say something small and clumsy, and let the other meet you halfway.\n",
        html=False,
    )
    guide = generate_guide(article, GuideOptions(audience="couple"))
    assert not any(q.family == "topic_private" and "money" in q.text for q in guide.questions)


def test_the_authors_own_story_with_her_husband_named_in_it_is_hers() -> None:
    article = import_text(
        "The Sunday Night Drive\n\n"
        "Around week ten we had a fight in the driveway. Dan had meant to clean the gutters and had not, "
        "and I said something sharp. Dan got in the car and left, and I stood in the driveway in my "
        "socks.\n\n"
        "Distance is not the real enemy of a marriage. The real enemy is the quiet drift into two "
        "separate lives with two separate scorecards.\n\n"
        "But here's where we landed:\n\n"
        "- We told each other the real things in real time.\n"
        "- We prayed together on the phone every night.\n"
        "- We named one thing the other had carried, every week.\n",
        html=False,
    )
    reading = analyze(article).reading
    assert [u.noun for u in reading.lists] == ["things"]  # introduced without naming what it holds
    guide = generate_guide(article, GuideOptions(audience="group"))
    texts = [q.text for q in guide.questions]
    assert not any("story of Dan" in t for t in texts)
    assert any(t.startswith("The author tells a story that begins “Around week ten") for t in texts)


def test_a_site_path_and_a_newsletter_masthead_are_not_the_title() -> None:
    sermon = import_text(
        "Westbrook Church | Sermon Manuscripts | Series: People Jesus Met on the Road (Week 4)\n\n"
        f"Come Down Today\n\nText: Luke 19:1-10\nPastor Glen Harwell\n\n{BODY}",
        html=False,
    )
    assert sermon.title == "Come Down Today"
    letter = import_text(
        "THE TWO OF US\nA monthly letter for couples from the Family Ministry at St. Brendan's\n"
        "In this issue: Gratitude for two | Date-night calendar\n\n"
        f"Gratitude for Two: Catching Each Other Doing Good\n\n{BODY}",
        html=False,
    )
    assert letter.title == "Gratitude for Two: Catching Each Other Doing Good"


def test_a_thesis_the_author_frames_is_found_and_quoted_without_its_frame() -> None:
    article = import_text(
        "The Sunday Night Drive\n\n"
        "For eleven months my husband lived two hours away. Dan's office let him come home on Fridays, "
        "and he drove back every Sunday night.\n\n"
        "We learned to tell each other the real things in real time, and to name what the other carried. "
        "We prayed together on the phone at night.\n\n"
        "But here's what I would tell you: the distance isn't the real enemy. The real enemy is the quiet "
        "drift into two separate lives with two separate scorecards.\n",
        html=False,
    )
    reading = analyze(article).reading
    assert reading.thesis is not None and "the distance isn't the real enemy" in reading.thesis.text
    guide = generate_guide(article, GuideOptions(audience="couple"))
    assert not any("here's what I would tell you" in q.text for q in guide.questions)


def test_a_question_that_quotes_someone_keeps_their_i() -> None:
    from guides.guide.families import _to_the_reader

    asked = 'What would you say if your child asked, "Why did I get sick?"'
    assert _to_the_reader(asked) == asked


def test_a_passage_read_out_in_words_is_read_as_the_passage() -> None:
    """ "Open your Bibles to Colossians chapter 3. We're going to look at verses 12 to 14.": the guide
    prints Colossians 3:12-14, not the whole chapter's name alone."""
    from guides.scripture.references import find_references

    said = find_references("Turn to Colossians 3, verses 12 to 14.")
    assert [(r.book_id, r.start_chapter, r.start_verse, r.end_verse) for r in said] == [("Col", 3, 12, 14)]
    article = import_text(
        "Get Dressed\n\n"
        "All right. Open your Bibles to Colossians chapter 3. We're going to look at verses 12 to 14. "
        "While you find it, let me tell you about the worst fashion moment of my marriage.\n\n"
        "Love in a long marriage isn't mostly a feeling that happens to you. It's something you put on, "
        "every morning, like clothes.\n\n"
        "Next week: Session 5, on Galatians 6:6-10.\n",
        html=False,
    )
    guide = generate_guide(article, GuideOptions(audience="couple"))
    refs = [r.ref for s in guide.sections for r in s.readings if r.ref]
    assert refs == ["Colossians 3:12-14"], refs  # and next week's passage is not tonight's reading


def test_a_group_is_not_asked_what_only_a_couple_or_one_reader_could_answer() -> None:
    article = import_text(
        "The Fight Isn't About the Dishes\n\n"
        "Most couples have the same three fights for forty years. The sin is when we use anger as a "
        "weapon instead of a signal.\n\n"
        "Anger is not the enemy. It is a smoke alarm: it tells you something is burning, not what. "
        "The dishes are rarely the fire; the fire is usually whether anyone notices the work.\n\n"
        "Listening is not agreeing. You can hear the whole of what someone says and still disagree "
        "with most of it, and the hearing is what keeps a hard conversation from turning into a war.\n\n"
        "Repair is not surrender. The one who comes back to the table first is not admitting defeat; "
        "they are choosing the marriage over the argument.\n\n"
        "Sit down with your spouse on a calm evening. Name your top two or three recurring fights, and "
        "give each of them a silly name.\n\n"
        "Did either of you reach out first the last time? The one who reaches first is not the one who "
        "was wrong.\n\n"
        "Reflect: What is one heavy thing you are carrying that you haven't told anyone about?\n",
        html=False,
    )
    from guides.analysis.analyze import analyze
    from guides.catalog import catalog_language
    from guides.guide.context import Context
    from guides.guide.families import candidates
    from guides.guide.picking import everyone

    analysis = analyze(article)
    ctx = Context.build(article, analysis, catalog_language(analysis.language), analysis.has_faith)
    pool = candidates(ctx, "group")
    for couples in ("calm evening", "either of you"):
        asked = [q for q in pool if couples in q.text]
        assert asked and all(q.for_couples and not everyone(q) for q in asked), couples
    assert not any("haven't told anyone" in q.text for q in pool)
    # A group still gets a discussion: what a couple alone can answer comes last, never nothing.
    guide = generate_guide(article, GuideOptions(audience="group"))
    discuss = guide.section("discuss")
    assert discuss is not None and len([q for q in discuss.questions if not q.optional]) >= 3


def test_a_columns_quoted_headline_and_a_question_with_its_subtitle_are_titles() -> None:
    column = import_text(
        '"He Says He\'s Figuring Things Out. Should I Keep Asking?"\n\nBetween Us, with Colette Marsh\n\n'
        "Dear Colette,\n\nOur son Peter is twenty-six and has stopped coming to church. I ask him about it "
        "every Sunday, and every Sunday he says he is figuring things out.\n\nSleepless in Corrow Falls\n",
        html=False,
    )
    assert column.title == '"He Says He\'s Figuring Things Out. Should I Keep Asking?"'
    psalm = import_text(
        "How Long? Sitting with Psalm 13 in Grief\n\nA devotional for those who are mourning\n\n"
        "Four times in two verses David asks how long. Grief has a clock of its own, and it rarely "
        "agrees with the calendar on the wall.\n",
        html=False,
    )
    assert psalm.title == "How Long? Sitting with Psalm 13 in Grief"


def test_a_stage_direction_or_a_show_of_hands_is_never_a_question() -> None:
    from guides.guide.quality import problems

    assert problems("What would “[Wait for the laugh.] Yeah” look like on an ordinary day this week?")
    assert problems("How many of you are paying for a storage unit right now?")
    assert not problems("What would a slower evening look like for you this week?")


def test_a_subtitle_an_adverb_scripture_and_a_disclaimer_are_never_asked_about() -> None:
    article = import_text(
        "When Your Teenager's Heart Breaks for the First Time\n\n"
        "A note for parents, from two of us who are still figuring it out\n\n"
        "We should say up front that we don't have a method for this. Take what's useful and leave the "
        "rest.\n\n"
        'She expects a rebuke. Instead he says, "Daughter, your faith has made you well. Go in peace, and '
        'be cured of your disease." The healing was not the whole of what he gave her.\n\n'
        "A heartbroken teenager seems to need our company far more than our perspective. Sit on the end "
        "of the bed and say less than you want to.\n",
        html=False,
    )
    reading = analyze(article).reading
    subtitle = reading.at(article.text.index("A note for parents"))
    assert subtitle is not None and not subtitle.usable
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        for q in guide.questions:
            assert "a note for parents" not in q.text.lower(), q.text
            assert not q.text.startswith("Instead says"), q.text
            assert "leave the rest" not in q.text, q.text


def test_a_sermons_short_chapter_is_printed_for_the_leader_not_read_aloud_in_the_group() -> None:
    """ "Turn with me to 2 Kings chapter 5": a pastor wants the text in full; a group reads a paragraph."""
    article = import_text(
        "Wash, and Be Clean\n\n"
        "Turn with me to 2 Kings chapter 5. Naaman was a great man, and he had leprosy.\n\n"
        "Most of the time, God is not asking you to do some great thing. He is asking you to wash.\n\n"
        "So go down to the river this week. Do the small thing he has already told you to do.\n",
        html=False,
    )
    session = generate_guide(article, GuideOptions(audience="session"))
    chapter = next(s for s in session.scripture if s.ref == "2 Kings 5")
    assert chapter.verse_text is not None and chapter.verse_text.startswith(
        "1 Now Naaman, captain of the army"
    )
    assert " 13 His servants came near" in chapter.verse_text  # "Verse 13": the numbers kept
    group = generate_guide(article, GuideOptions(audience="group"))
    assert not any(r.ref == "2 Kings 5" for s in group.sections for r in s.readings)
    # Psalm 119 (176 verses) is still only named.
    long = import_text(
        "Your Word\n\nTurn with me to Psalm 119. It is the longest chapter in the Bible.\n", html=False
    )
    named = generate_guide(long, GuideOptions(audience="session")).scripture
    assert [s.verse_text for s in named if s.ref == "Psalm 119"] == [None]


def test_a_chapter_named_only_to_place_a_quoted_verse_prints_that_verse() -> None:
    """ "Hebrews 13 says, “Don’t forget to show hospitality to strangers ...”": the verse, not the chapter."""
    article = import_text(
        "Strangers\n\n"
        "Turn with me to Luke 10:25-37. A lawyer asks Jesus who his neighbour is.\n\n"
        "And you know, Hebrews 13 says, “Don’t forget to show hospitality to strangers, for in doing so, "
        "some have entertained angels without knowing it.” I don’t know whether the man who stopped for "
        "us was an angel.\n",
        html=False,
    )
    session = generate_guide(article, GuideOptions(audience="session"))
    refs = {s.ref: s.verse_text for s in session.scripture}
    assert "Hebrews 13" not in refs
    assert (refs.get("Hebrews 13:2") or "").startswith("Don’t forget to show hospitality to strangers")


def test_a_bare_verse_after_a_verse_quoted_in_passing_belongs_to_the_chapter_preached() -> None:
    from guides.scripture.references import find_references

    said = (
        "Turn with me to James chapter 3. Look at verse 5. Proverbs 18:21 says, “Death and life are in the "
        "power of the tongue.” And then verse 11: “Does a spring send forth fresh and bitter water?”"
    )
    assert [r.ref for r in find_references(said)] == ["James 3", "James 3:5", "Proverbs 18:21", "James 3:11"]
    # A passage studied before still wins when it holds the verse (John 21:9, not John 18:9).
    studied = "Read John 21:1-19. If you have time, read John 18:15-27 as well. Notice verse 9."
    assert find_references(studied)[-1].ref == "John 21:9"


def test_a_lessons_front_matter_and_a_list_of_links_are_never_asked_about() -> None:
    from guides.analysis.sentences import split_sentences

    # A title line is a sentence of its own, even with the next line under it in the same block; a
    # hard-wrapped line of prose is not.
    assert [s.text for s in split_sentences("Patience That Waits, Lesson 2\nFor small groups.")] == [
        "Patience That Waits, Lesson 2",
        "For small groups.",
    ]
    assert len(split_sentences("We drove to the coast\nAnd then we drove home.")) == 1
    article = import_text(
        "Patience That Waits: Genesis 29\n\n"
        "Patience That Waits, Lesson 2\n"
        "For small groups. Allow about an hour. Leader's notes are in italics in the printed edition.\n\n"
        "Jacob worked seven years for Rachel, and they seemed to him but a few days. Patience is not doing "
        "nothing. It is loving something enough to wait for it.\n\n"
        "Most of us want love without the waiting. But the waiting is where love learns what it wants.\n\n"
        "Most Read in Faith & Family\nCounty Food Bank Sees Record Demand\nValley Choir Heads to Festival"
    )
    reading = analyze(article).reading
    roles = {p.text: p.role for p in reading.passages}
    assert roles["Patience That Waits, Lesson 2"] == "headline"
    assert roles["For small groups."] == roles["Allow about an hour."] == "note"
    assert roles["Leader's notes are in italics in the printed edition."] == "note"
    assert roles["Most Read in Faith & Family"] == "headline"
    for audience in ("group", "couple", "session"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        for q in guide.questions:
            assert not any(w in q.text for w in ("Lesson 2", "an hour", "Most Read", "printed")), q.text


def test_a_series_line_a_pointing_question_a_saying_quoted_to_criticise_and_a_leaders_aside() -> None:
    article = import_text(
        "Too Heavy to Carry Alone: Numbers 11\n\n"
        'Maple Street Church Home Groups. Winter series, "People Who Last," Week 3. Leader\'s copy.\n\n'
        "Moses tells God the people are too heavy for him. Do you see what he is carrying? Every complaint "
        "in the camp lands on one man.\n\n"
        'Many of us admire the person who does it all. We say, half joking, "If Ruth ever leaves, this '
        'place will fall apart." A church that would fall apart without one person has a problem, not a '
        "hero.\n\n"
        "Before you move to the questions, make one thing clear. This passage is not permission to do less. "
        "It is a call to share the load God never meant one person to carry."
    )
    assert article.title == "Too Heavy to Carry Alone: Numbers 11"
    roles = {p.text: p.role for p in analyze(article).reading.passages}
    assert roles["Do you see what he is carrying?"] == "rhetorical"
    assert roles["Before you move to the questions, make one thing clear."] == "note"
    for audience in ("group", "couple", "session"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        for q in guide.questions:
            assert "Ruth ever leaves" not in q.text and "one thing clear" not in q.text, q.text
            assert "Do you see" not in q.text, q.text


def test_a_bio_at_the_foot_a_sermon_named_in_a_heading_and_an_essay_on_being_single() -> None:
    essay = import_text(
        "Not a Waiting Room: On Being Single in a Church Built for Couples\n\n"
        "By Ines Marlow\n\n"
        "I am forty-one, I teach piano, and I have belonged to the same church for nineteen years. I have "
        "never been married, and every married couple I know has been kind to me.\n\n"
        "The Waiting-Room Sermon\n\n"
        "Every few years someone preaches that singleness is a season before marriage. A life is not a "
        "waiting room. Churches that treat it as one lose the people who are living it now.\n\n"
        "Preach on singleness as a calling, not a problem. Invite single people into your family life, not "
        "just to events. And to my fellow single people: please don't wait to start.\n\n"
        "Ines Marlow teaches piano in Kellerton and attends Grace Street Church."
    )
    guide = generate_guide(essay, GuideOptions(audience="group"))
    notes = [n.text for s in guide.sections for n in s.notes] + [n.text for n in guide.leader_notes]
    assert not any("married" in n for n in notes), notes
    asked = [q.text for q in guide.questions]
    assert not any("preacher" in q or "teaches piano" in q or "please" in q for q in asked), asked
    reading = analyze(essay).reading
    assert next(p for p in reading.passages if p.text.startswith("Ines Marlow teaches")).role == "junk"


def test_where_the_book_is_next_weeks_reading_a_closing_prayer_and_a_miscounted_list() -> None:
    sermon = import_text(
        "Grasshoppers: Numbers 13\n\n"
        "Turn with me to Numbers chapter 13. Numbers is the fourth book, and most people give up around the "
        "census in chapter one.\n\n"
        "Fear is contagious. Faith is too, but fear spreads faster, because it's easier. The ten spies saw "
        "the same land as Caleb and came home with a different report.\n\n"
        "So this week, three things, and they're small.\n\n"
        "When you see a giant, name it honestly. Don't pretend.\n\n"
        "Then say out loud, to somebody, who you're measuring it against.\n\n"
        "And watch what report you take home. Someone is listening to it.\n\n"
        "Close by praying for anyone in the group who is facing a giant this week.\n\n"
        "Next week: Joshua and the spies in Jericho (Joshua 2:1-24)."
    )
    reading = analyze(sermon).reading
    roles = {p.text: p.role for p in reading.passages}
    assert (
        roles["Numbers is the fourth book, and most people give up around the census in chapter one."]
        == "note"
    )
    assert roles["Close by praying for anyone in the group who is facing a giant this week."] == "note"
    assert reading.thesis is None or not reading.thesis.text.startswith("Faith is too")
    assert not any(u.practice and len(u.items) != 3 for u in reading.lists)  # never "two things" of three
    session = generate_guide(sermon, GuideOptions(audience="session"))
    assert not any("Joshua 2" in r.ref for r in session.scripture), [r.ref for r in session.scripture]
    for q in session.questions:
        assert "fourth book" not in q.text and "two things" not in q.text and "Close by" not in q.text, q.text
