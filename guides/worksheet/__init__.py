"""Printable worksheets: participant, leader, couple, session and take-home card editions as PDF,
Word, Markdown or HTML, and a series' booklet.

Typical use::

    from guides.worksheet import WorksheetOptions, write_worksheet

    write_worksheet(guide, "group.pdf", WorksheetOptions(edition="leader", fillable=True), article=article)

See docs/worksheets.md for what each edition holds and how fields, fonts and paper behave.
The names below are re-exported lazily: importing the package (as ``porchlight``'s
command line does on every start) does not load reportlab or the guide generator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guides.lazy import lazy_names

if TYPE_CHECKING:
    from guides.worksheet.content import EDITIONS, FORMATS, INCLUDES, Edition, Format, Include, Worksheet
    from guides.worksheet.editions import WorksheetOptions, build_worksheet
    from guides.worksheet.errors import FontsMissingError, WorksheetError, WorksheetWriteError
    from guides.worksheet.formats import FORMAT_SPECS, FormatSpec, format_for_path
    from guides.worksheet.highlights import HighlightLike, ReaderHighlight
    from guides.worksheet.paper import PAPERS, Paper, default_paper
    from guides.worksheet.render import (
        make_worksheet,
        participant_pages,
        render_worksheet_pdf,
        worksheet_docx,
        worksheet_text,
        write_worksheet,
    )

_HOMES = {
    "guides.worksheet.content": (
        "EDITIONS",
        "FORMATS",
        "INCLUDES",
        "Edition",
        "Format",
        "Include",
        "Worksheet",
    ),
    "guides.worksheet.editions": ("WorksheetOptions", "build_worksheet"),
    "guides.worksheet.errors": ("FontsMissingError", "WorksheetError", "WorksheetWriteError"),
    "guides.worksheet.formats": ("FORMAT_SPECS", "FormatSpec", "format_for_path"),
    "guides.worksheet.highlights": ("HighlightLike", "ReaderHighlight"),
    "guides.worksheet.paper": ("PAPERS", "Paper", "default_paper"),
    "guides.worksheet.render": (
        "make_worksheet",
        "participant_pages",
        "render_worksheet_pdf",
        "worksheet_docx",
        "worksheet_text",
        "write_worksheet",
    ),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "EDITIONS",
    "FORMATS",
    "FORMAT_SPECS",
    "INCLUDES",
    "PAPERS",
    "Edition",
    "FontsMissingError",
    "Format",
    "FormatSpec",
    "HighlightLike",
    "Include",
    "Paper",
    "ReaderHighlight",
    "Worksheet",
    "WorksheetError",
    "WorksheetOptions",
    "WorksheetWriteError",
    "build_worksheet",
    "default_paper",
    "format_for_path",
    "make_worksheet",
    "participant_pages",
    "render_worksheet_pdf",
    "worksheet_docx",
    "worksheet_text",
    "write_worksheet",
]


__getattr__ = lazy_names(__name__, _WHERE)
