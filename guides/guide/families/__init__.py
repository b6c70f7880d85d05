"""Question families: which may stand on what, and the words each fills its wording with.

The table of families is data (``resources/catalogs/families.toml``: kind,
what each stands on, its preconditions, slots, voices and weight); their
wording is in the language catalogs. This package gives each precondition
named in the table its check, and each slot its filler, then makes every
candidate question the table allows (:func:`candidates`): one per family,
unit and wording, each scored by :func:`guides.guide.scoring.score` with the
reasons behind its score, so that "why this question?" always has an answer.

A precondition that is not sure says no. A hedge, a rhetorical question, a
letter or a promotion never reaches a family at all: the reading stage keeps
them out of the units (:mod:`guides.guide.context`).

Its modules import one way. :mod:`~guides.guide.families.parsing` reads the
sentence a family stands on; the preconditions ask it, each module by what
they are about (``themes``, ``claims``, ``stories``, ``lists``, ``counsel``,
``questions``), gathered in the table of :mod:`~guides.guide.families.checks`;
:mod:`~guides.guide.families.slots` fills a wording's slots, and
:mod:`~guides.guide.families.making` makes the candidates. The voice a
question speaks to and the candidate itself are in
:mod:`~guides.guide.families.model`.
"""

from __future__ import annotations

from guides.guide.families.checks import CHECKS, Check
from guides.guide.families.claims import KEY_CLAIMS_ASKED
from guides.guide.families.counsel import MAX_ACTION_WORDS
from guides.guide.families.making import ABUSE_WORDS, MAX_UNITS, _to_the_reader, candidates, family_candidates
from guides.guide.families.model import Candidate, Voice
from guides.guide.families.parsing import _POINTING_SUBJECT, MAX_QUOTED_QUESTION_WORDS, lower_start
from guides.guide.families.slots import SLOTS, fill

__all__ = [
    "ABUSE_WORDS",
    "CHECKS",
    "KEY_CLAIMS_ASKED",
    "MAX_ACTION_WORDS",
    "MAX_QUOTED_QUESTION_WORDS",
    "MAX_UNITS",
    "SLOTS",
    "_POINTING_SUBJECT",
    "Candidate",
    "Check",
    "Voice",
    "_to_the_reader",
    "candidates",
    "family_candidates",
    "fill",
    "lower_start",
]
