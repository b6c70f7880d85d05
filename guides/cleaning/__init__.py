"""Cleaners shared by every reader: comment sections, spam and page chrome."""

from guides.cleaning.pipeline import clean_drafts
from guides.cleaning.result import CleanResult

__all__ = ["CleanResult", "clean_drafts"]
