"""A column of page images on a grey ground: the preview of a worksheet or a booklet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class PagePreview(QScrollArea):
    """Shows PNG pages one under the other, each named "Page N" for screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worksheet_preview")
        self.setAccessibleName("Preview of the pages")
        self.setWidgetResizable(True)
        self.pages = QWidget(self)
        self.pages.setObjectName("worksheet_pages")
        self.pages.setStyleSheet("QWidget#worksheet_pages { background: #8a8782; }")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.setWidget(self.pages)

    def show_pages(self, pngs: list[bytes]) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        for number, data in enumerate(pngs, start=1):
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            page = QLabel(self.pages)
            page.setPixmap(pixmap)
            page.setFixedSize(pixmap.size())
            page.setAccessibleName(f"Page {number}")
            page.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.activate()
        self.pages.adjustSize()

    @property
    def page_count(self) -> int:
        return self.pages_layout.count()
