"""The one place the app asks the engine for a guide, as the JSON the library stores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from guides.article import Article

if TYPE_CHECKING:
    from guides.analysis.analyze import Analysis
    from guides.guide.model import GuideOptions


@dataclass(frozen=True)
class GenerationOptions:
    minutes: int | None = None
    """None lets the engine choose per audience (a couple's evening is shorter than a group's)."""
    intensity: str = "medium"
    faith: bool | None = None
    """None lets the engine decide from the article (scripture or faith words)."""


def guide_options(
    audience: str, options: GenerationOptions, marks: Sequence[tuple[str | None, int, int]] = ()
) -> GuideOptions:
    """The engine's GuideOptions for ``audience`` (imported here, so the app starts without the engine)."""
    from guides.guide import GuideOptions, Mark

    return GuideOptions(
        audience=audience,
        minutes=options.minutes,
        intensity=options.intensity,  # type: ignore[arg-type]
        faith=options.faith,
        marks=tuple(Mark(reader, start, end) for reader, start, end in marks),
    )


def generate_guide_dict(
    article: Article,
    audience: str,
    options: GenerationOptions,
    analysis: Analysis | None = None,
    marks: Sequence[tuple[str | None, int, int]] = (),
) -> dict[str, Any]:
    """A guide as the library stores it.

    ``marks`` are the readers' highlights and notes (reader, start, end): a couple's guide opens on them.
    """
    from guides.guide import generate_guide, guide_to_dict

    guide = generate_guide(article, guide_options(audience, options, marks), analysis=analysis)
    return guide_to_dict(guide)
