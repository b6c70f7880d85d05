"""The long fuzz run (``make fuzz``): thousands of mutated files per format, within a time budget.

Each input goes through import, guide, worksheet and library in a worker
process that is stopped when it runs past its time limit (a hang) or its
memory cap, so one bad input cannot stall the run. Every input is made from
its own seed (the run's seed, the format, its number), so any one of them can
be made again alone. Inputs that crash, hang, are slow or get a refusal that
is not one short line are written to the output folder with a note of what
happened: each is a reproducer to turn into a regular test.

    python tests/fuzz/run_fuzz.py [--per-format 2000] [--budget 1200] [--out fuzz-failures]
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import multiprocessing.connection
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fuzz_harness import Outcome, run_input
from fuzz_mutations import Mutant, Mutator
from fuzz_seeds import FORMATS, seeds

SLOW_IMPORT = 10.0
SLOW_AFTER = 30.0
COLUMNS = ("imported", "refused", "budget", "bad-message", "crashed", "slow", "hung")


def make_mutant(run_seed: int, fmt: str, number: int, scale: int) -> Mutant:
    """Input ``number`` of format ``fmt`` in the run seeded ``run_seed``: the same on every machine."""
    mutator = Mutator(run_seed * 1_000_003 + FORMATS.index(fmt) * 100_000 + number, scale=scale)
    choices = seeds()[fmt]
    return mutator.mutate(choices[number % len(choices)])


def _worker(connection: multiprocessing.connection.Connection, memory_mb: int) -> None:
    if memory_mb:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        job = connection.recv()
        if job is None:
            return
        data, name, variant = job
        try:
            outcome = run_input(data, name, variant=variant, on_stage=lambda s: connection.send(("stage", s)))
        except MemoryError:
            outcome = Outcome(result="crashed", message="MemoryError")
        outcome.on_stage = None
        connection.send(("done", asdict(outcome)))


class Worker:
    """A child process that runs inputs one at a time and can be stopped mid-input."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, self.memory_mb), daemon=True)
        self.process.start()

    def run(self, mutant: Mutant, variant: int, limit: float) -> Outcome:
        started = time.perf_counter()
        self.connection.send((mutant.data, mutant.name, variant))
        stage = "import"
        while self.connection.poll(max(0.0, started + limit - time.perf_counter())):
            try:
                kind, value = self.connection.recv()
            except EOFError:  # the worker died (out of memory, a signal)
                self.restart()
                return Outcome(result="crashed", stage=stage, message="the worker process died")
            if kind == "done":
                return Outcome(**value)
            stage = value
        self.restart()
        spent = time.perf_counter() - started
        return Outcome(
            result="hung", stage=stage, message=f"stopped after {limit:.0f} s", times={stage: spent}
        )

    def restart(self) -> None:
        self.process.kill()
        self.process.join()
        self._start()

    def close(self) -> None:
        self.connection.send(None)
        self.process.join(5)


def classify(outcome: Outcome) -> str:
    """The column an outcome counts in; a slow import or later stage counts as slow whatever it ended in."""
    if outcome.result in ("crashed", "hung", "bad-message"):
        return outcome.result
    if outcome.times.get("import", 0.0) > SLOW_IMPORT or outcome.after_import > SLOW_AFTER:
        return "slow"
    return outcome.result


def save_reproducer(out: Path, fmt: str, number: int, mutant: Mutant, outcome: Outcome, column: str) -> Path:
    digest = hashlib.sha1(mutant.data).hexdigest()[:10]
    folder = out / fmt
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{column}-{number:05d}-{digest}.{fmt}"
    path.write_bytes(mutant.data)
    times = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in outcome.times.items())
    path.with_suffix(path.suffix + ".txt").write_text(
        f"input {number} of {fmt} from {mutant.seed} by {mutant.how}\n{column} at {outcome.stage} ({times})\n"
        f"{outcome.message}\n",
        encoding="utf-8",
    )
    return path


def _inputs(args: argparse.Namespace, formats: list[str]) -> Iterator[tuple[str, int, Mutant]]:
    """(format, number, input): made from the seeds, one of each format in turn, or read from --replay."""
    if args.replay is not None:
        notes = re.compile(r"\.(" + "|".join(FORMATS) + r")\.txt$")  # what save_reproducer writes beside each
        for path in sorted(p for p in args.replay.rglob("*") if p.is_file() and not notes.search(p.name)):
            found = re.search(r"-(\d{5})-", path.name)
            fmt = path.suffix.lstrip(".")
            if fmt in formats:
                yield (
                    fmt,
                    int(found.group(1)) if found else 0,
                    Mutant(path.name, path.read_bytes(), "replay", path.name),
                )
        return
    numbers = [args.only] if args.only is not None else range(args.per_format)
    for number in numbers:
        for fmt in formats:
            yield fmt, number, make_mutant(args.seed, fmt, number, args.scale)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-format", type=int, default=2000)
    parser.add_argument("--budget", type=float, default=1800, help="seconds for the whole run")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--scale", type=int, default=10, help="1 (small blow-ups) to 10 (the largest)")
    parser.add_argument("--limit", type=float, default=60, help="seconds before an input counts as hung")
    parser.add_argument("--memory-mb", type=int, default=3000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--only", type=int, help="run only this input number (to look at a reproducer)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    parser.add_argument(
        "--replay", type=Path, metavar="DIR", help="run the inputs saved in DIR (a reproducer folder) again"
    )
    args = parser.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]
    counts: dict[str, Counter[str]] = {fmt: Counter() for fmt in formats}
    slowest: tuple[float, str] = (0.0, "")
    found: list[Path] = []
    worker = Worker(args.memory_mb)
    started = time.monotonic()
    stopped_early = False
    try:
        for fmt, number, mutant in _inputs(args, formats):
            if time.monotonic() - started > args.budget:
                stopped_early = True
                break
            outcome = worker.run(mutant, number, args.limit)
            column = classify(outcome)
            counts[fmt]["inputs"] += 1
            counts[fmt][column] += 1
            total = sum(outcome.times.values())
            if total > slowest[0]:
                slowest = (
                    total,
                    f"{fmt} input {number} ({mutant.how} of {mutant.seed}, {len(mutant.data):,} bytes)",
                )
            if column in ("crashed", "hung", "bad-message", "slow"):
                found.append(save_reproducer(args.out, fmt, number, mutant, outcome, column))
                first = outcome.message.splitlines()[0] if outcome.message else ""
                print(
                    f"  {column}: {fmt} input {number} by {mutant.how} at {outcome.stage}: {first[:160]}",
                    flush=True,
                )
    finally:
        worker.close()
    elapsed = time.monotonic() - started
    print()
    print(f"| format | inputs | {' | '.join(COLUMNS)} |")
    print("|---|---:|" + "---:|" * len(COLUMNS))
    for fmt in formats:
        row = counts[fmt]
        print(f"| {fmt} | {row['inputs']:,} | " + " | ".join(f"{row[c]:,}" for c in COLUMNS) + " |")
    print()
    inputs = sum(c["inputs"] for c in counts.values())
    ran_out = "; the time budget ran out first" if stopped_early else ""
    print(f"{inputs:,} inputs in {elapsed:.0f} s (seed {args.seed}, scale {args.scale}){ran_out}")
    print(f"slowest: {slowest[1]}, {slowest[0]:.1f} s")
    if found:
        print(f"{len(found)} reproducers written to {args.out}/")
    failures = sum(counts[f][c] for f in formats for c in ("crashed", "hung", "bad-message"))
    return 1 if failures else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
