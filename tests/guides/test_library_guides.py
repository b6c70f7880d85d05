"""Guides: generated versions with the reader's edits laid over them, surviving regeneration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from guides.article import BlockDraft, build_article
from guides.library import InvalidValueError, Library, NotFoundError, QuestionEdit, apply_edits
from guides.library.guides_store import merge_order, section_keys


def guide(*sections: tuple[str, list[tuple[str, str]]]) -> dict[str, Any]:
    return {
        "title": "On trust",
        "audience": "couple",
        "sections": [
            {
                "key": key,
                "title": key.title(),
                "questions": [
                    {"id": qid, "text": text, "kind": "reflection", "visibility": "couple"}
                    for qid, text in questions
                ],
            }
            for key, questions in sections
        ],
    }


V1 = guide(
    ("talk", [("q1", "What helps you trust?"), ("q2", "When did you feel heard?"), ("q3", "What is hard?")]),
    ("commit", [("q4", "What will you each do this week?")]),
)


def texts(stored_guide: dict[str, Any]) -> list[list[str]]:
    return [[q["text"] for q in s["questions"]] for s in stored_guide["sections"]]


def ids(stored_guide: dict[str, Any]) -> list[list[str]]:
    return [[q["id"] for q in s["questions"]] for s in stored_guide["sections"]]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as lib:
        yield lib


@pytest.fixture
def article_id(library: Library) -> int:
    article = build_article(
        [BlockDraft("paragraph", "Trust grows slowly.")], title="On trust", source="/t.txt"
    )
    return library.articles.add(article).article_id


def test_a_saved_guide_comes_back_as_generated(library: Library, article_id: int) -> None:
    assert library.guides.save_generated(article_id, "couple", V1) == 1
    stored = library.guides.get(article_id, "couple")
    assert stored.generated == V1 and stored.guide == V1
    assert stored.version == 1 and not stored.stale and stored.checked == frozenset()
    assert library.guides.audiences(article_id) == ["couple"]
    assert library.guides.has(article_id, "couple") and not library.guides.has(article_id, "group")


def test_saving_the_same_guide_again_adds_no_version(library: Library, article_id: int) -> None:
    library.guides.save_generated(article_id, "couple", V1)
    assert library.guides.save_generated(article_id, "couple", V1) == 1


def test_edits_survive_regeneration_and_older_versions_stay(library: Library, article_id: int) -> None:
    library.guides.save_generated(article_id, "couple", V1)
    library.guides.edit_text(article_id, "couple", "q1", "What helps the two of you trust each other?")
    library.guides.set_checked(article_id, "couple", "q2", True)
    library.guides.delete_question(article_id, "couple", "q3")
    mine = library.guides.add_question(article_id, "couple", "talk", "Where will we start?", index=0).value
    library.guides.move_question(article_id, "couple", "q4", "talk", 1)

    v2 = guide(
        ("talk", [("q1", "What builds trust?"), ("q2", "When were you heard?"), ("q5", "A new question?")]),
        ("commit", [("q4", "What will you do?"), ("q6", "Who will you tell?")]),
    )
    assert library.guides.save_generated(article_id, "couple", v2) == 2
    stored = library.guides.get(article_id, "couple")
    assert ids(stored.guide) == [[mine, "q4", "q1", "q2", "q5"], ["q6"]]
    assert texts(stored.guide)[0][2] == "What helps the two of you trust each other?"
    assert texts(stored.guide)[0][1] == "What will you do?"  # moved, and the new wording of q4 shows
    assert stored.checked == frozenset({"q2"})
    assert stored.unplaced == ("q3",)  # its question is gone from v2; the deletion waits in case it returns
    assert [v.version for v in stored.versions] == [1, 2]
    first = library.guides.get(article_id, "couple", version=1)
    assert first.generated == V1
    assert "q3" not in [q for section in ids(first.guide) for q in section]


def test_an_added_question_carries_the_model_fields(library: Library, article_id: int) -> None:
    library.guides.save_generated(article_id, "couple", V1)
    qid = library.guides.add_question(article_id, "couple", "commit", "Our own question?").value
    question = library.guides.get(article_id, "couple").guide["sections"][1]["questions"][-1]
    assert question["id"] == qid and question["text"] == "Our own question?"
    assert question["kind"] and question["visibility"] and "source" in question


def test_restoring_a_deleted_question_and_unediting_text(library: Library, article_id: int) -> None:
    library.guides.save_generated(article_id, "couple", V1)
    library.guides.delete_question(article_id, "couple", "q2")
    library.guides.edit_text(article_id, "couple", "q1", "Reworded")
    library.guides.restore_question(article_id, "couple", "q2")
    library.guides.edit_text(article_id, "couple", "q1", None)
    assert library.guides.get(article_id, "couple").guide == V1
    assert library.guides.get(article_id, "couple").edits == {}


def test_reset_drops_every_edit(library: Library, article_id: int) -> None:
    library.guides.save_generated(article_id, "couple", V1)
    library.guides.delete_question(article_id, "couple", "q2")
    library.guides.move_question(article_id, "couple", "q1", "commit", 0)
    library.guides.reset(article_id, "couple")
    stored = library.guides.get(article_id, "couple")
    assert stored.guide == V1 and stored.edits == {} and stored.orders == {}


def test_a_guide_goes_stale_when_the_article_text_changes(library: Library, article_id: int) -> None:
    library.guides.save_generated(article_id, "couple", V1)
    article = build_article(
        [BlockDraft("paragraph", "Trust grows very slowly.")], title="On trust", source="/t.txt"
    )
    library.articles.add(article)
    assert library.guides.get(article_id, "couple").stale


def test_bad_requests_are_refused(library: Library, article_id: int) -> None:
    with pytest.raises(NotFoundError):
        library.guides.get(article_id, "couple")
    library.guides.save_generated(article_id, "couple", V1)
    with pytest.raises(NotFoundError):
        library.guides.edit_text(article_id, "couple", "nope", "x")
    with pytest.raises(InvalidValueError):
        library.guides.edit_text(article_id, "couple", "q1", "   ")
    with pytest.raises(NotFoundError):
        library.guides.add_question(article_id, "couple", "nowhere", "x?")
    with pytest.raises(NotFoundError):
        library.guides.move_question(article_id, "couple", "q1", "nowhere", 0)
    with pytest.raises(InvalidValueError):
        library.guides.save_generated(article_id, "a/b", V1)
    with pytest.raises(NotFoundError):
        library.guides.save_generated(999, "couple", V1)


def test_section_keys_fall_back_and_stay_unique() -> None:
    data = {"sections": [{"key": "talk"}, {"title": "Talk"}, {}, {"key": "talk"}]}
    assert section_keys(data) == ["talk", "Talk", "section-3", "talk-2"]


def test_merge_order_places_new_questions_beside_their_generated_neighbours() -> None:
    assert merge_order(["a", "b", "c"], ["c", "a", "b"]) == ["c", "a", "b"]
    assert merge_order(["a", "n", "b", "c"], ["c", "a", "b"]) == ["c", "a", "n", "b"]
    assert merge_order(["n", "a"], ["a"]) == ["n", "a"]
    assert merge_order(["a", "b"], ["gone", "b"]) == ["a", "b"]
    assert merge_order(["a", "b"], []) == ["a", "b"]


def test_apply_edits_on_an_empty_guide_keeps_added_questions() -> None:
    edits = {"mine-1": QuestionEdit(added={"text": "Ours?"}, section="x")}
    result, unplaced = apply_edits({"sections": []}, edits, {})
    assert [q["id"] for q in result["sections"][0]["questions"]] == ["mine-1"] and unplaced == ()


def test_a_real_generated_guide_keeps_edits_through_regeneration_and_reads_back_as_a_guide(
    library: Library, fixtures: Path
) -> None:
    from guides.guide import GuideOptions, generate_guide, guide_from_dict, guide_to_dict
    from guides.importing import import_source

    article = import_source(fixtures / "articles" / "marriage-post.txt")
    article_id = library.articles.add(article).article_id
    first = guide_to_dict(generate_guide(article, GuideOptions(audience="couple")))
    library.guides.save_generated(article_id, "couple", first)
    stored = library.guides.get(article_id, "couple")
    qid, other = stored.question_ids()[:2]
    section = section_keys(stored.guide)[-1]
    library.guides.edit_text(article_id, "couple", qid, "What is one promise you kept this week?")
    library.guides.delete_question(article_id, "couple", other)
    mine = library.guides.add_question(article_id, "couple", section, "Where will you two start?").value

    regenerated = guide_to_dict(generate_guide(article, GuideOptions(audience="couple", intensity="mild")))
    library.guides.save_generated(article_id, "couple", regenerated)
    model = guide_from_dict(library.guides.get(article_id, "couple").guide)
    by_id = {q.id: q for q in model.questions}
    assert mine in by_id and by_id[mine].text == "Where will you two start?"
    assert other not in by_id
    if qid in {str(q["id"]) for s in regenerated["sections"] for q in s["questions"]}:
        assert by_id[qid].text == "What is one promise you kept this week?"
