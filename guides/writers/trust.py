"""Which servers are on this computer, and which other ones the reader has agreed to send to.

Nothing leaves the computer until the reader chooses a server. A server on
this computer (``localhost``, ``127.x.x.x``, ``::1``) needs no consent; the
first time another address is used, the app and the command line say exactly
what will be sent and where (:func:`what_is_sent`) and ask, and a yes is
remembered for that address only, in ``trusted-servers.json`` in the data
folder. The file holds addresses, never keys.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
from pathlib import Path
from urllib.parse import urlsplit

from guides.files import write_text_atomically
from guides.paths import data_dir, ensure_dir

TRUST_FILE = "trusted-servers.json"
OLLAMA = "http://localhost:11434/v1"
"""Ollama on this computer: the server suggested first (here, so the CLI's help needs no HTTP client)."""


def is_on_this_computer(url: str) -> bool:
    """Whether ``url`` names this computer (a loopback name or address)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _origin(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def trust_file() -> Path:
    """Where the agreed addresses are kept (in the data folder; not created here)."""
    return data_dir() / TRUST_FILE


def _read(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def is_trusted(url: str, path: Path | None = None) -> bool:
    """Whether the reader may send to ``url`` without being asked (this computer, or agreed before)."""
    return is_on_this_computer(url) or _origin(url) in _read(path or trust_file())


def trust(url: str, path: Path | None = None) -> None:
    """Remember that the reader agreed to send to ``url``'s server."""
    path = path or trust_file()
    known = _read(path)
    if _origin(url) in known:
        return
    ensure_dir(path.parent)
    write_text_atomically(path, json.dumps([*known, _origin(url)], indent=2))


def forget(url: str, path: Path | None = None) -> None:
    """Ask again next time before sending to ``url``'s server."""
    path = path or trust_file()
    known = [k for k in _read(path) if k != _origin(url)]
    with contextlib.suppress(OSError):  # a WriteError is one; the file is then left as it was
        write_text_atomically(path, json.dumps(known, indent=2))


def what_is_sent(url: str, model: str, title: str, words: int, with_key: bool) -> str:
    """The consent question: exactly what goes where, and what does not."""
    key = " and your key for it" if with_key else ""
    return (
        f"Porchlight will send the clean text of “{title}” ({words:,} words, without comments or anything "
        f"removed on import) and the guide's plan (its parts, question slots and the passages they stand on) "
        f"to {url}{key}, for the model {model or '(the server’s default)'} to write the questions. "
        "Your notes, highlights, library and other articles are not sent. That server is not on this "
        "computer: its owner's terms decide what happens to the text there. Send to it now and from now on?"
    )
