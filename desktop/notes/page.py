"""What the notes need of the reading page they are made on, as a protocol.

The composition root hands the notes the reader's view (desktop/reader/view.py); the notes know it
only by these few members, so desktop.notes does not import desktop.reader (the import-linter
contract keeps the features independent). Read-only properties, so the view's own, more precise
types satisfy them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, SignalInstance
    from PySide6.QtWidgets import QWidget

    from guides.article import Article


class ColourBar(Protocol):
    """The bar over a selection, with a button per highlight colour."""

    def set_colours(self, colours: Mapping[str, str]) -> None: ...


class NoteCard(Protocol):
    """The card a note is written in, under its passage."""

    @property
    def saved(self) -> SignalInstance:
        """The note's text, written."""
        ...

    def open_at(self, where: QRect, who: str, quote: str, text: str = "") -> None: ...


class ReadingPage(Protocol):
    """The article as read, with its selection: where highlights and notes are asked for and shown."""

    @property
    def highlight_requested(self) -> SignalInstance:
        """A colour's name, or "" for the reader's own."""
        ...

    @property
    def note_requested(self) -> SignalInstance: ...

    @property
    def copy_reference_requested(self) -> SignalInstance: ...

    @property
    def note_opened(self) -> SignalInstance:
        """An annotation's id."""
        ...

    @property
    def annotation_delete_requested(self) -> SignalInstance:
        """An annotation's id."""
        ...

    @property
    def selection_bar(self) -> ColourBar | None: ...

    @property
    def note_editor(self) -> NoteCard | None: ...

    @property
    def article(self) -> Article | None: ...

    def snap_selection(self) -> tuple[int, int] | None: ...

    def selection_range(self) -> tuple[int, int] | None: ...

    def clear_selection(self) -> None: ...

    def span_rect(self, start: int, end: int) -> QRect | None: ...

    def viewport(self) -> QWidget:
        """The scrolled area a span's rectangle is measured in."""
        ...

    def reveal(self, start: int, end: int, flash: bool = True) -> None: ...
