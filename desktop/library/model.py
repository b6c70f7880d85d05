"""The library as a tree model: each series with its articles, then every article.

Rows are the engine's article summaries (title, author, site, date, tags)
and series (id, name). "All articles" is sorted as the reader chose: by
when they were last read, by title, or by the articles' own dates (undated
ones last). Under each title a second line says who wrote it, where and
when, and marks an article with notes or a worksheet made from it; an
article with none of that says how long it is, so no row has a blank line.
Dragging an article onto a series asks to add it there, and dropping it on or
between a series' articles asks to put it at that week
(``article_dropped_on_series``, with the position, -1 for the end): that is
also how a series is put in order. The controller does it and reloads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.signals import emit

if TYPE_CHECKING:
    from guides.library import ArticleSummary, SearchHit, Series

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-porchlight-article"


@dataclass(frozen=True)
class Group:
    """A top-level row: a series (``series_id``) or all articles (``series_id`` None)."""

    title: str
    series_id: int | None
    articles: tuple[ArticleSummary, ...]


SORTS = (("recent", "Recently read"), ("title", "Title"), ("date", "Date written"))

_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "ene"),
            ("feb",),
            ("mar",),
            ("apr", "abr"),
            ("may",),
            ("jun",),
            ("jul",),
            ("aug", "ago"),
            ("sep", "set"),
            ("oct",),
            ("nov",),
            ("dec", "dic"),
        ),
        1,
    )
    for name in names
}


def date_key(text: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of a date as articles write it ("March 4, 2024", "2024-03-04",
    "4 de marzo de 2024"); None when it has no year."""
    import re

    if not text:
        return None
    iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if iso:
        return int(iso[1]), int(iso[2]), int(iso[3])
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    if year is None:
        return None
    month = next((n for word in re.findall(r"[A-Za-zé]+", text.lower()) if (n := _MONTHS.get(word[:3]))), 0)
    day = re.search(r"\b(\d{1,2})\b", text)
    return int(year[1]), month, int(day[1]) if day else 0


def sorted_articles(articles: Sequence[ArticleSummary], sort: str) -> list[ArticleSummary]:
    """The articles in the reader's order."""
    if sort == "title":
        return sorted(articles, key=lambda a: a.title.casefold())
    if sort == "date":
        dated = sorted(
            (a for a in articles if date_key(a.date)),
            key=lambda a: date_key(a.date) or (0, 0, 0),
            reverse=True,
        )
        return dated + sorted((a for a in articles if not date_key(a.date)), key=lambda a: a.title.casefold())
    return sorted(articles, key=lambda a: (a.opened_at or "", a.added_at), reverse=True)


def article_line(summary: ArticleSummary, worksheet: bool = False) -> str:
    """ "Author · Site · 2024-03-02 · #tag · ✎ 3 notes · worksheet made" under the title."""
    parts = [p for p in (getattr(summary, "author", None), summary.site, summary.date) if p]
    tags = " ".join(f"#{t}" for t in summary.tags)
    if tags:
        parts.append(tags)
    count = getattr(summary, "annotation_count", 0)
    if count:
        parts.append(f"✎ {count} note{'s' if count != 1 else ''}")
    if worksheet:
        parts.append("worksheet made")  # (plain words: "⎙" is in few of the fonts a desktop has)
    if not parts:
        parts.append(f"{summary.word_count:,} words")
    return " · ".join(parts)


# Item flags worked out once: combining Qt's Python enums costs time, and flags() runs for every row.
_ITEM = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_SERIES_FLAGS = _ITEM | Qt.ItemFlag.ItemIsDropEnabled
_ARTICLE_FLAGS = _ITEM | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren


class LibraryModel(QAbstractItemModel):
    ArticleIdRole = Qt.ItemDataRole.UserRole + 1
    SeriesIdRole = Qt.ItemDataRole.UserRole + 2
    IsGroupRole = Qt.ItemDataRole.UserRole + 3
    DetailRole = Qt.ItemDataRole.UserRole + 4

    article_dropped_on_series = Signal(int, int, int)  # article id, series id, position (-1: the end)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._sort = "recent"
        self._worksheets: frozenset[int] = frozenset()

    def set_library(
        self,
        articles: Sequence[ArticleSummary],
        series: Sequence[tuple[Series, Sequence[ArticleSummary]]],
        sort: str | None = None,
        worksheets: Sequence[int] = (),
    ) -> None:
        """``series`` holds (series, its articles in order) pairs; "All articles" is sorted by ``sort``;
        ``worksheets`` are the ids of articles a worksheet was made from."""
        self.beginResetModel()
        self._sort = sort or self._sort
        self._worksheets = frozenset(worksheets)
        self._groups = [Group(s.name, s.id, tuple(items)) for s, items in series]
        self._groups.append(Group("All articles", None, tuple(sorted_articles(articles, self._sort))))
        self.endResetModel()

    @property
    def order(self) -> str:
        """How "All articles" is sorted (QAbstractItemModel.sort is Qt's)."""
        return self._sort

    def article_count(self) -> int:
        return len(self._groups[-1].articles) if self._groups else 0

    def index_of_article(self, article_id: int) -> QModelIndex:
        if not self._groups:
            return QModelIndex()
        g = len(self._groups) - 1
        for row, summary in enumerate(self._groups[g].articles):
            if summary.id == article_id:
                return self.index(row, 0, self.index(g, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or row >= len(self._groups[parent.row()].articles):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()].articles)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def _summary(self, index: Index) -> ArticleSummary | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].articles[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._summary(index)
        if summary is None:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                kind = "" if group.series_id is None else "Series: "
                return f"{kind}{group.title} ({len(group.articles)})"
            if role == self.IsGroupRole:
                return True
            if role == self.SeriesIdRole:
                return group.series_id
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        worksheet = summary.id in self._worksheets
        if role == self.DetailRole:
            return article_line(summary, worksheet)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.title}. {article_line(summary, worksheet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.title}\n{article_line(summary, worksheet)}\n{summary.word_count:,} words"
        if role == self.ArticleIdRole:
            return summary.id
        if role == self.IsGroupRole:
            return False
        if role == self.SeriesIdRole:
            return self._groups[index.internalId() - 1].series_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return _SERIES_FLAGS if self._groups[index.row()].series_id is not None else _ITEM
        return _ARTICLE_FLAGS

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [s.id for s in (self._summary(i) for i in indexes) if s is not None]
        mime = QMimeData()
        mime.setData(MIME_TYPE, json.dumps(ids).encode())
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._series_at(parent) is not None and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        series_id = self._series_at(parent)
        if series_id is None or not data.hasFormat(MIME_TYPE):
            return False
        position = self.drop_position(row, parent)
        for offset, article_id in enumerate(json.loads(bytes(data.data(MIME_TYPE).data()).decode())):
            at = position + offset if position >= 0 else -1
            emit(self.article_dropped_on_series, int(article_id), series_id, at)
        return False  # the controller reloads the library; nothing to remove here

    def drop_position(self, row: int, parent: Index) -> int:
        """Where a drop puts the article: between rows, on an article (its place), or -1 (the end)."""
        if parent.isValid() and parent.internalId() != 0:
            return parent.row()  # dropped on an article of the series: take its place
        return row if row >= 0 else -1

    def series_of(self, index: Index) -> int | None:
        """The series a row belongs to (a series row, or an article listed under one)."""
        return self._series_at(index)

    def series_articles(self, series_id: int) -> tuple[int, ...]:
        """The ids of a series' articles, in order, as shown."""
        group = next((g for g in self._groups if g.series_id == series_id), None)
        return tuple(a.id for a in group.articles) if group else ()

    def series_list(self) -> list[tuple[int, str]]:
        """(id, name) of every series, as listed."""
        return [(g.series_id, g.title) for g in self._groups if g.series_id is not None]

    def _series_at(self, index: Index) -> int | None:
        if not index.isValid():
            return None
        if index.internalId() != 0:
            index = index.parent()
        return self._groups[index.row()].series_id


def guide_name(audience: str) -> str:
    """What a search hit calls the guide of ``audience`` ("couple’s guide"), from the engine's
    audience registry; nothing for an audience it does not know."""
    from guides.guide.audiences import audience as spec

    try:
        return spec(audience).guide_name
    except KeyError:
        return ""


class SearchModel(QAbstractItemModel):
    """Full-text search hits: article title and the snippet with the match in bold."""

    ArticleIdRole = LibraryModel.ArticleIdRole
    RefRole = Qt.ItemDataRole.UserRole + 10
    KindRole = Qt.ItemDataRole.UserRole + 11

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or column != 0 or not 0 <= row < len(self._hits):
            return QModelIndex()
        return self.createIndex(row, 0, 0)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        where = {"article": "", "note": "Note · ", "question": "Question · "}.get(hit.kind, "")
        if hit.kind == "question" and "/" in hit.ref:
            guide = guide_name(hit.ref.split("/", 1)[0])
            where = f"Question in the {guide} · " if guide else where
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == LibraryModel.DetailRole:
            return where + hit.snippet
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}: {where}{hit.snippet.replace('[', '').replace(']', '')}"
        if role == self.ArticleIdRole:
            return hit.article_id
        if role == self.RefRole:
            return hit.ref
        if role == self.KindRole:
            return hit.kind
        if role == LibraryModel.IsGroupRole:
            return False
        return None
