"""Acknowledged writes survive ``kill -9`` at any moment, and two writers never corrupt the library.

A writer process (``writer_process.py``) adds, edits and deletes notes, edits
a guide and re-imports its article, printing a line only after each write has
committed. This test kills it with SIGKILL at random moments, again and
again, sometimes with a second writer running at the same time, sometimes
before it has even finished creating the library. Then it checks that every
acknowledged write is there (or was superseded by a later one), that SQLite's
integrity check and FTS5's own check pass, and that the search index agrees
with the notes.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from guides.library import Library

WRITER = Path(__file__).with_name("writer_process.py")
ROOT = Path(__file__).resolve().parents[2]
BUDGET_SECONDS = 15.0  # the killing; checking adds a second or two
MIN_KILLS = 20

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]


@dataclass
class Ledger:
    """What the writers promised, in the order they promised it."""

    notes: dict[int, str] = field(default_factory=dict)  # id -> the acknowledged note
    maybe_deleted: set[int] = field(default_factory=set)
    deleted: set[int] = field(default_factory=set)
    guide_counter: int = 0
    acknowledged: int = 0

    def record(self, line: str) -> None:
        kind, *rest = line.split()
        if kind == "ready":
            return
        self.acknowledged += kind != "d"
        if kind == "A":
            self.notes[int(rest[0])] = f"n{rest[1]}"
        elif kind == "E":
            self.notes[int(rest[0])] = f"e{rest[1]}"
        elif kind == "d":
            self.maybe_deleted.add(int(rest[0]))
        elif kind == "D":
            self.deleted.add(int(rest[0]))
        elif kind == "G":
            self.guide_counter = max(self.guide_counter, int(rest[0]))


class Writer:
    """One writer process, with a thread collecting its complete output lines."""

    def __init__(self, library: Path, seed: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), str(library), str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            if raw.endswith(b"\n"):  # a line cut by the kill was never acknowledged
                line = raw.decode().strip()
                self.lines.append(line)
                if line == "ready":
                    self.ready.set()

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(b"go\n")
        self.process.stdin.flush()

    def kill(self) -> str:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self._reader.join(timeout=5)
        assert self.process.stderr is not None
        return self.process.stderr.read().decode(errors="replace")


def check(library_path: Path, ledger: Ledger) -> int:
    """Verify the promises; returns how many annotations were checked."""
    with Library(library_path) as library:
        assert library.integrity_problems() == []
        conn = library.db.connection
        conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        present = {a.id: a for a in library.annotations.for_article(1)}
        checked = 0
        for ident, note in ledger.notes.items():
            if ident in ledger.deleted:
                assert ident not in present, f"annotation {ident} was deleted (acknowledged) but is back"
                continue
            if ident in ledger.maybe_deleted and ident not in present:
                continue  # killed between "about to delete" and the acknowledgement
            assert ident in present, f"acknowledged annotation {ident} is missing"
            found = present[ident].note
            if note.startswith("e"):  # a later, unacknowledged edit may also have committed
                assert found.startswith("e") and int(found[1:]) >= int(note[1:]), (ident, note, found)
            else:
                assert found == note or found.startswith("e"), (ident, note, found)
            if found == note:
                # Edits are "e<j>" in every writer, so many notes share a text: ask for
                # every hit, not the best 50, to learn whether this one is indexed.
                refs = {h.ref for h in library.search(note, kinds=["note"], limit=len(present) + 1)}
                assert str(ident) in refs, f"the search index lost note {ident}"
            checked += 1
        question = library.guides.get(1, "couple").guide["sections"][0]["questions"][0]["text"]
        if ledger.guide_counter:
            assert question.startswith("g") and int(question[1:]) >= ledger.guide_counter
        return checked


def test_acknowledged_writes_survive_kill_minus_nine(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    library_path = tmp_path / "library.sqlite3"
    ledger = Ledger()
    kills = rounds = seed = 0
    spare: list[Writer] = []  # started ahead, imports done, waiting for "go"

    def writer() -> Writer:
        nonlocal seed
        seed += 1
        return Writer(library_path, seed)

    started = time.monotonic()
    try:
        while time.monotonic() - started < BUDGET_SECONDS or kills < MIN_KILLS:
            rounds += 1
            count = 2 if rounds % 3 == 0 else 1
            while len(spare) < count + 1:
                spare.append(writer())
            writers, spare = spare[:count], spare[count:]
            for w in writers:
                w.go()
            if rounds == 1 or rng.random() < 0.15:
                time.sleep(rng.uniform(0.0, 0.03))  # while opening, creating or migrating the file
            else:
                for w in writers:
                    assert w.ready.wait(30), "the writer did not start"
                time.sleep(rng.choice([rng.uniform(0.0, 0.01), rng.uniform(0.0, 0.25)]))
            for w in writers:
                time.sleep(rng.uniform(0.0, 0.02))
                stderr = w.kill()
                kills += 1
                assert "Traceback" not in stderr, stderr
                for line in w.lines:
                    ledger.record(line)
            if rounds % 10 == 0:
                check(library_path, ledger)
    finally:
        for w in spare:
            w.kill()
    checked = check(library_path, ledger)
    print(
        f"\ncrash test: {kills} kills in {rounds} rounds ({rounds // 3} with two writers at once), "
        f"{ledger.acknowledged} acknowledged writes, {len(ledger.notes)} acknowledged annotations, "
        f"{checked} of them present and checked, guide counter at {ledger.guide_counter}"
    )
    assert kills >= MIN_KILLS
    assert ledger.acknowledged >= 100, "too few writes were acknowledged for the test to mean much"
