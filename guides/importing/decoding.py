"""Bytes to text, and a first look at what the bytes are.

Why our own decoder rather than charset-normalizer alone: what readers bring
is almost always UTF-8, UTF-16 with a BOM, or a Windows file in cp1252, and
a statistical detector guesses wrongly on the short pastes that matter most
here (a paragraph with one curly quote reads as Cyrillic or Turkish). So the
order is fixed and explainable: a BOM wins; then strict UTF-8; then UTF-16
without BOM when every other byte is zero; then cp1252, whose 0x80-0x9F range
holds the curly quotes and dashes Word writes, falling back byte by byte to
latin-1 for the five codes cp1252 leaves undefined. charset-normalizer is
consulted only when none of that yields plausible text.
"""

from __future__ import annotations

import codecs
import re

from guides.errors import EmptySourceError, UnsupportedSourceError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of things people might rename to .txt by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a media file"),
    (b"%PDF-", "a PDF"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"BZh", "a compressed (bzip2) file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x00\x00\x00\x18ftyp", "a video"),
    (b"\x00\x00\x00\x20ftyp", "a video"),
    (b"ID3", "an audio file"),
    (b"OggS", "an audio file"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Office file (.doc); save it as .docx"),
    (b"SQLite format 3\x00", "a database"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def describe_binary(data: bytes) -> str | None:
    """What kind of non-text file ``data`` looks like, or None if it may be text."""
    head = data[:32]
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return what
    if head[4:8] == b"ftyp":
        return "a video"
    if head.startswith(b"MZ") and b"\x00" in data[:64]:
        return "a program"
    return None


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    return controls <= max(2, len(sample) // 200)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.3 > even_zero:
        encoding = "utf-16-le"
    elif even_zero > 0.3 > odd_zero:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _cp1252_or_latin1(data: bytes) -> str:
    return data.decode("cp1252", errors="porchlight-latin1")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("porchlight-latin1", _latin1_fallback)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text, or raise if it is empty or not text.

    ``declared`` is an encoding named by the source (an HTTP header, a meta
    tag); it is tried after a BOM and before guessing. Line endings are
    normalised to ``\\n``.
    """
    if not data.strip():
        raise EmptySourceError("The file is empty.")
    binary = describe_binary(data)
    if binary:
        raise UnsupportedSourceError(f"This looks like {binary}, not an article.")
    text = _decode(data, declared)
    if not _looks_like_text(text):
        raise UnsupportedSourceError("This file is not text; Porchlight cannot read it as an article.")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise EmptySourceError("The file holds only blank space.")
    return text


def _decode(data: bytes, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if declared:
        try:
            codecs.lookup(declared)
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None and _looks_like_text(utf16):
        return utf16
    if b"\x00" not in data[:65536]:
        return _cp1252_or_latin1(data)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")
