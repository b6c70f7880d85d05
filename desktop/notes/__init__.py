"""The notes pane: highlights and notes in reading order."""
