"""Worksheets and notes out of the app: PDF with preview, printing, Markdown."""

from desktop.exporting.controller import ExportController

__all__ = ["ExportController"]
