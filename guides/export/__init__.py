"""Turning engine objects into text, Markdown and (later) worksheets."""
