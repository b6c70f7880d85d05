"""The article open in the window: one object the panes subscribe to.

The app's controller opens and clears it; the guide, the notes and the app
itself listen (``opened``, ``cleared``, ``analysed``) instead of the
controller pushing the article to each pane in turn. The export and the
discuss-together view read it through :meth:`CurrentArticle.get`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.signals import emit

if TYPE_CHECKING:
    from guides.analysis.analyze import Analysis
    from guides.article import Article


class CurrentArticle(QObject):
    opened = Signal(int, object)
    """The library id and the :class:`~guides.article.Article` now open."""
    cleared = Signal()
    """No article is open (the one open was deleted)."""
    analysed = Signal(object, object)
    """The open :class:`~guides.article.Article` and its :class:`~guides.analysis.analyze.Analysis`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id: int | None = None
        self._article: Article | None = None
        self._analysis: Analysis | None = None

    @property
    def article_id(self) -> int | None:
        return self._id

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def analysis(self) -> Analysis | None:
        """The open article's analysis once it has arrived; None before."""
        return self._analysis

    def get(self) -> tuple[int, Article] | None:
        """The article open now, with its id in the library; None when none is."""
        if self._id is None or self._article is None:
            return None
        return self._id, self._article

    def open(self, article_id: int, article: Article) -> None:
        """``article`` is open now (its analysis is still to come)."""
        self._id, self._article, self._analysis = article_id, article, None
        emit(self.opened, article_id, article)

    def clear(self) -> None:
        self._id, self._article, self._analysis = None, None, None
        emit(self.cleared)

    def set_analysis(self, article: Article, analysis: Analysis) -> bool:
        """The analysis of ``article``; dropped (False) when another article was opened meanwhile."""
        if article is not self._article:
            return False
        self._analysis = analysis
        emit(self.analysed, article, analysis)
        return True
