"""The file formats a worksheet is written in, in one registry.

The command line (``--format``, and the guess from the file name), the app's
Save dialog (its file types) and :func:`~guides.worksheet.render.write_worksheet`
all read :data:`FORMAT_SPECS`, so a new format is one entry here and one
writer in :mod:`guides.worksheet.render`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guides.worksheet.content import Format


@dataclass(frozen=True)
class FormatSpec:
    """One format: its name, what a file chooser calls it, and its file name endings."""

    name: Format
    label: str
    suffixes: tuple[str, ...]
    what: str
    """What it is for, in a few words (the CLI's help)."""

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    @property
    def file_filter(self) -> str:
        """ "Word document (*.docx)", as a Qt file dialog wants it."""
        return f"{self.label} ({' '.join('*' + s for s in self.suffixes)})"


FORMAT_SPECS: tuple[FormatSpec, ...] = (
    FormatSpec("pdf", "PDF", (".pdf",), "to print or fill in on screen"),
    FormatSpec("docx", "Word document", (".docx",), "to edit in Word or LibreOffice, with styles to change"),
    FormatSpec("md", "Markdown", (".md", ".markdown"), "plain text to edit"),
    FormatSpec("html", "Web page (HTML)", (".html", ".htm"), "one self-contained page"),
)
_BY_NAME = {spec.name: spec for spec in FORMAT_SPECS}


def format_spec(name: Format) -> FormatSpec:
    """The registry's entry for ``name``."""
    return _BY_NAME[name]


def format_for_path(path: str | Path) -> Format:
    """The format a file name asks for by its ending; PDF when it says nothing."""
    suffix = Path(path).suffix.lower()
    for spec in FORMAT_SPECS:
        if suffix in spec.suffixes:
            return spec.name
    return "pdf"
