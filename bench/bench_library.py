"""Library benchmarks: search, re-anchoring, loading. Prints figures; asserts nothing.

1. Full-text search over 10,000 generated articles through ``Library.search``
   (filters, joins, snippets), beside a raw FTS5 query on the same index.
2. Re-anchoring 1,000 annotations on a 20,000-word article after edits
   (paragraphs inserted, deleted, reworded; words fixed inside quotes), by a
   re-import, and by the anchoring function alone with and without the block
   offset map.
3. Loading an article that has 1,000 annotations.

Usage: ``python bench/bench_library.py [--articles N]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from guides.article import Article, BlockDraft, build_article  # noqa: E402
from guides.library import Library, OffsetMap, Placement, place  # noqa: E402
from guides.library.anchoring import Anchor  # noqa: E402

SYLLABLES = (
    "ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo ma me mi mo na ne ni no ra re "
    "ri ro sa se si so ta te ti to va ve vi vo"
).split()
COMMON = (
    "the and of to a in is that it for with as his on be at by this had not are but from or have an "
    "they which one you were her all she there would their we him been has when who will more no if "
    "out so said what up its about into than them can only other new some could time these two may "
    "then do first any my now such like our over man me even most made after also did many before "
    "must through back years where much your way well down should because each just those people how "
    "too little state good very make world still own see men work long get here between both life "
    "being under never day same another know while last might us great old year off come since "
    "against go came right used take three"
).split()
ACCENTED = ["café", "Genèse", "naïve", "fiancée", "élan", "Zürich", "São", "crème", "déjà", "résumé"]


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    made = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    return sorted(made) + COMMON * 4 + ACCENTED


def paragraph(rng: random.Random, words: list[str], count: int) -> str:
    chosen = [rng.choice(words) for _ in range(count)]
    return " ".join(chosen).capitalize() + "."


def median_ms(action: Callable[[], object], repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_search(folder: Path, articles: int, rng: random.Random) -> None:
    words = vocabulary(rng)
    with Library(folder / "search.sqlite3") as library:
        start = time.perf_counter()
        phrase = ""
        with library.db.write():
            for n in range(articles):
                drafts = [
                    BlockDraft("paragraph", paragraph(rng, words, rng.randint(40, 90))) for _ in range(5)
                ]
                article = build_article(drafts, title=paragraph(rng, words, 4), source=f"/gen/{n}.txt")
                library.articles.add(article, tags=[f"tag{n % 20}"])
                if n == articles // 2:
                    phrase = " ".join(drafts[2].text.split()[3:5])
        added = time.perf_counter() - start
        size = (folder / "search.sqlite3").stat().st_size
        print(
            f"search: {articles} articles ({articles * 5} paragraphs) added in {added:.1f} s "
            f"(one transaction), file {size >> 20} MB"
        )
        conn = library.db.connection
        queries = {
            "common word": "people",
            "rare word": words[17],
            "two words": f"{words[5]} {words[400]}",
            "accent-free": "cafe",
            "prefix": words[30][:3] + "*",
            "phrase": f'"{phrase}"',
        }
        raw = (
            "SELECT rowid, snippet(search_index, -1, '[', ']', '…', 16) FROM search_index"
            " WHERE search_index MATCH ? ORDER BY rank LIMIT 50"
        )
        from guides.library.search import fts_query

        print(f"  {'query':<12} {'hits':>5} {'Library.search':>15} {'raw FTS5':>9} {'+ tag filter':>13}")
        for label, query in queries.items():
            hits = library.search(query)
            ours = median_ms(lambda q=query: library.search(q))  # type: ignore[misc]
            plain = median_ms(lambda q=query: conn.execute(raw, (fts_query(q),)).fetchall())  # type: ignore[misc]
            tagged = median_ms(lambda q=query: library.search(q, tag="tag3"))  # type: ignore[misc]
            print(f"  {label:<12} {len(hits):>5} {ours:>12.2f} ms {plain:>6.2f} ms {tagged:>10.2f} ms")


def long_article(rng: random.Random, words: list[str], total: int = 20_000) -> list[str]:
    paragraphs: list[str] = []
    count = 0
    while count < total:
        size = rng.randint(60, 140)
        paragraphs.append(paragraph(rng, words, size))
        count += size
    return paragraphs


def edited(rng: random.Random, words: list[str], paragraphs: list[str]) -> list[str]:
    """Insert, delete and reword paragraphs; fix a word here and there."""
    result = list(paragraphs)
    for _ in range(10):
        result.insert(rng.randrange(len(result)), paragraph(rng, words, rng.randint(40, 100)))
    for _ in range(8):
        result.pop(rng.randrange(len(result)))
    for _ in range(25):
        i = rng.randrange(len(result))
        tokens = result[i].split(" ")
        j = rng.randrange(len(tokens))
        tokens[j] = rng.choice(words)
        result[i] = " ".join(tokens)
    return result


def make(paragraphs: list[str]) -> Article:
    return build_article([BlockDraft("paragraph", p) for p in paragraphs], title="Long", source="/long.txt")


def bench_anchoring(folder: Path, rng: random.Random) -> None:
    words = vocabulary(rng)
    original = long_article(rng, words)
    article = make(original)
    with Library(folder / "anchors.sqlite3") as library:
        article_id = library.articles.add(article).article_id
        text = article.text
        start = time.perf_counter()
        with library.db.write():
            for _ in range(1000):
                at = rng.randrange(0, len(text) - 120)
                library.annotations.add(article_id, at, at + rng.randint(15, 110), note="n", reader="Anna")
        print(
            f"anchoring: {article.word_count} words, {len(text)} characters, 1000 annotations "
            f"added in {time.perf_counter() - start:.2f} s"
        )
        anchors = [a.anchor for a in library.annotations.for_article(article_id)]
        changed = make(edited(rng, words, original))

        start = time.perf_counter()
        mapping = OffsetMap(text, changed.text)
        with_map = [place(a, changed.text, expected_start=mapping(a.start)) for a in anchors]
        mapped = time.perf_counter() - start
        start = time.perf_counter()
        without = [place(a, changed.text) for a in anchors]
        plain = time.perf_counter() - start
        start = time.perf_counter()
        result = library.articles.add(changed)
        reimport = time.perf_counter() - start
        r = result.reanchored
        gone = sum(a.exact not in changed.text for a in anchors)
        print(f"  {gone} of the 1000 quotes no longer occur verbatim (deleted or reworded passages)")
        verdict = "met" if mapped * 1000 <= 100 else "MISSED"
        print(
            f"  place() x1000 with the offset map:    {mapped * 1000:8.1f} ms  ({_methods(with_map)})"
            f"  goal <= 100 ms: {verdict}"
        )
        print(f"  place() x1000 without it:             {plain * 1000:8.1f} ms  ({_methods(without)})")
        print(
            f"  re-import (re-anchor + store + index): {reimport * 1000:7.1f} ms  "
            f"(unchanged {r.unchanged}, moved {r.moved}, fuzzy {r.fuzzy}, orphaned {r.orphaned})"
        )
        fuzzy = [
            Anchor(a.start, a.end, a.exact[:5] + "x" + a.exact[6:], a.prefix, a.suffix) for a in anchors[:100]
        ]
        start = time.perf_counter()
        found = sum(place(a, changed.text).anchored for a in fuzzy)
        print(
            f"  100 quotes each with a changed letter: {(time.perf_counter() - start) * 1000:7.1f} ms "
            f"({found} placed fuzzily, {100 - found} orphaned)"
        )

        loading = median_ms(
            lambda: (library.articles.get(article_id), library.annotations.for_article(article_id))
        )
        notes_only = median_ms(lambda: library.annotations.for_article(article_id))
        print(
            f"loading: an article of {changed.word_count} words with 1000 annotations: {loading:.1f} ms "
            f"(the annotations alone {notes_only:.1f} ms)"
        )


def _methods(placements: list[Placement]) -> str:
    counts: dict[str, int] = {}
    for p in placements:
        counts[p.method] = counts.get(p.method, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(7)
    import sqlite3

    print(f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        bench_search(Path(tmp), args.articles, rng)
        bench_anchoring(Path(tmp), rng)


if __name__ == "__main__":
    main()
