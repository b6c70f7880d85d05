"""A client for any server that speaks the OpenAI-compatible chat completions API.

Ollama (``http://localhost:11434/v1``), llama.cpp's ``llama-server``, LM
Studio, Jan, vLLM and the cloud providers all answer ``GET /models`` and
``POST /chat/completions``, streamed as server-sent events or whole. This
module lists the models, streams an answer, gives up after a silence of
``timeout`` seconds or a whole answer longer than ``deadline``, tries once
more after a failure that may pass (a refused or dropped connection, a 5xx, a
time-out), and can be cancelled from another thread, which closes the socket
so that a blocked read ends at once.

Written on the standard library's ``http.client`` rather than a client
package: the protocol used here is two requests and a line-based event
stream, cancelling needs the socket itself, and the engine gains no
dependency (and no import cost) for readers who never turn writing help on.

Logs carry the address, the model, status codes and sizes; never the prompt,
the article or the answer.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from guides.writers.trust import OLLAMA

log = logging.getLogger(__name__)

DEFAULT_SERVER = OLLAMA
"""Ollama on this computer: the suggestion when the reader turns writing help on."""
DEFAULT_TIMEOUT = 120.0
"""Seconds of silence before giving up (a model on a laptop's CPU may think a while before its first word)."""
DEFAULT_DEADLINE = 900.0
"""Seconds for a whole answer."""
MAX_ANSWER_TOKENS = 3000
"""A guide's questions take about a thousand tokens; a small model that rambles is stopped well past that."""


class WriterError(Exception):
    """Writing help failed; the message is one line a reader can act on."""

    def __init__(self, message: str, *, retry: bool = False, logged: str | None = None) -> None:
        super().__init__(message)
        self.retry = retry
        self.logged = logged or message
        """The message for the log: without the server's own words, which might echo the article."""


class WriterCancelled(WriterError):
    """The reader cancelled."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class Cancel:
    """A cancel switch shared with a running request; :meth:`cancel` may be called from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()

    def cancel(self) -> None:
        """Stop the request now: the socket is shut, so a read waiting on the server ends."""
        self._event.set()
        with self._lock:
            sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed: nothing left to stop
                sock.shutdown(socket.SHUT_RDWR)

    def check(self) -> None:
        """Raise :class:`WriterCancelled` once cancelled."""
        if self._event.is_set():
            raise WriterCancelled()

    def _attach(self, sock: socket.socket | None) -> None:
        # The socket itself: for a response that ends with the connection, http.client hands it
        # from the connection to the response, so the connection no longer knows it.
        with self._lock:
            self._sock = sock


@dataclass(frozen=True)
class Server:
    """Where to send: the API's base address (".../v1"), an optional key, and the time limits."""

    url: str
    key: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    deadline: float = DEFAULT_DEADLINE


@dataclass(frozen=True)
class Answer:
    text: str
    model: str
    seconds: float
    retried: bool = False


def base_url(url: str) -> str:
    """The API's base address as typed by a reader: a scheme added, ``/v1`` when no path is given."""
    url = url.strip().rstrip("/")
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        port = parts.port  # a port past 65535 or a broken "[::1" is a ValueError here, not later
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or port == 0:
        raise WriterError(f"“{url}” is not a server address (try {DEFAULT_SERVER})")
    if parts.path in ("", "/"):
        url += "/v1"
    return url


def shown(url: str) -> str:
    """The address as a reader recognises it: no key, no query."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}{parts.path}"


def _error_detail(body: bytes) -> str:
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        return " ".join(body.decode("utf-8", "replace").split())[:120]
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        error = error.get("message")
    return " ".join(str(error or "").split())[:120]


class _Call:
    """One request to the server, with its connection registered for cancelling."""

    def __init__(self, server: Server, cancel: Cancel) -> None:
        self.server = server
        self.cancel = cancel
        self.where = shown(server.url)

    def open(self, method: str, path: str, body: dict[str, Any] | None = None) -> http.client.HTTPResponse:
        parts = urlsplit(self.server.url)
        factory = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = factory(parts.hostname or "localhost", parts.port, timeout=self.server.timeout)
        headers = {"Accept": "application/json, text/event-stream"}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.server.key:
            headers["Authorization"] = f"Bearer {self.server.key}"
        try:
            self.cancel.check()
            conn.connect()
            self.cancel._attach(conn.sock)
            self.cancel.check()
            conn.request(method, parts.path.rstrip("/") + path, body=payload, headers=headers)
            response = conn.getresponse()
        except Exception as err:
            conn.close()
            raise self.failure(err) from None
        if response.status >= 400:
            detail = _error_detail(response.read())
            conn.close()
            raise self.status(response.status, detail)
        return response

    def failure(self, err: BaseException) -> WriterError:
        """The one-line message for a failed connection or read."""
        if self.cancel.cancelled:
            return WriterCancelled()
        if isinstance(err, WriterError):
            return err
        if isinstance(err, ConnectionRefusedError):
            return WriterError(f"nothing answers at {self.where} (is the server running?)", retry=True)
        if isinstance(err, TimeoutError | socket.timeout):
            return WriterError(
                f"the server at {self.where} sent nothing for {self.server.timeout:.0f} s", retry=True
            )
        if isinstance(err, http.client.HTTPException | ConnectionError):
            return WriterError(f"the server at {self.where} dropped the connection", retry=True)
        if isinstance(err, socket.gaierror):
            return WriterError(f"the address {self.where} cannot be found")
        if isinstance(err, OSError):
            return WriterError(f"the connection to {self.where} failed ({err.strerror or err})", retry=True)
        return WriterError(f"the server at {self.where} answered nonsense ({type(err).__name__})")

    def status(self, code: int, detail: str) -> WriterError:
        said = f": {detail}" if detail else ""
        if code in (401, 403):
            what = "refused the key"
        elif code == 404:
            what = "has no such model or address"
        elif code >= 500:
            what = "failed"
        else:
            what = "refused the request"
        return WriterError(
            f"the server at {self.where} {what} (HTTP {code}{said})",
            retry=code >= 500,
            logged=f"the server at {self.where} {what} (HTTP {code})",
        )


def list_models(server: Server, cancel: Cancel | None = None) -> list[str]:
    """The names of the models the server offers (``GET /models``), sorted."""
    call = _Call(server, cancel or Cancel())
    response = call.open("GET", "/models")
    try:
        data = json.loads(response.read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError, OSError, http.client.HTTPException) as err:
        raise WriterError(
            f"the server at {call.where} did not list its models ({type(err).__name__})"
        ) from None
    finally:
        response.close()
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise WriterError(f"the server at {call.where} did not list its models")
    return sorted(str(m["id"]) for m in items if isinstance(m, dict) and m.get("id"))


def _content(choice: dict[str, Any]) -> str:
    for part in ("delta", "message"):
        value = choice.get(part)
        if isinstance(value, dict) and isinstance(value.get("content"), str):
            return str(value["content"])
    return str(choice.get("text") or "")


def _read(call: _Call, response: http.client.HTTPResponse, on_text: Callable[[int], None] | None) -> str:
    started = time.monotonic()
    kind = response.getheader("Content-Type", "")
    if "text/event-stream" not in kind:
        body = response.read()
        call.cancel.check()
        try:
            data = json.loads(body.decode("utf-8"))
            return _content(data["choices"][0])
        except (ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError):
            raise WriterError(
                f"the server at {call.where} answered nonsense (not a chat completion)"
            ) from None
    pieces: list[str] = []
    size = 0
    finished = False
    while True:
        line = response.readline()
        call.cancel.check()
        if not line:
            break
        if time.monotonic() - started > call.server.deadline:
            raise WriterError(
                f"the server at {call.where} took longer than {call.server.deadline:.0f} s", retry=False
            )
        text = line.decode("utf-8", "replace").strip()
        if not text.startswith("data:"):
            continue
        data_text = text[5:].strip()
        if data_text == "[DONE]":
            finished = True
            break
        try:
            event = json.loads(data_text)
            choice = event["choices"][0]
        except (ValueError, KeyError, IndexError, TypeError):
            continue  # a keep-alive or a provider's own event
        piece = _content(choice)
        if piece:
            pieces.append(piece)
            size += len(piece)
            if on_text is not None:
                on_text(size)
        if choice.get("finish_reason"):
            finished = True
    if not finished:
        raise WriterError(f"the server at {call.where} dropped the connection mid-answer", retry=True)
    return "".join(pieces)


def chat(
    server: Server,
    model: str,
    prompt: str,
    *,
    stream: bool = True,
    cancel: Cancel | None = None,
    on_text: Callable[[int], None] | None = None,
) -> Answer:
    """The model's answer to ``prompt``, streamed when ``stream``; one more try after a passing failure.

    ``on_text(characters)`` is called as the answer arrives. Raises :class:`WriterError` (one line)
    or :class:`WriterCancelled`.
    """
    cancel = cancel or Cancel()
    body = {
        "model": model,
        "messages": [{"role": "user", "content": prompt}],
        "stream": stream,
        "temperature": 0.4,
        "max_tokens": MAX_ANSWER_TOKENS,
    }
    started = time.monotonic()
    for attempt in (1, 2):
        call = _Call(server, cancel)
        try:
            response = call.open("POST", "/chat/completions", body)
            try:
                text = _read(call, response, on_text)
            except Exception as err:
                raise call.failure(err) from None
            finally:
                response.close()
                cancel._attach(None)
        except WriterError as err:
            log.info("Writing help: %s (try %d)", err.logged, attempt)
            if isinstance(err, WriterCancelled) or not err.retry or attempt == 2:
                raise
            continue
        seconds = time.monotonic() - started
        log.info("Writing help: %s answered %d characters in %.1f s", call.where, len(text), seconds)
        return Answer(text, model, seconds, retried=attempt == 2)
    raise AssertionError("unreachable")
