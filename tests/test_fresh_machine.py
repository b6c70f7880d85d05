"""What a newcomer meets on a fresh machine: the Makefile's virtualenv and the README's first step.

The Makefile runs here with a stand-in for ``python3`` (so no venv is really
made and nothing is downloaded) that behaves like Debian's: without
python3-venv, ``python3 -m venv`` leaves a ``bin/python`` with no pip.
``packaging/linux/try-bare-debian.sh`` runs the real thing in a bare Debian 12.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.system_check import QT_LIBRARIES, VENV_PACKAGES

ROOT = Path(__file__).resolve().parents[1]

FAKE_PYTHON = """#!{python}
import os, runpy, sys
from pathlib import Path

args = sys.argv[1:]
with open(os.environ["FAKE_LOG"], "a") as log:
    print("python3", *args, file=log)
no_ensurepip = "FAKE_NO_ENSUREPIP" in os.environ
if args[:2] == ["-m", "venv"]:
    python = Path(args[2], "bin", "python")
    python.parent.mkdir(parents=True, exist_ok=True)
    python.write_text(VENV_PYTHON.format(pip_exit=1 if no_ensurepip else 0))
    python.chmod(0o755)
    sys.exit("The virtual environment was not created: ensurepip is not available." if no_ensurepip else 0)
if no_ensurepip:
    sys.modules["ensurepip"] = None  # importlib finds no ensurepip, as on Debian without python3-venv
sys.argv = args
runpy.run_path(args[0], run_name="__main__")
"""

VENV_PYTHON = """#!/bin/sh
echo "venv-python $*" >> "$FAKE_LOG"
if [ "$1 $2" = "-m pip" ]; then
  [ {pip_exit} = 0 ] || echo "No module named pip" >&2
  exit {pip_exit}
fi
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A folder with the Makefile, the system check and a stand-in python3."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    (tmp_path / "desktop").mkdir()
    shutil.copy(ROOT / "Makefile", tmp_path)
    shutil.copy(ROOT / "desktop" / "system_check.py", tmp_path / "desktop")
    (tmp_path / "pyproject.toml").write_text("")
    fake = tmp_path / "fake-python3"
    fake.write_text(FAKE_PYTHON.format(python=sys.executable).replace("VENV_PYTHON", repr(VENV_PYTHON)))
    fake.chmod(0o755)
    return tmp_path


def make(checkout: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # Under `make test` the outer make's settings (PYTEST_ARGS=...) are in the environment.
    outer = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTEST_ARGS", "ARGS", "PYTHON", "SYSTEM_CHECK")
    clean = {k: v for k, v in os.environ.items() if k not in outer}
    return subprocess.run(
        ["make", "--no-print-directory", f"PYTHON={checkout / 'fake-python3'}", *args],
        cwd=checkout,
        env={**clean, "FAKE_LOG": str(checkout / "log"), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def log(checkout: Path) -> list[str]:
    path = checkout / "log"
    lines = path.read_text().splitlines() if path.exists() else []
    path.unlink(missing_ok=True)
    return [line.replace(str(checkout / "desktop"), "desktop") for line in lines]


def test_without_python3_venv_the_first_command_says_so_and_makes_nothing(checkout: Path) -> None:
    result = make(checkout, "test", FAKE_NO_ENSUREPIP="1")
    assert result.returncode != 0
    (line,) = [ln for ln in result.stderr.splitlines() if not ln.startswith("make: ***")]
    assert line.startswith("Porchlight needs system packages this machine lacks; ")
    assert "python3-venv" in line
    assert not (checkout / ".venv").exists()


def test_a_venv_left_without_pip_is_made_again(checkout: Path) -> None:
    # What `make run` did before python3-venv was installed: bin/python, and no pip.
    subprocess.run(
        [checkout / "fake-python3", "-m", "venv", ".venv"],
        cwd=checkout,
        env={**os.environ, "FAKE_LOG": str(checkout / "log"), "FAKE_NO_ENSUREPIP": "1"},
        capture_output=True,
        check=False,
    )
    log(checkout)
    result = make(checkout, "test", "PYTEST_ARGS=-q")
    assert result.returncode == 0, result.stderr
    assert ".venv has no working pip (made without python3-venv?): making it again" in result.stdout
    assert log(checkout) == [
        "venv-python -m pip --version",  # the half-made venv is found out
        "python3 desktop/system_check.py --venv --offscreen",
        "python3 -m venv .venv",
        "venv-python -m pip install --quiet --upgrade pip",
        "venv-python -m pip install --quiet -e .[test]",
        "python3 desktop/system_check.py --offscreen",
        "venv-python -m mypy guides desktop",
        "venv-python -c from importlinter.cli import lint_imports_command; lint_imports_command()",
        "venv-python -m pytest -q",
    ]
    assert (checkout / ".venv" / ".ready").is_file()
    # Once made, the venv is not made or upgraded again; only the libraries are checked.
    assert make(checkout, "test").returncode == 0
    assert log(checkout) == [
        "python3 desktop/system_check.py --offscreen",
        "venv-python -m mypy guides desktop",
        "venv-python -c from importlinter.cli import lint_imports_command; lint_imports_command()",
        "venv-python -m pytest",
    ]


def test_make_run_checks_the_windows_libraries_before_installing_anything(checkout: Path) -> None:
    make(checkout, "run")
    assert log(checkout)[0] == "python3 desktop/system_check.py --venv --window"
    shutil.rmtree(checkout / ".venv", ignore_errors=True)
    make(checkout, "run", "ARGS=import article.txt")  # a command needs no window
    assert log(checkout)[0] == "python3 desktop/system_check.py --venv"


def _makefile_list(name: str) -> list[str]:
    text = (ROOT / "Makefile").read_text().replace("\\\n", " ")
    match = re.search(rf"^{name}\s*:=\s*(.*)$", text, re.MULTILINE)
    assert match, name
    return match.group(1).split()


def _readme_command(start: str) -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(start)} (.*?)(?:\s+#.*)?$", readme, re.MULTILINE)
    assert match, f"the README has no line starting {start!r}"
    return match.group(1).split()


def test_the_readme_the_makefile_and_the_check_name_the_same_packages() -> None:
    app_debs = _makefile_list("APP_DEBS")
    assert [lib.debian for lib in QT_LIBRARIES] == app_debs
    assert "desktop-file-utils" in _makefile_list("DIST_DEBS")  # and $(APP_DEBS)
    assert _readme_command("sudo apt install") == ["make", VENV_PACKAGES["debian"], *app_debs]
    fedora = list(dict.fromkeys(lib.fedora for lib in QT_LIBRARIES))
    assert _readme_command("sudo dnf install") == ["make", VENV_PACKAGES["fedora"], *fedora]
