"""Make a worksheet file from a guide: the one entry point the CLI and the app call.

The leader's edition refers to the pages of the participant's edition, so
for it the participant's edition is laid out first (same paper, print size
and contents), the page each question landed on is noted, and then the
leader's edition is built with those page numbers.

The take-home cards are drawn by :mod:`guides.worksheet.cards`, every other
edition by :mod:`guides.worksheet.pdf`; Word, Markdown and HTML present the
same content (:mod:`guides.worksheet.docx_export`, :mod:`guides.worksheet.text_export`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Literal

from guides.article import Article
from guides.files import write_atomically
from guides.guide.model import Guide
from guides.worksheet.content import Format, Worksheet, layout_of
from guides.worksheet.document import Layout
from guides.worksheet.editions import WorksheetOptions, build_worksheet
from guides.worksheet.errors import WorksheetWriteError
from guides.worksheet.highlights import HighlightLike
from guides.worksheet.paper import default_paper
from guides.worksheet.pdf import PageMap, page_map, render_pdf
from guides.worksheet.text_export import worksheet_to_html, worksheet_to_markdown


def layout_for(options: WorksheetOptions) -> Layout:
    return Layout(paper=options.paper or default_paper(), large_print=options.large_print)


def participant_pages(
    guide: Guide,
    options: WorksheetOptions,
    *,
    article: Article | None = None,
    highlights: Iterable[HighlightLike] = (),
) -> PageMap:
    """Question id -> the page it is on in the participant's edition made with these options."""
    participant = replace(options, edition="participant")
    ws = build_worksheet(guide, participant, article=article, highlights=highlights)
    return page_map(ws, layout_for(participant))


def make_worksheet(
    guide: Guide,
    options: WorksheetOptions,
    *,
    article: Article | None = None,
    highlights: Iterable[HighlightLike] = (),
    with_pages: bool = True,
) -> Worksheet:
    """The content of the edition ``options`` asks for.

    For the leader's edition, ``with_pages`` lays out the participant's
    edition first to learn its page numbers (the PDF needs them; the
    Markdown and HTML exports have no pages and skip it).
    """
    marks = list(highlights)
    pages = None
    if layout_of(options.edition) == "leader" and with_pages:
        pages = participant_pages(guide, options, article=article, highlights=marks)
    return build_worksheet(guide, options, article=article, highlights=marks, participant_pages=pages)


def render_worksheet_pdf(
    guide: Guide,
    out: BinaryIO,
    options: WorksheetOptions,
    *,
    article: Article | None = None,
    highlights: Iterable[HighlightLike] = (),
) -> PageMap:
    """Write the PDF of one edition into ``out``; return the page each question is on."""
    ws = make_worksheet(guide, options, article=article, highlights=highlights)
    if ws.edition == "cards":
        from guides.worksheet.cards import render_cards

        render_cards(ws, out, layout_for(options))
        return {}
    return render_pdf(ws, out, layout_for(options))


def worksheet_docx(
    guide: Guide,
    options: WorksheetOptions,
    *,
    article: Article | None = None,
    highlights: Iterable[HighlightLike] = (),
) -> bytes:
    """The edition as a Word document (.docx), with the same content and numbering as the PDF."""
    from guides.worksheet.docx_export import worksheet_to_docx

    ws = make_worksheet(guide, options, article=article, highlights=highlights)
    return worksheet_to_docx(ws, paper=options.paper or default_paper(), large_print=options.large_print)


def worksheet_text(
    guide: Guide,
    options: WorksheetOptions,
    fmt: Literal["md", "html"],
    *,
    article: Article | None = None,
    highlights: Iterable[HighlightLike] = (),
) -> str:
    """The edition as Markdown or HTML, with the same content as the PDF (less page numbers)."""
    ws = make_worksheet(guide, options, article=article, highlights=highlights, with_pages=False)
    if fmt == "md":
        return worksheet_to_markdown(ws)
    return worksheet_to_html(ws, language=guide.language or "en")


def write_worksheet(
    guide: Guide,
    target: str | os.PathLike[str],
    options: WorksheetOptions | None = None,
    *,
    fmt: Format = "pdf",
    article: Article | None = None,
    highlights: Iterable[HighlightLike] = (),
) -> Path:
    """Write one edition of the worksheet to ``target`` as PDF, Word (.docx), Markdown or HTML.

    The file is written atomically: on any failure a file already at
    ``target`` is left as it was. Raises
    :class:`~guides.worksheet.errors.WorksheetWriteError` when the folder is
    missing or not writable (one line, for the reader), and
    :class:`~guides.worksheet.errors.FontsMissingError` for a broken install.
    """
    opts = options or WorksheetOptions()
    marks = list(highlights)
    if fmt == "pdf":

        def produce(handle: BinaryIO) -> None:
            render_worksheet_pdf(guide, handle, opts, article=article, highlights=marks)

    else:
        if fmt == "docx":
            data = worksheet_docx(guide, opts, article=article, highlights=marks)
        else:
            data = worksheet_text(guide, opts, fmt, article=article, highlights=marks).encode("utf-8")

        def produce(handle: BinaryIO) -> None:
            handle.write(data)

    return write_atomically(target, produce, error=WorksheetWriteError)
