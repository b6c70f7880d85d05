"""More misreadings from fresh sets (r48 and r49): a Spanish column's name over the letter read as the
letter, a question the author sets aside after quoting it, what a household did told as numbered points,
and a comment section opened by "Leave a comment (6)"."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_text


def test_a_columns_name_and_writer_over_the_letter_is_not_the_letter() -> None:
    column = import_text(
        "EL CORREO  |  Portada  |  Vida  |  Consultorio  |  Suscríbete\n\n"
        "«Mi padre bebe y quiere que mis hijos pasen el verano con ellos»\n\n"
        "Querida Amparo, por Amparo Ledesma\nActualizado el domingo a las 09:15\n\n"
        "Querida Amparo:\n\nMi padre bebe mucho desde que se jubiló. Empieza con cerveza a media mañana.\n\n"
        "Una hija entre dos fuegos\n\n"
        "Querida hija entre dos fuegos:\n\nLo primero: no está usted exagerando. La seguridad de los niños "
        "no se negocia.\n\nUn abrazo,\nAmparo\n"
    )
    reading = analyze(column).reading
    roles = {column.text[b.start : b.end][:22]: b.role for b in reading.blocks}
    assert roles.get("Mi padre bebe mucho de") == "letter", roles
    assert roles.get("Lo primero: no está us") == "answer", roles


def test_a_question_the_author_quotes_to_set_aside_is_not_offered() -> None:
    article = import_text(
        "When Our Son Started Stealing\n\n"
        "So we moved the focus to repair. What did he take, from whom, and how do we make it right? That's a "
        'question a child can actually do something with, where "How could you?" isn\'t.\n'
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any("How could you" in q.text for q in guide.questions), guide.questions


def test_numbered_points_told_as_what_we_did_are_what_the_author_did() -> None:
    article = import_text(
        "7 Things We Did When Our Son Started Stealing\n\n"
        "1. We stopped asking questions we already knew the answer to.\n\n"
        "It was a trap, and he knew it.\n\n"
        "2. We made it about putting things right.\n\nRepair is something a child can do.\n\n"
        "3. We went back with him, in person.\n\nThe shopkeeper was kinder than we feared.\n\n"
        "4. We looked for what was underneath.\n\nHe was lonely at school.\n"
    )
    points = [u for u in analyze(article).reading.lists if u.points]
    assert points and points[0].mine, points


def test_comments_under_leave_a_comment_with_its_count_are_removed() -> None:
    post = import_text(
        "The Anniversary I Forgot\n\n"
        "I forgot our anniversary, and then I spent two days arguing with my husband about how much he was "
        "allowed to mind. Forgetting was a mistake, and tired people make mistakes. "
        "The arguing was worse.\n\n"
        "If you're the one who forgot something this week, say sorry, and then stop building the case for "
        "why they shouldn't feel what they feel. That's the part that does the damage.\n\n"
        "Leave a comment (2)\n\n"
        "Harriet M. — 15 October\nThis went straight through me. I did exactly this last year.\n\n"
        "Mike — 18 October\nGreat post. Check my page for a free guide to doubling your savings.\n"
    )
    assert "Harriet" not in post.text and "doubling" not in post.text
    assert sum(1 for r in post.removed if r.kind == "comment") == 2


def test_a_warm_up_is_on_what_the_article_is_about_not_a_word_met_in_passing() -> None:
    from test_guide_support import article_from

    from guides.guide.context import Context
    from guides.guide.families.themes import _subject_theme

    article = article_from(
        [
            "It works well to have one person read the passage aloud while the others follow.",
            "There is a time for everything under heaven. Seasons come whether we welcome them or not.",
            "What profit has he who works in that in which he labours? The Preacher asks about work.",
            "A season of waiting is still a season. Receive the season you are in; do not explain it away.",
            "Some seasons are hard. The Preacher does not say every season is good; each has its time.",
        ],
        title="A Time for Every Purpose",
    )
    analysis = analyze(article)
    ctx = Context.build(article, analysis, "en", True)
    themes = {u.theme.label: u for u in ctx.units if u.kind == "theme" and u.theme is not None}
    work = next(u for label, u in themes.items() if label.startswith("work"))
    assert not _subject_theme(ctx, work, "group")
    assert _subject_theme(ctx, themes["season"], "group")


def test_adulterers_as_a_picture_of_unfaithfulness_to_god_is_no_affair() -> None:
    from guides.analysis.sensitive import find_sensitive

    text = (
        'James calls his readers "adulterers and adulteresses". He means unfaithfulness to God here, not '
        "literal affairs: a heart that wants the world's friendship more than God's."
    )
    assert "infidelity" not in {t.topic for t in find_sensitive(text)}
    assert "infidelity" in {t.topic for t in find_sensitive("Her husband had an affair last spring.")}


def test_steps_found_from_the_second_on_are_not_the_authors_list() -> None:
    article = import_text(
        "She Knows Everyone\n\n"
        "So here's what I'd say to my fellow extroverts. "
        "First, stop translating his tiredness as disapproval. It is only tiredness.\n\n"
        "Second, ask him; don't book him. I used to say yes for both of us.\n\n"
        "Third, protect his quiet like it's yours. Some Saturdays I go out and he stays home.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    assert not any("two things" in q.text or "two steps" in q.text for q in guide.questions), guide.questions


def test_a_denial_whose_subject_points_back_and_a_plea_are_not_claims_to_weigh() -> None:
    article = import_text(
        "Running Tired\n\n"
        "Looking to Jesus may be all you can manage some weeks. The passage suggests that is not a small "
        "thing. Strength comes from looking, not from straining.\n\n"
        "If you know someone in our position, at church or down your road, please don't wait for them to "
        "ask. They won't.\n"
    )
    guide = generate_guide(article, GuideOptions(audience="group"))
    asked = " | ".join(q.text for q in guide.questions)
    assert "not a small thing" not in asked and "please don't wait" not in asked, asked


def test_a_safeguarding_article_is_about_abuse_and_a_sinner_named_in_passing_is_no_affair() -> None:
    from guides.analysis.sensitive import find_sensitive

    topics = {t.topic for t in find_sensitive("He was convicted of sexual offences against children.")}
    assert "abuse" in topics and "sexual_intimacy" not in topics
    article = import_text(
        "Welcome Him, and Write It Down\n\n"
        "Our church decided to welcome a man convicted of sexual offences against children, under a written "
        "agreement. The church has always been made of the repentant thief, the repentant adulterer and the "
        "repentant bully.\n\n"
        "Conditions are not the opposite of welcome. They are how a church keeps both promises at once.\n"
    )
    notes = " | ".join(n.text for n in generate_guide(article, GuideOptions(audience="group")).leader_notes)
    assert "affairs" not in notes and "abuse" in notes, notes


def test_a_couple_not_yet_wed_is_not_asked_about_their_marriage_and_dear_cass_is_no_title() -> None:
    column = import_text(
        "THE DUNMORE STANDARD  |  Home  |  News  |  Weddings  |  Sign in\n\n"
        "\"Whatever you want, babe\": my fiancé won't make a single wedding decision, and I'm drowning\n\n"
        "Dear Cass\n\n"
        "Dear Cass,\n\nWe are getting married in April and I am doing all of it. Every time I ask Jonah what "
        'he thinks, he says, "Whatever you want."\n\nDrowning in Dunmore\n\n'
        "Dear Drowning,\n\nThat is not easygoing. It is absence with good manners. Sit down together and cut "
        "the list together.\n\nCass\n"
    )
    assert column.title.startswith('"Whatever you want, babe"'), column.title
    guide = generate_guide(column, GuideOptions(audience="couple"))
    assert not any("your marriage" in q.text or "wedding day" in q.text for q in guide.questions)


def test_a_claim_taken_back_a_cut_view_a_story_paused_and_a_signpost_are_not_asked() -> None:
    from guides.guide.families.parsing import _opposed_view

    assert _opposed_view("We often assume that if we say nothing, we've stayed out of it.", "en") is None
    column = import_text(
        "Mum left the house to my sister\n\n"
        "Dear Ruth,\n\nMum left the house to my sister, and I haven't spoken to her since.\n\nStung\n\n"
        "Dear Stung,\n\nBefore anything else, a practical point. Get the will read by a solicitor.\n\n"
        "A house is worth a great deal. It isn't worth three siblings who never speak again.\n\nRuth\n"
    )
    asked = " | ".join(q.text for q in generate_guide(column, GuideOptions(audience="group")).questions)
    assert "A house is worth a great deal”" not in asked and "a practical point" not in asked, asked
    sermon = import_text(
        "But If Not (Daniel 3)\n\n"
        "Tobi was the only Christian in the office. Hold Tobi there for a minute; we'll come back to him.\n\n"
        "And here's the thing I want to say carefully. Faith that only works if God does what we ask is not "
        "yet faith.\n"
    )
    asked = " | ".join(q.text for q in generate_guide(sermon, GuideOptions(audience="group")).questions)
    assert "Hold Tobi" not in asked and "I want to say carefully" not in asked, asked


def test_a_sum_overstated_is_no_difference_but_a_count_of_homes_is() -> None:
    from guides.guide.families.claims import _SUM

    assert _SUM.match("Ten thousand talents is not a debt.")
    assert not _SUM.match("Two homes don't have to be a contest.")
    assert not _SUM.match("One of the quiet fears of young people is that they will be a topic.")
