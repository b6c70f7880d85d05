"""The pieces a worksheet is laid out with, beyond reportlab's paragraphs.

- :class:`AnswerLines`: ruled lines to write on, optionally under a fillable
  multiline text field of the same size.
- :class:`Boxed`: a tinted box with a coloured edge around other flowables
  (passages, scripture, leader and care notes), split across pages only when
  it is taller than a page.
- :class:`PageMarker`: notes the page it lands on (for the leader's
  "participant page" references, and for the layout's own checks).
- :class:`BottomAligned`: its contents at the foot of the page (the colophon).
- :class:`WriteInLine`: "Name ______  Date ______" to fill in by hand.

The appendix's numbered paragraphs are in :mod:`guides.worksheet.paragraphs`.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

FIELD_FONT = "Helvetica"
"""AcroForm fields can only name the 14 standard PDF fonts (see docs/worksheets.md)."""


@dataclass(frozen=True)
class FieldSpec:
    """A fillable text field to lay over a block of answer lines."""

    name: str
    tooltip: str


@dataclass(frozen=True)
class AnswerColumn:
    """One writer's share of an answer block: an optional name above, an optional field over the lines."""

    label: str | None = None
    field: FieldSpec | None = None


class AnswerLines(Flowable):  # type: ignore[misc]
    """``count`` ruled lines, ``gap`` apart, from ``indent`` to the right edge.

    With several columns (one per partner) the width is shared side by side
    with a gutter between, each column under its own label. With a
    :class:`FieldSpec` a multiline text field covers a column's lines, so the
    page can be filled in on screen and still be written on by hand.
    """

    def __init__(
        self,
        count: int,
        gap: float,
        *,
        color: Color,
        columns: Sequence[AnswerColumn] = (AnswerColumn(),),
        indent: float = 0.0,
        gutter: float = 18.0,
        label_font: str = "Helvetica",
        label_size: float = 8.0,
        label_color: Color | None = None,
        field_font_size: float = 10.0,
        text_color: Color | None = None,
    ) -> None:
        super().__init__()
        self.count = max(count, 1)
        self.gap = gap
        self.color = color
        self.columns = list(columns) or [AnswerColumn()]
        self.indent = indent
        self.gutter = gutter
        self.label_font = label_font
        self.label_size = label_size
        self.label_color = label_color or color
        self.field_font_size = field_font_size
        self.text_color = text_color
        self._label_height = label_size * 1.6 if any(col.label for col in self.columns) else 0.0
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._label_height + self.count * self.gap + 2.0
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # Lines are never split from each other; KeepTogether moves the block.

    def column_boxes(self) -> list[tuple[float, float]]:
        """(x, width) of each column."""
        n = len(self.columns)
        width = (self.width - self.indent - self.gutter * (n - 1)) / n
        return [(self.indent + i * (width + self.gutter), width) for i in range(n)]

    def draw(self) -> None:
        canv = self.canv
        top = self.height - self._label_height
        bottom = top - self.count * self.gap
        for column, (x, width) in zip(self.columns, self.column_boxes(), strict=True):
            if column.label:
                canv.setFont(self.label_font, self.label_size)
                canv.setFillColor(self.label_color)
                canv.drawString(
                    x,
                    top + self.label_size * 0.45,
                    fit_text(column.label, self.label_font, self.label_size, width),
                )
            canv.setStrokeColor(self.color)
            canv.setLineWidth(0.5)
            for i in range(1, self.count + 1):
                y = top - i * self.gap
                canv.line(x, y, x + width, y)
            if column.field is not None:
                canv.acroForm.textfield(
                    name=column.field.name,
                    tooltip=column.field.tooltip,
                    x=x,
                    y=bottom,
                    width=width,
                    height=self.count * self.gap,
                    relative=True,
                    fieldFlags="multiline",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    textColor=self.text_color,
                    fontName=FIELD_FONT,
                    fontSize=self.field_font_size,
                    maxlen=0,
                )


class Boxed(Flowable):  # type: ignore[misc]
    """Flowables inside a tinted box with a coloured left edge; splits between and inside its contents."""

    def __init__(
        self,
        content: Sequence[Flowable],
        *,
        fill: Color | None,
        edge: Color | None,
        edge_width: float = 3.0,
        padding: float = 10.0,
        frame: Color | None = None,
        open_top: bool = False,
        open_bottom: bool = False,
        max_height: float | None = None,
    ) -> None:
        super().__init__()
        self.max_height = max_height
        """The height of a page's frame: a box no taller is moved whole to the next page, never split."""
        self.content = list(content)
        self.fill = fill
        self.edge = edge
        self.edge_width = edge_width if edge is not None else 0.0
        self.padding = padding
        self.frame = frame
        self.open_top = open_top
        self.open_bottom = open_bottom
        self._placed: list[tuple[Flowable, float, float]] = []
        self.width = 0.0
        self.height = 0.0

    def _inner_width(self, avail: float) -> float:
        return avail - 2 * self.padding - self.edge_width

    def _top_pad(self) -> float:
        return self.padding * (0.5 if self.open_top else 1.0)

    def _bottom_pad(self) -> float:
        return self.padding * (0.5 if self.open_bottom else 1.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = self._inner_width(availWidth)
        placed: list[tuple[Flowable, float, float]] = []
        height = self._top_pad()
        for index, flowable in enumerate(self.content):
            if index:
                height += max(flowable.getSpaceBefore(), self.content[index - 1].getSpaceAfter())
            _, h = flowable.wrap(inner, 1e6)
            placed.append((flowable, height, h))
            height += h
        self._placed = placed
        self.width = availWidth
        self.height = height + self._bottom_pad()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.max_height is not None:
            _, height = self.wrap(availWidth, availHeight)
            if height <= self.max_height:
                return []  # it fits on a page of its own: move it whole
        inner = self._inner_width(availWidth)
        room = availHeight - self._top_pad() - self.padding * 0.5
        used = 0.0
        first: list[Flowable] = []
        for index, flowable in enumerate(self.content):
            space = max(flowable.getSpaceBefore(), self.content[index - 1].getSpaceAfter()) if index else 0.0
            _, h = flowable.wrap(inner, 1e6)
            if used + space + h <= room:
                first.append(flowable)
                used += space + h
                continue
            parts = flowable.split(inner, room - used - space) if room - used - space > 0 else []
            rest = self.content[index + 1 :]
            if parts:
                first.append(parts[0])
                rest = list(parts[1:]) + rest
            else:
                rest = [flowable, *rest]
            # A label or heading stays with what it introduces.
            while first and getattr(first[-1], "keepWithNext", False):
                rest.insert(0, first.pop())
            if not first:
                return []
            # The first part keeps this box's top (open when this box is itself a continuation),
            # the rest its bottom; the room above was measured with this box's own top padding.
            return [
                self._copy(first, open_top=self.open_top, open_bottom=True),
                self._copy(rest, open_top=True, open_bottom=self.open_bottom),
            ]
        return []  # everything fits but the padding: move the whole box on

    def _copy(self, content: list[Flowable], *, open_top: bool, open_bottom: bool) -> Boxed:
        return Boxed(
            content,
            fill=self.fill,
            edge=self.edge,
            edge_width=self.edge_width,
            padding=self.padding,
            frame=self.frame,
            open_top=open_top,
            open_bottom=open_bottom,
            max_height=None,  # the parts of a box too tall for a page may split again
        )

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        if self.fill is not None:
            canv.setFillColor(self.fill)
            canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.frame is not None:
            canv.setStrokeColor(self.frame)
            canv.setLineWidth(0.6)
            canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        if self.edge is not None:
            canv.setFillColor(self.edge)
            canv.rect(0, 0, self.edge_width, self.height, stroke=0, fill=1)
        canv.restoreState()
        x = self.edge_width + self.padding
        for flowable, top, h in self._placed:
            flowable.drawOn(canv, x, self.height - top - h)


class PageMarker(Flowable):  # type: ignore[misc]
    """Takes no room; when drawn, stores the page number it landed on under ``key``."""

    def __init__(self, record: MutableMapping[str, int], key: str) -> None:
        super().__init__()
        self.record = record
        self.key = key
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.record[self.key] = self.canv.getPageNumber()


class BottomAligned(Flowable):  # type: ignore[misc]
    """Flowables set at the foot of the space left on the page (a colophon).

    It takes all the room left on the page, so nothing can follow it there;
    where less room is left than it needs, it goes to the next page like any
    flowable (the layout checks for that and places the colophon elsewhere).
    """

    def __init__(self, content: Sequence[Flowable], *, space_above: float = 0.0) -> None:
        super().__init__()
        self.content = list(content)
        self.space_above = space_above
        self._heights: list[float] = []
        self.needed = 0.0
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [f.wrap(availWidth, 1e6)[1] for f in self.content]
        gaps = sum(f.getSpaceAfter() for f in self.content[:-1])
        self.needed = self.space_above + sum(self._heights) + gaps
        self.width = availWidth
        self.height = max(self.needed, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        y = self.needed - self.space_above
        for flowable, h in zip(self.content, self._heights, strict=True):
            y -= h
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()


class WriteInLine(Flowable):  # type: ignore[misc]
    """Labels, each followed by a ruled blank to fill in by hand, shared out across the width."""

    def __init__(
        self,
        labels: Sequence[str],
        *,
        font: str,
        size: float,
        color: Color,
        rule: Color,
        height: float,
        shares: Sequence[float] | None = None,
    ) -> None:
        super().__init__()
        self.labels = list(labels)
        self.font = font
        self.size = size
        self.color = color
        self.rule = rule
        self.shares = list(shares) if shares else [2.0] + [1.0] * (len(self.labels) - 1)
        self.width = 0.0
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        gutter = self.size * 1.5
        total = sum(self.shares)
        usable = self.width - gutter * (len(self.labels) - 1)
        x = 0.0
        baseline = self.size * 0.35
        for label, share in zip(self.labels, self.shares, strict=True):
            width = usable * share / total
            canv.setFont(self.font, self.size)
            canv.setFillColor(self.color)
            canv.drawString(x, baseline, label)
            start = x + stringWidth(label, self.font, self.size) + self.size * 0.4
            canv.setStrokeColor(self.rule)
            canv.setLineWidth(0.6)
            canv.line(start, baseline - 2, x + width, baseline - 2)
            x += width + gutter


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    # The longest prefix that fits with its ellipsis, found by halving: a title of 40,000 characters
    # (a hostile page) cut a character at a time measured the whole title each time, for minutes.
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
