"""The name, id, version and resources the packaging uses, read from the app's own sources.

``pyproject.toml`` gives the command's name and the version (which it takes from
``guides/__init__.py``); ``desktop/identity.py`` the display name and the
reverse-DNS id that the app, the menu entry and the metainfo share. They are
parsed, not imported, so the spec and the build scripts need neither the app's
dependencies nor a display.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
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


_LICENCE_FILE = re.compile(r"licen[cs]e|copying|notice", re.I)
# Qt for Python's wheels carry no licence text; they are LGPL-3.0 (which builds on
# the GPL-3.0 text in COPYING).
_SHIPPED_LICENCES = {"pyside6-essentials": "LGPL-3.0.txt", "shiboken6": "LGPL-3.0.txt"}


def runtime_distributions(root: str = DIST_NAME) -> list[str]:
    """The installed distributions the app needs at run time: its requirements, theirs, and so on.

    Extras (``[test]``, ``[dist]``) are left out; platform markers are not evaluated,
    so a Windows-only requirement is listed where it happens to be installed.
    """
    seen: dict[str, None] = {}
    todo = [root]
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        seen[name] = None
        for requirement in requires:
            if "extra" not in requirement.partition(";")[2]:
                match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
                if match:
                    todo.append(match.group(0))
    return sorted(n for n in seen if n != root)


def licence_files() -> list[tuple[Path, Path]]:
    """(file, folder in the bundle) for the licence of everything the bundle carries.

    ``resources/licenses/<name>/``: Porchlight's own COPYING, Python's licence, and
    the licence files each runtime distribution installed with its metadata (the
    DejaVu fonts and the Bible text have theirs beside them in resources/).
    """
    target = Path("resources") / "licenses"
    found = [(ROOT / "COPYING", target / DIST_NAME)]
    stdlib = Path(sys.base_prefix)
    for candidate in (stdlib / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
                      stdlib / "LICENSE.txt"):  # fmt: skip
        if candidate.is_file():
            found.append((candidate, target / "python"))
            break
    for name in runtime_distributions():
        if name in _SHIPPED_LICENCES:
            found.append((ROOT / "packaging" / "licenses" / _SHIPPED_LICENCES[name], target / name))
            continue
        dist = metadata.distribution(name)
        for file in dist.files or []:
            parts = Path(str(file)).parts  # "x.dist-info", ["licenses", ...], "LICENSE"
            inside = parts[1:]
            if not (parts[0].endswith(".dist-info") and inside and _LICENCE_FILE.search("/".join(inside))):
                continue
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                folders = inside[1:-1] if inside[0] == "licenses" else inside[:-1]
                found.append((path, target / name / Path(*folders)))
    return found
