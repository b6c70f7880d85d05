"""Every package the code needs is declared, so every pip installs it, old ones included.

The first test reads the code: each third-party module that ``guides`` and
``desktop`` import belongs to a distribution named in ``pyproject.toml``,
and so does the HTML cleaner that jusText (under trafilatura) asks for as an
extra of lxml. The second installs (as a dry run) with the pip that Python
3.11's own ``venv`` brings, without upgrading it (the README asks only for
Python 3.11 and its venv module), and checks that what it would install
includes every declared package: that pip dropped lxml's ``html_clean``
extra, and HTML import then ended in a traceback.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normal(re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0]) for spec in project["dependencies"]}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for folder in ("guides", "desktop"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"guides", "desktop", "__future__"}


def test_every_imported_package_is_declared() -> None:
    owners = importlib.metadata.packages_distributions()
    declared = _declared()
    missing = {
        module: owners.get(module, ["?"])
        for module in _imported_modules()
        if not any(_normal(d) in declared for d in owners.get(module, []))
    }
    # shiboken6 is PySide6's own binding layer and always comes with it.
    missing.pop("shiboken6", None)
    assert not missing, f"imported but not in pyproject's dependencies: {missing}"


def test_the_html_cleaner_is_declared_directly() -> None:
    assert "lxml-html-clean" in _declared()


@pytest.mark.slow
def test_the_pip_python_311_brings_installs_everything(tmp_path: Path) -> None:
    """A dry run with venv's own pip (23.x on Python 3.11), resolving the project and its dependencies."""
    env_dir = tmp_path / "old-pip"
    try:
        venv.EnvBuilder(with_pip=True, symlinks=True).create(env_dir)
    except (subprocess.CalledProcessError, OSError) as err:
        pytest.skip(f"this Python cannot make a venv with its own pip ({err})")
    pip = [str(env_dir / "bin" / "python"), "-m", "pip"]
    version = subprocess.run([*pip, "--version"], capture_output=True, text=True, check=True).stdout
    report = tmp_path / "report.json"
    result = subprocess.run(
        [*pip, "install", "--dry-run", "--ignore-installed", "--quiet", "--report", str(report), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"no package index reachable for {version.split(' from')[0]}: {result.stderr[-300:]}")
    resolved = {_normal(item["metadata"]["name"]) for item in json.loads(report.read_text())["install"]}
    needed = _declared() | {"lxml-html-clean"}  # what HTML import loads, declared or not
    assert needed <= resolved, f"{version.split(' from')[0]} leaves out {needed - resolved}"
