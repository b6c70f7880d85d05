import shutil

from desktop.app import build
from desktop.tasks import SyncTaskRunner
from guides.resources import resource_path


def test_dbg(qtbot, tmp_path):
    source = tmp_path / "small-hinges.txt"
    shutil.copy(resource_path("samples", "small-hinges.txt"), source)
    window, app = build(SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    app.start(str(source))
    article = app.article
    msgs = []
    app.notes.failed.connect(lambda m: msgs.append(("failed", m)))
    app.notes.info.connect(lambda m: msgs.append(("info", m)))
    words = "Old doors swing on small hinges."
    s0 = article.text.index(words)
    window.reader.select_range(s0, s0 + len(words))
    print("hl", app.notes.highlight(), msgs)
    note_words = "Be kinder than you need to be, and start first."
    start = article.text.index(note_words)
    window.reader.select_range(start, start + len(note_words))
    print("sel before prefs", window.reader.selection_range())
    app.set_prefs(current_reader=1)
    print("sel after prefs", window.reader.selection_range())
    note = app.notes.add_note("Ben: x")
    print("note", note, msgs)
