"""The discuss-together view: one question at a time in large type, its passage beside it.

Made for a couple at a laptop or a leader on a television: full screen, type
that grows with the window, the next and previous question a key away
(→ ↓ Space Page Down, ← ↑ Page Up; Home and End), the minutes for the part and
how long it has run, and the "I will ..." lines to fill in. F11 leaves or
enters full screen; Escape leaves full screen, then closes. It decides
nothing: its controller (desktop/discuss/controller.py) says what to show and
keeps what is written.
"""

from __future__ import annotations

import html
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import typefaces
from desktop.discuss.steps import Step
from desktop.palettes import PALETTES, Palette
from desktop.signals import emit

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}


def _e(text: str) -> str:
    return html.escape(text, quote=False)


class DiscussView(QWidget):
    step_changed = Signal(int)
    answer_written = Signal(str, str)
    """A line's key and what was written on it."""
    closed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("discuss_view")
        self.setAccessibleName("Discuss together")
        self.setWindowTitle(f"Discuss together — {title}")
        self._steps: list[Step] = []
        self._index = 0
        self._answers: dict[str, str] = {}
        self._passages: list[tuple[str, int, int] | None] = []
        self._palette: Palette = PALETTES["light"]
        self._font_kind = "serif"
        self._part_key: str | None = None
        self._part_started = time.monotonic()
        self._fields: dict[str, QLineEdit] = {}

        self.part = QLabel(self)
        self.part.setObjectName("discuss_part")
        self.clock = QLabel(self)
        self.clock.setObjectName("discuss_clock")
        self.clock.setAccessibleName("Time in this part")
        self.progress = QLabel(self)
        self.progress.setObjectName("discuss_progress")
        top = QHBoxLayout()
        top.addWidget(self.part, 1)
        top.addWidget(self.clock)
        top.addSpacing(24)
        top.addWidget(self.progress)

        self.before = QLabel(self)
        self.before.setObjectName("discuss_before")
        self.before.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setObjectName("discuss_question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = QWidget(self)
        self.lines.setObjectName("discuss_lines")
        self.lines_layout = QVBoxLayout(self.lines)
        self.lines_layout.setContentsMargins(0, 12, 0, 0)
        self.lines_layout.setSpacing(10)
        self.after = QLabel(self)
        self.after.setObjectName("discuss_after")
        self.after.setWordWrap(True)
        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.before)
        main_layout.addWidget(self.question)
        main_layout.addWidget(self.lines)
        main_layout.addWidget(self.after)
        main_layout.addStretch(1)
        self.main_scroll = QScrollArea(self)
        self.main_scroll.setWidgetResizable(True)
        self.main_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.main_scroll.setWidget(main)

        self.passage = QLabel(self)
        self.passage.setObjectName("discuss_passage")
        self.passage.setAccessibleName("The passage")
        self.passage.setWordWrap(True)
        self.passage.setTextFormat(Qt.TextFormat.RichText)
        self.passage.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.passage.setContentsMargins(18, 14, 18, 14)
        self.passage.setAutoFillBackground(True)
        self.passage.setBackgroundRole(QPalette.ColorRole.Base)  # the article's page
        self.passage_label = QLabel("From the article", self)
        self.passage_label.setObjectName("discuss_passage_label")
        self.passage_box = QScrollArea(self)
        self.passage_box.setObjectName("discuss_passage_box")
        self.passage_box.setWidgetResizable(True)
        self.passage_box.setWidget(self.passage)
        self.passage_column = QWidget(self)
        column = QVBoxLayout(self.passage_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.passage_label)
        column.addWidget(self.passage_box, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(32)
        self.body.addWidget(self.main_scroll, 3)
        self.body.addWidget(self.passage_column, 2)

        self.previous_button = QPushButton("‹ &Previous", self)
        self.previous_button.setObjectName("discuss_previous")
        self.next_button = QPushButton("&Next ›", self)
        self.next_button.setObjectName("discuss_next")
        self.full_button = QPushButton("&Full Screen", self)
        self.full_button.setObjectName("discuss_full_screen")
        self.close_button = QPushButton("&Close", self)
        self.close_button.setObjectName("discuss_close")
        hint = QLabel("→ next · ← previous · F11 full screen · Esc to leave", self)
        hint.setObjectName("discuss_hint")
        self.hint = hint
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(16)
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.full_button)
        bottom.addWidget(self.close_button)
        for button in (self.previous_button, self.next_button, self.full_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the arrows stay the view's

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 18)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        layout.addLayout(bottom)

        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.close_button.clicked.connect(self.close)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_clock)
        self._tick.start()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._index

    @property
    def steps(self) -> list[Step]:
        return self._steps

    @property
    def passages(self) -> list[tuple[str, int, int] | None]:
        return self._passages

    def set_steps(
        self,
        steps: Sequence[Step],
        passages: Sequence[tuple[str, int, int] | None],
        answers: dict[str, str],
        index: int = 0,
    ) -> None:
        self._steps = list(steps)
        self._passages = list(passages)
        self._answers = dict(answers)
        self._fields = {}  # the lines are drawn again from these answers
        self.go(index)

    def set_look(self, palette: Palette, font: str) -> None:
        self._palette, self._font_kind = palette, font
        self._apply_fonts()
        if self._steps:
            self._show()

    def go(self, index: int) -> None:
        if not self._steps:
            self._index = 0
            self.question.setText("This guide has no questions to talk through yet.")
            return
        self._save_fields()
        self._index = min(max(index, 0), len(self._steps) - 1)
        step = self._steps[self._index]
        if step.part_key != self._part_key:
            self._part_key = step.part_key
            self._part_started = time.monotonic()
        self._show()
        emit(self.step_changed, self._index)

    def next(self) -> None:
        self.go(self._index + 1)

    def previous(self) -> None:
        self.go(self._index - 1)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.full_button.setText("&Window" if self.isFullScreen() else "&Full Screen")

    # --- drawing a step ----------------------------------------------------------------------

    def _show(self) -> None:
        step = self._steps[self._index]
        minutes = f" · {step.minutes} min" if step.minutes else ""
        self.part.setText(f"<b>{_e(step.part_title)}</b>{minutes}")
        self.progress.setText(f"{self._index + 1} of {len(self._steps)}")
        self.progress.setAccessibleName(f"Step {self._index + 1} of {len(self._steps)}")
        self._show_clock()
        self.before.setText("<br/>".join(f"<i>{_e(t)}</i>" for t in step.before))
        self.before.setVisible(bool(step.before))
        self.after.setText("<br/>".join(f"<i>{_e(t)}</i>" for t in step.after))
        self.after.setVisible(bool(step.after))
        self._show_main(step)
        self._show_lines(step)
        self._show_passage(self._passages[self._index] if self._index < len(self._passages) else None)
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(self._steps) - 1)

    def _show_main(self, step: Step) -> None:
        if step.kind == "question":
            muted = self._palette.muted
            number = f"<span style='color:{muted}'>{_e(step.number)}.</span>&nbsp; " if step.number else ""
            self.question.setText(f"{number}{_e(step.text)}")
        elif step.kind == "reading":
            parts = []
            for item in step.readings:
                label = f"<p style='color:{self._palette.muted}; font-size:small'>{_e(item.label or '')}</p>"
                text = f"“{_e(item.text)}”" if item.kind == "reading" else _e(item.text)
                parts.append(f"{label}<p style='line-height:130%'>{text}</p>")
            self.question.setText("".join(parts))
        else:
            self.question.setText("")
        self.question.setVisible(step.kind in ("question", "reading"))
        self.question.setAccessibleName(step.text or step.part_title)

    def _show_lines(self, step: Step) -> None:
        while self.lines_layout.count():
            item = self.lines_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._fields = {}
        for line in step.lines:
            label = QLabel(line.text, self.lines)
            label.setWordWrap(True)
            field = QLineEdit(self.lines)
            key = line.id or line.text
            field.setObjectName(f"discuss_line_{key}")
            field.setAccessibleName(line.text)
            field.setText(self._answers.get(key, ""))
            field.setPlaceholderText("Write it here")
            field.editingFinished.connect(lambda k=key, f=field: self._written(k, f.text()))
            label.setBuddy(field)
            self.lines_layout.addWidget(label)
            self.lines_layout.addWidget(field)
            self._fields[key] = field
        self.lines.setVisible(bool(step.lines))
        self._apply_fonts()

    def _show_passage(self, passage: tuple[str, int, int] | None) -> None:
        if passage is None:
            self.passage_column.hide()
            return
        text, start, end = passage
        p = self._palette
        marked = (
            f"{_e(text[:start])}<span style='background-color:{p.flash}; color:{p.text}'>"
            f"{_e(text[start:end])}</span>{_e(text[end:])}"
        )
        self.passage.setText(f"<p style='line-height:140%'>{marked}</p>")
        self.passage_column.show()

    def _show_clock(self) -> None:
        elapsed = int(time.monotonic() - self._part_started)
        self.clock.setText(f"{elapsed // 60}:{elapsed % 60:02d} in this part")

    # --- writing ---------------------------------------------------------------------------

    def _written(self, key: str, text: str) -> None:
        if self._answers.get(key, "") != text.strip():
            self._answers[key] = text.strip()
            emit(self.answer_written, key, text.strip())

    def _save_fields(self) -> None:
        for key, field in self._fields.items():
            self._written(key, field.text())

    def answers(self) -> dict[str, str]:
        self._save_fields()
        return dict(self._answers)

    # --- type that grows with the window ------------------------------------------------------

    def _apply_fonts(self) -> None:
        scale = max(min(self.width() / 1280, self.height() / 800), 0.75)
        families = typefaces.families(self._font_kind)
        big = QFont()
        big.setFamilies(families)
        big.setPointSizeF(26 * scale)
        self.question.setFont(big)
        for field in self._fields.values():
            field.setFont(big)
        for label in self.lines.findChildren(QLabel):
            label.setFont(big)
        reading = QFont()
        reading.setFamilies(families)
        reading.setPointSizeF(15 * scale)
        self.passage.setFont(reading)
        for label in (self.before, self.after):
            label.setFont(reading)
        small = QFont()
        small.setPointSizeF(12 * scale)
        for label in (self.part, self.progress, self.clock, self.passage_label):
            label.setFont(small)
        direction = QBoxLayout.Direction
        self.body.setDirection(direction.TopToBottom if self.width() < 900 else direction.LeftToRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    # --- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self._steps) - 1)
        elif key in (Qt.Key.Key_F11, Qt.Key.Key_F):
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.toggle_full_screen()
            else:
                self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_fields()
        emit(self.closed)
        super().closeEvent(event)
