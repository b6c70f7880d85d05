"""Questions about many spans at once, answered by bisection.

The analysis asks, for every sentence, whether it touches one of the
article's quotations or references; with a linear scan that costs
sentences x spans, which grows with the square of a long article's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """``(start, end)`` spans, sorted, with the furthest end reached so far at each."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(accumulate((e for _, e in self._spans), max))

    def __len__(self) -> int:
        return len(self._spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``s < end and start < e``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start

    def covers(self, offset: int) -> bool:
        """Whether some span has ``s <= offset < e``."""
        i = bisect_right(self._starts, offset)
        return i > 0 and self._reach[i - 1] > offset

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans with ``s < end and start < e``, in order."""
        found: list[tuple[int, int]] = []
        j = bisect_left(self._starts, end) - 1
        while j >= 0 and self._reach[j] > start:
            if self._spans[j][1] > start:
                found.append(self._spans[j])
            j -= 1
        found.reverse()
        return found
