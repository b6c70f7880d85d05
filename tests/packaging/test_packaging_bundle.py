"""What goes into the bundle, without building it: resources, trimmed Qt modules, size figures."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import build_dist
import pytest
from packaging_checks import PACKAGING
from project import APP_ID, DIST_NAME, ROOT, VERSION, bundled_resources


def _spec_strings(name: str) -> set[str]:
    """The strings in what porchlight.spec assigns to ``name`` (the spec only runs under PyInstaller)."""
    tree = ast.parse((PACKAGING / "porchlight.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return {
                leaf.value
                for leaf in ast.walk(node.value)
                if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str)
            }
    raise AssertionError(f"{name} is not assigned in porchlight.spec")


def test_the_bundle_carries_the_bible_fonts_icons_and_sample() -> None:
    bundled = {(path.relative_to(ROOT / "resources"), folder) for path, folder in bundled_resources()}
    names = {str(relative) for relative, _folder in bundled}
    assert {"bible/web.tsv.gz", "bible/versification.tsv", "bible/LICENSE"} <= names
    assert {"samples/small-hinges.txt", "samples/small-hinges.notes.json"} <= names
    assert {"fonts/DejaVuSerif.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE"} <= names
    assert f"icons/hicolor/48x48/apps/{APP_ID}.png" in names
    # The layout of resources/ is kept, which is where guides.resources looks when frozen.
    assert all(folder == Path("resources") / relative.parent for relative, folder in bundled)
    # Sources the app never reads stay out: the icon's SVG, the Bible's build script.
    assert "icons/porchlight.svg" not in names
    assert not any(name.endswith(".py") for name in names)


def test_what_the_bundle_carries_is_enough_for_a_guide_with_scripture_and_a_worksheet(tmp_path: Path) -> None:
    """Lay out only the bundled resources, as the frozen app sees them, and use them."""
    for path, folder in bundled_resources():
        target = tmp_path / folder / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    sample = tmp_path / "resources" / "samples" / "small-hinges.txt"
    env = {"PORCHLIGHT_RESOURCES": str(tmp_path / "resources"), "PATH": "/usr/bin:/bin",
           "PORCHLIGHT_HOME": str(tmp_path / "home")}  # fmt: skip
    script = "import sys; from guides.cli import main; raise SystemExit(main(sys.argv[1:]))"
    guide = subprocess.run(
        [sys.executable, "-c", script, "guide", str(sample), "--audience", "session", "--format", "json"],
        env=env, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert guide.returncode == 0, guide.stderr[-2000:]
    # The article quotes "tenderhearted"; the bundled WEB reads "tender hearted".
    assert "tender hearted" in guide.stdout, "Ephesians 4:32 in full, from the bundled WEB text"
    pdf = tmp_path / "leader.pdf"
    sheet = subprocess.run(
        [sys.executable, "-c", script, "worksheet", str(sample), "--audience", "group", "--edition", "leader",
         "-o", str(pdf)],
        env=env, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert sheet.returncode == 0, sheet.stderr[-2000:]
    from pypdf import PdfReader

    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(pdf).pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert any("DejaVu" in name for name in fonts), fonts


def test_no_qt_module_the_app_imports_is_trimmed_away() -> None:
    used = set()
    for path in [*(ROOT / "desktop").rglob("*.py"), *(ROOT / "guides").rglob("*.py")]:
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & _spec_strings("UNUSED_QT"), "the spec leaves out a Qt module the app imports"


def test_no_package_the_app_needs_is_excluded() -> None:
    excluded = {name.split(".")[0] for name in _spec_strings("excludes")}
    runtime = {"reportlab", "markdown", "platformdirs", "trafilatura", "nh3", "lxml", "docx",
               "rapidfuzz", "pypdfium2", "sqlite3", "ssl", "json", "gzip", "zipfile", "urllib"}  # fmt: skip
    assert excluded, "the spec's excludes were found"
    assert not runtime & excluded


def test_the_size_report_names_the_heaviest_parts(tmp_path: Path) -> None:
    bundle = tmp_path / DIST_NAME
    (bundle / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(b"q" * 3 * 2**20)
    (bundle / "_internal" / "PySide6" / "QtCore.abi3.so").write_bytes(b"c" * 2**20)
    (bundle / "_internal" / "rapidfuzz").mkdir()
    (bundle / "_internal" / "rapidfuzz" / "fuzz.so").write_bytes(b"r" * 2 * 2**20)
    (bundle / DIST_NAME).write_bytes(b"x" * 1024)
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")

    total, lines = build_dist.size_report(bundle)
    assert total == 6 * 2**20 + 1024, "links are not counted twice"
    assert [line.split()[-1] for line in lines[:3]] == [
        "_internal/PySide6/Qt/lib", "_internal/rapidfuzz", "_internal/PySide6/QtCore.abi3.so"
    ]
    assert lines[0].split()[:2] == ["3.0", "MB"]


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A folder shaped like PyInstaller's output, with a program that only answers --version."""
    bundle = tmp_path / "dist" / DIST_NAME
    (bundle / "_internal" / "resources").mkdir(parents=True)
    program = bundle / DIST_NAME
    program.write_text(f"#!/bin/sh\necho '{DIST_NAME} {VERSION}'\n", encoding="utf-8")
    program.chmod(0o755)
    build_dist.add_desktop_integration(bundle)
    return bundle


def test_the_linux_bundle_gains_a_menu_entry_icons_metainfo_and_installer(fake_bundle: Path) -> None:
    share = fake_bundle / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").read_bytes() == (
        PACKAGING / "linux" / f"{APP_ID}.desktop"
    ).read_bytes()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert len(list(share.glob(f"icons/hicolor/*/apps/{APP_ID}.png"))) == 8
    installer = fake_bundle / "install.sh"
    assert installer.stat().st_mode & 0o111
    text = installer.read_text(encoding="utf-8")
    assert "@APP_ID@" not in text and "@NAME@" not in text
    assert f"APP_ID={APP_ID}\n" in text and f"NAME={DIST_NAME}\n" in text
    assert (fake_bundle / "COPYING").read_bytes() == (ROOT / "COPYING").read_bytes()


def test_the_linux_archive_unpacks_to_a_versioned_folder_ready_to_install(
    fake_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_dist, "DIST", fake_bundle.parent)
    archive = build_dist.archive_linux(fake_bundle)
    assert archive.name.startswith(f"{DIST_NAME}-{VERSION}-linux-") and archive.name.endswith(".tar.gz")
    assert not list(fake_bundle.parent.glob("*.partial"))
    with tarfile.open(archive) as tar:
        members = {member.name: member for member in tar.getmembers()}
    top = f"{DIST_NAME}-{VERSION}"
    assert members[f"{top}/install.sh"].mode & 0o111
    assert members[f"{top}/{DIST_NAME}"].mode & 0o111
    assert f"{top}/share/applications/{APP_ID}.desktop" in members
    assert all(name == top or name.startswith(f"{top}/") for name in members)


def test_the_bundle_carries_the_licence_of_everything_in_it() -> None:
    from project import licence_files, runtime_distributions

    carried = {folder.parts[2] for _path, folder in licence_files()}
    assert {"porchlight", "python", "pyside6-essentials", "shiboken6"} <= carried
    needed = runtime_distributions()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in pyproject["project"]["dependencies"]:
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0)  # type: ignore[union-attr]
        name = re.sub(r"[-_.]+", "-", name).lower()  # as pip names it (PEP 503)
        assert name in needed, f"{name} is a dependency the bundle carries"
    assert set(needed) <= carried, f"no licence text found for {sorted(set(needed) - carried)}"
    qt = dict((folder.parts[2], path) for path, folder in licence_files())["pyside6-essentials"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.read_text(encoding="utf-8")
