"""A start given a file the library already has, unchanged, opens it without importing it again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import build
from desktop.controller import AppController
from desktop.main_window import MainWindow
from desktop.tasks import SyncTaskRunner

ARTICLE = (
    "Small Hinges\n\n"
    "Old doors swing on small hinges. Marriages do too.\n\n"
    "In Ephesians 4:32 Paul writes that we should be kind. What does your spouse meet at the door?\n\n"
    "Be kinder than you need to be, and start first.\n"
)


Start = Callable[[str], tuple[MainWindow, AppController]]


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[Start]:
    """Start the app on the test's library with ``source``, as ``porchlight FILE`` does."""
    started: list[AppController] = []

    def start_(source: str) -> tuple[MainWindow, AppController]:
        for controller in started:  # one app at a time, as one reader's starts are
            controller.library.close()
        window, controller = build(SyncTaskRunner())
        controller.ask_names = False
        qtbot.addWidget(window)
        window.show()
        controller.start(source)
        started.append(controller)
        return window, controller

    yield start_
    for controller in started:
        controller.library.close()


def _count_imports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import guides.importing as importing

    imported: list[str] = []
    real = importing.import_source

    def counting(source: str, **kwargs: object) -> object:
        imported.append(source)
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "import_source", counting)
    return imported


def _shown(window: MainWindow, controller: AppController) -> str:
    """The article's text as the reader shows it; and its guide must be shown beside it."""
    assert window.reader.article is controller.article and controller.article is not None
    assert window.guide.models[window.guide.audience].guide is not None
    return controller.article.text


def test_an_unchanged_file_opens_from_the_library_without_import_or_analysis(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hinges.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    imported = _count_imports(monkeypatch)
    window, controller = start(str(path))
    first = _shown(window, controller)
    assert imported == [str(path)] and "Ephesians 4:32" in first
    marks = [(m.kind, m.start, m.end) for m in controller._analysis_marks]
    assert any(kind == "reference" for kind, *_ in marks)

    import guides.analysis.analyze as analyze_module

    def refuse(_article: object) -> object:
        raise AssertionError("the article was analysed again")

    monkeypatch.setattr(analyze_module, "analyze", refuse)
    window, controller = start(str(path))
    assert imported == [str(path)]  # not read again
    assert _shown(window, controller) == first
    assert [(m.kind, m.start, m.end) for m in controller._analysis_marks] == marks
    assert "has not changed" in window.statusBar().currentMessage()
    assert controller.library.articles.all()[0].id == controller.article_id  # first in "Recently read"

    window, controller = start(path.as_uri())  # as a desktop's "Open with" passes it
    assert imported == [str(path)] and _shown(window, controller) == first


def test_a_changed_file_is_imported_again_and_shows_its_new_words(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hinges.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    imported = _count_imports(monkeypatch)
    window, controller = start(str(path))
    article_id = controller.article_id
    path.write_text(ARTICLE.replace("start first", "go first"), encoding="utf-8")
    window, controller = start(str(path))
    assert imported == [str(path), str(path)]
    assert "go first" in _shown(window, controller) and controller.article_id == article_id  # the same entry
    window, controller = start(str(path))  # and from now on that is the file it has
    assert len(imported) == 2 and "go first" in _shown(window, controller)


def test_a_file_whose_article_was_deleted_is_imported_again(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hinges.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    imported = _count_imports(monkeypatch)
    window, controller = start(str(path))
    assert controller.article_id is not None
    controller.library.trash.delete(controller.article_id)
    window, controller = start(str(path))
    assert len(imported) == 2 and "Ephesians" in _shown(window, controller)


def test_the_first_frame_of_a_start_with_an_unchanged_file_is_its_last_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from desktop.app import load_rest, open_frame, parse_args

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # open_frame installs the app's own
    path = tmp_path / "hinges.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    args = parse_args([str(path)])

    def start() -> tuple[MainWindow, str]:
        app, window = open_frame(args)
        qtbot.addWidget(window)
        first = window.reader.toPlainText()  # before the engine or the library is loaded
        controller = load_rest(app, window, args)
        controller.ask_names = False
        qtbot.waitUntil(lambda: not controller.busy and window.reader.article is not None, timeout=20000)
        window.close()  # saves the last screen
        return window, first

    _window, first = start()
    assert "Old doors" not in first  # never shown: imported behind a blank page
    window, first = start()
    assert "Old doors swing on small hinges" in first
    path.write_text(ARTICLE.replace("Old doors", "Old garden gates"), encoding="utf-8")
    window, first = start()
    assert "Old doors" not in first and "Old garden gates" in window.reader.toPlainText()
