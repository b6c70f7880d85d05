"""Options for generating the guide again: minutes, intensity, faith, whether to keep edits, and
whether the model chosen in Preferences words the questions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

INTENSITIES = (
    ("mild", "Mild: anyone could answer at dinner"),
    ("medium", "Medium: honest, safe with friends"),
    ("open", "Open: for the two of you only"),
)


@dataclass(frozen=True)
class RegenerateChoice:
    minutes: int
    intensity: str
    faith: bool
    keep_edits: bool
    writing_help: bool = False
    """Let the model the reader chose in Preferences word the questions (the engine still checks them)."""


class RegenerateDialog(QDialog):
    def __init__(
        self,
        audience: str,
        minutes: int,
        intensity: str,
        faith: bool,
        parent: QWidget | None = None,
        helper: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Regenerate the guide")
        self.setObjectName("regenerate_dialog")
        self.setAccessibleName("Regenerate the guide")
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("regenerate_minutes")
        self.minutes.setRange(15, 180)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(minutes)
        self.minutes.setAccessibleName("Minutes")
        self.intensity = QComboBox(self)
        self.intensity.setObjectName("regenerate_intensity")
        self.intensity.setAccessibleName("Intensity")
        for key, label in INTENSITIES:
            self.intensity.addItem(label, key)
        self.intensity.setCurrentIndex(max(self.intensity.findData(intensity), 0))
        self.faith = QCheckBox("Include &scripture and prayer", self)
        self.faith.setObjectName("regenerate_faith")
        self.faith.setChecked(faith)
        self.keep = QCheckBox("&Keep my edits (reworded, added, deleted and ticked questions)", self)
        self.keep.setObjectName("regenerate_keep_edits")
        self.keep.setChecked(True)
        self.helper = QCheckBox(f"With &writing help ({helper})" if helper else "With &writing help", self)
        self.helper.setObjectName("regenerate_writing_help")
        self.helper.setChecked(bool(helper))
        self.helper.setEnabled(bool(helper))
        if not helper:
            self.helper.setToolTip("Choose a model or copy and paste in Preferences › Writing help.")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Regenerate")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"Make the {audience} guide again from the article."))
        form.addRow("&Length:", self.minutes)
        form.addRow("&Intensity:", self.intensity)
        form.addRow(self.faith)
        form.addRow(self.keep)
        form.addRow(self.helper)
        form.addRow(buttons)

    def choice(self) -> RegenerateChoice:
        return RegenerateChoice(
            self.minutes.value(),
            str(self.intensity.currentData()),
            self.faith.isChecked(),
            self.keep.isChecked(),
            self.helper.isChecked(),
        )
