"""How long an import takes: a web page copied as text, a ~200 KB saved page, a 5,000-word article.

Prints the median of several runs of ``import_bytes`` on each input, twice:
with this checkout's ``guides`` ("after") and with the ``guides`` of the
commit this branch started from ("before", ``git merge-base HEAD main``, or
the ref in ``PORCHLIGHT_BENCH_BASELINE``), each in its own Python process,
the two run in turns in the same run so that both see the same machine load.
Without git or the baseline ref, only "after" is printed. Beside them is
``trafilatura.bare_extraction`` alone on the saved page, so the cost of what
Porchlight adds around trafilatura is visible as a ratio.

The inputs are generated here from word lists written for this script, with
a fixed seed, so every run measures the same input: the pasted page has what
a Ctrl+A copy of a blog post carries (skip link, site name, menu, category,
byline, share rows, related posts, tags, 40 comments, the reply form, a
sidebar and a footer) around a 5,000-word post. Run with
``.venv/bin/python bench/bench_import.py``.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from html import escape
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura

from guides.importing import import_bytes

ROOT = Path(__file__).resolve().parents[1]

RUNS = 7
ROUNDS = 9
"""Turns taken by "before" and "after"; each turn times RUNS // 2 + 1 imports of each input."""
PAGE_TARGET_BYTES = 200 * 1024
TEXT_WORDS = 5000

_SUBJECTS = [
    "a marriage", "the small group", "our kitchen table", "a hard conversation", "the neighbours",
    "a tired parent", "the Thursday supper", "an old friendship", "the habit of listening", "a quiet apology",
    "trust", "forgiveness", "the washing up", "a long walk", "the children",
]  # fmt: skip
_VERBS = [
    "grows", "needs", "survives", "asks for", "depends on", "recovers through", "is shaped by",
    "slowly learns", "keeps returning to", "is tested by",
]  # fmt: skip
_OBJECTS = [
    "small kindnesses repeated", "one more honest question", "patience on ordinary days",
    "a meal shared without hurry", "the courage to name what hurts", "time set aside on purpose",
    "a promise kept when nobody is watching", "laughter after a bad week", "prayer at the end of the day",
    "a walk around the block together",
]  # fmt: skip
_TAILS = [
    "", " more than we expect", " in ways we rarely notice", ", even when it is inconvenient",
    ", and that is good news", " long before anyone says so", ", week after week",
]  # fmt: skip
_NAMES = ["Ana", "Marta", "Tom", "Inés", "Kwame", "Priya", "Jonas", "Ruth", "Samuel", "Lucía", "Grace", "Ben"]
_SPAM = [
    "Great post! Visit my site for cheap followers and backlinks www.example-spam.biz",
    "Nice article. I make $500 a day from home, click here to learn how.",
    "¡{Hola|Hey|Qué tal}! {Buen|Gran} artículo, {gracias|muchas gracias}.",
    "Best replica watches, free shipping, buy now at discount prices.",
]


def _sentence(rng: random.Random) -> str:
    text = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}{rng.choice(_TAILS)}."
    return text[0].upper() + text[1:]


def _paragraph(rng: random.Random, sentences: tuple[int, int] = (3, 7)) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(*sentences)))


def _words(text: str) -> int:
    return len(text.split())


def build_page(seed: int = 1) -> bytes:
    """A blog post page as a CMS would serve it: head, nav, sidebar, long article, 40 comments, footer."""
    rng = random.Random(seed)
    head = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>What Thursday Suppers Taught Us About Trust | Porch and Table</title>",
        "<meta name='author' content='Ruth Okafor'><meta property='og:type' content='article'>",
        "<meta name='description' content='Notes from three winters of shared suppers.'>",
        "<style>" + "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px}}" for i in range(400)) + "</style>",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>",
        "</head><body class='post-template single'>",
    ]
    nav = ["<header class='site-header'><nav class='menu main-nav'><ul>"]
    nav += [f"<li class='menu-item'><a href='/topic/{i}'>Topic {i}</a></li>" for i in range(30)]
    nav.append("</ul></nav></header>")
    sidebar = ["<aside class='sidebar widget-area'><section class='widget'><h3>Recent posts</h3><ul>"]
    sidebar += [f"<li><a href='/post/{i}'>{escape(_sentence(rng))}</a></li>" for i in range(25)]
    sidebar.append("</ul></section><section class='widget tags'><h3>Tags</h3>")
    sidebar += [f"<a class='tag' href='/tag/{i}'>tag{i}</a> " for i in range(60)]
    sidebar.append("</section></aside>")

    article = [
        "<main id='content'><article class='post'><h1 class='entry-title'>"
        "What Thursday Suppers Taught Us About Trust</h1>",
        "<div class='byline'>By <span class='author'>Ruth Okafor</span> · "
        "<time datetime='2024-03-01'>March 1, 2024</time></div><div class='entry-content'>",
    ]
    for section in range(12):
        article.append(f"<h2>{escape(_sentence(rng).rstrip('.'))}</h2>")
        for _ in range(rng.randint(4, 7)):
            body = escape(_paragraph(rng))
            if rng.random() < 0.3:
                body = body.replace(" ", " <em>", 1).replace(".", "</em>.", 1)
            article.append(f"<p class='c{rng.randrange(400)}'>{body}</p>")
        if section % 3 == 0:
            article.append("<ul>" + "".join(f"<li>{escape(_sentence(rng))}</li>" for _ in range(5)) + "</ul>")
        if section % 4 == 1:
            article.append(f"<blockquote><p>{escape(_paragraph(rng, (1, 2)))}</p></blockquote>")
        if section % 5 == 2:
            article.append(f"<h3>{escape(_sentence(rng).rstrip('.'))}</h3><ol>")
            article.append("".join(f"<li>{escape(_sentence(rng))}</li>" for _ in range(4)) + "</ol>")
    article.append("</div></article>")

    comments = [
        "<section id='comments' class='comments-area'><h2 class='comments-title'>40 Comments</h2><ol>"
    ]
    for number in range(40):
        spam = number % 4 == 3
        author = "cheap followers" if spam else rng.choice(_NAMES)
        text = _SPAM[number % len(_SPAM)] if spam else _paragraph(rng, (1, 3))
        comments.append(
            f"<li id='comment-{number}' class='comment'><article class='comment-body'>"
            f"<footer class='comment-meta'><b class='fn'>{escape(author)}</b> "
            f"<time datetime='2024-03-{number % 28 + 1:02d}'>March {number % 28 + 1}, 2024</time></footer>"
            f"<div class='comment-content'><p>{escape(text)}</p></div>"
            f"<div class='reply'><a class='comment-reply-link' href='#respond'>Reply</a></div></article></li>"
        )
    comments.append("</ol></section></main>")
    footer = ["<footer class='site-footer'><p>© 2024 Porch and Table</p>"]
    page = "".join(head + nav + sidebar + article + comments + footer)
    # Pad with the kind of tracking script real pages carry, to reach the target size.
    padding = max(0, PAGE_TARGET_BYTES - len(page.encode()) - 40)
    script = "<script>var cfg=" + ('{"k":"' + "x" * 60 + '"},') * (padding // 68) + "0;</script>"
    return (page + script + "</footer></body></html>").encode("utf-8")


def build_text(seed: int = 2) -> bytes:
    rng = random.Random(seed)
    paragraphs = ["What Thursday Suppers Taught Us About Trust"]
    words = 0
    while words < TEXT_WORDS:
        paragraph = _paragraph(rng, (4, 8))
        paragraphs.append(paragraph)
        words += _words(paragraph)
    return "\n\n".join(paragraphs).encode("utf-8")


def _post_title(rng: random.Random) -> str:
    """A post's title as blogs write them: a few words, each capitalised."""
    words = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}".split()[:7]
    small = {"a", "an", "the", "of", "by", "to", "on", "at", "for", "and"}
    return " ".join(w if w in small and i else w[:1].upper() + w[1:] for i, w in enumerate(words))


def build_paste(seed: int = 3) -> bytes:
    """A blog post page selected with Ctrl+A and pasted as text: furniture, the post, 40 comments, sidebar."""
    rng = random.Random(seed)
    title = "What Thursday Suppers Taught Us About Trust"
    lines = [
        "Skip to content", "Porch and Table", "Notes from three winters of shared suppers",
        "Home", "About", "Blog", "Recipes", "Contact", "Subscribe", "Search for:", "Faith & Family", "",
        title, "", "Posted on March 1, 2024 by Ruth Okafor", "Leave a comment", "",
    ]  # fmt: skip
    words = 0
    section = 0
    while words < TEXT_WORDS:
        section += 1
        lines += [_sentence(rng).rstrip("."), ""]
        for _ in range(rng.randint(4, 7)):
            paragraph = _paragraph(rng)
            lines += [paragraph, ""]
            words += _words(paragraph)
        if section % 3 == 0:
            lines += [f"{n}. {_sentence(rng)}" for n in range(1, 5)] + [""]
        if section % 4 == 1:
            lines += [f"Photo by {rng.choice(_NAMES)} Berg on Unsplash", ""]
    lines += [
        "Share this:", "", "Facebook", "X", "Email", "", "Like this:", "", "Like Loading...", "",
        "Related", "", *[f"{_post_title(rng)}\nFebruary {d}, 2024\nIn \"Faith & Family\"" for d in (3, 9)],
        "", "Posted in Faith & Family | Tagged suppers, trust, neighbours", "", "Post navigation",
        "Previous Post: Bread for the Neighbours", "Next Post: A Sabbath in August", "",
        f"40 thoughts on “{title}”", "",
    ]  # fmt: skip
    for number in range(40):
        spam = number % 4 == 3
        author = "cheap followers" if spam else rng.choice(_NAMES)
        text = _SPAM[number % len(_SPAM)] if spam else _paragraph(rng, (1, 3))
        when = f"March {number % 28 + 1}, 2024 at 8:{number % 60:02d} am"
        lines += [f"{author} says:", when, text, "", "Reply", ""]
    lines += [
        "Leave a Reply Cancel reply", "",
        "Your email address will not be published. Required fields are marked *", "", "Comment *", "",
        "Name *", "", "Email *", "", "Website", "", "Post Comment", "",
        "Recent Posts", *[_post_title(rng) for _ in range(5)], "", "Archives", "March 2024",
        "February 2024", "", "© 2024 Porch and Table", "Proudly powered by WordPress",
    ]  # fmt: skip
    return "\n".join(lines).encode("utf-8")


def median_ms(run: Callable[[], object], runs: int = RUNS) -> float:
    run()  # warm caches and lazy imports, as the app does on its first import
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


# --- "before" and "after", each in its own process, in turns ---------------------------------

_WORKER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from guides.importing import import_bytes
inputs = json.loads(sys.argv[2])
data = {name: open(path, "rb").read() for name, (path, _) in inputs.items()}
seen = {}
for name, (_, filename) in inputs.items():
    article = import_bytes(data[name], name=filename)  # warm-up: lazy imports, caches
    seen[name] = {"title": article.title, "words": article.word_count, "removed": len(article.removed)}
print(json.dumps(seen), flush=True)
for line in sys.stdin:
    count = int(line)
    times = {}
    for name, (_, filename) in inputs.items():
        runs = []
        for _ in range(count):
            start = time.perf_counter()
            import_bytes(data[name], name=filename)
            runs.append(time.perf_counter() - start)
        times[name] = runs
    print(json.dumps(times), flush=True)
"""


def baseline_source(into: Path) -> str | None:
    """Unpack the baseline commit's ``guides`` into ``into``; its ref, or None when there is no git."""
    ref = os.environ.get("PORCHLIGHT_BENCH_BASELINE")
    try:
        if not ref:
            ref = subprocess.run(
                ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout.strip()
        archive = subprocess.run(
            ["git", "archive", ref, "guides"], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return ref[:10]


def compare(
    inputs: dict[str, tuple[str, str]], before_root: Path | None
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, dict[str, object]]]]:
    """Median ms per input for "after" (and "before" when given), timed in alternating turns,
    and what each side made of each input (title, words kept, pieces removed)."""
    env = {**os.environ, "PORCHLIGHT_RESOURCES": str(ROOT / "resources")}
    roots = {"after": ROOT} | ({"before": before_root} if before_root is not None else {})
    workers = {
        side: subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(root), json.dumps(inputs)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for side, root in roots.items()
    }
    seen = {}
    for side, worker in workers.items():
        assert worker.stdout is not None
        seen[side] = json.loads(worker.stdout.readline())
    times: dict[str, dict[str, list[float]]] = {side: {name: [] for name in inputs} for side in workers}
    per_turn = RUNS // 2 + 1
    for turn in range(ROUNDS):
        order = list(workers) if turn % 2 == 0 else list(reversed(workers))
        for side in order:
            worker = workers[side]
            assert worker.stdin is not None and worker.stdout is not None
            worker.stdin.write(f"{per_turn}\n")
            worker.stdin.flush()
            for name, runs in json.loads(worker.stdout.readline()).items():
                times[side][name].extend(runs)
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait(timeout=60)
    medians = {side: {n: statistics.median(t) * 1000 for n, t in by.items()} for side, by in times.items()}
    return medians, seen


def main() -> int:
    paste = build_paste()
    page = build_page()
    text = build_text()
    html = page.decode("utf-8")

    pasted = import_bytes(paste, name="supper-pasted.txt")
    article = import_bytes(page, name="supper.html")
    plain = import_bytes(text, name="supper.txt")
    bare_ms = median_ms(
        lambda: trafilatura.bare_extraction(
            html,
            favor_precision=True,
            include_comments=True,
            include_formatting=True,
            include_links=True,
            include_tables=True,
            include_images=False,
            with_metadata=True,
            deduplicate=False,
        )
    )
    with tempfile.TemporaryDirectory(prefix="porchlight-bench-") as tmp:
        folder = Path(tmp)
        inputs = {}
        for name, data, filename in (
            ("paste", paste, "supper-pasted.txt"),
            ("page", page, "supper.html"),
            ("text", text, "supper.txt"),
        ):
            path = folder / filename
            path.write_bytes(data)
            inputs[name] = (str(path), filename)
        (folder / "before").mkdir()
        ref = baseline_source(folder / "before")
        medians, seen = compare(inputs, folder / "before" if ref else None)

    def figures(name: str) -> str:
        after = medians["after"][name]
        if "before" not in medians:
            return f"after {after:7.1f} ms"
        before = medians["before"][name]
        return f"before {before:7.1f} ms  after {after:7.1f} ms  ({after / before:4.2f}x)"

    comments = len(article.comments)
    spam = sum(1 for c in article.comments if c.spam)
    pasted_spam = sum(1 for c in pasted.comments if c.spam)
    print(
        f"import_bytes, median of {ROUNDS * (RUNS // 2 + 1)} runs in {ROUNDS} alternating turns after one "
        f"warm-up, Python {sys.version.split()[0]}; before = {ref or 'not available (no git baseline)'}"
    )
    print(
        f"pasted page {len(paste) / 1024:6.0f} KB  {figures('paste')}\n"
        f"            title “{pasted.title}”, {pasted.word_count} words kept, {len(pasted.blocks)} blocks, "
        f"{len(pasted.removed)} pieces removed ({len(pasted.comments)} comments, {pasted_spam} spam)"
    )
    if "before" in seen:
        old = seen["before"]["paste"]
        print(
            f"            before: title “{old['title']}”, {old['words']} words kept, "
            f"{old['removed']} pieces removed"
        )
    print(
        f"HTML page   {len(page) / 1024:6.0f} KB  {figures('page')}\n"
        f"            {article.word_count} words kept, {len(article.blocks)} blocks, {comments} comments set "
        f"aside ({spam} spam), {len(article.removed) - comments} other pieces listed"
    )
    print(
        f"            trafilatura.bare_extraction alone {bare_ms:7.1f} ms  "
        f"ratio {medians['after']['page'] / bare_ms:4.2f}x"
    )
    print(
        f"plain text  {len(text) / 1024:6.0f} KB  {figures('text')}\n"
        f"            {_words(text.decode())} words in, {plain.word_count} kept, {len(plain.blocks)} blocks"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
