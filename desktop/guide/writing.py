"""One guide written with writing help: the copy-and-paste dialog, or a server with progress and Cancel.

The engine plans and checks (:mod:`guides.writers`); this module only asks,
shows and stores. A server's job runs in the background with a progress
dialog whose Cancel shuts the connection at once. A server that is down,
slow or answers nonsense leaves the guide as it was, with one line saying
why; a reply whose questions fail the checks keeps the rules writer's
questions in their place, and the message says how many were taken.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.guide.generation import GenerationOptions, guide_options
from desktop.guide.paste_dialog import PasteDialog
from desktop.signals import emit

if TYPE_CHECKING:
    from desktop.guide.writing_help import WritingHelp
    from desktop.preferences import Preferences
    from desktop.tasks import Progress, TaskRunner
    from guides.analysis.analyze import Analysis
    from guides.article import Article
    from guides.writers.write import Prepared, Written

Store = Callable[[int, str, dict[str, Any], bool], bool]
"""Saves a guide (article id, audience, the guide's JSON, keep the reader's edits) and shows it."""


@dataclass(frozen=True)
class WritingOrder:
    """What to write: one audience's guide of one article, with the readers' marks."""

    article_id: int
    article: Article
    analysis: Analysis | None
    audience: str
    options: GenerationOptions
    keep_edits: bool
    marks: Sequence[tuple[str | None, int, int]] = ()


log = logging.getLogger(__name__)


class WritingRun(QObject):
    """Writes one audience's guide with the help the reader chose, then stores it (or says why not)."""

    finished = Signal(str)
    """The one-line outcome, also shown in the window's message bar."""
    told = Signal(str, bool)
    """The outcome for the window's message bar, and whether it is an error (before ``finished``)."""
    running_changed = Signal()
    """A server's job began or ended (the guide pane says whether a guide is being made)."""

    def __init__(
        self,
        order: WritingOrder,
        writing: WritingHelp,
        runner: TaskRunner,
        window: QWidget,
        store: Store,
        parent: QObject | None = None,
    ) -> None:
        """``window`` is the dialogs' parent; ``store`` saves and shows the guide written."""
        super().__init__(parent)
        from guides.writers.server import Cancel

        self.order = order
        self.audience = order.audience
        self._writing = writing
        self._runner = runner
        self._window = window
        self._store = store
        self.cancel = Cancel()
        self.running = False
        self.progress: QProgressDialog | None = None
        self.paste: PasteDialog | None = None
        self.outcome: str | None = None
        self.prepared: Prepared | None = None
        """The plan the paste dialog's prompt was made from."""

    # --- start ---------------------------------------------------------------------------------

    def start(self, prefs: Preferences) -> None:
        from guides.writers.server import WriterError
        from guides.writers.write import prepare

        order = self.order
        article, analysis = order.article, order.analysis
        options = guide_options(self.audience, order.options, order.marks)
        window = self._window
        if prefs.writing_help == "paste":
            prepared = self.prepared = prepare(article, options, analysis=analysis)
            self.paste = PasteDialog(self.audience, prepared.prompt(), window)
            self.paste.accepted.connect(lambda: self._use_pasted(prepared))
            self.paste.open()
            return
        try:
            choice = self._writing.server(prefs)
        except WriterError as err:
            self._end(
                f"Writing help cannot start: {err}. Fix the address in Preferences › Writing help.", True
            )
            return
        if choice is None:
            self._end(
                "Writing help is off: choose a model or copy and paste in Preferences › Writing help.", True
            )
            return
        if not self._writing.consent(window, choice, article.title, article.word_count):
            self._end("Nothing was sent, and the guide was not changed.")
            return
        who = f"{choice.model or 'the first model'} at {choice.url}"
        self.running = True
        emit(self.running_changed)
        self.progress = QProgressDialog(
            f"Writing the {self.audience} guide with {who}…", "&Cancel", 0, 0, window
        )
        self.progress.setObjectName("writing_progress")
        self.progress.setAccessibleName("Writing the guide")
        self.progress.setWindowTitle("Writing help")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.stop)
        self.progress.show()

        def job(progress: Progress) -> Written:
            from guides.writers.server import Server
            from guides.writers.write import from_server

            prepared = prepare(article, options, analysis=analysis)
            return from_server(
                prepared,
                Server(choice.url, choice.key),
                choice.model,
                cancel=self.cancel,
                on_text=lambda size: progress(size, 0, ""),
            )

        self._runner.run(job, self._on_written, self._on_failed, self._on_progress)

    def stop(self) -> None:
        """Cancel: the connection is shut now, and the guide stays as it was."""
        self.cancel.cancel()

    # --- outcomes ------------------------------------------------------------------------------------

    def _on_progress(self, size: int, _total: int, _label: str) -> None:
        if self.progress is not None and size:
            self.progress.setLabelText(
                f"{self.progress.labelText().split('…')[0]}… {size:,} characters so far"
            )

    def _on_written(self, written: Written) -> None:
        self._close_progress()
        self._take(written)

    def _on_failed(self, err: BaseException) -> None:
        from guides.writers.server import WriterCancelled

        self._close_progress()
        if isinstance(err, WriterCancelled):
            self._end("Cancelled: the server was stopped, and the guide was not changed.")
            return
        log.warning("Writing help failed: %s", getattr(err, "logged", type(err).__name__))
        self._end(f"Writing help failed ({err}); the guide was not changed.", True)

    def _use_pasted(self, prepared: Prepared) -> None:
        from guides.writers.write import PASTED, from_reply

        assert self.paste is not None
        self._take(from_reply(prepared, self.paste.reply_text(), PASTED))

    def _take(self, written: Written) -> None:
        from guides.guide import guide_to_dict

        report = written.report
        if report.problem:
            self._end(f"Writing help: {report.problem}. The guide was not changed.", True)
            return
        order = self.order
        if self._store(order.article_id, self.audience, guide_to_dict(written.guide), order.keep_edits):
            self._end(report.summary())

    def _close_progress(self) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.canceled.disconnect(self.stop)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        emit(self.running_changed)

    def _end(self, text: str, error: bool = False) -> None:
        text = text.replace("<", "‹").replace(">", "›")  # a server's words are never markup in the bar
        self.outcome = text
        emit(self.told, text, error)
        emit(self.finished, text)
