"""Bytes to text, and a first look at what the bytes are.

Why our own decoder rather than charset-normalizer alone: what readers bring
is almost always UTF-8, UTF-16 with a BOM, or a Windows file in cp1252, and
a statistical detector guesses wrongly on the short pastes that matter most
here (a paragraph with one curly quote reads as Cyrillic or Turkish). So the
order is fixed and explainable: a BOM wins; then an encoding the source
declares; then strict UTF-8 (and UTF-8 with a few damaged bytes, which stays
UTF-8 with those bytes replaced); then UTF-16 without a BOM, told by one byte
of each pair staying in the few values an alphabet's block has (zero for
Latin, 0x06 for Arabic, 0x05 for Hebrew); then cp1252, whose 0x80-0x9F range
holds the curly quotes and dashes Word writes, falling back byte by byte to
latin-1 for the five codes cp1252 leaves undefined. charset-normalizer is
consulted only when that reading is implausible: most letters outside ASCII
(an Arabic, Hebrew, Chinese or Russian file in its own legacy encoding,
cp1256, iso-8859-8, gb18030, koi8-r), or bytes no single-byte reading explains.
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
_UNUSABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]+")
"""Characters no article holds and XML cannot carry (lxml refuses a string with one)."""
_LINE_BREAKS = re.compile(r"[\x0b\x0c\x85\u2028\u2029]")


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
    """UTF-16 text written without a BOM, when the bytes show its shape.

    In UTF-16 every character of an alphabet is two bytes, one of which (the
    high byte) names the alphabet's block: 0x00 for ASCII and Latin-1, 0x04
    for Cyrillic, 0x05 for Hebrew, 0x06 for Arabic. So in one of the two byte
    columns nearly every byte is below 0x10, and in the other few are. Text
    in Chinese or Japanese has no such column; charset-normalizer looks at it.
    """
    sample = data[:4096]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) / 2
    even_low = sum(1 for b in sample[0::2] if b < 0x10) / half
    odd_low = sum(1 for b in sample[1::2] if b < 0x10) / half
    if odd_low > 0.6 and even_low < 0.3:
        encoding = "utf-16-le"
    elif even_low > 0.6 and odd_low < 0.3:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a cut download, a flipped bit), read as UTF-8 with those replaced.

    A cp1252 file has no valid multi-byte sequences at all ("café" is one
    0xE9 byte), so one that has many, and few broken ones, is UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
    sound = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return text if sound >= 4 and broken <= max(2, sound // 10) else None


_LETTER = re.compile(r"[^\W\d_]")


def _plausible_single_byte(text: str) -> bool:
    """Whether a cp1252 reading looks like a Western language: most letters ASCII, few controls.

    French or Spanish has an accented letter now and then; an Arabic or
    Chinese file read as cp1252 is nearly all accented capitals and symbols.
    """
    sample = text[:65536]
    letters = _LETTER.findall(sample)
    if not letters:
        return True
    foreign = sum(1 for ch in letters if ord(ch) > 0x7F)
    return foreign <= max(3, len(letters) // 4)


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
    text = usable_text(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    if not text.strip():
        raise EmptySourceError("The file holds only blank space.")
    return text


def usable_text(text: str) -> str:
    """``text`` without the control characters that a damaged file or a broken paste carries.

    A form feed, vertical tab, NEL or Unicode line separator becomes a line
    break; NUL, the other C0 controls and the non-characters U+FFFE and
    U+FFFF go. Nothing a reader can see is lost, and the HTML and Markdown
    readers (lxml) never meet a string they refuse.
    """
    return _UNUSABLE.sub("", _LINE_BREAKS.sub("\n", text))


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
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_like_text(text) or (b"\x00" not in data[:65536] and _utf16_without_bom(data) is None):
            return text
    utf16 = _utf16_without_bom(data)
    if utf16 is not None and _looks_like_text(utf16):
        return utf16
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    if b"\x00" not in data[:65536]:
        single = _cp1252_or_latin1(data)
        if _plausible_single_byte(single):
            return single
        return _detected(data) or single
    return _detected(data) or data.decode("utf-8", errors="replace")


def _detected(data: bytes) -> str | None:
    """What charset-normalizer reads the bytes as, when it is sure enough to say."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        return None
    encoding = best.encoding
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return None
