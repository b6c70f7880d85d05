"""One input through everything a reader's file goes through: import, guide, worksheet, library.

:func:`run_input` returns an :class:`Outcome`: the article was imported (and
the later stages ran), or the project refused it with one of its own errors,
or something else escaped (a crash). The project's own error must read as one
short line with none of a library's internals in it (a zip error number, a
46,000-character dump), since the reader sees it as it is.

Nothing here bounds time: the suite's inputs are small, and ``run_fuzz.py``
runs each input in a worker process it can stop.
"""

from __future__ import annotations

import io
import re
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guides.errors import ArticleImportError, SourceTooLargeError
from guides.guide.generator import GuideOptionsError
from guides.library.errors import LibraryError
from guides.worksheet.errors import WorksheetError

MAX_MESSAGE = 240
"""Longer than any refusal the project writes; a message past it is a dump, not a sentence."""

_INTERNALS = re.compile(
    r"Error -\d+ while|zlib|Bad magic number|CRC-32|BadZipFile|File is not a zip file|Traceback|"
    r"line \d+, column \d+|lxml|xmlSAX|ZipInfo|struct\.error|\\x[0-9a-f]{2}",
    re.I,
)

STAGES = ("import", "guide", "worksheet", "library")
AUDIENCES = ("couple", "group", "session")


@dataclass
class Outcome:
    """What became of one input."""

    result: str = "imported"
    """imported, refused (the project's own one-line error), budget (a size or time budget said no),
    bad-message (the project's error, but not one short plain line) or crashed."""
    stage: str = "import"
    message: str = ""
    times: dict[str, float] = field(default_factory=dict)
    on_stage: Callable[[str], None] | None = field(default=None, repr=False, compare=False)

    @property
    def slowest(self) -> float:
        return max(self.times.values(), default=0.0)

    @property
    def after_import(self) -> float:
        return sum(t for stage, t in self.times.items() if stage != "import")


def message_problem(message: str) -> str | None:
    """Why a refusal is not one short plain line a reader can take in, or None when it is."""
    text = message.strip()
    if not text:
        return "empty"
    if "\n" in text or "\r" in text:
        return "more than one line"
    if len(text) > MAX_MESSAGE:
        return f"{len(text)} characters"
    found = _INTERNALS.search(text)
    if found:
        return f"shows internals ({found.group(0)})"
    return None


def run_input(
    data: bytes,
    name: str,
    *,
    variant: int = 0,
    later_stages: bool = True,
    on_stage: Callable[[str], None] | None = None,
) -> Outcome:
    """Import ``data`` as a file called ``name``; if it imports, make a guide, a worksheet, a library entry.

    ``variant`` picks the audience and the worksheet's options, so a run
    covers couple, group and session guides and large print. ``on_stage`` is
    told each stage as it starts (the long run's worker reports it, so a hang
    is known by its stage).
    """
    from guides.importing import import_bytes

    outcome = Outcome(on_stage=on_stage)
    article = _run(outcome, "import", lambda: import_bytes(data, name=name))
    if article is None or not later_stages:
        return outcome
    audience = AUDIENCES[variant % len(AUDIENCES)]
    guide = _run(outcome, "guide", lambda: _guide(article, audience))
    if guide is None:
        return outcome
    if _run(outcome, "worksheet", lambda: _worksheet(article, guide, audience, large_print=variant % 2 == 1)):
        _run(outcome, "library", lambda: _library(article))
    return outcome


def _guide(article: Any, audience: str) -> Any:
    from guides.guide import generate_guide
    from guides.guide.model import GuideOptions

    return generate_guide(article, GuideOptions(audience=audience))


def _worksheet(article: Any, guide: Any, audience: str, *, large_print: bool) -> Any:
    from guides.worksheet.editions import WorksheetOptions
    from guides.worksheet.render import render_worksheet_pdf

    edition = {"couple": "couple", "group": "participant", "session": "session"}[audience]
    options = WorksheetOptions(edition=edition, large_print=large_print)  # type: ignore[arg-type]
    out = io.BytesIO()
    render_worksheet_pdf(guide, out, options, article=article)
    return out.getvalue()


def _library(article: Any) -> Any:
    from guides.export.notes import notes_to_markdown
    from guides.library.library import Library

    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "library.sqlite3") as library:
        saved = library.articles.add(article)
        words = article.text.split()
        if words:
            library.search(words[len(words) // 2][:20])
        notes_to_markdown(library, saved.article_id)
        return library.articles.article(saved.article_id)


def _run(outcome: Outcome, stage: str, step: Callable[[], Any]) -> Any:
    """Run one stage, timing it and sorting what it raised; None when the input stops here."""
    outcome.stage = stage
    if outcome.on_stage is not None:
        outcome.on_stage(stage)
    started = time.perf_counter()
    try:
        return step()
    except (ArticleImportError, LibraryError, WorksheetError, GuideOptionsError) as err:
        outcome.message = str(err)
        problem = message_problem(outcome.message)
        if problem is not None:
            outcome.result = "bad-message"
            outcome.message = f"{type(err).__name__} ({problem}): {outcome.message[:300]}"
        elif _is_budget(err):
            outcome.result = "budget"
        else:
            outcome.result = "refused"
    except Exception as err:  # everything else escaping is what the fuzzer looks for
        outcome.result = "crashed"
        outcome.message = f"{type(err).__name__}: {str(err)[:300]}\n{traceback.format_exc(limit=-4)[-1500:]}"
    finally:
        outcome.times[stage] = time.perf_counter() - started
    return None


def _is_budget(err: Exception) -> bool:
    """A refusal for size or time (the input was too big to serve), not for damage."""
    budget = getattr(__import__("guides.errors", fromlist=["x"]), "BudgetExceededError", None)
    return isinstance(err, SourceTooLargeError) or (budget is not None and isinstance(err, budget))
