"""What each edition holds, checked on the content before any layout."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from test_worksheet_support import sample_article, sample_guide

from guides.worksheet import content as c
from guides.worksheet.content import Include
from guides.worksheet.editions import (
    WorksheetOptions,
    build_worksheet,
    field_name,
    span,
    translation_label,
)
from guides.worksheet.highlights import ReaderHighlight, highlight_items, surrounding_sentence

ALL: frozenset[Include] = frozenset({"passages", "scripture", "article", "notes"})


def _build(edition: str, **kw: object) -> c.Worksheet:
    article = sample_article()
    guide = sample_guide(article, "couple" if edition == "couple" else "group")
    options = WorksheetOptions(edition=edition, **kw)  # type: ignore[arg-type]
    return build_worksheet(guide, options, article=article)


def _of(ws: c.Worksheet, kind: type) -> list:  # type: ignore[type-arg]
    return [b for b in ws.blocks if isinstance(b, kind)]


def test_participant_edition_has_everyones_questions_numbered_and_nothing_else() -> None:
    ws = _build("participant")
    asked = [q for q in ws.questions if not q.step]
    assert [q.key for q in asked] == ["q-welcome", "q-obs", "q-int", "q-app"]
    assert [q.number for q in asked] == ["1", "2", "3", "4"]
    assert all(q.tag is None and q.page_ref is None and not q.notes for q in ws.questions)
    assert _of(ws, c.Note) == [] and _of(ws, c.Schedule) == []
    assert all(h.minutes is None and h.clock is None for h in _of(ws, c.SectionHead))
    assert "Close" not in [h.title for h in _of(ws, c.SectionHead)]  # nothing for participants there


def test_participant_edition_has_passages_scripture_and_the_i_will_step() -> None:
    ws = _build("participant")
    (passage,) = _of(ws, c.Passage)
    # No paragraph number: it would point at an appendix that is not printed.
    assert passage.text.startswith("Most couples think of trust") and passage.where is None
    (numbered,) = _of(_build("participant", include=ALL), c.Passage)
    assert numbered.where == "Paragraph 1"
    (scripture,) = _of(ws, c.Scripture)
    assert scripture.reference == "Proverbs 3:3" and scripture.translation == "WEB"
    assert scripture.text and "tablet of your heart" in scripture.text
    steps = [q for q in ws.questions if q.step]
    assert [s.text for s in steps] == ["I will…"] and steps[0].answers


def test_leader_edition_adds_timing_notes_care_extras_and_page_references() -> None:
    article = sample_article()
    guide = sample_guide(article)
    pages = {"q-welcome": 1, "q-obs": 2, "q-int": 2, "q-app": 3}
    ws = build_worksheet(guide, WorksheetOptions(edition="leader"), article=article, participant_pages=pages)
    participant = build_worksheet(guide, WorksheetOptions(edition="participant"), article=article)
    numbers = {q.key: q.number for q in participant.questions if q.number}
    by_key = {q.key: q for q in ws.questions}
    assert set(numbers) <= set(by_key)
    for key, number in numbers.items():
        assert by_key[key].number == number and by_key[key].page_ref == pages[key]
    assert by_key["q-extra"].tag == "Extra" and by_key["q-extra"].number is None
    assert by_key["q-leader"].tag == "For you"  # the leader's own question, not one to ask
    assert by_key["q-home"].tag == "Take-home" and by_key["q-home"].answers == ()
    heads = {h.title: h for h in _of(ws, c.SectionHead)}
    assert heads["Welcome"].minutes == 10 and heads["Welcome"].clock == "0:00–0:10"
    assert heads["Discuss"].clock == "0:15–0:45"
    assert heads["Take home"].clock is None  # no time of its own
    notes = _of(ws, c.Note)
    care = [n for n in notes if n.tone == "care"]
    assert care and "follow up privately" in care[0].text and care[0].label == "Care note"
    assert "stays here" in care[0].text  # a group agrees on confidentiality
    assert any("Let silence work" in n.text for n in notes)
    assert any(n.label == "Before you begin" for n in notes)
    # Everything the participant sees is there too.
    assert {p.text for p in _of(participant, c.Passage)} <= {p.text for p in _of(ws, c.Passage)}


def test_without_a_care_note_from_the_guide_a_standard_one_names_the_topics() -> None:
    article = sample_article()
    guide = replace(sample_guide(article), leader_notes=())
    ws = build_worksheet(guide, WorksheetOptions(edition="leader"), article=article)
    (care,) = [n for n in _of(ws, c.Note) if n.tone == "care"]
    assert care.label == "Care note · this touches on infidelity"
    assert "pastor or a counsellor" in care.text


def test_translation_objects_print_their_abbreviation_and_credit_line() -> None:
    from guides.scripture.bible_text import TRANSLATION

    article = sample_article()
    guide = sample_guide(article)
    guide = replace(guide, scripture=(replace(guide.scripture[0], translation=TRANSLATION),))  # type: ignore[arg-type]
    ws = build_worksheet(guide, WorksheetOptions(), article=article)
    assert [s.translation for s in _of(ws, c.Scripture)] == ["WEB"]
    assert [col.lines for col in _of(ws, c.Colophon)] == [(TRANSLATION.notice,)]
    assert translation_label(TRANSLATION) == "WEB" and translation_label(None) is None
    assert translation_label(" ") is None and translation_label("ESV") == "ESV"


def test_couple_edition_gives_each_partner_an_area_and_ends_with_talking_it_through() -> None:
    ws = _build("couple", partner_names=("Ana", "Ben"), fillable=True)
    keys = [q.key for q in ws.questions]
    assert "q-home" in keys  # the private question is for the two of them
    assert "q-leader" not in keys
    asked = [q for q in ws.questions if q.key.startswith("q-")]
    assert all([a.label for a in q.answers] == ["Ana", "Ben"] for q in asked)
    heads = [h.title for h in _of(ws, c.SectionHead)]
    assert heads[-1] == "Talk it through"
    home = next(q for q in ws.questions if q.key == "q-home")
    assert home.tag == "Deeper"
    fields = ws.field_names
    assert len(fields) == len(set(fields))
    assert len(fields) == 2 * (len(ws.questions) - 1) + 1  # two per question and step, one for the date


def test_couple_edition_without_names_uses_neutral_labels() -> None:
    ws = _build("couple")
    first = next(q for q in ws.questions if q.key == "q-welcome")
    assert [a.label for a in first.answers] == ["Partner A", "Partner B"]


def test_session_edition_is_a_plan_with_times_and_no_lines() -> None:
    ws = _build("session", fillable=True)
    (schedule,) = _of(ws, c.Schedule)
    assert [r.clock for r in schedule.rows][:3] == ["0:00–0:10", "0:10–0:15", "0:15–0:45"]
    assert schedule.rows[-1].clock == "after"
    assert all(not q.answers for q in ws.questions)
    assert ws.field_names == ()
    assert any(n.label == "Follow up" for n in _of(ws, c.Note))


@pytest.mark.parametrize("edition", ["participant", "couple"])
def test_fields_only_when_fillable_and_names_are_safe(edition: str) -> None:
    assert _build(edition).field_names == ()
    names = _build(edition, fillable=True).field_names
    assert names and len(names) == len(set(names))
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", n) for n in names)


def test_without_answer_lines_there_is_nothing_to_fill() -> None:
    ws = _build("participant", answer_lines=False, fillable=True)
    assert all(not q.answers for q in ws.questions) and ws.field_names == ()


def test_include_controls_scripture_text_passages_and_appendix() -> None:
    bare = _build("participant", include=frozenset())
    (scripture,) = _of(bare, c.Scripture)
    assert scripture.text is None  # the reference only: read it from your Bible
    assert _of(bare, c.Passage) == []
    # Without the numbered appendix, the reading is found by its first and last words.
    assert any(
        "from “Most couples think of trust …” to “… promises kept on ordinary days.”" in t.text
        for t in _of(bare, c.Text)
    )
    assert not any("paragraph" in t.text for t in _of(bare, c.Text))
    numbered = _build("participant", include=frozenset({"article"}))
    assert any("paragraph 1 of the article" in t.text for t in _of(numbered, c.Text))
    assert _of(bare, c.Appendix) == []
    full = _build("participant", include=ALL)
    (appendix,) = _of(full, c.Appendix)
    assert appendix.title == "Small promises" and len(appendix.blocks) == 6


def test_highlights_come_with_their_sentence_and_note() -> None:
    article = sample_article()
    quote = "your words carry weight"
    at = article.text.index(quote)
    marks = [ReaderHighlight(quote, "Us on busy weeks.", "Ana", at, at + len(quote))]
    ws = build_worksheet(
        sample_guide(article), WorksheetOptions(include=ALL), article=article, highlights=marks
    )
    (item,) = _of(ws, c.HighlightItem)
    assert item.sentence is not None and item.sentence.startswith("When you say you will call at six")
    assert item.sentence.endswith("carry weight.")
    assert item.note == "Us on busy weeks." and item.reader == "Ana"
    assert _of(_build("participant"), c.HighlightItem) == []  # only when asked for


def test_highlights_with_stale_offsets_are_found_by_their_words() -> None:
    article = sample_article()
    marks = [ReaderHighlight("keeping small promises", None, None, 0, 3), ReaderHighlight("", None)]
    (item,) = highlight_items(marks, article.text)
    assert item.sentence is not None and item.sentence.startswith("Trust is rebuilt")


def test_surrounding_sentence_out_of_range() -> None:
    assert surrounding_sentence("One. Two.", 5, 50) is None
    assert surrounding_sentence("One. Two.", 5, 8) == "Two."


def test_metadata_of_the_worksheet() -> None:
    ws = _build("leader", title_page=True, author="Pastor Sam")
    assert ws.title == "Small promises" and ws.author == "Pastor Sam"
    assert ws.subject.startswith("Leader’s edition") and "Trust is rebuilt" in ws.subject
    assert ws.cover is not None and ws.cover.edition_label == "Leader’s edition"
    assert _build("participant").author == "A. Writer"


def test_a_guide_without_big_idea_or_scripture_still_builds() -> None:
    article = sample_article()
    guide = replace(sample_guide(article), big_idea=None, scripture=(), leader_notes=(), outline=())
    ws = build_worksheet(guide, WorksheetOptions(edition="leader"))
    assert ws.masthead.big_idea is None and ws.questions


def test_helpers() -> None:
    assert (
        field_name("q.1/2") == "q-1-2" and field_name("q1", "a") == "q1-a" and field_name("...") == "answer"
    )
    assert span(65, 10) == "1:05–1:15" and span(5, 0) is None


def test_couple_steps_already_split_by_partner_get_one_area_each_with_the_names() -> None:
    from guides.catalog import catalog
    from guides.guide.model import Prompt, Section

    words = catalog("en").table("prompts")
    article = sample_article()
    prompts = (
        Prompt("partner", words["partner"].format(partner=words["partner_1"]), 0),
        Prompt("partner", words["partner"].format(partner=words["partner_2"]), 1),
        Prompt("return", words["return"]),
    )
    guide = sample_guide(article, "couple")
    guide = replace(
        guide, sections=(*guide.sections, Section("commit", "I will...", 5, "Commit.", prompts=prompts))
    )
    ws = build_worksheet(
        guide,
        WorksheetOptions(edition="couple", partner_names=("Ana", "Ben"), fillable=True),
        article=article,
    )
    steps = {q.key: q for q in ws.questions if q.key.startswith("commit-")}
    assert [s.text for s in steps.values()] == ["Ana: I will …", "Ben: I will …", words["return"]]
    assert all(len(s.answers) == 1 for s in steps.values())
    assert "talk-it-through" not in {q.key for q in ws.questions}  # the guide already asks when
    assert _of(ws, c.SectionHead)[-1].title == "Talk it through"


def test_the_couples_closing_step_never_repeats_a_parts_title() -> None:
    article = sample_article()
    guide = sample_guide(article, "couple")
    renamed = tuple(replace(s, title="Talk it through") if s.key == "discuss" else s for s in guide.sections)
    ws = build_worksheet(
        replace(guide, sections=renamed), WorksheetOptions(edition="couple"), article=article
    )
    heads = [h.title for h in _of(ws, c.SectionHead)]
    assert heads.count("Talk it through") == 1
    assert heads[-1] == "Before you finish: talk it through"


def test_leader_edition_gives_the_participant_page_of_the_i_will_steps_too() -> None:
    article = sample_article()
    pages = {"q-welcome": 1, "q-obs": 2, "q-int": 2, "q-app": 2, "apply-step-1": 3}
    ws = build_worksheet(
        sample_guide(article), WorksheetOptions(edition="leader"), article=article, participant_pages=pages
    )
    (step,) = [q for q in ws.questions if q.step]
    assert step.page_ref == 3
    participant = build_worksheet(sample_guide(article), WorksheetOptions(), article=article)
    assert all(q.page_ref is None for q in participant.questions)


def test_appendix_paragraphs_are_numbered_as_the_read_part_counts_them() -> None:
    ws = _build("participant", include=ALL)
    (appendix,) = _of(ws, c.Appendix)
    numbered = {b.number: b.text for b in appendix.blocks if b.number is not None}
    assert all(b.number is None for b in appendix.blocks if b.kind == "heading")
    assert sorted(numbered) == list(range(1, len(numbered) + 1))
    for passage in _of(ws, c.Passage):
        match = re.fullmatch(r"Paragraph (\d+)", passage.where or "")
        assert match, passage.where
        assert numbered[int(match.group(1))] == passage.text


def test_the_masthead_does_not_announce_zero_questions() -> None:
    article = sample_article()
    guide = sample_guide(article)
    bare = tuple(replace(s, questions=()) for s in guide.sections)
    ws = build_worksheet(replace(guide, sections=bare), WorksheetOptions(), article=article)
    assert "question" not in (ws.masthead.meta or "")
    assert "4 questions" in (_build("participant").masthead.meta or "")


def test_a_library_note_that_lost_its_place_is_found_by_its_words() -> None:
    article = sample_article()

    class Orphan:  # like guides.library.Annotation: start and end are None, note is "" when none
        quote = "your words carry weight"
        note = ""
        reader = "Ben"
        start = None
        end = None

    (item,) = highlight_items([Orphan()], article.text)
    assert item.sentence and item.sentence.startswith("When you say you will call at six")
    assert item.note is None and item.reader == "Ben"


def test_participant_edition_has_a_name_and_date_line_and_the_group_and_week() -> None:
    ws = _build("participant", group="Thursday group", series="Small promises", week=(2, 6))
    (write_in,) = _of(ws, c.WriteIn)
    assert write_in.labels == ("Name", "Date")
    assert ws.blocks[0] == write_in
    assert ws.masthead.series == "Thursday group · Small promises · Week 2 of 6"
    assert _build("participant").masthead.series is None
    assert _build("participant", week=(1, 4)).masthead.series == "Week 1 of 4"
    spanish = build_worksheet(
        replace(sample_guide(), language="es"), WorksheetOptions(week=(3, 5)), article=sample_article()
    )
    assert spanish.masthead.series == "Semana 3 de 5"
    assert _of(spanish, c.WriteIn)[0].labels == ("Nombre", "Fecha")


def test_no_answer_lines_under_a_question_that_is_spoken() -> None:
    ws = _build("participant")
    by_key = {q.key: q for q in ws.questions}
    assert by_key["q-welcome"].answers == ()  # the icebreaker, said aloud around the room
    assert all(by_key[k].answers for k in ("q-obs", "q-int", "q-app"))
    couple = {q.key: q for q in _build("couple").questions}
    assert couple["q-welcome"].answers  # at home, each writes first


def test_cards_hold_the_take_home_questions() -> None:
    ws = _build("cards", cards_per_page=2, group="Thursday group", week=(2, 6))
    (sheet,) = _of(ws, c.CardSheet)
    assert sheet.per_page == 2
    assert sheet.card.questions == ("What promise would help the other feel safe again?",)
    assert sheet.card.footer == "Thursday group · Week 2 of 6"
    assert ws.edition == "cards" and ws.questions == ()


def test_a_guide_without_take_home_questions_has_no_cards() -> None:
    from guides.worksheet.errors import WorksheetError

    article = sample_article()
    guide = sample_guide(article)
    guide = replace(guide, sections=tuple(s for s in guide.sections if s.key != "take_home"))
    with pytest.raises(WorksheetError, match="no take-home questions"):
        build_worksheet(guide, WorksheetOptions(edition="cards"), article=article)


def test_a_spanish_worksheet_shows_a_verse_once_by_its_spanish_name() -> None:
    from pathlib import Path

    from guides.guide import GuideOptions, generate_guide
    from guides.importing import import_source

    path = Path(__file__).parents[1] / "fixtures" / "articles" / "spanish-devotional.txt"
    article = import_source(str(path))
    guide = generate_guide(article, GuideOptions(audience="couple"))
    assert guide.language == "es" and guide.scripture
    ws = build_worksheet(guide, WorksheetOptions(edition="couple"), article=article)
    names = [b.reference for b in ws.blocks if isinstance(b, c.Scripture)]
    assert names and len(names) == len(set(names)), names
    assert not any(s.ref in names for s in guide.scripture if s.ref != s.text), names
