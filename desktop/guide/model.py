"""A guide as a tree model: sections at the top, their questions below.

The model shows a guide as the library stores it (the generated guide's JSON
with the reader's edits laid over it: ``StoredGuide.guide``) and reports what
the reader asks for as signals: an edited text, a move, a question done. It
changes nothing itself; the controller turns each request into an undoable
library operation and hands back the new guide.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.signals import emit
from guides.library.guides_store import section_keys

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-porchlight-question"
_SECTION = 0  # internalId of a section row; question rows carry their section's row + 1

VISIBILITY_LABELS = {"everyone": "Everyone", "couple": "Couple", "leader": "Leader"}
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


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    minutes: int
    purpose: str
    questions: tuple[Question, ...]


def sections_of(guide: dict[str, Any]) -> list[Section]:
    """The stored guide's sections and questions, read defensively (the JSON is the contract)."""
    out = []
    for key, raw in zip(section_keys(guide), guide.get("sections", []), strict=True):
        questions = []
        for q in raw.get("questions", []):
            src = q.get("source") or {}
            questions.append(
                Question(
                    id=str(q["id"]),
                    text=str(q.get("text", "")),
                    kind=str(q.get("kind", "reflection")),
                    visibility=str(q.get("visibility", "everyone")),
                    source=Source(
                        str(src.get("quote", "")), int(src.get("start", 0)), int(src.get("end", 0))
                    ),
                    own=str(q["id"]).startswith("mine-"),
                )
            )
        out.append(
            Section(
                key=key,
                title=str(raw.get("title") or key.replace("_", " ").capitalize()),
                minutes=int(raw.get("minutes") or 0),
                purpose=str(raw.get("purpose") or ""),
                questions=tuple(questions),
            )
        )
    return out


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

    question_edited = Signal(str, str)  # question id, new text
    question_moved = Signal(str, str, int)  # question id, section key, index in that section
    done_toggled = Signal(str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._guide: dict[str, Any] | None = None
        self._sections: list[Section] = []
        self._done: frozenset[str] = frozenset()

    # --- content ----------------------------------------------------------------

    @property
    def guide(self) -> dict[str, Any] | None:
        return self._guide

    def set_guide(self, guide: dict[str, Any] | None, done: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._guide = guide
        self._sections = sections_of(guide) if guide else []
        self._done = frozenset(done)
        self.endResetModel()

    def sections(self) -> list[Section]:
        return self._sections

    def question_at(self, index: Index) -> Question | None:
        if not index.isValid() or index.internalId() == _SECTION:
            return None
        section = self.sections()[index.internalId() - 1]
        return section.questions[index.row()]

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
        if row >= len(section.questions):
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
            return len(self.sections()[parent.row()].questions)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self.question_at(index)
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
            return (
                f"{question.text} ({VISIBILITY_LABELS.get(question.visibility, question.visibility)}{done})"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = KIND_LABELS.get(question.kind, question.kind.capitalize())
            return f"{kind} · on “{question.source.quote[:140]}”" if question.source.quote else kind
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
        }
        return roles.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _SECTION_FLAGS if index.internalId() == _SECTION else _QUESTION_FLAGS

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
        if section is None:
            return None
        ids = [q.id for q in section.questions]
        row = len(ids) if row < 0 else row
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
