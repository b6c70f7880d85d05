"""The article open is one object the panes follow: opened, cleared, analysed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop.controller import AppController
from desktop.current import CurrentArticle
from desktop.main_window import MainWindow
from guides.article import Article


def test_the_guide_and_the_notes_follow_the_current_article(
    app_window: tuple[MainWindow, AppController],
    article: Article,
    open_in_app: Callable[[AppController, Article], int],
) -> None:
    window, app = app_window
    seen: list[str] = []
    app.current.opened.connect(lambda article_id, _a: seen.append(f"opened {article_id}"))
    app.current.analysed.connect(lambda _a, analysis: seen.append(f"analysed {type(analysis).__name__}"))
    app.current.cleared.connect(lambda: seen.append("cleared"))
    article_id = open_in_app(app, article)
    assert seen == [f"opened {article_id}", "analysed Analysis"]
    assert app.current.get() == (article_id, app.article)
    assert app.guides.article_id == article_id and app.notes.article_id == article_id
    assert window.guide.models["couple"].guide is not None  # made once the analysis arrived
    app.library.annotations.add_quote(article_id, "small hinges", note="Ours too", reader="Anna")
    app.notes.refresh()
    assert len(app.notes.annotations) == 1

    app.current.clear()
    assert seen[-1] == "cleared" and app.current.get() is None
    assert app.guides.article_id is None and app.notes.article_id is None
    assert window.guide.models["couple"].guide is None and app.notes.annotations == []


def test_an_analysis_of_an_article_no_longer_open_is_dropped(article: Article) -> None:
    current = CurrentArticle()
    seen: list[object] = []
    current.analysed.connect(lambda a, analysis: seen.append(analysis))
    current.open(1, article)
    other = replace(article, title="Another")
    current.open(2, other)
    assert not current.set_analysis(article, object())  # type: ignore[arg-type]
    assert seen == [] and current.analysis is None
