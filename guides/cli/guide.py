"""``porchlight analyze`` and ``porchlight guide``: the analysis and the guides from the command line.

Wired into :mod:`guides.cli`, which owns the parser and the error handling;
bad options raise :class:`GuideOptionsError`, which it reports in one line.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from guides.cli.writers import add_writer_options
from guides.guide.audiences import audience_keys
from guides.guide.model import MAX_MINUTES, MIN_MINUTES

ANALYZE_COMMAND = "analyze"
GUIDE_COMMAND = "guide"
GUIDE_COMMANDS = frozenset({ANALYZE_COMMAND, GUIDE_COMMAND})


def add_guide_commands(commands: Any) -> None:
    """Add the ``analyze`` and ``guide`` subcommands to an argparse subparsers object."""
    analyze = commands.add_parser(
        ANALYZE_COMMAND,
        help="print what the analysis finds: scripture, the author's questions and advice, themes ...",
        description="Import SOURCE and print its scripture references (with verse text), the "
        "author's own questions and advice, key passages, themes and sensitive topics, each with "
        "its span in the clean text.",
    )
    analyze.add_argument("source", metavar="SOURCE")
    analyze.add_argument("--format", choices=("json",), default="json")
    analyze.add_argument("--sentences", action="store_true", help="include every sentence's span")

    guide = commands.add_parser(
        GUIDE_COMMAND,
        help="print a discussion guide for a couple, a group, or a leader's session plan",
        description="Import SOURCE and print a discussion guide made from it.",
    )
    guide.add_argument("source", metavar="SOURCE")
    guide.add_argument("--audience", choices=audience_keys(), default="group")
    add_guide_options(
        guide, f"length in minutes, {MIN_MINUTES} to {MAX_MINUTES} (default: 30 for a couple, 60 otherwise)"
    )
    guide.add_argument("--format", choices=("json", "md"), default="json")
    add_writer_options(guide)


def run_guide_command(args: argparse.Namespace, emit: Any) -> int:
    """Run ``analyze`` or ``guide``; ``emit`` writes text to standard output."""
    from guides.analysis.analyze import analysis_to_dict, analyze
    from guides.importing import import_source

    article = import_source(args.source)
    if args.command == ANALYZE_COMMAND:
        data = analysis_to_dict(analyze(article), include_sentences=args.sentences)
        emit(json.dumps(data, ensure_ascii=False, indent=2))
        return 0

    from guides.cli.writers import written_guide
    from guides.export.guide_markdown import guide_to_markdown
    from guides.guide.model import GuideOptions
    from guides.guide.schema import guide_to_dict

    options = GuideOptions(
        audience=args.audience,
        minutes=args.minutes,
        intensity=args.intensity,
        faith=args.faith,
        questions=args.questions,
    )
    guide = written_guide(args, article, options, emit)
    if guide is None:  # --prompt: the prompt was printed instead
        return 0
    if args.format == "md":
        emit(guide_to_markdown(guide))
    else:
        emit(json.dumps(guide_to_dict(guide), ensure_ascii=False, indent=2))
    return 0


def add_guide_options(parser: argparse.ArgumentParser, minutes_help: str) -> None:
    """The guide's own choices (length, intensity, faith, how many questions), as `porchlight guide`
    and `porchlight worksheet` both take them."""
    parser.add_argument("--minutes", type=int, metavar="N", help=minutes_help)
    parser.add_argument(
        "--intensity",
        choices=("mild", "medium", "open"),
        default="medium",
        help="how deep questions for couples may go (default: medium)",
    )
    faith = parser.add_mutually_exclusive_group()
    faith.add_argument(
        "--no-faith", dest="faith", action="store_false", default=None, help="leave out scripture and prayer"
    )
    faith.add_argument("--faith", dest="faith", action="store_true", help="include scripture and prayer")
    parser.add_argument("--questions", type=int, metavar="N", help="core discussion questions (1 to 10)")
