"""Editing a list's text in place in a box of several lines, so a long question or note is seen whole.

Enter keeps the text, Shift+Enter starts a new line, Escape leaves it as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.signals import emit

Index = QModelIndex | QPersistentModelIndex


class MultiLineDelegate(QStyledItemDelegate):
    EDITOR_NAME = "text_editor"
    EDITOR_LABEL = "Text"
    LINES = 4

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setObjectName(self.EDITOR_NAME)
        editor.setAccessibleName(self.EDITOR_LABEL)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        lines = QFontMetrics(option.font).lineSpacing() * self.LINES + 10
        editor.setGeometry(option.rect.adjusted(0, 0, 0, max(lines - option.rect.height(), 0)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            emit(self.commitData, watched)
            emit(self.closeEditor, watched, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)
