"""Every way the engine turns what it holds into a file or text for people to keep: the exports.

Where each one lives:

- an article, cleaned, as Markdown or plain text: :mod:`guides.export.article_text`
  (``article_to_markdown``, ``article_to_plain_text``);
- a discussion guide as Markdown: :mod:`guides.export.guide_markdown` (``guide_to_markdown``);
- an article's highlights and notes as W3C Web Annotation JSON-LD or Markdown:
  :mod:`guides.export.notes` (``notes_to_jsonld``, ``notes_to_markdown``); reading such a file
  back in is the library's (:meth:`guides.library.Library.import_jsonld`);
- printable worksheets (PDF, Word, Markdown, HTML) and a series' booklet: the
  :mod:`guides.worksheet` package, a concept of its own (editions, paper, fonts, layout);
  its entry points are named here too (``write_worksheet``, ``render_worksheet_pdf``,
  ``worksheet_docx``, ``worksheet_text``, ``write_series_booklet``);
- writing any of them to disk, whole or not at all: :mod:`guides.files`
  (``write_atomically``, ``write_text_atomically``).

A backup of the whole library is not an export (it is the library's, :mod:`guides.library.backup`).

The names are re-exported lazily, as in :mod:`guides.worksheet`: importing one light export (the
notes, an article's text) does not load reportlab, the guide generator or the analysis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guides.lazy import lazy_names

if TYPE_CHECKING:
    from guides.export.article_text import article_to_markdown, article_to_plain_text
    from guides.export.guide_markdown import guide_to_markdown
    from guides.export.notes import notes_to_jsonld, notes_to_markdown
    from guides.files import write_atomically, write_text_atomically
    from guides.worksheet.booklet import write_series_booklet
    from guides.worksheet.render import render_worksheet_pdf, worksheet_docx, worksheet_text, write_worksheet

_HOMES = {
    "guides.export.article_text": ("article_to_markdown", "article_to_plain_text"),
    "guides.export.guide_markdown": ("guide_to_markdown",),
    "guides.export.notes": ("notes_to_jsonld", "notes_to_markdown"),
    "guides.files": ("write_atomically", "write_text_atomically"),
    "guides.worksheet.booklet": ("write_series_booklet",),
    "guides.worksheet.render": (
        "render_worksheet_pdf",
        "worksheet_docx",
        "worksheet_text",
        "write_worksheet",
    ),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "article_to_markdown",
    "article_to_plain_text",
    "guide_to_markdown",
    "notes_to_jsonld",
    "notes_to_markdown",
    "render_worksheet_pdf",
    "worksheet_docx",
    "worksheet_text",
    "write_atomically",
    "write_series_booklet",
    "write_text_atomically",
    "write_worksheet",
]


__getattr__ = lazy_names(__name__, _WHERE)
