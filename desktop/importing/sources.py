"""Where an import comes from: the file dialog's filter, the clipboard, a typed address."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from desktop.widgets.ask import ask_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.importing.controller import ImportController

def import_filter() -> str:
    """The Import dialog's file types, made from the engine's registry of import formats:
    every article first, then each format, then all files."""
    from guides.importing.formats import import_formats, offered_suffixes

    every = " ".join("*" + suffix for suffix in offered_suffixes())
    kinds = [spec.file_filter for spec in import_formats()]
    return ";;".join([f"Articles ({every})", *kinds, "All files (*)"])


def looks_like_url(text: str) -> bool:
    text = text.strip()
    return text.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in text)


def paste_article(importer: ImportController, show_error: Callable[[str], None]) -> None:
    """Import what the clipboard holds: HTML as HTML, a lone link as a URL, else text."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is not None and mime.hasHtml() and mime.html().strip():
        importer.import_text(mime.html(), html=True)
    elif mime is not None and mime.hasText() and mime.text().strip():
        text = mime.text()
        if looks_like_url(text):
            importer.import_source(text.strip())
        else:
            importer.import_text(text)
    else:
        show_error("The clipboard holds no text. Copy an article first, then choose Paste Article.")


def open_url(parent: QWidget, importer: ImportController, show_error: Callable[[str], None]) -> None:
    """Ask for a web address over ``parent`` and import the article there."""
    url = ask_text(parent, "Open a web address", "Address of the article:", "https://", "open_url_dialog")
    if url is not None and looks_like_url(url):
        importer.import_source(url.strip())
    elif url is not None and url.strip() not in ("", "https://"):
        show_error(f"“{url.strip()}” is not a web address (it should start with https://).")
