"""The main window. For now it frames the three panes the app will have."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from desktop.identity import APP_NAME


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for name, text in (
            ("library", "Library"),
            ("reader", "Import an article to read it here."),
            ("guide", "Discussion guide"),
        ):
            pane = QLabel(text, splitter)
            pane.setObjectName(f"{name}_pane")
            pane.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pane.setAccessibleName(text)
        splitter.setSizes([240, 640, 400])
        self.setCentralWidget(splitter)
