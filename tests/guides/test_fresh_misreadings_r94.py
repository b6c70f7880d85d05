"""What the blind reviewers of r94 and r95 found (mended after the stop's last round, not yet measured
by one): a story of owing thanks ("never once be in anyone's debt") given money's care note and money
questions, a letter's "With love, and wishing you a peace that is real," taken to heart, another verse
quoted ("Three verses later he says, ...") called the author's reading, a condition ("If you are not
sure you can keep the house") cut into "The author says if ...", and a question the pastor suggests
asking an ageing parent ("How did you pray when Baba lost his job?") put to the room."""

from __future__ import annotations

from test_guide_support import context_for

from guides.analysis.analyze import analyze
from guides.analysis.sensitive import find_sensitive
from guides.guide import GuideOptions, generate_guide
from guides.guide.families import CHECKS
from guides.importing import import_text


def test_a_debt_of_thanks_is_not_money() -> None:
    story = (
        "We built the house with the money he sent home. I had always given; it is very possible to be "
        "generous for years and never once be in anyone's debt. In the Dizons' house I was in debt every "
        "hour of every day. I gave Pacing money and she put it back in my bag."
    )
    assert "money" not in {t.topic for t in find_sensitive(story)}
    worry = "Some in your group may be in debt or out of work. Money is a private subject."
    assert "money" in {t.topic for t in find_sensitive(worry)}


LETTER = (
    "For the One Who Always Keeps the Peace\n\n"
    "Dear friend,\n\n"
    "The world's peace is often just quiet. His is something deeper, a peace that can survive the truth "
    "being said out loud. Say one true sentence, kindly, this week.\n\n"
    "With love, and wishing you a peace that is real,\n\n"
    "Helen\n\n"
    "Rev. Helen Marsh\nMinister, Hills Road Uniting Church\n"
)


def test_a_letters_closing_line_is_not_part_of_its_argument() -> None:
    reading = analyze(import_text(LETTER)).reading
    closing = next(p for p in reading.passages if p.text.startswith("With love"))
    assert closing.role == "junk", closing
    guide = generate_guide(import_text(LETTER), GuideOptions(audience="group"))
    assert not any("With love" in q.text for s in guide.sections for q in s.questions)


def test_another_verse_quoted_is_not_the_authors_reading_and_a_condition_is_no_distinction() -> None:
    text = (
        "Say It Again\n\n"
        '"Bear ye one another\'s burdens" (Galatians 6:2). Three verses later he says, "For every man shall '
        'bear his own burden." I used to think those two verses contradicted each other.\n\n'
        "If you are not sure you can keep the house, don't promise the house. Promise what you can.\n"
    )
    ctx = context_for(text)
    galatians = [u for u in ctx.units if u.scripture is not None and u.scripture.ref == "Galatians 6:2"]
    assert galatians and not any(CHECKS["verse_discussed"](ctx, u, "group") for u in galatians)
    unit = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith("If you are"))
    assert not CHECKS["says_what_it_is_not"](ctx, unit, "group")


def test_a_question_about_someone_of_the_article_is_not_put_to_the_room() -> None:
    text = (
        "I Will Not Leave Thee\n\n"
        "My father, Baba, lost his job when I was twelve. He prayed every morning on the porch. Baba never "
        "told us how frightened he was.\n\n"
        "How did you pray when Baba lost his job? What do you wish you had known then?\n"
    )
    ctx = context_for(text)
    unit = next(
        u for u in ctx.units if u.passage is not None and u.passage.text.startswith("How did you pray")
    )
    assert not CHECKS["stands_alone"](ctx, unit, "group")


def test_points_that_are_one_word_labels_are_not_claims_to_believe() -> None:
    text = (
        "Sought Thee Sorrowing: Luke 2:41-52\n\n"
        "I want to give you three words this morning.\n\n"
        "First: supposing.\n\n"
        "They supposed he was in the company. We suppose a great deal about our children.\n\n"
        "Second: sorrowing.\n\n"
        "Mary says they sought him sorrowing. Love that lets go will hurt.\n\n"
        "Third: keeping.\n\n"
        "Mary kept these things in her heart. Keep what you do not yet understand.\n"
    )
    ctx = context_for(text)
    units = [u for u in ctx.units if u.list_unit is not None and u.list_unit.points]
    assert units
    assert not any(CHECKS["points_are_truths"](ctx, u, "group") for u in units)


def test_an_article_about_someone_elses_marriage_does_not_speak_only_to_the_married() -> None:
    from guides.guide.room import speaks_to

    text = (
        "When a Friend's Marriage Ends\n\n"
        "When Sam's marriage ended, most of his friends went quiet. Their marriage had been the "
        "centre of our group for years; his wife had hosted every birthday. Marriage friends often do"
        " not know where to stand. A divorce splits a circle of friends as well as a marriage. Some "
        "of us took sides; some of us stayed away because we did not know what to say about his "
        "marriage or his wife.\n\n"
        "Stay. Ring him on the hard dates. Ask about the children by name. A friend whose marriage "
        "has ended needs the same friends he had before, and marriage is not the only thing that made"
        " them friends.\n"
    )
    assert speaks_to(context_for(text)) != "marriage"


def test_a_closing_sentence_is_not_mistaken_for_a_letters_valediction() -> None:
    from guides.analysis.reading.blocks import _VALEDICTION

    for line in ("With love, and wishing you a peace that is real,", "Yours in Christ,", "Warmly, Jo"):
        assert _VALEDICTION.match(line), line
    for line in ("Love is patient.", "In Christ we are made new.", "Love wins."):
        assert not _VALEDICTION.match(line), line
