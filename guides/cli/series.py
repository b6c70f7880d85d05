"""``porchlight series ...``: make, rename, order and print the series of the library.

A series is the articles a group reads over several weeks, in order. From the
command line::

    porchlight series create "Small hinges" --article 3 --article 5
    porchlight series add 1 7 --at 2          # article 7 becomes week 2
    porchlight series move 1 5 1              # article 5 becomes week 1
    porchlight series print 1 -o hinges.pdf --fold --group "Thursday group"

``print`` writes the participant's booklet (a cover, the contents, each
week's pages marked "Week N of M", one colophon; ``--fold`` imposes half
pages for folding). Each week uses the group guide the app made for the
article, with the reader's edits, or makes one when there is none yet.
Errors are :class:`~guides.library.errors.LibraryError` s (one line, exit 2);
a booklet that cannot be written exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from guides.cli.output import add_format, emit
from guides.library.errors import InvalidValueError

if TYPE_CHECKING:
    from guides.library.library import Library
    from guides.library.records import Series

SERIES_COMMAND = "series"
EXIT_NOT_WRITTEN = 1


def add_series_command(commands: Any) -> None:
    """Add ``series`` to the CLI's subparsers."""
    series = commands.add_parser(
        SERIES_COMMAND,
        help="series of articles read over several weeks: create, rename, order, print a booklet",
        description="Work with the series of the library (set PORCHLIGHT_HOME to use another folder).",
    )
    act = series.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = act.add_parser("list", help="list the series")
    add_format(listing)
    show = act.add_parser("show", help="list a series' articles in order")
    show.add_argument("id", type=int, metavar="SERIES_ID")
    add_format(show)
    create = act.add_parser("create", help="make a series")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--article", type=int, action="append", default=[], metavar="ID", help="in order")
    add_format(create)
    rename = act.add_parser("rename", help="give a series another name")
    rename.add_argument("id", type=int, metavar="SERIES_ID")
    rename.add_argument("name", metavar="NAME")
    add_format(rename)
    add = act.add_parser("add", help="add an article (at the end, or as week N with --at)")
    add.add_argument("id", type=int, metavar="SERIES_ID")
    add.add_argument("article", type=int, metavar="ARTICLE_ID")
    add.add_argument("--at", type=int, metavar="N", help="its week in the series (1 is the first)")
    add_format(add)
    remove = act.add_parser("remove", help="take an article out of the series (it stays in the library)")
    remove.add_argument("id", type=int, metavar="SERIES_ID")
    remove.add_argument("article", type=int, metavar="ARTICLE_ID")
    add_format(remove)
    move = act.add_parser("move", help="make an article week N of the series")
    move.add_argument("id", type=int, metavar="SERIES_ID")
    move.add_argument("article", type=int, metavar="ARTICLE_ID")
    move.add_argument("week", type=int, metavar="N")
    add_format(move)
    order = act.add_parser("order", help="set the whole order: ARTICLE_IDS separated by commas")
    order.add_argument("id", type=int, metavar="SERIES_ID")
    order.add_argument("articles", metavar="ARTICLE_IDS")
    add_format(order)
    delete = act.add_parser("delete", help="delete a series (its articles stay in the library)")
    delete.add_argument("id", type=int, metavar="SERIES_ID")
    add_format(delete)
    booklet = act.add_parser("print", help="write the series' participant booklet as a PDF")
    booklet.add_argument("id", type=int, metavar="SERIES_ID")
    booklet.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    booklet.add_argument("--paper", choices=("letter", "a4"), help="letter or a4 (default: from the locale)")
    booklet.add_argument("--large-print", action="store_true", help="16 pt and up, more room to write")
    booklet.add_argument(
        "--fold", action="store_true", help="half-letter (A5) pages, two to a sheet in the order for folding"
    )
    booklet.add_argument("--group", metavar="NAME", help="the group's name, printed on every week")
    booklet.add_argument(
        "--include", metavar="LIST", default="passages,scripture", help="passages, scripture (default: both)"
    )
    booklet.add_argument("--no-answer-lines", action="store_true", help="leave out the ruled lines")
    booklet.add_argument("--author", help="the author recorded in the PDF")


def run_series_command(args: argparse.Namespace) -> int:
    """Run a ``series`` command; LibraryError propagates (the CLI prints it in one line)."""
    from guides.library.library import open_library

    # Listing, showing and printing only read: the file is never changed by them.
    with open_library(read_only=args.action in ("list", "show", "print")) as library:
        return _HANDLERS[args.action](library, args)


def series_to_json(series: Series, titles: dict[int, str]) -> dict[str, Any]:
    """A series for ``--format json``: id, name, description and its articles in order."""
    return {
        "id": series.id,
        "name": series.name,
        "description": series.description,
        "articles": [
            {"id": a, "week": i, "title": titles.get(a, "")} for i, a in enumerate(series.article_ids, 1)
        ],
        "created_at": series.created_at,
    }


def _titles(library: Library) -> dict[int, str]:
    return {a.id: a.title for a in library.articles.all()}


def _show_series(library: Library, series: Series | None, args: argparse.Namespace, done: str) -> int:
    if series is None:
        emit(json.dumps({"deleted": args.id}) if args.format == "json" else done)
        return 0
    titles = _titles(library)
    if args.format == "json":
        emit(json.dumps(series_to_json(series, titles), ensure_ascii=False, indent=2))
        return 0
    lines = [f"{done}" if done else f"{series.id}\t{series.name}"]
    lines += [f"  {i}. {titles.get(a, '?')} ({a})" for i, a in enumerate(series.article_ids, 1)]
    emit("\n".join(lines))
    return 0


def _list(library: Library, args: argparse.Namespace) -> int:
    all_series = library.series.all()
    if args.format == "json":
        titles = _titles(library)
        emit(json.dumps([series_to_json(s, titles) for s in all_series], ensure_ascii=False, indent=2))
        return 0
    for s in all_series:
        count = len(s.article_ids)
        emit(f"{s.id}\t{s.name}\t{count} article{'s' if count != 1 else ''}")
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    return _show_series(library, library.series.get(args.id), args, "")


def _create(library: Library, args: argparse.Namespace) -> int:
    series = library.series.create(args.name, article_ids=tuple(args.article))
    return _show_series(library, series, args, f"Made series {series.id}: {series.name}")


def _rename(library: Library, args: argparse.Namespace) -> int:
    done = library.series.edit(args.id, name=args.name)
    return _show_series(library, done.value, args, f"Renamed series {args.id}: {args.name.strip()}")


def _add(library: Library, args: argparse.Namespace) -> int:
    current = list(library.series.get(args.id).article_ids)
    if args.article in current:
        current.remove(args.article)
    at = len(current) if args.at is None else _index(args.at, len(current) + 1)
    current.insert(at, args.article)
    done = library.series.edit(args.id, article_ids=tuple(current))
    return _show_series(library, done.value, args, f"Added article {args.article} as week {at + 1}")


def _remove(library: Library, args: argparse.Namespace) -> int:
    current = library.series.get(args.id).article_ids
    if args.article not in current:
        raise InvalidValueError(f"Article {args.article} is not in series {args.id}.")
    done = library.series.edit(args.id, article_ids=tuple(a for a in current if a != args.article))
    return _show_series(library, done.value, args, f"Took article {args.article} out of series {args.id}")


def _move(library: Library, args: argparse.Namespace) -> int:
    current = list(library.series.get(args.id).article_ids)
    if args.article not in current:
        raise InvalidValueError(f"Article {args.article} is not in series {args.id}.")
    current.remove(args.article)
    at = _index(args.week, len(current) + 1)
    current.insert(at, args.article)
    done = library.series.edit(args.id, article_ids=tuple(current))
    return _show_series(library, done.value, args, f"Article {args.article} is now week {at + 1}")


def _order(library: Library, args: argparse.Namespace) -> int:
    try:
        ids = tuple(int(part) for part in args.articles.split(",") if part.strip())
    except ValueError:
        raise InvalidValueError("The order is article ids separated by commas, as in 4,2,7.") from None
    current = library.series.get(args.id).article_ids
    if sorted(ids) != sorted(current):
        raise InvalidValueError("The new order must list exactly the series' articles.")
    done = library.series.edit(args.id, article_ids=ids)
    return _show_series(library, done.value, args, f"Put series {args.id} in order")


def _delete(library: Library, args: argparse.Namespace) -> int:
    name = library.series.get(args.id).name
    library.series.edit(args.id, delete=True)
    return _show_series(library, None, args, f"Deleted series {args.id}: {name} (its articles stay)")


def _print(library: Library, args: argparse.Namespace) -> int:
    from guides.cli.worksheet import parse_include
    from guides.worksheet.booklet import BookletOptions, write_series_booklet
    from guides.worksheet.errors import WorksheetError

    series = library.series.get(args.id)
    if not series.article_ids:
        raise InvalidValueError(f"Series {args.id} has no articles to print.")
    try:
        include = parse_include(args.include)
    except ValueError as err:
        raise InvalidValueError(str(err)) from None
    options = BookletOptions(
        paper=args.paper,
        large_print=args.large_print,
        fold=args.fold,
        group=args.group,
        include=include - {"article", "notes"},
        answer_lines=not args.no_answer_lines,
        author=args.author,
    )
    try:
        written = write_series_booklet(series.name, series_weeks(library, series), args.output, options)
    except WorksheetError as err:
        print(f"porchlight: {err}", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    emit(str(written))
    return 0


def series_weeks(library: Library, series: Series) -> list[Any]:
    """Each article of the series with its group guide: the stored one, with the reader's edits, or new."""
    from guides.guide.generator import generate_guide
    from guides.guide.model import GuideOptions
    from guides.guide.schema import guide_from_dict
    from guides.worksheet.booklet import Week

    weeks = []
    for article_id in series.article_ids:
        article = library.articles.article(article_id)
        if library.guides.has(article_id, "group"):
            guide = guide_from_dict(library.guides.get(article_id, "group").guide)
        else:
            guide = generate_guide(article, GuideOptions(audience="group"))
        weeks.append(Week(guide, article))
    return weeks


def _index(week: int, weeks: int) -> int:
    if not 1 <= week <= weeks:
        raise InvalidValueError(f"Week {week} is not between 1 and {weeks}.")
    return week - 1


_HANDLERS: dict[str, Callable[[Library, argparse.Namespace], int]] = {
    "list": _list,
    "show": _show,
    "create": _create,
    "rename": _rename,
    "add": _add,
    "remove": _remove,
    "move": _move,
    "order": _order,
    "delete": _delete,
    "print": _print,
}
