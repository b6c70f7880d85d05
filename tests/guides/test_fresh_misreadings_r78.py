"""What the blind reviewers of the fresh sets r76 to r79 found: a psalm's weaned child and a quoted verse's
"your sons" taken to mean the article speaks to parents, the passage a sermon's title names never read, a
short psalm that is the study's passage left out, a friend's objection asked as the author's question, the
author's own words credited to the daughter who answered them, and leader notes on sex and grief for "felt
more naked" and "the question grieved Peter"."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.analysis.argument import weigh_claims
from guides.analysis.cues import COURTESY
from guides.analysis.sensitive import find_sensitive
from guides.catalog import catalog, catalog_language
from guides.guide import GuideOptions, generate_guide
from guides.guide.context import Context
from guides.guide.families import CHECKS
from guides.guide.families.claims import _WORD_MEANS
from guides.guide.families.counsel import _NOT_AN_ACTION
from guides.guide.families.parsing import _definition
from guides.guide.families.stories import _words_said
from guides.guide.room import speaks_to
from guides.importing import import_text


def _guide(text: str, audience: str = "group"):  # type: ignore[no-untyped-def]
    return generate_guide(import_text(text), GuideOptions(audience=audience))


def _notes(text: str) -> list[str]:
    return [n.text for s in _guide(text).sections for n in s.notes]


PSALM = (
    "Like a Weaned Child: Ambition and Quiet in Psalm 131\n\n"
    "PASSAGE: Psalm 131\n\n"
    "The psalmist has stopped reaching for things too great for him. He is like a weaned child with its "
    "mother: no longer crying for the breast, content simply to be near.\n\n"
    "A nursing child is quiet only when fed. A weaned child has learned to be quiet with its mother even "
    "when nothing is being given. Any parent will tell you the weaning is hard on both of them.\n\n"
    "We worry about our children, the church, the bills. A quiet soul is not one that has stopped wanting "
    "things. It is one that has learned to be with God while it waits.\n"
)


def test_a_child_as_a_picture_is_not_an_article_for_parents() -> None:
    assert not any("speaks to parents" in n for n in _notes(PSALM)), _notes(PSALM)


def test_the_studys_own_short_psalm_is_read() -> None:
    read = next(s for s in _guide(PSALM).sections if s.key == "read")
    assert any(r.ref == "Psalm 131" and r.text for r in read.readings), read.readings


def test_the_passage_a_sermon_title_names_is_read_where_the_book_is_named() -> None:
    text = (
        "Half the Wall (Nehemiah 4:6-23)\n\n"
        "Good morning. If you've got a Bible, turn with me to the book of Nehemiah, chapter four.\n\n"
        "The wall is half built and the people are tired. Some of it is just rubbish, they say, and there is "
        "too much of it. The middle is the hardest place in any work.\n\n"
        "Nehemiah does not tell them to try harder. He tells them to remember the Lord, and to fight for "
        "their families. Nobody builds alone.\n"
    )
    article = import_text(text)
    read = next(
        s for s in generate_guide(article, GuideOptions(audience="group")).sections if s.key == "read"
    )
    nehemiah = [r for r in read.readings if r.ref == "Nehemiah 4:6-23"]
    assert nehemiah and "half" in nehemiah[0].text, read.readings
    assert article.text[nehemiah[0].start : nehemiah[0].end] == "Nehemiah"


def _context(text: str) -> Context:
    article = import_text(text)
    return Context.build(article, analyze(article), catalog_language("en"), True)


def test_a_quoted_verse_does_not_make_a_sermon_speak_to_parents() -> None:
    ctx = _context(
        "Half the Wall\n\nA special hello to the homework club this morning, the kids and the tutors. The "
        "children worked till seven on Thursday.\n\n"
        "Nehemiah stands up and says, “Be not ye afraid of them: remember the Lord, and fight for your "
        "brethren, your sons, and your daughters, your wives, and your houses.”\n\n"
        "Work stalls in the middle. It does for parents in the middle years, when the children are small and "
        "the job is big, and it does for your kids at school.\n\n"
        "So look around this room. Nobody builds alone, and nobody should stop alone either. The children, "
        "the tutors, the parents: all of us.\n"
    )
    assert speaks_to(ctx) is None


def test_a_friends_objection_is_not_the_authors_question() -> None:
    text = (
        "We Pray Badly Together\n\n"
        "For twenty years my wife and I never prayed out loud together. It felt more naked than anything "
        "else we had done.\n\n"
        '"But isn\'t it a bit of a performance?"\n\n'
        "A friend asked me this, and it's fair. If you know your wife is listening, aren't you praying to "
        "her rather than to God? Aren't you going to say the impressive thing?\n\n"
        "The awkwardness is not a sign that praying together isn't for you. It is the thing itself: two "
        "people letting each other see them fail.\n"
    )
    reading = analyze(import_text(text)).reading
    impressive = next(p for p in reading.passages if p.text.startswith("Aren't you going to say"))
    assert impressive.role == "rhetorical" and impressive.has("objection"), impressive
    asked = [q.text for q in _guide(text).questions]
    assert not any("impressive thing" in q for q in asked), asked
    assert not any("sex" in n.lower() for n in _notes(text))


def test_the_authors_words_are_not_credited_to_the_daughter_who_answered() -> None:
    ctx = _context(
        "Cumbered\n\nLast year we had the building project and the youth camp in the same month. And one "
        "night my daughter Neema, she is eleven, she came to me with her exercise book and I said, without "
        'looking up, "Not now, I am doing the Lord\'s work." And she said, "Daddy, I thought I was the '
        "Lord's work.\"\n\nThe danger in a life of service is not the service. It is forgetting whom it is "
        "for.\n"
    )
    said = [_words_said(ctx, u) for u in ctx.units if u.passage is not None and "Neema" in u.passage.text]
    assert said and all(s is None or s[0] != "my daughter" for s in said), said


def test_hurt_in_a_story_is_not_grief() -> None:
    assert not find_sensitive('Peter notices, and he is "grieved." The third question hurts.', language="en")
    assert not find_sensitive("Why do you think the third question grieved Peter?", language="en")
    assert [t.topic for t in find_sensitive("She grieved her mother for years.", language="en")] == ["grief"]


def test_read_together_is_the_evenings_passage_though_the_line_is_for_the_leader() -> None:
    text = (
        "Come and Dine: Peter Restored\n\n"
        "Read together: John 21:15-17 (read the whole passage aloud in whatever translation your group "
        "uses).\n\n"
        "Jesus does not restore Peter by pretending the denial never happened. He asks three times, once for "
        "each denial, and gives him work to do.\n\n"
        "Restoration is not starting over from nothing. It is being trusted again.\n"
    )
    read = next(s for s in _guide(text).sections if s.key == "read")
    assert any(r.ref == "John 21:15-17" for r in read.readings), read.readings


def test_a_denial_or_a_statement_is_not_an_action_to_ask_about() -> None:
    assert _NOT_AN_ACTION.search("Just don't keep an account that's waiting to be settled")
    assert _NOT_AN_ACTION.search("Rest with small children isn't quiet")
    assert not _NOT_AN_ACTION.search("Ask her what is hard for her this week")
    assert not _NOT_AN_ACTION.search("Give each other an hour alone")


def test_a_single_denial_is_not_asked_about_a_difference() -> None:
    text = (
        "You Married a Moving Target\n\nTwenty years in, my husband is not the man I married, and I am not "
        "the woman he married either.\n\nA person is not a fixed thing. Marriage is a promise to keep "
        "learning someone who keeps changing.\n\nSo ask him what he is learning this year, and listen.\n"
    )
    for audience in ("group", "couple"):
        asked = [q for q in _guide(text, audience).questions if q.family == "key_contrast"]
        assert all("difference" not in q.text for q in asked if "but" not in q.text), asked


def test_a_clause_cut_before_its_point_is_not_the_contrast_quoted() -> None:
    article = import_text(
        "Like a Weaned Child\n\nA quiet soul is not one that has stopped wanting things. It is one that has "
        "learned, slowly and with effort, to be with God without demanding from him.\n\nThe psalmist is "
        "like a weaned child with its mother, no longer crying for the breast.\n"
    )
    reading = analyze(article).reading
    quoted = [article.text[k.start : k.end] for k in reading.key_claims]
    assert not any(q.endswith("It is one that has learned") for q in quoted), quoted


def test_a_words_meaning_and_a_columnists_sympathy_are_not_asked_about() -> None:
    assert _WORD_MEANS.search("'Terrible' there doesn't mean bad, like a terrible cup of coffee.")
    assert not _WORD_MEANS.search("Grief is like a wave that comes back when you least expect it.")
    assert COURTESY.match("I am so sorry about your mother.")
    assert _definition("They are the same stones he took down.", "en") is None


def test_a_question_the_printed_passage_asks_is_not_offered_to_the_reader() -> None:
    text = (
        "Bigger Barns: Luke 12:13-21\n\n"
        "20 But God said unto him, Thou fool, this night thy soul shall be required of thee: then whose "
        "shall those things be, which thou hast provided?\n\n"
        'The question that follows is almost painful: "Then whose shall those things be?" The man who would '
        "not share will have it all divided among others.\n\n"
        "Generosity is not what is left after we are secure. It is how we become secure in God.\n"
    )
    asked = [q.text for q in _guide(text).questions]
    assert not any("whose shall those things be" in q.lower() for q in asked), asked


def test_a_sermons_numbered_point_is_not_its_thesis_and_a_lead_in_is_not_a_claim() -> None:
    article = import_text(
        "Fetched from Lo-debar\n\nDavid asks whether anyone is left of Saul's house, and they bring "
        "him a man "
        "who is lame in both feet.\n\nTwo: the king used his name. People live for years being called by "
        "their labels.\n\nBut the king's table is for people who are lame on both their feet. It does not "
        "wait for them to be presentable.\n\nWe're not experts, but here's what has changed.\n"
    )
    reading = analyze(article).reading
    assert reading.thesis is None or not reading.thesis.text.startswith("Two:"), reading.thesis
    weighed = weigh_claims(reading.passages, article.title, "en")
    assert not any("here's what has changed" in article.text[k.start : k.end] for k in weighed)


def test_a_contrast_is_asked_why_the_author_puts_it_that_way_not_about_a_difference() -> None:
    for voice in ("group", "couple"):
        wordings = catalog("en").wordings("key_contrast", voice)
        assert not any("difference" in w for w in wordings), wordings


def test_the_advice_everyone_gave_is_the_view_the_author_answers() -> None:
    text = (
        "The Handover\n\nFor two years we worked opposite shifts.\n\n"
        "Everyone who loved us gave us the same kind advice: protect your time together. Book a date "
        "night. We tried. But a date night after a twelve-hour shift is two tired people staring at "
        "menus.\n\n"
        "The danger of opposite shifts is not mainly that you lose time together. It is that you lose track "
        "of each other. So now we keep a notebook on the kitchen table and write to each other in it.\n"
    )
    reading = analyze(import_text(text)).reading
    advice = next(p for p in reading.passages if "protect your time together" in p.text)
    assert advice.has("reported"), advice
    asked = [q.text for q in _guide(text).questions]
    assert not any("protect your time together" in q for q in asked), asked


def test_a_sermon_titled_over_its_preacher_and_society_keeps_its_title() -> None:
    article = import_text(
        "Make Haste and Come Down (Luke 19:1-10)\n"
        "Sunday morning sermon, Bethel Methodist Society, Adenta, Accra\n"
        "Preacher: Rev. Kofi Mensah\n\n"
        "Good morning, church! Zacchaeus climbs a tree because he is short and because he is curious.\n\n"
        "Jesus does not wait for him to come down reformed. He invites himself to dinner first.\n\n"
        "The crowd mutters. A sinner's house, they say. But grace goes in before the change, not after it."
        "\n\nAnd Zacchaeus stands up at his own table and gives half of what he has to the poor.\n\n"
        "So who is up a tree in your street this week, watching from a distance?\n\n"
        "Notices, quickly, because the next congregation needs the hall at 12:30:\n"
        "The help desk is open after the service in Room 3.\n"
        "Sister Grace is looking for new members for the worship team.\n"
    )
    assert article.title == "Make Haste and Come Down (Luke 19:1-10)"
    assert "Sister Grace" not in article.text and "help desk" not in article.text


def test_a_question_a_verse_answers_is_a_quiz_and_a_childs_age_is_no_claim() -> None:
    text = (
        "Let There Be No Strife: Genesis 13\n\nAbram gives Lot the first choice of the land rather than "
        "quarrel over it.\n\nPeace is sometimes kept by the one who could insist on his rights.\n\n"
        "Questions for discussion\n\n1. What did Abram say to Lot in verse 8?\n"
        "2. Where might you need to let someone else choose first this week?\n\n"
        "Ines is four now, and she has a little brother.\n"
    )
    asked = [q.text for q in _guide(text).questions]
    assert not any("verse 8" in q or "Ines is four" in q for q in asked), asked


def test_sentences_built_alike_are_not_everyday_examples() -> None:
    text = (
        "Cumbered: Martha and Mary\n\nMartha is busy and Mary is sitting, and Jesus says Mary has chosen "
        "the good part.\n\nSo let me say clearly what I am not preaching this morning. I am not preaching "
        "that work is bad. I am not preaching that the kitchen is lesser than the study. And I am not "
        "preaching that we should all stop serving.\n\nThe danger in a life of service is not the service. "
        "It is forgetting whom the service is for.\n"
    )
    ctx = _context(text)
    lists = [u for u in ctx.units if u.list_unit is not None and u.list_unit.parallel]
    assert lists, "the three sentences are read as a list built alike"
    assert not any(CHECKS["parallel_list"](ctx, u, "group") for u in lists)
    asked = [q.text for q in _guide(text).questions]
    assert not any("everyday examples" in q for q in asked), asked


def test_the_authors_own_realisation_after_but_is_not_seen_to_play_out() -> None:
    text = (
        "Twice Round the Block\n\nWhen my father was angry he walked twice round the block before he said "
        "anything. As a child I thought he was running away from us.\n\nBut I know now what the walk is "
        "for. Anger said at once is nearly always louder than it needs to be.\n\nSo when I am cross now, I "
        "announce that I am going to the end of the road and back.\n"
    )
    asked = [q.text for q in _guide(text).questions]
    assert not any("what the walk is for" in q and "play out" in q for q in asked), asked
