"""A blog post as the blind reviewers of r84 and r85 read it: the blog's name taken for the title, a
description of the author's husband taken for the thesis the author had announced, and a guide of two
questions that never reached the post's three reasons, the friend's objection or the household's
own ways, all of which the post sets out plainly."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_text

POST = (
    "THE LONG TABLE\n"
    "small notes on marriage, children and faith from a crowded flat in Leeds\n\n"
    "Home  |  About  |  Marriage  |  Faith  |  Contact\n\n"
    "MARRIAGE\n"
    "Posted 3 May by Ruth Adeyemi  ·  5 min read  ·  4 comments\n\n"
    "Walks Not Weekends\n\n"
    "For three years Tomas and I saved ourselves for a weekend away each spring. We booked a cottage, we "
    "packed the good coffee, and we came home tired and a little let down.\n\n"
    "Here is what I have come to believe, and what this post is about: a marriage is kept in small daily "
    "habits, not in rare grand escapes.\n\n"
    "Tomas is not a talker at a table. He looks at his plate and waits for the meal to end. Put him on a "
    "towpath with the dog and he will talk for an hour.\n\n"
    "I think three things made the difference.\n\n"
    "First, daily beats yearly. Ten minutes every evening adds up to more than a weekend, and nothing gets "
    "saved up to explode.\n\n"
    "Second, we walked side by side instead of sitting face to face. Eyes on the path, the words came "
    "easier.\n\n"
    "Third, nobody had paid for it. A quiet walk was allowed to stay quiet.\n\n"
    '"But Ruth, don\'t you need to plan time together?"\n\n'
    'I can hear some of you. My sister said exactly this: "If you don\'t book it, it never happens." She '
    "is right, and I don't want to swap one kind of guilt for another.\n\n"
    "But I think the planning has to go into the ordinary days. In our house that looks like this. We "
    "walk the dog together after tea. One of us cooks while the other sits on the worktop and talks. We "
    "leave our phones in a drawer until the children are asleep.\n\n"
    "None of this is romantic, and that is the point.\n\n"
    "- Ruth\n"
)


def test_the_title_under_the_blogs_name_tagline_menu_and_byline_is_the_posts() -> None:
    article = import_text(POST)
    assert article.title == "Walks Not Weekends"
    assert "THE LONG TABLE" not in article.text and "crowded flat" not in article.text


def test_the_thesis_the_author_announced_stays_the_thesis() -> None:
    reading = analyze(import_text(POST)).reading
    assert reading.thesis is not None
    assert reading.thesis.text.startswith("Here is what I have come to believe")


def test_the_three_reasons_the_households_ways_and_the_objection_reach_the_guide() -> None:
    article = import_text(POST)
    reading = analyze(article).reading
    points = [u for u in reading.lists if u.points]
    assert points and len(points[0].items) == 3
    assert article.text[slice(*points[0].items[1])].startswith("Second, we walked side by side")
    ours = [u for u in reading.lists if u.ours]
    assert ours and ours[0].lead is not None and ours[0].lead.text == "In our house that looks like this."
    assert [article.text[s:e] for s, e in ours[0].items][1].startswith("One of us cooks")
    guide = generate_guide(article, GuideOptions(audience="group"))
    families = {q.family for s in guide.sections for q in s.questions}
    assert {"objection_answered", "practice_ours"} <= families, families
    objection = next(q for s in guide.sections for q in s.questions if q.family == "objection_answered")
    assert "don't you need to plan time together?" in objection.text
    assert not any("Tomas is not a talker" in q.text for s in guide.sections for q in s.questions)


ESSAY = (
    "The Long Way Home\n\n"
    "When my mother was cross she would put on her coat and walk to the end of the lane and back. As a "
    "girl I thought it was sulking. She always came back, hung the coat on the same peg and said, "
    '"Now we can talk."\n\n'
    "We have no gardener at the chapel any more, and his jobs have drifted to the rest of us. The hedge is "
    "one of them. Every spring it needs cutting back hard.\n\n"
    "I think the thing my mother knew, and that I had to learn, is that you cannot choose what to do with "
    "anger while you are angry. The choice has to be made on an ordinary day.\n\n"
    "I have children of my own now, and I walk to the postbox and back. But I know now what the walk is "
    "for. It is not the absence of anger. It is a path made ready in advance, so that the anger has "
    "somewhere to go that is not the people I love.\n"
)


def test_a_line_that_says_what_the_next_ones_will_tell_and_one_of_them_are_not_key_claims() -> None:
    reading = analyze(import_text(ESSAY)).reading
    article_text = import_text(ESSAY).text
    keys = [article_text[k.start : k.end] for k in reading.key_claims]
    assert not any(k.startswith("But I know now what the walk is for.") and k.endswith("for.") for k in keys)
    assert not any(k.startswith("The hedge is one of them") for k in keys), keys
    assert reading.thesis is None or "one of them" not in reading.thesis.text


def test_a_lesson_told_as_what_someone_knew_is_weighed_on_what_follows_is_that() -> None:
    reading = analyze(import_text(ESSAY)).reading
    text = import_text(ESSAY).text
    weighed = {text[c.start : c.end][:40]: c.weight for c in reading.claims}
    assert "I think the thing my mother knew, and th" in weighed, weighed
