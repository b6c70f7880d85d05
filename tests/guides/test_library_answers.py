"""The lines readers fill in ("I will ..."): kept per article, audience and line, undoable, and gone
with their article."""

from __future__ import annotations

from pathlib import Path

import pytest

from guides.article import BlockDraft, build_article
from guides.library import InvalidValueError, Library, PutAnswer


def _article_id(library: Library) -> int:
    article = build_article([BlockDraft("paragraph", "Small hinges swing big doors.")], title="Hinges")
    return library.articles.add(article).article_id


def test_write_read_undo_redo(tmp_path: Path) -> None:
    with Library(tmp_path / "library.db") as library:
        article_id = _article_id(library)
        assert library.answers.get(article_id, "couple") == {}
        done = library.answers.write(article_id, "couple", "commit-step-1", "  Say thank you at supper. ")
        assert library.answers.get(article_id, "couple") == {"commit-step-1": "Say thank you at supper."}
        assert library.answers.get(article_id, "group") == {}
        assert done.undo == PutAnswer(article_id, "couple", "commit-step-1", None)
        redo = library.apply(done.undo)
        assert library.answers.get(article_id, "couple") == {}
        library.apply(redo)
        assert library.answers.get(article_id, "couple") == {"commit-step-1": "Say thank you at supper."}
        changed = library.answers.write(article_id, "couple", "commit-step-1", "Ask first.")
        library.apply(changed.undo)
        assert library.answers.get(article_id, "couple")["commit-step-1"] == "Say thank you at supper."
        library.answers.write(article_id, "couple", "commit-step-1", "")
        assert library.answers.get(article_id, "couple") == {}


def test_bad_answers_are_refused_and_deleting_the_article_takes_them(tmp_path: Path) -> None:
    with Library(tmp_path / "library.db") as library:
        article_id = _article_id(library)
        with pytest.raises(InvalidValueError):
            library.answers.write(article_id, "couple", "commit-step-1", "x" * 5000)
        with pytest.raises(InvalidValueError):
            library.answers.write(article_id, "couple", " ", "Ask first.")
        library.answers.write(article_id, "couple", "commit-step-2", "Ask first.")
        library.articles.delete(article_id)
        assert library.answers.get(article_id, "couple") == {}
