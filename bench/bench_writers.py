"""The engine's own overhead around a model: plan, prompt, reading the reply, the checks.

Writing help costs a model's seconds; this measures what Porchlight adds around
them, beside the rules writer's guide from the same analysis (the baseline,
run alternately with the overhead in the same loop so both see the same
machine). Articles: a corpus article (about 600 words) and the 5,000-word
article of ``bench_guide.py``; for each audience, a reply that fills every
slot with a question that passes the checks, so every check runs in full.

Run with ``.venv/bin/python bench/bench_writers.py``. Figures vary by machine;
nothing here asserts on them.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench_guide import make_article  # noqa: E402
from writer_support import good_questions, reply_text  # noqa: E402

from guides.analysis.analyze import analyze  # noqa: E402
from guides.guide.generator import generate_guide  # noqa: E402
from guides.guide.model import GuideOptions  # noqa: E402
from guides.guide.plan import plan_guide  # noqa: E402
from guides.importing import import_bytes, import_source  # noqa: E402
from guides.writers.compose import compose  # noqa: E402
from guides.writers.prompt import build_prompt  # noqa: E402
from guides.writers.reply import read_reply  # noqa: E402
from guides.writers.write import Prepared  # noqa: E402

RUNS = 15


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure(label: str, article_path: Path | None) -> None:
    if article_path is None:
        article = import_bytes(make_article(), name="article.txt")
    else:
        article = import_source(str(article_path))
    analysis = analyze(article)
    print(f"\n{label}: {article.word_count} words")
    heads = ("rules guide", 12), ("plan", 7), ("prompt", 8), ("read", 7), ("checks", 8), ("overhead", 9)
    print(f"{'audience':9} " + " ".join(f"{h:>{w}}" for h, w in heads))
    for audience in ("group", "couple", "session"):
        options = GuideOptions(audience=audience)  # type: ignore[arg-type]
        rules = generate_guide(article, options, analysis=analysis)
        reply = reply_text(good_questions(Prepared(article, analysis, plan_guide(article, analysis, rules))))
        figures: dict[str, list[float]] = {
            k: [] for k in ("rules", "plan", "prompt", "read", "checks", "all")
        }
        for _ in range(RUNS):
            start = time.perf_counter()
            rules = generate_guide(article, options, analysis=analysis)  # the baseline
            figures["rules"].append(_ms(start))
            start = time.perf_counter()
            plan = plan_guide(article, analysis, rules)
            figures["plan"].append(_ms(start))
            mark = time.perf_counter()
            build_prompt(plan, article, analysis)
            figures["prompt"].append(_ms(mark))
            mark = time.perf_counter()
            parsed = read_reply(reply)
            figures["read"].append(_ms(mark))
            mark = time.perf_counter()
            _guide, report = compose(plan, parsed, "bench-model", article, analysis)
            figures["checks"].append(_ms(mark))
            figures["all"].append(_ms(start))
        assert report.written == len(plan.slots), report.lines()  # every check ran and passed
        m = {k: statistics.median(v) for k, v in figures.items()}
        print(
            f"{audience:9} {m['rules']:9.1f} ms {m['plan']:5.2f} ms {m['prompt']:6.2f} ms "
            f"{m['read']:5.2f} ms {m['checks']:6.2f} ms {m['all']:6.2f} ms  ({len(plan.slots)} questions)"
        )


def main() -> None:
    print(f"median of {RUNS} runs, the rules guide (baseline) and the overhead taking turns")
    measure(
        "corpus 01 (a devotional)", ROOT / "tests" / "fixtures" / "corpus" / "01-kindness-builds-trust.txt"
    )
    measure("the 5,000-word article of bench_guide.py", None)


if __name__ == "__main__":
    main()
