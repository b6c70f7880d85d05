"""Cleaners shared by every reader: comment sections, spam and page chrome."""

from guides.cleaning.pipeline import clean_drafts
from guides.cleaning.result import CleanResult
from guides.cleaning.spam import SPAM_THRESHOLD, SpamVerdict, classify_comment

__all__ = ["SPAM_THRESHOLD", "CleanResult", "SpamVerdict", "classify_comment", "clean_drafts"]
