"""A mark on the reading page: something drawn over a span of ``Article.text`` (a scripture
reference, a reader's highlight or note, one of the author's questions).

Its own module, under the features: the reader draws marks (desktop/reader/render.py), the notes
make the highlights' marks, and the composition root adds the analysis's, none of them importing
another for the type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MarkKind = Literal["reference", "highlight", "question"]


@dataclass(frozen=True)
class Mark:
    """Something drawn over a span of ``Article.text``."""

    kind: MarkKind
    start: int
    end: int
    key: str = ""
    """The reference's id (its link target) or the highlight's id."""
    colour: str = ""
    """A highlight's background colour."""
    note: str = ""
    """A highlight's note: the margin beside it is marked, in its colour."""
    reader: str = ""
    """Whose highlight or note it is."""
    tone: str = ""
    """A highlight's colour by name ("yellow"): its margin mark is drawn in the theme's strong version."""
