"""What the blind reviewers of r90 and r91 found: the last lines of a story ("The fence is still up. The
new owners have put a hedge in along the inside of it.") taken for its thesis while the author's
reflection went unread, a gloss on an old word ("Rooms there means places at the table") taken to
heart, the words a preacher holds up as the offer that never works ("Let me know if you need anything")
offered to say, a fragment of a run of questions, a "who" taken for a yes, a pointer taken as a
comment on a verse, and a printed question cut after "You don't need to say who."."""

from __future__ import annotations

from test_guide_support import context_for

from guides.analysis.analyze import analyze
from guides.analysis.cues import NOTE
from guides.guide import GuideOptions, generate_guide
from guides.guide.families import CHECKS
from guides.guide.offered import offered_words
from guides.importing import import_text

FENCE = (
    "The Fence Along the Top Paddock\n\n"
    "My father and I did not speak for four years. Then he broke his hip, and I went home to finish the "
    "fence he had started. We didn't talk much. We dug post holes for two days.\n\n"
    "I've thought about that weekend a great deal since, and I've come to believe something I would "
    "once have argued against. I used to think you had to talk a broken thing back together. What we "
    "needed was to stand side by side, looking at something else, with work for our hands.\n\n"
    "Sometimes reconciliation needs breakfast first. Sometimes it needs a fence.\n\n"
    "Dad died last March. The fence is still up. The new owners have put a hedge in along the inside "
    "of it.\n"
)


def test_how_a_story_ends_is_not_its_thesis_and_the_reflection_after_it_is_read_as_claims() -> None:
    reading = analyze(import_text(FENCE)).reading
    assert reading.thesis is None or reading.thesis.text not in (
        "The fence is still up.",
        "The new owners have put a hedge in along the inside of it.",
    ), reading.thesis
    needed = next(p for p in reading.passages if p.text.startswith("What we needed was"))
    assert needed.role == "claim", needed
    weighed = {c.start: c.weight for c in reading.claims}
    breakfast = next(p for p in reading.passages if p.text.startswith("Sometimes reconciliation"))
    assert breakfast.start in weighed and weighed[breakfast.start] > 0, weighed.get(breakfast.start)


def test_a_gloss_on_an_old_word_is_a_note_on_wording() -> None:
    assert NOTE.search("Rooms there means places at the table.")
    assert not NOTE.search("Rooms are places where people eat.")
    text = (
        "Friend, Go Up Higher\n\n"
        'Jesus "marked how they chose out the chief rooms" (Luke 14:7). Rooms there means places at the '
        "table. So they are watching him, and he is watching them.\n\n"
        "Take the lowest place, not because it is a smart move, but because you no longer need the seat.\n"
    )
    reading = analyze(import_text(text)).reading
    gloss = next(p for p in reading.passages if p.text.startswith("Rooms there means"))
    assert gloss.role == "note", gloss


CLOAK = (
    "Bring the Cloak\n\n"
    'Most of us are very good at offering help and very bad at asking for it. We say, "Let me know if '
    'you need anything." And we mean it! But nobody ever calls.\n\n'
    "Who was there for you? To you on the way out last Sunday, with their hand on the door?\n\n"
    "And if you're the one with the cloak, who's been asking, in one way or another?\n\n"
    "Asking for a coat is not weakness. It's honesty.\n"
)


def test_words_people_say_and_the_author_turns_on_two_sentences_later_are_not_offered() -> None:
    ctx = context_for(CLOAK)
    assert not any("Let me know" in ctx.article.text[s:e] for _, (s, e) in offered_words(ctx))


def test_a_phrase_of_a_run_of_questions_and_a_who_after_if_are_not_questions_to_turn() -> None:
    ctx = context_for(CLOAK)
    units = {u.passage.text: u for u in ctx.units if u.passage is not None}
    place = next(u for t, u in units.items() if t.startswith("To you on the way out"))
    assert not CHECKS["stands_alone"](ctx, place, "group")
    cloak = next((u for t, u in units.items() if t.startswith("And if you're the one")), None)
    assert cloak is None or not CHECKS["yes_no_question"](ctx, cloak, "group")


STUDY = (
    "Between Thee and Him Alone: Matthew 18:15-17\n\n"
    "Read Matthew 18:15-17 together.\n\n"
    "For discussion\n\n"
    "1. Why do you think it is so much easier to talk about someone than to talk to them?\n\n"
    "2. Is there a conversation you have been avoiding? You don't need to say who. What is one step you "
    "could take this week?\n"
)


def test_a_printed_question_is_never_asked_from_its_middle() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="group"))
    asked = [q.text for s in guide.sections for q in s.questions]
    assert not any(q.startswith("You don't need to say who") for q in asked), asked
