"""What ``porchlight`` says before Qt starts: a mistyped command, no display, missing libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop import system_check
from desktop.launcher import main
from desktop.system_check import SystemLibrary, libraries_message, missing_libraries, window_problem

ROOT = Path(__file__).resolve().parents[2]
LIB = SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm")


def porchlight(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The command in a process with no display of any kind, plus ``env``."""
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_mistyped_command_is_named_and_the_window_stays_shut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop.app

    monkeypatch.setattr(desktop.app, "run", lambda _argv: pytest.fail("the window was opened"))
    source = tmp_path / "article.txt"
    source.write_text("Words worth reading.", encoding="utf-8")
    assert main(["impor", str(source)]) == 2
    assert capsys.readouterr().err == "porchlight: unknown command 'impor'; did you mean 'import'?\n"


def test_with_no_display_a_mistyped_command_gets_its_line_not_qts_abort() -> None:
    result = porchlight("impor", "article.txt")
    assert (result.returncode, result.stderr) == (
        2,
        "porchlight: unknown command 'impor'; did you mean 'import'?\n",
    )


def test_with_no_display_the_window_says_so_in_one_line() -> None:
    result = porchlight()
    assert result.returncode == 1
    assert result.stderr == (
        "porchlight: no display found (DISPLAY is not set), so the window cannot open; "
        "to render the window to a PNG without one: porchlight --screenshot OUT.png\n"
    )


def test_a_display_nobody_answers_at_is_named() -> None:
    result = porchlight(DISPLAY=":59999")  # no X server has that socket
    assert result.returncode == 1
    assert result.stderr.startswith("porchlight: no display found: nothing answers at DISPLAY=:59999; ")
    assert result.stderr.count("\n") == 1


def test_with_no_display_a_screenshot_is_taken_offscreen(tmp_path: Path) -> None:
    out = tmp_path / "window.png"
    result = porchlight("--screenshot", str(out), PORCHLIGHT_HOME=str(tmp_path / "home"))
    assert result.returncode == 0, result.stderr
    assert not QImage(str(out)).isNull()


@pytest.mark.parametrize(
    ("environ", "args"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0"}, []),  # Qt's Wayland plugin needs no X11 libraries
        ({"QT_QPA_PLATFORM": "offscreen"}, []),  # the user chose; Qt speaks for itself
        ({"DISPLAY": ":59999"}, ["-platform", "offscreen"]),
    ],
)
def test_no_complaint_where_qt_will_not_use_x11(environ: dict[str, str], args: list[str]) -> None:
    assert window_problem(args, environ) is None


def test_only_local_displays_are_probed() -> None:
    assert system_check.x_server_answers("far-away:10.0")  # ssh -X: Qt's message is the better one
    assert not system_check.x_server_answers(":59999")
    assert not system_check.x_server_answers("unix:59999.0")


def test_every_missing_library_is_named_with_its_package() -> None:
    lacking = {"libxcb-icccm.so.4", "libGL.so.1"}
    missing = missing_libraries(load=lambda soname: soname not in lacking)
    assert [m.debian for m in missing] == ["libgl1", "libxcb-icccm4"]
    # With no display (tests, --screenshot) Qt loads no X11 helper library.
    assert missing_libraries(x11=False, load=lambda soname: soname not in lacking) == missing[:1]
    debian = 'PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n'
    assert libraries_message(missing, debian) == (
        "the window needs libraries this system lacks (libGL.so.1, libxcb-icccm.so.4); "
        "sudo apt install libgl1 libxcb-icccm4"
    )
    fedora = "ID=fedora\n"
    assert libraries_message(missing, fedora).endswith("; sudo dnf install libglvnd-glx xcb-util-wm")
    assert "on Debian or Ubuntu: sudo apt install" in libraries_message(missing, "ID=arch\n")
    assert system_check.install_hint(["python3-venv"], ["python3"], "ID=ubuntu\nID_LIKE=debian\n") == (
        "sudo apt install python3-venv"
    )


def test_a_plugin_that_cannot_load_names_the_missing_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"not a shared library")
    monkeypatch.setattr(system_check, "missing_libraries", lambda **_: [LIB])
    assert (system_check.xcb_plugin_problem(plugin) or "").startswith(
        "the window needs libraries this system lacks (libxcb-icccm.so.4); "
    )
    # A library the table does not know: the loader's own words name it.
    monkeypatch.setattr(system_check, "missing_libraries", lambda **_: [])
    assert "libqxcb.so" in (system_check.xcb_plugin_problem(plugin) or "")


def test_the_real_xcb_plugin_loads_where_its_libraries_are_there() -> None:
    if missing_libraries():
        pytest.skip("this machine lacks some of the window's libraries")
    assert system_check.xcb_plugin_problem() is None


def test_the_makefiles_check_names_every_package_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(system_check, "venv_missing", lambda: True)
    monkeypatch.setattr(system_check, "missing_libraries", lambda **_: [LIB])
    monkeypatch.setattr(system_check, "_family", lambda _release: "debian")
    assert system_check.main(["--venv", "--window"]) == 1
    assert capsys.readouterr().err == (
        "Porchlight needs system packages this machine lacks; sudo apt install python3-venv libxcb-icccm4\n"
    )
    assert system_check.main(["--window"]) == 1
    assert "python3-venv" not in capsys.readouterr().err
    monkeypatch.setattr(system_check, "missing_libraries", lambda x11: [LIB] if x11 else [])
    assert system_check.main(["--offscreen"]) == 0  # make test: Qt loads no X11 helper library
