"""The library pane: models without a window, full-text search with snippets, series, delete with undo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.actions import ActionId
from desktop.library.model import LibraryModel, SearchModel
from desktop.signals import emit
from guides.article import Article, BlockDraft, build_article


@dataclass
class Summary:
    id: int
    title: str
    site: str | None
    date: str | None
    tags: tuple[str, ...]
    word_count: int = 100


@dataclass
class FakeSeries:
    id: int
    name: str


def test_library_model_groups_and_lines() -> None:
    a = Summary(1, "Small Hinges", "Kitchen Table Notes", "March 4, 2024", ("marriage", "kindness"))
    b = Summary(2, "Learning to Disagree", None, None, ())
    model = LibraryModel()
    model.set_library([a, b], [(FakeSeries(7, "Autumn"), [b])])
    assert model.rowCount() == 2
    autumn, every = model.index(0, 0), model.index(1, 0)
    assert model.data(autumn) == "Series: Autumn (1)"
    assert model.data(every) == "All articles (2)"
    first = model.index(0, 0, every)
    assert model.data(first) == "Small Hinges"
    assert (
        model.data(first, LibraryModel.DetailRole)
        == "Kitchen Table Notes · March 4, 2024 · #marriage #kindness"
    )
    assert model.data(first, LibraryModel.ArticleIdRole) == 1
    assert model.flags(autumn) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(every) & Qt.ItemFlag.ItemIsDropEnabled
    dropped: list[tuple[int, int]] = []
    model.article_dropped_on_series.connect(lambda article, series: dropped.append((article, series)))
    mime = model.mimeData([first])
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, autumn)
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, autumn)
    assert dropped == [(1, 7)]
    assert model.index_of_article(2) == model.index(1, 0, every)


@dataclass
class Hit:
    kind: str
    article_id: int
    title: str
    snippet: str
    ref: str


def test_search_model_snippets() -> None:
    model = SearchModel()
    model.set_hits([Hit("note", 3, "Small Hinges", "we both [forget] this", "12")])
    index = model.index(0, 0)
    assert model.data(index) == "Small Hinges"
    assert model.data(index, LibraryModel.DetailRole) == "Note · we both [forget] this"
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "Small Hinges: Note · we both forget this"
    assert model.data(index, SearchModel.ArticleIdRole) == 3


def test_search_series_and_delete_with_undo(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    first = open_in_app(app, article)
    other = build_article(
        [BlockDraft("paragraph", "An evening walk, and a long talk about money.")], title="Another Evening"
    )
    second = open_in_app(app, other)
    panel = window.library
    assert panel.model.article_count() == 2

    app.shelf.search("hinges")
    assert panel.stack.currentWidget() is panel.hits
    hits = panel.search_model
    assert hits.rowCount() >= 1
    assert "[hinges]" in hits.data(hits.index(0, 0), LibraryModel.DetailRole)

    app.shelf.create_series("Autumn evenings")
    series_id = app.library.series.all()[0].id
    emit(panel.model.article_dropped_on_series, first, series_id)
    assert app.library.series.get(series_id).article_ids == (first,)
    assert panel.model.data(panel.model.index(0, 0)) == "Series: Autumn evenings (1)"

    app.shelf.delete(second)
    assert panel.model.article_count() == 1
    assert app.article_id is None  # it was the open article
    app.stack.undo()
    assert panel.model.article_count() == 2
    app.stack.redo()
    assert sorted(a.id for a in app.library.articles.all()) == [first, second]  # hidden until closing
    app.shelf.purge()  # what closing the window does
    assert [a.id for a in app.library.articles.all()] == [first]


def test_a_note_hit_opens_its_article_at_the_note(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    start = article.text.index("Marriages do too.")
    window.reader.select_range(start, start + len("Marriages do too."))
    note = app.notes.add_note("Wednesday evenings, the two of us.")
    assert note is not None
    app.shelf.search("wednesday")
    hits = window.library.search_model
    assert hits.rowCount() == 1 and hits.data(hits.index(0, 0), SearchModel.KindRole) == "note"
    window.library._on_hit_chosen(hits.index(0, 0))
    assert window.reader.flashing


def test_rename_with_undo_reaches_the_window_guides_and_worksheet(  # type: ignore[no-untyped-def]
    app_window, article: Article, open_in_app, monkeypatch, tmp_path
) -> None:
    from pypdf import PdfReader

    window, app = app_window
    article_id = open_in_app(app, article)
    monkeypatch.setattr(app.shelf, "ask_name", lambda current: "Kindness at the Door")
    window.registry[ActionId.RENAME_ARTICLE].trigger()
    assert app.article.title == "Kindness at the Door"
    assert window.windowTitle() == "Kindness at the Door — Porchlight"
    assert window.reader.toPlainText().startswith("Kindness at the Door")
    model = window.library.model
    assert model.data(model.index_of_article(article_id)) == "Kindness at the Door"
    assert app.library.guides.get(article_id, "group").guide["title"] == "Kindness at the Door"
    assert window.registry[ActionId.UNDO].text() == "&Undo Rename article"
    app.exports.export_worksheet()
    pdf = app.exports.save_pdf(tmp_path / "renamed.pdf")
    assert pdf is not None
    assert "Kindness at the Door" in "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)

    app.stack.undo()
    assert app.article.title == "Small Hinges"
    assert app.library.guides.get(article_id, "group").guide["title"] == "Small Hinges"
    app.stack.redo()
    assert app.article.title == "Kindness at the Door"
    assert model.data(model.index_of_article(article_id)) == "Kindness at the Door"


def test_an_empty_name_changes_nothing(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    app.shelf.rename_to(app.article_id, "   ")
    assert app.article.title == "Small Hinges"
    assert "could not be renamed" in window.message_bar.label.text()
    assert not app.stack.canUndo()
