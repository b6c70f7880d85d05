"""Misreadings from the fresh sets r70 and r71: words the author said credited to a name before "I said", a
column with nothing to discuss, a sermon and a study taken to speak to parents, a study's quiz question and
its "Before we read" question asked after the reading, and a series name over the week's title."""

from __future__ import annotations

from guides.analysis.questions import question_form
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_text


def _questions(text: str) -> list[str]:
    return [q.text for q in generate_guide(import_text(text), GuideOptions(audience="group")).questions]


def test_words_the_author_said_are_not_credited_to_the_name_before_them() -> None:
    asked = _questions(
        "Two Years of Tuesdays\n\n"
        "Being a stepmum has taught me patience I did not know I had. Trust comes before correction, "
        "every time.\n\n"
        'Last month Ella was rude to Tom at dinner, really cutting, and without thinking I said, "Hey. We '
        "don't talk to each other like that in this family.\" She went red and said sorry to Tom.\n\n"
        "I didn't earn that moment with rules. I earned it with two years of Tuesdays.\n"
    )
    assert not any(q.startswith("Tom says") for q in asked), asked


COLUMN = (
    "FAMILY MATTERS with Wren Hale\n\n"
    '"My sister nursed Mum to the end, and now I feel like a stranger"\n\n'
    "Dear Wren,\n\nMy mother died in March. My sister did almost all of the caring, and since the funeral "
    "I feel pushed to the edge of my own family. How do I talk to her?\n\nSecond Daughter\n\n"
    "Dear Second Daughter,\n\nI'm so sorry about your mother.\n\n"
    "Your sister is right that she was there, and she knows you were not. Carers often carry a private "
    "ledger of what they gave.\n\n"
    "She is wrong that you have no place. Your grief is not a smaller grief because you lived across the "
    "water.\n\n"
    "Be the sister who goes first. Write to her, and thank her for what it cost.\n\nWren\n"
)


def test_a_column_always_has_something_to_discuss_and_the_answers_key_claim_is_asked() -> None:
    guide = generate_guide(import_text(COLUMN), GuideOptions(audience="group"))
    discuss = next(s for s in guide.sections if s.key == "discuss")
    assert discuss.questions, [q.text for q in guide.questions]
    told = [q for q in guide.questions if q.family == "column_told"]
    assert told and "smaller grief" in told[0].text and told[0].text.endswith("needed to hear that?"), told


STUDY = (
    "STORIES JESUS TOLD\nA six-week series for home groups\nSt Ninian's Church, Perth\n\n"
    "Week 5: The Brother Who Stayed (Luke 15:25-32)\n\n"
    "Main idea: The older brother's problem was not that he obeyed. It was that he lived like a hired "
    "hand in his father's house.\n\n"
    "Luke 15:25-32 (World English Bible)\n\n"
    '29 But he answered his father, "Behold, these many years I have served you, and you never gave me a '
    'goat. 30 But when this your son came, you killed the fattened calf for him."\n\n'
    "Commentary\n\nThe older son keeps accounts. He has been at home all along, but he talks like a "
    "servant waiting for wages. The father goes out to him too.\n\n"
    "Discussion questions\n\n"
    "1. Before we read, what did you already know about this parable? Which character have you usually "
    "focused on?\n\n"
    "2. What animal does the older brother say his father never gave him?\n\n"
    "3. Why do you think a son who had everything felt like an unpaid worker?\n\n"
    "4. Where do you keep accounts with God or with the people closest to you?\n"
)


def test_a_series_line_over_the_weeks_title_is_not_the_title() -> None:
    assert import_text(STUDY).title.startswith("Week 5: The Brother Who Stayed")


def test_a_studys_quiz_question_is_not_asked_and_its_before_we_read_question_is_the_warm_up() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="group"))
    assert not any("What animal" in q.text for q in guide.questions), [q.text for q in guide.questions]
    welcome = next(s for s in guide.sections if s.key == "welcome")
    assert welcome.questions[0].text.startswith("Before we read"), welcome.questions
    discuss = next(s for s in guide.sections if s.key == "discuss")
    assert not any("Before we read" in q.text for q in discuss.questions)


def test_a_study_of_a_parable_of_a_father_and_sons_does_not_speak_to_parents() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="group"))
    notes = [n.text for s in guide.sections for n in s.notes]
    assert not any("children at home" in n for n in notes), notes


def test_a_question_after_its_frame_is_open() -> None:
    assert question_form("Before we read, what did you already know about this parable?") == "open"
    assert question_form("Honestly, do you ever keep accounts?") == "yes_no"


def test_an_open_letter_from_the_author_with_no_reply_is_the_article_not_a_readers_letter() -> None:
    guide = generate_guide(
        import_text(
            "For Whoever Leaves Early\n\nA letter from the manse\n\nDear friend,\n\n"
            "I don't know your name. That is rather the point of this letter.\n\n"
            "The first is that it may not be you. We are kind to the people we already know, and we are "
            "not as welcoming as we think we are.\n\n"
            "The second is that loneliness is not a sin. Loneliness is real, but it also tells lies.\n\n"
            "On Thursday mornings a few of us meet in the vestry. It's a small, quiet affair: a pot of tea "
            "and a Bible passage.\n\nWith every good wish,\nAlasdair\n"
        ),
        GuideOptions(audience="group"),
    )
    discuss = next(s for s in guide.sections if s.key == "discuss")
    assert discuss.questions, [q.text for q in guide.questions]
    assert not any("the second is" in q.text.lower() for q in guide.questions)
    notes = [n.text for n in guide.leader_notes]
    assert not any("affair" in n for n in notes), notes


def test_a_claim_whose_subject_is_in_the_sentence_before_or_two_denials_is_no_difference_to_ask() -> None:
    asked = _questions(
        "When Your Friend Becomes Your Boss\n\n"
        "Dear Wren,\n\nMy best friend got the promotion I wanted, and now she manages me. What do I do?\n\n"
        "Passed Over\n\n"
        "Dear Passed Over,\n\nI'm sorry; that stings. Leave with grace if you leave at all, and keep the "
        "friendship intact. That is worth more than any team leader post.\n\n"
        "Loneliness at work is not a failure, and it is not a sign that you chose the wrong job. Give it "
        "until your year-end review.\n\nWren\n"
    )
    assert not any("That is worth more" in q for q in asked), asked
    assert not any("not a failure" in q and "that difference matter" in q for q in asked), asked
