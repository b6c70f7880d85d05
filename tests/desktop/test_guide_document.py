"""The guide reads like a document: parts in order, one numbering, notes before the questions they
are for, tags only where a question differs from the tab, and it follows zoom and the theme."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPlainTextEdit

from desktop.actions import ActionId
from desktop.guide_layout import layout
from desktop.palettes import PALETTES
from guides.article import Article
from guides.guide import GuideOptions, Mark, generate_guide
from guides.importing import import_source
from guides.resources import resource_path
from guides.worksheet.highlights import ReaderHighlight

SAMPLE = resource_path("samples", "small-hinges.txt")


def _sample() -> Article:
    return import_source(str(SAMPLE))


def test_a_couples_guide_reads_in_its_parts_with_one_numbering() -> None:
    article = _sample()
    guide = generate_guide(article, GuideOptions(audience="couple"))
    marks = [ReaderHighlight("small hinges", "Us.", "Maria", 10, 22)]
    shown = layout(guide, article=article, highlights=marks, names=["Maria", "Joe"])
    titles = [p.title for p in shown.parts]
    sections = [s.title for s in guide.sections]
    read = titles.index(guide.section("read").title)  # type: ignore[union-attr]
    assert titles[: read + 1] == sections[: read + 1]
    assert titles[read + 1 : read + 3] == ["Scripture in the article", "What you marked"]
    assert titles[read + 3 :] == sections[read + 1 :]
    numbers = [q.number for q in shown.questions]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
    assert shown.meta == f"About {guide.minutes} minutes · {len(numbers)} questions"
    for part in shown.parts:  # what to do comes before the questions it is for; a closing after
        kinds = [i.kind for i in part.items]
        if "question" in kinds and "note" in kinds:
            assert kinds.index("note") < kinds.index("question")
        if "closing" in kinds:
            assert kinds.index("closing") == len(kinds) - 1
    assert all(q.tag is None for q in shown.questions)  # a couple's guide: nothing says "Couple"
    prompts = [i.text for p in shown.parts for i in p.items if i.kind == "prompt"]
    assert "Maria: I will …" in prompts and "Joe: I will …" in prompts
    assert not any("partner" in text for text in prompts)
    assert all(q.why for q in shown.questions)


def test_a_groups_guide_tags_only_what_differs_and_explains_it() -> None:
    article = _sample()
    guide = generate_guide(article, GuideOptions(audience="group"))
    shown = layout(guide, article=article)
    tags = {q.tag for q in shown.questions}
    assert None in tags  # the questions asked in the room carry nothing
    assert "Everyone" not in tags and "Leader" not in tags
    legend = dict(shown.legend)
    assert set(legend) == tags - {None}
    assert all(legend.values())
    numbered = [q for q in shown.questions if q.number]
    assert all(q.visibility == "everyone" for q in numbered)


def test_the_page_follows_clicks_zoom_and_the_theme(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    panel = window.guide
    document = panel.current_document()
    assert panel.stacks["couple"].currentWidget() is document  # reading is where it starts
    shown = document.layout_shown
    assert shown is not None
    first = next(q for q in shown.questions if q.end > q.start)
    assert "Why this question" not in document.toHtml()
    document._on_anchor_clicked(QUrl(f"q:{first.id}"))
    assert panel.current_question_id() == first.id
    assert window.reader.flashing  # its words found in the article
    html = document.toHtml()
    assert "Why this question" in html and "Mark as done" in html
    # An action on the open question does what the Guide menu does.
    document._on_anchor_clicked(QUrl(f"do:done:{first.id}"))
    assert first.id in app.library.guides.get(app.article_id, "couple").checked
    app.stack.undo()
    assert first.id not in app.library.guides.get(app.article_id, "couple").checked
    size = document.document().defaultFont().pointSizeF()
    app.set_prefs(zoom=150)
    assert document.document().defaultFont().pointSizeF() == size * 1.5
    app.set_prefs(theme="dark")
    assert PALETTES["dark"].base in document.document().defaultStyleSheet()
    app.set_prefs(theme="light", zoom=100)


def test_editing_is_out_of_the_way_until_wanted(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    panel = window.guide
    assert not any(b.isVisibleTo(panel) for b in panel.edit_tools)
    first = app.library.guides.get(app.article_id, "couple").question_ids()[0]
    panel.select_question(first)
    window.registry[ActionId.EDIT_QUESTION].trigger()  # from reading: into the list, editing
    assert panel.editing and panel.stacks["couple"].currentWidget() is panel.trees["couple"]
    assert all(b.isVisibleTo(panel) for b in panel.edit_tools)
    editor = panel.current_tree().findChild(QPlainTextEdit, "question_editor")
    assert editor is not None  # several lines, so a long question is seen whole
    editor.setPlainText("Our own words for it?")
    panel.current_tree().commitData(editor)
    assert panel.models["couple"].data(panel.models["couple"].index_of(first)) == "Our own words for it?"
    panel.set_editing(False)
    assert panel.stacks["couple"].currentWidget() is panel.documents["couple"]
    assert "Our own words for it?" in panel.documents["couple"].toPlainText()


def test_marks_show_under_what_you_marked(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    start = article.text.index("small hinges")
    window.reader.select_range(start, start + len("small hinges"))
    app.notes.add_note("Our porch door.")
    text = window.guide.documents["couple"].toPlainText()
    assert "What you marked" in text and "Our porch door." in text


def test_the_readers_marks_open_a_couples_guide_by_name() -> None:
    article = _sample()
    start = article.text.index("Old doors")
    marked = (Mark("Maria", start, start + 20),)
    guide = generate_guide(article, GuideOptions(audience="couple", marks=marked))
    shown = layout(guide, article=article, names=["Maria", "Joe"])
    assert any("Maria" in q.text for q in shown.questions)
