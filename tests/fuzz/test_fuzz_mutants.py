"""The fuzzer in every ``make test``: a few hundred mutated files per format, small ones.

The same mutations as ``make fuzz`` (byte flips, cuts, control characters,
re-encodings, deep nesting, inline-heavy pages, damaged zip entries, the
hostile shapes found by hand) at scale 1, from a seed of their own so the
suite and the long run cover different inputs. Every input must end in an
article or in the project's own one-short-line refusal; every tenth imported
one also goes on to a guide, a worksheet and the library. A failure names the
input, and ``run_fuzz.py --seed 1 --scale 1 --formats FMT --only N`` makes it
again alone.
"""

from __future__ import annotations

import pytest
from fuzz_harness import message_problem, run_input
from fuzz_seeds import FORMATS
from run_fuzz import make_mutant

SUITE_SEED = 1
PER_FORMAT = 250
LATER_STAGES_EVERY = 10


@pytest.mark.parametrize("fmt", FORMATS)
def test_mutated_files_end_in_an_article_or_one_calm_line(fmt: str) -> None:
    failures: list[str] = []
    results: dict[str, int] = {}
    for number in range(PER_FORMAT):
        mutant = make_mutant(SUITE_SEED, fmt, number, scale=1)
        outcome = run_input(
            mutant.data, mutant.name, variant=number, later_stages=number % LATER_STAGES_EVERY == 0
        )
        results[outcome.result] = results.get(outcome.result, 0) + 1
        problem = message_problem(outcome.message) if outcome.result in ("refused", "budget") else None
        if outcome.result not in ("imported", "refused", "budget") or problem:
            first = outcome.message.splitlines()[0][:200] if outcome.message else ""
            failures.append(
                f"input {number} ({mutant.how} of {mutant.seed}): {outcome.result} at {outcome.stage}: "
                f"{problem or first}"
            )
    assert not failures, "\n".join(failures)
    # The mutations reach both ends: some inputs still import, some are refused.
    assert results.get("imported", 0) > 0, results
    assert results.get("refused", 0) + results.get("budget", 0) > 0, results
