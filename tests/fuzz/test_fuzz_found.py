"""What the fuzzer found, each made small and kept as a regular test.

Every case here was a reproducer written by ``make fuzz`` (a crash, a hang,
or a refusal that was not one short line), reduced by hand to the shape that
mattered. Each now ends in an article or in the project's own one-line
error, through the same harness the fuzzer uses.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from fuzz_harness import message_problem, run_input
from fuzz_mutations import Mutator, damage_entry
from fuzz_seeds import seeds

REPRODUCERS = Path(__file__).parent / "reproducers"
"""Inputs ``make fuzz`` wrote, kept as found: ``<what>-v<variant>.<format>`` (the variant picks the
audience and large print, as in the run that found it)."""


@pytest.mark.parametrize("path", sorted(REPRODUCERS.iterdir()), ids=lambda p: p.name)
def test_a_kept_reproducer_ends_well(path: Path) -> None:
    variant = re.search(r"-v(\d+)\.", path.name)
    _ends_well(path.read_bytes(), path.name, variant=int(variant.group(1)) if variant else 0)


def _ends_well(data: bytes, name: str, *, later_stages: bool = True, variant: int = 0) -> str:
    outcome = run_input(data, name, later_stages=later_stages, variant=variant)
    assert outcome.result in ("imported", "refused", "budget"), f"{outcome.stage}: {outcome.message}"
    return outcome.message


# --- import ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["epub", "docx"])
def test_a_damaged_compressed_entry_is_a_damaged_document(fmt: str) -> None:
    """zlib.error ("Error -3 while decompressing data") escaped from a flipped bit inside an entry."""
    seed = seeds()[fmt][0]
    for number in range(12):
        data = damage_entry(Mutator(number), seed)
        message = _ends_well(data, seed.name, later_stages=False)
        assert message_problem(message) is None if message else True


def test_a_damaged_archive_says_so_without_zipfile_words() -> None:
    seed = seeds()["docx"][0]
    cut = seed.data[:40] + b"\x00" * 8 + seed.data[48:]  # the first local header's sizes, zeroed
    message = _ends_well(cut, seed.name, later_stages=False)
    assert message.startswith("This Word document is damaged")
    assert "magic" not in message and "CRC" not in message


def test_a_part_name_of_any_length_is_quoted_short() -> None:
    """One refusal was a single 46,838-character line: an entry's name, quoted whole."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        container = (
            '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            f'<rootfiles><rootfile full-path="{"x" * 46_000}.opf"/></rootfiles></container>'
        )
        book.writestr("META-INF/container.xml", container)
    message = _ends_well(out.getvalue(), "book.epub", later_stages=False)
    assert message_problem(message) is None
    assert len(message) < 160


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_control_characters_never_reach_lxml(fmt: str) -> None:
    """ValueError: All strings must be XML compatible, from a NUL or an escape in a page."""
    seed = seeds()[fmt][0]
    text = seed.data.decode()
    at = text.index("Most") if "Most" in text else len(text) // 2
    controls = "\x00\x01\x0b\x1b\x7f\ufffe"
    picture = "<img src='table.png' alt='The table'>" if fmt == "html" else "![The table](table.png)"
    data = (text[:at] + controls + picture + controls + text[at:]).encode("utf-8")
    _ends_well(data, seed.name, later_stages=False)


# --- inputs that took minutes ---------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "count"), [("md", 12_000), ("html", 250), ("html", 12_000)])
def test_a_paragraph_of_thousands_of_links_keeps_its_text(fmt: str, count: int) -> None:
    """Placing each inline span re-normalised the text before it, and closing each tag joined the
    whole paragraph: 40,000 one-word links took minutes. Now each is placed in one pass. A page's
    paragraph of more links than any article has is made plain first (trafilatura is slow on it)."""
    import time

    from guides.importing import import_bytes

    if fmt == "md":
        body = " ".join(f"[w{n}](https://example.org/{n})" for n in range(count))
        data = f"# Links\n\nA page of links follows.\n\n{body}\n".encode()
    else:
        body = " ".join(f"<a href='https://example.org/{n}'>w{n}</a>" for n in range(count))
        page = f"<article><h1>Links</h1><p>A page of links.</p><p>{body}</p></article>"
        data = f"<html><body>{page}</body></html>".encode()
    started = time.monotonic()
    article = import_bytes(data, name=f"links.{fmt}")
    assert time.monotonic() - started < 60  # a hang guard only
    assert " ".join(f"w{n}" for n in range(count)) in " ".join(article.text.split())  # cut in parts
    links = [span for block in article.blocks for span in block.inline if span.kind == "link"]
    if fmt == "md" or count < 300:
        assert len(links) == count
        assert all(article.text[s.start : s.end] == f"w{n}" for n, s in enumerate(links))


def test_a_word_paragraph_of_alternating_bold_runs_keeps_each_bold_word() -> None:
    """Each bold run searched every span before it for one to extend: the square of the runs."""
    import time

    from guides.importing import import_bytes

    seed = seeds()["docx"][0]
    count = 10_000
    runs = "".join(
        f"<w:r><w:rPr><w:b/></w:rPr><w:t>b{n}</w:t></w:r><w:r><w:t xml:space='preserve'> and </w:t></w:r>"
        for n in range(count)
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(seed.data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", f"<w:body><w:p>{runs}</w:p>".encode(), 1)
            copy.writestr(info, data)
    started = time.monotonic()
    article = import_bytes(out.getvalue(), name=seed.name)
    assert time.monotonic() - started < 60  # a hang guard only
    bold = [s for block in article.blocks for s in block.inline if s.kind == "strong"]
    assert [article.text[s.start : s.end] for s in bold][:count] == [f"b{n}" for n in range(count)]


# --- worksheet ---------------------------------------------------------------------


def test_a_title_of_a_quarter_million_characters_is_cut_and_the_worksheet_is_made() -> None:
    """A damaged page's title ran to 245,625 characters; each footer measured it a character at a time."""
    from guides.importing import import_text

    page = f"<html><head><title>On Being a Guest {'w' * 250_000}</title></head><body>"
    page += "<p>We opened the door before they knocked, and the soup was on.</p>" * 3 + "</body></html>"
    article = import_text(page, html=True)
    assert len(article.title) <= 201 and article.title.endswith("…")


def test_a_run_without_spaces_gets_places_to_break_and_a_footer_fits_by_halving() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from guides.worksheet.flowables import fit_text
    from guides.worksheet.markup import _breakable

    run = "x" * 1_000
    assert max(len(w) for w in _breakable(f"See {run} here").split()) == 60
    assert _breakable("An ordinary sentence stays as it is.") == "An ordinary sentence stays as it is."
    cut = fit_text("word " * 2_000, "Helvetica", 9, 200)
    assert cut.endswith("…") and stringWidth(cut, "Helvetica", 9) <= 200
    assert stringWidth(cut + "word", "Helvetica", 9) > 200 - stringWidth("…", "Helvetica", 9)


def test_a_broken_address_is_a_calm_line_wherever_it_is_typed() -> None:
    """urllib's "Invalid IPv6 URL" escaped from a page's link, a file:// source and a server address."""
    from guides.article import safe_link
    from guides.errors import UnsupportedSourceError
    from guides.importing.dispatch import local_path
    from guides.writers.server import WriterError, base_url

    assert safe_link("http://[broken/page") is None
    with pytest.raises(UnsupportedSourceError):
        local_path("file://[broken/x.txt")
    for typed in ("http://[broken", "http://localhost:99999"):
        with pytest.raises(WriterError):
            base_url(typed)


# --- shapes the long runs found, made here instead of kept as large files ---------------------------


def _seed(name: str) -> bytes:
    return next(s.data for fmt in ("txt", "md") for s in seeds()[fmt] if s.name == name)


def test_a_markdown_block_of_55000_heading_lines() -> None:
    """python-markdown tested the whole rest of a block once per heading: minutes for 55,000 lines."""
    data = b"Keeping Friends\n===============\n\n" + b"# h\n" * 55_000
    _ends_well(data, "friendship-notes.md", variant=79)


def test_a_devotional_followed_by_36000_short_lines_makes_its_session_plan() -> None:
    """The session outline searched every block for every sentence: 200 s for 36,000 lines."""
    lines = "\n\n".join(f"Una línea más, la número {n}." for n in range(36_000))
    data = _seed("spanish-devotional.txt") + b"\n\n" + lines.encode()
    _ends_well(data, "spanish-devotional.txt", variant=446)  # variant 446: the session plan


def test_a_comment_of_64000_characters_of_x_dot_x() -> None:
    """The spam check's bare-domain pattern backtracked from every letter of an "x.x.x..." run."""
    data = _seed("marriage-post.txt") + b"\n\n  4. Nice post. " + b"x." * 32_000 + b"\n"
    _ends_well(data, "marriage-post.txt", variant=384)
