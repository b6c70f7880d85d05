"""The packaging scripts are plain files in packaging/, not a package: put them on the path."""

from __future__ import annotations

import sys

from packaging_checks import PACKAGING

if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
