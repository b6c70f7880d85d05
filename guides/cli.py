"""The engine's command line: ``porchlight import|analyze|guide|...``.

Bad input prints one line and exits non-zero, never a traceback. Output is
written to standard output as UTF-8 whatever the terminal's encoding.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from guides import __version__
from guides.article import Article, article_to_dict
from guides.errors import ArticleImportError
from guides.guide.cli import GUIDE_COMMANDS, add_guide_commands, run_guide_command
from guides.guide.generator import GuideOptionsError
from guides.library.commands import LIBRARY_COMMANDS, add_library_commands, run_library_command
from guides.library.errors import LibraryError
from guides.worksheet.cli import WORKSHEET_COMMAND, add_worksheet_command, run_worksheet

COMMANDS = frozenset({"import", WORKSHEET_COMMAND, *LIBRARY_COMMANDS, *GUIDE_COMMANDS})

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    imp.add_argument(
        "--list-chapters", action="store_true", help="for an e-book: list its chapters and exit"
    )
    add_guide_commands(commands)
    add_worksheet_command(commands)
    add_library_commands(commands)
    return parser


def _emit(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    if not text.endswith("\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


def _import(args: argparse.Namespace) -> int:
    from guides.export.article_text import article_to_markdown, article_to_plain_text
    from guides.importing import import_source

    if args.list_chapters:
        return _list_chapters(args.source)
    chapter = None if args.chapter is None else args.chapter - 1
    article: Article = import_source(args.source, chapter=chapter)
    if args.format == "json":
        payload: dict[str, Any] = article_to_dict(article)
        _emit(json.dumps(payload, ensure_ascii=False, indent=2))
    elif args.format == "md":
        _emit(article_to_markdown(article))
    else:
        _emit(article_to_plain_text(article))
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
        _emit(f"{number}\t{title}")
    return 0


def _guide(args: argparse.Namespace) -> int:
    return run_guide_command(args, _emit)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    handlers = {"import": _import, **dict.fromkeys(LIBRARY_COMMANDS, run_library_command)}
    handlers[WORKSHEET_COMMAND] = run_worksheet
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


if __name__ == "__main__":
    raise SystemExit(main())
