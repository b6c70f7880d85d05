"""Who an article speaks to and who its advice is for: steps put to a mixed room so that anyone can
take them, a columnist's counsel kept for the one who wrote in, and care notes for the passages an
article reads, not for the chapters it passes through."""

from __future__ import annotations

from test_guide_support import article_from

from guides.analysis.analyze import analyze
from guides.catalog import catalog_language
from guides.guide import GuideOptions, generate_guide
from guides.guide.context import Context


def _article(*paragraphs: str, title: str):  # type: ignore[no-untyped-def]
    return article_from(list(paragraphs), title=title)


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
    counsel = [q.text for q in group.questions if q.family.startswith("column_counsel")]
    assert counsel and not any("start with this week" in q or "hard to follow?" in q for q in counsel), (
        counsel
    )


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
