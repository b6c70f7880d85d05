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
