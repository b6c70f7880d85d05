#!/usr/bin/env python3
"""Render the app icon's PNG sizes from its one source, resources/icons/porchlight.svg.

Run by a developer after changing the SVG; the PNGs are committed so that the app,
the tests and `make dist` need no SVG renderer of their own.

    .venv/bin/python packaging/build_icons.py

Output: ``resources/icons/hicolor/<n>x<n>/apps/<APP_ID>.png`` for each size in
:data:`SIZES`, the freedesktop icon-theme layout, so the folder can be copied
into ``share/icons/`` as it is. Qt's SVG renderer comes with PySide6, which the
app already needs.

From those PNGs, Pillow (which reportlab brings) writes the installers' icons:
``packaging/windows/porchlight.ico`` (16 to 256 px, for the .exe and the setup
program) and ``packaging/macos/porchlight.icns`` (for the .app). The app never
reads these, so they live with the packaging, not in resources/.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.identity import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "porchlight.svg"
OUT = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_ICON = ROOT / "packaging" / "windows" / "porchlight.ico"
MAC_ICON = ROOT / "packaging" / "macos" / "porchlight.icns"


def icon_path(out: Path, size: int) -> Path:
    return out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(source: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = icon_path(out, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def platform_icons(pngs: list[Path], ico: Path = WINDOWS_ICON, icns: Path = MAC_ICON) -> list[Path]:
    """The Windows .ico and the macOS .icns, drawn from the rendered PNGs (not rescaled)."""
    from PIL import Image

    by_size = {Image.open(path).size[0]: path for path in pngs}
    images = [Image.open(by_size[size]).convert("RGBA") for size in sorted(by_size) if size <= 256]
    ico.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(ico, format="ICO", sizes=[image.size for image in images], append_images=images[:-1])
    icns.parent.mkdir(parents=True, exist_ok=True)
    largest = Image.open(by_size[max(by_size)]).convert("RGBA")
    others = [Image.open(by_size[size]).convert("RGBA") for size in sorted(by_size)[:-1]]
    largest.save(icns, format="ICNS", append_images=others)
    return [ico, icns]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    pngs = render(args.source, args.out)
    for path in [*pngs, *platform_icons(pngs)]:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
