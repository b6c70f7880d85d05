"""An argument told through the author's own story: the change of mind told in two sentences, what the
author began to do differently a paragraph at a time, the denial put right by naming what the thing is,
and the closing word to a reader in a given place. Written after a blog post about a bakery that closed
got a guide with no discussion questions at all."""

from __future__ import annotations

from test_guide_support import article_from

from guides.analysis.analyze import analyze
from guides.analysis.sentences import split_sentences
from guides.guide import GuideOptions, generate_guide


def _article(*paragraphs: str, title: str):  # type: ignore[no-untyped-def]
    return article_from(list(paragraphs), title=title)


def _shop():  # type: ignore[no-untyped-def]
    return _article(
        "Tomas opened his bike shop on Quay Lane in our seventh year of marriage. We put most of our savings "
        "into it, and I painted the sign myself.",
        "It closed nineteen months later. A rent review, a flood in the stockroom, a chain store across the "
        "road.",
        "Every time he came home quiet, I told him it would turn around. I thought that was what a loyal "
        "wife does.",
        "I'm not saying encouragement is wrong. But encouragement that can't ever hear \"I can't\" isn't "
        "encouragement. It's pressure with a smile on.",
        "There's a verse I must have read a hundred times: \"Rejoice with those who rejoice. Weep with those "
        'who weep" (Romans 12:15). I used to read that as a verse about parties and funerals. Now I read it '
        "as a word about whose feelings get to lead.",
        "So here's what changed, slowly, after the shop closed.",
        'I started asking questions and then waiting. "What\'s the worst part today?" Then silence, '
        "sometimes a long time.",
        "I let him grieve it properly. That shop was his dream for ten years.",
        "I stopped hiding my own disappointment. Saying so out loud was a relief to him.",
        "And I let him decide what came next. He may open another shop one day.",
        "If someone you love is watching their dream go under, please don't cheer from the sidelines. Go and "
        "sit with them.",
        title="When the Shop Closed, I Stopped Cheering",
    )


def test_a_quoted_question_after_a_full_stop_is_its_own_sentence() -> None:
    text = 'I started asking questions and then waiting. "What\'s the worst part today?" Then silence.'
    assert [s.text for s in split_sentences(text)] == [
        "I started asking questions and then waiting.",
        '"What\'s the worst part today?"',
        "Then silence.",
    ]
    # a closing quote after a full stop still stays with its sentence
    closed = 'She said, "We are done." And she left.'
    assert [s.text for s in split_sentences(closed)] == ['She said, "We are done."', "And she left."]


def test_the_ways_the_author_began_to_do_differently_are_one_list() -> None:
    reading = analyze(_shop()).reading
    mine = [u for u in reading.lists if u.mine]
    assert len(mine) == 1 and len(mine[0].items) == 4, reading.lists
    assert mine[0].lead is not None and mine[0].lead.text.startswith("So here's what changed")
    # "So here's what changed ..." announces the list: it is not the article's thesis
    assert reading.thesis is None or not reading.thesis.text.startswith("So here's")


def test_a_story_told_argument_gets_questions_on_its_turns() -> None:
    article = _shop()
    group = generate_guide(article, GuideOptions(audience="group"))
    asked = {q.family: q.text for q in group.questions}
    assert asked.get("changed_reading") == (
        "On Romans 12:15, the author writes: “I used to read that as a verse about parties and funerals. Now "
        "I read it as a word about whose feelings get to lead.” What changed the author’s reading, and which "
        "reading is closer to yours?"
    ), asked
    # a few words quoted inside the author's sentence leave it the author's claim, read with the sentence
    # that puts the denial right
    assert (
        "“Encouragement that can't ever hear 'I can't' isn't encouragement. It's pressure with a smile on.”"
        in (asked.get("key_contrast", ""))
    ), asked
    assert asked.get("practice_mine", "").startswith("The author tells of four things they began to do"), (
        asked
    )
    assert asked.get("closing_word") == (
        "The author ends: “If someone you love is watching their dream go under, please don't cheer from the "
        "sidelines. Go and sit with them.” Who does that describe, you or someone you know, and what would "
        "it look like for them this week?"
    ), asked
    for q in group.questions:  # each stands on the author's words, where they are
        assert article.text[q.source.start : q.source.end] == q.source.quote, q.text


def test_a_change_of_mind_needs_what_the_author_holds_now_and_what_that_points_at() -> None:
    article = _article(
        "I used to think weeds were the enemy of a garden. They are not; neglect is.",
        "I used to think those contradicted each other. Now I think they describe a good homework table.",
        "I used to read that as an instruction to stop thinking about the past. I don't read it that way "
        "anymore.",
        "One evening she told us, “I used to think getting better meant getting back. It turns out it means "
        "getting on.”",
        title="What Grows",
    )
    group = generate_guide(article, GuideOptions(audience="group"))
    changed = [q.text for q in group.questions if q.family in ("changed_view", "changed_reading")]
    assert changed == [
        "The author writes: “I used to think weeds were the enemy of a garden. They are not; neglect is.” "
        "What changed the author’s mind, and which of the two have you believed?"
    ], changed


def test_a_closing_word_names_a_place_and_gives_counsel() -> None:
    def closing(last: str) -> list[str]:
        article = _article(
            "Friendships in midlife fade quietly, not with a fight but with a calendar.",
            "Most of us assume the other person has moved on. Usually they are waiting for us to call.",
            last,
            title="Call First",
        )
        guide = generate_guide(article, GuideOptions(audience="group"))
        return [q.text for q in guide.questions if q.family == "closing_word"]

    assert closing(
        "If you've lost touch with someone you love, resist the urge to write a long apology. Just reach out."
    ) == [
        "The author ends: “If you've lost touch with someone you love, resist the urge to write a long "
        "apology. Just reach out.” Who does that describe, you or someone you know, and what would it look "
        "like for them this week?"
    ]
    assert closing("If you're brave, tell one other person, so they can pray it with you.") == []
    assert closing("If you are lonely right now, know that it is not hopeless.") == []
    assert closing("If your evenings are busy, bring a pack of cards and play a round before bed.") == []
    assert closing("If you're about to move, I'm sorry. It's hard.") == []


def test_someone_elses_view_is_not_the_thesis() -> None:
    article = _article(
        "The disciples walk through a grain field on the Sabbath, picking heads of grain as they go. To the "
        "Pharisees, that is harvesting, and harvesting is work.",
        "The rest God gives is not finally a day on a calendar. It is found in a person.",
        title="Made for Rest",
    )
    thesis = analyze(article).reading.thesis
    assert thesis is not None and thesis.text.startswith("The rest God gives"), thesis
