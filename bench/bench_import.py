"""How long an import takes: a ~200 KB blog page and a 5,000-word plain-text article.

Prints the median of several runs of ``import_bytes`` on each, and of
``trafilatura.bare_extraction`` alone on the same page in the same process,
so the cost of everything Porchlight adds around trafilatura (decoding,
sanitising, the fallback walk, comment and spam cleaning, placing blocks) is
visible as a ratio. Run with ``.venv/bin/python bench/bench_import.py``.

The page and the article are generated here from word lists written for this
script, with a fixed seed, so every run measures the same input.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura

from guides.importing import import_bytes

RUNS = 7
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


def median_ms(run: Callable[[], object], runs: int = RUNS) -> float:
    run()  # warm caches and lazy imports, as the app does on its first import
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    page = build_page()
    text = build_text()
    html = page.decode("utf-8")

    article = import_bytes(page, name="supper.html")
    plain = import_bytes(text, name="supper.txt")
    page_ms = median_ms(lambda: import_bytes(page, name="supper.html"))
    text_ms = median_ms(lambda: import_bytes(text, name="supper.txt"))
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

    comments = len(article.comments)
    spam = sum(1 for c in article.comments if c.spam)
    print(f"median of {RUNS} runs after one warm-up, Python {sys.version.split()[0]}")
    print(
        f"HTML page   {len(page) / 1024:6.0f} KB  import_bytes {page_ms:7.1f} ms  "
        f"({article.word_count} words kept, {len(article.blocks)} blocks, "
        f"{comments} comments set aside, {spam} of them spam)"
    )
    print(f"            trafilatura.bare_extraction alone {bare_ms:7.1f} ms  ratio {page_ms / bare_ms:4.2f}x")
    print(
        f"plain text  {len(text) / 1024:6.0f} KB  import_bytes {text_ms:7.1f} ms  "
        f"({_words(text.decode())} words in, {plain.word_count} kept, {len(plain.blocks)} blocks)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
