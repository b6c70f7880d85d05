"""Porchlight's PySide6 app. It calls the engine in ``guides``; nothing here is imported by it."""
