"""The guide pane's decisions: generate missing guides in the background, edit with undo, regenerate
(with writing help when the reader chose it: :mod:`desktop.guide.writing`).

Only the tab showing is filled when an article opens or a guide changes (reading a stored guide,
sectioning it and laying out its page is 20 to 60 ms a tab, the first one with the catalog): the
other tabs are filled when they are shown, or when the app has been idle a moment.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from desktop.guide.generation import GenerationOptions, generate_guide_dict
from desktop.guide.model import GuideModel
from desktop.guide.panel import GuidePanel
from desktop.signals import emit
from desktop.tasks import Progress, TaskRunner, failure_message
from desktop.undo import OperationCommand
from desktop.widgets.ask import ask_text
from guides.article import Article
from guides.library import Library, LibraryError

if TYPE_CHECKING:
    from desktop.current import CurrentArticle
    from desktop.guide.regenerate_dialog import RegenerateChoice, RegenerateDialog
    from desktop.guide.writing import WritingRun
    from desktop.guide.writing_help import WritingHelp
    from desktop.preferences import Preferences
    from guides.analysis.analyze import Analysis
    from guides.guide import Guide
    from guides.library import Undoable

log = logging.getLogger(__name__)

_IDLE_MS = 300
"""How long after the last refresh the hidden tabs are filled: after the start's first frames."""


class GuideController(QObject):
    passage_requested = Signal(int, int)  # start, end in Article.text
    failed = Signal(str)
    informed = Signal(str)

    def __init__(
        self,
        panel: GuidePanel,
        library: Library,
        runner: TaskRunner,
        stack: QUndoStack,
        options: Callable[[], GenerationOptions],
        current: CurrentArticle,
        parent: QObject | None = None,
    ) -> None:
        """``current`` is the article open: its guides are shown, and the missing ones made once
        its analysis arrives."""
        super().__init__(parent)
        self.panel = panel
        self.library = library
        self.runner = runner
        self.stack = stack
        self._options = options
        self.preferences: Callable[[], Preferences] | None = None
        """The reader's preferences, for writing help (set by the app)."""
        self.article_id: int | None = None
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self._pending = 0
        self._unsaved: dict[tuple[int, str], dict[str, Any]] = {}
        """Guides made for a library that cannot be written (a read-only disk): shown, not kept."""
        self.writing_run: WritingRun | None = None
        self._stale: list[str] = []
        """Tabs whose model still shows what it showed before the last refresh (or nothing)."""
        self._idle = QTimer(panel)  # the panel's: it goes with the models it fills
        self._idle.setSingleShot(True)
        self._idle.setInterval(_IDLE_MS)
        self._idle.timeout.connect(self._on_idle_timeout)
        current.opened.connect(self.set_article)
        current.cleared.connect(lambda: self.set_article(None, None))
        current.analysed.connect(self.set_analysis)
        panel.question_activated.connect(self._on_panel_question_activated)
        panel.audience_changed.connect(self._on_panel_audience_changed)
        for audience, model in panel.models.items():
            model.question_edited.connect(lambda qid, text, a=audience: self.edit_text(a, qid, text))
            model.question_moved.connect(lambda qid, key, i, a=audience: self.move(a, qid, key, i))
            model.done_toggled.connect(lambda qid, done, a=audience: self.set_done(a, qid, done))

    @cached_property
    def writing(self) -> WritingHelp:
        """Writing help's addresses, keys and consent (made when first asked for: a start needs none)."""
        from desktop.guide.writing_help import WritingHelp

        return WritingHelp()

    @property
    def busy(self) -> bool:
        return self._pending > 0 or (self.writing_run is not None and self.writing_run.running)

    # --- loading and generating ----------------------------------------------------

    def set_article(self, article_id: int | None, article: Article | None) -> None:
        """Show the stored guides; the missing ones are made once the analysis arrives."""
        self.article_id, self.article, self.analysis = article_id, article, None
        self._stale = []
        for model in self.panel.models.values():
            if model.guide is not None:
                model.set_guide(None)  # no page of the last article is laid out for this one
        self.panel.set_article(article)
        if article_id is None or article is None:
            self.panel.set_status("")
            return
        self.refresh()

    def missing(self) -> list[str]:
        """The audiences the open article has no guide for, stored or (on a read-only library) held."""
        if self.article_id is None:
            return []
        return [
            a
            for a in self.panel.audiences  # the registry's, one tab each
            if not self.library.guides.has(self.article_id, a) and (self.article_id, a) not in self._unsaved
        ]

    def set_analysis(self, article: Article, analysis: Analysis) -> None:
        if article is not self.article or self.article_id is None:
            return
        self.analysis = analysis
        missing = self.missing()
        if missing:
            self.generate(missing, self._options())

    def refresh(self) -> None:
        """Show the stored guides (with the reader's edits) for the current article: the tab
        showing now, the others when they are shown or the app is idle."""
        if self.article_id is None:
            return
        shown = self.panel.audience
        self._fill(shown)
        self._stale = [a for a in self.panel.audiences if a != shown]
        self._idle.start()
        self._show_summary()

    def _fill(self, audience: str) -> None:
        if self.article_id is None:
            return
        model = self.panel.models[audience]
        if self.library.guides.has(self.article_id, audience):
            stored = self.library.guides.get(self.article_id, audience)
            model.set_guide(_typed(stored.guide), sorted(stored.checked))
        elif (self.article_id, audience) in self._unsaved:
            model.set_guide(_typed(self._unsaved[(self.article_id, audience)]), [])
        else:
            model.set_guide(None)

    def _fill_stale(self, audience: str) -> None:
        if audience in self._stale:
            self._stale.remove(audience)
            self._fill(audience)

    def close(self) -> None:
        """The library is closing: the hidden tabs are not filled any more."""
        self._idle.stop()
        self._stale = []

    def _on_idle_timeout(self) -> None:
        try:
            for audience in list(self._stale):
                self._fill_stale(audience)
        except LibraryError as err:  # closed or gone meanwhile: the tab is filled when shown
            log.warning("A guide could not be read: %s", err)

    def _show_summary(self) -> None:
        # The guide's own head (minutes, questions, big idea) is on its page; this line only says
        # when one is still being made.
        guide = self.panel.models[self.panel.audience].guide
        self.panel.set_status("<i>Making the guide…</i>" if guide is None and self.busy else "")

    def generate(self, audiences: list[str], options: GenerationOptions, keep_edits: bool = True) -> None:
        article_id, article, analysis = self.article_id, self.article, self.analysis
        if article_id is None or article is None:
            return
        marks = self._marks(article_id)
        self._pending += 1
        self._show_summary()

        def job(progress: Progress) -> dict[str, dict[str, Any]]:
            out = {}
            for n, audience in enumerate(audiences):
                progress.check()  # between guides: a cancelled run stores none of them
                progress(n, len(audiences), f"Making the {audience} guide")
                out[audience] = generate_guide_dict(article, audience, options, analysis, marks)
            return out

        def done(guides: dict[str, dict[str, Any]]) -> None:
            self._pending -= 1
            for audience, guide in guides.items():
                self.store(article_id, audience, guide, keep_edits)

        def failed(err: BaseException) -> None:
            self._pending -= 1
            emit(self.failed, failure_message("The guide could not be made", err))
            self._show_summary()

        def cancelled() -> None:
            self._pending -= 1
            emit(self.informed, "Cancelled: no guide was made, and the guides there were are as they were.")
            self._show_summary()

        what = f"the {audiences[0]} guide" if len(audiences) == 1 else "the guides"
        self.runner.run(job, done, failed, on_cancel=cancelled, label=f"Making {what}")

    def store(self, article_id: int, audience: str, guide: dict[str, Any], keep_edits: bool) -> bool:
        """Save a newly made guide (dropping the reader's edits unless kept), and show it."""
        if self.library.read_only:  # nothing can be saved: the guide is shown for this session
            self._unsaved[(article_id, audience)] = guide
            if self.article_id == article_id:
                self.refresh()
            return True
        try:
            if not keep_edits and self.library.guides.has(article_id, audience):
                self._push(self.library.guides.reset(article_id, audience))
            self.library.guides.save_generated(article_id, audience, guide)
        except LibraryError as err:
            emit(self.failed, f"The guide could not be saved: {err}")
            return False
        if self.article_id == article_id:
            self.refresh()
        return True

    def _marks(self, article_id: int) -> list[tuple[str | None, int, int]]:
        """The readers' anchored highlights and notes, read here on the GUI thread for the job."""
        try:
            found = self.library.annotations.for_article(article_id)
        except LibraryError as err:
            log.warning("Marks for the guide could not be read: %s", err)
            return []
        return [(a.reader, a.start, a.end) for a in found if a.start is not None and a.end is not None]

    def regenerate(self) -> RegenerateDialog | None:
        if self.article_id is None:
            return None
        options = self._options()
        guide = self.panel.models[self.panel.audience].guide
        minutes = (guide.minutes if guide else None) or options.minutes or 45
        faith = guide.faith if guide else bool(options.faith)
        prefs = self.preferences() if self.preferences else None
        helper = self.writing.describe(prefs) if prefs is not None else ""
        from desktop.guide.regenerate_dialog import RegenerateDialog  # a start needs no dialog

        dialog = RegenerateDialog(
            self.panel.audience, minutes, options.intensity, faith, self.panel.window(), helper
        )
        dialog.accepted.connect(lambda: self.apply_regenerate(dialog.choice()))
        dialog.open()
        return dialog

    def apply_regenerate(self, choice: RegenerateChoice) -> WritingRun | None:
        """Make the current audience's guide again; with writing help, the run that writes it."""
        options = GenerationOptions(minutes=choice.minutes, intensity=choice.intensity, faith=choice.faith)
        article_id, article = self.article_id, self.article
        if choice.writing_help and self.preferences is not None and article_id is not None and article:
            from desktop.guide.writing import WritingOrder, WritingRun

            order = WritingOrder(
                article_id,
                article,
                self.analysis,
                self.panel.audience,
                options,
                choice.keep_edits,
                self._marks(article_id),
            )
            run = WritingRun(order, self.writing, self.runner, self.panel.window(), self.store, self)
            run.told.connect(lambda text, error: emit(self.failed if error else self.informed, text))
            run.running_changed.connect(self._show_summary)
            self.writing_run = run
            run.start(self.preferences())
            return run
        self.generate([self.panel.audience], options, keep_edits=choice.keep_edits)
        return None

    # --- edits, each undoable ----------------------------------------------------------

    def edit_text(self, audience: str, question_id: str, text: str) -> None:
        self._change(lambda aid: self.library.guides.edit_text(aid, audience, question_id, text))

    def set_done(self, audience: str, question_id: str, done: bool) -> None:
        self._change(lambda aid: self.library.guides.set_checked(aid, audience, question_id, done))

    def delete(self, audience: str, question_id: str) -> None:
        self._change(lambda aid: self.library.guides.delete_question(aid, audience, question_id))

    def move(self, audience: str, question_id: str, section: str, index: int) -> None:
        self._change(
            lambda aid: self.library.guides.move_question(aid, audience, question_id, section, index)
        )

    def add(self, audience: str, section: str, text: str) -> str | None:
        result: list[str] = []

        def change(aid: int) -> Undoable[str]:
            done = self.library.guides.add_question(aid, audience, section, text)
            result.append(done.value)
            return done

        self._change(change)
        return result[0] if result else None

    # --- the actions on the current question ---------------------------------------------

    def toggle_current_done(self) -> None:
        qid = self.panel.current_question_id()
        if qid:
            model = self.panel.models[self.panel.audience]
            self.set_done(self.panel.audience, qid, not model.index_of(qid).data(GuideModel.DoneRole))

    def delete_current(self) -> None:
        qid = self.panel.current_question_id()
        if qid:
            self.delete(self.panel.audience, qid)

    def edit_current(self) -> None:
        if self.panel.current_question_id():
            self.panel.set_editing(True)  # the wording is edited in the list, in place
            tree = self.panel.current_tree()
            tree.edit(tree.currentIndex())

    def add_own(self) -> None:
        if self.article_id is None:
            return
        model = self.panel.models[self.panel.audience]
        section = model.section_at(self.panel.current_tree().currentIndex())
        if section is None or section.synthetic:
            sections = [s for s in model.sections() if not s.synthetic]
            section = next((s for s in sections if s.key == "discuss"), sections[-1] if sections else None)
        if section is None:
            return
        text = ask_text(
            self.panel.window(),
            "Add your own question",
            f"Your question (it goes in “{section.title}”):",
            name="add_question_dialog",
        )
        if text is not None and text.strip():
            qid = self.add(self.panel.audience, section.key, text.strip())
            if qid:
                self.panel.select_question(qid)

    def move_current(self, step: int) -> None:
        qid = self.panel.current_question_id()
        if not qid:
            return
        target = self.panel.models[self.panel.audience].moved(qid, step)
        if target:
            self.move(self.panel.audience, qid, *target)
            self.panel.select_question(qid)

    # --- plumbing ------------------------------------------------------------------------

    def _change(self, change: Callable[[int], Undoable[Any]]) -> None:
        if self.article_id is None:
            return
        try:
            done = change(self.article_id)
        except LibraryError as err:
            emit(self.failed, str(err))
            self.refresh()
            return
        self._push(done)

    def _push(self, done: Undoable[Any]) -> None:
        self.stack.push(
            OperationCommand(
                done.label,
                done.undo,
                self.library.apply,
                self.refresh,
                lambda err: emit(self.failed, str(err)),
            )
        )

    def _on_panel_audience_changed(self, audience: str) -> None:
        self._fill_stale(audience)
        self._show_summary()

    def _on_panel_question_activated(self, _qid: str, start: int, end: int) -> None:
        if end > start:
            emit(self.passage_requested, start, end)


def _typed(stored: dict[str, Any]) -> Guide | None:
    """The engine's typed guide for what the library stores; None (and a log line) if it cannot be read."""
    from guides.guide import guide_from_dict

    try:
        return guide_from_dict(stored)
    except (KeyError, TypeError, ValueError) as err:
        log.warning("A stored guide could not be read: %s", err)
        return None
