"""The guide-quality corpus: articles the team wrote, each with an answer key a careful reader agrees with.

``tests/fixtures/corpus/NN-slug.txt`` (or ``.md``) is an article in a form people bring (a devotional,
a sermon transcript, an advice column with two letters, a parenting list, a Bible study with printed
questions, Spanish ones ...); ``NN-slug.expect.toml`` says what each notable sentence is doing (a
hedge, a rhetorical question, a note on wording, a reader's letter, a promotion ...), which sentences
could be the thesis, and which passages of scripture need care or are only listed. Every string in a
key is an exact substring of its article. The keys were written alongside the articles, before the
reading stage was tuned on them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from guides.article import Article
from guides.importing.dispatch import import_source

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


@dataclass(frozen=True)
class CorpusArticle:
    name: str
    path: Path
    key: dict[str, Any]

    def roles(self, role: str) -> list[str]:
        return list(self.key.get("roles", {}).get(role, []))

    def care(self, field: str) -> list[str]:
        return list(self.key.get("care", {}).get(field, []))


def corpus() -> list[CorpusArticle]:
    """Every article of the corpus, in order."""
    out = []
    for key_path in sorted(CORPUS.glob("*.expect.toml")):
        name = key_path.name.removesuffix(".expect.toml")
        article_path = next(p for p in CORPUS.glob(name + ".*") if not p.name.endswith(".toml"))
        out.append(CorpusArticle(name, article_path, tomllib.loads(key_path.read_text(encoding="utf-8"))))
    return out


CORPUS_NAMES = [a.name for a in corpus()]


@lru_cache(maxsize=64)
def corpus_article(name: str) -> tuple[CorpusArticle, Article]:
    entry = next(a for a in corpus() if a.name == name)
    return entry, import_source(entry.path)


def spans_of(article: Article, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` (a key's string) is in the imported article's text; Markdown emphasis stripped."""
    text = article.text
    plain = needle.replace("*", "").replace("_", "") if needle not in text else needle
    found = []
    start = text.find(plain)
    while start >= 0:
        found.append((start, start + len(plain)))
        start = text.find(plain, start + 1)
    return found
