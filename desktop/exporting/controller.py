"""Exports: the worksheet (preview; Save as PDF, Word, Markdown or HTML; Print), a series'
booklet (preview, Save PDF), and the notes as Markdown.

Previews and saves run on the task runner; a save is a task the reader waits for, shown with its
Cancel in the status bar's progress strip (its dialog closes once the file is chosen).

What an export reads is passed in (the library, the runner, the open article, the audience
showing, the preferences, the notes); what it has to say goes out as signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.exporting.booklet_dialog import BookletChoice, BookletDialog
from desktop.exporting.documents import document_bytes, render_booklet, render_pdf, write_whole
from desktop.exporting.pages import NoRasterizerError, render_pages
from desktop.exporting.worksheet_dialog import WorksheetChoice, WorksheetDialog
from desktop.signals import emit
from guides.guide.audiences import audience as audience_spec
from guides.guide.audiences import audience_of_edition

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.preferences import Preferences
    from desktop.tasks import Progress, Task, TaskRunner
    from guides.article import Article
    from guides.library import Annotation, Library

log = logging.getLogger(__name__)

PREVIEW_DPI = 56
PRINT_DPI = 300


@dataclass(frozen=True)
class Preview:
    pdf: bytes
    pages: list[bytes]
    problem: str | None


class ExportController(QObject):
    failed = Signal(str)
    """A one-line problem for the message bar."""
    informed = Signal(str)
    """A passing line for the status bar (where a file was saved)."""
    worksheet_made = Signal(int)
    """A worksheet of this article was saved or printed (the library list marks it)."""

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        window: QWidget,
        *,
        current: Callable[[], tuple[int, Article] | None],
        audience: Callable[[], str],
        preferences: Callable[[], Preferences],
        annotations: Callable[[], list[Annotation]],
        notes_markdown: Callable[[], str | None],
        parent: QObject | None = None,
    ) -> None:
        """``window`` is the dialogs' parent; ``current`` gives the open article (id and article),
        ``audience`` the guide showing, ``annotations`` and ``notes_markdown`` its notes."""
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.window = window
        self._current = current
        self._audience = audience
        self._preferences = preferences
        self._annotations = annotations
        self._notes_markdown = notes_markdown
        self.dialog: WorksheetDialog | None = None
        self._pdf: tuple[WorksheetChoice, bytes] | None = None
        self.booklet: BookletDialog | None = None
        self._booklet_series: int | None = None
        self._booklet_pdf: tuple[BookletChoice, bytes] | None = None
        self._group = ""
        """The group's name typed last, offered again the next time."""
        self._previewing: Task[Preview] | None = None
        """The preview being laid out: a newer choice, or the dialog closing, cancels it."""

    def _paper(self) -> str | None:
        """The paper the reader chose; None lets the engine go by this computer's."""
        paper = self._preferences().paper
        return None if paper == "auto" else paper

    def _made(self) -> None:
        current = self._current()
        if current is not None:
            emit(self.worksheet_made, current[0])

    # --- the worksheet ---------------------------------------------------------------

    def export_worksheet(self) -> WorksheetDialog | None:
        if self._current() is None:
            emit(self.failed, "Open an article first; its guide is what the worksheet prints.")
            return None
        try:
            edition = audience_spec(self._audience()).own_edition
        except KeyError:
            edition = "participant"
        paper = self._paper()
        dialog = WorksheetDialog(edition, paper, self.window, group=self._group)
        dialog.options_changed.connect(self.update_preview)
        dialog.save_requested.connect(self._on_dialog_save_requested)
        dialog.print_requested.connect(self.print_current)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        self.update_preview()
        return dialog

    def print_worksheet(self) -> None:
        dialog = self.export_worksheet()
        if dialog is not None:
            self.print_current()

    def _on_dialog_finished(self) -> None:
        self._cancel_preview()
        if self.dialog is not None:
            self._group = self.dialog.choice().group
        self.dialog = None
        self._pdf = None

    def build_pdf(self, choice: WorksheetChoice) -> bytes:
        """The PDF of the chosen edition, for printing (built on the GUI thread when the preview
        has not made it yet; previews and saves use the runner)."""
        if self._pdf and self._pdf[0] == choice:
            return self._pdf[1]
        pdf = render_pdf(**self._inputs(choice))
        self._pdf = (choice, pdf)
        return pdf

    def update_preview(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        choice = dialog.choice()
        try:
            inputs = self._inputs(choice)
        except LookupError as err:
            dialog.set_status(str(err))
            dialog.show_pages([])
            return
        dialog.set_status("Laying out the pages…")

        def job(progress: Progress) -> Preview:
            pdf = render_pdf(**inputs)
            progress.check()  # a newer choice came meanwhile: its pages are not drawn
            try:
                return Preview(pdf, render_pages(pdf, PREVIEW_DPI), None)
            except NoRasterizerError as err:
                return Preview(pdf, [], str(err))

        def done(preview: Preview) -> None:
            if self.dialog is not dialog or dialog.choice() != choice:
                return  # a newer choice has its own preview coming
            self._pdf = (choice, preview.pdf)
            dialog.show_pages(preview.pages)
            count = len(preview.pages)
            dialog.set_status(preview.problem or f"{count} page{'s' if count != 1 else ''}.")

        def failed(err: BaseException) -> None:
            from guides.worksheet.errors import WorksheetError

            if not isinstance(err, WorksheetError):  # a reader's problem is said, not logged as a bug
                log.error("Worksheet preview failed", exc_info=err)
            if self.dialog is dialog:
                dialog.show_pages([])
                dialog.set_status(f"The worksheet could not be made: {err}")

        self._cancel_preview()
        self._previewing = self.runner.run(job, done, failed)

    def _cancel_preview(self) -> None:
        if self._previewing is not None:
            self._previewing.cancel()
            self._previewing = None

    def save_pdf(self, path: str | Path) -> Task[Path] | None:
        return self.save(path, "pdf")

    def save(self, path: str | Path, fmt: str | None = None) -> Task[Path] | None:
        """Save the chosen edition to ``path`` as PDF, Word, Markdown or HTML (``fmt``, else by its name).

        The pages are laid out and the file written on the runner, shown in the status bar's
        progress strip with its Cancel; the file is written atomically, so a cancelled or failed
        save leaves nothing half-written (and an older file at ``path`` as it was). Returns the
        task, or None when there is nothing to save yet (the dialog then says why).
        """
        from guides.worksheet.formats import format_for_path

        dialog = self.dialog
        current = self._current()
        if dialog is None or current is None:
            return None
        article_id = current[0]
        form = fmt or format_for_path(path)
        choice = dialog.choice()
        try:
            inputs = self._inputs(choice)
        except LookupError as err:
            self._say("The worksheet was not saved", err, dialog)
            return None
        laid_out = self._pdf[1] if form == "pdf" and self._pdf and self._pdf[0] == choice else None

        def saved() -> None:
            self._group = choice.group
            emit(self.worksheet_made, article_id)

        return self._save_in_background(
            "worksheet", path, dialog, lambda: laid_out or document_bytes(form, **inputs), saved
        )

    def _save_in_background(
        self,
        what: str,
        path: str | Path,
        dialog: WorksheetDialog | BookletDialog,
        make: Callable[[], bytes],
        saved: Callable[[], None],
    ) -> Task[Path]:
        """Lay out (``make``) and write the ``what`` ("worksheet", "booklet") on the runner, with its
        progress and Cancel in the status bar; ``dialog`` hears how it went while it is open."""
        name = Path(path).name

        def job(progress: Progress) -> Path:
            progress(0, 2, f"Laying out {name}")
            data = make()
            progress.check()
            progress(1, 2, f"Saving {name}")
            return write_whole(path, data, progress)

        def done(written: Path) -> None:
            saved()
            if dialog in (self.dialog, self.booklet):
                dialog.set_status(f"Saved {written.name}.")
            emit(self.informed, f"Saved the {what} to {written}")

        def failed(err: BaseException) -> None:
            self._say(f"The {what} was not saved", err, dialog)

        def cancelled() -> None:
            if dialog in (self.dialog, self.booklet):
                dialog.set_status(f"{name} was not saved.")
            emit(self.informed, f"Cancelled: the {what} was not saved to {name}.")

        dialog.set_status(f"Saving {name}…")
        return self.runner.run(job, done, failed, on_cancel=cancelled, label=f"Saving the {what}")

    def _say(self, what: str, err: BaseException, dialog: WorksheetDialog | BookletDialog | None) -> None:
        """A save that did not happen: one line in its dialog (if still open) and the message bar."""
        from desktop.tasks import failure_message

        line = f"{what}: {err}" if isinstance(err, LookupError) else failure_message(what, err)
        if dialog is not None and dialog in (self.dialog, self.booklet):
            dialog.set_status(line)
        emit(self.failed, line)

    def _on_dialog_save_requested(self) -> None:
        from guides.worksheet.formats import FORMAT_SPECS

        current = self._current()
        if self.dialog is None or current is None:
            return
        suggested = f"{_slug(current[1].title)}-{self.dialog.choice().edition}.pdf"
        filters = [spec.file_filter for spec in FORMAT_SPECS]
        path, chosen = QFileDialog.getSaveFileName(
            self.dialog, "Save the worksheet", suggested, ";;".join(filters), filters[0]
        )
        if not path:
            return
        spec = FORMAT_SPECS[filters.index(chosen)] if chosen in filters else None
        if spec is not None and Path(path).suffix.lower() not in spec.suffixes:
            path = str(Path(path).with_suffix(spec.suffix))
        self.save_and_close(path, spec.name if spec else None)

    def save_and_close(self, path: str | Path, fmt: str | None = None) -> Task[Path] | None:
        """Start saving the chosen edition, then close the dialog: its work is done, and the save
        goes on in the background, shown with its Cancel in the status bar (which the modal
        dialog would keep out of reach). A choice that cannot be saved keeps the dialog open."""
        task = self.save(path, fmt)
        if task is not None and self.dialog is not None:
            self.dialog.accept()
        return task

    def print_current(self) -> None:
        if self.dialog is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        choice = self.dialog.choice()
        if choice.paper:
            size = QPageSize.PageSizeId.A4 if choice.paper == "a4" else QPageSize.PageSizeId.Letter
            printer.setPageSize(QPageSize(size))
        chooser = QPrintDialog(printer, self.dialog)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
            self._made()
        except NoRasterizerError as err:
            self.dialog.set_status(
                f"Printing from here needs a page renderer. {err} Save the PDF and print it "
                "from your PDF viewer."
            )

    def print_to(self, printer: QPrinter) -> int:
        """Print each page as an image at printer resolution; returns the number of pages."""
        assert self.dialog is not None
        pages = render_pages(self.build_pdf(self.dialog.choice()), PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("The printer could not be started.")
        try:
            for number, data in enumerate(pages):
                if number:
                    printer.newPage()
                image = QImage.fromData(data)
                area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                target = (
                    QRectF(image.rect())
                    .toRect()
                    .size()
                    .scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                )
                painter.drawImage(QRectF(area.topLeft(), target.toSizeF()), image)
        finally:
            painter.end()
        return len(pages)

    def _inputs(self, choice: WorksheetChoice) -> dict[str, Any]:
        """Everything the engine needs for this choice, read on the GUI thread."""
        from guides.guide import guide_from_dict
        from guides.worksheet.editions import WorksheetOptions

        current = self._current()
        if current is None:
            raise LookupError("Open an article first.")
        article_id, article = current
        audience = audience_of_edition(choice.edition).key
        if not self.library.guides.has(article_id, audience):
            raise LookupError(f"The {audience} guide is still being made; try again in a moment.")
        stored = self.library.guides.get(article_id, audience)
        readers = self._preferences().readers
        series = self.library.series.containing(article_id)
        week = None
        if series:
            ids = series[0].article_ids
            week = (ids.index(article_id) + 1, len(ids))
        options = WorksheetOptions(
            edition=choice.edition,
            paper=choice.paper,  # type: ignore[arg-type]
            large_print=choice.large_print,
            include=choice.include,  # type: ignore[arg-type]
            answer_lines=choice.answer_lines,
            fillable=choice.fillable,
            title_page=choice.title_page,
            partner_names=(readers[0].name, readers[1].name) if len(readers) >= 2 else None,
            author=article.author,
            group=choice.group or None,
            series=series[0].name if series else None,
            week=week,
            cards_per_page=choice.cards_per_page,
        )
        highlights = [a for a in self._annotations() if a.start is not None]
        return {
            "guide": guide_from_dict(stored.guide),
            "options": options,
            "article": article,
            "highlights": highlights,
        }

    # --- a series' booklet -----------------------------------------------------------------

    def export_booklet(self, series_id: int) -> BookletDialog | None:
        """Open the booklet dialog for a series, with a preview."""
        from guides.library import LibraryError

        try:
            series = self.library.series.get(series_id)
        except LibraryError as err:
            emit(self.failed, str(err))
            return None
        if not series.article_ids:
            emit(self.failed, "This series has no articles yet: drag articles onto it first.")
            return None
        dialog = BookletDialog(series.name, len(series.article_ids), self._paper(), self.window)
        dialog.group.setText(self._group)
        dialog.options_changed.connect(self.update_booklet_preview)
        dialog.save_requested.connect(self._on_booklet_save_requested)
        dialog.finished.connect(self._on_booklet_finished)
        self.booklet = dialog
        self._booklet_series = series_id
        self._booklet_pdf = None
        dialog.open()
        self.update_booklet_preview()
        return dialog

    def _on_booklet_finished(self) -> None:
        self._cancel_preview()
        if self.booklet is not None:
            self._group = self.booklet.choice().group
        self.booklet = None
        self._booklet_pdf = None

    def _booklet_inputs(self, choice: BookletChoice) -> dict[str, Any]:
        """The series' articles and stored group guides, read on the GUI thread."""
        from guides.guide import guide_from_dict
        from guides.worksheet.booklet import EDITION, BookletOptions

        assert self._booklet_series is not None
        library = self.library
        series = library.series.get(self._booklet_series)
        audience = audience_of_edition(EDITION).key  # the booklet prints the group's edition of each week
        weeks = []
        for article_id in series.article_ids:
            article = library.articles.article(article_id)
            stored = (
                library.guides.get(article_id, audience) if library.guides.has(article_id, audience) else None
            )
            weeks.append((article, guide_from_dict(stored.guide) if stored else None))
        options = BookletOptions(
            paper=choice.paper,  # type: ignore[arg-type]
            large_print=choice.large_print,
            fold=choice.fold,
            group=choice.group or None,
        )
        return {"name": series.name, "weeks": weeks, "options": options}

    def update_booklet_preview(self) -> None:
        dialog = self.booklet
        if dialog is None:
            return
        from guides.library import LibraryError

        choice = dialog.choice()
        try:
            inputs = self._booklet_inputs(choice)
        except LibraryError as err:  # the series or an article was deleted meanwhile
            dialog.set_status(f"The booklet could not be made: {err}")
            return
        dialog.set_status("Laying out the booklet…")

        def job(progress: Progress) -> Preview:
            pdf = render_booklet(**inputs)
            progress.check()
            try:
                return Preview(pdf, render_pages(pdf, PREVIEW_DPI), None)
            except NoRasterizerError as err:
                return Preview(pdf, [], str(err))

        def done(preview: Preview) -> None:
            if self.booklet is not dialog or dialog.choice() != choice:
                return
            self._booklet_pdf = (choice, preview.pdf)
            dialog.show_pages(preview.pages)
            count = len(preview.pages)
            what = "sheet side" if choice.fold else "page"
            dialog.set_status(preview.problem or f"{count} {what}{'s' if count != 1 else ''}.")

        def failed(err: BaseException) -> None:
            log.error("Booklet preview failed", exc_info=err)
            if self.booklet is dialog:
                dialog.set_status(f"The booklet could not be made: {err}")

        self._cancel_preview()
        self._previewing = self.runner.run(job, done, failed)

    def save_booklet(self, path: str | Path) -> Task[Path] | None:
        """Save the series' booklet to ``path`` as a PDF, in the background (as :meth:`save`).

        Guides of the series not made yet are made in the job, so this can take a while; the
        progress strip shows it with its Cancel, and a cancelled save writes nothing.
        """
        from guides.library import LibraryError

        dialog = self.booklet
        if dialog is None:
            return None
        choice = dialog.choice()
        try:
            inputs = self._booklet_inputs(choice)
        except LibraryError as err:  # the series or an article was deleted meanwhile
            self._say("The booklet was not saved", err, dialog)
            return None
        laid_out = self._booklet_pdf[1] if self._booklet_pdf and self._booklet_pdf[0] == choice else None

        def saved() -> None:
            self._group = choice.group

        return self._save_in_background(
            "booklet", path, dialog, lambda: laid_out or render_booklet(**inputs), saved
        )

    def _on_booklet_save_requested(self) -> None:
        from guides.library import LibraryError

        if self.booklet is None or self._booklet_series is None:
            return
        try:
            name = self.library.series.get(self._booklet_series).name
        except LibraryError as err:
            self.booklet.set_status(f"The booklet was not saved: {err}")
            return
        path, _ = QFileDialog.getSaveFileName(
            self.booklet, "Save the booklet", f"{_slug(name)}.pdf", "PDF (*.pdf)"
        )
        if path and self.save_booklet(path) is not None and self.booklet is not None:
            self.booklet.accept()  # as the worksheet's: the strip shows the save, with its Cancel

    # --- notes ---------------------------------------------------------------------------

    def export_notes(self) -> Path | None:
        markdown = self._notes_markdown()
        current = self._current()
        if markdown is None or current is None:
            emit(self.failed, "Open an article first; its highlights and notes are what is exported.")
            return None
        suggested = f"{_slug(current[1].title)}-notes.md"
        path, _ = QFileDialog.getSaveFileName(self.window, "Export notes", suggested, "Markdown (*.md)")
        return self.save_notes(path, markdown) if path else None

    def save_notes(self, path: str | Path, markdown: str) -> Path | None:
        from guides.files import write_text_atomically

        try:
            written = write_text_atomically(path, markdown)
        except OSError as err:  # guides.files.WriteError: one line naming the file
            emit(self.failed, f"The notes were not saved: {err}")
            return None
        emit(self.informed, f"Saved the notes to {written}")
        return written


def _slug(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:6]) or "porchlight"
