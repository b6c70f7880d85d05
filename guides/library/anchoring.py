"""Keeping a highlight on its passage when the article's text changes.

An annotation is anchored the way W3C Web Annotations are: a
TextPositionSelector (``start``, ``end``) and a TextQuoteSelector (``exact``
with 32 characters of ``prefix`` and ``suffix``). When the text changes (a
re-import, better cleaning, an edit), :func:`place` finds the passage again:

1. **Position.** The quote is still at the same offsets with at least one side
   of its context unchanged: nothing moved.
2. **Quote.** Every exact occurrence of the quote is scored on how well the
   text around it matches the stored prefix and suffix. A short quote needs
   more context to be trusted than a long one. If several occurrences are
   equally good, the one much closer to the old position wins; if none is,
   the annotation is orphaned rather than guessed.
3. **Fuzzy.** The quote was edited: candidates come from where the stored
   context still is and from an approximate search (rapidfuzz). A candidate
   must score well on the quote AND on the context, and clearly beat any
   other region, or the annotation is orphaned.

   The approximate search runs near the expected place first. Only when
   that settles nothing does it search the whole text (about 1 ms per
   search on a 20,000-word article, three quarters of re-anchoring 1,000
   notes), and only as much as can change the answer:

   * A candidate near the expected place that scores at least
     ``1 - AMBIGUITY_MARGIN`` and is clearly nearer than anything outside
     the neighbourhood (:data:`_NEIGHBOURHOOD` characters either side) is
     kept without a whole-text search: anything further away would at best
     tie with it, and a tie goes to the clearly nearer passage, the rule
     stage 2 uses for exact quotes. A look-alike in the neighbourhood still
     makes it an orphan. What a reader gives up: an edited quote with a
     copy of its passage far away (a paragraph pasted twice) stays where
     the text put it instead of becoming an orphan.
   * Otherwise the whole text is searched for the best match, so a quote
     that moved far and was edited is still found. The second search, for
     a look-alike region, runs only when some candidate is good enough to
     place the note: it is what keeps a note off a look-alike. When none is,
     the note is an orphan without it. Both searches are also held at the
     lowest window score a usable passage implies (:func:`_window_floor`),
     so they skip fast what could only be an orphan's best guess, never
     what a note could be placed on (a property test checks the bound).
     An orphan's stored confidence (the best score a candidate reached) is
     therefore the best of the candidates seen, lower than the searches
     might have found. Nothing shows that figure to a reader; it is kept
     for exports.
     What a reader gives up: a note whose edited quote moved far, lost its
     context, AND is less like its passage than some other region of the
     text, becomes an orphan they re-attach, never a wrong placement.

This is what keeps a note off a look-alike passage: a copy-edited name that
also occurs earlier in the sentence, or a short word that happens to resemble
the quote elsewhere, fails the context test and becomes an orphan the reader
sees and can re-attach.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Literal

CONTEXT_CHARS = 32
"""Characters of prefix and suffix stored with each quote (as the Hypothesis client does)."""

MIN_CONFIDENCE = 0.6
"""Below this a candidate is not used and the annotation becomes an orphan."""

AMBIGUITY_MARGIN = 0.1
"""Two candidates whose scores are closer than this are a tie."""

_NEAR = 12  # characters next to the quote that weigh as much as the whole context
_EDGE_WEIGHT = 16  # how much "the quote began the text" counts, against 32 characters of context
_NEIGHBOURHOOD = 640  # characters either side of the expected place searched for a look-alike
_MAX_SCORED = 40  # exact occurrences scored in full (a quote like "the" occurs hundreds of times)

Method = Literal["position", "quote", "fuzzy", "orphan"]


def _fuzz() -> Any:
    """rapidfuzz's fuzz, loaded when a quote is first looked for: opening a library needs none."""
    from rapidfuzz import fuzz

    return fuzz


def _process() -> Any:
    from rapidfuzz import process

    return process


@dataclass(frozen=True)
class Anchor:
    """The selectors of one annotation: a position and a quote with its context."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Placement:
    """Where :func:`place` put an annotation in the new text, and how sure it is.

    ``start``/``end`` are None for an orphan. ``confidence`` is 1.0 when the
    text around the quote is unchanged and lower the more was guessed.
    """

    start: int | None
    end: int | None
    confidence: float
    method: Method
    reason: str = ""

    @property
    def anchored(self) -> bool:
        return self.start is not None


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    quote: float
    context: float

    @property
    def score(self) -> float:
        return self.quote * (0.6 + 0.4 * self.context)


def anchor_at(text: str, start: int, end: int, *, context: int = CONTEXT_CHARS) -> Anchor:
    """The selectors for ``text[start:end]``. Raises ValueError for an empty or out-of-range span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"the range {start}-{end} is not inside a text of {len(text)} characters")
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def place(
    anchor: Anchor,
    text: str,
    *,
    expected_start: int | None = None,
    min_confidence: float = MIN_CONFIDENCE,
) -> Placement:
    """Find ``anchor``'s passage in ``text``; an orphan Placement if it cannot be found safely.

    ``expected_start`` is where the old start should be now, if the caller
    knows how the text moved (see :class:`OffsetMap`); it is tried first and
    breaks ties between equally good occurrences. The confidence of an orphan
    is the best score any candidate reached.
    """
    exact = anchor.exact
    if not exact:
        return _orphan("the annotation has no quote")
    tries = [anchor.start] if expected_start is None else [expected_start, anchor.start]
    for start in dict.fromkeys(tries):
        if _still_there(anchor, text, start):
            return Placement(start, start + len(exact), 1.0, "position")
    near = anchor.start if expected_start is None else expected_start

    hits = _occurrences(text, exact)
    if hits:
        chosen = _choose_exact(anchor, text, hits, near)
        if isinstance(chosen, _Candidate):
            if chosen.score >= min_confidence:
                return Placement(chosen.start, chosen.end, round(chosen.score, 3), "quote")
        elif chosen:  # a tie the position could not break: never guess
            return _orphan(chosen)

    found = _place_fuzzy(anchor, text, near, min_confidence)
    if hits and not found.anchored:
        return replace(found, reason="the words occur, but never among the same neighbours")
    return found


def _still_there(anchor: Anchor, text: str, start: int) -> bool:
    """The quote is at ``start`` and at least one side of its context is unchanged.

    A side cut short by the text's edge (see :func:`_prefix_cut`) counts
    only when the edge is still there: an empty prefix means the quote still
    begins the text, a two-letter one that it still begins two letters in.
    """
    end = start + len(anchor.exact)
    if not (0 <= start < end <= len(text)) or text[start:end] != anchor.exact:
        return False
    prefix_same = _before(text, start, _prefix_reach(anchor)) == anchor.prefix
    suffix_same = text[end : end + _suffix_reach(anchor)] == anchor.suffix
    return prefix_same or suffix_same


def required_context(quote_length: int) -> float:
    """How well the context must match for an exact quote of this length to be trusted.

    Random English passages score about 0.45 against each other (0.65 at
    worst), so a single word needs context far above that; a quote of a
    long sentence is specific enough by itself.
    """
    if quote_length <= 4:
        return 0.9
    if quote_length <= 16:
        return 0.9 - (quote_length - 4) * 0.0125
    return max(0.3, 0.75 - (quote_length - 16) * 0.01)


# --- exact occurrences -----------------------------------------------------


def _choose_exact(anchor: Anchor, text: str, hits: list[int], near: int) -> _Candidate | str | None:
    """The one occurrence to use, a reason to orphan (a tie), or None (none fits: try fuzzy)."""
    length = len(anchor.exact)
    if len(hits) > _MAX_SCORED:
        hits = sorted(hits, key=lambda h: -_cheap_context(anchor, text, h, h + length))[:_MAX_SCORED]
    needed = required_context(length)
    fits = [
        c
        for c in (_Candidate(h, h + length, 1.0, _context_score(anchor, text, h, h + length)) for h in hits)
        if c.context >= needed
    ]
    if not fits:
        return None
    best = max(fits, key=lambda c: c.context)
    tied = [c for c in fits if c.context >= best.context - AMBIGUITY_MARGIN]
    if len(tied) == 1:
        return best
    nearest = _clearly_nearest(tied, near)
    if nearest is None:
        return f"the quote occurs {len(tied)} times with similar context"
    return nearest


def _clearly_nearest(candidates: list[_Candidate], position: int) -> _Candidate | None:
    """The candidate much closer to the old position than any other, if there is one."""
    ranked = sorted(candidates, key=lambda c: abs(c.start - position))
    first, second = abs(ranked[0].start - position), abs(ranked[1].start - position)
    return ranked[0] if first * 4 + 64 <= second else None


def _occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


# --- context ---------------------------------------------------------------


def _before(text: str, start: int, length: int) -> str:
    return text[max(0, start - length) : start]


def _side_score(stored: str, found: str, *, near_end: bool) -> float:
    """How alike two context strings are, counting the characters next to the quote twice."""
    if not stored:  # the quote began (or ended) the text: only the same edge matches
        return 1.0 if not found else 0.0
    whole = _fuzz().ratio(stored, found) / 100
    if near_end:
        near = _fuzz().ratio(stored[-_NEAR:], found[-_NEAR:]) / 100
    else:
        near = _fuzz().ratio(stored[:_NEAR], found[:_NEAR]) / 100
    return float(whole + near) / 2


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    """0..1: how well the text around ``start:end`` matches the stored prefix and suffix.

    Each side weighs as much as it is long. A side cut short by the text's
    edge (a quote that began the text has an empty prefix, one that began a
    letter in a one-letter prefix) also says where the edge was: it is
    compared with a whole context's length of the text, so a candidate with
    more text on that side scores lower, and it weighs at least as much as a
    short side (``_EDGE_WEIGHT``). Otherwise a look-alike anywhere whose one
    neighbouring letter matches would score as if it began the text too.
    """
    if not anchor.prefix and not anchor.suffix:
        return 1.0  # the quote was the whole text
    before = _before(text, start, _prefix_reach(anchor))
    after = text[end : end + _suffix_reach(anchor)]
    sides = [
        (_side_score(anchor.prefix, before, near_end=True), _side_weight(anchor.prefix, _prefix_cut(anchor))),
        (_side_score(anchor.suffix, after, near_end=False), _side_weight(anchor.suffix, _suffix_cut(anchor))),
    ]
    return sum(score * w for score, w in sides) / sum(w for _, w in sides)


def _prefix_cut(anchor: Anchor) -> bool:
    """The stored prefix is short because the quote began that near the start of the text.

    The position agrees (the quote began as many characters in as the prefix
    is long); a short prefix from another tool, stored further in, is taken
    as it is.
    """
    return not anchor.prefix or (len(anchor.prefix) < CONTEXT_CHARS and anchor.start == len(anchor.prefix))


def _suffix_cut(anchor: Anchor) -> bool:
    """The stored suffix is short because the quote ended that near the end of the text.

    Nothing stored says how long the text was: a suffix shorter than a full
    context is cut when the prefix is longer than it, or was cut too.
    """
    suffix = anchor.suffix
    return not suffix or (
        len(suffix) < CONTEXT_CHARS and (len(suffix) < len(anchor.prefix) or _prefix_cut(anchor))
    )


def _prefix_reach(anchor: Anchor) -> int:
    """How much text before a candidate is compared with the stored prefix."""
    return CONTEXT_CHARS if _prefix_cut(anchor) else len(anchor.prefix)


def _suffix_reach(anchor: Anchor) -> int:
    return CONTEXT_CHARS if _suffix_cut(anchor) else len(anchor.suffix)


def _side_weight(stored: str, cut: bool) -> int:
    return max(len(stored), _EDGE_WEIGHT) if cut else len(stored)


def _cheap_context(anchor: Anchor, text: str, start: int, end: int) -> int:
    """Characters of context that match exactly next to the quote (a fast pre-filter)."""
    before = _before(text, start, len(anchor.prefix))
    after = text[end : end + len(anchor.suffix)]
    left = 0
    while left < min(len(before), len(anchor.prefix)) and before[-1 - left] == anchor.prefix[-1 - left]:
        left += 1
    right = 0
    while right < min(len(after), len(anchor.suffix)) and after[right] == anchor.suffix[right]:
        right += 1
    return left + right


# --- fuzzy -----------------------------------------------------------------


def _min_quote_score(length: int) -> float:
    return 0.9 if length < 20 else 0.8


def _place_fuzzy(anchor: Anchor, text: str, near: int, min_confidence: float) -> Placement:
    exact = anchor.exact
    if len(exact) < 8:
        return _orphan("the quote is too short to look for approximately")
    candidates: dict[tuple[int, int], _Candidate] = {}

    def consider(spans: list[tuple[int, int]]) -> None:
        for rough_start, rough_end in spans:
            s, e = _refine(exact, text, rough_start, rough_end)
            if e > s and (s, e) not in candidates:
                quote = _fuzz().ratio(exact, text[s:e]) / 100
                candidates[(s, e)] = _Candidate(s, e, quote, _context_score(anchor, text, s, e))

    def good() -> list[_Candidate]:
        return [c for c in candidates.values() if _usable(c, len(exact), min_confidence)]

    consider(_context_spans(anchor, text))
    local = _local_span(exact, text, near)
    consider([local] if local else [])
    settled = _settled_nearby(good(), near, len(exact))
    if settled is not None:
        # Only a look-alike in the neighbourhood can still make this ambiguous.
        consider(_neighbour_spans(exact, text, near, settled))
    else:
        probes = [c.start for c in candidates.values()] + ([local[0]] if local else [])
        first, floors = _global_span(exact, text, probes)
        consider([first] if first else [])
        if first and good():
            # There is a passage to use: a second region as good would make it a guess.
            consider(_second_span(exact, text, first, floors))
    usable = good()
    if settled is not None:
        # A passage further away would at best tie, and a tie goes to the clearly nearer one.
        usable = [c for c in usable if abs(c.start - near) <= _neighbourhood(len(exact))]
    if not usable:
        best_score = max((c.score for c in candidates.values()), default=0.0)
        return _orphan("no passage is close enough to the quote and its context", best_score)
    best = max(usable, key=lambda c: c.score)
    rivals = [
        c
        for c in usable
        if (c.end <= best.start or c.start >= best.end) and c.score >= best.score - AMBIGUITY_MARGIN
    ]
    if rivals:
        return _orphan("two passages match the changed quote about equally well", best.score)
    return Placement(best.start, best.end, round(best.score, 3), "fuzzy")


def _usable(candidate: _Candidate, length: int, min_confidence: float) -> bool:
    """The candidate is like enough the quote, among like enough context, to place a note on."""
    return (
        candidate.quote >= _min_quote_score(length)
        and candidate.context >= max(0.65, required_context(length))
        and candidate.score >= min_confidence
    )


def _neighbourhood(length: int) -> int:
    """How far either side of the expected place :func:`_neighbour_spans` looks for a look-alike."""
    return max(4 * length, _NEIGHBOURHOOD)


def _settled_nearby(usable: list[_Candidate], near: int, length: int) -> _Candidate | None:
    """The usable candidate that no far-away passage could take the note from, if there is one.

    It scores at least ``1 - AMBIGUITY_MARGIN``, so anything found further
    away would be at best a tie, and it is clearly nearer the expected place
    than anything outside the neighbourhood searched for look-alikes (the
    rule that breaks ties between exact occurrences), so the tie would go to it.
    """
    if not usable:
        return None
    best = max(usable, key=lambda c: c.score)
    if best.score < 1 - AMBIGUITY_MARGIN:
        return None
    # A passage not wholly inside the neighbourhood starts more than its reach away.
    return best if abs(best.start - near) * 4 + 64 <= _neighbourhood(length) else None


def _context_spans(anchor: Anchor, text: str) -> list[tuple[int, int]]:
    """Rough spans where the stored prefix and/or suffix still are, around the quote's place."""
    length = len(anchor.exact)
    reach = length * 2 + 16
    spans: list[tuple[int, int]] = []
    ends = [
        at + len(piece) for piece in _pieces(anchor.prefix, tail=True) for at in _occurrences(text, piece)
    ]
    starts = [at for piece in _pieces(anchor.suffix, tail=False) for at in _occurrences(text, piece)]
    for left in ends[:_MAX_SCORED]:
        rights = [r for r in starts if left < r <= left + reach]
        if rights:
            spans.extend((left, r) for r in rights[:3])
        else:
            spans.append((left, min(len(text), left + length)))
    for right in starts[:_MAX_SCORED]:
        if not any(left < right <= left + reach for left in ends):
            spans.append((max(0, right - length), right))
    return spans


def _pieces(context: str, *, tail: bool) -> list[str]:
    """The whole context and the part nearest the quote, long enough to be specific."""
    if len(context) < 6:
        return []
    near = context[-_NEAR:] if tail else context[:_NEAR]
    return [context] if near == context else [context, near]


def _local_span(exact: str, text: str, position: int) -> tuple[int, int] | None:
    """The best approximate match of the quote near its expected place."""
    window_start = max(0, position - 4 * len(exact))
    window = text[window_start : position + 5 * len(exact)]
    local = _fuzz().partial_ratio_alignment(exact, window)
    if local is None or local.score <= 0:
        return None
    return window_start + local.dest_start, window_start + local.dest_end


def _neighbour_spans(exact: str, text: str, position: int, found: _Candidate) -> list[tuple[int, int]]:
    """The best approximate match of the quote near its expected place, ``found`` blanked out."""
    reach = _neighbourhood(len(exact))
    start = max(0, position - reach)
    window = text[start : position + reach + len(exact)]
    a, b = max(0, found.start - start), max(0, found.end - start)
    blanked = window[:a] + "\0" * (b - a) + window[b:]
    other = _fuzz().partial_ratio_alignment(exact, blanked)
    if other is None or other.score <= 0:
        return []
    return [(start + other.dest_start, start + other.dest_end)]


def _global_span(exact: str, text: str, probes: list[int]) -> tuple[tuple[int, int] | None, dict[int, float]]:
    """The best approximate match of the quote in the whole text, and the probe windows' scores.

    The search is given a floor: the score of a window of the quote's
    length that is known to be there (at the ``probes``, where the context
    and the local search put candidates). Windows that cannot reach it are
    skipped quickly, and the first best window, the one returned, is the
    same as without the floor.
    """
    length = len(exact)
    ratio = _fuzz().ratio
    inside = [at for at in probes if at >= 0 and at + length <= len(text)]
    windows = {at: ratio(exact, text[at : at + length]) for at in inside}
    cutoff = max(_floor(windows.values()) or 0.0, _window_floor(length))
    first = _fuzz().partial_ratio_alignment(exact, text, score_cutoff=cutoff)
    if first is None or first.score <= 0:
        return None, windows
    return (first.dest_start, first.dest_end), windows


def _second_span(
    exact: str, text: str, first: tuple[int, int], windows: dict[int, float]
) -> list[tuple[int, int]]:
    """The best approximate match in the whole text with ``first`` blanked out: a look-alike region."""
    length = len(exact)
    blanked = text[: first[0]] + "\0" * (first[1] - first[0]) + text[first[1] :]
    # A window clear of the blanked part scores the same in both texts.
    clear = [s for at, s in windows.items() if at + length <= first[0] or at >= first[1]]
    cutoff = max(_floor(clear) or 0.0, _window_floor(length))
    second = _fuzz().partial_ratio_alignment(exact, blanked, score_cutoff=cutoff)
    if second is None or second.score <= 0:
        return []
    return [(second.dest_start, second.dest_end)]


FLOOR_MARGIN = 8.0
"""Points below the bound the whole-text search is held at, for what partial_ratio does not try."""


def _window_floor(length: int) -> float:
    """The score some window of the quote's length reaches wherever a usable candidate is.

    A span of ``m`` characters whose ratio to the quote (``L`` characters, ``M``
    in common) is at least ``q`` has ``2M >= q(L + m)``, so ``m`` lies between
    ``qL/(2 - q)`` and ``L(2 - q)/q``; a window of length ``L`` over or inside
    it keeps at least ``M * min(1, L/m)`` of the common characters, a ratio of at
    least ``q/(2 - q)`` (0.67 for 0.8, 0.82 for 0.9). A whole-text search held
    below that finds nothing a note could be placed on, only a lower score for
    an orphan, so it is skipped fast.
    """
    q = _min_quote_score(length)
    # Less a margin: rapidfuzz's partial_ratio tries only some alignments of a short quote, so a window
    # can score a point or two under the bound (a property test found '   aa  aa' at 80 against 81.8).
    return 100 * q / (2 - q) - FLOOR_MARGIN


def _floor(scores: Iterable[float]) -> float | None:
    """A score_cutoff just under the best of ``scores`` (scores that windows of the text reach)."""
    best = max(scores, default=0.0)
    # Ratios of strings this short differ by far more than this: the window at ``best`` still passes.
    return best - 1e-6 if best > 0 else None


def _refine(exact: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Move a rough span's ends to where the quote fits best (a few characters either way)."""
    slack = max(3, min(24, len(exact) // 3))
    best_start, best_end = start, end
    for _ in range(2):
        starts = range(best_start - slack, best_start + slack + 1)
        pieces = [text[s:best_end] if 0 <= s < best_end <= len(text) else None for s in starts]
        scores = _ratios(exact, pieces)
        # The best score; on a tie the nearest to where it was, then the earliest.
        best_start = max((scores[i], -abs(s - start), -s) for i, s in enumerate(starts))[2] * -1
        ends = range(best_end - slack, best_end + slack + 1)
        pieces = [text[best_start:e] if 0 <= best_start < e <= len(text) else None for e in ends]
        scores = _ratios(exact, pieces)
        best_end = max((scores[i], -abs(e - end), -e) for i, e in enumerate(ends))[2] * -1
    return max(0, best_start), min(len(text), best_end)


def _ratios(exact: str, pieces: list[str | None]) -> list[float]:
    """``_fuzz().ratio(exact, piece)`` of each piece, -1 for None, computed in one call to rapidfuzz."""
    scores = [-1.0] * len(pieces)
    for _piece, score, index in _process().extract(exact, pieces, scorer=_fuzz().ratio, limit=None):
        scores[index] = score
    return scores


def _orphan(reason: str, best: float = 0.0) -> Placement:
    return Placement(None, None, round(best, 3), "orphan", reason)


class OffsetMap:
    """Where an offset of the old text is likely to be in the new one.

    The two texts are compared block by block (blocks are separated by a
    blank line, as in ``Article.text``): an offset inside an unchanged block
    moves with its block, one inside a changed block is placed in proportion.
    This is what lets re-anchoring after an edit find most annotations at
    once, and break ties between repeated quotes with the right position.
    """

    def __init__(self, old: str, new: str) -> None:
        from difflib import SequenceMatcher  # on use: reading annotations never compares texts

        old_spans, new_spans = _block_spans(old), _block_spans(new)
        matcher = SequenceMatcher(
            None, [old[s:e] for s, e in old_spans], [new[s:e] for s, e in new_spans], autojunk=False
        )
        # (old_start, old_end, new_start, new_end) for each run, in old order.
        self._runs: list[tuple[int, int, int, int]] = []
        for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
            a0 = old_spans[i1][0] if i1 < len(old_spans) else len(old)
            a1 = old_spans[i2 - 1][1] if i2 > i1 else a0
            b0 = new_spans[j1][0] if j1 < len(new_spans) else len(new)
            b1 = new_spans[j2 - 1][1] if j2 > j1 else b0
            self._runs.append((a0, a1, b0, b1))
        self._starts = [run[0] for run in self._runs]
        self._new_length = len(new)

    def __call__(self, offset: int) -> int:
        if not self._runs:
            return 0
        index = max(0, bisect_right(self._starts, offset) - 1)
        a0, a1, b0, b1 = self._runs[index]
        if a1 - a0 == b1 - b0:
            moved = b0 + (offset - a0)
        elif a1 > a0:
            moved = b0 + round((offset - a0) * (b1 - b0) / (a1 - a0))
        else:
            moved = b0
        return min(max(moved, 0), self._new_length)


def _block_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        at = text.find("\n\n", start)
        if at < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, at))
        start = at + 2
