"""The name, id, version and resources the packaging uses, read from the app's own sources.

``pyproject.toml`` gives the command's name and the version (which it takes from
``guides/__init__.py``); ``desktop/identity.py`` the display name and the
reverse-DNS id that the app, the menu entry and the metainfo share. They are
parsed, not imported, so the spec and the build scripts need neither the app's
dependencies nor a display.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
LINUX = ROOT / "packaging" / "linux"


def _constants(path: Path) -> dict[str, str]:
    found = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def _version(pyproject: dict[str, Any]) -> str:
    """The version pyproject.toml declares, following its ``attr:`` when it is dynamic."""
    project = pyproject["project"]
    if "version" in project:
        return str(project["version"])
    module, _, name = pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"].rpartition(".")
    source = ROOT.joinpath(*module.split("."))
    source = source / "__init__.py" if source.is_dir() else source.with_suffix(".py")
    return _constants(source)[name]


_pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
_identity = _constants(ROOT / "desktop" / "identity.py")
DIST_NAME: str = _pyproject["project"]["name"]
"""The command and the bundle's folder: ``porchlight``."""
VERSION: str = _version(_pyproject)
APP_NAME: str = _identity["APP_NAME"]
"""What people see: ``Porchlight``."""
APP_ID: str = _identity["APP_ID"]

DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"

# Under resources/ but not read by the app: the icon's SVG source (the PNGs are
# rendered from it by build_icons.py).
_NOT_BUNDLED = {Path("icons") / "porchlight.svg"}


def bundled_resources() -> list[tuple[Path, Path]]:
    """(file, folder in the bundle) for every file under resources/ the app reads.

    The bundle keeps the layout of resources/, which is where
    ``guides.resources.resource_path`` looks inside a frozen app. The Bible is the
    precompiled ``web.tsv.gz`` (packaging/build_bible.py made it at development
    time), so neither the build script nor its source package is bundled.
    """
    found = []
    for path in sorted(RESOURCES.rglob("*")):
        relative = path.relative_to(RESOURCES)
        hidden = any(part.startswith(".") for part in relative.parts)
        if path.is_file() and not hidden and relative not in _NOT_BUNDLED:
            found.append((path, Path("resources") / relative.parent))
    return found
