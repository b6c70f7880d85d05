"""What a save or a preview makes in the background: an edition's bytes (PDF, Word, Markdown or
HTML), a series' booklet (making the guides not made yet), and the file written whole or not at all.
Nothing here touches a widget, so it runs on the task runner's threads."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from guides.guide.audiences import audience_of_edition

if TYPE_CHECKING:
    from desktop.tasks import Progress
    from guides.article import Article
    from guides.guide.model import Guide
    from guides.worksheet.booklet import BookletOptions
    from guides.worksheet.editions import WorksheetOptions
    from guides.worksheet.highlights import HighlightLike


def render_pdf(
    guide: Guide, options: WorksheetOptions, article: Article | None, highlights: Sequence[HighlightLike]
) -> bytes:
    from guides.worksheet.render import render_worksheet_pdf

    buffer = io.BytesIO()
    render_worksheet_pdf(guide, buffer, options, article=article, highlights=highlights)
    return buffer.getvalue()


def document_bytes(
    fmt: str,
    guide: Guide,
    options: WorksheetOptions,
    article: Article | None,
    highlights: Sequence[HighlightLike],
) -> bytes:
    """The edition as the bytes of a PDF, Word, Markdown or HTML file (this runs in the background)."""
    from guides.worksheet.render import worksheet_docx, worksheet_text

    if fmt == "pdf":
        return render_pdf(guide, options, article, highlights)
    if fmt == "docx":
        return worksheet_docx(guide, options, article=article, highlights=highlights)
    return worksheet_text(guide, options, fmt, article=article, highlights=highlights).encode("utf-8")  # type: ignore[arg-type]


def write_whole(path: str | Path, data: bytes, progress: Progress) -> Path:
    """Put ``data`` at ``path`` whole or not at all; a cancel before the file is in place keeps none."""
    from guides.files import write_atomically

    def produce(handle: BinaryIO) -> None:
        handle.write(data)
        progress.check()  # the last moment a cancel still leaves the old file (or none) there

    return write_atomically(path, produce)


def render_booklet(
    name: str, weeks: Sequence[tuple[Article, Guide | None]], options: BookletOptions
) -> bytes:
    """The booklet's PDF; guides not made yet are made here (this runs in the background)."""
    from guides.guide.generator import generate_guide
    from guides.guide.model import GuideOptions
    from guides.worksheet.booklet import EDITION, Week, render_series_pdf

    audience = audience_of_edition(EDITION).key
    made = [
        Week(guide or generate_guide(article, GuideOptions(audience=audience)), article)
        for article, guide in weeks
    ]
    buffer = io.BytesIO()
    render_series_pdf(name, made, buffer, options)
    return buffer.getvalue()
