"""Whatever a reader brings, bad input ends in one plain line, never a traceback.

Each case goes through ``import_source`` (a documented ArticleImportError
subclass with a one-line message) and through the command line (one line on
stderr starting "porchlight:", a non-zero exit, nothing on stdout). Every
reader is there: a module that fails to import fails these tests, never skips them.
"""

from __future__ import annotations

import functools
import io
import os
import random
import struct
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from guides.cli import main as cli_main
from guides.errors import (
    ArticleImportError,
    DamagedDocumentError,
    EmptySourceError,
    FetchTimeoutError,
    HttpStatusError,
    NoArticleTextError,
    NotTextContentError,
    SourceTooLargeError,
    UnsupportedSourceError,
)

ROOT = Path(__file__).resolve().parents[2]


# --- documents built in memory -----------------------------------------------

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
    '<rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)
PACKAGE = (
    '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
    '<dc:identifier id="id">porchlight-test</dc:identifier>'
    "<dc:title>Letters to a Young Couple</dc:title><dc:language>en</dc:language></metadata>"
    '<manifest><item id="c1" href="chapter1.xhtml" media-type="application/xhtml+xml"/></manifest>'
    '<spine><itemref idref="c1"/></spine></package>'
)
CHAPTER = (
    '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One</title>'
    "</head><body><h1>The first letter</h1><p>You asked what I wish someone had told us in the first year. "
    "Mostly this: the small kindnesses add up faster than the grand gestures.</p></body></html>"
)


def epub(chapter: bytes | str = CHAPTER, container: str = CONTAINER) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", container, compress_type=zipfile.ZIP_DEFLATED)
        book.writestr("OEBPS/book.opf", PACKAGE, compress_type=zipfile.ZIP_DEFLATED)
        book.writestr("OEBPS/chapter1.xhtml", chapter, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def word_document(filler: bytes | None = None) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("A note for Thursday: bring a chair and a dish to share.")
    out = io.BytesIO()
    document.save(out)
    if filler is None:
        return out.getvalue()
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/filler.bin", filler)
    return out.getvalue()


def bomb_chapter() -> bytes:
    """An XHTML chapter of 24 MB that compresses to a few tens of kilobytes."""
    return CHAPTER.replace("</p>", " " * (24 * 1024 * 1024) + "</p>").encode()


def lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size a zip declares for ``name`` (local and central headers)."""
    patched = bytearray(data)
    encoded = name.encode()
    headers = ((b"PK\x01\x02", 28, 46, 24), (b"PK\x03\x04", 26, 30, 22))
    for signature, name_length_at, name_at, size_at in headers:
        at = patched.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", patched, at + name_length_at)
            if bytes(patched[at + name_at : at + name_at + length]) == encoded:
                struct.pack_into("<I", patched, at + size_at, size)
            at = patched.find(signature, at + 4)
    return bytes(patched)


# --- a local site for the URL cases --------------------------------------------


class LocalSite:
    """127.0.0.1, port 0: /slow waits (until the test ends), /gone is a 404, /photo an image."""

    def __init__(self) -> None:
        self.release = threading.Event()
        release = self.release

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                try:
                    if self.path == "/slow":
                        release.wait(10)
                    status, ctype, body = {
                        "/gone": (404, "text/html", b"<p>gone</p>"),
                        "/photo": (200, "image/jpeg", b"\xff\xd8\xff\xe0 not really a photo"),
                    }.get(self.path, (200, "text/html", b"<p>late</p>"))
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.end_headers()
                    self.wfile.write(body)
                except (ConnectionError, TimeoutError):
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = False
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture(scope="module")
def site() -> Iterator[LocalSite]:
    running = LocalSite()
    yield running
    running.close()


@pytest.fixture(autouse=True)
def _quick_fetch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fetches give up after half a second here, so the timeout case stays quick."""
    from guides.importing import fetch as fetch_module

    monkeypatch.setattr(fetch_module, "fetch", functools.partial(fetch_module.fetch, timeout=0.5))
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


# --- the cases -------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path, LocalSite], str]
    """Creates the input under the folder and returns what the reader would pass."""
    error: type[ArticleImportError]


def _file(name: str, data: Callable[[], bytes]) -> Callable[[Path, LocalSite], str]:
    """A file made only when its case runs (some are bombs that take a moment to build)."""

    def make(folder: Path, _site: LocalSite) -> str:
        path = folder / name
        path.write_bytes(data())
        return str(path)

    return make


def _sparse(folder: Path, _site: LocalSite) -> str:
    path = folder / "enormous.txt"
    with path.open("wb") as handle:
        handle.write(b"It begins like an article, ")
        handle.truncate(100 * 1024 * 1024)
    return str(path)


def _folder(folder: Path, _site: LocalSite) -> str:
    (folder / "a folder.html").mkdir()
    return str(folder / "a folder.html")


def _missing(folder: Path, _site: LocalSite) -> str:
    return str(folder / "never-saved.md")


def _url(path: str) -> Callable[[Path, LocalSite], str]:
    return lambda _folder, site: site.url(path)


_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(200)
_NO_TEXT_HTML = (
    b"<!doctype html><html><head><title>Home</title><script>var x = 1;</script></head>"
    b"<body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav><div id='app'></div>"
    b"<footer>\xc2\xa9 2024</footer></body></html>"
)

CASES = [
    Case("empty file", _file("empty.txt", lambda: b""), EmptySourceError),
    Case("whitespace only", _file("blank.txt", lambda: b" \n\t\r\n   \n"), EmptySourceError),
    Case(
        "random bytes", _file("noise.txt", lambda: random.Random(7).randbytes(8192)), UnsupportedSourceError
    ),
    Case("png renamed .txt", _file("holiday.txt", lambda: _PNG), UnsupportedSourceError),
    Case("100 MB file", _sparse, SourceTooLargeError),
    Case("truncated epub", _file("letters.epub", lambda: epub()[:700]), DamagedDocumentError),
    Case("truncated docx", _file("note.docx", lambda: word_document()[:3000]), DamagedDocumentError),
    Case(
        "malformed epub",
        _file("letters.epub", lambda: epub(container="<container><rootfiles><rootfile full-path=")),
        DamagedDocumentError,
    ),
    Case(
        "zip bomb epub",
        _file("letters.epub", lambda: epub(bomb_chapter())),
        SourceTooLargeError,
    ),
    Case(
        "zip bomb docx",
        _file("note.docx", lambda: word_document(bytes(24 * 1024 * 1024))),
        SourceTooLargeError,
    ),
    Case(
        "lying size epub",
        _file("letters.epub", lambda: lie_about_size(epub(bomb_chapter()), "OEBPS/chapter1.xhtml", 4000)),
        DamagedDocumentError,
    ),
    Case(
        "lying size docx",
        _file(
            "note.docx",
            lambda: lie_about_size(word_document(bytes(24 * 1024 * 1024)), "word/media/filler.bin", 4000),
        ),
        DamagedDocumentError,
    ),
    Case(
        "html without text",
        _file("home.html", lambda: _NO_TEXT_HTML),
        NoArticleTextError,
    ),
    Case("url times out", _url("/slow"), FetchTimeoutError),
    Case("url 404", _url("/gone"), HttpStatusError),
    Case("url image", _url("/photo"), NotTextContentError),
    Case("directory", _folder, UnsupportedSourceError),
    Case("missing path", _missing, ArticleImportError),
]


def _params() -> list[object]:
    return [pytest.param(case, id=case.name.replace(" ", "-")) for case in CASES]


def _one_plain_line(message: str) -> None:
    assert message.strip()
    assert "\n" not in message.strip()
    assert "Traceback" not in message


@pytest.mark.parametrize("case", _params())
def test_import_source_raises_a_documented_error(case: Case, tmp_path: Path, site: LocalSite) -> None:
    source = case.make(tmp_path, site)
    with pytest.raises(ArticleImportError) as caught:
        from guides.importing import import_source

        import_source(source)
    assert isinstance(caught.value, case.error), f"{type(caught.value).__name__}: {caught.value}"
    _one_plain_line(str(caught.value))


@pytest.mark.parametrize("case", _params())
def test_the_cli_prints_one_line_and_fails(
    case: Case, tmp_path: Path, site: LocalSite, capsys: pytest.CaptureFixture[str]
) -> None:
    source = case.make(tmp_path, site)
    status = cli_main(["import", source])
    out, err = capsys.readouterr()
    assert status != 0
    assert out == ""
    assert err.startswith("porchlight: ")
    assert err.endswith("\n")
    _one_plain_line(err)


SUBPROCESS_CASES = ("png renamed .txt", "zip bomb docx", "missing path")


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_the_real_command_prints_one_line_and_fails(name: str, tmp_path: Path, site: LocalSite) -> None:
    """The same through ``python -m desktop import`` in a fresh interpreter (the console script's path)."""
    case = next(c for c in CASES if c.name == name)
    source = case.make(tmp_path, site)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "import", source],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.startswith("porchlight: ")
    _one_plain_line(result.stderr)
