"""The import formats live in one registry: the dispatcher, the fetcher and the name guess read it,
and a format added there alone is imported, accepted and offered."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from guides.article import BlockDraft
from guides.importing import fetch as fetch_module
from guides.importing import formats, import_bytes, import_source, sniff_format
from guides.importing.extracted import Extracted
from guides.importing.formats import ImportFormat

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Evening questions\n\nWhat made you laugh today, and what made you tired?\n\nWho should we pray for?\n"


def read_note(text: str) -> Extracted:
    """A reader for a made-up format: one paragraph a line, the first line the title."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Extracted([BlockDraft("paragraph", line) for line in lines[1:]], title=f"Note: {lines[0]}")


@pytest.fixture
def note_format() -> Iterator[ImportFormat]:
    spec = formats.register(ImportFormat("note", "Question notes", (".note",), ("text/x-note",), read_note))
    try:
        yield spec
    finally:
        formats.unregister("note")


def test_every_ending_and_media_type_leads_back_to_its_format() -> None:
    for spec in formats.import_formats():
        for suffix in (*spec.suffixes, *spec.other_suffixes):
            assert formats.format_for_suffix(f"Saved{suffix.upper()}") is spec
        for media in spec.media_types:
            assert formats.format_for_media_type(f"{media}; charset=utf-8") is spec
    assert formats.format_for_suffix("notes") is None and formats.format_for_suffix(None) is None
    offered = formats.offered_suffixes()
    assert len(offered) == len(set(offered)), "an ending belongs to one format"


def test_the_fetcher_accepts_what_the_registry_lists() -> None:
    for media in formats.media_types():
        fetch_module._check_type(media, "https://example.org/a")
    for suffix in formats.offered_suffixes():
        fetch_module._check_type("application/octet-stream", f"https://example.org/download{suffix}")


def test_a_format_registered_alone_is_read_accepted_and_offered(
    note_format: ImportFormat, tmp_path: Path
) -> None:
    path = tmp_path / "tuesday.note"
    path.write_text(NOTE, encoding="utf-8")
    article = import_source(path)
    assert article.title == "Note: Evening questions"
    assert "Who should we pray for?" in article.text
    assert sniff_format(NOTE.encode(), content_type="text/x-note") == "note"
    assert import_bytes(NOTE.encode(), name="served", content_type="text/x-note").title.startswith("Note:")
    assert ".note" in formats.offered_suffixes() and "text/x-note" in formats.media_types()
    fetch_module._check_type("application/octet-stream", "https://example.org/tuesday.note")


def test_a_format_taken_out_is_gone(note_format: ImportFormat) -> None:
    formats.unregister("note")
    assert ".note" not in formats.offered_suffixes()
    assert formats.format_for_suffix("tuesday.note") is None


def test_listing_the_formats_imports_no_reader() -> None:
    code = (
        "import sys\n"
        "from guides.importing import formats\n"
        "formats.import_formats(); formats.media_types(); formats.offered_suffixes()\n"
        "readers = [m for m in sys.modules if m.split(':')[0] in "
        "{'guides.importing.html', 'guides.importing.epub', 'guides.importing.docx', "
        "'guides.importing.markdown', 'guides.importing.plaintext'}]\n"
        "assert not readers, readers\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
