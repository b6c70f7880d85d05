"""The library pane: articles, series and search."""
