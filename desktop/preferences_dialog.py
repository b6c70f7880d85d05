"""The Preferences dialog: reader names and colours, default audience, paper, faith, theme and font,
and on a page of its own, writing help.

It shows preferences and says what changed (:meth:`PreferencesDialog.changes`); the app's
controller opens it and keeps the changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.guide.writing_help import WritingHelp
from desktop.preferences import HIGHLIGHT_COLOURS, Preferences, Reader
from desktop.reader.reading_bar import swatch
from desktop.writing_help_page import WritingHelpPage
from guides.guide.audiences import audiences

if TYPE_CHECKING:
    from desktop.tasks import TaskRunner

PAPERS = (("auto", "As this computer prefers"), ("a4", "A4"), ("letter", "US Letter"))
THEMES = (("system", "Follow the system"), ("light", "Light"), ("sepia", "Sepia"), ("dark", "Dark"))
FONTS = (("serif", "Serif"), ("sans", "Sans serif"))
INTENSITIES = (("mild", "Mild"), ("medium", "Medium"), ("open", "Open (for the two of you only)"))


def _combo(parent: QWidget, items: tuple[tuple[str, str], ...], current: str, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for key, label in items:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class PreferencesDialog(QDialog):
    def __init__(
        self,
        prefs: Preferences,
        parent: QWidget | None = None,
        writing: WritingHelp | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferences_dialog")
        self.setAccessibleName("Preferences")
        self._prefs = prefs
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferences_tabs")
        self.tabs.setAccessibleName("Preferences pages")
        general = QWidget(self.tabs)
        form = QFormLayout(general)
        self.names: list[QLineEdit] = []
        self.colours: list[QComboBox] = []
        # Two rows whether one reader or two: a second name is optional (a leader reads alone).
        readers = [*prefs.readers[:2], *[Reader("", "blue")] * (2 - len(prefs.readers[:2]))]
        for number, reader in enumerate(readers, start=1):
            name = QLineEdit(reader.name, self)
            name.setObjectName(f"preferences_reader_{number}")
            name.setAccessibleName(f"Reader {number} name")
            if number == 2:
                name.setPlaceholderText("Empty if you read alone")
            colour = QComboBox(self)
            colour.setAccessibleName(f"Reader {number} colour")
            for key, value in HIGHLIGHT_COLOURS.items():
                colour.addItem(swatch(value), key.capitalize(), key)
            colour.setCurrentIndex(max(colour.findData(reader.colour), 0))
            row = QHBoxLayout()
            row.addWidget(name, 1)
            row.addWidget(colour)
            label = QLabel(f"Reader &{number}:", self)  # a label with its field, so "&1" is a shortcut
            label.setBuddy(name)
            form.addRow(label, row)
            self.names.append(name)
            self.colours.append(colour)
        choices = tuple((spec.key, spec.label) for spec in audiences())  # the engine's registry
        self.audience = _combo(self, choices, prefs.default_audience, "Default audience")
        self.intensity = _combo(self, INTENSITIES, prefs.intensity, "Intensity")
        self.faith = QCheckBox("Include &scripture and prayer when the article has them", self)
        self.faith.setChecked(prefs.faith_elements)
        self.paper = _combo(self, PAPERS, prefs.paper, "Paper size")
        self.theme = _combo(self, THEMES, prefs.theme, "Theme")
        self.font_choice = _combo(self, FONTS, prefs.font, "Reading font")
        form.addRow("Default &audience:", self.audience)
        form.addRow("Guide &intensity:", self.intensity)
        form.addRow(self.faith)
        form.addRow("&Paper:", self.paper)
        form.addRow("&Theme:", self.theme)
        form.addRow("&Font:", self.font_choice)
        self.writing = WritingHelpPage(prefs, writing or WritingHelp(), runner, self.tabs)
        self.tabs.addTab(general, "General")
        self.tabs.addTab(self.writing, "&Writing help")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, object]:
        readers = [
            Reader(" ".join(name.text().split()), str(colour.currentData()))
            for name, colour in zip(self.names, self.colours, strict=True)
        ]
        named = [r for r in readers if r.name] or list(self._prefs.readers[:1])
        return {
            "readers": [{"name": r.name, "colour": r.colour} for r in named],
            "current_reader": min(self._prefs.current_reader, len(named) - 1),
            "names_asked": True,
            "default_audience": self.audience.currentData(),
            "intensity": self.intensity.currentData(),
            "faith_elements": self.faith.isChecked(),
            "paper": self.paper.currentData(),
            "theme": self.theme.currentData(),
            "font": self.font_choice.currentData(),
            **self.writing.changes(),
        }
