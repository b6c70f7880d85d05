"""Package doors that load what they name on first use (PEP 562).

A package that re-exports names from its modules would otherwise import them all when any one is
asked for; the app's first frame and the CLI's argument check need almost none of them. Each
package keeps a table of where its names live and takes its ``__getattr__`` from here.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: a name of ``homes`` is imported from its module when first
    asked for, and kept in the package, so that it is looked up once."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
