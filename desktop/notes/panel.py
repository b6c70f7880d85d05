"""The notes pane: a filter by reader and colour, the list in reading order, edit and delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.notes.model import ALL, NotesModel
from desktop.signals import emit
from desktop.widgets.multiline_delegate import MultiLineDelegate


class NoteDelegate(MultiLineDelegate):
    """A note is edited in place in the list, in a box of several lines."""

    EDITOR_NAME = "note_list_editor"
    EDITOR_LABEL = "Note"


class NotesPanel(QWidget):
    note_activated = Signal(int)  # annotation id
    delete_requested = Signal(int)

    def __init__(self, model: NotesModel, colours: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self.setAccessibleName("Highlights and notes")
        self.model = model
        title = QLabel("<b>Highlights and notes</b>", self)
        self.reader_filter = QComboBox(self)
        self.reader_filter.setObjectName("notes_reader_filter")
        self.reader_filter.setAccessibleName("Show notes by reader")
        self.colour_filter = QComboBox(self)
        self.colour_filter.setObjectName("notes_colour_filter")
        self.colour_filter.setAccessibleName("Show notes of colour")
        self.colour_filter.addItem("All colours", ALL)
        for name in colours:
            self.colour_filter.addItem(name.capitalize(), name)
        self.list = QListView(self)
        self.list.setObjectName("notes_list")
        self.list.setAccessibleName("Highlights and notes, in reading order")
        self.list.setModel(model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(False)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.edit_button = QPushButton("&Edit Note…", self)
        self.edit_button.setObjectName("edit_note_button")
        self.delete_button = QPushButton("De&lete", self)
        self.delete_button.setObjectName("delete_note_button")
        self.delete_button.setAccessibleName("Delete highlight or note")
        self.empty = QLabel(
            "Select text in the article, then choose a colour to highlight it or "
            "Note to write something about it.",
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("notes_empty")
        filters = QHBoxLayout()
        filters.addWidget(self.reader_filter)
        filters.addWidget(self.colour_filter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.reader_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.colour_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.list.clicked.connect(self._on_list_clicked)
        self.list.activated.connect(self._on_list_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.delete_requested))
        model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def set_readers(self, names: list[str]) -> None:
        current = self.reader_filter.currentData()
        self.reader_filter.blockSignals(True)
        self.reader_filter.clear()
        self.reader_filter.addItem("Everyone", ALL)
        for name in names:
            self.reader_filter.addItem(name, name)
        at = self.reader_filter.findData(current)
        self.reader_filter.setCurrentIndex(max(at, 0))
        self.reader_filter.blockSignals(False)

    def edit(self, annotation_id: int) -> None:
        """Edit the note's text in place, in the list."""
        row = self.model.row_of(annotation_id)
        if row < 0:
            self.model.set_filter()  # a filter may hide it
            row = self.model.row_of(annotation_id)
        if row >= 0:
            index = self.model.index(row)
            self.list.setCurrentIndex(index)
            self.list.edit(index)

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(NotesModel.IdRole)) if index.isValid() else None

    def _emit_for_current(self, signal: SignalInstance) -> None:
        ident = self.current_id()
        if ident is not None:
            emit(signal, ident)

    def _on_edit_button_clicked(self) -> None:
        ident = self.current_id()
        if ident is not None:
            self.edit(ident)

    def _on_filter_changed(self) -> None:
        self.model.set_filter(
            self.reader_filter.currentData() or ALL, self.colour_filter.currentData() or ALL
        )

    def _on_list_clicked(self, index: QModelIndex) -> None:
        emit(self.note_activated, int(index.data(NotesModel.IdRole)))

    def _on_model_reset(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        self.list.setAttribute(Qt.WidgetAttribute.WA_Disabled, False)
