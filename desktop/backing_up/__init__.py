"""Backing the library up to a file the reader chooses, in the background, with Cancel."""

from desktop.backing_up.controller import BackupController

__all__ = ["BackupController"]
