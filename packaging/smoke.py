#!/usr/bin/env python3
"""Smoke check of a built bundle: it starts, reads its resources and draws its window.

    python packaging/smoke.py dist/porchlight/porchlight [--cli PROGRAM] [--install] [--keep OUT.png]

Runs the frozen program with Qt's offscreen platform in a throwaway home (so no
real library or settings are touched), then checks that

* ``--version`` prints the version the sources declare;
* ``import`` reads an HTML page (trafilatura and its data files made it in);
* the licence texts are in the bundle (Porchlight's COPYING, Qt's LGPL);
  both through ``--cli`` where the program has no console (Windows);
* ``--screenshot`` writes a PNG of at least 1280x800 that is not blank;
* with ``--install`` (Linux): ``install.sh`` puts it under a scratch prefix, where
  the menu entry is valid and points at a program that starts, and ``--uninstall``
  takes every file away again.

Exit status 0 when all pass. The PNG is read with Qt from the build environment.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project import APP_ID, DIST_NAME, ROOT, VERSION

MIN_WIDTH, MIN_HEIGHT = 1280, 800
DESKTOP_CACHES = frozenset({"mimeinfo.cache", "icon-theme.cache"})
"""The desktop's own index files, which install.sh has its tools rewrite; they may stay."""
SAMPLE_PAGE = ROOT / "tests" / "fixtures" / "html" / "wordpress-post.html"


def _environment(home: Path) -> dict[str, str]:
    """A throwaway home for the frozen program, with Qt offscreen.

    It starts from the build machine's environment (Windows needs SYSTEMROOT and the
    like) less the developer's own Porchlight, Qt and Python settings:
    PORCHLIGHT_RESOURCES, say, would hide what the bundle lacks.
    """
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PORCHLIGHT_", "QT_", "PYTHON"))}
    env.update({
        "HOME": str(home),
        "USERPROFILE": str(home),
        "APPDATA": str(home / "appdata"),
        "LOCALAPPDATA": str(home / "localappdata"),
        "PORCHLIGHT_HOME": str(home / "porchlight"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    })  # fmt: skip
    return env


def _run(program: Path, args: list[str], home: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    command = [str(program), *args]
    env = _environment(home)
    return subprocess.run(command, env=env, cwd=home, capture_output=True, text=True, timeout=timeout)


def check_png(path: Path) -> str:
    """A line describing the image; raises AssertionError when it is too small or blank."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable PNG"
    width, height = image.width(), image.height()
    assert width >= MIN_WIDTH and height >= MIN_HEIGHT, (
        f"{width}x{height} is smaller than {MIN_WIDTH}x{MIN_HEIGHT}"
    )
    # Sample a grid: a drawn window has text, panes and highlights, so many colours
    # and no single colour covering nearly everything.
    samples = [image.pixel(x, y) for x in range(0, width, 8) for y in range(0, height, 8)]
    colours = len(set(samples))
    commonest = max(samples.count(c) for c in set(samples)) / len(samples)
    assert colours >= 16 and commonest < 0.9, f"looks blank: {colours} colours, commonest {commonest:.0%}"
    return f"{width}x{height}, {colours} colours in {len(samples)} samples, commonest {commonest:.0%}"


def check_install(bundle: Path, home: Path) -> str:
    """Install the bundle under a scratch prefix with its install.sh, use it, uninstall it."""
    prefix = home / "prefix"
    env = _environment(home)
    installer = bundle / "install.sh"
    done = subprocess.run(
        [str(installer), "--prefix", str(prefix)], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"install.sh failed:\n{done.stdout}{done.stderr}"
    entry = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    exec_line = next(line for line in lines if line.startswith("Exec="))
    program = Path(exec_line.split('"')[1])
    assert program == prefix / "lib" / DIST_NAME / DIST_NAME, exec_line
    validator = shutil.which("desktop-file-validate")
    if validator:
        valid = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
        assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout
    started = _run(prefix / "bin" / DIST_NAME, ["--version"], home)
    assert started.stdout.strip() == f"{DIST_NAME} {VERSION}", started.stderr[-2000:]
    icons = sorted(prefix.glob(f"share/icons/hicolor/*/apps/{APP_ID}.png"))
    assert icons, "no icons installed"

    uninstall = [str(program.parent / "install.sh"), "--uninstall"]
    gone = subprocess.run(uninstall, env=env, capture_output=True, text=True, check=False)
    assert gone.returncode == 0, f"install.sh --uninstall failed:\n{gone.stdout}{gone.stderr}"
    files = (p for p in prefix.rglob("*") if not p.is_dir() and p.name not in DESKTOP_CACHES)
    left = [str(p.relative_to(prefix)) for p in files]
    assert not left, f"left after --uninstall: {left[:10]}"
    checked = "validated, " if validator else ""
    return f"menu entry {checked}{len(icons)} icon sizes, started from {prefix.name}/bin, uninstalled cleanly"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path)
    parser.add_argument("--cli", type=Path, help="the console program, where the app's has none")
    parser.add_argument("--install", action="store_true", help="also try the bundle's install.sh")
    parser.add_argument("--keep", type=Path, metavar="OUT.png", help="copy the screenshot here")
    args = parser.parse_args()
    program = args.program.resolve()
    cli = (args.cli or args.program).resolve()
    with tempfile.TemporaryDirectory(prefix="porchlight-smoke-") as folder:
        home = Path(folder)
        version = _run(cli, ["--version"], home)
        assert version.returncode == 0, version.stderr
        assert version.stdout.strip() == f"{DIST_NAME} {VERSION}", version.stdout
        print(f"smoke: --version: {version.stdout.strip()}")

        page = _run(cli, ["import", str(SAMPLE_PAGE), "--format", "text"], home)
        assert page.returncode == 0 and "Kitchen Table" in page.stdout, page.stderr[-2000:]
        print(f"smoke: import of an HTML page: {len(page.stdout)} characters of text")

        licences = program.parent / "_internal" / "resources" / "licenses"
        for needed in (licences / DIST_NAME / "COPYING", licences / "pyside6-essentials" / "LGPL-3.0.txt"):
            assert needed.is_file(), f"the bundle lacks {needed.relative_to(program.parent)}"
        print(f"smoke: licence texts: {len(list(licences.iterdir()))} folders")

        shot = home / "screenshot.png"
        result = _run(program, ["--screenshot", str(shot)], home)
        assert result.returncode == 0 and shot.exists(), f"exit {result.returncode}\n{result.stderr[-2000:]}"
        print(f"smoke: screenshot: {check_png(shot)}")
        if args.keep:
            args.keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, args.keep)
            print(f"smoke: kept {args.keep}")
        if args.install:
            print(f"smoke: install.sh: {check_install(program.parent, home)}")
    print("smoke: passed")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except AssertionError as problem:
        print(f"smoke: FAILED: {problem}", file=sys.stderr)
        raise SystemExit(1) from None
