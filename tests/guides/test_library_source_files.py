"""Which bytes an article was imported from: an unchanged file finds its article, anything else does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from guides.importing import import_source
from guides.library import Library
from guides.library import source_files as sf


def _imported(library: Library, path: Path) -> int:
    digest = sf.file_digest(path)
    assert digest is not None
    saved = library.articles.add(import_source(str(path)))
    found = library.articles.by_source(str(path.resolve()))
    assert found is not None and found[0] == saved.article_id
    sf.remember(library, found[1], path.resolve(), digest)
    return saved.article_id


def test_an_unchanged_file_finds_the_article_it_was_imported_as(tmp_path: Path) -> None:
    path = tmp_path / "hinges.txt"
    path.write_text("Small Hinges\n\nOld doors swing on small hinges. Marriages do too.\n", encoding="utf-8")
    with Library(tmp_path / "library.sqlite3") as library:
        assert sf.unchanged_article(library, path.resolve()) is None  # never imported
        article_id = _imported(library, path)
        assert sf.unchanged_article(library, path.resolve()) == article_id
        path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")  # touched, same bytes
        assert sf.unchanged_article(library, path.resolve()) == article_id


def test_a_changed_file_another_importer_or_another_file_must_be_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hinges.txt"
    path.write_text("Small Hinges\n\nOld doors swing on small hinges.\n", encoding="utf-8")
    twin = tmp_path / "twin.txt"
    twin.write_bytes(path.read_bytes())
    with Library(tmp_path / "library.sqlite3") as library:
        article_id = _imported(library, path)
        assert sf.unchanged_article(library, twin.resolve()) is None  # the same words, not its file
        monkeypatch.setattr(sf, "_VERSION", sf._VERSION + 1)
        assert sf.unchanged_article(library, path.resolve()) is None  # what the new importer makes may differ
        monkeypatch.undo()
        assert sf.unchanged_article(library, path.resolve()) == article_id
        path.write_text("Small Hinges\n\nOld doors swing on small hinges. Changed.\n", encoding="utf-8")
        assert sf.unchanged_article(library, path.resolve()) is None
        path.unlink()
        assert sf.unchanged_article(library, path) is None  # gone: nothing to compare


def test_only_a_local_file_is_a_file_to_compare(tmp_path: Path) -> None:
    path = tmp_path / "saved page.html"
    path.write_text("<p>Words</p>", encoding="utf-8")
    assert sf.local_file(str(path)) == path.resolve()
    assert sf.local_file(path.resolve().as_uri()) == path.resolve()  # a desktop's "Open with"
    assert sf.local_file("file://elsewhere/share/page.html") is None  # another computer's
    for source in (
        "https://example.org/a",
        "http://example.org/a",
        "-",
        "",
        str(tmp_path),
        str(tmp_path / "none"),
    ):
        assert sf.local_file(source) is None
