"""The engine's command line, one module per command (``porchlight guide``, ``worksheet``, ``library``...).

The engine's packages never import from here: the CLI sits on top of them all.
"""

from guides.cli.porchlight import COMMANDS, EXIT_BAD_INPUT, main, unknown_command

__all__ = ["COMMANDS", "EXIT_BAD_INPUT", "main", "unknown_command"]
