"""The leader's lines: what to listen for, a follow-up question, and a transition into each part."""

from __future__ import annotations

import re
from dataclasses import replace

from test_worksheet_support import question, sample_article, sample_guide

from guides.catalog import catalog
from guides.worksheet import content as c
from guides.worksheet.editions import WorksheetOptions, build_worksheet
from guides.worksheet.leading import Contrast, LeaderLines, _contrast_in, clip, leader_lines, transition

QUOTED = re.compile(r"“([^”]+)”|«([^»]+)»")


def _quoted(text: str) -> list[str]:
    return [a or b for a, b in QUOTED.findall(text)]


def test_contrasts_are_read_with_the_affirmed_side_first() -> None:
    assert _contrast_in("handle money with grace instead of defensiveness.") == Contrast(
        "grace", "defensiveness"
    )
    assert _contrast_in("choose listening rather than arguing") == Contrast("listening", "arguing")
    assert _contrast_in("Love is not a feeling, but a choice.") == Contrast("choice", "feeling")
    more = _contrast_in("True intimacy is more than a physical act.")
    assert more is not None and more.more and more.y == "physical act"
    assert _contrast_in("afirmar con gracia en lugar de defensa") == Contrast("gracia", "defensa")
    # "at work, instead of sulking": a clause, not two things to weigh.
    assert _contrast_in("leave the frustrations of work at work, instead of sulking for hours") is None


def test_clip_keeps_a_phrase_short_and_marks_the_cut() -> None:
    assert clip("One two three.") == "One two three"
    long = " ".join(f"w{i}" for i in range(30))
    assert clip(long).endswith("…") and len(clip(long).split()) == 12


def test_every_quoted_word_comes_from_the_article() -> None:
    article = sample_article()
    guide = sample_guide(article)
    ws = build_worksheet(guide, WorksheetOptions(edition="leader"), article=article)
    asked = [q for q in ws.questions if q.listen_for]
    assert len(asked) >= 4
    flat = " ".join(article.text.split())
    for q in asked:
        assert q.follow_up
        for phrase in _quoted(f"{q.listen_for} {q.follow_up}"):
            assert phrase.rstrip("…") in flat, phrase


def test_icebreakers_application_and_contrast_get_their_own_lines() -> None:
    article = sample_article()
    words = catalog("en").table("worksheet")
    ice = question(
        article, "i", "Who kept a promise to you?", "it grows from small promises", kind="icebreaker"
    )
    assert leader_lines(ice, article, "en").listen_for == words["listen_icebreaker"]
    apply = question(
        article, "a", "Where will you keep one?", "Trust is rebuilt the same way", kind="application"
    )
    assert leader_lines(apply, article, "en").listen_for == words["listen_moment"]
    garden = question(article, "g", "Why a garden?", "it is more like a garden", kind="interpretation")
    lines = leader_lines(garden, article, "en")
    assert "garden" in lines.listen_for or "grows" in lines.listen_for


def test_a_question_on_the_points_or_on_an_objection_is_led_on_what_it_asks() -> None:
    # ("Which words in 'I think three things were going on' are hardest to live out?" under a question
    # on the three points; "why the author says 'But Jo, don't you need to be intentional'", of the
    # objection the author answers)
    article = sample_article()
    words = catalog("en").table("worksheet")
    points = question(
        article,
        "p",
        "Which of the three points speaks to you?",
        "it grows from small promises",
        family="points_read",
    )
    assert leader_lines(points, article, "en") == LeaderLines(words["listen_points"], words["probe_points"])
    objection = question(
        article,
        "o",
        "What would you say to it?",
        "Trust is rebuilt the same way",
        family="objection_answered",
    )
    assert leader_lines(objection, article, "en") == LeaderLines(
        words["listen_objection"], words["probe_objection"]
    )


def test_spanish_lines_are_spanish() -> None:
    article = sample_article()
    q = question(article, "a", "¿Dónde?", "Trust is rebuilt the same way", kind="application")
    lines = leader_lines(q, article, "es")
    assert lines.listen_for == catalog("es").text("worksheet", "listen_moment")
    assert lines.follow_up.startswith("¿")


def test_leader_edition_has_lines_under_questions_asked_aloud_only() -> None:
    article = sample_article()
    ws = build_worksheet(sample_guide(article), WorksheetOptions(edition="leader"), article=article)
    by_key = {q.key: q for q in ws.questions}
    for key in ("q-welcome", "q-obs", "q-int", "q-app", "q-extra"):
        assert by_key[key].listen_for and by_key[key].follow_up, key
    for key in ("q-leader", "q-home"):  # the leader's own, and the couples' at home
        assert by_key[key].listen_for is None and by_key[key].follow_up is None, key
    assert all(not q.answers for q in ws.questions)  # no ruled lines for the leader
    participant = build_worksheet(sample_guide(article), WorksheetOptions(), article=article)
    assert all(q.listen_for is None for q in participant.questions)


def test_a_transition_leads_into_each_part_after_the_first() -> None:
    article = sample_article()
    guide = sample_guide(article)
    ws = build_worksheet(guide, WorksheetOptions(edition="leader"), article=article)
    heads = [b.title for b in ws.blocks if isinstance(b, c.SectionHead)]
    transitions = [b for b in ws.blocks if isinstance(b, c.Transition)]
    assert [t.into for t in transitions] == [h for h in heads[1:] if h in {s.title for s in guide.sections}]
    for t in transitions:  # each stands right before the part it leads into
        index = ws.blocks.index(t)
        assert isinstance(ws.blocks[index + 1], c.SectionHead) and ws.blocks[index + 1].title == t.into
    words = catalog("en").table("worksheet")
    discuss = next(s for s in guide.sections if s.key == "discuss")
    assert transition(guide, discuss) == words["transition_discuss_theme"].format(theme="trust")
    # A theme the article neither leads with nor names in its title or big idea is not its subject:
    # "what it says to us about anger" for a piece on money fights, whose strongest word is "cheese".
    fights = replace(
        guide, title="The Year We Fought About Cheese", big_idea=None, themes=("cheese", "fights")
    )
    assert transition(fights, discuss) == words["transition_discuss"]
    participant = build_worksheet(guide, WorksheetOptions(), article=article)
    assert not [b for b in participant.blocks if isinstance(b, c.Transition)]
