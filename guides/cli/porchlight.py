"""The engine's command line: ``porchlight import|analyze|guide|...``.

Bad input prints one line and exits non-zero, never a traceback. Output is
written to standard output as UTF-8 whatever the terminal's encoding.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Sequence
from typing import Any

from guides import __version__
from guides.article import Article, article_to_dict
from guides.cli.guide import GUIDE_COMMANDS, add_guide_commands, run_guide_command
from guides.cli.library import LIBRARY_COMMANDS, add_library_commands, run_library_command
from guides.cli.output import emit
from guides.cli.series import SERIES_COMMAND, add_series_command, run_series_command
from guides.cli.worksheet import WORKSHEET_COMMAND, add_worksheet_command, run_worksheet
from guides.errors import ArticleImportError
from guides.guide.generator import GuideOptionsError
from guides.library.errors import LibraryError

COMMANDS = frozenset({"import", WORKSHEET_COMMAND, SERIES_COMMAND, *LIBRARY_COMMANDS, *GUIDE_COMMANDS})

EXIT_BAD_INPUT = 2

_COMMAND_LIKE = re.compile(r"^[A-Za-z][A-Za-z-]*$")


def unknown_command(word: str) -> str | None:
    """The one-line complaint for a first argument that looks like a mistyped command, else None.

    ``porchlight impor FILE`` would otherwise open the window on a file named
    "impor". A word of letters that names no file is taken for a command; a path,
    a URL or an option is not.
    """
    from pathlib import Path

    if word in COMMANDS or not _COMMAND_LIKE.match(word) or Path(word).exists():
        return None
    close = difflib.get_close_matches(word, sorted(COMMANDS), n=1, cutoff=0.6)
    if close:
        return f"unknown command '{word}'; did you mean '{close[0]}'?"
    return f"unknown command '{word}'; the commands are {', '.join(sorted(COMMANDS))} (porchlight --help)"


class _Parser(argparse.ArgumentParser):
    """Reports unknown arguments with the usage of the command they were given to.

    argparse hands a subcommand's unknown arguments up to the top-level parser,
    whose usage says nothing about ``--format``; every parser here, subcommands
    included (they share this class), complains about its own instead.
    """

    # typeshed overloads this for namespaces of any type; only Namespace is passed here.
    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            options = list(self._option_string_actions)
            hints = [
                f"did you mean {close[0]}?"
                for extra in extras
                if extra.startswith("--")
                for close in [difflib.get_close_matches(extra.split("=", 1)[0], options, n=1)]
                if close
            ]
            self.error("; ".join([f"unrecognized arguments: {' '.join(extras)}", *hints]))
        return parsed, extras


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="porchlight",
        description="Read an article together beside a discussion guide made from it.",
        epilog=(
            "With no command, porchlight opens the app:\n"
            "  porchlight [FILE_OR_URL]              open the app, with that article imported\n"
            "  porchlight --screenshot OUT.png [FILE_OR_URL] [--show PART] [--theme T] [--zoom PERCENT]\n"
            "                                        render the window to a PNG and exit"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"porchlight {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    imp = commands.add_parser(
        "import",
        help="import a file, URL or standard input and print the clean article",
        description="Import SOURCE (a path, an http(s) URL, or - for standard input) and print "
        "the clean article with what was removed.",
    )
    imp.add_argument("source", metavar="SOURCE")
    imp.add_argument("--format", choices=("json", "md", "text"), default="json")
    imp.add_argument(
        "--chapter",
        type=int,
        metavar="N",
        help="for an e-book: import only chapter N (1 is the first; see --list-chapters)",
    )
    imp.add_argument("--list-chapters", action="store_true", help="for an e-book: list its chapters and exit")
    add_guide_commands(commands)
    add_worksheet_command(commands)
    add_library_commands(commands)
    add_series_command(commands)
    return parser


def _import(args: argparse.Namespace) -> int:
    from guides.export.article_text import article_to_markdown, article_to_plain_text
    from guides.importing import import_source

    if args.list_chapters:
        return _list_chapters(args.source)
    chapter = None if args.chapter is None else args.chapter - 1
    article: Article = import_source(args.source, chapter=chapter)
    if args.format == "json":
        payload: dict[str, Any] = article_to_dict(article)
        emit(json.dumps(payload, ensure_ascii=False, indent=2))
    elif args.format == "md":
        emit(article_to_markdown(article))
    else:
        emit(article_to_plain_text(article))
    return 0


def _list_chapters(source: str) -> int:
    from pathlib import Path

    from guides.importing.epub import list_chapters

    if Path(source).suffix.lower() != ".epub":
        raise ArticleImportError("Only e-books (.epub) have chapters to list.")
    try:
        data = Path(source).read_bytes()
    except OSError as err:
        raise ArticleImportError(f"{source} could not be read: {err.strerror or err}.") from None
    for number, title in enumerate(list_chapters(data), start=1):
        emit(f"{number}\t{title}")
    return 0


def _guide(args: argparse.Namespace) -> int:
    return run_guide_command(args, emit)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    handlers = {"import": _import, **dict.fromkeys(LIBRARY_COMMANDS, run_library_command)}
    handlers[WORKSHEET_COMMAND] = run_worksheet
    handlers[SERIES_COMMAND] = run_series_command
    handlers.update(dict.fromkeys(GUIDE_COMMANDS, _guide))
    try:
        return handlers[args.command](args)
    except (ArticleImportError, LibraryError, GuideOptionsError) as err:
        print(f"porchlight: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
