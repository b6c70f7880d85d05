"""Series: an ordered list of articles for a study over several weeks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guides.article import BlockDraft, build_article
from guides.library import InvalidValueError, Library, NotFoundError


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as lib:
        yield lib


@pytest.fixture
def articles(library: Library) -> list[int]:
    return [
        library.articles.add(
            build_article(
                [BlockDraft("paragraph", f"Week {n} reading.")], title=f"Week {n}", source=f"/w{n}.txt"
            )
        ).article_id
        for n in (1, 2, 3)
    ]


def test_a_series_keeps_its_order(library: Library, articles: list[int]) -> None:
    series = library.series.create(
        "Trust, six weeks", description="Tuesdays", article_ids=(articles[0], articles[1])
    )
    assert series.article_ids == (articles[0], articles[1]) and series.description == "Tuesdays"
    series = library.series.add_article(series.id, articles[2], index=0)
    assert series.article_ids == (articles[2], articles[0], articles[1])
    series = library.series.add_article(series.id, articles[2])  # already in: moves to the end
    assert series.article_ids == (articles[0], articles[1], articles[2])
    series = library.series.reorder(series.id, [articles[1], articles[2], articles[0]])
    assert library.series.get(series.id).article_ids == (articles[1], articles[2], articles[0])
    listed = library.articles.all(series_id=series.id)
    assert [a.id for a in listed] == [articles[1], articles[2], articles[0]]


def test_remove_rename_and_delete(library: Library, articles: list[int]) -> None:
    series = library.series.create("Study", article_ids=tuple(articles))
    assert library.series.remove_article(series.id, articles[1]).article_ids == (articles[0], articles[2])
    assert library.series.rename(series.id, "  Spring   study ").name == "Spring study"
    assert [s.id for s in library.series.containing(articles[0])] == [series.id]
    assert library.series.containing(articles[1]) == []
    library.series.delete(series.id)
    assert library.series.all() == []
    assert len(library.articles.all()) == 3  # the articles stay


def test_bad_requests_are_refused(library: Library, articles: list[int]) -> None:
    with pytest.raises(InvalidValueError):
        library.series.create("   ")
    series = library.series.create("Study", article_ids=(articles[0],))
    with pytest.raises(InvalidValueError):
        library.series.reorder(series.id, [articles[1]])
    with pytest.raises(NotFoundError):
        library.series.add_article(series.id, 999)
    with pytest.raises(NotFoundError):
        library.series.get(999)
    with pytest.raises(NotFoundError):
        library.series.create("Other", article_ids=(999,))
    assert [s.name for s in library.series.all()] == ["Study"]  # the failed create left nothing


def test_every_change_undoes_and_redoes(library: Library, articles: list[int]) -> None:
    made = library.series.create_undoable("Study", article_ids=(articles[0],))
    series_id = made.value.id
    steps = [
        library.series.edit(series_id, name="Spring study"),
        library.series.edit(series_id, article_ids=(articles[0], articles[2])),
        library.series.edit(series_id, article_ids=(articles[2], articles[0])),
        library.series.edit(series_id, article_ids=(articles[2],)),
    ]
    assert [s.label for s in steps] == [
        "Rename series",
        "Add to series",
        "Reorder series",
        "Remove from series",
    ]
    states = [library.series.get(series_id)]
    redos = []
    for step in reversed(steps):  # undo them all, last first ...
        redos.append(library.apply(step.undo))
        states.append(library.series.get(series_id))
    assert [s.name for s in states] == ["Spring study"] * 4 + ["Study"]
    assert [s.article_ids for s in states] == [
        (articles[2],),
        (articles[2], articles[0]),
        (articles[0], articles[2]),
        (articles[0],),
        (articles[0],),
    ]
    for redo in reversed(redos):  # ... then redo them all, first first
        library.apply(redo)
    assert library.series.get(series_id).article_ids == (articles[2],)
    assert library.series.get(series_id).name == "Spring study"
    gone = library.series.edit(series_id, delete=True)
    assert library.series.all() == [] and gone.value is None
    back = library.apply(gone.undo)
    assert library.series.get(series_id).name == "Spring study"  # the same id, name and articles
    assert library.series.get(series_id).created_at == made.value.created_at
    library.apply(back)
    library.apply(made.undo)  # undoing the creation of a series already gone is harmless
    assert library.series.all() == []


def test_a_restored_series_skips_articles_deleted_since(library: Library, articles: list[int]) -> None:
    series = library.series.create("Study", article_ids=tuple(articles))
    gone = library.series.edit(series.id, delete=True)
    library.articles.delete(articles[1])
    library.apply(gone.undo)
    assert library.series.get(series.id).article_ids == (articles[0], articles[2])


def test_edit_refuses_unknown_or_repeated_articles(library: Library, articles: list[int]) -> None:
    series = library.series.create("Study")
    with pytest.raises(NotFoundError):
        library.series.edit(series.id, article_ids=(999,))
    with pytest.raises(InvalidValueError):
        library.series.edit(series.id, article_ids=(articles[0], articles[0]))
    with pytest.raises(InvalidValueError):
        library.series.edit(series.id, name="  ")
