"""What the library keeps of an analysis, by content hash: put, get, another engine, pruning."""

from __future__ import annotations

from pathlib import Path

from guides.article import BlockDraft, build_article
from guides.library import Library
from guides.library.articles import content_hash


def test_kept_data_comes_back_for_the_same_text_and_engine(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        library.derived.put("abc", "marks", "1.0/1", {"marks": [["reference", 3, 9, "John 3:16"]]})
        assert library.derived.get("abc", "marks", "1.0/1") == {"marks": [["reference", 3, 9, "John 3:16"]]}
        assert library.derived.get("abc", "marks", "1.1/1") is None  # another engine: stale
        assert library.derived.get("abc", "other", "1.0/1") is None
        assert library.derived.get("xyz", "marks", "1.0/1") is None
        library.derived.put("abc", "marks", "1.1/1", {"marks": []})  # replaced, not added
        assert library.derived.get("abc", "marks", "1.1/1") == {"marks": []}


def test_pruning_drops_only_texts_no_article_has(tmp_path: Path) -> None:
    article = build_article([BlockDraft("paragraph", "Kept words.")], title="Kept")
    with Library(tmp_path / "library.sqlite3") as library:
        library.articles.add(article)
        library.derived.put(content_hash(article), "marks", "e", {})
        library.derived.put("gone", "marks", "e", {})
        assert library.derived.prune() == 1
        assert library.derived.get(content_hash(article), "marks", "e") == {}
