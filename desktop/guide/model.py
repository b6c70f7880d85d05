"""A guide as a tree model, for editing: sections at the top, their questions below, then what goes with them.

Below a section's questions come the things a leader reads from but never
edits: the passages and scripture to read aloud, the section's notes and its
"I will ..." prompts. A group or session guide starts with the leader's notes
and the article's outline, and a session plan ends with the follow-up, under
the worksheet's names for them. These rows are read-only; a click on a
passage or an outline point still finds it in the text. (The guide as it is
read, rather than edited, is desktop/guide_layout.py and document.py.)

The model shows the engine's own typed guide (the library's stored JSON, with
the reader's edits laid over it, read through ``guide_from_dict``, so there is
one model of a guide across the app) and reports what
the reader asks for as signals: an edited text, a move, a question done. It
changes nothing itself; the controller turns each request into an undoable
library operation and hands back the new guide.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.guide_layout import edition, prompt_text, tag
from desktop.signals import emit

if TYPE_CHECKING:
    from guides.guide.model import Guide
    from guides.guide.model import Section as GuideSection

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-porchlight-question"
_SECTION = 0  # internalId of a section row; question rows carry their section's row + 1

KIND_LABELS = {
    "icebreaker": "Icebreaker",
    "observation": "Observe",
    "interpretation": "Interpret",
    "application": "Apply",
    "reflection": "Reflect",
}


@dataclass(frozen=True)
class Source:
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    visibility: str
    source: Source
    own: bool
    why: str = ""
    tag: str | None = None
    """Shown only where the question differs from the tab's audience ("Take-home"), as on paper."""


@dataclass(frozen=True)
class Material:
    """A read-only row: a passage or scripture to read, a prompt, a note, an outline point."""

    kind: str  # reading, scripture, prompt, note, outline, follow_up
    text: str
    visibility: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    minutes: int
    purpose: str
    questions: tuple[Question, ...]
    materials: tuple[Material, ...] = ()
    synthetic: bool = False  # made here from the guide's leader notes, outline or follow-up

    @property
    def rows(self) -> int:
        return len(self.questions) + len(self.materials)


def _flat(text: str) -> str:
    return " ".join(text.split())


MATERIAL_LABELS = {
    "care": "Care note",
    "reading": "Read aloud",
    "scripture": "Scripture",
    "prompt": "Write",
    "note": "Note",
    "outline": "Outline",
    "follow_up": "Follow-up",
}


def _materials(
    section: GuideSection, note_visibility: str, names: Sequence[str], language: str
) -> tuple[Material, ...]:
    # Passages whole: a passage cut short inside its quotation marks reads as the author's own "…".
    out: list[Material] = []
    for reading in section.readings:
        if reading.ref:
            translation = f" ({reading.translation})" if reading.translation else ""
            shown = f"{reading.ref}{translation}: {_flat(reading.text)}"
            out.append(Material("scripture", shown, "everyone", reading.start, reading.end))
        elif reading.text:
            out.append(
                Material("reading", f"“{_flat(reading.text)}”", "everyone", reading.start, reading.end)
            )
    # What the section asks of the reader comes before its questions; the closing after them.
    notes = [n for n in section.notes if n.kind != "closing"]
    out += [Material("care" if n.kind == "care" else "note", n.text, note_visibility) for n in notes]
    out += [Material("prompt", prompt_text(p, names, language), "everyone") for p in section.prompts]
    closing = [n for n in section.notes if n.kind == "closing"]
    out += [Material("note", n.text, note_visibility) for n in closing]
    return tuple(out)


def _leader_sections(guide: Guide) -> tuple[list[Section], list[Section]]:
    """The leader's notes and the article's outline (before the parts), and the follow-up (after),
    as read-only sections under the worksheet's names for them."""
    from guides.catalog import catalog
    from guides.guide.quotes import unshouted

    w = catalog(guide.language).table("worksheet")
    outline = [
        Material("outline", f"{p.label}: “{_flat(unshouted(p.quote))}”", "leader", p.start, p.end)
        for p in guide.outline
    ]
    notes = [Material("care" if n.kind == "care" else "note", n.text, "leader") for n in guide.leader_notes]
    follow = [Material("follow_up", text, "leader") for text in guide.follow_up]
    before = [
        Section(key, title, 0, "", (), tuple(rows), synthetic=True)
        for key, title, rows in (
            ("~leader_notes", w["before_you_begin"], notes),
            ("~outline", w["outline"], outline),
        )
        if rows
    ]
    after = [Section("~follow_up", w["after_session"], 0, "", (), tuple(follow), synthetic=True)]
    return before, after if follow else []


def section_key_list(guide: Guide) -> list[str]:
    """A stable key per section (numbered if a key repeats), as the library keys its edits."""
    keys: list[str] = []
    for index, section in enumerate(guide.sections):
        base: str = section.key or section.title or f"section-{index + 1}"
        key, n = base, 2
        while key in keys:
            key, n = f"{base}-{n}", n + 1
        keys.append(key)
    return keys


def sections_of(guide: Guide, names: Sequence[str] = ()) -> list[Section]:
    """The guide's sections and questions, as rows: the leader's notes and outline first, as on paper.

    ``names`` are the readers' names, which take the place of "First partner" in a couple's prompts.
    """
    from guides.catalog import catalog

    words = catalog(guide.language).table("worksheet")
    # In a couple's guide the notes are for the two of them; elsewhere they are the leader's.
    note_visibility = "couple" if edition(guide.audience) == "couple" else "leader"
    before, after = _leader_sections(guide)
    out = list(before)
    for key, section in zip(section_key_list(guide), guide.sections, strict=True):
        questions = tuple(
            Question(
                id=q.id,
                text=q.text,
                kind=q.kind,
                visibility=q.visibility,
                source=Source(q.source.quote, q.source.start, q.source.end),
                own=q.written_by == "reader",
                why=q.why,
                tag=tag(q, guide.audience, words),
            )
            for q in section.questions
        )
        out.append(
            Section(
                key=key,
                title=section.title or key.replace("_", " ").capitalize(),
                minutes=section.minutes,
                purpose=section.purpose,
                questions=questions,
                materials=_materials(section, note_visibility, names, guide.language),
            )
        )
    return out + after


# Worked out once: combining Qt's Python enums is slow, and flags() runs for every row.
_SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
_QUESTION_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)
_CLOSING_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # no drops into them
_MATERIAL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class GuideModel(QAbstractItemModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    VisibilityRole = Qt.ItemDataRole.UserRole + 3
    StartRole = Qt.ItemDataRole.UserRole + 4
    EndRole = Qt.ItemDataRole.UserRole + 5
    DoneRole = Qt.ItemDataRole.UserRole + 6
    IsSectionRole = Qt.ItemDataRole.UserRole + 7
    SectionKeyRole = Qt.ItemDataRole.UserRole + 8
    OwnRole = Qt.ItemDataRole.UserRole + 9
    IsMaterialRole = Qt.ItemDataRole.UserRole + 10
    TagRole = Qt.ItemDataRole.UserRole + 11

    question_edited = Signal(str, str)  # question id, new text
    question_moved = Signal(str, str, int)  # question id, section key, index in that section
    done_toggled = Signal(str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._guide: Guide | None = None
        self._sections: list[Section] = []
        self._done: frozenset[str] = frozenset()
        self._names: tuple[str, ...] = ()

    # --- content ----------------------------------------------------------------

    @property
    def guide(self) -> Guide | None:
        return self._guide

    def set_guide(self, guide: Guide | None, done: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._guide = guide
        self._sections = sections_of(guide, self._names) if guide else []
        self._done = frozenset(done)
        self.endResetModel()

    def set_names(self, names: Sequence[str]) -> None:
        """The readers' names, for the couple's "I will ..." lines."""
        if tuple(names) != self._names:
            self._names = tuple(names)
            self.set_guide(self._guide, sorted(self._done))

    def sections(self) -> list[Section]:
        return self._sections

    def done_ids(self) -> frozenset[str]:
        """The questions ticked off."""
        return self._done

    def question_at(self, index: Index) -> Question | None:
        if not index.isValid() or index.internalId() == _SECTION:
            return None
        section = self.sections()[index.internalId() - 1]
        return section.questions[index.row()] if index.row() < len(section.questions) else None

    def material_at(self, index: Index) -> Material | None:
        if not index.isValid() or index.internalId() == _SECTION:
            return None
        section = self.sections()[index.internalId() - 1]
        row = index.row() - len(section.questions)
        return section.materials[row] if 0 <= row < len(section.materials) else None

    def section_at(self, index: Index) -> Section | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _SECTION else index.internalId() - 1
        return self.sections()[row]

    def index_of(self, question_id: str) -> QModelIndex:
        for s_row, section in enumerate(self.sections()):
            for q_row, question in enumerate(section.questions):
                if question.id == question_id:
                    return self.index(q_row, 0, self.index(s_row, 0))
        return QModelIndex()

    # --- the tree -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _SECTION) if row < len(self.sections()) else QModelIndex()
        if parent.internalId() != _SECTION:
            return QModelIndex()
        section = self.sections()[parent.row()]
        if row >= section.rows:
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _SECTION)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.sections())
        if parent.internalId() == _SECTION:
            return self.sections()[parent.row()].rows
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self.question_at(index)
        if question is None and index.internalId() != _SECTION:
            return self._material_data(index, role)
        if question is None:
            section = self.sections()[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{section.title} · {section.minutes} min" if section.minutes else section.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return section.purpose
            if role == self.IsSectionRole:
                return True
            if role == self.SectionKeyRole:
                return section.key
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return question.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            done = ", done" if question.id in self._done else ""
            tag = f" ({question.tag})" if question.tag else ""
            return f"{question.text}{tag}{done}"
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = KIND_LABELS.get(question.kind, question.kind.capitalize())
            tip = f"{kind} · on “{question.source.quote}”" if question.source.quote else kind
            return f"{tip}\nWhy this question: {question.why}" if question.why else tip
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if question.id in self._done else Qt.CheckState.Unchecked
        roles = {
            self.IdRole: question.id,
            self.KindRole: question.kind,
            self.VisibilityRole: question.visibility,
            self.StartRole: question.source.start,
            self.EndRole: question.source.end,
            self.DoneRole: question.id in self._done,
            self.IsSectionRole: False,
            self.SectionKeyRole: self.section_at(index).key,  # type: ignore[union-attr]
            self.OwnRole: question.own,
            self.IsMaterialRole: False,
            self.TagRole: question.tag,
        }
        return roles.get(role)

    def _material_data(self, index: Index, role: int) -> Any:
        material = self.material_at(index)
        if material is None:
            return None
        label = MATERIAL_LABELS.get(material.kind, material.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return material.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{label}: {material.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{label} · {material.text}"
        roles = {
            self.IdRole: None,
            self.KindRole: material.kind,
            self.VisibilityRole: material.visibility,
            self.StartRole: material.start,
            self.EndRole: material.end,
            self.DoneRole: False,
            self.IsSectionRole: False,
            self.SectionKeyRole: self.section_at(index).key,  # type: ignore[union-attr]
            self.OwnRole: False,
            self.IsMaterialRole: True,
            self.TagRole: None,
        }
        return roles.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _SECTION:
            section = self.sections()[index.row()]
            return _CLOSING_FLAGS if section.synthetic else _SECTION_FLAGS
        return _QUESTION_FLAGS if self.question_at(index) is not None else _MATERIAL_FLAGS

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        question = self.question_at(index)
        if question is None:
            return False
        if role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value).split())
            if not text or text == question.text:
                return False
            emit(self.question_edited, question.id, text)
            return True
        if role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            emit(self.done_toggled, question.id, done)
            return True
        return False

    # --- drag to reorder within a section ---------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        questions = [q for q in (self.question_at(i) for i in indexes) if q is not None]
        if questions:
            section = self.section_at(indexes[0])
            payload = {"section": section.key if section else "", "id": questions[0].id}
            mime.setData(MIME_TYPE, json.dumps(payload).encode())
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        emit(self.question_moved, *target)
        return False  # the controller applies the move; the view must not remove a row itself

    def _drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[str, str, int] | None:
        """(question id, section key, index there) for a drop, or None if it cannot land."""
        if not data.hasFormat(MIME_TYPE):
            return None
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        if parent.isValid() and parent.internalId() != _SECTION:  # dropped onto a question
            row, parent = parent.row(), parent.parent()
        section = self.section_at(parent)
        if section is None or section.synthetic:
            return None
        ids = [q.id for q in section.questions]
        row = len(ids) if row < 0 else min(row, len(ids))  # questions go above the section's passages
        if payload["id"] in ids and ids.index(payload["id"]) < row:
            row -= 1  # the question leaves its old place first
        return payload["id"], section.key, row

    def moved(self, question_id: str, step: int) -> tuple[str, int] | None:
        """Where one question goes when moved up (-1) or down (+1) in its section (keyboard users)."""
        index = self.index_of(question_id)
        section = self.section_at(index)
        if section is None:
            return None
        to = index.row() + step
        if not 0 <= to < len(section.questions):
            return None
        return section.key, to
