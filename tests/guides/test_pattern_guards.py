"""The letter guards on the reading stage's word patterns cover every word they guard.

A pattern that opens on ``\\b(?=[letters])`` (see :mod:`guides.analysis.cues`) must list the first
letter of every alternative that follows, or a word it names is never found. Read from the parsed
pattern, so a word added later without its letter fails here.
"""

from __future__ import annotations

import importlib
import re
import re._constants as sre  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
from typing import Any

import pytest

GUARDED = [
    "guides.analysis.cues:HEDGE_WORD",
    "guides.analysis.cues:IMAGINED_VOICE",
    "guides.analysis.cues:OPPOSED_VIEW",
    "guides.analysis.cues:GENERAL_CLAIM",
    "guides.analysis.cues:LEADER_NOTE",
    "guides.analysis.cues:LIST_LEAD",
    "guides.analysis.reported:_REPORTED",
    "guides.analysis.argument:_CONTRAST",
    "guides.analysis.reading.sentences:_GENERALIZING",
    "guides.analysis.reading.thesis:_THESIS_FRAME",
    "guides.analysis.reading.lists:_LIST_NOUN",
    "guides.guide.objections:_OBJECTION_CUE",
]

_GUARD = re.compile(r"\\b\(\?=\[([^\]]+)\]\)")
_DIGIT = "0"


def _firsts(items: Any) -> set[str]:
    """The characters (lower case; "0" for any digit) a parsed pattern can begin with."""
    for op, av in list(items):
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item begins it
        if op is sre.LITERAL:
            return {chr(av).lower()}
        if op is sre.SUBPATTERN:
            return _firsts(av[3])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            assert av[0] >= 1, "an optional start: the guard cannot tell"
            return _firsts(av[2])
        if op is sre.BRANCH:
            return set().union(*(_firsts(alt) for alt in av[1]))
        if op is sre.IN:
            out: set[str] = set()
            for kind, value in av:
                if kind is sre.LITERAL:
                    out.add(chr(value).lower())
                elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                    out.add(_DIGIT)
                else:
                    raise AssertionError(f"a class the guard cannot list: {kind} {value}")
            return out
        raise AssertionError(f"a start the guard cannot list: {op}")
    raise AssertionError("an empty alternative")


@pytest.mark.parametrize("name", GUARDED)
def test_guard_lists_the_first_letter_of_every_word(name: str) -> None:
    module, attr = name.split(":")
    pattern: re.Pattern[str] = getattr(importlib.import_module(module), attr)
    guards = list(_GUARD.finditer(pattern.pattern))
    assert guards, f"{name} has no guard"
    for guard in guards:
        letters = {_DIGIT if c == "d" and guard.group(1)[max(0, i - 1)] == "\\" else c
                   for i, c in enumerate(guard.group(1)) if c != "\\"}  # fmt: skip
        group = _group_at(pattern.pattern, guard.end())
        needed = _firsts(sre_parse.parse(group, pattern.flags))
        assert needed <= letters, f"{name}: the guard lacks {sorted(needed - letters)}"


def _group_at(pattern: str, start: int) -> str:
    """The parenthesised group that opens at ``start``: what the guard before it guards."""
    assert pattern[start] == "(", "a guard stands before a group"
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return pattern[start : i + 1]
        i += 1
    raise AssertionError("an unclosed group")
