"""What the blind reviewers of the fresh sets r74 and r75 found: sermons titled with the service they were
preached at, a question headline passed over for its subtitle, the day's passage under the headline never
read, a leader note on abuse for "it has been abused that way", an essay arguing through a story left
with one question, and "Why does that difference matter?" asked of every contrast."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.analysis.argument import KEY_WEIGHT, QUIET_KEY_WEIGHT
from guides.analysis.sensitive import find_sensitive
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
    asked = [q.text for q in generate_guide(import_text(FIELD), GuideOptions(audience="group")).questions]
    assert not any(q.endswith("Why does that difference matter?") for q in asked), asked
