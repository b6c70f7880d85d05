"""The guide pane: a tab per audience, each a tree of sections and questions with badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.actions import ActionId, ActionRegistry
from desktop.guide.model import VISIBILITY_LABELS, GuideModel
from desktop.signals import emit

AUDIENCE_TABS = (("couple", "&Couple"), ("group", "&Group"), ("session", "&Session"))
BADGE_COLOURS = {"everyone": "#dbe7d3", "couple": "#f3dccf", "leader": "#d9d7ef"}
BADGE_TEXT = "#2a2723"


class QuestionDelegate(QStyledItemDelegate):
    """Draws a question with its visibility badge on the right; done questions are muted."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.data(GuideModel.IsSectionRole):
            opt = QStyleOptionViewItem(option)
            opt.font.setBold(True)
            super().paint(painter, opt, index)
            return
        visibility = index.data(GuideModel.VisibilityRole) or "everyone"
        label = VISIBILITY_LABELS.get(visibility, visibility)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.8, 7.0))
        metrics = QFontMetrics(small)
        badge_w = metrics.horizontalAdvance(label) + 12
        opt = QStyleOptionViewItem(option)
        # What the leader reads from: notes in italics and muted, passages as they are.
        if index.data(GuideModel.IsMaterialRole) and index.data(GuideModel.KindRole) in (
            "note",
            "care",
            "follow_up",
            "prompt",
        ):
            opt.font.setItalic(True)
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
            opt.palette.setColor(QPalette.ColorRole.Text, muted)
        if index.data(GuideModel.DoneRole):
            opt.font.setStrikeOut(True)
            opt.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.PlaceholderText)
            )
        opt.rect = option.rect.adjusted(0, 0, -(badge_w + 8), 0)
        super().paint(painter, opt, index)
        badge = QRect(0, 0, badge_w, metrics.height() + 2)
        badge.moveCenter(option.rect.center())
        badge.moveRight(option.rect.right() - 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLOURS.get(visibility, "#e0e0e0")))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor(BADGE_TEXT))
        painter.setFont(small)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(GuideModel.IsSectionRole):
            return QSize(hint.width(), hint.height() + 8)
        # Leave room for the check box and the badge, and wrap long questions.
        width = option.rect.width()
        if width <= 0 and isinstance(option.widget, QAbstractItemView):
            width = option.widget.viewport().width() - 40
        width = max(width - 110, 120)
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
        model.modelReset.connect(self.expandAll)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # re-wrap questions to the new width


class GuidePanel(QWidget):
    """Tabs for Couple, Group and Session. Reports clicks; editing goes through the model."""

    question_activated = Signal(str, int, int)  # question id ("" for a passage), source start, end
    audience_changed = Signal(str)

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_panel")
        self.setAccessibleName("Discussion guide")
        self.summary = QLabel(self)
        self.summary.setObjectName("guide_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setContentsMargins(6, 4, 6, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("guide_tabs")
        self.tabs.setAccessibleName("Guide audience")
        self.tabs.setDocumentMode(True)
        self.models: dict[str, GuideModel] = {}
        self.trees: dict[str, GuideTree] = {}
        for audience, title in AUDIENCE_TABS:
            model = GuideModel(self)
            tree = GuideTree(model, audience, self.tabs)
            tree.clicked.connect(self._on_tree_clicked)
            tree.activated.connect(self._on_tree_clicked)
            self.models[audience] = model
            self.trees[audience] = tree
            self.tabs.addTab(tree, title)
        self.tabs.currentChanged.connect(lambda _i: emit(self.audience_changed, self.audience))
        tools = QHBoxLayout()
        tools.setContentsMargins(4, 2, 4, 2)
        for action_id in (
            ActionId.ADD_QUESTION,
            ActionId.EDIT_QUESTION,
            ActionId.DELETE_QUESTION,
            ActionId.MARK_DONE,
            ActionId.REGENERATE_GUIDE,
        ):
            button = QToolButton(self)
            button.setDefaultAction(registry[action_id])
            button.setAccessibleName(registry[action_id].text().replace("&", "").rstrip("…"))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(tools)

    @property
    def audience(self) -> str:
        return AUDIENCE_TABS[self.tabs.currentIndex()][0]

    def set_audience(self, audience: str) -> None:
        keys = [a for a, _ in AUDIENCE_TABS]
        if audience in keys:
            self.tabs.setCurrentIndex(keys.index(audience))

    def current_tree(self) -> GuideTree:
        return self.trees[self.audience]

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

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        if index.data(GuideModel.IsSectionRole) is False:
            emit(
                self.question_activated,
                str(index.data(GuideModel.IdRole) or ""),  # "" for a passage or an outline point
                int(index.data(GuideModel.StartRole)),
                int(index.data(GuideModel.EndRole)),
            )
