"""The guide pane: a tab per audience of the engine's registry, each the guide as a page to read,
or as a list to edit.

Reading is the default: the guide reads like a document (desktop/guide/reading_view.py).
"Edit" turns every tab into the list of sections and questions (a tree), where
questions are reworded, reordered by dragging, ticked off, added and deleted;
"Done Editing" turns them back. The selected question is the same in both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyleOptionViewItem,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.actions import ActionId, ActionRegistry
from desktop.guide.model import GuideModel
from desktop.guide.reading_view import GuideReadingView
from desktop.guide_layout import Layout, layout
from desktop.palettes import Palette
from desktop.signals import emit
from desktop.widgets.multiline_delegate import MultiLineDelegate
from desktop.widgets.viewport import viewport_width
from guides.guide.audiences import audiences

if TYPE_CHECKING:
    from guides.article import Article

Index = QModelIndex | QPersistentModelIndex


class QuestionDelegate(MultiLineDelegate):
    """Draws a question with its tag on the right where it has one; done questions are muted.

    Questions are edited in a box of several lines (desktop/widgets/multiline_delegate.py).
    """

    EDITOR_NAME = "question_editor"
    EDITOR_LABEL = "Question wording"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(GuideModel.IsSectionRole):
            opt = QStyleOptionViewItem(option)
            opt.font.setBold(True)
            super().paint(painter, opt, index)
            return
        label = index.data(GuideModel.TagRole)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.8, 7.0))
        metrics = QFontMetrics(small)
        badge_w = metrics.horizontalAdvance(label) + 12 if label else 0
        opt = QStyleOptionViewItem(option)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        # What the leader reads from: notes in italics and muted, passages as they are.
        if index.data(GuideModel.IsMaterialRole) and index.data(GuideModel.KindRole) in (
            "note",
            "care",
            "follow_up",
            "prompt",
        ):
            opt.font.setItalic(True)
            opt.palette.setColor(QPalette.ColorRole.Text, muted)
        if index.data(GuideModel.DoneRole):
            opt.font.setStrikeOut(True)
            opt.palette.setColor(QPalette.ColorRole.Text, muted)
        if not label:
            super().paint(painter, opt, index)
            return
        opt.rect = option.rect.adjusted(0, 0, -(badge_w + 8), 0)
        super().paint(painter, opt, index)
        badge = QRect(0, 0, badge_w, metrics.height() + 2)
        badge.moveCenter(option.rect.center())
        badge.moveRight(option.rect.right() - 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(option.palette.color(QPalette.ColorRole.Button))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.setFont(small)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(GuideModel.IsSectionRole):
            return QSize(hint.width(), hint.height() + 8)
        # Leave room for the check box and the tag, and wrap long questions.
        width = option.rect.width()
        if width <= 0 and isinstance(option.widget, QAbstractItemView):
            width = viewport_width(option.widget) - 40
        width = max(width - (110 if index.data(GuideModel.TagRole) else 40), 120)
        metrics = QFontMetrics(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(rect.height() + 8, hint.height()))


class GuideTree(QTreeView):
    def __init__(self, model: GuideModel, audience: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"guide_tree_{audience}")
        self.setAccessibleName(f"{audience.capitalize()} guide questions")
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(QuestionDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(False)
        self.setIndentation(14)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._expand_when_shown = False
        model.modelReset.connect(self._on_model_reset)

    def _on_model_reset(self) -> None:
        # Expanding lays out every question, wrapped (3 ms a guide): the tree to edit is hidden
        # while the guide is read, which is how every start shows it, so it waits to be shown.
        if self.isVisible():
            self.expandAll()
        else:
            self._expand_when_shown = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._expand_when_shown:
            self._expand_when_shown = False
            self.expandAll()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # re-wrap questions to the new width


EDIT_TOOLS = (
    ActionId.ADD_QUESTION,
    ActionId.EDIT_QUESTION,
    ActionId.DELETE_QUESTION,
    ActionId.MARK_DONE,
    ActionId.REGENERATE_GUIDE,
)
DOCUMENT_ACTIONS = {
    "done": ActionId.MARK_DONE,
    "edit": ActionId.EDIT_QUESTION,
    "up": ActionId.MOVE_QUESTION_UP,
    "down": ActionId.MOVE_QUESTION_DOWN,
    "delete": ActionId.DELETE_QUESTION,
}


class GuidePanel(QWidget):
    """A tab for each audience in the registry (Couple, Group, Session, ...), in its order.

    Reports clicks; editing goes through the model.
    """

    question_activated = Signal(str, int, int)  # question id ("" for a passage), source start, end
    audience_changed = Signal(str)
    discuss_requested = Signal(str)
    """Discuss together from this question on."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_panel")
        self.setAccessibleName("Discussion guide")
        self.registry = registry
        self.editing = False
        self._article: Article | None = None
        self._highlights: list[Any] = []
        self._names: list[str] = []
        self.summary = QLabel(self)  # what is happening ("Making the guide…"), when anything is
        self.summary.setObjectName("guide_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setContentsMargins(6, 4, 6, 4)
        self.summary.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("guide_tabs")
        self.tabs.setAccessibleName("Guide audience")
        self.tabs.setDocumentMode(True)
        self.models: dict[str, GuideModel] = {}
        self.trees: dict[str, GuideTree] = {}
        self.documents: dict[str, GuideReadingView] = {}
        self.stacks: dict[str, QStackedWidget] = {}
        for spec in audiences():
            audience = spec.key
            model = GuideModel(self)
            stack = QStackedWidget(self.tabs)
            document = GuideReadingView(audience, stack)
            tree = GuideTree(model, audience, stack)
            stack.addWidget(document)
            stack.addWidget(tree)
            tree.clicked.connect(self._on_tree_clicked)
            tree.activated.connect(self._on_tree_clicked)
            tree.selectionModel().currentChanged.connect(
                lambda current, _old, a=audience: self._on_tree_current_changed(a, current)
            )
            document.question_selected.connect(lambda qid, a=audience: self._on_document_question(a, qid))
            document.passage_requested.connect(
                lambda s, e, d=document: emit(self.question_activated, d.current or "", s, e)
            )
            document.action_requested.connect(self._on_document_action)
            model.modelReset.connect(lambda a=audience: self._show_document(a))
            self.models[audience] = model
            self.trees[audience] = tree
            self.documents[audience] = document
            self.stacks[audience] = stack
            self.tabs.addTab(stack, f"&{spec.tab_label}")
        self.tabs.currentChanged.connect(lambda _i: emit(self.audience_changed, self.audience))

        self.discuss_button = QToolButton(self)
        self.discuss_button.setDefaultAction(registry[ActionId.DISCUSS_TOGETHER])
        self.discuss_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.discuss_button.setAccessibleName("Discuss together")
        self.edit_button = QPushButton("&Edit", self)
        self.edit_button.setObjectName("guide_edit_toggle")
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip("Reword, reorder, add or delete questions")
        self.edit_button.toggled.connect(self.set_editing)
        tools = QHBoxLayout()
        tools.setContentsMargins(4, 2, 4, 2)
        tools.addWidget(self.discuss_button)
        self.edit_tools: list[QToolButton] = []
        for action_id in EDIT_TOOLS:
            button = QToolButton(self)
            button.setDefaultAction(registry[action_id])
            button.setAccessibleName(registry[action_id].text().replace("&", "").rstrip("…"))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.hide()
            self.edit_tools.append(button)
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.edit_button)
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        layout_.setSpacing(2)
        layout_.addWidget(self.summary)
        layout_.addWidget(self.tabs, 1)
        layout_.addLayout(tools)

    # --- what is shown --------------------------------------------------------------------

    @property
    def audiences(self) -> tuple[str, ...]:
        """The audiences that have a tab, in the tabs' order (the registry's when the pane was made)."""
        return tuple(self.models)

    @property
    def audience(self) -> str:
        return self.audiences[self.tabs.currentIndex()]

    def set_audience(self, audience: str) -> None:
        if audience in self.models:
            self.tabs.setCurrentIndex(self.audiences.index(audience))

    def set_status(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def set_article(self, article: Article | None) -> None:
        """The article the guides were made from (for paragraph numbers); its marks start empty."""
        self._article = article
        self._highlights = []
        self._refresh_documents()

    def set_marks(self, highlights: list[Any]) -> None:
        """The readers' highlights and notes, shown under "What you marked" as on paper."""
        if list(highlights) == self._highlights:
            return  # the pages say this already (each is laid out again: 3 to 5 ms a guide)
        self._highlights = list(highlights)
        self._refresh_documents()

    def set_names(self, names: list[str]) -> None:
        """The readers' names, which take the place of "First partner" and "Second partner"."""
        if names != self._names:
            self._names = list(names)
            for model in self.models.values():
                model.set_names(names)  # the model's reset shows its page again

    def _refresh_documents(self) -> None:
        for audience in self.models:
            self._show_document(audience)

    def set_look(self, palette: Palette, font: str, zoom: int) -> None:
        for document in self.documents.values():
            document.set_look(palette, font, zoom)

    def layout_of(self, audience: str) -> Layout | None:
        """The guide of a tab as it reads (desktop/guide_layout.py), or None while there is none."""
        guide = self.models[audience].guide
        if guide is None:
            return None
        done = self.models[audience].done_ids()
        return layout(guide, done=done, article=self._article, highlights=self._highlights, names=self._names)

    def _show_document(self, audience: str) -> None:
        self.documents[audience].set_layout(self.layout_of(audience))

    # --- reading or editing -------------------------------------------------------------------

    def set_editing(self, editing: bool) -> None:
        """Show every tab as the list to edit (True) or as the page to read (False)."""
        self.editing = editing
        if self.edit_button.isChecked() != editing:
            self.edit_button.setChecked(editing)
        self.edit_button.setText("Done &Editing" if editing else "&Edit")
        self.edit_button.setToolTip(
            "Back to reading the guide" if editing else "Reword, reorder, add or delete questions"
        )
        for button in self.edit_tools:
            button.setVisible(editing)
        self.discuss_button.setVisible(not editing)
        for audience, stack in self.stacks.items():
            stack.setCurrentWidget(self.trees[audience] if editing else self.documents[audience])
        current = self.current_question_id()
        if current:
            self.select_question(current)

    # --- the selected question ----------------------------------------------------------------

    def current_tree(self) -> GuideTree:
        return self.trees[self.audience]

    def current_document(self) -> GuideReadingView:
        return self.documents[self.audience]

    def current_question_id(self) -> str | None:
        index = self.current_tree().currentIndex()
        value = index.data(GuideModel.IdRole) if index.isValid() else None
        return str(value) if value else None

    def select_question(self, question_id: str) -> None:
        model = self.models[self.audience]
        index = model.index_of(question_id)
        if index.isValid():
            self.current_tree().setCurrentIndex(index)
            self.current_tree().scrollTo(index)
            self.current_document().select(question_id)

    def _on_tree_current_changed(self, audience: str, current: QModelIndex) -> None:
        value = current.data(GuideModel.IdRole) if current.isValid() else None
        self.documents[audience].select(str(value) if value else None, reveal=not self.editing)

    def _on_document_question(self, audience: str, question_id: str) -> None:
        index = self.models[audience].index_of(question_id)
        if index.isValid():
            self.trees[audience].setCurrentIndex(index)

    def _on_document_action(self, action: str, question_id: str) -> None:
        if action == "discuss":
            emit(self.discuss_requested, question_id)
            return
        action_id = DOCUMENT_ACTIONS.get(action)
        if action_id is None:
            return
        self.select_question(question_id)
        if action == "edit":
            self.set_editing(True)
        self.registry[action_id].trigger()

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        if index.data(GuideModel.IsSectionRole) is False:
            emit(
                self.question_activated,
                str(index.data(GuideModel.IdRole) or ""),  # "" for a passage or an outline point
                int(index.data(GuideModel.StartRole)),
                int(index.data(GuideModel.EndRole)),
            )
