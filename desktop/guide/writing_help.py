"""Writing help in the app: which server and key to use, asking before anything leaves the computer.

The reader's choice lives in the preferences (``writing_help``, the server
addresses, the model); the key of another server lives in the system keyring
(:mod:`guides.writers.keys`), or, where this computer has no secure keyring,
only in memory for this session. The first time an address that is not on
this computer is used, :meth:`WritingHelp.consent` says exactly what will be
sent and where, and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.preferences import Preferences

MODES = (
    ("none", "None: the rules write every question (nothing leaves this computer)"),
    ("local", "A server on this computer (Ollama, llama.cpp, LM Studio, Jan)"),
    ("remote", "Another server (a cloud provider, or a computer on your network)"),
    ("paste", "Copy and paste: a prompt for any chat assistant, and its reply back"),
)


@dataclass(frozen=True)
class ServerChoice:
    url: str
    model: str | None
    key: str | None


def ask_to_send(parent: QWidget | None, text: str) -> bool:
    """The consent box: what will be sent and where; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, "Send the article to another server?", text, parent=parent)
    box.setObjectName("writing_help_consent")
    send = box.addButton("&Send", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is send


class WritingHelp:
    """The app's side of writing help: addresses, keys and consent."""

    def __init__(self, ask: Callable[[QWidget | None, str], bool] = ask_to_send) -> None:
        self._session_keys: dict[str, str] = {}
        self.ask = ask
        """How consent is asked (tests answer for the reader)."""

    # --- keys -------------------------------------------------------------------------------

    def set_key(self, url: str, key: str) -> str | None:
        """Keep ``key`` for ``url``: in the system keyring, else for this session only (then the message)."""
        from guides.writers.keys import KeyStoreError, store_key
        from guides.writers.server import base_url

        url = base_url(url)
        self._session_keys[url] = key
        try:
            store_key(url, key)
        except KeyStoreError as err:
            return f"{err} The key is kept only until Porchlight closes."
        return None

    def key_for(self, url: str) -> str | None:
        from guides.writers.keys import key_for

        return self._session_keys.get(url) or key_for(url)

    # --- the server ----------------------------------------------------------------------------

    def server(self, prefs: Preferences) -> ServerChoice | None:
        """The server the preferences choose, or None for the rules or copy and paste."""
        from guides.writers.server import base_url

        if prefs.writing_help not in ("local", "remote"):
            return None
        typed = prefs.local_server if prefs.writing_help == "local" else prefs.remote_server
        url = base_url(typed)
        return ServerChoice(url, prefs.writer_model or None, self.key_for(url))

    def describe(self, prefs: Preferences) -> str:
        """A few words for the Regenerate dialog: "llama3.2 at http://localhost:11434/v1"."""
        if prefs.writing_help == "paste":
            return "copy and paste with a chat assistant"
        try:
            choice = self.server(prefs)
        except Exception:
            return "a server whose address needs fixing in Preferences"
        if choice is None:
            return ""
        return f"{choice.model or 'the first model'} at {choice.url}"

    def consent(self, parent: QWidget | None, choice: ServerChoice, title: str, words: int) -> bool:
        """Whether the article may go to ``choice``: asked once for each address not on this computer."""
        from guides.writers.trust import is_trusted, trust, what_is_sent

        if is_trusted(choice.url):
            return True
        text = what_is_sent(choice.url, choice.model or "", title, words, bool(choice.key))
        if not self.ask(parent, text):
            return False
        trust(choice.url)
        return True
