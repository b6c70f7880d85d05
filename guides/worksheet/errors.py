"""What goes wrong when a worksheet is made, as one line a reader understands.

The CLI and the app show ``str(err)`` as it is. Anything else that escapes
the worksheet package is a bug, not bad input.
"""

from __future__ import annotations


class WorksheetError(Exception):
    """A worksheet could not be made. ``str(err)`` is one line for the reader."""


class WorksheetWriteError(WorksheetError):
    """The file could not be written where asked.

    Raised for a folder that does not exist, one the user may not write in, a
    full disk, or (on Windows) a target that another program holds open. A
    file that was already there is left exactly as it was.
    """


class FontsMissingError(WorksheetError):
    """The bundled fonts are not where Porchlight expects them (a broken install)."""
