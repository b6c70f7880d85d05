"""``porchlight worksheet SOURCE ...``: import an article, make its guide, print a worksheet.

Only light modules are imported at the top: ``guides.cli`` (and so the app's
launcher) imports this on every start, and reportlab and the generator load
only when a worksheet is actually made.

Registered by :mod:`guides.cli`. Problems the reader can fix (a folder that
cannot be written, a highlights file that cannot be read) end in one line on
standard error and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guides.cli.guide import add_guide_options
from guides.cli.writers import add_writer_options
from guides.guide.audiences import audience as audience_spec
from guides.guide.audiences import audience_keys, audience_of_edition, editions
from guides.worksheet.content import CARDS_PER_PAGE, EDITIONS, FORMATS, INCLUDES, Format, Include, layout_of
from guides.worksheet.errors import WorksheetError
from guides.worksheet.formats import format_for_path
from guides.worksheet.paper import PAPERS

if TYPE_CHECKING:
    from guides.article import Article
    from guides.guide.model import Audience
    from guides.worksheet.highlights import HighlightLike, ReaderHighlight

WORKSHEET_COMMAND = "worksheet"
EXIT_BAD_INPUT = 2
EXIT_NOT_WRITTEN = 1


def add_worksheet_command(commands: Any) -> None:
    """Add ``worksheet`` to the CLI's sub-commands (``commands`` is argparse's subparsers action)."""
    ws: argparse.ArgumentParser = commands.add_parser(
        WORKSHEET_COMMAND,
        help="make a printable worksheet (PDF, or Word/Markdown/HTML to edit) from an article",
        description="Import SOURCE (a path, an http(s) URL, or - for standard input), make a discussion "
        "guide for the audience, and write one edition of its worksheet.",
    )
    ws.add_argument("source", metavar="SOURCE", nargs="?", help="the article (or use --article)")
    ws.add_argument(
        "--article",
        type=int,
        metavar="ID",
        help="an article of the library instead of SOURCE; its highlights and notes print with "
        "--include notes",
    )
    ws.add_argument("--audience", choices=audience_keys(), default="group")
    ws.add_argument(
        "--edition",
        choices=tuple(dict.fromkeys(e.key for e in editions())),  # the audiences' worksheets, registry order
        help="the worksheet to print (default: the audience's own edition); cards are the take-home "
        "questions as cards to cut apart",
    )
    ws.add_argument("-o", "--output", metavar="OUT", required=True, help="the file to write")
    ws.add_argument(
        "--format", choices=FORMATS, help="pdf (default), docx (Word), md or html; else from the file name"
    )
    ws.add_argument("--paper", choices=PAPERS, help="letter or a4 (default: from the locale)")
    ws.add_argument("--fillable", action="store_true", help="add fillable fields over the answer lines")
    ws.add_argument("--large-print", action="store_true", help="larger type and more room to write")
    ws.add_argument(
        "--include",
        metavar="LIST",
        default="passages,scripture",
        help=f"comma-separated, from {','.join(INCLUDES)} (default: passages,scripture)",
    )
    ws.add_argument("--no-answer-lines", action="store_true", help="leave out the ruled lines")
    ws.add_argument("--title-page", action="store_true", help="start with a title page")
    ws.add_argument("--partners", metavar="A,B", help="the two names for the couple edition")
    ws.add_argument("--author", help="the author recorded in the PDF")
    ws.add_argument("--group", metavar="NAME", help="the group's name, printed at the top")
    ws.add_argument(
        "--week",
        metavar="N/M",
        help="week N of a series of M weeks (with --article, the series it is in says so by itself)",
    )
    ws.add_argument("--series-name", metavar="NAME", help="the series' name, printed at the top")
    ws.add_argument(
        "--cards",
        type=int,
        choices=CARDS_PER_PAGE,
        default=4,
        help="take-home cards to a page (default 4; fewer when the questions would not fit)",
    )
    ws.add_argument(
        "--highlights",
        metavar="FILE",
        help="a JSON list of {quote, note, reader, start, end} to print with --include notes "
        "(what 'porchlight notes list ID --format json' prints)",
    )
    # The guide's own choices, as `porchlight guide` takes them.
    add_guide_options(ws, "length of the session in minutes")
    add_writer_options(ws)


def run_worksheet(args: argparse.Namespace) -> int:
    """Carry out ``porchlight worksheet``; returns the exit status."""
    from guides.cli.writers import written_guide
    from guides.guide.model import GuideOptions, Mark
    from guides.worksheet.editions import WorksheetOptions
    from guides.worksheet.highlights import highlight_spans
    from guides.worksheet.render import write_worksheet

    try:
        if (args.source is None) == (args.article is None):
            raise ValueError("give either SOURCE or --article ID")
        if args.edition is not None and layout_of(args.edition) is None:
            # An audience registered it without a layout, and it names no built-in one to follow.
            raise ValueError(
                f"the {args.edition} edition has no printed layout yet (these do: {', '.join(EDITIONS)})"
            )
        include = parse_include(args.include)
        partners = parse_partners(args.partners)
        week = parse_week(args.week)
        highlights: list[HighlightLike] = []
        if args.highlights:
            highlights += load_highlights(Path(args.highlights))
    except ValueError as err:
        print(f"porchlight: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    output = Path(args.output)
    fmt: Format = args.format or format_for(output)
    # Without --edition, the audience's own (guides.guide.audiences); cards come from the group's guide.
    edition: str = args.edition or audience_spec(args.audience).own_edition
    audience: Audience = args.audience
    if edition == "cards" and not audience_spec(args.audience).led:  # a couple's guide has no cards
        audience = audience_of_edition(edition).key
    series_name = args.series_name
    if args.article is not None and week is None:
        series_name, week = _series_of(args.article, series_name)
    options = WorksheetOptions(
        edition=edition,
        paper=args.paper,
        large_print=args.large_print,
        include=include,
        answer_lines=not args.no_answer_lines,
        fillable=args.fillable,
        title_page=args.title_page,
        partner_names=partners,
        author=args.author,
        group=args.group,
        series=series_name,
        week=week,
        cards_per_page=args.cards,
    )
    if args.article is not None:
        article, notes = _from_library(args.article)
        if not args.highlights:
            highlights += notes
    else:
        from guides.importing import import_source

        article = import_source(args.source)
    # The readers' marks shape the guide too (a couple's reading ends on them), as in the app.
    spans = highlight_spans(highlights, article.text)
    marks = tuple(Mark(reader, start, end) for reader, start, end in spans)
    guide_options = GuideOptions(
        audience=audience,
        minutes=args.minutes,
        intensity=args.intensity,
        faith=args.faith,
        questions=args.questions,
        marks=marks,
    )
    guide = written_guide(args, article, guide_options, _emit_prompt)
    if guide is None:  # --prompt: the prompt was printed instead of a worksheet
        return 0
    try:
        written = write_worksheet(guide, output, options, fmt=fmt, article=article, highlights=highlights)
    except WorksheetError as err:
        print(f"porchlight: {err}", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    sys.stdout.write(f"{written}\n")
    return 0


def _emit_prompt(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _from_library(article_id: int) -> tuple[Article, list[HighlightLike]]:
    """The library's article and all its highlights and notes (LibraryError when there is none)."""
    from guides.library.library import open_library

    with open_library(read_only=True) as library:
        return library.articles.article(article_id), list(library.annotations.for_article(article_id))


def _series_of(article_id: int, name: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """The name of the first series the library article is in, and its week there."""
    from guides.library.library import open_library

    with open_library(read_only=True) as library:
        for series in library.series.containing(article_id):
            ids = series.article_ids
            return name or series.name, (ids.index(article_id) + 1, len(ids))
    return name, None


def parse_week(value: str | None) -> tuple[int, int] | None:
    """``"2/6"`` as (2, 6); a ``ValueError`` for anything else."""
    if not value:
        return None
    week, _, weeks = value.partition("/")
    try:
        pair = int(week), int(weeks)
    except ValueError:
        raise ValueError(f"--week takes N/M, as in 2/6, not {value!r}") from None
    if not 1 <= pair[0] <= pair[1]:
        raise ValueError(f"--week {value}: the week must be between 1 and the number of weeks")
    return pair


def parse_include(value: str) -> frozenset[Include]:
    """``"passages,notes"`` as a set of :data:`Include`; an unknown name is a ``ValueError``."""
    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [n for n in names if n not in INCLUDES]
    if unknown:
        raise ValueError(f"--include does not know {unknown[0]!r} (use {', '.join(INCLUDES)})")
    return frozenset(n for n in INCLUDES if n in names)


def parse_partners(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    names = [n.strip() for n in value.split(",")]
    if len(names) != 2 or not all(names):
        raise ValueError("--partners takes two names separated by a comma")
    return names[0], names[1]


def format_for(path: Path) -> Format:
    return format_for_path(path)


def load_highlights(path: Path) -> list[ReaderHighlight]:
    """Highlights from a JSON list of objects; anything unreadable is a one-line ``ValueError``."""
    from guides.worksheet.highlights import ReaderHighlight

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ValueError(f"cannot read highlights from {path}: {err}") from None
    if not isinstance(data, list):
        raise ValueError(f"{path} must hold a JSON list of highlights")
    out: list[ReaderHighlight] = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("quote", ""), str):
            raise ValueError(f"{path}: each highlight is an object with a quote")
        out.append(
            ReaderHighlight(
                quote=str(item.get("quote") or ""),
                note=str(item["note"]) if item.get("note") else None,
                reader=str(item["reader"]) if item.get("reader") else None,
                start=_offset(item.get("start"), path),
                end=_offset(item.get("end"), path),
            )
        )
    return out


def _offset(value: object, path: Path) -> int:
    if value is None:
        return -1
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(f"{path}: start and end must be whole numbers")
