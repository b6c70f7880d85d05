"""Where an import comes from: the file dialog's filter, the clipboard, a typed address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from desktop.widgets.ask import ask_text

if TYPE_CHECKING:
    from desktop.controller import AppController

IMPORT_FILTER = (
    "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.epub *.docx);;"
    "Web pages (*.html *.htm *.xhtml);;E-books (*.epub);;Word documents (*.docx);;"
    "Text and Markdown (*.txt *.md *.markdown);;All files (*)"
)


def looks_like_url(text: str) -> bool:
    text = text.strip()
    return text.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in text)


def paste_article(app: AppController) -> None:
    """Import what the clipboard holds: HTML as HTML, a lone link as a URL, else text."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is not None and mime.hasHtml() and mime.html().strip():
        app.importer.import_text(mime.html(), html=True)
    elif mime is not None and mime.hasText() and mime.text().strip():
        text = mime.text()
        if looks_like_url(text):
            app.importer.import_source(text.strip())
        else:
            app.importer.import_text(text)
    else:
        app.show_error("The clipboard holds no text. Copy an article first, then choose Paste Article.")


def open_url(app: AppController) -> None:
    url = ask_text(app.window, "Open a web address", "Address of the article:", "https://", "open_url_dialog")
    if url is not None and looks_like_url(url):
        app.importer.import_source(url.strip())
    elif url is not None and url.strip() not in ("", "https://"):
        app.show_error(f"“{url.strip()}” is not a web address (it should start with https://).")
