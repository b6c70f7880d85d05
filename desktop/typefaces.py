"""The reading type: the families the reading page, the guide's reading view and Discuss together
set their text in, serif or sans as the reader chose, first found wins.

Its own module, under the features that share it, so none of them imports another for a list of
names. desktop/app.py bundles the DejaVu faces named first for systems that lack them.
"""

from __future__ import annotations

SERIF_FAMILIES = ["DejaVu Serif", "Georgia", "Cambria", "Times New Roman", "serif"]
SANS_FAMILIES = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]


def families(kind: str) -> list[str]:
    """The families for a font preference: ``serif``, else sans."""
    return SERIF_FAMILIES if kind == "serif" else SANS_FAMILIES
