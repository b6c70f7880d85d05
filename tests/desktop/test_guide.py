"""The guide pane: the model needs no window; edits, moves, ticks and additions undo and redo."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, Qt

from desktop.guide.model import MIME_TYPE, GuideModel
from guides.article import Article
from guides.guide import guide_from_dict

# A guide as version 1 stored it (schema 1: notes and prompts as plain strings); the model reads
# it through the engine's migration, as it reads a library made by an earlier version.
GUIDE = {
    "schema": 1,
    "title": "T",
    "audience": "group",
    "minutes": 60,
    "sections": [
        {
            "key": "welcome",
            "title": "Welcome",
            "minutes": 10,
            "purpose": "Settle in",
            "questions": [
                {
                    "id": "q1",
                    "text": "What kindness did you notice this week?",
                    "kind": "icebreaker",
                    "visibility": "everyone",
                    "source": {"quote": "kind", "start": 3, "end": 7},
                },
            ],
        },
        {
            "key": "discuss",
            "title": "Discuss",
            "minutes": 30,
            "purpose": "",
            "questions": [
                {
                    "id": "q2",
                    "text": "What does the author mean by hinges?",
                    "kind": "interpretation",
                    "visibility": "everyone",
                    "source": {"quote": "hinges", "start": 10, "end": 16},
                },
                {
                    "id": "q3",
                    "text": "Where is this hard for the two of you?",
                    "kind": "application",
                    "visibility": "couple",
                    "source": {"quote": "hard", "start": 20, "end": 24},
                },
                {
                    "id": "q4",
                    "text": "Leader: watch the time.",
                    "kind": "reflection",
                    "visibility": "leader",
                    "source": {"quote": "", "start": 0, "end": 0},
                },
            ],
        },
    ],
}


def test_guide_model_tree_and_roles() -> None:
    model = GuideModel()
    model.set_guide(guide_from_dict(GUIDE), done=["q2"])
    assert model.rowCount() == 2
    discuss = model.index(1, 0)
    assert model.data(discuss) == "Discuss · 30 min"
    assert model.data(discuss, GuideModel.IsSectionRole) is True
    assert model.rowCount(discuss) == 3
    q3 = model.index(1, 0, discuss)
    assert model.parent(q3) == discuss
    assert model.data(q3, GuideModel.VisibilityRole) == "couple"
    assert (model.data(q3, GuideModel.StartRole), model.data(q3, GuideModel.EndRole)) == (20, 24)
    assert model.data(model.index(0, 0, discuss), GuideModel.DoneRole) is True
    # A tag only where the question differs from the tab's audience: in a group's guide, "Take-home".
    assert model.data(q3, GuideModel.TagRole) == "Take-home"
    assert "Take-home" in model.data(q3, Qt.ItemDataRole.AccessibleTextRole)
    assert model.data(model.index_of("q2"), GuideModel.TagRole) is None
    assert model.data(model.index_of("q4"), GuideModel.TagRole) == "For you"
    assert model.flags(q3) & Qt.ItemFlag.ItemIsEditable
    assert model.index_of("q4") == model.index(2, 0, discuss)


def test_guide_model_reports_requests_instead_of_changing() -> None:
    model = GuideModel()
    model.set_guide(guide_from_dict(GUIDE))
    edits: list[tuple[str, str]] = []
    moves: list[tuple[str, str, int]] = []
    model.question_edited.connect(lambda qid, text: edits.append((qid, text)))
    model.question_moved.connect(lambda qid, key, i: moves.append((qid, key, i)))
    q2 = model.index_of("q2")
    assert model.setData(q2, "  What do hinges   mean here? ")
    assert edits == [("q2", "What do hinges mean here?")]
    assert model.data(q2) == "What does the author mean by hinges?"  # unchanged until the controller says
    mime = model.mimeData([q2])
    assert mime.hasFormat(MIME_TYPE)
    discuss = model.index(1, 0)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, discuss)  # to the end of its section
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))  # into Welcome
    assert moves == [("q2", "discuss", 2), ("q2", "welcome", 0)]
    assert model.moved("q3", -1) == ("discuss", 0)
    assert model.moved("q2", -1) is None
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_guide_model_shows_readings_notes_and_the_leaders_closing_parts() -> None:
    guide = json.loads(json.dumps(GUIDE))
    guide["sections"][0]["readings"] = [
        {"text": "Small hinges swing big doors. " * 20, "start": 40, "end": 640, "ref": None},
        {"text": "“Be kind.”", "start": 5, "end": 19, "ref": "Ephesians 4:32", "translation": "WEB"},
    ]
    guide["sections"][0]["notes"] = ["Agree together: what is shared here stays here."]
    guide["sections"][1]["prompts"] = ["I will …"]
    guide["leader_notes"] = ["Let silence work."]
    guide["outline"] = [{"label": "Paragraphs 1–3", "quote": "Small hinges", "start": 40, "end": 52}]
    model = GuideModel()
    model.set_guide(guide_from_dict(guide))
    # The leader's notes and the outline come first, under the worksheet's names for them.
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert titles == ["Before you begin", "How the article moves", "Welcome · 10 min", "Discuss · 30 min"]
    welcome, discuss = model.index(2, 0), model.index(3, 0)
    assert model.rowCount(welcome) == 1 + 3  # the icebreaker, two readings, a note
    reading = model.index(1, 0, welcome)
    assert model.data(reading, GuideModel.IsMaterialRole) is True
    assert model.data(reading, GuideModel.IdRole) is None  # not a question: no edit, delete or tick
    assert (model.data(reading, GuideModel.StartRole), model.data(reading, GuideModel.EndRole)) == (40, 640)
    # A passage whole, never cut short inside its quotation marks.
    assert model.data(reading) == "“" + ("Small hinges swing big doors. " * 20).strip() + "”"
    assert model.data(model.index(2, 0, welcome)) == "Ephesians 4:32 (WEB): “Be kind.”"
    note = model.index(3, 0, welcome)
    assert model.data(note, GuideModel.VisibilityRole) == "leader"
    assert not model.flags(note) & Qt.ItemFlag.ItemIsEditable
    assert model.data(note, Qt.ItemDataRole.CheckStateRole) is None
    assert model.index_of("q1") == model.index(0, 0, welcome)
    # Nothing can be dropped into the leader's parts.
    mime = model.mimeData([model.index_of("q2")])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))
    # A drop below the prompt lands after the last question, above the section's material.
    moves: list[tuple[str, str, int]] = []
    model.question_moved.connect(lambda qid, key, i: moves.append((qid, key, i)))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, model.rowCount(discuss), 0, discuss)
    assert moves == [("q2", "discuss", 2)]
    assert model.data(model.index(3, 0, discuss)) == "I will …"


def test_couple_guide_notes_are_the_couples() -> None:
    guide = json.loads(json.dumps(GUIDE))
    guide["audience"] = "couple"
    guide["sections"][0]["notes"] = ["Put your phones away."]
    model = GuideModel()
    model.set_guide(guide_from_dict(guide))
    note = model.index(1, 0, model.index(0, 0))
    assert model.data(note, GuideModel.VisibilityRole) == "couple"


def _question_ids(app, audience: str = "couple") -> list[str]:  # type: ignore[no-untyped-def]
    return app.library.guides.get(app.article_id, audience).question_ids()


def test_guides_are_made_for_every_audience(app_window, article: Article, open_in_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    for audience in ("couple", "group", "session"):
        assert app.library.guides.has(app.article_id, audience)
    # The tab showing is filled at once; the others when the app is idle a moment.
    assert window.guide.models[window.guide.audience].rowCount() > 0
    qtbot.waitUntil(lambda: all(m.rowCount() > 0 for m in window.guide.models.values()))


def test_a_hidden_tab_is_filled_when_it_is_shown(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    for audience in ("group", "session", "couple"):
        window.guide.set_audience(audience)
        assert window.guide.models[audience].rowCount() > 0
        assert window.guide.layout_of(audience) is not None  # its page is laid out too


def test_edit_tick_delete_add_move_undo_redo(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    model = window.guide.models["couple"]
    first = _question_ids(app)[0]
    original = model.data(model.index_of(first))

    model.setData(model.index_of(first), "Our own wording?")
    assert model.data(model.index_of(first)) == "Our own wording?"
    app.stack.undo()
    assert model.data(model.index_of(first)) == original
    app.stack.redo()
    assert model.data(model.index_of(first)) == "Our own wording?"

    model.setData(model.index_of(first), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index_of(first), GuideModel.DoneRole) is True
    app.stack.undo()
    assert model.data(model.index_of(first), GuideModel.DoneRole) is False

    before = _question_ids(app)
    app.guides.delete("couple", first)
    assert first not in _question_ids(app)
    app.stack.undo()
    assert _question_ids(app) == before

    section = model.section_at(model.index_of(first))
    assert section is not None
    added = app.guides.add("couple", section.key, "What will we try first?")
    assert added in _question_ids(app)
    assert model.data(model.index_of(added), GuideModel.OwnRole) is True
    app.stack.undo()
    assert added not in _question_ids(app)
    app.stack.redo()
    assert added in _question_ids(app)

    ids = app.library.guides.get(app.article_id, "couple").question_ids(section.key)
    app.guides.move("couple", ids[-1], section.key, 0)
    assert app.library.guides.get(app.article_id, "couple").question_ids(section.key)[0] == ids[-1]
    app.stack.undo()
    assert app.library.guides.get(app.article_id, "couple").question_ids(section.key) == ids


def test_clicking_a_question_scrolls_to_its_passage(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    model = window.guide.models["couple"]
    index = next(
        model.index_of(q)
        for q in _question_ids(app)
        if model.data(model.index_of(q), GuideModel.EndRole)
        > model.data(model.index_of(q), GuideModel.StartRole)
    )
    window.guide._on_tree_clicked(index)
    assert window.reader.flashing


def test_regenerate_keeps_edits_unless_asked(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    from desktop.guide.regenerate_dialog import RegenerateChoice

    window, app = app_window
    open_in_app(app, article)
    model = window.guide.models["couple"]
    first = _question_ids(app)[0]
    model.setData(model.index_of(first), "Kept wording?")
    app.guides.apply_regenerate(RegenerateChoice(minutes=45, intensity="open", faith=False, keep_edits=True))
    stored = app.library.guides.get(app.article_id, "couple")
    assert stored.guide["minutes"] == 45
    if first in stored.question_ids():
        assert model.data(model.index_of(first)) == "Kept wording?"
    assert first in stored.edits
    app.guides.apply_regenerate(RegenerateChoice(minutes=30, intensity="mild", faith=False, keep_edits=False))
    assert not app.library.guides.get(app.article_id, "couple").edits


def test_keyboard_moves_a_question(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    from desktop.actions import ActionId

    window, app = app_window
    open_in_app(app, article)
    window.guide.set_audience("group")  # the group's discussion holds three questions or more
    model = window.guide.models["group"]
    section = next(s for s in model.sections() if len(s.questions) >= 2)
    second = section.questions[1].id
    window.guide.select_question(second)
    window.registry[ActionId.MOVE_QUESTION_UP].trigger()
    assert app.library.guides.get(app.article_id, "group").question_ids(section.key)[0] == second
    assert window.guide.current_question_id() == second
    app.stack.undo()
    assert app.library.guides.get(app.article_id, "group").question_ids(section.key)[1] == second


def test_the_list_uses_the_readers_names_in_the_couples_lines() -> None:
    guide = json.loads(json.dumps(GUIDE))
    guide["audience"] = "couple"
    guide["schema"] = 2
    guide["sections"][1]["prompts"] = [{"kind": "partner", "text": "First partner: I will …", "partner": 0}]
    model = GuideModel()
    model.set_names(["Maria", "Joe"])
    model.set_guide(guide_from_dict(guide))
    discuss = model.index(1, 0)
    assert model.data(model.index(3, 0, discuss)) == "Maria: I will …"
