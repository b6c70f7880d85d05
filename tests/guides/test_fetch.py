"""Fetching the page a reader asked for, against a server the test starts on 127.0.0.1."""

from __future__ import annotations

import gzip
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from guides.errors import (
    FetchError,
    FetchTimeoutError,
    HttpStatusError,
    NotTextContentError,
    OfflineError,
    SourceTooLargeError,
)
from guides.importing.fetch import USER_AGENT, FetchedPage, fetch

POST = (
    "<!doctype html><html><head><title>Bread on the Table</title><meta charset='utf-8'></head>"
    "<body><article><h1>Bread on the Table</h1>"
    "<p>Every Thursday the neighbours on Alder Street bring bread, soup, and whatever else "
    "they have to the long table in the Hendersons’ garage. Nobody plans the menu.</p>"
    "<p>What began as a way to use up a glut of courgettes has become the evening the whole "
    "street looks forward to, and the children now set the table without being asked.</p>"
    "<p>The rule is simple: come as you are, bring what you can, and stay for the washing up. "
    "Those who bring nothing are as welcome as those who bring the most.</p>"
    "</article></body></html>"
).encode()


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)
    wait_before_headers: bool = False
    wait_before_body: bool = False
    stream: Callable[[], Iterator[bytes]] | None = None


class LocalSite:
    """A ThreadingHTTPServer on 127.0.0.1 serving a table of replies; slow replies wait on ``release``."""

    def __init__(self, routes: dict[str, Reply]) -> None:
        self.routes = routes
        self.release = threading.Event()
        self.user_agents: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.user_agents.append(self.headers.get("User-Agent", ""))
                reply = site.routes.get(self.path)
                if reply is None:
                    reply = Reply(status=404, body=b"<p>Nothing here</p>")
                try:
                    if reply.wait_before_headers:
                        site.release.wait(10)
                    self.send_response(reply.status)
                    for name, value in reply.headers:
                        self.send_header(name, value)
                    self.end_headers()
                    if reply.wait_before_body:
                        self.wfile.flush()
                        site.release.wait(10)
                    if reply.stream is not None:
                        for chunk in reply.stream():
                            self.wfile.write(chunk)
                    else:
                        self.wfile.write(reply.body)
                except (ConnectionError, TimeoutError):
                    pass  # the client gave up, as the test wanted

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = False  # so that close() waits for every handler
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def _zeros_forever() -> Iterator[bytes]:
    chunk = b"a" * 65536
    for _ in range(4096):  # 256 MB at most, if the client never stopped
        yield chunk


def _routes() -> dict[str, Reply]:
    html = (("Content-Type", "text/html; charset=utf-8"),)
    compressed = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw_deflate = compressed.compress(POST) + compressed.flush()
    return {
        "/post.html": Reply(body=POST),
        "/caf%C3%A9%20menu.html": Reply(body=POST),
        "/moved": Reply(status=301, headers=(("Location", "/post.html"),)),
        "/moved-twice": Reply(status=302, headers=(("Location", "/moved"),)),
        "/loop": Reply(status=302, headers=(("Location", "/loop"),)),
        "/nowhere": Reply(status=302),
        "/to-ftp": Reply(status=302, headers=(("Location", "ftp://127.0.0.1/file.txt"),)),
        "/gone": Reply(status=404, body=b"<p>not found</p>", headers=html),
        "/private": Reply(status=403, headers=html),
        "/broken": Reply(status=500, body=b"oops", headers=html),
        "/photo": Reply(body=b"\x89PNG\r\n\x1a\n....", headers=(("Content-Type", "image/png"),)),
        "/film": Reply(headers=(("Content-Type", "video/mp4"),)),
        "/download": Reply(headers=(("Content-Type", "application/octet-stream"),)),
        "/paper.pdf": Reply(headers=(("Content-Type", "application/pdf"),)),
        "/notes.docx": Reply(body=b"PK..", headers=(("Content-Type", "application/octet-stream"),)),
        "/no-type": Reply(body=b"Just words.", headers=()),
        "/notes.md": Reply(body=b"# Notes\n\nSome text.", headers=(("Content-Type", "text/markdown"),)),
        "/slow": Reply(body=POST, wait_before_headers=True),
        "/stalls": Reply(body=POST, wait_before_body=True),
        "/huge": Reply(stream=_zeros_forever, headers=(("Content-Type", "text/plain"),)),
        "/huge-declared": Reply(
            body=b"tiny", headers=(("Content-Type", "text/plain"), ("Content-Length", str(10**10)))
        ),
        "/gzip": Reply(body=gzip.compress(POST), headers=(*html, ("Content-Encoding", "gzip"))),
        "/deflate": Reply(body=zlib.compress(POST), headers=(*html, ("Content-Encoding", "deflate"))),
        "/raw-deflate": Reply(body=raw_deflate, headers=(*html, ("Content-Encoding", "deflate"))),
        "/gzip-bomb": Reply(
            body=gzip.compress(bytes(8 * 1024 * 1024)),
            headers=(("Content-Type", "text/plain"), ("Content-Encoding", "gzip")),
        ),
        "/garbled": Reply(body=b"not gzip at all", headers=(*html, ("Content-Encoding", "gzip"))),
        "/brotli": Reply(body=b"\x0b\x02", headers=(*html, ("Content-Encoding", "br"))),
        "/cp1252": Reply(
            body="<p>“Café” — señor</p>".encode("cp1252"),
            headers=(("Content-Type", "text/html; charset=windows-1252"),),
        ),
    }


@pytest.fixture(scope="module")
def site() -> Iterator[LocalSite]:
    with LocalSite(_routes()) as running:
        yield running


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment must not see the requests to 127.0.0.1."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_a_page_arrives_with_its_type(site: LocalSite) -> None:
    page = fetch(site.url("/post.html"))
    assert page == FetchedPage(url=site.url("/post.html"), data=POST, content_type="text/html; charset=utf-8")


def test_the_request_names_porchlight(site: LocalSite) -> None:
    fetch(site.url("/post.html"))
    assert site.user_agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("Porchlight/")


def test_redirects_are_followed_and_the_final_address_kept(site: LocalSite) -> None:
    page = fetch(site.url("/moved-twice"))
    assert page.url == site.url("/post.html")
    assert page.data == POST


def test_a_redirect_loop_stops(site: LocalSite) -> None:
    with pytest.raises(FetchError, match="redirects too many times"):
        fetch(site.url("/loop"))


def test_a_redirect_away_from_the_web_is_refused(site: LocalSite) -> None:
    with pytest.raises(FetchError, match="http:// or https://"):
        fetch(site.url("/to-ftp"))


@pytest.mark.parametrize("address", ["ftp://example.org/a.txt", "file:///etc/passwd", "http://"])
def test_only_web_addresses_are_fetched(address: str) -> None:
    with pytest.raises(FetchError):
        fetch(address)


@pytest.mark.parametrize(
    "address", ["http://[::1/", "http://127.0.0.1:abc/", "http://exa mple.org/", "http://a..b/"]
)
def test_malformed_addresses_are_a_plain_fetch_error(address: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(address, timeout=2)
    assert str(caught.value) == f"This address is not valid: {address}"


def test_spaces_and_accents_in_the_path_are_quoted(site: LocalSite) -> None:
    page = fetch(site.url("/caf\u00e9 menu.html"))
    assert page.url == site.url("/caf%C3%A9%20menu.html")
    assert page.data == POST


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/gone", 404, "The page was not found (404)."),
        ("/private", 403, "The site refused access to this page (403)."),
        ("/broken", 500, "The site had a problem answering (500); try again later."),
        ("/nowhere", 302, "The site answered with a redirect that leads nowhere (302)."),
    ],
)
def test_error_statuses(site: LocalSite, path: str, status: int, message: str) -> None:
    with pytest.raises(HttpStatusError) as caught:
        fetch(site.url(path))
    assert caught.value.status == status
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("path", "what"),
    [
        ("/photo", "an image"),
        ("/film", "a video"),
        ("/download", "a file of type application/octet-stream"),
        ("/paper.pdf", "a PDF"),
    ],
)
def test_what_is_not_text_is_refused(site: LocalSite, path: str, what: str) -> None:
    with pytest.raises(NotTextContentError) as caught:
        fetch(site.url(path))
    assert str(caught.value) == f"This address serves {what}, not an article."


@pytest.mark.parametrize("path", ["/notes.docx", "/no-type", "/notes.md"])
def test_documents_and_untyped_text_are_accepted(site: LocalSite, path: str) -> None:
    assert fetch(site.url(path)).data


def test_waiting_for_an_answer_times_out(site: LocalSite) -> None:
    with pytest.raises(FetchTimeoutError) as caught:
        fetch(site.url("/slow"), timeout=0.5)
    assert str(caught.value) == "127.0.0.1 did not answer in time. Try again later."


def test_a_body_that_stalls_times_out(site: LocalSite) -> None:
    with pytest.raises(FetchTimeoutError):
        fetch(site.url("/stalls"), timeout=0.5)


def test_a_huge_body_is_cut_off_at_the_cap(site: LocalSite) -> None:
    with pytest.raises(SourceTooLargeError):
        fetch(site.url("/huge"), max_bytes=1024 * 1024)


def test_a_declared_huge_body_is_refused_before_reading(site: LocalSite) -> None:
    with pytest.raises(SourceTooLargeError):
        fetch(site.url("/huge-declared"), max_bytes=1024 * 1024)


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/raw-deflate"])
def test_compressed_bodies_are_decoded(site: LocalSite, path: str) -> None:
    assert fetch(site.url(path)).data == POST


def test_the_cap_applies_to_the_decoded_bytes(site: LocalSite) -> None:
    with pytest.raises(SourceTooLargeError):
        fetch(site.url("/gzip-bomb"), max_bytes=1024 * 1024)


@pytest.mark.parametrize("path", ["/garbled", "/brotli"])
def test_broken_or_unknown_compression_is_a_fetch_error(site: LocalSite, path: str) -> None:
    with pytest.raises(FetchError):
        fetch(site.url(path))


def test_an_unreachable_host_is_offline() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now, so the connection is refused.
    with pytest.raises(OfflineError) as caught:
        fetch(f"http://127.0.0.1:{port}/post.html", timeout=2)
    assert str(caught.value) == "Could not reach 127.0.0.1. Check your connection."


def test_import_source_fetches_and_reads_the_page(site: LocalSite) -> None:
    from guides.importing import import_source

    article = import_source(site.url("/post.html"))
    assert article.source == site.url("/post.html")
    assert "Alder Street" in article.text
    assert "Bread on the Table" in article.title


def test_import_source_decodes_with_the_charset_header(site: LocalSite) -> None:
    from guides.importing import import_source

    article = import_source(site.url("/cp1252"))
    assert "“Café” — señor" in article.text


def test_import_source_reports_a_missing_page(site: LocalSite) -> None:
    from guides.importing import import_source

    with pytest.raises(HttpStatusError, match=r"not found \(404\)"):
        import_source(site.url("/gone"))
