"""The removed-parts review: its model needs no window; restoring puts pieces back into the article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.importing.removed_model import RemovedModel
from desktop.importing.review_dialog import ReviewDialog, summary
from guides.article import Article


def test_removed_model_lists_and_checks(article: Article) -> None:
    model = RemovedModel(article.removed)
    assert model.rowCount() == 2
    first, second = model.index(0), model.index(1)
    assert "Thank you" in model.data(first)
    assert model.data(second).startswith("Spam comment")
    assert model.data(second, RemovedModel.ReasonRole) == "advertising"
    assert model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == ["r-1"]
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable


def test_summary(article: Article) -> None:
    assert summary(article) == "Removed 2 comments (1 spam)."


def test_review_dialog_restores_ticked_pieces(
    qtbot: QtBot, app_window, article: Article, open_in_app
) -> None:  # type: ignore[no-untyped-def]
    window, controller = app_window
    open_in_app(controller, article)
    dialog = controller.review_removed()
    assert isinstance(dialog, ReviewDialog)
    assert not dialog.restore_button.isEnabled()
    dialog.model.setData(dialog.model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert "Thank you, this helped us." in controller.article.text
    assert [r.id for r in controller.article.removed] == ["r-2"]
    assert "Thank you, this helped us." in window.reader.toPlainText()


def test_failed_import_shows_a_message_in_the_window(app_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, controller = app_window
    controller.importer.import_source(str(tmp_path / "missing.txt"))
    assert window.message_bar.isVisible()
    assert "missing.txt" in window.message_bar.label.text()
    assert not window.progress_bar.isVisible()


def test_summary_of_an_advice_column_and_an_excerpt() -> None:
    from guides.importing import import_text

    column = import_text(
        "Dear Ann: Weekends and a watch\n\n"
        "Dear Ann: My husband plans every weekend before I can say what I would like.\n\n"
        "Dear Left Out: Ask for twenty minutes with the calendar open between you.\n\n"
        "Dear Ann: My sister wants our father's watch. Should I give it back?\n\n"
        "Dear Sleepless: Write to her first, without mentioning the watch.\n",
        html=False,
    )
    text = summary(column)
    assert "answers 2 letters: the first is the article, and the other one is kept aside" in text
    excerpt = import_text(
        "A Rule About Cars\n\nMy grandmother never finished an argument in the car, and she said the reason "
        "was that cars make everyone brave and nobody kind, and the first thing she did was\n",
        html=False,
    )
    assert summary(excerpt) == "The last sentence is cut off: it stays in the text, marked as unfinished."


def test_the_review_labels_another_letter() -> None:
    from guides.article import Removed

    piece = Removed("r-9", "letter", "Dear Ann: My sister wants the watch.", "Letter 2 of 2", 3)
    assert RemovedModel.label(piece).startswith("Another letter: Dear Ann")
