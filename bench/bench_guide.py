"""How long a guide takes for a 5,000-word article, beside how long importing it takes.

Prints, for the same generated plain-text article:

* the import (``import_bytes``), median of several runs;
* the cold first guide in this process: analysis, scripture lookup (which
  loads the bundled Bible text) and generation, timed once;
* a warm guide for each audience, analysis and lookup included, median of
  several runs (the target is under 200 ms);
* the analysis alone (and the share of it spent splitting sentences with
  the project's segmenter), and generation from an analysis already made (what the app does
  when it makes the three audiences in a row).

Run with ``.venv/bin/python bench/bench_guide.py``. The article is generated
here from sentences written for this script, with a fixed seed, so every run
measures the same input. Figures vary by machine; nothing here asserts on them.
"""

from __future__ import annotations

import copy
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guides.analysis.analyze import analyze
from guides.analysis.sentences import split_sentences
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_bytes

RUNS = 7
TARGET_WORDS = 5000
TARGET_MS = 200

_CLAIMS = [
    "Trust is built in small moments that nobody photographs.",
    "Most arguments at home are about being heard, not about the dishes.",
    "Kindness is the first thing to go when we feel rushed.",
    "Forgiveness is a choice before it is a feeling.",
    "A marriage does not drift apart in a day; it drifts one unanswered text at a time.",
    "Rest is not a reward for finishing the work; it is part of the work.",
    "Money is rarely only about money.",
    "Children learn more from how we argue than from what we say about arguing.",
    "Hope is not the same thing as optimism.",
    "Listening well is a kind of generosity.",
]
_QUESTIONS = [
    "Do you trust your spouse with the small things?",
    "What would change if you assumed the best about each other this week?",
    "Can your partner count on you when the evening goes wrong?",
    "How often do you ask a question and then really wait for the answer?",
    "Are we just busy, or are we drifting?",
]
_ADVICE = [
    "Put your phone in another room before dinner.",
    "If the evening turns tense, take a short walk together.",
    "Write down one thing you are thankful for each night.",
    "Ask for help before you need it.",
    "Keep one small promise every day, and say out loud when you have kept it.",
]
_SCRIPTURE = [
    "Colossians 3:13 puts it plainly: “bear with one another and forgive.”",
    "Paul writes in Ephesians 4:32 that we should be kind to one another.",
    "Proverbs 15:1 reminds us that a gentle answer turns away wrath.",
    "James 1:19 asks us to be quick to listen and slow to speak.",
    "Read 1 Corinthians 13:4-7 slowly, one phrase at a time.",
]
_SENSITIVE = [
    "Some couples carry debt they have never talked about.",
    "An affair rarely begins with attraction; it often begins with loneliness.",
    "Grief can make a house very quiet for a long time.",
]


def make_article(seed: int = 7) -> bytes:
    """A plain-text article of about TARGET_WORDS words: title, headings and paragraphs."""
    rng = random.Random(seed)
    lines = ["Small Things, Kept Daily: Notes on a Shared Life", ""]
    words = 0
    section = 0
    while words < TARGET_WORDS:
        if words // 700 >= section:
            section += 1
            lines += [f"Part {section}: what we keep coming back to", ""]
        pool = rng.choice([_CLAIMS, _CLAIMS, _QUESTIONS, _ADVICE, _SCRIPTURE, _SENSITIVE])
        paragraph = " ".join(rng.choice(pool if i else _CLAIMS) for i in range(rng.randint(3, 6)))
        lines += [paragraph, ""]
        words += len(paragraph.split())
    return "\n".join(lines).encode("utf-8")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    return statistics.median(timed(fn) for _ in range(runs))


def main() -> None:
    data = make_article()
    import_ms = median_ms(lambda: import_bytes(data, name="article.txt"))
    article = import_bytes(data, name="article.txt")
    print(f"article: {article.word_count} words, {len(article.blocks)} blocks")
    print(f"import (median of {RUNS}):                          {import_ms:7.1f} ms")

    cold_ms = timed(lambda: generate_guide(article, GuideOptions(audience="group")))
    print(f"first guide in this process (Bible text loaded):   {cold_ms:7.1f} ms")

    for audience in ("group", "couple", "session"):
        options = GuideOptions(audience=audience)  # type: ignore[arg-type]
        ms = median_ms(lambda options=options: generate_guide(article, options))  # type: ignore[misc]
        verdict = "ok" if ms < TARGET_MS else f"over the {TARGET_MS} ms target"
        print(f"guide, {audience:8} with analysis (median of {RUNS}):   {ms:7.1f} ms  {verdict}")

    analysis_ms = median_ms(lambda: analyze(article))
    analysis = analyze(article)
    print(f"analysis alone, lookups included (median):         {analysis_ms:7.1f} ms")
    split_ms = median_ms(lambda: split_sentences(article.text))
    print(f"  of which sentence splitting (median):            {split_ms:7.1f} ms")
    audiences = ("group", "couple", "session")

    def three() -> None:
        # A copy of the analysis each run: the engine shares work between guides of one analysis
        # object, so reusing the same object would time the cache, not the guides.
        fresh = copy.copy(analysis)
        for a in audiences:
            generate_guide(article, GuideOptions(audience=a), analysis=fresh)  # type: ignore[arg-type]

    reuse_ms = median_ms(three)
    print(f"three guides from one analysis (median):           {reuse_ms:7.1f} ms")


if __name__ == "__main__":
    main()
