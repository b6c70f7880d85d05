"""Discussion guides made from an article: one model, three audiences (couple, group, session).

The names are loaded on first use: reading a stored guide (the model and its schema) must not
load the generator and everything it asks of the analysis, which the app's start never needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value
