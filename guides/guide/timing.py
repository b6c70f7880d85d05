"""How the minutes of a session are shared between its parts.

The common lengths have hand-set plans that follow the usual shape of a
small-group evening (a 10-minute welcome, 5 to read, about half the time to
discuss, 5 each to apply and close). Other lengths share the minutes in the
same proportions, rounded so that they add up exactly.
"""

from __future__ import annotations

from collections.abc import Sequence

GROUP_PARTS = ("welcome", "read", "discuss", "apply", "close")
COUPLE_PARTS = ("settle", "read", "talk", "deeper", "commit")

_GROUP_PLANS: dict[int, tuple[int, ...]] = {
    45: (7, 5, 23, 5, 5),
    60: (10, 5, 30, 8, 7),
    90: (15, 10, 45, 10, 10),
}
_GROUP_WEIGHTS = (0.16, 0.09, 0.52, 0.12, 0.11)
_GROUP_FLOORS = (2, 2, 6, 2, 2)

_COUPLE_PLANS: dict[int, tuple[int, ...]] = {
    30: (4, 5, 12, 5, 4),
    45: (5, 7, 18, 10, 5),
    60: (5, 10, 25, 13, 7),
}
_COUPLE_WEIGHTS = (0.13, 0.16, 0.41, 0.17, 0.13)
_COUPLE_FLOORS = (2, 2, 5, 2, 2)


def share(total: int, weights: Sequence[float], floors: Sequence[int]) -> tuple[int, ...]:
    """Split ``total`` minutes by ``weights``, each part at least its floor, summing exactly to ``total``.

    Largest-remainder rounding; ties go to the earlier part, so it is deterministic.
    """
    if total < sum(floors):
        raise ValueError(f"{total} minutes is too short for this plan (at least {sum(floors)})")
    spare = total - sum(floors)
    scale = sum(weights)
    raw = [spare * w / scale for w in weights]
    parts = [int(r) for r in raw]
    left = spare - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return tuple(f + p for f, p in zip(floors, parts, strict=True))


def group_minutes(total: int) -> dict[str, int]:
    """Minutes for welcome, read, discuss, apply and close in a group session of ``total`` minutes."""
    plan = _GROUP_PLANS.get(total) or share(total, _GROUP_WEIGHTS, _GROUP_FLOORS)
    return dict(zip(GROUP_PARTS, plan, strict=True))


def couple_minutes(total: int) -> dict[str, int]:
    """Minutes for the parts of a couple's conversation of ``total`` minutes."""
    plan = _COUPLE_PLANS.get(total) or share(total, _COUPLE_WEIGHTS, _COUPLE_FLOORS)
    return dict(zip(COUPLE_PARTS, plan, strict=True))


def core_question_count(discuss_minutes: int) -> int:
    """How many core questions fit: about seven minutes each, three to five of them."""
    return max(3, min(5, round(discuss_minutes / 7)))
