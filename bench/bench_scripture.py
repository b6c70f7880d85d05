"""How long finding references and looking up their verses takes.

Prints, for a 5,000-word article written here (prose with references in
mixed forms): the cold first call in a fresh interpreter (reading the
versification and the Bible text), the warm cost of find_references plus a
lookup of every reference, and pythonbible's own parser on the same text in
the same process when pythonbible is installed. Figures only; nothing is
asserted.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from guides.scripture import find_references, lookup  # noqa: E402

_PARAGRAPHS = [
    "Trust grows in small moments. When one of you keeps a promise about the dishes or the "
    "phone call home, the other learns that words and deeds belong together. Paul describes "
    "love in 1 Cor. 13:4–7 as patient and kind, and that is where most couples start.",
    "Genesis 2:24 and Matt. 19:5 both say that a man leaves his father and mother. Leaving "
    "is not only moving out; it is choosing each other first when the family calls. Read "
    "Eph 5:21-33 together, then vv. 31-33 again, slowly.",
    "Some evenings are hard. Work follows you home, the children are tired, and nobody has "
    "the energy for a long talk. Psalm 23 reminds us that rest is given, not earned, and "
    "Prov. 3:5-6, 31:10-12 (NIV) speak of trust that does not lean on our own understanding.",
    "Ask each other what helped this week. Name one thing you noticed and thank your spouse "
    "for it. Small thanks build the kind of trust that lets hard conversations happen.",
    "The Spanish-speaking group used Efesios 5:25 and Juan 15:12 y 1 Juan 4:8, while the "
    "Portuguese group read Provérbios 3:5 and I Coríntios 7:3. Mark my words: the same "
    "questions worked in every room, and nobody had to be an expert.",
]


def article(words: int = 5000) -> str:
    parts: list[str] = []
    count = 0
    while count < words:
        for paragraph in _PARAGRAPHS:
            parts.append(paragraph)
            count += len(paragraph.split())
    return "\n\n".join(parts)


_COLD = """
import time
t0 = time.perf_counter()
from guides.scripture import find_references, lookup
t1 = time.perf_counter()
refs = find_references("See 1 Cor. 13:4-7 and Psalm 23.")
t2 = time.perf_counter()
lookup(refs[0])
t3 = time.perf_counter()
lookup(refs[1])
t4 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f} {(t3 - t2) * 1000:.1f} {(t4 - t3) * 1000:.3f}")
"""


def cold() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _COLD], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    imported, first_find, first_lookup, second_lookup = (float(x) for x in out)
    print("cold, fresh interpreter:")
    print(f"  import guides.scripture          {imported:8.1f} ms")
    print(f"  first find_references            {first_find:8.1f} ms  (name table, regex, versification)")
    print(f"  first lookup                     {first_lookup:8.1f} ms  (reads the Bible text)")
    print(f"  second lookup                    {second_lookup:8.3f} ms")


def timed(function: object, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def warm(text: str) -> None:
    references = find_references(text)
    for r in references:
        lookup(r)

    def ours() -> None:
        for r in find_references(text):
            lookup(r)

    print(f"warm, {len(text.split()):,} words, {len(references)} references:")
    print(f"  find_references                  {timed(lambda: find_references(text), 20):8.1f} ms")
    print(f"  find_references + lookup of each {timed(ours, 20):8.1f} ms")
    try:
        import pythonbible
    except ImportError:
        print("  pythonbible.get_references       (pythonbible not installed; skipped)")
        return
    try:
        theirs = pythonbible.get_references(text)
    except Exception as error:  # it raises on some texts
        print(f"  pythonbible.get_references       failed: {type(error).__name__}: {error}")
        return
    print(
        f"  pythonbible.get_references       {timed(lambda: pythonbible.get_references(text), 5):8.1f} ms"
        f"  ({len(theirs)} references, no spans)"
    )


def main() -> None:
    cold()
    warm(article())


if __name__ == "__main__":
    main()
