"""Bringing articles in: the import controller, its progress, and the review of removed parts."""
