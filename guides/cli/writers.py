"""``--writer rules|server|paste`` for ``porchlight guide`` and ``porchlight worksheet``.

``--server URL`` and ``--model NAME`` choose a server's model (``--server``
alone means ``--writer server``); ``--prompt`` prints the prompt for a chat
assistant and stops; ``--reply FILE`` (``-`` for standard input) reads the
assistant's reply (either means ``--writer paste``). What the writer did goes
to standard error, beginning with which server it used; the guide itself is
always complete (a writer that fails leaves the rules writer's guide).

A server that is not on this computer is used only after the reader agreed,
once, in a terminal (:mod:`guides.writers.trust`); without a terminal to ask
in, the command refuses before anything is sent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from guides.guide.generator import GuideOptionsError
from guides.writers.trust import OLLAMA as DEFAULT_SERVER


def add_writer_options(parser: argparse.ArgumentParser) -> None:
    """The writer options, shared by ``guide`` and ``worksheet``."""
    group = parser.add_argument_group("writing help (off unless chosen; see README)")
    group.add_argument(
        "--writer",
        choices=("rules", "server", "paste"),
        help="who words the questions: rules (default, offline), server (a model on an OpenAI-compatible "
        "server), paste (a reply pasted from a chat assistant)",
    )
    group.add_argument(
        "--server", metavar="URL", help=f"the server's address (default: {DEFAULT_SERVER}, Ollama)"
    )
    group.add_argument("--model", metavar="NAME", help="the model (default: the first the server lists)")
    group.add_argument(
        "--prompt", action="store_true", help="print the prompt to paste into a chat assistant, and stop"
    )
    group.add_argument(
        "--reply", metavar="FILE", help="read the assistant's reply from FILE (- for standard input)"
    )


class WriterOptionsError(GuideOptionsError):
    """Writer options that cannot work together, or a reply that cannot be read from disk (one line)."""


def writer_of(args: argparse.Namespace) -> str:
    """The writer the options ask for; unnamed, it follows from ``--server``, ``--prompt`` and ``--reply``."""
    named: str | None = getattr(args, "writer", None)
    if named is None:
        if args.prompt or args.reply:
            named = "paste"
        elif args.server:
            named = "server"
        else:
            named = "rules"
    if named != "paste" and (args.prompt or args.reply):
        raise WriterOptionsError("--prompt and --reply go with --writer paste")
    if named == "paste" and args.prompt and args.reply:
        raise WriterOptionsError("use --prompt first, then --reply FILE with the assistant's answer")
    if named != "server" and args.server:
        raise WriterOptionsError("--server goes with --writer server")
    return named


def _read_reply(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise WriterOptionsError(f"the reply {name} could not be read: {err.strerror or err}") from None


def _consent(url: str, model: str, article: Any, key: bool, err: TextIO) -> None:
    from guides.writers.trust import is_trusted, trust, what_is_sent

    if is_trusted(url):
        return
    question = what_is_sent(url, model, article.title, article.word_count, key)
    if not sys.stdin.isatty():
        raise WriterOptionsError(
            f"{url} is not on this computer; run the command once in a terminal to agree to send to it"
        )
    err.write(question + " [y/N] ")
    err.flush()
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise WriterOptionsError("nothing was sent")
    trust(url)


def written_guide(
    args: argparse.Namespace, article: Any, options: Any, emit: Any, err: TextIO | None = None
) -> Any | None:
    """The guide the options ask for; None when ``--prompt`` printed the prompt instead."""
    from guides.writers.write import PASTED, from_reply, from_server, prepare, rules_written

    err = err or sys.stderr
    writer = writer_of(args)
    reply = _read_reply(args.reply) if writer == "paste" and args.reply else None
    prepared = prepare(article, options)
    if writer == "rules":
        return rules_written(prepared).guide
    if writer == "paste":
        if reply is None:
            emit(prepared.prompt())
            err.write(
                "porchlight: paste this prompt into your assistant, save its reply to a file and run the "
                "same command with --reply FILE\n"
            )
            return None
        written = from_reply(prepared, reply, args.model or PASTED)
        err.write(f"porchlight: writing help from a pasted reply ({written.report.writer})\n")
    else:
        from guides.writers.keys import key_for
        from guides.writers.server import Server, WriterError, base_url, shown
        from guides.writers.trust import is_on_this_computer

        try:
            url = base_url(args.server or DEFAULT_SERVER)
        except WriterError as error:
            raise WriterOptionsError(str(error)) from None
        key = key_for(url)
        _consent(shown(url), args.model or "", article, bool(key), err)
        where = "on this computer" if is_on_this_computer(url) else "not on this computer"
        err.write(
            f"porchlight: writing help from {args.model or 'the first model listed'} at {shown(url)} "
            f"({where})\n"
        )
        written = from_server(prepared, Server(url, key), args.model)
    for line in written.report.lines():
        err.write(f"porchlight: {line}\n")
    return written.guide
