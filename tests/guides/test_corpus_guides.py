"""Every guide of every corpus article, linted against the article's answer key.

No question may stand on what a careful reader would not ask about: a hedge, a rhetorical question,
a note on wording, a reader's letter or a second letter, a promotion, page furniture or a cut-off
sentence (a printed study question only as itself; an imagined voice only as the objection the author
answers). No family twice, none outside the table, at
most one about the author's wording; a verse the article only lists is never a question, and a
verse that needs care gets a care note. Couples get at most five questions in thirty minutes.
"""

from __future__ import annotations

import re

import pytest
from corpus_support import CORPUS_NAMES, corpus_article, spans_of
from test_guide_support import guide_problems

from guides.catalog import families
from guides.guide import GuideOptions, generate_guide
from guides.guide.audiences import audience_keys
from guides.guide.model import Guide

NEVER = ("hedge", "rhetorical", "note", "letter", "second_part", "promo", "junk", "fragment")
OPTIONS = [{}, {"minutes": 45, "intensity": "open"}, {"minutes": 90, "intensity": "mild"}]


def _guides(name: str) -> list[tuple[str, dict[str, object], Guide]]:
    entry, article = corpus_article(name)
    return [
        (audience, options, generate_guide(article, GuideOptions(audience=audience, **options)))  # type: ignore[arg-type]
        for audience in audience_keys()
        if audience in entry.key.get("audiences", audience_keys()) or audience == "session"
        for options in OPTIONS
    ]


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_no_question_stands_on_what_a_careful_reader_would_not_ask_about(name: str) -> None:
    entry, article = corpus_article(name)
    forbidden = [
        (role, start, end)
        for role in NEVER
        for needle in entry.roles(role)
        for start, end in spans_of(article, needle)
    ]
    printed = [span for needle in entry.roles("study_question") for span in spans_of(article, needle)]
    found = []
    for audience, options, guide in _guides(name):
        assert guide_problems(article, guide) == [], (audience, options)
        for q in guide.questions:
            s, e = q.source.start, q.source.end
            for role, fs, fe in forbidden:
                if q.family == "objection_answered" and role in ("hedge", "rhetorical"):
                    continue  # an objection the author answers, quoted as the objection it is
                if fs < e and s < fe:
                    found.append(
                        f"{audience} {options}: {q.text!r} stands on a {role}: {article.text[fs:fe]!r}"
                    )
            if q.family not in ("printed", "printed_personal") and any(
                fs < e and s < fe for fs, fe in printed
            ):
                found.append(f"{audience} {options}: {q.text!r} stands on a printed study question")
    assert found == []


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_families_are_varied_and_from_the_table(name: str) -> None:
    table = families()
    for audience, options, guide in _guides(name):
        names = [q.family for q in guide.questions if q.family]
        unknown = [n for n in names if n not in table and n not in ("marks", "leader_quote", "leader_topic")]
        assert unknown == [], (audience, options)
        # The article's own printed questions are not a template: several may be asked. A family
        # comes back at most once (in a short guide), and then worded another way (never opening alike).
        own = ("printed", "printed_personal")
        templated = [q for q in guide.questions if q.family and q.family not in own]
        for family in {q.family for q in templated}:
            same = [q.text for q in templated if q.family == family]
            assert len(same) <= 2, f"{audience} {options}: {family} {len(same)} times"
            openings = [re.split(r"[“”\"«»]", t, maxsplit=1)[0].lower().split()[:2] for t in same]
            assert len(same) == 1 or openings[0] != openings[1], f"{audience} {options}: {same}"
        wording = [n for n in names if n in table and table[n].about_wording]
        assert len(wording) <= 1, (audience, options, wording)


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_scripture_only_listed_is_never_a_question_and_verses_that_need_care_get_a_note(name: str) -> None:
    entry, article = corpus_article(name)
    listed = [span for ref in entry.care("listed_only_refs") for span in spans_of(article, ref)]
    for audience, _options, guide in _guides(name):
        for q in guide.questions:
            assert not any(s < q.source.end and q.source.start < e for s, e in listed), (audience, q.text)
        if audience == "session" and guide.faith:
            # One note serves a chapter: "Matthew 18:21-35", "Matthew 18" and "Matthew 18:21" get one.
            cared = {n.ref.split(":")[0] for n in guide.leader_notes if n.kind == "care" and n.ref}
            for written in entry.care("verses_needing_care"):
                refs = {u.ref.split(":")[0] for u in _uses(article, written)}
                assert not refs or refs & cared, f"{written}: no care note among {sorted(cared)}"


def _uses(article, written):  # type: ignore[no-untyped-def]
    from guides.analysis.analyze import find_scripture

    return [u for u in find_scripture(article) if u.text == written]


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_a_couples_half_hour_has_at_most_five_questions_and_ends_hopeful(name: str) -> None:
    _, article = corpus_article(name)
    guide = generate_guide(article, GuideOptions(audience="couple"))
    assert 3 <= len(guide.questions) <= 5
    commit = guide.sections[-1]
    assert commit.key == "commit"
    assert [p.partner for p in commit.prompts if p.kind == "partner"] == [0, 1]
