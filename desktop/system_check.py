"""What the system must give Porchlight before it can run from source and open its window.

Qt's wheels carry Qt but not GLib, the graphics, font, keyboard and D-Bus
libraries every desktop has, nor the X11 helper libraries its xcb platform
plugin links to; a bare Linux lacks some of them, and Qt then aborts with a
long message that names one library, often not the missing one, or Python
stops with a traceback. Without a display at all Qt aborts too. This module
finds such problems first and says them in one line, with the packages that
fix them (no library we know of maps Qt's needs to distribution packages).

It uses the standard library only, so that the Makefile can run it with the
system's ``python3`` before the virtualenv exists::

    python3 desktop/system_check.py [--venv] [--window | --offscreen]

and the launcher calls :func:`window_problem` before Qt starts.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import socket
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library Qt loads from the system, and the packages that bring it."""

    soname: str
    debian: str
    fedora: str
    x11: bool = True
    """Loaded only by Qt's xcb plugin; the others Qt loads with no display too (offscreen, tests)."""


# What QtCore, QtGui and Qt's xcb plugin load from the system (their NEEDED entries, tried
# in a bare Debian 12), less what these packages pull in. The Makefile's APP_DEBS and the
# README's "Before you start" name the same Debian packages; a test keeps them equal.
QT_LIBRARIES = (
    SystemLibrary("libglib-2.0.so.0", "libglib2.0-0", "glib2", x11=False),
    SystemLibrary("libEGL.so.1", "libegl1", "libglvnd-egl", x11=False),
    SystemLibrary("libGL.so.1", "libgl1", "libglvnd-glx", x11=False),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig", x11=False),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", x11=False),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", x11=False),
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
)
# The Linux bundle carries every other library here (docs/packaging.md).
BUNDLE_TAKES_FROM_SYSTEM = frozenset({"libGL.so.1", "libEGL.so.1"})
# Debian keeps venv's ensurepip in its own package; Fedora's python3 has it.
VENV_PACKAGES = {"debian": "python3-venv", "fedora": "python3"}

SCREENSHOT_HINT = "to render the window to a PNG without one: porchlight --screenshot OUT.png"


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(*, x11: bool = True, load: Callable[[str], bool] = _loadable) -> list[SystemLibrary]:
    """The system libraries Qt needs that cannot be loaded here (without ``x11``, only those it
    needs with no display)."""
    frozen = getattr(sys, "frozen", False)
    return [
        lib
        for lib in QT_LIBRARIES
        if (x11 or not lib.x11)
        and (not frozen or lib.soname in BUNDLE_TAKES_FROM_SYSTEM)
        and not load(lib.soname)
    ]


def venv_missing() -> bool:
    """True when ``python -m venv`` would make a virtualenv without pip (Debian without python3-venv)."""
    return importlib.util.find_spec("ensurepip") is None


def install_hint(debian: Sequence[str], fedora: Sequence[str], os_release: str | None = None) -> str:
    """The command that installs the packages, for this system's family (both when it is unknown)."""
    family = _family(os_release)
    apt = "sudo apt install " + " ".join(dict.fromkeys(debian))
    dnf = "sudo dnf install " + " ".join(dict.fromkeys(fedora))
    if family == "debian":
        return apt
    if family == "fedora":
        return dnf
    return f"on Debian or Ubuntu: {apt}; on Fedora: {dnf}"


def _family(os_release: str | None) -> str | None:
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    words: set[str] = set()
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            words.update(value.strip().strip("\"'").split())
    if words & {"debian", "ubuntu"}:
        return "debian"
    if words & {"fedora", "rhel", "centos"}:
        return "fedora"
    return None


def libraries_message(missing: Sequence[SystemLibrary], os_release: str | None = None) -> str:
    """One line naming the missing libraries and how to install them."""
    names = ", ".join(lib.soname for lib in missing)
    hint = install_hint([m.debian for m in missing], [m.fedora for m in missing], os_release)
    return f"the window needs libraries this system lacks ({names}); {hint}"


# --- the launcher's check, just before Qt starts ---------------------------------------


def window_problem(args: Sequence[str], environ: Mapping[str, str] | None = None) -> str | None:
    """Why the window cannot open here, in one line, or None.

    With no display, ``--screenshot`` is switched to Qt's offscreen platform
    (``QT_QPA_PLATFORM`` is set in ``os.environ``) rather than refused.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return None  # Windows and macOS always have a display; the bundle carries its X11 libraries
    if env.get("QT_QPA_PLATFORM") or "-platform" in args:
        return None  # the user chose a platform: Qt's own message is the better one
    screenshot = any(a == "--screenshot" or a.startswith("--screenshot=") for a in args)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        if screenshot:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return None
        return f"no display found (DISPLAY is not set), so the window cannot open; {SCREENSHOT_HINT}"
    if env.get("WAYLAND_DISPLAY"):
        return None  # Qt takes its Wayland plugin, which needs none of the X11 libraries
    display = env["DISPLAY"]
    if not x_server_answers(display):
        return f"no display found: nothing answers at DISPLAY={display}; {SCREENSHOT_HINT}"
    return xcb_plugin_problem()


def x_server_answers(display: str) -> bool:
    """Whether a local X server listens at ``display`` (``:0``, ``unix:1.0``); remote ones are assumed to."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if host not in ("", "unix") or not number.isdigit():
        return True  # over TCP (ssh -X): Qt says it best
    path = f"/tmp/.X11-unix/X{number}"
    for address in ("\0" + path, path):  # the abstract socket first, as libxcb does
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(address)
            except OSError:
                continue
            return True
    return False


def xcb_plugin_problem(plugin: Path | None = None) -> str | None:
    """Load Qt's xcb plugin as Qt will; if it cannot be, name every missing library."""
    plugin = plugin or _xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as err:
        missing = missing_libraries()
        if missing:
            return libraries_message(missing)
        return f"the window needs a library this system lacks ({err})"
    return None


def _xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    plugin = folder / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


# --- the Makefile's check, before anything is installed ---------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``system_check.py [--venv] [--window | --offscreen]``: one line, exit 1, if packages are missing.

    ``--window`` is for ``make run``, ``--offscreen`` for ``make test`` (Qt with no display).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    debian: list[str] = []
    fedora: list[str] = []
    if "--venv" in args and venv_missing():
        debian.append(VENV_PACKAGES["debian"])
        fedora.append(VENV_PACKAGES["fedora"])
    qt = "--window" in args or "--offscreen" in args
    if qt and sys.platform.startswith("linux"):
        for lib in missing_libraries(x11="--window" in args):
            debian.append(lib.debian)
            fedora.append(lib.fedora)
    if not debian:
        return 0
    print(
        f"Porchlight needs system packages this machine lacks; {install_hint(debian, fedora)}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
