"""Every control can be reached by keyboard and has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from guides.article import Article


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def _labelled(window: QWidget) -> set[int]:
    """Widgets a QLabel is the buddy of (the label names them)."""
    return {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}


def _focusable(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(window)
        and not isinstance(w, QLabel)
        and w.objectName() not in ("qt_scrollarea_viewport",)
        and w.parent() is not None
        and not isinstance(w.parent(), QComboBox)
    ]


def test_every_focusable_control_has_a_name(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    open_in_app(app, article)
    labelled = _labelled(window)
    unnamed = [
        f"{type(w).__name__}({w.objectName()})"
        for w in _focusable(window)
        if not _name(w) and id(w) not in labelled and "qt_" not in w.objectName()
    ]
    assert unnamed == []


def test_tab_reaches_the_panes(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    window, app = app_window
    window.resize(1280, 800)  # wide enough for the library (a narrow window folds it away)
    open_in_app(app, article)
    window.activateWindow()
    seen: set[str] = set()
    start = widget = window.library.search
    for _ in range(3000):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            seen.add(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    for name in (
        "library_search",
        "library_tree",
        "reader",
        "guide_document_couple",
        "notes_list",
        "reader_switcher",
    ):
        assert name in seen, name


def test_dialog_controls_have_names(app_window, article: Article, open_in_app) -> None:  # type: ignore[no-untyped-def]
    _window, app = app_window
    open_in_app(app, article)
    dialogs = [
        app.review_removed(),
        app.exports.export_worksheet(),
        app.guides.regenerate(),
        app.edit_preferences(),
    ]
    for dialog in dialogs:
        assert dialog is not None and dialog.accessibleName()
        labelled = _labelled(dialog)
        unnamed = [
            f"{type(dialog).__name__}: {type(w).__name__}({w.objectName()})"
            for w in _focusable(dialog)
            if not _name(w) and id(w) not in labelled and "qt_" not in w.objectName()
        ]
        assert unnamed == []
        dialog.close()
