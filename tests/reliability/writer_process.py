"""A writer that the crash-safety test kills with SIGKILL at random moments.

Usage: ``python writer_process.py LIBRARY_PATH SEED``, then a line on standard input to start.

It opens (creating, the first time) the library, makes sure the test article
and its guide are there, prints ``ready``, then writes forever. After each
write has been committed (the call returned), and only then, it prints one
line saying what it wrote, and flushes:

``A <id> <k>``   added an annotation whose note is ``n<k>``
``E <id> <j>``   changed that annotation's note to ``e<j>`` (j grows within a run)
``d <id>``       is about to delete an annotation it added (not a promise: a warning)
``D <id>``       deleted it
``G <j>``        set guide question q1's text to ``g<j>`` (j grows across runs: read in the same write)
``R <n>``        re-imported the article (variant n), re-anchoring every annotation

Anything printed is therefore a promise the library must keep after the kill.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from guides.article import Article, BlockDraft, build_article  # noqa: E402
from guides.library import InvalidValueError, Library, LibraryBusyError  # noqa: E402

SOURCE = "/crash-test/article.txt"
PARAGRAPHS = [
    "Trust grows slowly in a marriage, one kept promise at a time, and it grows in small rooms.",
    "Listen when your partner is struggling, and do not rush to fix what they have not asked you to fix.",
    "Each evening, name one thing your partner did that you were grateful for, however small it was.",
    "Pray together when you can, even briefly, and let silence be part of the prayer.",
    "When you disagree, say what you heard before you say what you think about it.",
]
GUIDE = {
    "sections": [
        {"key": "talk", "questions": [{"id": "q1", "text": "What helps?"}, {"id": "q2", "text": "When?"}]},
    ]
}


def article(variant: int) -> Article:
    paragraphs = list(PARAGRAPHS)
    if variant % 2:
        paragraphs.insert(0, f"An opening added in variant {variant}.")
    return build_article([BlockDraft("paragraph", p) for p in paragraphs], title="Crash test", source=SOURCE)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    sys.stdin.readline()  # started early, imports done: wait for "go" so a kill can follow at once
    library = Library(path, busy_timeout=10.0)
    found = library.articles.find(source=SOURCE)
    article_id = found if found is not None else library.articles.add(article(0)).article_id
    if not library.guides.has(article_id, "couple"):
        library.guides.save_generated(article_id, "couple", GUIDE)
    say("ready")
    mine: list[int] = []
    k = j = 0
    while True:
        roll = rng.random()
        try:
            if roll < 0.55 or not mine:
                k += 1
                text = library.articles.text(article_id)
                start = rng.randrange(0, len(text) - 20)
                done = library.annotations.add(
                    article_id, start, start + rng.randint(3, 20), note=f"n{seed}x{k}", reader="Anna"
                )
                mine.append(done.value.id)
                say(f"A {done.value.id} {seed}x{k}")
            elif roll < 0.75:
                j += 1
                target = rng.choice(mine)
                library.annotations.edit(target, note=f"e{j}")
                say(f"E {target} {j}")
            elif roll < 0.83:
                target = mine.pop(rng.randrange(len(mine)))
                say(f"d {target}")  # about to delete: after a kill now, either state is right
                library.annotations.delete(target)
                say(f"D {target}")
            elif roll < 0.95:
                with library.db.write():
                    current = library.guides.get(article_id, "couple").guide["sections"][0]["questions"][0]
                    last = int(current["text"][1:]) if current["text"].startswith("g") else 0
                    library.guides.edit_text(article_id, "couple", "q1", f"g{last + 1}")
                say(f"G {last + 1}")
            else:
                variant = rng.randint(0, 9)
                library.articles.add(article(variant))
                say(f"R {variant}")
        except LibraryBusyError:
            continue  # the other writer held the library for ten seconds: try again
        except InvalidValueError:
            # The other writer re-imported a shorter version between reading the text
            # and adding the highlight, and the library refused the range: nothing was
            # written or acknowledged, so go on.
            continue


if __name__ == "__main__":
    main()
