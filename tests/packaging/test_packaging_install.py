"""install.sh, as a user runs it from the unpacked download: install, reinstall, uninstall."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import build_dist
import pytest
from packaging_checks import system_tool
from project import APP_ID, DIST_NAME, VERSION
from smoke import DESKTOP_CACHES


@pytest.fixture
def download(tmp_path: Path) -> Path:
    """The unpacked download: a program that answers --version, _internal/, share/, install.sh."""
    bundle = tmp_path / "Downloads" / f"{DIST_NAME}-{VERSION}"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    program = bundle / DIST_NAME
    program.write_text(f"#!/bin/sh\necho '{DIST_NAME} {VERSION}'\n", encoding="utf-8")
    program.chmod(0o755)
    build_dist.add_desktop_integration(bundle)
    return bundle


def _run(script: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the script as an ordinary user would: tests (and CI) run as root, so ``id -u`` says 1000."""
    user = home / ".test-bin"
    user.mkdir(parents=True, exist_ok=True)
    (user / "id").write_text("#!/bin/sh\necho 1000\n", encoding="utf-8")
    (user / "id").chmod(0o755)
    env = {"HOME": str(home), "PATH": f"{user}:{os.environ.get('PATH', '/usr/bin:/bin')}"}
    return subprocess.run(["sh", str(script), *args], env=env, capture_output=True, text=True, check=False)


def _files(folder: Path) -> list[str]:
    files = (p for p in folder.rglob("*") if p.is_file() and p.name not in DESKTOP_CACHES)
    return sorted(str(p.relative_to(folder)) for p in files)


def test_install_puts_the_app_in_the_menu_for_one_user(download: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = _run(download / "install.sh", home=home)
    assert done.returncode == 0, done.stderr
    local = home / ".local"
    app = local / "lib" / DIST_NAME
    assert (app / DIST_NAME).exists() and (app / "_internal" / "base_library.zip").exists()
    link = local / "bin" / DIST_NAME
    assert link.is_symlink() and link.resolve() == (app / DIST_NAME).resolve()
    started = subprocess.run([str(link)], capture_output=True, text=True, check=True)
    assert started.stdout.strip() == f"{DIST_NAME} {VERSION}"

    entry = local / "share" / "applications" / f"{APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    exec_line = next(line for line in lines if line.startswith("Exec="))
    assert exec_line == f'Exec="{app / DIST_NAME}" %u', "the menu works without ~/.local/bin on PATH"
    assert (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert len(list(local.glob(f"share/icons/hicolor/*/apps/{APP_ID}.png"))) == 8
    assert f"Porchlight is installed in {app}" in done.stdout
    assert f"To uninstall: {app}/install.sh --uninstall" in done.stdout


def test_the_installed_menu_entry_is_valid(download: Path, tmp_path: Path) -> None:
    validator = system_tool("desktop-file-validate")
    prefix = tmp_path / "with space" / "prefix"
    assert _run(download / "install.sh", "--prefix", str(prefix), home=tmp_path).returncode == 0
    entry = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_reinstalling_replaces_the_old_copy_whole(download: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    assert _run(download / "install.sh", "--prefix", str(prefix), home=tmp_path).returncode == 0
    stale = prefix / "lib" / DIST_NAME / "_internal" / "from-the-old-version.so"
    stale.write_bytes(b"old")
    again = _run(download / "install.sh", "--prefix", str(prefix), home=tmp_path)
    assert again.returncode == 0, again.stderr
    assert not stale.exists()
    assert not [p.name for p in (prefix / "lib").iterdir() if p.name != DIST_NAME], "no staging copies left"


def test_uninstall_from_the_installed_copy_removes_everything_it_put_there(
    download: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "prefix"
    (prefix / "share" / "applications").mkdir(parents=True)
    (prefix / "share" / "applications" / "org.example.Other.desktop").write_text("[Desktop Entry]\n")
    before = _files(prefix)
    assert _run(download / "install.sh", "--prefix", str(prefix), home=tmp_path).returncode == 0
    installed = prefix / "lib" / DIST_NAME / "install.sh"
    gone = _run(installed, "--uninstall", home=tmp_path)  # finds its own prefix
    assert gone.returncode == 0, gone.stderr
    assert _files(prefix) == before, "only what it installed is removed"
    assert not (prefix / "bin" / DIST_NAME).exists()
    assert "library and notes are still where they were" in gone.stdout


def test_uninstall_leaves_a_porchlight_installed_another_way(download: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    assert _run(download / "install.sh", "--prefix", str(prefix), home=tmp_path).returncode == 0
    other = prefix / "bin" / DIST_NAME
    other.unlink()
    other.write_text("#!/bin/sh\n# pip's porchlight\n")
    gone = _run(download / "install.sh", "--uninstall", "--prefix", str(prefix), home=tmp_path)
    assert gone.returncode == 0
    assert other.read_text() == "#!/bin/sh\n# pip's porchlight\n"


def test_install_from_the_wrong_place_says_what_to_do(tmp_path: Path) -> None:
    lonely = tmp_path / "install.sh"
    shutil.copyfile(build_dist.LINUX / "install.sh", lonely)
    result = _run(lonely, "--prefix", str(tmp_path / "prefix"), home=tmp_path)
    assert result.returncode == 1
    assert "run this from the unpacked Porchlight folder" in result.stderr
    assert not (tmp_path / "prefix" / "lib").exists()


def test_a_prefix_that_would_break_the_menu_entry_is_refused(download: Path, tmp_path: Path) -> None:
    result = _run(download / "install.sh", "--prefix", str(tmp_path / "a$b"), home=tmp_path)
    assert result.returncode == 2 and "choose a --prefix without" in result.stderr


def test_uninstall_where_nothing_is_installed_changes_nothing(download: Path, tmp_path: Path) -> None:
    result = _run(download / "install.sh", "--uninstall", "--prefix", str(tmp_path / "empty"), home=tmp_path)
    assert result.returncode == 0 and "not installed" in result.stdout
    assert not (tmp_path / "empty").exists()


def test_unknown_options_are_refused_with_help(download: Path, tmp_path: Path) -> None:
    result = _run(download / "install.sh", "--everywhere", home=tmp_path)
    assert result.returncode == 2 and "try --help" in result.stderr
    shown = _run(download / "install.sh", "--help", home=tmp_path)
    assert shown.returncode == 0 and "--uninstall" in shown.stdout and "set -eu" not in shown.stdout
