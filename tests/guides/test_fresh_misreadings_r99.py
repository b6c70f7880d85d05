"""What the blind reviewers of r98 and r99 found (stop 33's first round): a sign-up box whose pitch
became a question, a baker's word taken for the thesis, a Bible name lowercased, a columnist's label
asked about, a relative clause read as a view, a line given to the wrong speaker, a question the author
means for us asked of others, a warm-up on "darkness", a care note that named infertility for a
miscarriage and missed despair, a printed prayer read as counsel, a "prepared by" line as the title,
and a study whose own passage was never read."""

from __future__ import annotations

from test_guide_support import context_for

from guides.analysis.analyze import analyze
from guides.analysis.sensitive import find_sensitive
from guides.catalog import catalog, catalog_language
from guides.cleaning.chrome import chrome_line
from guides.guide.context import Context
from guides.guide.families import CHECKS
from guides.guide.families.parsing import _opposed_view, lower_start
from guides.guide.scripture_readings import scripture_readings
from guides.importing import import_text


def test_a_sign_up_box_with_its_pitch_and_field_is_chrome() -> None:
    box = (
        "Like this post? Get a new one in your inbox every fortnight. No spam, just tea and honesty.\n"
        "[ Your email address ] [ Sign me up ]"
    )
    found = chrome_line(box)
    assert found is not None and "sign-up" in found.reason
    assert chrome_line("Like this post? Tell a friend who needs it.") is None


def test_a_word_the_trade_uses_is_not_the_thesis() -> None:
    essay = (
        "Second Proof\n\n"
        "When you make bread by hand, there are two rises. Bakers call the second rise the proof. It's the "
        "one that decides the bread. You can do everything right up to the shaping, and if you rush the "
        "proof, you get a brick.\n\n"
        "I once sacked an apprentice for a theft he did not commit. An apology is only the shaping of "
        "repair; the wronged person sets the pace of the rest.\n"
    )
    thesis = analyze(import_text(essay)).reading.thesis
    assert thesis is None or not thesis.text.startswith("Bakers call")


def test_a_name_the_article_capitalises_keeps_its_capital() -> None:
    sermon = (
        "Seven Days on the Ground (Job 2)\n\n"
        "Job is a good man who loses everything. Job sits in the ashes. His friends come to Job and sit "
        "with Job for seven days. Job says nothing, and they say nothing. It is not my job to explain "
        "your pain.\n"
    )
    ctx = context_for(sermon)
    assert (
        lower_start(ctx, "Job is a good man who loses everything") == "Job is a good man who loses everything"
    )


def test_a_columnists_label_and_a_relative_clause_are_not_views_or_claims() -> None:
    from guides.guide.families.meaning import _LABEL_FOR_WHAT_FOLLOWS

    assert _LABEL_FOR_WHAT_FOLLOWS.match("About the fear that the group will fold.")
    assert _opposed_view("The things we believe should be seen in our homes and on our hands.", "en") is None
    assert _opposed_view("We believe that a quiet child is a content child.", "en") is not None


def test_words_said_are_not_given_to_the_person_they_are_about() -> None:
    from guides.guide.families.stories import _words_said

    post = (
        "Don't Wait Until You Know What to Say\n\n"
        "Our son Ethan is nine, and he is autistic. Friends often do not know what to say to us.\n\n"
        "One of my closest friends is very good at this. She always asks how things are with Ethan, "
        'listens properly, and then says, "Okay, now tell me something that isn\'t about autism at all." '
        "It's the best question anyone asks me all week.\n"
    )
    ctx = context_for(post)
    unit = next(u for u in ctx.units if u.passage is not None and u.passage.text.startswith("She always"))
    assert _words_said(ctx, unit) is None


def test_a_question_the_author_means_for_us_is_asked_of_ourselves() -> None:
    sermon = (
        "Buy the Field (Jeremiah 32)\n\n"
        "Jeremiah buys a field while the army is at the gate. Hope is not a feeling; it is a receipt in a "
        "jar.\n\n"
        'So when a decision frightens you, try this question: "What kind of people do we want to be '
        "while we don't know?\" Ask it before you ask what will happen.\n"
    )
    ctx = context_for(sermon)
    offered = [u for u in ctx.units if u.kind == "offered"]
    assert offered
    assert all(CHECKS["offered_between_us"](ctx, u, "group") for u in offered)
    assert not any(CHECKS["offered_to_others"](ctx, u, "group") for u in offered)


def test_no_warm_up_asks_who_comes_to_mind_for_a_heavy_word() -> None:
    essay = (
        "Long Exposure\n\n"
        "In the dark months the light is low. Darkness is not the absence of God. In darkness the camera "
        "needs time, and so do we. The darkness of a long winter taught me to wait.\n\n"
        "Darkness came again after we lost the baby. In the darkness I learned to hold still.\n"
    )
    ctx = context_for(essay)
    dark = [u for u in ctx.units if u.kind == "theme" and u.theme is not None and u.theme.label == "darkness"]
    assert dark and not CHECKS["warm_word"](ctx, dark[0], "group")


def test_despair_is_heard_and_a_miscarriage_is_named_as_a_loss() -> None:
    said = "If you've begun to think the people you love would be better off without you, tell someone."
    assert any(t.topic == "mental_health" and t.intensity == "open" for t in find_sensitive(said))
    assert "losing one" in catalog("en").text("care", "infertility")


def test_a_printed_prayer_is_a_prayer_and_prepared_by_is_no_title() -> None:
    study = (
        "HOME CELL STUDIES: FAITH AT HOME\n\n"
        "When Thy Son Asketh Thee (Deuteronomy 6:4-9)\n\n"
        "Prepared by Deaconess Abena Owusu-Mensah for the Home Cell Leaders' Team\n\n"
        "Children catch faith from a love for God that is really in our own hearts.\n\n"
        "CLOSING PRAYER\n\n"
        "Faithful God, you brought your people out of slavery. Put your words deep in our hearts, so that "
        "what we say to our children is true in us first. Amen.\n"
    )
    article = import_text(study)
    assert article.title.startswith("When Thy Son Asketh Thee")
    reading = analyze(article).reading
    prayer = [p for p in reading.passages if p.text.startswith(("Faithful God", "Put your words"))]
    assert len(prayer) == 2 and all(p.role == "note" and p.has("prayer") for p in prayer)


def test_a_studys_own_passage_named_in_its_title_is_read() -> None:
    study = (
        "She Hath Done What She Could (Mark 14:3-9)\n\n"
        "Main idea: What looks like waste to onlookers can be love that has understood the moment.\n\n"
        "In Mark the story sits between a plot and a betrayal. The disciples quote Deuteronomy 15:11 at "
        "her, and later, at the supper (Mark 14:12-26), they will eat with the one she anointed.\n"
    )
    article = import_text(study)
    analysis = analyze(article)
    refs = [r.ref for r in scripture_readings(article, analysis, "en")]
    assert refs[0] == "Mark 14:3-9" and "Deuteronomy 15:11" in refs
    ctx = Context.build(article, analysis, catalog_language(analysis.language), analysis.has_faith)
    assert ctx.scripture_readings()[0].ref == "Mark 14:3-9"


def test_the_claims_of_a_post_that_argues_through_its_own_household() -> None:
    from guides.analysis.argument import weigh_claims
    from guides.guide.families.parsing import _opposed_view

    post = (
        "I Was Helping, and That Was the Problem\n\n"
        "For most of our marriage I thought I was a good husband around the house. Then Priya wrote down "
        "everything she was keeping track of. She stopped at forty-one items, not because she'd finished "
        "but because the envelope had.\n\n"
        "When you help someone, the job is still theirs. That's what the word means.\n\n"
        "I think a lot of us men (and some women too) assume love is shown by being willing. It sounds "
        "generous. Before you can do anything for someone, you have to see what they're carrying.\n\n"
        "We're nine months in. Children step in and out of it.\n"
    )
    article = import_text(post)
    reading = analyze(article).reading
    weights = {
        article.text[c.start : c.end]: c.weight
        for c in weigh_claims(list(reading.passages), article.title, "en")
    }
    heavy = {text for text, weight in weights.items() if weight >= 0.3}
    assert "When you help someone, the job is still theirs." in heavy
    assert not any(
        t.startswith(("She stopped", "That's what the word", "We're nine", "Children step")) for t in heavy
    )
    willing = next(p for p in reading.passages if "assume love is shown" in p.text)
    assert willing.has("reported") and willing.has("opposed_view")
    assert _opposed_view(willing.text, "en") == "assume love is shown by being willing"


def test_the_second_half_of_a_change_of_mind_is_not_a_key_claim_alone() -> None:
    post = (
        "Don't Say Gone to Sleep\n\n"
        "Children overhear everything. What helps a grieving child is not protection from grief but "
        "company in it.\n\n"
        "I used to think I should hold it together in front of the children. Now I think that teaches them "
        "grief is something to hide.\n"
    )
    reading = analyze(import_text(post)).reading
    keys = [import_text(post).text[c.start : c.end] for c in reading.key_claims]
    assert not any(k.startswith("Now I think") for k in keys)


def test_a_columnists_words_to_the_writer_are_no_reading_of_a_verse_and_family_counsel_stays_theirs() -> None:
    from guides.guide.families.counsel import _counsel_in_the_answer

    column = (
        '"My daughter stopped speaking to me"\n\n'
        "Dear Margaret,\n\nMy daughter Jenna has not spoken to me in two years. My sister says I should "
        "change my will. I am ready to forgive her. What should I do?\n\nHeartsore\n\n"
        "Dear Heartsore,\n\n"
        '"He that answereth a matter before he heareth it, it is folly and shame unto him" (Proverbs 18:13). '
        "You have been answering this matter for two years, alone, in your own head.\n\n"
        "Don't take your sister's advice. Write one letter, and then wait. Get some help for yourself.\n"
    )
    ctx = context_for(column)
    verses = [u for u in ctx.units if u.kind == "scripture"]
    assert verses and not any(CHECKS["verse_discussed"](ctx, u, "group") for u in verses)
    counsel = {u.passage.text: u for u in ctx.units if u.passage is not None and u.kind == "instruction"}
    assert not _counsel_in_the_answer(ctx, counsel["Don't take your sister's advice."], "group")
    assert _counsel_in_the_answer(ctx, counsel["Write one letter, and then wait."], "group")
