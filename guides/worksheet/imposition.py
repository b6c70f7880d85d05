"""Booklet imposition: half pages laid two to a sheet in the order that folds into a booklet.

A saddle-stitched booklet of ``n`` pages (a multiple of four) is printed on
``n / 4`` sheets, both sides, and folded in the middle. Sheet ``k`` (from 0)
carries, left and right: on its front, pages ``n - 2k`` and ``2k + 1``; on its
back, ``2k + 2`` and ``n - 2k - 1``. So eight pages print as (8, 1), (2, 7),
(6, 3), (4, 5). Printed double-sided with the sheet flipped on its short edge,
folded and stapled, they read in order.

The pages are laid out as usual, onto a canvas that keeps each page as a PDF
form (XObject) instead of showing it; when the document is saved, the sheets
are drawn by placing the forms side by side. The text stays text (it can be
selected and searched), fonts are embedded once, and nothing is rasterised.
reportlab's forms do this without a second library: a form may be used before
it is defined, so the order of the sheets is free.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas


def booklet_order(pages: int) -> list[tuple[int, int]]:
    """(left, right) page numbers of each sheet side, in printing order; ``pages`` is a multiple of 4."""
    if pages % 4:
        raise ValueError("a folded booklet has a multiple of four pages")
    sides: list[tuple[int, int]] = []
    for k in range(pages // 4):
        sides.append((pages - 2 * k, 2 * k + 1))
        sides.append((2 * k + 2, pages - 2 * k - 1))
    return sides


def imposing_canvas(sheet: tuple[float, float]) -> type[Canvas]:
    """A canvas class that imposes its pages two to a ``sheet`` (the portrait paper size, turned)."""
    width, height = max(sheet), min(sheet)

    class ImposingCanvas(Canvas):  # type: ignore[misc]
        """Collects each page as a form; :meth:`save` draws the sheets in booklet order."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_forms: list[str] = []
            self._begin_page_form()

        def _begin_page_form(self) -> None:
            name = f"PorchlightPage{len(self._page_forms) + 1}"
            self._page_forms.append(name)
            self.beginForm(name)

        def showPage(self) -> None:
            self.endForm()
            self._pageNumber += 1
            self._begin_page_form()

        def save(self) -> None:
            self.endForm()  # the form begun after the last page stays empty and unused
            forms = self._page_forms[:-1]
            page_width, page_height = self._pagesize
            total = len(forms) + (-len(forms)) % 4
            self.setPageSize((width, height))
            scale = min(width / 2 / page_width, height / page_height)
            x_margin = (width / 2 - page_width * scale) / 2
            y_margin = (height - page_height * scale) / 2
            for left, right in booklet_order(total):
                for slot, number in enumerate((left, right)):
                    if number > len(forms):
                        continue  # a blank page to make up the four
                    self.saveState()
                    self.translate(slot * width / 2 + x_margin, y_margin)
                    self.scale(scale, scale)
                    self.doForm(forms[number - 1])
                    self.restoreState()
                self._fold_marks(width, height)
                Canvas.showPage(self)
            Canvas.save(self)

        def _fold_marks(self, width: float, height: float) -> None:
            self.saveState()
            self.setStrokeGray(0.6)
            self.setLineWidth(0.4)
            self.line(width / 2, height, width / 2, height - 12)
            self.line(width / 2, 0, width / 2, 12)
            self.restoreState()

    return ImposingCanvas
