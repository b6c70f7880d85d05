"""Mutations of a sound file into the damaged, hostile and odd files readers bring.

:class:`Mutator` is a seeded ``random.Random``: the same seed gives the same
inputs on every machine, so a failure found once is found again. Each
mutation has a name (kept with a reproducer) and works at one of three
levels: the bytes (flips, cuts, insertions, control characters), the text
(re-encodings, deep nesting, thousands of inline elements, long unbroken
runs, hostile shapes such as ``<template>`` or ``javascript:`` links), and,
for EPUB and DOCX, the zip archive (a damaged compressed entry, an entry
rewritten with a text mutation, an entry dropped or lying about its size).

``scale`` bounds the blow-ups: the suite uses a small one so a few hundred
inputs run in seconds; ``make fuzz`` a large one, which reaches the sizes
at which a reader that is not linear shows it.
"""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from fuzz_seeds import Seed

CONTROL_CHARS = [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 0x7F, 0x85)] + [
    "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "\u200b", "\u202e",
]  # fmt: skip
_CONTROL_BYTES = [
    b"\x00",
    b"\x01",
    b"\x0b",
    b"\x1b",
    b"\x7f",
    b"\xc2\x85",
    b"\xed\xa0\x80",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
]
ENCODINGS = [
    "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "cp1252", "latin-1", "gb18030", "cp1256",
    "iso-8859-8", "shift_jis", "koi8-r", "mac-roman", "big5", "euc-kr",
]  # fmt: skip
_FOREIGN = [
    "وقالت لزوجها إن الثقة تبنى كل يوم بالكلمات الصغيرة والوعود المحفوظة. ",
    "他们每天晚上一起散步，谈论这一天里让彼此感到被爱的小事。",
    "היא אמרה שהאמון נבנה בכל יום מחדש, במילים קטנות ובהבטחות שנשמרות. ",
    "Они каждый вечер гуляли вместе и говорили о том, что их порадовало. ",
]

Mutation = Callable[["Mutator", Seed], bytes]


@dataclass(frozen=True)
class Mutant:
    """One input made from a seed: what to call it, its bytes, and how it was made."""

    name: str
    data: bytes
    how: str
    seed: str


class Mutator(random.Random):
    """Seeded mutations; ``scale`` (1 to 10) sets how large the blow-ups grow."""

    def __init__(self, seed: int, *, scale: int = 1) -> None:
        super().__init__(seed)
        self.scale = scale

    def mutate(self, seed: Seed) -> Mutant:
        """One mutant of ``seed``, by a mutation chosen for its format."""
        table = _ZIP_MUTATIONS if seed.fmt in ("epub", "docx") else _TEXT_MUTATIONS
        name, mutation = self.choice(table)
        data = mutation(self, seed)
        if self.random() < 0.15:  # now and then a second mutation on top of the first
            name2, mutation2 = self.choice(_BYTE_MUTATIONS)
            data = mutation2(self, Seed(seed.name, data))
            name = f"{name}+{name2}"
        return Mutant(seed.name, data, name, seed.name)

    def count(self, small: int, large: int) -> int:
        """A size from ``small`` up to ``large`` at scale 10, spread evenly on a log scale.

        Most inputs stay small and a few reach the top, as with real files;
        the suite's scale 1 never goes past ``small`` times two.
        """
        top = small * 2 if self.scale <= 1 else small + (large - small) * (self.scale - 1) // 9
        return int(small * (top / small) ** self.random())


# --- bytes -----------------------------------------------------------------------


def flip_bits(m: Mutator, seed: Seed) -> bytes:
    data = bytearray(seed.data)
    for _ in range(m.randint(1, 12)):
        at = m.randrange(len(data))
        data[at] ^= 1 << m.randrange(8)
    return bytes(data)


def truncate(m: Mutator, seed: Seed) -> bytes:
    return seed.data[: m.randrange(1, max(2, len(seed.data)))]


def insert_bytes(m: Mutator, seed: Seed) -> bytes:
    at = m.randrange(len(seed.data) + 1)
    return seed.data[:at] + m.randbytes(m.randint(1, 64)) + seed.data[at:]


def insert_controls(m: Mutator, seed: Seed) -> bytes:
    data = seed.data
    for _ in range(m.randint(1, 20)):
        at = m.randrange(len(data) + 1)
        data = data[:at] + m.choice(_CONTROL_BYTES) + data[at:]
    return data


def duplicate_chunk(m: Mutator, seed: Seed) -> bytes:
    start = m.randrange(len(seed.data))
    chunk = seed.data[start : start + m.randint(1, 400)]
    at = m.randrange(len(seed.data) + 1)
    return seed.data[:at] + chunk * m.randint(1, m.count(3, 200)) + seed.data[at:]


def delete_chunk(m: Mutator, seed: Seed) -> bytes:
    start = m.randrange(len(seed.data))
    return seed.data[:start] + seed.data[start + m.randint(1, 400) :]


_BYTE_MUTATIONS: list[tuple[str, Mutation]] = [
    ("flip", flip_bits),
    ("truncate", truncate),
    ("insert", insert_bytes),
    ("controls", insert_controls),
    ("duplicate", duplicate_chunk),
    ("delete", delete_chunk),
]


# --- text ------------------------------------------------------------------------


def _text(seed: Seed) -> str:
    return seed.data.decode("utf-8", errors="replace")


def _splice(m: Mutator, text: str, piece: str) -> str:
    """``piece`` at a random line start (a random place when the text has few lines)."""
    starts = [0] + [match.end() for match in re.finditer(r"\n", text)]
    at = m.choice(starts) if len(starts) > 3 else m.randrange(len(text) + 1)
    return text[:at] + piece + text[at:]


def reencode(m: Mutator, seed: Seed) -> bytes:
    text = _text(seed)
    if m.random() < 0.5:
        text = _splice(m, text, m.choice(_FOREIGN) * m.randint(1, 6) + "\n\n")
    return text.encode(m.choice(ENCODINGS), errors="replace")


def control_text(m: Mutator, seed: Seed) -> bytes:
    text = _text(seed)
    for _ in range(m.randint(1, 30)):
        at = m.randrange(len(text) + 1)
        text = text[:at] + m.choice(CONTROL_CHARS) + text[at:]
    return text.encode("utf-8", errors="surrogatepass")


def deep_nesting(m: Mutator, seed: Seed) -> bytes:
    depth = m.count(50, 5000)
    if seed.fmt == "html":
        tag = m.choice(["div", "b", "span", "blockquote", "ul><li", "table><tr><td", "p"])
        close = "".join(f"</{t}>" for t in reversed(tag.split("><")))
        piece = f"<{tag}>" * depth + "Deep words here." + close * depth
    elif seed.fmt == "md":
        piece = m.choice(["> ", "- ", "1. ", "    ", "* > "]) * depth + "Deep words here.\n\n"
    else:
        piece = "(" * depth + "deep" + ")" * depth + "\n\n"
    return _splice(m, _text(seed), piece).encode()


def inline_heavy(m: Mutator, seed: Seed) -> bytes:
    """Thousands of short inline elements: a page of tags with one letter each."""
    count = m.count(200, 40_000)
    if seed.fmt == "html":
        unit = m.choice(
            ["<span>a</span> ", "<b>w</b>", "<a href='#x'>l</a> ", "<i>i</i><br>", "<sup>1</sup>"]
        )
        piece = "<p>" + unit * count + "</p>\n"
    elif seed.fmt == "md":
        unit = m.choice(["*a* ", "**b** ", "[l](#x) ", "`c` ", "_i_ "])
        piece = unit * count + "\n\n"
    else:
        piece = "a, " * count + "\n\n"
    return _splice(m, _text(seed), piece).encode()


def long_runs(m: Mutator, seed: Seed) -> bytes:
    """Long unbroken runs: a URL-like "x.x.x...", one huge word, a paragraph with no breaks."""
    size = m.count(2_000, 300_000)
    shape = m.randrange(5)
    if shape == 0:
        piece = "x." * (size // 2)
    elif shape == 1:
        piece = "w" * size
    elif shape == 2:
        sentence = "We talked about trust and kept our small promises every day. "
        piece = sentence * (size // len(sentence))
    elif shape == 3:
        piece = "www.example.org/" * (size // 16)
    else:
        piece = "Ephesians 5:31; " * (size // 16)
    return _splice(m, _text(seed), piece + "\n\n").encode()


def many_lines(m: Mutator, seed: Seed) -> bytes:
    count = m.count(200, 200_000)
    unit = m.choice(["a\n", "We met.\n\n", "- x\n", "# h\n", "1. one\n", "\n", " \n", "> q\n"])
    return _splice(m, _text(seed), unit * count).encode()


def hostile_shapes(m: Mutator, seed: Seed) -> bytes:
    """Shapes found by hand: hidden templates, doubly escaped titles, script links, dash lines."""
    pieces = [
        "<template><p>Hidden template words that no reader sees.</p></template>",
        "<title>Tom &amp;amp; Jerry &amp;lt;b&amp;gt;</title>",
        "<p><a href='javascript:alert(1)'>click</a> and <a href='vbscript:msgbox'>this</a></p>",
        "<p><a href='file:///etc/passwd'>a file</a></p>",
        "[click](javascript:alert(1)) and [file](file:///etc/passwd)\n\n",
        "The things we said that night were many,\n– and some of them were kind,\n– and some were not.\n\n",
        "<svg><script>alert(1)</script></svg><math><mi>x</mi></math>",
        "<iframe srcdoc='<p>inner</p>'></iframe><object data='x'></object>",
        "<!--" + "-" * m.count(10, 5000) + ">",
        "<![CDATA[" + "]" * m.count(10, 5000),
        "&" + "amp;" * m.count(10, 5000),
        "<p>" + "&#x1F600;" * m.count(10, 5000) + "</p>",
    ]
    return _splice(m, _text(seed), m.choice(pieces) + "\n").encode()


_TEXT_ONLY: list[tuple[str, Mutation]] = [
    ("reencode", reencode),
    ("control-text", control_text),
    ("nesting", deep_nesting),
    ("inline-heavy", inline_heavy),
    ("long-runs", long_runs),
    ("many-lines", many_lines),
    ("hostile", hostile_shapes),
]
_TEXT_MUTATIONS = _BYTE_MUTATIONS + _TEXT_ONLY


# --- zip archives ------------------------------------------------------------------


def _entries(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _rezip(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info, content in entries:
            archive.writestr(info.filename, content, compress_type=info.compress_type)
    return out.getvalue()


def _main_part(seed: Seed, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> int:
    wanted = "word/document.xml" if seed.fmt == "docx" else "OEBPS/c1.xhtml"
    return next(i for i, (info, _) in enumerate(entries) if info.filename == wanted)


def damage_entry(m: Mutator, seed: Seed) -> bytes:
    """Flip bytes inside one entry's compressed data (zlib errors, bad CRCs)."""
    data = bytearray(seed.data)
    headers = [match.start() for match in re.finditer(rb"PK\x03\x04", data)]
    at = m.choice(headers)
    name_length, extra_length = struct.unpack_from("<HH", data, at + 26)
    (compressed,) = struct.unpack_from("<I", data, at + 18)
    start = at + 30 + name_length + extra_length
    for _ in range(m.randint(1, 6)):
        if compressed:
            data[start + m.randrange(compressed)] ^= 1 << m.randrange(8)
    return bytes(data)


def mutate_entry(m: Mutator, seed: Seed) -> bytes:
    """Rewrite one entry (usually the main text) with a text mutation of its own."""
    entries = _entries(seed.data)
    index = _main_part(seed, entries) if m.random() < 0.7 else m.randrange(len(entries))
    info, content = entries[index]
    kind = "html" if info.filename.endswith((".xhtml", ".xml", ".opf", ".ncx", ".rels")) else "txt"
    _, mutation = m.choice(_TEXT_MUTATIONS)
    entries[index] = (info, mutation(m, Seed(f"part.{kind}", content)))
    return _rezip(entries)


def docx_shapes(m: Mutator, seed: Seed) -> bytes:
    """Word-specific shapes: thousands of runs, deep content controls, script links, odd fields."""
    if seed.fmt != "docx":
        return mutate_entry(m, seed)
    entries = _entries(seed.data)
    index = _main_part(seed, entries)
    info, content = entries[index]
    xml = content.decode()
    shape = m.randrange(5)
    if shape == 0:
        runs = "<w:r><w:t xml:space='preserve'>a </w:t></w:r>" * m.count(200, 20_000)
        piece = f"<w:p>{runs}</w:p>"
    elif shape == 1:
        depth = m.count(50, 3000)
        piece = "<w:sdt><w:sdtContent>" * depth + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
        piece += "</w:sdtContent></w:sdt>" * depth
    elif shape == 2:
        scheme = m.choice(["javascript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd", "JaVaScRiPt:x"])
        piece = (
            f'<w:p><w:fldSimple w:instr=" HYPERLINK &quot;{scheme}&quot; "><w:r><w:t>a field link</w:t></w:r>'
            "</w:fldSimple></w:p>"
        )
        rels_index = next(
            i for i, (inf, _) in enumerate(entries) if inf.filename.endswith("document.xml.rels")
        )
        rels_info, rels = entries[rels_index]
        entries[rels_index] = (rels_info, rels.replace(b"https://example.org/more", scheme.encode()))
    elif shape == 3:
        piece = "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r>" * m.count(10, 5000) + "</w:p>"
        piece = piece.replace("</w:p>", "") + "</w:p>"
    else:
        piece = "<w:tbl>" + "<w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr>" * m.count(
            50, 20_000
        )
        piece += "</w:tbl>"
    xml = xml.replace("<w:body>", "<w:body>" + piece, 1)
    entries[index] = (info, xml.encode())
    return _rezip(entries)


def drop_entry(m: Mutator, seed: Seed) -> bytes:
    entries = _entries(seed.data)
    del entries[m.randrange(len(entries))]
    return _rezip(entries)


def lie_about_size(m: Mutator, seed: Seed) -> bytes:
    """An entry whose headers declare another uncompressed size than its data has."""
    data = bytearray(seed.data)
    headers = [(match.start(), 24) for match in re.finditer(rb"PK\x01\x02", data)]
    headers += [(match.start(), 22) for match in re.finditer(rb"PK\x03\x04", data)]
    at, offset = m.choice(headers)
    struct.pack_into("<I", data, at + offset, m.choice([0, 1, 4000, 2**31, 2**32 - 1]))
    return bytes(data)


def stored_bomb(m: Mutator, seed: Seed) -> bytes:
    """The main part blown up by a repeated chunk that compresses to almost nothing."""
    entries = _entries(seed.data)
    index = _main_part(seed, entries)
    info, content = entries[index]
    filler = b"<p>" + b"We kept our promises. " * m.count(100, 400_000) + b"</p>"
    at = content.rfind(b"</")
    entries[index] = (info, content[:at] + filler + content[at:])
    return _rezip(entries)


_ZIP_MUTATIONS: list[tuple[str, Mutation]] = [
    *_BYTE_MUTATIONS,
    ("damage-entry", damage_entry),
    ("damage-entry", damage_entry),
    ("entry", mutate_entry),
    ("entry", mutate_entry),
    ("entry", mutate_entry),
    ("docx-shapes", docx_shapes),
    ("drop-entry", drop_entry),
    ("lie-size", lie_about_size),
    ("bomb", stored_bomb),
]


def crc_ok(data: bytes) -> bool:  # pragma: no cover - a helper for looking at a reproducer by hand
    """Whether every entry of a zip reads back with a good CRC."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.testzip() is None
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError):
        return False
