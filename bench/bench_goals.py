"""Porchlight beside the real thing, goal by goal: the table ``make bench`` prints first.

For each goal of issue 19 this prints Porchlight's median, the baseline's
median measured alternately in the same run (ours, theirs, ours, theirs ...,
so that a busy shared machine slows both alike), their ratio and the goal,
and says plainly whether the goal is met or MISSED:

* start to a fully ready window (the last article read shown, its guide
  shown, 1,000 articles listed, nothing left running), whole process, and the
  first frame (the saved last screen), against a bare PySide6 window with a
  QTextBrowser; peak memory of the same two processes;
* article to guide (import a page as HTML, analyse, the group guide) at
  5,000, 20,000 and 50,000 words, against trafilatura's extraction of the
  same page;
* a 20-page leader worksheet against raw reportlab laying out the same words
  in the same fonts (plain paragraphs and ruled lines);
* search in 10,000 articles against a raw FTS5 query on the same index;
  listing them against a plain metadata table;
* re-anchoring 1,000 notes after a moderate edit of a 20,000-word article
  (a goal in milliseconds: there is no baseline).

Each process start is a fresh interpreter with the bytecode cached, as an
installed app has it. The inputs are generated here with fixed seeds.
Figures only: nothing here is a test.

    .venv/bin/python bench/bench_goals.py [--runs 7] [--only start,guide,worksheet,library]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

RUNS = 7


@dataclass
class Row:
    what: str
    ours: float
    base: float | None
    base_name: str
    goal: float | None  # a ratio, or with ``absolute`` a number in the row's unit
    unit: str = "ms"
    absolute: bool = False

    @property
    def ratio(self) -> float | None:
        return self.ours / self.base if self.base else None

    def verdict(self) -> str:
        if self.goal is None:
            return "(no goal)"
        value = self.ours if self.absolute else self.ratio
        if value is None:
            return "not measured"
        return "met" if value <= self.goal else "MISSED"


ROWS: list[Row] = []


def report(row: Row) -> None:
    ROWS.append(row)
    base = f"{row.base:9.1f} {row.unit}" if row.base is not None else " " * 12
    ratio = f"{row.ratio:6.2f}x" if row.ratio is not None else "       "
    goal = ""
    if row.goal is not None:
        goal = f"goal {'<=' if row.absolute else ''}{row.goal:g}{' ' + row.unit if row.absolute else 'x'}"
    print(f"  {row.what:<44} {row.ours:9.1f} {row.unit}  {base}  {ratio}  {goal:<14} {row.verdict()}")
    print(f"  {'':<44} baseline: {row.base_name}")


def alternately(ours: Callable[[], object], base: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median milliseconds of ``ours`` and ``base``, run in turn after one warm-up of each."""
    ours()
    base()
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        for action, times in ((ours, mine), (base, theirs)):
            start = time.perf_counter()
            action()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(mine), statistics.median(theirs)


# --- start ----------------------------------------------------------------------------------


def _child(code: str, env: dict[str, str]) -> tuple[float, list[str], float]:
    """(wall seconds from spawn to exit, what it printed, peak memory in MiB) of one child."""
    env = {**env, "BENCH_T0": repr(time.time())}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}): {out!r}")
    return wall, out.split(), usage.ru_maxrss / 1024


def bench_start(runs: int) -> None:
    from bench_startup import BARE, app_script, make_library

    print("\nstart (whole processes, offscreen Qt; a 1,000-article library, its last article opened)")
    with tempfile.TemporaryDirectory(prefix="porchlight-bench-") as folder:
        home = Path(folder) / "home"
        make_library(home, 1000)
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache"),
            "PORCHLIGHT_HOME": str(home),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": str(ROOT),
        }
        # Warm-up: the bytecode, the disk cache, and a first start that analyses the article,
        # keeps its marks and closes the window as a reader does (which saves the last screen).
        app = app_script(with_guide=True)
        _child(app, {**env, "BENCH_CLOSE": "1"})
        _child(BARE, env)
        _child(app, env)
        walls: dict[str, list[float]] = {"app": [], "bare": []}
        firsts: dict[str, list[float]] = {"app": [], "bare": []}
        readies: list[float] = []
        peaks: dict[str, list[float]] = {"app": [], "bare": []}
        for _ in range(runs):
            wall, out, peak = _child(BARE, env)
            walls["bare"].append(wall * 1000)
            firsts["bare"].append(float(out[0]) * 1000)
            peaks["bare"].append(peak)
            wall, out, peak = _child(app, env)
            assert int(out[2]) == 1000, out
            walls["app"].append(wall * 1000)
            firsts["app"].append(float(out[0]) * 1000)
            readies.append(float(out[1]) * 1000)
            peaks["app"].append(peak)
    m = statistics.median
    bare_window = "bare PySide6 window with a QTextBrowser, whole process"
    report(Row("start to a fully ready window (whole process)", m(walls["app"]), m(walls["bare"]),
               bare_window, 1.3))  # fmt: skip
    print(f"  {'':<44} (ready {m(readies):.0f} ms after the start, the process ended after that)")
    report(Row("first frame (the saved last screen)", m(firsts["app"]), m(firsts["bare"]),
               "the bare window's first painted frame", 1.3))  # fmt: skip
    report(Row("peak memory at start", m(peaks["app"]), m(peaks["bare"]), "the bare window", 1.5, unit="MiB"))


# --- article to guide ------------------------------------------------------------------------


def guide_page(words: int, seed: int = 7) -> bytes:
    """A web page holding a generated article of about ``words`` words (bench_guide's sentences)."""
    import bench_guide

    bench_guide.TARGET_WORDS = words
    text = bench_guide.make_article(seed).decode()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = [f"<h1>{escape(paragraphs[0])}</h1>"]
    for p in paragraphs[1:]:
        body.append(f"<h2>{escape(p)}</h2>" if p.startswith("Part ") else f"<p>{escape(p)}</p>")
    menu = "".join(f"<li><a href='/topic/{i}'>Topic {i}</a></li>" for i in range(20))
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Small Things, Kept Daily</title></head>"
        f"<body><nav><ul>{menu}</ul></nav><main><article>{''.join(body)}</article></main>"
        "<footer><p>© 2024 Porch and Table</p></footer></body></html>"
    )
    return page.encode("utf-8")


def bench_guide(runs: int) -> None:
    import trafilatura

    from guides.guide import GuideOptions, generate_guide
    from guides.importing import import_bytes

    print("\narticle to guide (import the page, analyse, the group guide), in one warm process")
    for words in (5000, 20000, 50000):
        data = guide_page(words)
        html = data.decode("utf-8")

        def ours(data: bytes = data) -> None:
            article = import_bytes(data, name="article.html")
            generate_guide(article, GuideOptions(audience="group"))

        ours_ms, base_ms = alternately(ours, lambda html=html: trafilatura.extract(html), runs)  # type: ignore[misc]
        report(Row(f"article to guide, {words:,} words", ours_ms, base_ms,
                   "trafilatura.extract of the same page", 2.0))  # fmt: skip


# --- worksheet ---------------------------------------------------------------------------------


def bench_worksheet(runs: int) -> None:
    from bench_worksheet import WORDS_20_PAGES, make_article, pages, raw_plain_pdf

    from guides.guide import GuideOptions, generate_guide
    from guides.worksheet.editions import WorksheetOptions
    from guides.worksheet.fonts import load_typefaces
    from guides.worksheet.render import make_worksheet, render_worksheet_pdf

    article = make_article(WORDS_20_PAGES, seed=11)
    guide = generate_guide(article, GuideOptions(audience="group"))
    include = frozenset({"passages", "scripture", "article"})
    options = WorksheetOptions(edition="leader", paper="letter", fillable=True, include=include)
    faces = load_typefaces()
    ws = make_worksheet(guide, options, article=article)
    ours_pdf = io.BytesIO()
    render_worksheet_pdf(guide, ours_pdf, options, article=article)
    _raw, raw_pages = raw_plain_pdf(ws, faces)
    pages_ours = pages(ours_pdf.getvalue())
    print(
        f"\nworksheet (the leader's edition with the article appendix: {pages_ours} pages; raw: {raw_pages})"
    )
    ours_ms, base_ms = alternately(
        lambda: render_worksheet_pdf(guide, io.BytesIO(), options, article=article),
        lambda: raw_plain_pdf(ws, faces),
        runs,
    )
    report(Row("20-page leader worksheet", ours_ms, base_ms,
               "raw reportlab: the same words and fonts, plain paragraphs and lines", 1.3))  # fmt: skip


# --- library -----------------------------------------------------------------------------------


def bench_library_goals(runs: int) -> None:
    import bench_library as bl

    from guides.library import Library, OffsetMap, place
    from guides.library.anchoring import anchor_at
    from guides.library.search import fts_query

    rng = random.Random(7)
    words = bl.vocabulary(rng)
    print("\nlibrary (10,000 generated articles)")
    with (
        tempfile.TemporaryDirectory(prefix="porchlight-bench-") as folder,
        Library(Path(folder) / "library.sqlite3") as library,
    ):
        phrase = ""
        with library.db.write():
            for n in range(10_000):
                drafts = [
                    bl.BlockDraft("paragraph", bl.paragraph(rng, words, rng.randint(40, 90)))
                    for _ in range(5)
                ]
                title = bl.paragraph(rng, words, 4)
                article = bl.build_article(drafts, title=title, source=f"/gen/{n}.txt")
                library.articles.add(article, tags=[f"tag{n % 20}"])
                if n == 5000:
                    phrase = " ".join(drafts[2].text.split()[3:5])
        conn = library.db.connection
        raw = (
            "SELECT rowid, snippet(search_index, -1, '[', ']', '…', 16) FROM search_index"
            " WHERE search_index MATCH ? ORDER BY rank LIMIT 50"
        )
        queries = {
            "a common word": "people",
            "a rare word": words[17],
            "two words": f"{words[5]} {words[400]}",
            "a phrase": f'"{phrase}"',
            "a prefix": words[30][:3] + "*",
        }
        for label, query in queries.items():
            ours_ms, base_ms = alternately(
                lambda q=query: library.search(q),  # type: ignore[misc]
                lambda q=query: conn.execute(raw, (fts_query(q),)).fetchall(),  # type: ignore[misc]
                runs * 2,
            )
            raw_name = "raw FTS5 MATCH ... ORDER BY rank LIMIT 50"
            report(Row(f"search, {label}", ours_ms, base_ms, raw_name, 1.5))

        plain = sqlite3.connect(":memory:")
        columns = (
            "id, uid, title, source, author, site, date, language, word_count,"
            " added_at, updated_at, opened_at"
        )
        listing = f"SELECT {columns} FROM meta ORDER BY added_at DESC, id DESC"
        plain.execute(f"CREATE TABLE meta ({columns})")
        plain.executemany(
            "INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            conn.execute(f"SELECT {columns} FROM articles").fetchall(),
        )
        ours_ms, base_ms = alternately(
            library.articles.all,
            lambda: plain.execute(listing).fetchall(),
            runs,
        )
        report(Row("listing 10,000 articles", ours_ms, base_ms, "a plain metadata table, fetched", None))

    original = bl.long_article(rng, words)
    text = bl.make(original).text
    anchors = []
    for _ in range(1000):
        at = rng.randrange(0, len(text) - 120)
        anchors.append(anchor_at(text, at, at + rng.randint(15, 110)))
    changed = bl.make(bl.edited(rng, words, original)).text

    def reanchor() -> None:
        moved = OffsetMap(text, changed)
        for a in anchors:
            place(a, changed, expected_start=moved(a.start))

    reanchor()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        reanchor()
        times.append((time.perf_counter() - start) * 1000)
    report(Row("re-anchoring 1,000 notes after an edit", statistics.median(times), None,
               "none (a goal in milliseconds)", 100, absolute=True))  # fmt: skip


PARTS = ("start", "guide", "worksheet", "library")
"""The parts ``--only`` chooses from, in the order they run."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--only", default=",".join(PARTS), help=f"some of: {', '.join(PARTS)}")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    unknown = parts - set(PARTS)
    if unknown:  # a misspelt part would print an empty table that reads as "no goal missed"
        parser.error(f"--only takes {', '.join(PARTS)}; not {', '.join(sorted(unknown))}")
    print(f"Porchlight against its baselines: medians of {args.runs} runs, each pair timed in turn")
    print(f"  {'what':<44} {'Porchlight':>12}  {'baseline':>12}  {'ratio':>7}  goal")
    if "start" in parts:
        bench_start(args.runs)
    if "guide" in parts:
        bench_guide(args.runs)
    if "worksheet" in parts:
        bench_worksheet(args.runs)
    if "library" in parts:
        bench_library_goals(args.runs)
    missed = [r.what for r in ROWS if r.verdict() == "MISSED"]
    met = [r.what for r in ROWS if r.verdict() == "met"]
    named = f" ({'; '.join(missed)})" if missed else ""
    print(f"\ngoals met: {len(met)}; goals MISSED: {len(missed)}{named}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
