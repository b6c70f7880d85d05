"""Guides stored by an earlier version (schema 1: notes and prompts as plain strings) read as schema 2."""

from __future__ import annotations

from guides.catalog import catalog
from guides.guide import GUIDE_SCHEMA_VERSION, guide_from_dict, guide_to_dict
from guides.guide.migrate import upgrade

EN = catalog("en")

SCHEMA_1 = {
    "schema": 1,
    "title": "Small repairs",
    "audience": "couple",
    "language": "en",
    "minutes": 30,
    "sections": [
        {
            "key": "welcome",
            "title": "Welcome",
            "minutes": 10,
            "purpose": "Settle in.",
            "questions": [
                {
                    "id": "q-1",
                    "text": "What is one small promise you kept this week?",
                    "kind": "icebreaker",
                    "visibility": "everyone",
                    "source": {"quote": "promise", "start": 0, "end": 7},
                },
                {
                    "id": "mine-2",
                    "text": "Our own question?",
                    "kind": "reflection",
                    "visibility": "everyone",
                    "source": {"quote": "", "start": 0, "end": 0},
                },
            ],
            "notes": [
                EN.text("notes", "confidential"),
                EN.text("notes", "private_note", topics="sex and affairs"),
                "Put the kettle on before you start.",
            ],
            "prompts": [
                EN.text("prompts", "partner", partner=EN.text("prompts", "partner_1")),
                EN.text("prompts", "partner", partner=EN.text("prompts", "partner_2")),
                EN.text("prompts", "return"),
                "I will …",
            ],
        }
    ],
    "leader_notes": [
        EN.text("notes", "pray_close", theme="trust"),
        "If someone discloses abuse, follow up privately.",
        EN.text("notes", "big_idea_note", quote="“Trust is built daily.”"),
    ],
}


def test_schema_1_notes_and_prompts_become_typed() -> None:
    guide = guide_from_dict(SCHEMA_1)
    assert guide.schema == GUIDE_SCHEMA_VERSION == 2
    section = guide.sections[0]
    assert [n.kind for n in section.notes] == ["confidentiality", "care", "guidance"]
    assert [(p.kind, p.partner) for p in section.prompts] == [
        ("partner", 0),
        ("partner", 1),
        ("return", None),
        ("i_will", None),
    ]
    assert [n.kind for n in guide.leader_notes] == ["closing", "care", "big_idea"]
    assert [q.written_by for q in section.questions] == ["rules", "reader"]


def test_spanish_notes_are_recognised_too() -> None:
    es = catalog("es")
    data = {**SCHEMA_1, "language": "es", "leader_notes": [es.text("notes", "confidential")]}
    assert guide_from_dict(data).leader_notes[0].kind == "confidentiality"


def test_upgrade_leaves_its_input_alone_and_schema_2_round_trips() -> None:
    before = repr(SCHEMA_1)
    upgraded = upgrade(SCHEMA_1)
    assert repr(SCHEMA_1) == before
    assert upgraded["schema"] == 2
    guide = guide_from_dict(SCHEMA_1)
    assert guide_from_dict(guide_to_dict(guide)) == guide
