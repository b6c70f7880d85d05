"""Import, guide, highlight, note, export a PDF; restart on the same library and find it all still there."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.app import build
from desktop.guide.model import GuideModel
from desktop.tasks import SyncTaskRunner
from guides.resources import resource_path

SAMPLE = resource_path("samples", "small-hinges.txt")


def test_import_guide_annotate_export_restart(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "small-hinges.txt"
    shutil.copy(SAMPLE, source)

    window, app = build(SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    app.start(str(source))
    article = app.article
    assert article is not None and article.title.startswith("Small Hinges")
    assert "Imported" in window.message_bar.label.text()
    assert any(r.spam for r in article.removed)  # the spam in the comment section was taken out
    assert "casino" not in window.reader.toPlainText()
    assert any(m.kind == "reference" for m in app.marks())  # scripture underlined
    assert any(m.kind == "question" for m in app.marks())  # the author's questions marked

    couple = window.guide.models["couple"]
    assert couple.rowCount() > 0
    first = app.library.guides.get(app.article_id, "couple").question_ids()[0]
    couple.setData(couple.index_of(first), "What small kindness will we try this week?")

    words = "Old doors swing on small hinges."
    start = article.text.index(words)
    window.reader.select_range(start, start + len(words))
    highlight = app.notes.highlight()
    note_words = "Be kinder than you need to be, and start first."
    start = article.text.index(note_words)
    window.reader.select_range(start, start + len(note_words))
    app.set_prefs(current_reader=1)
    note = app.notes.add_note("Ben: I want this on the fridge.")
    assert highlight is not None and note is not None

    dialog = app.exports.export_worksheet()
    assert dialog is not None
    pdf = tmp_path / "worksheet.pdf"
    assert app.exports.save_pdf(pdf) is not None
    assert len(PdfReader(str(pdf)).pages) >= 1
    article_id = app.article_id
    dialog.close()
    window.close()

    again, app2 = build(SyncTaskRunner())
    qtbot.addWidget(again)
    again.show()
    app2.start()
    assert app2.article_id == article_id
    assert app2.article is not None and app2.article.title == article.title
    assert again.library.model.article_count() == 1
    notes = {(a.reader, a.quote, a.note) for a in app2.notes.annotations}
    assert ("Anna", "Old doors swing on small hinges.", "") in notes
    assert ("Ben", note_words, "Ben: I want this on the fridge.") in notes
    assert any(m.kind == "highlight" for m in app2.marks())
    model = again.guide.models["couple"]
    assert model.data(model.index_of(first)) == "What small kindness will we try this week?"
    assert model.data(model.index_of(first), GuideModel.OwnRole) is False
    assert app2.prefs.current_reader == 1  # preferences persisted
    again.close()


def test_first_run_opens_the_sample_with_its_guide(qtbot: QtBot) -> None:
    window, app = build(SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    app.start()
    assert app.article is not None and app.article.title.startswith("Small Hinges")
    assert "Welcome to Porchlight" in window.message_bar.label.text()
    for audience in ("couple", "group", "session"):
        window.guide.set_audience(audience)  # the tabs not showing are filled when shown
        assert window.guide.models[audience].rowCount() > 0
    window.close()
