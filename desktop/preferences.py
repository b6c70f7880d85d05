"""The reader's preferences: typed, versioned, stored as JSON in the config folder.

A file from an older version is migrated step by step; a value of the wrong
type falls back to its default; a file that cannot be read is set aside
(``preferences.json.bad``) and the defaults are used, so a broken file never
stops the app from opening. Window geometry is not a preference: it lives in
``window_state`` and may be thrown away at any time.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, get_args

from desktop import paths
from guides.library.annotations import PALETTE

log = logging.getLogger(__name__)

VERSION = 3

Theme = Literal["system", "light", "sepia", "dark"]
FontFamily = Literal["serif", "sans"]
Audience = str
"""A key of the engine's audience registry (guides.guide.audiences): "couple", "group", "session"."""
Paper = Literal["auto", "a4", "letter"]
Intensity = Literal["mild", "medium", "open"]  # the engine's scale (guides.analysis.sensitive)
WritingHelp = Literal["none", "local", "remote", "paste"]
"""Who may word the guide's questions: nobody but the rules, a server on this computer, another
server, or an assistant the reader copies a prompt to and pastes a reply from."""
LOCAL_SERVER = "http://localhost:11434/v1"  # Ollama's address (guides.writers.server.DEFAULT_SERVER)
LibrarySort = Literal["recent", "title", "date"]

HIGHLIGHT_COLOURS: dict[str, str] = PALETTE
"""The highlight colours by name: the library's palette, so the names are the ones it stores."""


@dataclass(frozen=True)
class Reader:
    name: str
    colour: str  # a key of HIGHLIGHT_COLOURS


def _default_readers() -> tuple[Reader, ...]:
    return (Reader("Anna", "yellow"), Reader("Ben", "blue"))


@dataclass(frozen=True)
class Preferences:
    readers: tuple[Reader, ...] = field(default_factory=_default_readers)
    current_reader: int = 0
    default_audience: Audience = "couple"
    paper: Paper = "auto"
    """"auto" follows the computer's locale (the engine decides)."""
    faith_elements: bool = True
    theme: Theme = "system"
    font: FontFamily = "serif"
    zoom: int = 100
    """Reading text size in percent of the normal size."""
    line_width: int = 68
    """The longest reading line, in average characters."""
    minutes: int = 45
    intensity: Intensity = "medium"
    writing_help: WritingHelp = "none"
    """Off until the reader chooses: nothing leaves the computer."""
    local_server: str = LOCAL_SERVER
    remote_server: str = ""
    """Another server's address; its key lives in the system keyring, never here."""
    writer_model: str = ""
    """The model to ask; "" takes the first the server lists."""
    library_sort: LibrarySort = "recent"
    names_asked: bool = False
    """Whether the first-run step has asked who is reading (until then the readers are placeholders)."""

    @property
    def reader(self) -> Reader:
        return self.readers[min(max(self.current_reader, 0), len(self.readers) - 1)]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["readers"] = [asdict(r) for r in self.readers]
        return {"version": VERSION, **data}


# Each migration turns the data of version N into version N+1.
def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    # Version 1 had two fixed names ("reader_a", "reader_b"); version 2 has a list with colours.
    names = [data.pop("reader_a", "Anna"), data.pop("reader_b", "Ben")]
    data["readers"] = [{"name": n, "colour": c} for n, c in zip(names, ("yellow", "blue"), strict=True)]
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    # Version 3 asks for the readers' names on first run: someone who already gave theirs
    # is not asked again; the placeholder names ("Anna", "Ben") are.
    names = [r.get("name") for r in data.get("readers", []) if isinstance(r, dict)]
    data["names_asked"] = bool(names) and names != [r.name for r in _default_readers()]
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2, 2: _v2_to_v3}

_LIMITS = {"zoom": (50, 300), "line_width": (40, 120), "minutes": (15, 120)}


def from_dict(data: dict[str, Any]) -> Preferences:
    """Preferences from stored data of any known version; bad values fall back to defaults."""
    version = int(data.get("version", 1))
    if version > VERSION:
        raise ValueError(f"preferences version {version} is newer than this app ({VERSION})")
    data = dict(data)
    while version < VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    defaults = Preferences()
    values: dict[str, Any] = {}
    for name in (f.name for f in fields(Preferences)):
        if name not in data:
            continue
        value = data[name]
        default = getattr(defaults, name)
        if name == "readers":
            readers = _readers(value)
            if readers:
                values[name] = readers
            continue
        allowed = _literal_choices(name)
        if allowed is not None:
            if value in allowed:
                values[name] = value
        elif isinstance(default, bool):
            if isinstance(value, bool):
                values[name] = value
        elif isinstance(default, str):
            if isinstance(value, str):
                values[name] = value.strip()[:500]
        elif isinstance(default, int) and isinstance(value, int) and not isinstance(value, bool):
            low, high = _LIMITS.get(name, (0, 10_000))
            values[name] = min(max(value, low), high)
    prefs = replace(defaults, **values)
    if not 0 <= prefs.current_reader < len(prefs.readers):
        prefs = replace(prefs, current_reader=0)
    return prefs


def _literal_choices(name: str) -> tuple[str, ...] | None:
    from guides.guide.audiences import audience_keys

    return {
        "default_audience": audience_keys(),
        "paper": get_args(Paper),
        "theme": get_args(Theme),
        "font": get_args(FontFamily),
        "intensity": get_args(Intensity),
        "writing_help": get_args(WritingHelp),
        "library_sort": get_args(LibrarySort),
    }.get(name)


def _readers(value: object) -> tuple[Reader, ...]:
    if not isinstance(value, list):
        return ()
    readers = []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            colour = item.get("colour")
            readers.append(Reader(item["name"].strip(), colour if colour in HIGHLIGHT_COLOURS else "yellow"))
    return tuple(readers)


def load(path: Path | None = None) -> Preferences:
    path = path or paths.preferences_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Preferences()
    except OSError as err:
        log.warning("Preferences could not be read (%s); using defaults", err)
        return Preferences()
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return from_dict(data)
    except (ValueError, KeyError, TypeError) as err:
        log.warning("Preferences in %s are unusable (%s); set aside, using defaults", path, err)
        with contextlib.suppress(OSError):
            path.replace(path.with_suffix(path.suffix + ".bad"))
        return Preferences()


def save(prefs: Preferences, path: Path | None = None) -> None:
    """Write the preferences whole; where they cannot be written (a read-only home), this run keeps them."""
    path = path or paths.preferences_file()
    try:
        paths.write_state(path, json.dumps(prefs.to_dict(), indent=2, ensure_ascii=False))
    except OSError as err:
        log.warning("Preferences not saved: %s", err)
