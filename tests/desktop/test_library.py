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
    dropped: list[tuple[int, int, int]] = []
    model.article_dropped_on_series.connect(lambda article, series, at: dropped.append((article, series, at)))
    mime = model.mimeData([first])
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, autumn)
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, autumn)  # on the series: at the end
    model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, autumn)  # above its first article
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index(0, 0, autumn))  # on an article
    assert dropped == [(1, 7, -1), (1, 7, 0), (1, 7, 0)]
    assert model.series_articles(7) == (2,) and model.series_list() == [(7, "Autumn")]
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
    emit(panel.model.article_dropped_on_series, first, series_id, -1)
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


def test_series_are_made_renamed_ordered_and_deleted_with_undo(  # type: ignore[no-untyped-def]
    app_window, article: Article, open_in_app
) -> None:
    window, app = app_window
    first = open_in_app(app, article)
    others = [
        open_in_app(
            app, build_article([BlockDraft("paragraph", f"Evening {n} together.")], title=f"Evening {n}")
        )
        for n in (2, 3)
    ]
    panel, shelf = window.library, app.shelf
    shelf.create_series("Autumn")
    series_id = app.library.series.all()[0].id
    for article_id in (first, *others):
        emit(panel.model.article_dropped_on_series, article_id, series_id, -1)
    assert app.library.series.get(series_id).article_ids == (first, *others)
    # Dragging the last article onto the first one's place makes it week 1.
    emit(panel.model.article_dropped_on_series, others[1], series_id, 0)
    assert app.library.series.get(series_id).article_ids == (others[1], first, others[0])
    shelf.move_in_series(series_id, first, 1)
    assert app.library.series.get(series_id).article_ids == (others[1], others[0], first)
    app.stack.undo()
    assert app.library.series.get(series_id).article_ids == (others[1], first, others[0])
    app.stack.redo()
    shelf.remove_from_series(series_id, others[0])
    assert app.library.series.get(series_id).article_ids == (others[1], first)
    shelf.rename_series_to(series_id, "Autumn evenings")
    assert panel.model.data(panel.model.index(0, 0)) == "Series: Autumn evenings (2)"
    app.stack.undo()
    assert app.library.series.get(series_id).name == "Autumn"
    shelf.delete_series(series_id)
    assert app.library.series.all() == []
    app.stack.undo()
    assert app.library.series.get(series_id).article_ids == (others[1], first)
    while app.stack.canUndo():
        app.stack.undo()
    assert app.library.series.all() == []  # back to before the series was made


def test_context_menus_of_series_and_their_articles(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    first = open_in_app(app, article)
    app.shelf.create_series("Autumn")
    series_id = app.library.series.all()[0].id
    panel, model = window.library, window.library.model
    all_articles = model.index(1, 0)
    menu = panel.context_menu(model.index(0, 0, all_articles))
    assert menu is not None and menu.objectName() == "article_menu"
    (add,) = [a for a in menu.actions() if a.menu() is not None]
    (into,) = add.menu().actions()
    assert into.text() == "Autumn"
    into.trigger()
    assert app.library.series.get(series_id).article_ids == (first,)
    series_row = model.index(0, 0)
    menu = panel.context_menu(series_row)
    assert menu is not None and [a.text() for a in menu.actions() if a.text()] == [
        "&Rename Series…",
        "&Print Booklet…",
        "&Delete Series",
    ]
    requested: list[int] = []
    app.shelf.booklet_requested.disconnect()
    app.shelf.booklet_requested.connect(requested.append)
    menu.actions()[1].trigger()
    assert requested == [series_id]
    menu = panel.context_menu(model.index(0, 0, series_row))
    assert menu is not None and menu.objectName() == "series_article_menu"
    texts = {a.text(): a for a in menu.actions()}
    assert not texts["Move &Earlier"].isEnabled() and not texts["Move &Later"].isEnabled()
    texts["&Remove from Series"].trigger()
    assert app.library.series.get(series_id).article_ids == ()
    app.shelf.ask_series_name = lambda current: "Winter"  # type: ignore[method-assign]
    app.shelf.rename_series(series_id)
    assert app.library.series.get(series_id).name == "Winter"
