"""The installed app against the development one: does freezing cost the reader start-up time?

Runs the same two commands, each in a fresh process, from the bundle that
``make dist`` built (dist/porchlight/porchlight) and from the virtualenv's
``porchlight`` (the baseline):

- ``--version``: the interpreter and the launcher, nothing of Qt;
- ``--screenshot``: the whole start with the sample article, its guide and notes,
  offscreen, until the PNG is written and the program has exited.

Each run gets a fresh throwaway home, so both start as on first run.

    .venv/bin/python bench/bench_bundle.py [--runs 5]

Prints the median of each and the ratio bundle/virtualenv. Without a bundle it says
that nothing was measured and exits 1, so ``make bench`` reports it (``make dist`` first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "dist" / "porchlight" / "porchlight"
VENV = Path(sys.executable).parent / "porchlight"


def _time(program: Path, args: list[str]) -> float:
    with tempfile.TemporaryDirectory(prefix="porchlight-bench-") as folder:
        env = {**os.environ, "PORCHLIGHT_HOME": folder, "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder}  # fmt: skip
        env.pop("PORCHLIGHT_RESOURCES", None)
        args = [a.replace("{home}", folder) for a in args]
        start = time.perf_counter()
        subprocess.run([str(program), *args], env=env, check=True, capture_output=True, timeout=120)
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not BUNDLED.exists():
        print(f"bench_bundle: NOT MEASURED: no bundle at {BUNDLED.relative_to(ROOT)}; run `make dist` first")
        return 1
    cases = {"--version": ["--version"], "--screenshot (first run)": ["--screenshot", "{home}/shot.png"]}
    print(f"bundle: {BUNDLED.relative_to(ROOT)}   baseline: {VENV}")
    for label, command in cases.items():
        for program in (BUNDLED, VENV):  # one warm-up each: the page cache, the bytecode
            _time(program, command)
        bundled = statistics.median(_time(BUNDLED, command) for _ in range(args.runs))
        baseline = statistics.median(_time(VENV, command) for _ in range(args.runs))
        print(f"{label:26} bundle {bundled * 1000:7.0f} ms   virtualenv {baseline * 1000:7.0f} ms   "
              f"ratio {bundled / baseline:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
