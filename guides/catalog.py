"""The words people read, per language: titles, notes, labels and question wordings.

Everything a guide or a worksheet says in words lives in TOML catalogs under
``resources/catalogs/``: ``en.toml`` and ``es.toml`` hold the wording,
``keys.toml`` declares every fixed text and the slots it takes, and
``families.toml`` is the table of question families (what each asks about,
what it may stand on, its slots and voices). The code decides *which* text or
family fits; the catalog says *how* it reads, as Anki keeps its strings in
Fluent files and Picard in gettext catalogs.

A catalog is loaded once and checked when it is, against the declarations
and the families, each file parsed once (another language also against
English's themes; an English guide never reads the Spanish catalog): a key
the declaration lacks or a language misses, a slot that is missing or
misspelt, a family without a wording for one of its voices, a theme English
has and Spanish not. :func:`catalog_problems` lists them all for every
language (the catalog test asserts there are none), and :func:`catalog`
refuses a broken catalog with all of its problems at once,
so a mistake fails a test, never a guide.

TOML from the standard library (``tomllib``) rather than gettext or Fluent:
the catalogs hold lists of wordings, tables per theme and per family, and
declared slots, which neither of those file formats carries, and a new
dependency would buy nothing the checks here do not already give.
"""

from __future__ import annotations

import json
import os
import string
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from guides import paths
from guides.resources import resource_path

LANGUAGES: tuple[str, ...] = ("en", "es")
"""The languages with a catalog; any other falls back to English."""

KINDS = ("icebreaker", "observation", "interpretation", "application", "reflection")
VOICES = ("group", "couple", "leader")
ANYONE = {"group": "group_anyone", "couple": "couple_anyone"}
"""A family's wordings for a step anyone can take: a group's, when the article speaks to the married or to
parents and not everyone in the room is one; a group's and a couple's, when the steps are a columnist's to
one letter writer."""
THEME_USES = ("icebreaker", "opener", "reflection", "apply", "hope")
FIXED_TABLES = (
    "titles", "purposes", "notes", "care", "prompts", "leader", "follow_up", "outline", "marks",
    "topic_names", "topic_raised", "topic_questions", "markdown", "screen", "numbers", "lists", "moments",
    "generic_theme", "worksheet", "speakers", "writers", "gentle_icebreaker", "gentle_opener",
)  # fmt: skip


class CatalogError(ValueError):
    """A catalog that does not match its declaration; the message lists every problem."""


@dataclass(frozen=True)
class Family:
    """One question family, as ``families.toml`` declares it."""

    name: str
    kind: str
    stands_on: tuple[str, ...]
    requires: tuple[str, ...]
    voices: tuple[str, ...]
    slots: tuple[str, ...]
    weight: float
    about_wording: bool = False
    """A question about the author's words or pictures (a guide asks at most one)."""
    separately: bool = False


@dataclass(frozen=True)
class ThemeEntry:
    """Hand-written questions for one theme that comes up often (the theme bank)."""

    key: str
    words: tuple[str, ...]
    noun: str
    """How the theme reads in running text ("trust", "our conversations"); "" when it should not."""
    icebreaker: tuple[str, ...] = ()
    opener: tuple[str, ...] = ()
    reflection: tuple[str, ...] = ()
    apply: tuple[str, ...] = ()
    hope: tuple[str, ...] = ()
    private: bool = False
    """The theme itself is for couples, not a room (intimacy)."""
    faith: bool = False
    """Its questions assume faith: used only when the guide includes faith."""

    def uses(self, use: str) -> tuple[str, ...]:
        value: tuple[str, ...] = getattr(self, use)
        return value


@dataclass(frozen=True)
class Catalog:
    """One language's words."""

    language: str
    tables: Mapping[str, Mapping[str, Any]]
    wordings_by_family: Mapping[str, Mapping[str, tuple[str, ...]]]
    whys: Mapping[str, str]
    themes: tuple[ThemeEntry, ...]
    _by_stem: dict[str, ThemeEntry] = field(default_factory=dict, repr=False, compare=False)

    def text(self, table: str, key: str, **slots: object) -> str:
        """The fixed text ``[table] key`` with its slots filled."""
        value = self.tables[table][key]
        return str(value).format_map(slots) if slots else str(value)

    def texts(self, table: str, key: str) -> tuple[str, ...]:
        """A list of wordings (``[topic_questions] grief``, ``[moments] marriage``); () when absent."""
        value = self.tables.get(table, {}).get(key)
        if value is None:
            return ()
        return tuple(value) if isinstance(value, list) else (str(value),)

    def has(self, table: str, key: str) -> bool:
        return key in self.tables.get(table, {})

    def table(self, table: str) -> Mapping[str, Any]:
        return self.tables[table]

    def wordings(self, family: str, voice: str) -> tuple[str, ...]:
        """The wordings of a family for a voice ("group", "couple", "leader"), or its :data:`ANYONE`
        variant."""
        return self.wordings_by_family.get(family, {}).get(voice, ())

    def why(self, family: str) -> str:
        """Why a question of this family was asked, in a sentence a leader can read."""
        return self.whys.get(family, "")

    def theme(self, label: str) -> ThemeEntry | None:
        """The bank's entry for a theme label (any form of one of its words), or None."""
        from guides.analysis.passages import stem  # the analysis stems themes the same way

        if not self._by_stem:
            for entry in self.themes:
                for word in entry.words:
                    self._by_stem.setdefault(stem(word), entry)
        return self._by_stem.get(stem(label))


# --- loading ---------------------------------------------------------------------------------------


_CACHE_FORMAT = 1
"""Bumped when what the parsed copies hold changes."""


def _load(name: str) -> dict[str, Any]:
    """A catalog file, parsed; through a JSON copy in the cache folder made the first time it is read.

    tomllib is pure Python: en.toml takes 7 ms to parse, a third of what a start spends showing a
    stored guide, where the C JSON reader takes a tenth of that. The copy is keyed by the file's
    size and a checksum of its bytes, so an edited catalog is parsed again; a copy that cannot be
    read or written costs only the parse. The checks run on what is loaded either way.
    """
    data = resource_path("catalogs", name).read_bytes()
    # The size and a CRC-32 tell an edited catalog from the one copied: zlib is loaded already at
    # a start, where hashlib would load OpenSSL's module (2 ms) for this alone.
    source = f"{len(data)}-{zlib.crc32(data):08x}"
    copy = paths.cache_dir() / "catalogs" / f"{name}.json"
    try:
        kept = json.loads(copy.read_bytes())
        if kept["format"] == _CACHE_FORMAT and kept["source"] == source:
            return dict(kept["catalog"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    import tomllib  # only when there is no parsed copy

    raw = tomllib.loads(data.decode("utf-8"))
    _keep(copy, source, raw)
    return raw


def _keep(copy: Path, source: str, raw: dict[str, Any]) -> None:
    """Write the parsed copy whole (a temporary file renamed over it), if JSON gives it back as it is.

    The cache folder is made inside its parent, never the parent itself: a copy does not create
    the data folder a read-only start would not.
    """
    try:
        text = json.dumps({"format": _CACHE_FORMAT, "source": source, "catalog": raw}, ensure_ascii=False)
        if json.loads(text)["catalog"] != raw:  # a TOML date or the like: not kept
            return
        copy.parent.parent.mkdir(exist_ok=True)
        copy.parent.mkdir(exist_ok=True)
        temporary = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, copy)
    except (OSError, TypeError, ValueError):
        pass


def _slots(value: Any) -> set[str]:
    found: set[str] = set()
    for text in value if isinstance(value, list) else [value]:
        for _, slot, _, _ in string.Formatter().parse(str(text)):
            if slot is not None:
                found.add(slot)
    return found


@lru_cache(maxsize=1)
def families() -> Mapping[str, Family]:
    """The table of question families, by name."""
    table: dict[str, Family] = {}
    for name, raw in _load("families.toml").items():
        table[name] = Family(
            name=name,
            kind=str(raw["kind"]),
            stands_on=tuple(raw.get("stands_on", ())),
            requires=tuple(raw.get("requires", ())),
            voices=tuple(raw.get("voices", ())),
            slots=tuple(raw.get("slots", ())),
            weight=float(raw.get("weight", 1.0)),
            about_wording=bool(raw.get("wording", False)),
            separately=bool(raw.get("separately", False)),
        )
    return table


def _themes(raw: Mapping[str, Any]) -> tuple[ThemeEntry, ...]:
    return tuple(
        ThemeEntry(
            key=key,
            words=tuple(entry.get("words", ())),
            noun=str(entry.get("noun", "")),
            **{use: tuple(entry.get(use, ())) for use in THEME_USES},
            private=bool(entry.get("private", False)),
            faith=bool(entry.get("faith", False)),
        )
        for key, entry in raw.items()
    )


def _build(language: str, raw: Mapping[str, Any]) -> Catalog:
    wordings: dict[str, dict[str, tuple[str, ...]]] = {}
    whys: dict[str, str] = {}
    for name, entry in raw.get("families", {}).items():
        whys[name] = str(entry.get("why", ""))
        wordings[name] = {
            voice: tuple(entry[voice]) for voice in (*VOICES, *ANYONE.values()) if voice in entry
        }
    tables = {name: raw.get(name, {}) for name in FIXED_TABLES}
    return Catalog(language, tables, wordings, whys, _themes(raw.get("themes", {})))


def catalog_problems() -> list[str]:
    """Everything wrong with the catalogs, as one line each; [] when all is well."""
    keys, english = _load("keys.toml"), _load("en.toml")
    problems = _family_problems(families())
    for language in LANGUAGES:
        raw = english if language == "en" else _load(f"{language}.toml")
        problems.extend(_language_problems(language, raw, keys, english))
    return problems


def _family_problems(table: Mapping[str, Family]) -> list[str]:
    problems: list[str] = []
    for name, family in table.items():
        if family.kind not in KINDS:
            problems.append(f"families.toml: {name} has an unknown kind {family.kind!r}")
        for voice in family.voices:
            if voice not in VOICES:
                problems.append(f"families.toml: {name} has an unknown voice {voice!r}")
    return problems


def _language_problems(
    language: str, raw: Mapping[str, Any], keys: Mapping[str, Any], english: Mapping[str, Any]
) -> list[str]:
    """What is wrong with one language's catalog (``english`` for the themes it must also have)."""
    problems: list[str] = []
    table = families()
    english_themes = set(english.get("themes", {}))
    where = f"{language}.toml"
    for table_name, declared in keys.items():
        have = raw.get(table_name, {})
        for key, slots in declared.items():
            if key not in have:
                problems.append(f"{where}: [{table_name}] lacks {key!r}")
                continue
            used = _slots(have[key])
            if used != set(slots):
                problems.append(
                    f"{where}: [{table_name}] {key} uses slots {sorted(used)}, declared {sorted(slots)}"
                )
        for key in have:
            if key not in declared:
                problems.append(f"{where}: [{table_name}] {key!r} is not declared in keys.toml")
    for name, family in table.items():
        entry = raw.get("families", {}).get(name)
        if entry is None:
            problems.append(f"{where}: no wording for the family {name!r}")
            continue
        if not entry.get("why"):
            problems.append(f"{where}: the family {name!r} has no 'why'")
        bank = any(s in ("theme", "topic", "study_question") for s in family.stands_on)
        needs_wording = not bank or bool(family.slots)
        if name in ("author_open", "printed", "printed_personal"):
            needs_wording = False  # the author's own question is the wording
        for voice, variant in ANYONE.items():
            if variant in entry and voice not in family.voices:
                problems.append(f"{where}: {name} has {variant} wordings but no {voice} voice")
        for voice in (*family.voices, *ANYONE.values()):
            variants = entry.get(voice)
            if variants is None:
                if needs_wording and voice in family.voices:
                    problems.append(f"{where}: the family {name!r} has no wording for the {voice} voice")
                continue
            for text in variants:
                extra = _slots(text) - set(family.slots)
                if extra:
                    problems.append(f"{where}: {name} ({voice}) uses undeclared slots {sorted(extra)}")
                if str(text).count("?") != 1:
                    problems.append(f"{where}: {name} ({voice}) is not one question: {text!r}")
        unused = set(family.slots) - set().union(*(_slots(entry.get(v, [])) for v in family.voices))
        if unused:
            problems.append(f"{where}: {name} never uses its slots {sorted(unused)}")
    for name in raw.get("families", {}):
        if name not in table:
            problems.append(f"{where}: wording for {name!r}, which families.toml does not declare")
    themes = raw.get("themes", {})
    if language != "en":
        for missing in sorted(english_themes - set(themes)):
            problems.append(f"{where}: no theme {missing!r} (English has it)")
    for key, entry in themes.items():
        if not entry.get("words"):
            problems.append(f"{where}: theme {key!r} has no words")
        for use in THEME_USES:
            for text in entry.get(use, []):
                if _slots(text):
                    problems.append(f"{where}: theme {key!r} {use} has a slot: {text!r}")
                if text.count("?") != 1:
                    problems.append(f"{where}: theme {key!r} {use} is not one question: {text!r}")
        if not entry.get("private") and not entry.get("icebreaker"):
            problems.append(f"{where}: theme {key!r} has no icebreaker")
        for use in ("opener", "reflection", "hope"):
            if not entry.get(use):
                problems.append(f"{where}: theme {key!r} has no {use}")
    return problems


@lru_cache(maxsize=len(LANGUAGES))
def _checked(language: str) -> Catalog:
    # Only what this catalog stands on is read and checked: the declarations, the families, the
    # language itself (and English's themes for another language). Each file is parsed once.
    keys, english = _load("keys.toml"), _load("en.toml")
    raw = english if language == "en" else _load(f"{language}.toml")
    problems = _family_problems(families()) + _language_problems(language, raw, keys, english)
    if problems:
        raise CatalogError("the catalogs have problems:\n" + "\n".join(problems))
    return _build(language, raw)


def catalog(language: str | None) -> Catalog:
    """The catalog for ``language`` ("es" for Spanish; English for anything else), checked on first use."""
    return _checked(language if language in LANGUAGES else "en")


def catalog_language(language: str | None) -> str:
    """The language a guide for an article in ``language`` is worded in."""
    return language if language in LANGUAGES else "en"
