"""The series booklet dialog: paper, print size, folding and the group's name, with a preview."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exporting.preview import PagePreview
from desktop.exporting.worksheet_dialog import PAPERS


@dataclass(frozen=True)
class BookletChoice:
    paper: str | None
    large_print: bool
    fold: bool
    group: str


class BookletDialog(QDialog):
    options_changed = Signal()
    save_requested = Signal()

    def __init__(self, series: str, weeks: int, paper: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Print booklet: {series}")
        self.setObjectName("booklet_dialog")
        self.setAccessibleName("Print the series booklet")
        self.resize(980, 720)
        about = QLabel(
            f"The participant’s pages of all {weeks} weeks of “{series}”, in order, with a cover and "
            "the contents. Folded: half pages, two to a sheet; print on both sides, flipping on the "
            "short edge, then fold and staple.",
            self,
        )
        about.setWordWrap(True)
        self.paper = QComboBox(self)
        self.paper.setObjectName("booklet_paper")
        self.paper.setAccessibleName("Paper")
        for key, label in PAPERS:
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(self.paper.findData(paper or ""), 0))
        self.large_print = QCheckBox("&Large print", self)
        self.fold = QCheckBox("&Folded booklet (half pages, two to a sheet)", self)
        self.fold.setObjectName("booklet_fold")
        self.group = QLineEdit(self)
        self.group.setObjectName("booklet_group")
        self.group.setAccessibleName("Group name")
        self.group.setPlaceholderText("Printed on the cover and every week")
        form = QFormLayout()
        form.addRow(about)
        form.addRow("&Paper:", self.paper)
        form.addRow(self.large_print)
        form.addRow(self.fold)
        form.addRow("&Group:", self.group)
        self.status = QLabel(self)
        self.status.setObjectName("booklet_status")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        left = QWidget(self)
        left.setLayout(form)
        left.setMaximumWidth(340)
        self.preview = PagePreview(self)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton("&Save PDF…", self)
        self.save_button.setObjectName("booklet_save")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_requested)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.options_changed)
        self.paper.currentIndexChanged.connect(self._debounce.start)
        for box in (self.large_print, self.fold):
            box.toggled.connect(self._debounce.start)
        self.group.textChanged.connect(self._debounce.start)

    def choice(self) -> BookletChoice:
        return BookletChoice(
            paper=str(self.paper.currentData()) or None,
            large_print=self.large_print.isChecked(),
            fold=self.fold.isChecked(),
            group=" ".join(self.group.text().split()),
        )

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def show_pages(self, pngs: list[bytes]) -> None:
        self.preview.show_pages(pngs)

    @property
    def page_count(self) -> int:
        return self.preview.page_count
