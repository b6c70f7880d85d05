"""Misreadings from the fresh sets r68 and r69: a headline with its reference and church on the lines under
it, a long Spanish headline over its byline, a columnist's steps for the letter writer, words people say
before the author turns on them, parents who are cared for, a story's teenager in a step, a team taken
for the one who spoke, a view told after a colon, and the Markdown's source lines."""

from __future__ import annotations

from guides.export.guide_markdown import guide_to_markdown
from guides.guide import GuideOptions, generate_guide
from guides.guide.families.parsing import _opposed_view
from guides.importing import import_text


def test_a_headline_with_its_reference_and_church_on_the_lines_under_it_is_the_title() -> None:
    article = import_text(
        "Nobody Rests for Free\nExodus 20:8-11\nHill Street Chapel, Leeds. Transcribed from the recording."
        "\n\n"
        "Morning, everyone. Find a seat. We are going to read the fourth commandment together this morning, "
        "and then I want to ask what it is for.\n\nRest is not a reward for finishing. It is a gift you "
        "receive before the work is done.\n"
    )
    assert article.title == "Nobody Rests for Free"


def test_a_long_spanish_headline_in_sentence_case_over_its_byline_is_the_title() -> None:
    article = import_text(
        "El cansancio no se cura durmiendo: cinco maneras de descansar de verdad cuando la semana no da "
        "más de sí\n\nPor Marta Olivares\n\nPiensa en la última vez que descansaste de verdad. No hablo de "
        "dormir, sino de parar. El descanso no es un premio por terminar.\n"
    )
    assert article.title.startswith("El cansancio no se cura durmiendo")
    assert article.author == "Marta Olivares"


COLUMN = (
    "Dear Wren\n\n"
    '"My husband wants us to move to his mother\'s town"\n\n'
    "Dear Wren,\n\nMy husband wants us to move three hundred miles to look after his mother, who has "
    "early dementia. I love her, but I don't want to leave my job. Am I being selfish?\n\n"
    "Torn in Leeds\n\n"
    "Dear Torn,\n\nNo, you are not being selfish. You are being asked to uproot your whole life, and "
    "you are hesitating.\n\n"
    "Here is what I would do before anyone looks at another house.\n\n"
    "Find out what she actually needs. Early dementia can mean years of fairly independent living.\n\n"
    "Talk to his sister, properly. A plan shared between two siblings will hold up far longer.\n\n"
    "Name the grief. He may be frightened of losing his mother.\n\n"
    "Consider something in between. A long summer there, or a trial year with a date to review it.\n\n"
    "Wren\n"
)


def test_a_columnists_steps_for_the_writer_are_asked_together_as_the_writers_choice() -> None:
    guide = generate_guide(import_text(COLUMN), GuideOptions(audience="group"))
    steps = [q for q in guide.questions if q.family == "column_steps"]
    assert steps, [q.text for q in guide.questions]
    text = steps[0].text
    assert "four steps" in text and "“name the grief”" in text and "in the writer’s place" in text, text


ARTICLE = (
    "Helping a Friend Who Is Caring for an Ageing Parent\n\n"
    "By Ruth Calder\n\n"
    "I have come to think that the people caring for ageing parents are among the most invisible people "
    "in our churches. We praise them. We say, \"You're amazing, I don't know how you do it.\" And then "
    "we leave them to do it. What actually helps is help that is specific, repeated and unglamorous.\n\n"
    "When a parent moves in, the whole household is caring too. Mina's sixteen-year-old son gave up his "
    "bedroom and most of his quiet. Take the teenager for pizza. Sometimes the most useful thing you can "
    "do for a carer is to look after the people she is too tired to look after.\n\n"
    "Caring is not a one-off crisis. It goes on for years, and the help that counts is the help that keeps "
    "coming back.\n"
)


def test_words_people_say_before_the_author_turns_on_them_are_not_offered() -> None:
    guide = generate_guide(import_text(ARTICLE), GuideOptions(audience="group"))
    assert not any("amazing" in q.text for q in guide.questions), [q.text for q in guide.questions]


def test_a_step_for_someone_of_the_story_is_not_asked_without_them() -> None:
    guide = generate_guide(import_text(ARTICLE), GuideOptions(audience="group"))
    assert not any("teenager" in q.text for q in guide.questions), [q.text for q in guide.questions]


def test_an_article_on_caring_for_parents_does_not_speak_to_parents() -> None:
    guide = generate_guide(import_text(ARTICLE), GuideOptions(audience="group"))
    notes = [n.text for s in guide.sections for n in s.notes]
    assert not any("children at home" in n for n in notes), notes


def test_a_team_talked_about_is_not_the_one_who_spoke() -> None:
    article = import_text(
        "The Man Next Door\n\n"
        "Walter was in hospital for three weeks. I visited twice. The second time, we talked about the "
        'Jets for a while, and then he said, without looking at me, "I knew you would come. I was lying '
        'there thinking, that fellow next door will notice."\n\n'
        "I have thought about that sentence more than almost anything anyone has said to me. Love for a "
        "neighbour does not start with a feeling. It starts with showing up.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any(q.text.startswith("Jets") for q in guide.questions), [q.text for q in guide.questions]


def test_the_markdown_shows_a_source_line_only_where_the_question_does_not_quote_it() -> None:
    guide = generate_guide(import_text(ARTICLE), GuideOptions(audience="group"))
    lines = guide_to_markdown(guide).splitlines()
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if line[:1].isdigit() and "“" in line and "”" in line and below.strip().startswith("*On:"):
            quoted = line.split("“", 1)[1].split("”", 1)[0]
            assert quoted[:30] not in below, (line, below)
    welcome = lines[lines.index(next(ln for ln in lines if ln.startswith("## Welcome"))) :]
    first = next(i for i, ln in enumerate(welcome) if ln[:2] == "1.")
    assert not welcome[first + 1].strip().startswith("*On:"), welcome[: first + 2]


def test_a_view_told_after_a_colon_is_asked_whole_and_one_whose_object_points_back_is_not() -> None:
    told = _opposed_view(
        "We usually assume that love for a neighbour works like this: first you feel warmly towards "
        "someone, and then the feeling produces kind actions.",
        "en",
    )
    assert told is not None and told.endswith(
        ": “first you feel warmly towards someone, and then the feeling produces kind actions”"
    ), told
    pointing = (
        "The Bible tells us to honour our parents, and most of us picture that as something each family does."
    )
    assert _opposed_view(pointing, "en") is None


def test_a_paste_with_dash_lists_is_plain_text_and_keeps_its_headings() -> None:
    article = import_text(
        "Small Rules That Last\n\nMost couples I see do not fight about their phones. They go quiet.\n\n"
        "Rules that work\n\nWhat tends to last is smaller and agreed by both people:\n\n"
        "- Phones charge overnight outside the bedroom.\n- Meals happen with phones out of reach.\n\n"
        "Talk about it gently\n\nBegin with an evening you both remember fondly, and ask what made it "
        "close.\n"
    )
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == ["Rules that work", "Talk about it gently"], headings
    pasted_markdown = import_text("# Small Rules\n\nIntro here.\n\n- one\n- two\n")
    assert [b.kind for b in pasted_markdown.blocks][:1] == ["paragraph"]
