"""Copy and paste writing help: the prompt to copy into any chat assistant, and a box for its reply."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PasteDialog(QDialog):
    """Shows the prompt with a Copy button; "Use reply" is enabled once a reply is pasted."""

    def __init__(self, audience: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Writing help: copy and paste")
        self.setObjectName("paste_dialog")
        self.setAccessibleName("Writing help: copy and paste")
        self.resize(760, 640)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        steps = QLabel(
            f"<b>1.</b> Copy this prompt and paste it into the chat assistant you use. It holds the "
            f"article's text and the plan of the {audience} guide; nothing else.",
            self,
        )
        steps.setWordWrap(True)
        self.prompt = QPlainTextEdit(prompt, self)
        self.prompt.setObjectName("paste_prompt")
        self.prompt.setAccessibleName("The prompt to copy")
        self.prompt.setReadOnly(True)
        self.prompt.setFont(fixed)
        self.copy = QPushButton("&Copy the prompt", self)
        self.copy.setObjectName("paste_copy")
        self.copy.clicked.connect(self._on_copy_clicked)
        back = QLabel(
            "<b>2.</b> Paste the assistant's whole reply here. Porchlight checks every question; "
            "what does not pass keeps Porchlight's own question.",
            self,
        )
        back.setWordWrap(True)
        self.reply = QPlainTextEdit(self)
        self.reply.setObjectName("paste_reply")
        self.reply.setAccessibleName("The assistant's reply")
        self.reply.setPlaceholderText('{"questions": [...]}')
        self.reply.setFont(fixed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.use = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use.setText("&Use the reply")
        self.use.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reply.textChanged.connect(lambda: self.use.setEnabled(bool(self.reply.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addWidget(self.prompt, 3)
        layout.addWidget(self.copy)
        layout.addWidget(back)
        layout.addWidget(self.reply, 2)
        layout.addWidget(self.buttons)

    def reply_text(self) -> str:
        return self.reply.toPlainText()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.prompt.toPlainText())
        self.copy.setText("Copied: now paste it into your assistant")
