"""Discuss together: the guide one question at a time, in large type, full screen."""
