"""A server's key, kept in the system keyring and nowhere else.

Keys go through the ``keyring`` package into the platform's secure store
(Secret Service on Linux desktops, the macOS Keychain, Windows Credential
Locker). When no secure store is available (a server with no desktop session,
or only ``keyrings.alt``'s file backends), :func:`store_key` refuses with a
plain message rather than write the key to a file: the reader then enters the
key for each session, or sets ``PORCHLIGHT_API_KEY`` for the command line.
Keys never go into settings files or logs.
"""

from __future__ import annotations

import os
from typing import Any

SERVICE = "Porchlight writing help"
KEY_ENV = "PORCHLIGHT_API_KEY"


class KeyStoreError(Exception):
    """The key cannot be kept safely here; the message says so in one line."""


NO_SECURE_STORE = (
    "This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain or the "
    "Windows Credential Locker) that Porchlight can use, and it will not keep your key in a file. "
    "Enter the key each time you start Porchlight, or set PORCHLIGHT_API_KEY for the command line."
)


def _secure_backend() -> Any | None:
    """The keyring backend when it is a secure one; None for none, the fail backend or a file."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring):
        return None
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or "file" in type(backend).__name__.lower():
        return None  # keyrings.alt keeps keys in files: not what the reader was promised
    chained = getattr(backend, "backends", None)
    if chained is not None:
        secure = [b for b in chained if not type(b).__module__.startswith("keyrings.alt")]
        if not secure:
            return None
    try:
        if float(getattr(backend, "priority", 1)) <= 0:
            return None
    except (TypeError, ValueError):
        return None
    return backend


def secure_store_available() -> bool:
    """Whether a key can be kept in a secure system keyring on this computer."""
    return _secure_backend() is not None


def store_key(url: str, key: str) -> None:
    """Keep ``key`` for the server at ``url`` in the system keyring; :class:`KeyStoreError` if it cannot."""
    backend = _secure_backend()
    if backend is None:
        raise KeyStoreError(NO_SECURE_STORE)
    try:
        backend.set_password(SERVICE, url, key)
    except Exception as err:
        raise KeyStoreError(f"The system keyring did not take the key ({type(err).__name__}).") from None


def key_for(url: str) -> str | None:
    """The key for ``url``: ``PORCHLIGHT_API_KEY`` when set, else the system keyring's, else None."""
    from_env = os.environ.get(KEY_ENV, "").strip()
    if from_env:
        return from_env
    backend = _secure_backend()
    if backend is None:
        return None
    try:
        found = backend.get_password(SERVICE, url)
    except Exception:
        return None
    return str(found) if found else None


def forget_key(url: str) -> None:
    """Remove the key for ``url`` from the system keyring, if it is there."""
    backend = _secure_backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, url)
    except Exception:
        return
