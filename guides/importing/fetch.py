"""Downloading the one page a reader asked for.

Only the address the reader typed or pasted is fetched (and the redirects it
leads to); nothing a page links to is ever requested. The stdlib's urllib is
enough for one GET, and keeps every limit in our hands: redirects are
followed here one by one (http and https only, at most five), the body is
read in chunks and decompressed as it arrives so that the size cap applies to
the decoded bytes, and the content type is checked before the body is read,
so a video is refused without downloading it.
"""

from __future__ import annotations

import http.client
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from pathlib import PurePosixPath
from typing import IO
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from guides import __version__
from guides.budgets import MAX_SOURCE_BYTES
from guides.errors import (
    FetchError,
    FetchTimeoutError,
    HttpStatusError,
    NotTextContentError,
    OfflineError,
    SourceTooLargeError,
)
from guides.importing.formats import DOCX_TYPE, format_for_suffix, media_types

USER_AGENT = f"Porchlight/{__version__} (article import; +https://porchlight.example/bot)"
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
DEADLINE_FACTOR = 8
"""The whole download may take this many times ``timeout``; each read gets ``timeout``."""

# What is accepted is what the importer reads (guides.importing.formats): the media types
# of its formats, and any text. Servers often label a document download as a generic
# binary; the file's own ending then says what it is.
_GENERIC_BINARY = "application/octet-stream"

_ACCEPT = (
    "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,"
    f"application/epub+zip;q=0.7,{DOCX_TYPE};q=0.7"
)

_STATUS_MESSAGES = {
    401: "The page asks for a login ({status}).",
    403: "The site refused access to this page ({status}).",
    404: "The page was not found ({status}).",
    410: "The page is no longer there ({status}).",
    429: "The site is receiving too many requests; try again later ({status}).",
}


@dataclass(frozen=True)
class FetchedPage:
    """What the server sent: the final address after redirects, the body, its declared type."""

    url: str
    data: bytes
    content_type: str | None


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand every 3xx back to :func:`fetch`, which follows it after checking the scheme."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Message, newurl: str
    ) -> None:
        return None


def fetch(url: str, *, timeout: float = 15.0, max_bytes: int = MAX_SOURCE_BYTES) -> FetchedPage:
    """Download ``url`` (http or https) for import.

    Raises :class:`FetchTimeoutError`, :class:`OfflineError`,
    :class:`HttpStatusError`, :class:`NotTextContentError`,
    :class:`SourceTooLargeError` (more than ``max_bytes`` once decompressed),
    or :class:`FetchError` for anything else that goes wrong, each with a
    message for the reader.
    """
    opener = urllib.request.build_opener(_NoRedirects())
    deadline = time.monotonic() + timeout * DEADLINE_FACTOR
    current = _checked_url(url.strip())
    for _ in range(MAX_REDIRECTS + 1):
        host = urlsplit(current).hostname or current
        request = urllib.request.Request(
            current,
            headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"},
        )
        try:
            with opener.open(request, timeout=timeout) as response:
                content_type = response.headers.get("Content-Type")
                _check_type(content_type, current)
                data = _read_body(response, max_bytes, deadline, host)
                return FetchedPage(url=response.geturl(), data=data, content_type=content_type)
        except urllib.error.HTTPError as err:
            location = err.headers.get("Location") if err.headers else None
            err.close()
            if 300 <= err.code < 400 and location:
                current = _checked_url(urljoin(current, location.strip()))
                continue
            raise HttpStatusError(_status_message(err.code), err.code) from None
        except urllib.error.URLError as err:
            raise _connection_error(err.reason, host) from None
        except (http.client.InvalidURL, ValueError):  # a bad port, a space in the host, an empty label
            raise FetchError(f"This address is not valid: {current}") from None
        except (TimeoutError, OSError, http.client.HTTPException) as err:
            raise _connection_error(err, host) from None
    raise FetchError(f"The page at {urlsplit(url).hostname} redirects too many times.")


def _checked_url(url: str) -> str:
    """The address ready to request: http(s) only, with a host, its path and query quoted.

    Spaces and non-ASCII letters in the path and query are percent-encoded as a
    browser does; the host is left alone, as http.client and the resolver
    encode it (IDNA) themselves.
    """
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed IPv6 bracket, for instance
        raise FetchError(f"This address is not valid: {url}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("Porchlight only opens web addresses that start with http:// or https://.")
    if not parts.hostname:
        raise FetchError(f"This address has no site name in it: {url}")
    safe = "/:@!$&'()*+,;=%~-._"
    return urlunsplit(
        parts._replace(path=quote(parts.path, safe=safe), query=quote(parts.query, safe=safe + "?"))
    )


def _status_message(status: int) -> str:
    template = _STATUS_MESSAGES.get(status)
    if template is None:
        if status >= 500:
            template = "The site had a problem answering ({status}); try again later."
        elif status >= 400:
            template = "The site refused the request ({status})."
        else:
            template = "The site answered with a redirect that leads nowhere ({status})."
    return template.format(status=status)


def _check_type(content_type: str | None, url: str) -> None:
    """Refuse what is not a page or a document before its body is downloaded."""
    if not content_type:
        return  # the content itself will tell
    media = content_type.split(";", 1)[0].strip().lower()
    if media in media_types() or media.startswith("text/"):
        return
    if media == _GENERIC_BINARY and format_for_suffix(PurePosixPath(urlsplit(url).path).name) is not None:
        return
    family = media.split("/", 1)[0]
    what = {
        "image": "an image",
        "video": "a video",
        "audio": "audio",
        "font": "a font",
    }.get(family)
    if what is None:
        what = "a PDF" if media == "application/pdf" else f"a file of type {media or 'unknown'}"
    raise NotTextContentError(f"This address serves {what}, not an article.")


def _read_body(response: http.client.HTTPResponse, max_bytes: int, deadline: float, host: str) -> bytes:
    too_large = SourceTooLargeError(
        f"The page is larger than {max_bytes // (1024 * 1024) or 1} MB; Porchlight does not read it."
    )
    declared = response.headers.get("Content-Length")
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding == "identity" and declared and declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    decoder = _decoder(encoding)
    out = bytearray()
    while True:
        if time.monotonic() > deadline:
            raise FetchTimeoutError(f"{host} is sending the page too slowly; Porchlight gave up.")
        chunk = response.read1(CHUNK_BYTES)
        if not chunk:
            break
        if decoder is None:
            out += chunk
        else:
            out += decoder.feed(chunk, max_bytes - len(out) + 1)
        if len(out) > max_bytes:
            raise too_large
    if decoder is not None:
        out += decoder.finish(max_bytes - len(out) + 1)
        if len(out) > max_bytes:
            raise too_large
    return bytes(out)


class _Inflater:
    """gzip or deflate decoding that never produces more than it is allowed to."""

    def __init__(self, wbits: int) -> None:
        self._wbits = wbits
        self._inflate = zlib.decompressobj(wbits)
        self._started = False

    def feed(self, chunk: bytes, limit: int) -> bytes:
        """Up to ``limit`` decoded bytes; exactly ``limit`` means there may be more."""
        try:
            out = self._inflate.decompress(chunk, limit)
        except zlib.error:
            # "deflate" is sometimes sent raw, without the zlib header it should have.
            if self._started or self._wbits != zlib.MAX_WBITS:
                raise FetchError("The page arrived garbled (its compression is broken).") from None
            self._wbits = -zlib.MAX_WBITS
            self._inflate = zlib.decompressobj(self._wbits)
            return self.feed(chunk, limit)
        self._started = True
        return out

    def finish(self, limit: int) -> bytes:
        try:
            return self._inflate.flush()[:limit]
        except zlib.error:
            raise FetchError("The page arrived garbled (its compression is broken).") from None


def _decoder(encoding: str) -> _Inflater | None:
    if encoding in ("identity", ""):
        return None
    if encoding in ("gzip", "x-gzip"):
        return _Inflater(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return _Inflater(zlib.MAX_WBITS)
    raise FetchError(f"The site sent the page in a form Porchlight cannot read ({encoding}).")


def _connection_error(reason: object, host: str) -> FetchError:
    """The reader's message for a failure to connect or to finish reading."""
    if isinstance(reason, TimeoutError):
        return FetchTimeoutError(f"{host} did not answer in time. Try again later.")
    if isinstance(reason, ssl.SSLError):
        return FetchError(f"A secure connection to {host} could not be made.")
    if isinstance(reason, FetchError):
        return reason
    if isinstance(reason, http.client.IncompleteRead | ConnectionResetError | http.client.RemoteDisconnected):
        return FetchError(f"The connection to {host} broke off before the page arrived.")
    if isinstance(reason, http.client.HTTPException):
        return FetchError(f"{host} sent an answer Porchlight could not understand.")
    if isinstance(reason, OSError):
        return OfflineError(f"Could not reach {host}. Check your connection.")
    return FetchError(f"The page at {host} could not be fetched.")
