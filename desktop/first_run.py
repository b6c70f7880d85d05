"""The first-run step: who is reading? Two names for a couple, one for a leader or someone alone.

Highlights and notes are kept by reader, and the couple's worksheet prints
their names, so the app asks once, in a short box over the window, before
anything is marked. The sample article keeps its own readers' notes; "Not
now" leaves the question for the next start. Preferences change the names
later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import screens

COLOURS = ("yellow", "blue")
"""The two readers' highlight colours (the library's names)."""


@dataclass(frozen=True)
class Readers:
    names: tuple[str, ...]

    def as_preferences(self) -> dict[str, object]:
        return {
            "readers": [{"name": n, "colour": c} for n, c in zip(self.names, COLOURS, strict=False)],
            "current_reader": 0,
            "names_asked": True,
        }


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self.setAccessibleName("Who is reading?")
        self.setWindowTitle("Welcome to Porchlight")
        heading = QLabel("<h2>Who is reading?</h2>", self)
        intro = QLabel(
            "Porchlight keeps each reader’s highlights and notes apart, and puts your names on "
            "the worksheets you print. You can change them later in Preferences.",
            self,
        )
        intro.setWordWrap(True)
        self.together = QRadioButton("&Two of us, reading together", self)
        self.together.setObjectName("first_run_together")
        self.alone = QRadioButton("&Just me: I lead a group, or read on my own", self)
        self.alone.setObjectName("first_run_alone")
        self.together.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.together)
        group.addButton(self.alone)
        self.first = QLineEdit(self)
        self.first.setObjectName("first_run_name_1")
        self.first.setPlaceholderText("Your first name")
        self.second = QLineEdit(self)
        self.second.setObjectName("first_run_name_2")
        self.second.setPlaceholderText("Their first name")
        form = QFormLayout()
        self.first_label = QLabel("&Your name:", self)
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel("Your &partner’s name:", self)
        self.second_label.setBuddy(self.second)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton("&Start Reading", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("first_run_start")
        self.start_button.setDefault(True)
        later = buttons.addButton("&Not Now", QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("first_run_later")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.together)
        layout.addWidget(self.alone)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.together.toggled.connect(self._on_together_toggled)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()
        screens.fit_dialog(self, QSize(480, self.sizeHint().height()))
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def readers(self) -> Readers:
        first = " ".join(self.first.text().split())
        second = " ".join(self.second.text().split())
        return Readers((first, second) if self.together.isChecked() else (first,))

    def _on_together_toggled(self, together: bool) -> None:
        self.second.setEnabled(together)
        self.second_label.setEnabled(together)
        self._update()

    def _update(self) -> None:
        names = self.readers().names
        self.start_button.setEnabled(all(names) and len(set(n.casefold() for n in names)) == len(names))


def ask(window: QWidget, set_prefs: Callable[..., None]) -> FirstRunDialog:
    """Open the step over ``window`` (it does not wait); accepted, the names go to ``set_prefs``."""
    dialog = FirstRunDialog(window)
    dialog.accepted.connect(lambda: set_prefs(**dialog.readers().as_preferences()))
    dialog.open()
    return dialog
