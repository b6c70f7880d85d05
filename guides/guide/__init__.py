"""Discussion guides made from an article: one model, three audiences (couple, group, session)."""

from guides.guide.generator import GuideOptionsError, generate_guide
from guides.guide.model import (
    AUDIENCES,
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
from guides.guide.render_markdown import render_markdown
from guides.guide.schema import guide_from_dict, guide_to_dict

__all__ = [
    "AUDIENCES",
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
    "render_markdown",
]
