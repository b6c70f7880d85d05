"""Asking for one line of text (a web address, a series name, a question) in a box wide enough for it.

Qt's own ``QInputDialog.getText`` opens about 200 px wide, too narrow for a
web address or a long name; these open at a width that shows one, and never
wider than the screen. :func:`text_dialog` builds the box (tests and the
screen check open it without waiting); :func:`ask_text` asks and waits.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop import screens

WIDTH = 520


def text_dialog(
    parent: QWidget | None, title: str, label: str, text: str = "", name: str = ""
) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setObjectName(name or "ask_dialog")
    dialog.setAccessibleName(title)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    hint = dialog.sizeHint()
    screens.fit_dialog(dialog, QSize(max(WIDTH, hint.width()), hint.height()))
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", name: str = "") -> str | None:
    """What the reader typed, or None when they cancel."""
    dialog = text_dialog(parent, title, label, text, name)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue() if accepted else None
