"""The worksheet dialog: edition, paper and options on the left, a live preview of the pages on the right.

Save writes PDF, Word, Markdown or HTML (the file type chosen in the Save
dialog); the take-home cards are an edition of their own, two or four to a
page; the group's name, when typed, prints at the top of every page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import screens
from desktop.exporting.preview import PagePreview
from guides.guide.audiences import EditionSpec, editions

CARDS = (("Four to a page", 4), ("Two to a page", 2))
PAPERS = (("", "As this computer prefers"), ("a4", "A4"), ("letter", "US Letter"))
INCLUDES = (
    ("passages", "Passages of the article"),
    ("scripture", "Scripture text"),
    ("notes", "Our highlights and notes"),
    ("article", "The whole article (appendix)"),
)


def printable_editions() -> tuple[EditionSpec, ...]:
    """Every audience's editions, from the engine's registry, that the worksheet can lay out: an
    edition registered before its layout is written is not offered (saving it could only fail)."""
    from guides.worksheet.content import layout_of  # here, not at the top: the app's start skips it

    return tuple(spec for spec in editions() if layout_of(spec.key) is not None)


@dataclass(frozen=True)
class WorksheetChoice:
    edition: str
    paper: str | None
    large_print: bool
    answer_lines: bool
    fillable: bool
    title_page: bool
    include: frozenset[str]
    cards_per_page: int = 4
    group: str = ""


class WorksheetDialog(QDialog):
    options_changed = Signal()
    save_requested = Signal()
    print_requested = Signal()

    def __init__(
        self, edition: str, paper: str | None, parent: QWidget | None = None, *, group: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export worksheet")
        self.setObjectName("worksheet_dialog")
        self.setAccessibleName("Export worksheet")
        screens.fit_dialog(self, QSize(980, 720))  # a small screen gets a smaller box; both sides scroll
        self.edition = QComboBox(self)
        self.edition.setObjectName("worksheet_edition")
        self.edition.setAccessibleName("Edition")
        for spec in printable_editions():
            self.edition.addItem(spec.label, spec.key)
        self.edition.setCurrentIndex(max(self.edition.findData(edition), 0))  # else the first offered
        self.paper = QComboBox(self)
        self.paper.setObjectName("worksheet_paper")
        self.paper.setAccessibleName("Paper")
        for key, label in PAPERS:
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(self.paper.findData(paper or ""), 0))
        self.large_print = QCheckBox("&Large print", self)
        self.answer_lines = QCheckBox("&Lines to write answers on", self)
        self.answer_lines.setChecked(True)
        self.fillable = QCheckBox("&Fillable on screen (PDF form)", self)
        self.title_page = QCheckBox("&Title page", self)
        self.cards = QComboBox(self)
        self.cards.setObjectName("worksheet_cards")
        self.cards.setAccessibleName("Cards to a page")
        for label, count in CARDS:
            self.cards.addItem(label, count)
        self.group = QLineEdit(group, self)
        self.group.setObjectName("worksheet_group")
        self.group.setAccessibleName("Group name")
        self.group.setPlaceholderText("Printed at the top, if you like")
        self.includes: dict[str, QCheckBox] = {}
        include_box = QGroupBox("Include", self)
        include_layout = QVBoxLayout(include_box)
        for key, label in INCLUDES:
            box = QCheckBox(label, include_box)
            box.setObjectName(f"worksheet_include_{key}")
            box.setChecked(key in ("passages", "scripture", "notes"))
            self.includes[key] = box
            include_layout.addWidget(box)
        form = QFormLayout()
        form.addRow("&Edition:", self.edition)
        form.addRow("&Paper:", self.paper)
        form.addRow("&Cards:", self.cards)
        form.addRow("&Group:", self.group)
        form.addRow(self.large_print)
        form.addRow(self.answer_lines)
        form.addRow(self.fillable)
        form.addRow(self.title_page)
        form.addRow(include_box)
        self.status = QLabel(self)
        self.status.setObjectName("worksheet_status")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        options = QWidget(self)
        options.setLayout(form)
        left = QScrollArea(self)
        left.setObjectName("worksheet_options")
        left.setAccessibleName("Options")
        left.setWidget(options)
        left.setWidgetResizable(True)
        left.setFrameShape(QScrollArea.Shape.NoFrame)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setMaximumWidth(340)
        left.setMinimumWidth(min(options.sizeHint().width() + 16, 340))

        self.preview = PagePreview(self)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton("&Save…", self)
        self.save_button.setToolTip("Save as PDF, Word, Markdown or HTML")
        self.save_button.setObjectName("worksheet_save")
        self.print_button = QPushButton("&Print…", self)
        self.print_button.setObjectName("worksheet_print")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_requested)
        self.print_button.clicked.connect(self.print_requested)

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
        for combo in (self.edition, self.paper, self.cards):
            combo.currentIndexChanged.connect(self._debounce.start)
        self.edition.currentIndexChanged.connect(self._on_edition_current_index_changed)
        self.group.textChanged.connect(self._debounce.start)
        self._on_edition_current_index_changed()
        for box in (
            self.large_print,
            self.answer_lines,
            self.fillable,
            self.title_page,
            *self.includes.values(),
        ):
            box.toggled.connect(self._debounce.start)

    def choice(self) -> WorksheetChoice:
        return WorksheetChoice(
            edition=str(self.edition.currentData()),
            paper=str(self.paper.currentData()) or None,
            large_print=self.large_print.isChecked(),
            answer_lines=self.answer_lines.isChecked(),
            fillable=self.fillable.isChecked(),
            title_page=self.title_page.isChecked(),
            include=frozenset(k for k, box in self.includes.items() if box.isChecked()),
            cards_per_page=int(self.cards.currentData()),
            group=" ".join(self.group.text().split()),
        )

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def show_pages(self, pngs: list[bytes]) -> None:
        self.preview.show_pages(pngs)

    @property
    def page_count(self) -> int:
        return self.preview.page_count

    def _on_edition_current_index_changed(self) -> None:
        # Cards have no lines, fields, title page or passages: only how many to a page.
        from guides.worksheet.content import layout_of  # as in printable_editions: not at start

        cards = layout_of(str(self.edition.currentData())) == "cards"
        self.cards.setEnabled(cards)
        for box in (self.answer_lines, self.fillable, self.title_page, *self.includes.values()):
            box.setEnabled(not cards)
