"""A real HTTP server on 127.0.0.1 that speaks the OpenAI-compatible API from a script.

``GET /v1/models`` lists the script's models; each ``POST /v1/chat/completions``
plays the next :class:`Step` (the last one repeats), streamed as server-sent
events when the request asks for a stream, whole otherwise. Steps can answer
with content, fail with a status, stay silent for a while, drop the connection
mid-stream, or hang until cancelled. It never reaches beyond this machine.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Step:
    content: str = ""
    status: int = 200
    silent: float = 0.0
    """Seconds to wait before answering at all."""
    drop_after: int | None = None
    """Stream this many pieces, then close the connection without finishing."""
    hang: bool = False
    """Stream one piece, then wait until the server stops (or the client goes away)."""
    error: str = ""
    """The message of a failing status (a server may echo what it was sent)."""


def reply(content: str) -> Step:
    return Step(content=content)


class ChatServer:
    def __init__(self, *steps: Step, models: tuple[str, ...] = ("test-model",)) -> None:
        self.steps = list(steps) or [Step()]
        self.models = models
        self.requests: list[dict[str, Any]] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._served = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, format: str, *args: Any) -> None:  # quiet in tests
                pass

            def do_GET(self) -> None:
                if self.path.rstrip("/") != "/v1/models":
                    self._json(404, {"error": {"message": "no such path"}})
                    return
                self._json(
                    200, {"object": "list", "data": [{"id": m, "object": "model"} for m in owner.models]}
                )

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with owner._lock:
                    owner.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
                    step = owner.steps[min(owner._served, len(owner.steps) - 1)]
                    owner._served += 1
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._json(404, {"error": {"message": "no such path"}})
                    return
                if step.silent and owner.stopping.wait(step.silent):
                    return
                if step.status != 200:
                    said = step.error or f"scripted failure {step.status}"
                    self._json(step.status, {"error": {"message": said}})
                    return
                model = str(body.get("model", ""))
                if body.get("stream"):
                    self._stream(step, model)
                else:
                    message = {"role": "assistant", "content": step.content}
                    self._json(
                        200,
                        {"object": "chat.completion", "model": model,
                         "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]},
                    )  # fmt: skip

            def _json(self, status: int, data: dict[str, Any]) -> None:
                payload = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _event(self, data: str) -> None:
                self.wfile.write(f"data: {data}\n\n".encode())
                self.wfile.flush()

            def _stream(self, step: Step, model: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                text = step.content
                pieces = [text[i : i + 40] for i in range(0, len(text), 40)] or [""]
                for n, piece in enumerate(pieces):
                    if step.drop_after is not None and n >= step.drop_after:
                        self.wfile.flush()
                        self.connection.close()
                        return
                    delta = {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self._event(json.dumps({**delta, "model": model}))
                    if step.hang:
                        owner.stopping.wait(30)
                        return
                done = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "model": model}
                self._event(json.dumps(done))
                self._event("[DONE]")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def chats(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"].endswith("/chat/completions")]

    def __enter__(self) -> ChatServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
