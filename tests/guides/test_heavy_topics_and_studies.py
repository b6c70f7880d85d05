"""Fresh sets r54 and r55: a light warm-up beside a heavy topic (a phone-app question opening a post on a
gambling relapse), a study's question about the text taken for one about the readers' lives, a "we"
everyone shares taken for a household's, a study's "Main idea:" label read aloud, and its "Read:" line
taken for further reading."""

from __future__ import annotations

from test_guide_support import guide_problems

from guides.guide import GuideOptions, generate_guide
from guides.importing import import_text

RELAPSE = (
    "He Told Me First\n\n"
    "Three years ago my husband stopped gambling. Last month he started again: the betting app came back "
    "onto his phone, and he lost money we had set aside for the car.\n\n"
    "I did not find out by checking his phone. He told me. He sat down at the kitchen table on a Sunday "
    "night and told me about the relapse before I had any idea.\n\n"
    "I have been angry, and I still am some days. But a confession is not the same as being caught, and "
    "I want to treat it differently. If telling me costs him the same as getting caught, why would anyone "
    "ever tell?\n\n"
    "So we are doing two things at once. He has gone back to his meetings about the gambling, and we check "
    "the statements together every Friday. Trust and check, both.\n\n"
    "If someone you love tells you something hard, thank them for telling you before you say anything else.\n"
)


def test_a_heavy_topic_opens_on_a_gentle_warm_up_for_everyone() -> None:
    article = import_text(RELAPSE)
    group = generate_guide(article, GuideOptions(audience="group"))
    welcome = group.section("welcome")
    assert welcome is not None and welcome.questions, group.sections
    assert welcome.questions[0].family == "icebreaker_gentle", welcome.questions
    assert "phone" not in welcome.questions[0].text.lower()
    assert guide_problems(article, group) == []
    couple = generate_guide(article, GuideOptions(audience="couple"))
    settle = couple.section("settle")
    assert settle is not None and settle.questions[0].family == "opener_gentle", settle.questions
    # (and no stock question on a light theme beside it: "How would you like to handle phones at home?")
    assert not any(q.family.startswith("theme_") and "phone" in q.text.lower() for q in couple.questions)


def test_one_paragraphs_caveat_is_not_what_an_article_is_about() -> None:
    article = import_text(
        "Patience at Home\n\n"
        "Patience is learned at home more than anywhere else, because home is where we are tired.\n\n"
        "Patience is not putting up with anything at all. If there is abuse in your home, patience is not "
        "the answer; safety is. Abuse is never the fault of the one being hurt.\n\n"
        "For most of us, patience is small: waiting for a child to find a shoe, letting a spouse finish a "
        "sentence. Patience grows when we practise it on ordinary days.\n"
    )
    group = generate_guide(article, GuideOptions(audience="group"))
    assert not any(q.family == "icebreaker_gentle" for q in group.questions), group.questions


STUDY = (
    "The Daughters Who Asked (Numbers 27:1-11)\n\n"
    "Main idea: God welcomes an honest request for what is fair, brought openly and respectfully.\n\n"
    "Read: Numbers 27:1-11\n\n"
    "They asked in the open.\n\n"
    "Five sisters stood before Moses and the whole congregation and asked for their father's land. Their "
    "request is not a rebellion. It is an appeal, made in the open and in the right place.\n\n"
    "God said yes, and the rule changed.\n\n"
    "Moses did not know the answer, so he brought their case before God, and the law was changed for every "
    "family in Israel after them. An honest request can reshape how God's people live.\n\n"
    "Questions\n\n"
    "1. Read verses 1 to 4 aloud. What risks do you think the five sisters took by standing up in front of "
    "the whole congregation?\n\n"
    '2. Moses says, in effect, "I don\'t know, let me ask." When is it hard for people in charge to say '
    "that?\n\n"
    "3. Discuss: what's the difference between the sisters' request and the complaints elsewhere in "
    "Numbers? How can we tell, in our own lives, whether we're appealing or grumbling?\n\n"
    "4. Is there a situation in your family or church where someone has been quietly left out? What would "
    "it look like to raise it the way these sisters did?\n"
)


def test_a_studys_question_about_the_text_is_not_about_the_readers_lives() -> None:
    guide = generate_guide(import_text(STUDY), GuideOptions(audience="group"))
    families = {q.text.split("?")[0][:30]: q.family for q in guide.questions}
    assert families.get("Read verses 1 to 4 aloud. What") == "printed", families
    assert families.get("Is there a situation in your f") == "printed_personal", families


def test_a_we_everyone_shares_is_asked_of_a_group() -> None:
    article = import_text(
        "Teenagers Who Talk at Dinner\n\n"
        "Parents of teenagers often say their children have stopped talking. Our kids talk when they are "
        "sure we are listening, and children can tell the difference between listening and waiting.\n\n"
        "Listening is not the same as agreeing. A parent can hear a child out and still say no.\n\n"
        "Questions to talk over\n\n"
        "1. How can we tell, in our own lives, whether we are listening or only waiting to speak?\n\n"
        "2. What do we want our own kids to remember about our dinners?\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = " ".join(q.text for q in guide.questions)
    assert "in our own lives" in asked, guide.questions
    assert "our own kids to remember" not in asked, guide.questions


def test_a_studys_main_idea_label_is_never_read_aloud_and_its_read_line_is_read() -> None:
    article = import_text(STUDY)
    session = generate_guide(article, GuideOptions(audience="session"))
    assert session.big_idea is not None
    assert session.big_idea.text.startswith("God welcomes"), session.big_idea
    assert not any("Main idea" in p.quote for p in session.outline), session.outline
    assert not any(p.label.endswith(".") for p in session.outline), session.outline
    group = generate_guide(article, GuideOptions(audience="group"))
    read = group.section("read")
    assert read is not None
    assert not any(r.text.startswith("Main idea") for r in read.readings), read.readings
    assert any(r.ref == "Numbers 27:1-11" for r in read.readings), read.readings


def test_a_story_is_asked_about_by_the_point_the_author_argues() -> None:
    article = import_text(
        "A Door That Closes\n\n"
        "When my mother-in-law moved in with us after her fall, we gave her the back bedroom and most of our "
        "evenings. A marriage needs a door it can close.\n\n"
        "We also kept Thursday nights for the two of us. We walked to the river and back, whatever the "
        "weather, and talked about anything except medicine. Some weeks it was the only hour we had.\n\n"
        "Caring for a parent is good work, and it is not a reason to stop being married.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = [q for q in guide.questions if q.family == "own_story_claim"]
    assert asked, guide.questions
    assert "a marriage needs a door it can close" in asked[0].text
    assert asked[0].source.quote.startswith("We also kept Thursday nights")


def test_the_words_that_turn_a_story_are_asked_about_in_the_middle_of_it() -> None:
    article = import_text(
        "Wednesdays With My Mother-in-Law\n\n"
        "For a year I managed everything: the appointments, the pills, the brochures for care homes. I "
        "thought that was love.\n\n"
        "We were driving home after a hard Sunday lunch. I started on the brochures again. And Mared, "
        'without raising her voice, said: "I don\'t need a manager. I need somebody who comes with me." '
        "We drove the rest of the way in silence.\n\n"
        "Now I go with her on Wednesdays, and we talk about her mother, not about what to do with her.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert any(
        q.family == "words_said" and "I need somebody who comes with me" in q.text for q in guide.questions
    ), guide.questions


def test_someone_unnamed_is_never_named_as_the_speaker() -> None:
    article = import_text(
        "Bread on a Sinking Ship\n\n"
        "Years ago a woman in this church lost her husband three weeks before harvest. Somebody asked her "
        'afterwards how she got through that autumn, and she said, "Every morning I made the coffee, and '
        'then I waited to see what the day would ask." That is what an anchor looks like.\n'
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any(q.text.startswith("Somebody") for q in guide.questions), guide.questions


def test_the_thesis_announced_as_what_the_author_has_come_to_is_weighed() -> None:
    guide = generate_guide(
        import_text(
            RELAPSE.replace(
                "I have been angry, and I still am some days. But a confession",
                "Because here is what I've come to, and it's the reason for this whole post. A relapse he "
                "confesses is not the same thing as a relapse I uncover. I have been angry. But a confession",
            )
        ),
        GuideOptions(audience="group"),
    )
    assert any(
        q.family == "thesis_weigh" and "a relapse he confesses is not the same thing" in q.text
        for q in guide.questions
    ), guide.questions


def test_the_question_the_author_argues_by_is_asked() -> None:
    guide = generate_guide(import_text(RELAPSE), GuideOptions(audience="group"))
    assert any(
        q.family == "asked_to_argue" and "why would anyone ever tell?" in q.text for q in guide.questions
    ), guide.questions


def test_a_reading_the_author_holds_lately_is_a_changed_reading() -> None:
    article = import_text(
        "The Verse in the Cupboard\n\n"
        "There's a verse taped inside the cupboard where we keep the mugs: \"He who conceals his sins "
        'doesn’t prosper, but whoever confesses and renounces them finds mercy" (Proverbs 28:13). I used '
        "to read that as a warning to him. Lately I've been reading it as a word to me, about the mercy I "
        "am ready to find.\n\n"
        "Mercy is not the same as pretending nothing happened.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert any(q.family == "changed_reading" for q in guide.questions), guide.questions


def test_an_article_with_no_step_of_its_own_still_ends_on_one() -> None:
    article = import_text(
        "The Bench by the Door\n\n"
        "A bench by the front door is not furniture. It is a welcome that waits for people to stop.\n\n"
        "We put one there the spring after my father died, and the neighbours began to sit on it.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    apply = guide.section("apply")
    assert apply is not None and apply.questions, guide.sections
    discuss = guide.section("discuss")
    assert discuss is not None
    assert not any(q.family == "takeaway_line" for q in discuss.questions), discuss.questions
