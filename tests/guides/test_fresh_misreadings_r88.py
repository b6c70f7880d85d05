"""What the blind reviewers of r88 and r89 found: a father's cataract "defined" as "the most treatable
part of this", a mocked view ("Like Jesus is a lucky charm") taken as the preacher's, the way to find
Haggai in a Bible taken as the sermon's application, an objection quoted as "I know what you may be
thinking.", "the story of Hebrews", what changed in the author's house counted as reasons, and a
study's "What is your favourite verse?" as the step to take."""

from __future__ import annotations

from test_guide_support import context_for

from guides.analysis.analyze import analyze
from guides.guide import GuideOptions, generate_guide
from guides.guide.context import Context
from guides.guide.families import CHECKS
from guides.guide.families.counsel import _FINDING_THE_PLACE
from guides.importing import import_text


def _unit(ctx: Context, start: str):  # type: ignore[no-untyped-def]
    return next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith(start))


COLUMN = (
    "My father won't give up his car keys\n\n"
    "Dear Aileen,\n\nMy father is eighty-one and still drives. He has a cataract he won't get seen to. "
    "How do I raise it?\n\nWorried Daughter\n\n"
    "Dear Worried,\n\n"
    'I know what you may be thinking. "Why should I be the one to take his freedom away? He is my '
    'father." That is a fair thing to feel. But if you wait for him to raise it, you may wait too long.\n\n'
    "Start with the eye, not the keys. His cataract is the most treatable part of this. Offer to go "
    "with him to the clinic.\n\nAileen\n"
)


def test_ones_own_thing_and_a_predicate_that_points_back_are_no_definition() -> None:
    ctx = context_for(COLUMN)
    assert not CHECKS["defines_theme"](ctx, _unit(ctx, "His cataract"), "group")


def test_an_objection_announced_is_the_sentence_that_voices_it() -> None:
    guide = generate_guide(import_text(COLUMN), GuideOptions(audience="group"))
    asked = [q.text for s in guide.sections for q in s.questions if q.family == "objection_answered"]
    assert not any("I know what you may be thinking" in q for q in asked), asked
    assert not asked or "Why should I be the one to take his freedom away?" in asked[0]


SERMON = (
    "A Bag With Holes: Following Jesus When Money Is Tight\n\n"
    "Right, turn with me, if you would, to a book some of you have never opened. Find Matthew and go "
    "back a few pages. There you go. Haggai.\n\n"
    "Now, there is a kind of preaching that says God will fill your wallet. Like Jesus is a lucky charm "
    "for business. That is not what this passage teaches.\n\n"
    "Consider your ways. Take one small step toward God's house this week.\n"
)


def test_finding_the_passage_in_a_bible_is_not_counsel_for_a_life() -> None:
    assert _FINDING_THE_PLACE.search("Find Matthew and go back a few pages.")
    assert _FINDING_THE_PLACE.search("Turn to Romans 12 with me.")
    assert not _FINDING_THE_PLACE.search("Turn to your spouse and ask how the week was.")
    ctx = context_for(SERMON)
    assert not CHECKS["counsel_to_reader"](ctx, _unit(ctx, "Find Matthew"), "group")


def test_a_mocked_view_is_no_definition() -> None:
    ctx = context_for(SERMON)
    assert not CHECKS["defines_theme"](ctx, _unit(ctx, "Like Jesus"), "group")


MOVE = (
    "The Suitcase and the Grief\n\n"
    "That winter the Mokoenas moved to Leeds, and Hebrews went with them. Hebrews had been written to "
    "people who had lost their homes. Hebrews told them they were strangers and pilgrims (Hebrews "
    "11:13), and the family read it at the kitchen table every night.\n\n"
    "Children read us more than they listen to us.\n"
)


def test_a_book_of_the_bible_is_not_the_person_a_story_is_about() -> None:
    from guides.guide.families.stories import _people_in

    ctx = context_for(MOVE)
    block = _unit(ctx, "That winter").passage.block
    assert _people_in(ctx, block) != "Hebrews"


HOUSE = (
    "Learning Her Mother Tongue\n\n"
    "Three years ago I started learning my wife's language. Here is what has changed.\n\n"
    "First, it has changed the balance in our house. Dinner is no longer in my language only.\n\n"
    "Second, I understand my wife's tiredness better. Speaking all day in a second language is work.\n\n"
    "Third, our daughter noticed. She asks me words now.\n"
)


def test_what_changed_in_the_authors_house_is_not_a_list_of_reasons() -> None:
    reading = analyze(import_text(HOUSE)).reading
    assert not [u for u in reading.lists if u.points]


STUDY = (
    "Now Also When I Am Old: Psalm 71\n\n"
    "Read Psalm 71 together.\n\n"
    "Questions\n\n"
    "1. Where can you see that God held you up, perhaps before you knew it?\n\n"
    "2. What is your favourite verse in this psalm?\n\n"
    "3. In what ways does our church quietly push older people to the edge, and what would it look like "
    "to do the opposite?\n"
)


def test_a_favourite_verse_poll_is_neither_the_text_asked_about_nor_the_step() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="group"))
    asked = [q.text for s in guide.sections for q in s.questions]
    assert not any("favourite verse" in q for q in asked), asked


LETTER = (
    "If You Still Have Their Number\n\n"
    "I am not writing to tell you to ring the number. You have heard sermons that made it sound simple: "
    "forgive, reconcile, hug it out. I don't believe that.\n\n"
    "I think it helps to say that forgiveness and reconciliation are not the same thing, though we often "
    "use the words as if they were. Reconciliation needs two people.\n"
)


def test_sermons_heard_are_a_view_reported_and_a_claim_framed_as_worth_saying_is_a_claim() -> None:
    reading = analyze(import_text(LETTER)).reading
    heard = next(p for p in reading.passages if p.text.startswith("You have heard sermons"))
    assert heard.has("reported") or heard.start not in {k.start for k in reading.key_claims}
    worth = next(p for p in reading.passages if p.text.startswith("I think it helps to say"))
    assert worth.role == "claim", worth
    assert reading.thesis is not None and reading.thesis.start == worth.start


HYMN = (
    "The Tenor on My Left\n\n"
    "For a year I stood in the chapel and did not sing. Emrys, on my left, sang for both of us.\n\n"
    "Nobody in a congregation carries the whole hymn. A hymn is a thing that a lot of people do together "
    "precisely so that no one person has to do all of it.\n\n"
    "I think the Psalms know this. The psalms of complaint were sung by everyone, out loud, together.\n"
)


def test_a_claim_about_any_one_of_a_kind_weighs_and_one_that_ends_on_this_does_not() -> None:
    article = import_text(HYMN)
    reading = analyze(article).reading
    keys = [article.text[k.start : k.end] for k in reading.key_claims]
    assert any(k.startswith("A hymn is a thing") for k in keys), keys
    assert not any(k.startswith("I think the Psalms know this") for k in keys), keys
