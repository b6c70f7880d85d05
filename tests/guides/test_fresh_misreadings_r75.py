"""What the blind reviewers of the fresh sets r74 and r75 found: sermons titled with the service they were
preached at, a question headline passed over for its subtitle, the day's passage under the headline never
read, a leader note on abuse for "it has been abused that way", an essay arguing through a story left
with one question, and "Why does that difference matter?" asked of every contrast."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.analysis.argument import KEY_WEIGHT, QUIET_KEY_WEIGHT
from guides.analysis.cues import COURTESY
from guides.analysis.sensitive import find_sensitive
from guides.catalog import catalog
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_text

SERMON = (
    "Bread for the Road\n"
    "1 Kings 19:4-8\n"
    "Sunday evening service, Hill Street Chapel, Leeds\n"
    "Preacher: Rev. Ada Mensah\n\n"
    "Good evening, everybody. Turn with me to 1 Kings 19.\n\n"
    "Elijah has run until he cannot run any more. He lies down under a broom tree and asks to die. And God "
    "does not lecture him. God feeds him, twice.\n\n"
    "Tiredness is not a failure of faith. It is a body asking for bread. Some of us are under that tree "
    "tonight, and the first thing God gives is not a rebuke but a meal.\n\n"
    "So eat something. Sleep. Let someone else make the tea this week.\n"
)


def test_a_sermon_is_titled_by_its_headline_not_the_service() -> None:
    article = import_text(SERMON)
    assert article.title == "Bread for the Road"
    assert any("Sunday evening service" in r.text for r in article.removed), article.removed


def test_a_question_headline_is_chosen_over_its_subtitle() -> None:
    article = import_text(
        "Am I in the Place of God?\nJoseph and His Brothers After the Funeral\nGenesis 50:15-21\n\n"
        "When their father dies, the brothers are afraid that Joseph will pay them back at last. He weeps "
        "instead, and promises to feed their children.\n\n"
        "Real forgiveness is not a truce kept while someone is watching. It leaves judgment to God.\n"
    )
    assert article.title == "Am I in the Place of God?"


def test_the_days_passage_under_the_headline_is_read() -> None:
    guide = generate_guide(import_text(SERMON), GuideOptions(audience="group"))
    read = next(s for s in guide.sections if s.key == "read")
    refs = [r.ref for r in read.readings]
    assert "1 Kings 19:4-8" in refs, refs
    passage = next(r for r in read.readings if r.ref == "1 Kings 19:4-8")
    assert "juniper" in passage.text.lower() or "broom" in passage.text.lower(), passage.text


def test_an_idea_abused_is_not_the_abuse_of_a_person() -> None:
    assert not find_sensitive("That objection is serious, and it has been abused that way.", language="en")
    assert not find_sensitive("Calling it contentment can be an abuse of power.", language="en")
    assert [t.topic for t in find_sensitive("She has been abused for years.", language="en")] == ["abuse"]


FIELD = (
    "What the Field Is Doing\n\n"
    "When I was nine I asked my grandfather why the long field by the creek had nothing in it. \"She's "
    'resting," he said. I thought it was a joke.\n\n'
    "Eight months ago I left the ward where I had nursed for nineteen years and could not go back. My "
    "doctor called it burnout.\n\n"
    "My uncle farms the place now. He told me the clover my grandfather sowed feeds next year's crop, and "
    "the roots hold the soil through the spring rains.\n\n"
    "The fallow field says something different. It says that rest is not the same as abandonment. My "
    "grandfather chose that field and walked it every few weeks.\n\n"
    "I walk by the river now, without a podcast. From the road this does not look like much.\n"
)


def test_an_essay_that_argues_through_a_story_still_has_its_argument_asked() -> None:
    reading = analyze(import_text(FIELD)).reading
    assert reading.key_claims, reading.claims
    assert all(k.weight >= QUIET_KEY_WEIGHT for k in reading.key_claims)
    assert len([k for k in reading.key_claims if k.weight < KEY_WEIGHT]) <= 2
    asked = [q.text for q in generate_guide(import_text(FIELD), GuideOptions(audience="group")).questions]
    assert any("rest is not the same as abandonment" in q for q in asked), asked


def test_a_contrast_is_not_asked_why_that_difference_matters() -> None:
    wording = catalog("en")
    for voice in ("group", "couple"):
        wordings = wording.wordings("key_contrast", voice)
        assert wordings and not any("Why does that difference matter" in w for w in wordings), wordings
    asked = [q.text for q in generate_guide(import_text(FIELD), GuideOptions(audience="group")).questions]
    assert not any(q.endswith("Why does that difference matter?") for q in asked), asked


def test_a_columnists_praise_is_not_the_answer_to_weigh() -> None:
    assert COURTESY.match("Fourteen months is a real achievement, and it sounds like it was hard won.")
    assert not COURTESY.match("Friendship is a habit of showing up, and habits can change their shape.")
    guide = generate_guide(
        import_text(
            "Sober Among Friends\n\nDear Rosa,\n\nI stopped drinking fourteen months ago and my friends "
            "still "
            "meet at the pub every Friday. I miss them. What do I do?\n\nDry in Dundee\n\nDear Dry,\n\n"
            "Fourteen months is a real achievement, and it sounds like it was hard won. Your friends do not "
            "know what to do with the new you either.\n\nThe pub was only ever the setting. Change the shape "
            "of the evening, not the evening. Go early, and leave at eight-thirty.\n\nRosa\n"
        ),
        GuideOptions(audience="group"),
    )
    assert not any("real achievement" in q.text for q in guide.questions), [q.text for q in guide.questions]


def test_she_said_is_not_words_credited_to_someone_named_she() -> None:
    asked = [
        q.text
        for q in generate_guide(
            import_text(
                'Let Them Help\n\nI told a friend about this. She said, "Surely when someone is in pain, the '
                'loving thing is to make their life as easy as possible." I understood her.\n\n'
                "But ease is not the same as love. Being needed is part of how a person belongs.\n"
            ),
            GuideOptions(audience="group"),
        ).questions
    ]
    assert not any(q.startswith("She says") for q in asked), asked


def test_a_denial_put_right_by_the_next_sentence_is_not_asked_what_it_means() -> None:
    asked = [
        q.text
        for q in generate_guide(
            import_text(
                "After You Shout\n\nEvery parent shouts sometimes. The question that matters most isn't "
                "whether you ever shout at your children. It's what happens in the hour after you do.\n\n"
                "Children who never see repair learn that a row is a cliff edge. Children are very good at "
                "telling the difference.\n\nSo go back, sit down at their level, and say what you did.\n"
            ),
            GuideOptions(audience="group"),
        ).questions
    ]
    assert not any("means by “The question that matters most" in q for q in asked), asked
    assert not any(
        q.startswith("The author says, “Children are very good at telling the difference.”") for q in asked
    )
