"""Nothing leaves the computer unasked; keys live in a secure keyring or nowhere."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend

from guides.writers import keys, trust


class _MemoryKeyring(KeyringBackend):
    """A secure-enough stand-in for the system keyring (it keeps nothing on disk)."""

    priority = 10  # type: ignore[assignment]
    viable = False  # never picked by keyring's own discovery for other tests

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


class _PlaintextFileKeyring(_MemoryKeyring):
    """Looks like keyrings.alt's file backend: a key on disk is not what the reader was promised."""


_PlaintextFileKeyring.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:11434/v1", True),
        ("http://127.0.0.1:8080/v1", True),
        ("http://[::1]:1234/v1", True),
        ("http://127.4.5.6/v1", True),
        ("https://api.example.org/v1", False),
        ("http://192.168.1.20:11434/v1", False),
        ("http://localhost.example.org/v1", False),
    ],
)
def test_only_loopback_is_this_computer(url: str, local: bool) -> None:
    assert trust.is_on_this_computer(url) is local
    assert trust.is_trusted(url) is local


def test_another_server_is_trusted_only_after_the_reader_agreed() -> None:
    url = "https://api.example.org/v1"
    assert not trust.is_trusted(url)
    trust.trust(url)
    assert trust.is_trusted(url) and trust.is_trusted("https://api.example.org/other")
    assert not trust.is_trusted("https://api.example.net/v1")
    assert "sk-" not in trust.trust_file().read_text()
    trust.forget(url)
    assert not trust.is_trusted(url)


def test_the_consent_says_what_goes_where() -> None:
    text = trust.what_is_sent("https://api.example.org/v1", "big-model", "Small Hinges", 1234, True)
    for part in ("https://api.example.org/v1", "big-model", "“Small Hinges”", "1,234 words", "your key",
                 "without comments", "library and other articles are not sent"):  # fmt: skip
        assert part in text


def test_without_a_secure_keyring_the_key_is_refused_not_written(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.delenv(keys.KEY_ENV, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert not keys.secure_store_available()
    with pytest.raises(keys.KeyStoreError, match="no secure keyring"):
        keys.store_key("https://api.example.org/v1", "sk-1")
    assert keys.key_for("https://api.example.org/v1") is None


def test_a_file_backed_keyring_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: _PlaintextFileKeyring())
    with pytest.raises(keys.KeyStoreError):
        keys.store_key("https://api.example.org/v1", "sk-1")


def test_a_secure_keyring_keeps_the_key_and_the_environment_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    backend = _MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.delenv(keys.KEY_ENV, raising=False)
    keys.store_key("https://api.example.org/v1", "sk-kept")
    assert backend.saved == {(keys.SERVICE, "https://api.example.org/v1"): "sk-kept"}
    assert keys.key_for("https://api.example.org/v1") == "sk-kept"
    monkeypatch.setenv(keys.KEY_ENV, "sk-env")
    assert keys.key_for("https://api.example.org/v1") == "sk-env"
    keys.forget_key("https://api.example.org/v1")
    assert not backend.saved
