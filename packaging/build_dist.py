#!/usr/bin/env python3
"""Build the app people install: ``make dist`` runs this with the ``dist`` extra installed.

    python packaging/build_dist.py [--max-mb 200] [--no-archive]

1. PyInstaller builds the one-folder bundle from ``packaging/porchlight.spec``.
2. On Linux the folder gains what a desktop needs (``share/applications``,
   ``share/icons/hicolor``, ``share/metainfo``) and ``install.sh``.
3. ``smoke.py`` runs the built program offscreen (``--version``, an import,
   ``--screenshot``) and, on Linux, installs it into a scratch prefix and back out.
4. The bundle's size is reported, largest parts first; past ``--max-mb`` the build
   fails, so a new dependency or a Qt module nobody trimmed is noticed.
5. It is packed for users: ``dist/porchlight-VERSION-linux-ARCH.tar.gz`` on Linux,
   a ``.dmg`` of ``Porchlight.app`` on macOS (hdiutil). On Windows the installer
   comes from Inno Setup (``packaging/windows/porchlight.iss``) when ``iscc`` is on
   PATH. See docs/packaging.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from project import (
    APP_ID,
    APP_NAME,
    DESKTOP_FILE,
    DIST_NAME,
    LINUX,
    METAINFO_FILE,
    RESOURCES,
    ROOT,
    VERSION,
)

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / DIST_NAME
MAX_MB = 200  # the Linux bundle is 184 MB today, 38 of them Qt's ICU libraries and data


def build() -> None:
    """Run PyInstaller on the spec (a fresh build: no stale files from an earlier one)."""
    command = [
        sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "porchlight.spec"),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK),
    ]  # fmt: skip
    print(f"dist: building {APP_NAME} {VERSION} with PyInstaller", flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def add_desktop_integration(bundle: Path) -> None:
    """Put the menu entry, icons, metainfo, install.sh and COPYING into a Linux bundle folder.

    ``share/`` has the freedesktop layout, so ``install.sh`` (or a packager) copies
    it under a prefix as it is.
    """
    share = bundle / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copyfile(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    shutil.copyfile(METAINFO_FILE, share / "metainfo" / METAINFO_FILE.name)
    for png in sorted((RESOURCES / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        target = share / "icons" / "hicolor" / png.relative_to(RESOURCES / "icons" / "hicolor")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    script = (LINUX / "install.sh").read_text(encoding="utf-8")
    script = script.replace("@APP_ID@", APP_ID).replace("@NAME@", DIST_NAME)
    (bundle / "install.sh").write_text(script, encoding="utf-8")
    (bundle / "install.sh").chmod(0o755)
    shutil.copyfile(ROOT / "COPYING", bundle / "COPYING")


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path`` (links are not followed, nor counted twice)."""
    if path.is_symlink() or path.is_file():
        return 0 if path.is_symlink() else path.stat().st_size
    files = (entry for entry in path.rglob("*") if entry.is_file() and not entry.is_symlink())
    return sum(entry.stat().st_size for entry in files)


def size_report(bundle: Path, top: int = 12) -> tuple[int, list[str]]:
    """The bundle's total size and a line for each of its largest parts.

    Parts are the bundle's top-level entries and those of ``_internal``, with
    PySide6 broken down one level further, since Qt is most of the weight.
    """
    parts: list[Path] = []
    for folder in (bundle, bundle / "_internal", bundle / "_internal" / "PySide6" / "Qt"):
        if folder.is_dir():
            parts.extend(p for p in folder.iterdir() if p.name not in {"_internal", "PySide6"})
    pyside = bundle / "_internal" / "PySide6"
    if pyside.is_dir():
        parts.extend(p for p in pyside.iterdir() if p.name != "Qt")
    sizes = sorted(((folder_size(p), p) for p in parts), key=lambda item: (-item[0], str(item[1])))
    total = folder_size(bundle)
    lines = [f"{size / 2**20:7.1f} MB  {path.relative_to(bundle)}" for size, path in sizes[:top]]
    return total, lines


def archive_linux(bundle: Path) -> Path:
    """``dist/porchlight-VERSION-linux-ARCH.tar.gz``, unpacking to ``porchlight-VERSION/``."""
    name = f"{DIST_NAME}-{VERSION}-linux-{platform.machine()}"
    target = DIST / f"{name}.tar.gz"
    partial = target.with_suffix(".gz.partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{DIST_NAME}-{VERSION}", recursive=True)
    partial.replace(target)  # never a half-written archive under the real name
    return target


def archive_macos() -> Path | None:
    app = DIST / f"{APP_NAME}.app"
    if not shutil.which("hdiutil") or not app.is_dir():
        return None
    target = DIST / f"{DIST_NAME}-{VERSION}-macos-{platform.machine()}.dmg"
    subprocess.run(
        ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(app), "-ov", "-format", "UDZO",
         str(target)],
        check=True,
    )  # fmt: skip
    return target


def installer_windows() -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        return None
    script = ROOT / "packaging" / "windows" / "porchlight.iss"
    defines = [f"/DAppVersion={VERSION}", f"/DAppName={APP_NAME}", f"/DAppId={APP_ID}"]
    subprocess.run([iscc, *defines, str(script)], check=True)
    return DIST / f"{DIST_NAME}-{VERSION}-windows-setup.exe"


def pack() -> Path | None:
    """What a user downloads, for this platform; None where its packer is missing."""
    if sys.platform == "darwin":
        return archive_macos()
    if sys.platform == "win32":
        return installer_windows()
    return archive_linux(BUNDLE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--max-mb", type=float, default=MAX_MB, help=f"fail above this size (default {MAX_MB})"
    )
    parser.add_argument("--no-archive", action="store_true", help="build and check, but do not pack")
    args = parser.parse_args()

    build()
    on_linux = sys.platform.startswith("linux")
    if on_linux:
        add_desktop_integration(BUNDLE)
    program = BUNDLE / (APP_NAME if sys.platform in ("win32", "darwin") else DIST_NAME)
    if sys.platform == "win32":
        program = program.with_suffix(".exe")
    smoke = [sys.executable, str(ROOT / "packaging" / "smoke.py"), str(program)]
    if sys.platform == "win32":
        smoke += ["--cli", str(BUNDLE / f"{DIST_NAME}-cli.exe")]
    if on_linux:
        smoke.append("--install")
    subprocess.run(smoke, check=True)

    total, lines = size_report(BUNDLE)
    print(f"dist: {BUNDLE.relative_to(ROOT)} is {total / 2**20:.1f} MB; the largest parts:")
    print("\n".join(lines))
    untrimmed = os.environ.get("PORCHLIGHT_DIST_FULL") == "1"  # the spec trimmed nothing: no budget
    if total > args.max_mb * 2**20 and not untrimmed:
        print(f"dist: FAILED: the bundle is over {args.max_mb:g} MB; trim it in packaging/porchlight.spec",
              file=sys.stderr)  # fmt: skip
        return 1

    if args.no_archive:
        return 0
    packed = pack()
    if packed is None:
        print("dist: no packer for this platform here (see docs/packaging.md); the folder is ready")
    else:
        print(f"dist: {packed.relative_to(ROOT)}: {packed.stat().st_size / 2**20:.1f} MB to download")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except subprocess.CalledProcessError as failed:
        command = " ".join(map(str, failed.cmd[:3]))
        print(f"dist: FAILED: {command} ... exited {failed.returncode}", file=sys.stderr)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
