"""Discussion guides made from an article: one model, three audiences (couple, group, session).

The names are loaded on first use: reading a stored guide (the model and its schema) must not
load the generator and everything it asks of the analysis, which the app's start never needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guides.lazy import lazy_names

if TYPE_CHECKING:
    from guides.guide.generator import GuideOptionsError, generate_guide
    from guides.guide.model import (
        GUIDE_SCHEMA_VERSION,
        BigIdea,
        Guide,
        GuideOptions,
        Mark,
        OutlinePoint,
        Question,
        Reading,
        ScriptureReading,
        Section,
        Source,
    )
    from guides.guide.schema import guide_from_dict, guide_to_dict

_MODULES = {
    "guides.guide.generator": ("GuideOptionsError", "generate_guide"),
    "guides.guide.model": (
        "GUIDE_SCHEMA_VERSION",
        "BigIdea",
        "Guide",
        "GuideOptions",
        "Mark",
        "OutlinePoint",
        "Question",
        "Reading",
        "ScriptureReading",
        "Section",
        "Source",
    ),
    "guides.guide.schema": ("guide_from_dict", "guide_to_dict"),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "GUIDE_SCHEMA_VERSION",
    "BigIdea",
    "Guide",
    "GuideOptions",
    "GuideOptionsError",
    "Mark",
    "OutlinePoint",
    "Question",
    "Reading",
    "ScriptureReading",
    "Section",
    "Source",
    "generate_guide",
    "guide_from_dict",
    "guide_to_dict",
]


__getattr__ = lazy_names(__name__, _HOME)
