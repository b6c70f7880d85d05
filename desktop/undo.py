"""Undo as data: the engine's operations wrapped in QUndoCommands.

Every library change returns the operation that reverses it, and applying an
operation returns *its* reverse; so one command holds one pending operation
and each undo or redo applies it and keeps what comes back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

log = logging.getLogger(__name__)

Apply = Callable[[Any], Any]


class OperationCommand(QUndoCommand):
    """A change that has already been made; pushing it records how to undo it."""

    def __init__(
        self,
        label: str,
        inverse: Any,
        apply: Apply,
        changed: Callable[[], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(label)
        self._pending = inverse
        self._apply = apply
        self._changed = changed
        self._failed = failed
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push() calls redo(); the change is already in the library
            self._first = False
            self._changed()
            return
        self._run()

    def undo(self) -> None:
        self._run()

    def _run(self) -> None:
        try:
            self._pending = self._apply(self._pending)
        except Exception as err:  # e.g. the article was deleted since: this step can no longer apply
            # Not the command's text nor the error's: they can hold an article's title or a quote.
            log.warning("A step could not be undone or redone (%s)", type(err).__name__)
            self.setObsolete(True)
            if self._failed is not None:
                self._failed(err)
            return
        self._changed()
