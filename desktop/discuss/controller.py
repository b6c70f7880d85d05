"""Opening the discuss-together view on the open guide, remembering where it stopped, keeping what is written.

Where a guide's view stopped is disposable state (a JSON file beside the
window state, keyed by article and audience, by the step's question so an
edited guide still finds it); what readers write on its "I will ..." lines is
theirs, kept in the library (``library.answers``) and undoable like any edit.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop import paths
from desktop.discuss.steps import index_of, passage, steps_of
from desktop.signals import emit
from desktop.undo import OperationCommand
from guides.library import LibraryError

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from desktop.discuss.view import DiscussView
    from desktop.guide_layout import Layout
    from desktop.palettes import Palette
    from guides.article import Article
    from guides.library import Library

log = logging.getLogger(__name__)


def load_positions() -> dict[str, Any]:
    try:
        data = json.loads(paths.discuss_state_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save_positions(positions: dict[str, Any]) -> None:
    try:
        paths.write_state(paths.discuss_state_file(), json.dumps(positions))
    except OSError as err:
        log.warning("Where the discussion stopped was not saved: %s", err)


class DiscussController(QObject):
    failed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        library: Library,
        stack: QUndoStack,
        current: Callable[[], tuple[int, Article] | None],
        font: Callable[[], str],
        *,
        showing: Callable[[], tuple[str, Layout | None]],
        colours: Callable[[], Palette],
        parent: QObject | None = None,
    ) -> None:
        """``window`` is the view's parent and place; ``current`` gives the open article,
        ``showing`` the audience of the guide's tab showing and its layout, ``colours`` the
        reading page's palette, ``font`` the reading font's kind."""
        super().__init__(parent)
        self.window = window
        self._showing = showing
        self._colours = colours
        self.library = library
        self.stack = stack
        self._current = current
        self._font = font
        self.view: DiscussView | None = None
        self._where: tuple[int, str] | None = None

    def open(self, question_id: str | None = None, full_screen: bool = True) -> DiscussView | None:
        """Open the view on the guide of the tab showing, at ``question_id`` or where it stopped."""
        window = self.window
        audience, layout = self._showing()
        current = self._current()
        if current is None or layout is None:
            emit(self.failed, "Open an article and wait for its guide; then you can discuss it together.")
            return None
        if self.view is not None:
            self.view.close()
        article_id, article = current
        steps = steps_of(layout)
        passages = [passage(article, s.start, s.end) if s.kind == "question" else None for s in steps]
        try:
            answers = self.library.answers.get(article_id, audience)
        except LibraryError as err:
            log.warning("Answers could not be read: %s", err)
            answers = {}
        self._where = (article_id, audience)
        stopped = load_positions().get(self._position_key(), {})
        start = index_of(steps, question_id or stopped.get("key"), int(stopped.get("index", 0)))
        from desktop.discuss.view import DiscussView  # the view loads when first opened

        view = DiscussView(layout.title, window)
        view.set_look(self._colours(), self._font())
        view.set_steps(steps, passages, answers, start)
        view.step_changed.connect(self._on_view_step_changed)
        view.answer_written.connect(self._on_view_answer_written)
        view.closed.connect(self._on_view_closed)
        self.view = view
        # The window's own place first: a window manager that does not do full screen keeps that.
        view.setGeometry(window.screen().geometry() if full_screen else window.geometry())
        if full_screen:
            view.showFullScreen()
        else:
            view.show()
        view.activateWindow()
        view.setFocus()
        return view

    def _position_key(self) -> str:
        assert self._where is not None
        return f"{self._where[0]}/{self._where[1]}"

    def _on_view_step_changed(self, index: int) -> None:
        if self.view is None or self._where is None:
            return
        positions = load_positions()
        positions[self._position_key()] = {"index": index, "key": self.view.steps[index].key}
        save_positions(positions)

    def _on_view_answer_written(self, key: str, text: str) -> None:
        if self._where is None:
            return
        article_id, audience = self._where
        library = self.library
        try:
            done = library.answers.write(article_id, audience, key, text)
        except LibraryError as err:
            emit(self.failed, f"What you wrote was not kept: {err}")
            return
        self.stack.push(
            OperationCommand(done.label, done.undo, library.apply, self._reload_answers, self._failed)
        )

    def _reload_answers(self) -> None:
        if self.view is not None and self._where is not None:
            answers = self.library.answers.get(*self._where)
            self.view.set_steps(self.view.steps, self.view.passages, answers, self.view.index)

    def _failed(self, err: Exception) -> None:
        emit(self.failed, str(err))

    def _on_view_closed(self) -> None:
        self.view = None
