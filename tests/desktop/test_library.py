"""The library pane: models without a window, full-text search with snippets, series, delete with undo."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

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
    author: str | None = None
    annotation_count: int = 0
    added_at: str = "2024-01-01T00:00:00"
    opened_at: str | None = None


@dataclass
class FakeSeries:
    id: int
    name: str


def test_library_model_groups_and_lines() -> None:
    tags = ("marriage", "kindness")
    a = Summary(1, "Small Hinges", "Kitchen Table Notes", "March 4, 2024", tags, opened_at="2024-03-05")
    b = Summary(2, "Learning to Disagree", None, None, ())
    model = LibraryModel()
    model.set_library([a, b], [(FakeSeries(7, "Autumn"), [b])], sort="recent")
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
    assert [a.id for a in app.library.articles.all()] == [first]  # in the trash, in the file, at once
    assert [t.article_id for t in app.library.trash.all()] == [second]
    app.stack.undo()
    assert panel.model.article_count() == 2
    assert app.library.trash.all() == []
    app.stack.redo()
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
    pdf = tmp_path / "renamed.pdf"
    app.exports.save_pdf(pdf)
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
def test_thirty_articles_sort_and_say_what_they_hold() -> None:
    from desktop.library.model import date_key, sorted_articles

    for written in ("March 4, 2024", "2024-03-04", "4 de marzo de 2024"):
        assert date_key(written) == (2024, 3, 4)
    assert date_key("Tuesday") is None
    articles = [
        Summary(1, "Zeal", None, "May 1, 2020", (), opened_at="2024-05-01"),
        Summary(2, "Anchor", None, None, (), opened_at="2024-06-01"),
        Summary(3, "Mercy", None, "2023-01-09", (), opened_at=None, added_at="2024-07-01"),
    ]
    assert [a.id for a in sorted_articles(articles, "title")] == [2, 3, 1]
    assert [a.id for a in sorted_articles(articles, "date")] == [3, 1, 2]  # undated last
    assert [a.id for a in sorted_articles(articles, "recent")] == [2, 1, 3]
    model = LibraryModel()
    noted = Summary(4, "With notes", "Notes", None, (), author="Daniel Reyes", annotation_count=3)
    bare = Summary(5, "Nothing known", None, None, (), word_count=1200)
    model.set_library([noted, bare], [], sort="title", worksheets=[4])
    every = model.index(0, 0)
    rows = [model.index(r, 0, every) for r in range(2)]
    lines = {model.data(row): model.data(row, LibraryModel.DetailRole) for row in rows}
    assert lines["With notes"] == "Daniel Reyes · Notes · ✎ 3 notes · worksheet made"
    assert lines["Nothing known"] == "1,200 words"  # never a blank second line


def test_a_question_hit_says_which_guide_it_is_from() -> None:
    model = SearchModel()
    model.set_hits([Hit("question", 3, "Small Hinges", "what [kindness] did you", "group/q-1")])
    assert model.data(model.index(0, 0), LibraryModel.DetailRole) == (
        "Question in the group’s guide · what [kindness] did you"
    )


def test_rows_never_overlap_in_a_wide_or_narrow_pane(app_window) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    window.resize(1280, 800)
    for n in range(30):
        title = f"A rather long title for the evening reading number {n + 1}, about small kindnesses"
        app.library.articles.add(build_article([BlockDraft("paragraph", f"Evening {n}.")], title=title))
    app.shelf.reload()
    tree = window.library.tree
    for width in (180, 260, 420):
        window.splitter.setSizes([width, 600, 400])
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()
        every = window.library.model.index(window.library.model.rowCount() - 1, 0)
        rects = [tree.visualRect(window.library.model.index(r, 0, every)) for r in range(8)]
        for upper, lower in itertools.pairwise(rects):
            assert upper.bottom() < lower.top() + 1, (width, upper, lower)
        delegate = tree.itemDelegate()
        index = window.library.model.index(0, 0, every)
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        option.rect = rects[0]
        assert delegate.sizeHint(option, index).height() <= rects[0].height() + 1
    app.set_prefs(library_sort="title")
    assert window.library.sort_box.currentData() == "title"
    model = window.library.model
    first = model.index(0, 0, model.index(0, 0))
    assert model.data(first).startswith("A rather long title for the evening reading number 1,")


def test_delete_offers_undo_in_the_message_and_a_crash_keeps_it_in_the_trash(  # type: ignore[no-untyped-def]
    app_window, article: Article, open_in_app, qtbot
) -> None:
    from desktop.app import build

    window, app = app_window
    article_id = open_in_app(app, article)
    quote = article.text[:20]
    app.library.annotations.add(article_id, 0, 20, note="Talk about this on Sunday")
    app.shelf.delete(article_id)
    assert window.library.model.article_count() == 0
    assert 'href="undo"' in window.message_bar.text and "Small Hinges" in window.message_bar.text

    window.message_bar.label.linkActivated.emit("undo")  # the message's Undo
    assert window.library.model.article_count() == 1
    assert "is back" in window.message_bar.text
    notes = app.library.annotations.for_article(article_id)
    assert [(n.quote, n.note) for n in notes] == [(quote, "Talk about this on Sunday")]

    window.registry[ActionId.DELETE_ARTICLE].trigger()  # Edit › Delete on the chosen (open) article
    assert app.library.articles.all() == []
    # The app dies here (nothing runs on close); the next start reads the file as it is.
    window2, app2 = build(app.runner)
    qtbot.addWidget(window2)
    try:
        app2.start()
        assert article_id not in [a.id for a in app2.shelf.summaries]  # (the first-run sample may be)
        assert app2.article_id != article_id
        assert [t.article_id for t in app2.library.trash.all()] == [article_id]
    finally:
        app2.library.close()


def test_the_trash_dialog_restores_an_article_deleted_in_an_earlier_session(  # type: ignore[no-untyped-def]
    app_window, article: Article, open_in_app
) -> None:
    window, app = app_window
    article_id = open_in_app(app, article)
    app.library.annotations.add(article_id, 0, 20, note="Ours")
    app.shelf.delete(article_id)
    app.stack.clear()  # as after a restart: Undo no longer reaches the delete

    window.registry[ActionId.SHOW_TRASH].trigger()
    dialog = app.shelf._trash_dialog
    assert dialog is not None and dialog.list.count() == 1
    assert "Small Hinges" in dialog.list.item(0).text() and "1 note" in dialog.list.item(0).text()
    dialog.restore_button.click()
    assert dialog.list.count() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert [n.note for n in app.library.annotations.for_article(article_id)] == ["Ours"]
    assert app.article_id == article_id  # nothing was open: it opens
    app.stack.undo()  # a restore is undoable too
    assert dialog.list.count() == 1 and app.library.articles.all() == []

    app.shelf.confirm_empty_trash = lambda count: count == 1
    dialog.empty_button.click()
    assert dialog.list.count() == 0 and app.library.trash.all() == []
    assert "for good" in window.message_bar.text
    dialog.close()


def test_undo_of_a_delete_after_the_trash_was_emptied_says_so_in_one_line(  # type: ignore[no-untyped-def]
    app_window, article: Article, open_in_app
) -> None:
    window, app = app_window
    article_id = open_in_app(app, article)
    app.shelf.delete(article_id)
    app.library.trash.purge()
    app.stack.undo()
    assert "no longer in the trash" in window.message_bar.text
    assert app.library.articles.all() == []


def test_the_trash_is_emptied_of_what_waited_a_month_once_the_app_has_started(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, runner, article: Article
) -> None:
    from datetime import UTC, datetime, timedelta

    from desktop.app import build
    from guides.library import Library

    path = tmp_path / "old-trash.sqlite3"
    long_ago = datetime.now(UTC) - timedelta(days=60)
    with Library(path, clock=lambda: long_ago) as before:
        before.trash.delete(before.articles.add(article).article_id)
    window, app = build(runner, library=Library(path))
    qtbot.addWidget(window)
    window.show()
    app.start()  # the start itself writes nothing; the trash is emptied a moment later
    qtbot.waitUntil(lambda: app.library.trash.all() == [], timeout=10_000)
    window.close()


def test_a_damaged_library_is_announced_shortly_after_the_start(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, runner, article: Article
) -> None:
    import sqlite3

    from desktop.app import build
    from guides.library import Library

    path = tmp_path / "damaged.sqlite3"
    with Library(path) as before:
        saved = before.articles.add(article)
        before.annotations.add_quote(saved.article_id, "Old doors", note="Ours")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    index = "annotations_by_reader"
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:  # scribble over an index: the articles still read
        handle.seek(page * (root - 1))
        handle.write(b"\x0d" + b"\xff" * 11)
    window, app = build(runner, library=Library(path))
    qtbot.addWidget(window)
    window.show()
    app.start()
    assert app.article is not None and app.article.title == "Small Hinges"  # it opens to be read
    qtbot.waitUntil(lambda: "damaged" in window.message_bar.text, timeout=10_000)
    # The trash's emptying after the start is what finds it when nothing else writes.
    window.message_bar.show_message("")
    app.shelf.empty_old_trash()
    assert "damaged" in window.message_bar.text
    window.close()


def test_a_library_folded_away_lists_its_articles_when_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A hidden list is not laid out; shown, its groups are open and the article chosen is in view."""
    from desktop.library.panel import LibraryPanel

    model = LibraryModel()
    panel = LibraryPanel(model, SearchModel())
    qtbot.addWidget(panel)
    panel.resize(320, 300)
    summaries = [Summary(n, f"Evening {n}", None, None, ()) for n in range(1, 201)]
    model.set_library(summaries, [], sort="title")
    panel.select_article(7)  # "Evening 7" sorts near the end of 200 titles
    assert panel.current_article_id() == 7
    assert not panel.tree.isExpanded(model.index(0, 0))  # nothing laid out while hidden
    panel.show()
    qtbot.waitExposed(panel)
    every = model.index(0, 0)
    assert panel.tree.isExpanded(every)
    chosen = model.index_of_article(7)
    assert panel.tree.visualRect(chosen).intersects(panel.tree.viewport().rect())
    model.set_library(summaries[:50], [], sort="title")  # shown: a new list is open at once
    assert panel.tree.isExpanded(model.index(0, 0))


def test_the_row_width_is_the_viewport_s_with_or_without_a_scroll_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Rows are measured without asking for the viewport widget (costly to PySide6 the first time)."""
    from desktop.library.panel import LibraryPanel
    from desktop.widgets.viewport import viewport_width

    model = LibraryModel()
    panel = LibraryPanel(model, SearchModel())
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.tree.verticalScrollBar()
    for count, scrolls in ((3, False), (200, True), (3, False)):
        model.set_library([Summary(n, f"Evening {n}", None, None, ()) for n in range(count)], [], "title")
        qtbot.waitUntil(lambda scrolls=scrolls: bar.isVisible() == scrolls)
        assert viewport_width(panel.tree) == panel.tree.viewport().width()
