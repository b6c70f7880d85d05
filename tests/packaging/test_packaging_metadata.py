"""The menu entry, the AppStream metainfo and the installers agree with the app about who it is."""

from __future__ import annotations

import configparser
import re
import subprocess
import tomllib
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from packaging_checks import PACKAGING, system_tool
from project import APP_ID, APP_NAME, DESKTOP_FILE, DIST_NAME, METAINFO_FILE, ROOT, VERSION

import guides
from desktop import identity
from guides.importing.formats import media_types, offered_suffixes


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_packaging_reads_name_id_and_version_from_the_sources() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert guides.__version__ == VERSION
    assert pyproject["project"]["name"] == DIST_NAME
    assert DIST_NAME in pyproject["project"]["scripts"], "the command the bundle runs is the one pip installs"
    assert (APP_NAME, APP_ID) == (identity.APP_NAME, identity.APP_ID)


def test_the_desktop_file_is_valid() -> None:
    result = subprocess.run(
        [system_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    # It prints hints as well as errors; a clean file prints nothing.
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_the_metainfo_is_valid() -> None:
    result = subprocess.run(
        [system_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Pedantic notes (an id with capitals, as reverse-DNS ids have) are fine; warnings are not.
    assert not re.search(r"^[EW]: ", result.stdout, re.M), result.stdout


def test_the_desktop_file_names_the_app_as_the_app_names_itself() -> None:
    entry = _desktop_entry()
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop", "setDesktopFileName(APP_ID) finds the entry by its name"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    # On X11 desktops match a window to its entry by WM_CLASS, whose class Qt sets from
    # the application name (Wayland uses the desktop file name).
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Exec"].split()[0] == DIST_NAME
    # The app takes a path or a web address; %u lets a file manager pass either.
    assert entry["Exec"].split()[1:] == ["%u"]


def test_the_desktop_file_offers_the_formats_the_app_imports() -> None:
    offered = set(filter(None, _desktop_entry()["MimeType"].split(";")))
    assert {"text/plain", "text/html", "text/markdown", "application/epub+zip"} <= offered
    assert "application/vnd.openxmlformats-officedocument.wordprocessingml.document" in offered
    assert offered == media_types(), "the MimeType line lists the engine's import formats"


def test_the_windows_installer_offers_the_endings_the_app_imports() -> None:
    script = (PACKAGING / "windows" / "porchlight.iss").read_text(encoding="utf-8")
    open_with = set(re.findall(r'Subkey: "Software\\Classes\\(\.\w+)\\OpenWithProgids"', script))
    supported = set(re.findall(r'SupportedTypes"; ValueType: string; ValueName: "(\.\w+)"', script))
    assert open_with == supported == set(offered_suffixes()), "the associations follow the import formats"
    assert "ChangesAssociations=yes" in script


def test_the_metainfo_describes_this_app_and_this_version() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == DESKTOP_FILE.name  # type: ignore[union-attr]
    assert root.find("provides/binary").text == DIST_NAME  # type: ignore[union-attr]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == VERSION, "add a <release> for the new version"
    licence = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"]
    assert root.findtext("project_license") == licence


def test_the_app_announces_its_desktop_file(qapp: object) -> None:
    from desktop.app import make_application

    app = make_application([])
    assert app.desktopFileName() == APP_ID
    assert not app.windowIcon().isNull()


def test_the_windows_installer_keeps_one_id_across_versions() -> None:
    script = (PACKAGING / "windows" / "porchlight.iss").read_text(encoding="utf-8")
    guid = re.search(r"^AppId=\{\{([0-9A-F-]{36})\}", script, re.M)
    assert guid is not None
    assert guid.group(1).lower() == str(uuid.uuid5(uuid.NAMESPACE_DNS, APP_ID))
    assert f'#define AppId "{APP_ID}"' in script and f'#define AppName "{APP_NAME}"' in script
    for needed in ("COPYING", "porchlight.ico"):
        assert needed in script
    assert (ROOT / "COPYING").read_text(encoding="utf-8").lstrip().startswith("GNU GENERAL PUBLIC LICENSE")


def test_the_installers_icons_hold_the_usual_sizes() -> None:
    from PIL import Image

    with Image.open(PACKAGING / "windows" / "porchlight.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(PACKAGING / "macos" / "porchlight.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_the_linux_icons_come_from_one_svg_at_the_usual_sizes() -> None:
    from build_icons import SIZES, SOURCE, icon_path

    assert SOURCE.exists()
    for size in SIZES:
        path = icon_path(ROOT / "resources" / "icons" / "hicolor", size)
        assert path.exists(), path
        assert _png_size(path) == (size, size)


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
