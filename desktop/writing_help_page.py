"""The "Writing help" page of Preferences: none, a server here, another server, or copy and paste.

"Test connection" asks the chosen server for its models (an address and, for
another server, the key; never an article) and fills the model list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.guide.writing_help import MODES, WritingHelp
from desktop.preferences import Preferences

if TYPE_CHECKING:
    from desktop.tasks import Progress, TaskRunner


class WritingHelpPage(QWidget):
    def __init__(
        self,
        prefs: Preferences,
        writing: WritingHelp,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("writing_help_page")
        self._writing = writing
        self._runner = runner
        intro = QLabel(
            "Porchlight plans each guide and checks every question. A model you choose can word the "
            "questions; nothing leaves this computer unless you choose another server, and Porchlight "
            "asks before the first time it sends an article there.",
            self,
        )
        intro.setWordWrap(True)
        self.modes = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for key, label in MODES:
            radio = QRadioButton(label, self)
            radio.setObjectName(f"writing_help_{key}")
            self.modes.addButton(radio)
            self.radios[key] = radio
        self.radios.get(prefs.writing_help, self.radios["none"]).setChecked(True)
        self.local_url = QLineEdit(prefs.local_server, self)
        self.local_url.setObjectName("writing_help_local_url")
        self.local_url.setAccessibleName("Address of the server on this computer")
        self.remote_url = QLineEdit(prefs.remote_server, self)
        self.remote_url.setObjectName("writing_help_remote_url")
        self.remote_url.setAccessibleName("Address of the other server")
        self.remote_url.setPlaceholderText("https://…/v1")
        self.key = QLineEdit(self)
        self.key.setObjectName("writing_help_key")
        self.key.setAccessibleName("Key for the other server")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("kept in the system keyring, never in a file")
        self.model = QComboBox(self)
        self.model.setObjectName("writing_help_model")
        self.model.setAccessibleName("Model")
        self.model.setEditable(True)
        self.model.setCurrentText(prefs.writer_model)
        editor = self.model.lineEdit()
        if editor is not None:
            editor.setPlaceholderText("the first model the server lists")
        self.test = QPushButton("&Test connection", self)
        self.test.setObjectName("writing_help_test")
        self.test.clicked.connect(self.test_connection)
        self.status = QLabel("", self)
        self.status.setObjectName("writing_help_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow("This computer:", self.local_url)
        form.addRow("Other server:", self.remote_url)
        form.addRow("Key:", self.key)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.test)
        form.addRow("Model:", model_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for radio in self.radios.values():
            layout.addWidget(radio)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.modes.buttonToggled.connect(lambda *_: self._sync())
        self._sync()

    def mode(self) -> str:
        return next(key for key, radio in self.radios.items() if radio.isChecked())

    def _sync(self) -> None:
        mode = self.mode()
        self.local_url.setEnabled(mode == "local")
        self.remote_url.setEnabled(mode == "remote")
        self.key.setEnabled(mode == "remote")
        self.model.setEnabled(mode in ("local", "remote"))
        self.test.setEnabled(mode in ("local", "remote"))

    def _address(self) -> str:
        return (self.local_url if self.mode() == "local" else self.remote_url).text()

    def test_connection(self) -> None:
        """List the server's models in the background and say how it went, in one line."""
        from guides.writers.server import Server, WriterError, base_url, list_models

        try:
            url = base_url(self._address())
        except WriterError as err:
            self.status.setText(f"That address cannot be used: {err}.")
            return
        key = self.key.text().strip() or self._writing.key_for(url)
        self.status.setText(f"Asking {url} for its models…")
        self.test.setEnabled(False)

        def job(_progress: Progress) -> list[str]:
            return list_models(Server(url, key, timeout=10.0))

        def done(models: object) -> None:
            self.test.setEnabled(True)
            assert isinstance(models, list)
            typed = self.model.currentText()
            self.model.clear()
            self.model.addItems(models)
            self.model.setCurrentText(typed if typed in models or not models else models[0])
            self.status.setText(
                f"Connected: {url} offers {len(models)} model{'s' if len(models) != 1 else ''}."
                if models
                else f"Connected, but {url} offers no models yet (with Ollama: ollama pull llama3.2:3b)."
            )

        def failed(err: BaseException) -> None:
            self.test.setEnabled(True)
            self.status.setText(f"No connection: {err}.")

        if self._runner is None:
            from desktop.tasks import Progress

            try:
                done(job(Progress()))
            except WriterError as err:
                failed(err)
        else:
            self._runner.run(job, done, failed)

    def changes(self) -> dict[str, object]:
        return {
            "writing_help": self.mode(),
            "local_server": self.local_url.text().strip(),
            "remote_server": self.remote_url.text().strip(),
            "writer_model": self.model.currentText().strip(),
        }

    def store_key(self) -> str | None:
        """Keep a newly entered key; the message when it could only be kept for this session."""
        key = self.key.text().strip()
        if not key or self.mode() != "remote" or not self.remote_url.text().strip():
            return None
        try:
            return self._writing.set_key(self.remote_url.text(), key)
        except Exception as err:
            return f"The key was not kept: {err}."
