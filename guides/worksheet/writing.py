"""Writing a worksheet so that a failure never leaves half a PDF over a good one.

The file is written whole or not at all by :func:`guides.files.write_atomically`
(a temporary file in the target folder, fsynced, then renamed over the
target); here its failures become :class:`WorksheetWriteError`, the one-line
error the worksheet's callers expect.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from guides import files
from guides.worksheet.errors import WorksheetWriteError


def write_atomically(target: str | os.PathLike[str], produce: Callable[[BinaryIO], object]) -> Path:
    """Call ``produce`` with a binary file to fill, then put that file at ``target``.

    Raises :class:`WorksheetWriteError` (one line, naming the file) when the
    folder is missing or not writable, the disk is full, or the target cannot
    be replaced. An exception from ``produce`` itself is passed on unchanged
    after the temporary file is removed. Returns the target path.
    """
    return files.write_atomically(target, produce, error=WorksheetWriteError)
