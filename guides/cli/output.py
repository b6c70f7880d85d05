"""What the library and series commands print: text or JSON on standard output, in UTF-8 whatever the
terminal's encoding, and the ``--format`` option that chooses between them."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_format(parser: argparse.ArgumentParser) -> None:
    """The ``--format json|text`` option of a listing command."""
    parser.add_argument("--format", choices=("json", "text"), default="text")


def emit(text: str) -> None:
    """Print ``text`` as UTF-8, ending it with a newline."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    if not text.endswith("\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


def emit_json(data: Any) -> None:
    """Print ``data`` as indented JSON, non-ASCII letters as they are."""
    emit(json.dumps(data, ensure_ascii=False, indent=2))
