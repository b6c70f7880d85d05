"""The ``porchlight`` command: engine subcommands go to ``guides.cli``; anything else opens the app.

Qt is imported only when the window is wanted, so ``porchlight import`` works
on a machine with no display and starts quickly. A mistyped command, a missing
display and missing system libraries get one line before Qt is started.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # With no arguments (the everyday start) the engine's CLI is not even imported.
    if args:
        from guides.cli import COMMANDS, EXIT_BAD_INPUT, unknown_command
        from guides.cli import main as engine_main

        if args[0] in COMMANDS or args[0] in {"-h", "--help", "--version"}:
            return engine_main(args)
        mistyped = unknown_command(args[0])
        if mistyped:
            print(f"porchlight: {mistyped}", file=sys.stderr)
            return EXIT_BAD_INPUT
    from desktop.system_check import window_problem

    problem = window_problem(args)  # Qt would abort with a long message, or no message at all
    if problem:
        print(f"porchlight: {problem}", file=sys.stderr)
        return 1
    try:
        from desktop.app import run
    except ImportError as err:
        if ".so" not in str(err) and ".dll" not in str(err):
            raise
        # Qt loads the system's graphics and font libraries; a machine without a
        # desktop may lack them. Say which, rather than show a traceback.
        from desktop.system_check import libraries_message, missing_libraries

        missing = missing_libraries(x11=False) if sys.platform.startswith("linux") else []
        if missing:
            print(
                f"porchlight: {libraries_message(missing)}; "
                "the commands (porchlight import, guide, worksheet) work without them",
                file=sys.stderr,
            )
            return 1
        print(
            f"Porchlight cannot open its window: {err}.\n"
            "It needs the graphics libraries every desktop has (on Debian or Ubuntu: "
            "sudo apt install libgl1 libegl1 libfontconfig1 libxkbcommon0). "
            "The commands (porchlight import, guide, worksheet) work without them.",
            file=sys.stderr,
        )
        return 1
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
