"""Whole web pages as readers paste them: each fixture's title, body boundaries and removed parts.

The fixtures in tests/fixtures/pasted are written for these tests, in the
shapes people bring: a WordPress page copied with Ctrl+A, a Blogger page, a
news site's advice column with two letters, a devotional with a promotion
and a disclaimer, a page with share rows and "Related", a Spanish page, an
excerpt cut off mid-sentence, a numbered comment list right after the
article's own list, a comment thread with no heading, a Q&A page and a very
long headline. Each must come out with the expected title and the expected
first and last paragraph, and lose nothing: restoring every removed piece
gives back every line of the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from guides.article import Article, restore
from guides.importing import import_source

PASTED = Path(__file__).resolve().parents[1] / "fixtures" / "pasted"


@dataclass(frozen=True)
class Expected:
    title: str
    first: str
    last: str
    author: str | None = None
    date: str | None = None
    site: str | None = None
    comments: int = 0
    spam: int = 0
    letters: int = 0
    fragment: str | None = None


EXPECTED: dict[str, Expected] = {
    "wordpress-ctrl-a.txt": Expected(
        title="Why We Still Eat Supper at Six",
        first=(
            "When our twins started secondary school, the first thing to go was supper. One had football on "
            "Tuesdays, the other had choir on Thursdays, and my husband was coming home later every month. "
            "For a while we ate in shifts, standing up, with the radio on."
        ),
        last=(
            "We still miss nights. But the habit has outlasted exams, a house move and a very long winter, "
            "and "
            "the children now defend it more fiercely than we do."
        ),
        author="Ruth Lindqvist",
        date="June 12, 2023",
        site="The Long Table",
        comments=3,
        spam=1,
    ),
    "blogger-page.txt": Expected(
        title="The Dishwasher Treaty",
        first=(
            "For eleven years my husband and I argued about the dishwasher. Not loudly, and never for long, "
            "but "
            "often enough that the children could recite both sides. He loads it like a puzzle. I load it "
            "like "
            "a bin. Neither of us was going to change."
        ),
        last=(
            "I know this is a small thing. But small things are where most of our arguments live, and a "
            "marriage that can settle the dishwasher can perhaps settle a few bigger things too. We have "
            "already started on the towels."
        ),
        author="Grace Imani",
        date="Monday, March 4, 2024",
        site="Small Hours",
        comments=3,
        spam=1,
    ),
    "advice-column.txt": Expected(
        title="Dear Margaret: My husband plans every weekend without asking me",
        first=(
            "Dear Margaret: My husband is a kind man and a good father, but he has started to fill every "
            "weekend "
            "before I have a chance to say what I would like to do. By Wednesday the football, his mother's "
            "lunch and a trip to the garden centre are all decided. When I object he says I should have "
            "spoken "
            "up sooner. I feel like a guest in my own Saturdays. How do I raise this without starting a war?"
        ),
        last=(
            "If he still plans around you after that, the question is no longer about weekends, and a few "
            "sessions with a counsellor would be money well spent."
        ),
        author="Margaret Hale",
        date="June 3, 2024",
        site="The Evening Ledger",
        letters=1,
    ),
    "devotional-promo.txt": Expected(
        title="Slow to Speak",
        first='"Let every man be swift to hear, slow to speak, and slow to anger." James 1:19 (WEB)',
        last=(
            "Prayer: Lord, make us quick to listen to each other and slow to defend ourselves. Teach us to "
            "hear "
            "the need under the words. Amen."
        ),
        date="Tuesday, February 6, 2024",
        site="Morning Lamp Ministries",
    ),
    "share-related.txt": Expected(
        title="The Ten Words We Use Most at Home, and What They Say About Us",
        first=(
            "Last autumn we tried an odd experiment. For one week, my wife kept a notebook on the kitchen "
            "counter and wrote down every word either of us said more than three times in a day. It was "
            "meant "
            "to be a joke. It became the most useful thing we did all year."
        ),
        last=(
            "We did not make a rule after that. We just noticed. Noticing turned out to be enough to change "
            "the "
            "words, at least for a while, and the list we kept the next autumn looked different."
        ),
        author="Daniel Osei",
    ),
    "spanish-page.txt": Expected(
        title="Cinco minutos de oración antes de dormir",
        first=(
            "Cuando nos casamos, mi esposo y yo prometimos orar juntos cada noche. Durante el primer año lo "
            "cumplimos casi siempre. Después llegaron los turnos de noche, el primer bebé y el cansancio, y "
            "la "
            "promesa se fue quedando en el cajón."
        ),
        last=(
            "No siempre tenemos ganas. Algunas noches la oración es una sola frase. Pero esos cinco minutos "
            "nos "
            "recuerdan que no estamos solos en lo que viene, y que el otro sigue ahí."
        ),
        author="Lucía Herrera",
        date="12 de junio de 2023",
        site="Hogar y Fe",
        comments=2,
    ),
    "excerpt-cut.txt": Expected(
        title="What My Grandmother Knew About Arguments",
        first=(
            "My grandmother was married for fifty-one years, and she had one rule about arguments: never "
            "finish "
            "one in the car. Cars, she said, make everyone brave and nobody kind."
        ),
        last=(
            'So we adopted her rule, with one change of our own. If something hard comes up while we are '
            'driving, one of us says "porch", and we save it for the porch steps at home, where the first '
            "thing we do is"
        ),
        fragment=(
            'If something hard comes up while we are driving, one of us says "porch", and we save it for the '
            "porch steps at home, where the first thing we do is"
        ),
    ),
    "list-then-comments.txt": Expected(
        title="Four Questions for the Drive Home",
        first=(
            "Most of our best conversations happen in the car, after an evening with friends. The children "
            "are "
            "asleep in the back, the road is dark, and nobody has to look at anybody. We started keeping a "
            "few "
            "questions for those drives."
        ),
        last="What should we say no to next week?",
        author="Hannah and Joel Mbeki",
        comments=4,
        spam=1,
    ),
    "no-header-thread.txt": Expected(
        title="Learning to Ask for Help",
        first=(
            "Our first winter with a newborn, I refused every offer of help. I said we were fine so often "
            "that "
            "people stopped asking. We were not fine. We were tired in a way I had not known was possible."
        ),
        last=(
            'I have tried to be that neighbour since. Not the one who says "let me know if you need '
            'anything", but the one who leaves the soup.'
        ),
        comments=2,
    ),
    "qa-column.txt": Expected(
        title="Q&A: How do we pray together when we pray so differently?",
        first=(
            "Q: My wife prays out loud, in long sentences, and I freeze. I pray best alone and in silence. "
            "When "
            "we try to pray together I feel like I am failing a test. Is there a way to do this that works "
            "for "
            "both of us?"
        ),
        last=(
            "You might also try writing. Keep a small notebook by the bed and each write one line for the "
            "other "
            "to read. That is prayer too, and it lets the quieter partner lead for a change."
        ),
        author="Pastor Ben Achterberg",
        date="April 9, 2024",
        letters=1,
    ),
    "long-headline.txt": Expected(
        title=(
            "What We Learned When We Stopped Trying to Fix Each Other's Bad Days and Started Simply Sitting "
            "With Them Instead"
        ),
        first=(
            "For most of our marriage, a bad day at work meant a plan at dinner. One of us would describe "
            "the "
            "day and the other would offer three solutions before the potatoes were served. It felt like "
            "love. "
            "It was mostly impatience."
        ),
        last=(
            "Now we try to ask one question before offering anything: do you want ideas, or do you want "
            "company? Most nights the answer is company."
        ),
        date="April 22, 2024",
    ),
}

_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[-*+•])\s+|^\s*(?:>\s?)+")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _input_lines(path: Path) -> list[str]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        content = _flat(_MARKER.sub("", line))
        if content and any(ch.isalnum() for ch in content):
            lines.append(content)
    return lines


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def pasted(request: pytest.FixtureRequest) -> tuple[str, Article]:
    name = str(request.param)
    return name, import_source(PASTED / name)


def test_every_fixture_has_its_expectations() -> None:
    assert sorted(p.name for p in PASTED.glob("*.txt")) == sorted(EXPECTED)


def test_title_and_body_boundaries(pasted: tuple[str, Article]) -> None:
    name, article = pasted
    expected = EXPECTED[name]
    assert article.title == expected.title
    assert article.blocks[0].text == expected.first
    assert article.blocks[-1].text == expected.last


def test_metadata(pasted: tuple[str, Article]) -> None:
    name, article = pasted
    expected = EXPECTED[name]
    assert (article.author, article.date, article.site) == (expected.author, expected.date, expected.site)


def test_comments_letters_and_fragments(pasted: tuple[str, Article]) -> None:
    name, article = pasted
    expected = EXPECTED[name]
    assert len(article.comments) == expected.comments
    assert sum(1 for c in article.comments if c.spam) == expected.spam
    assert len(article.letters) == expected.letters
    fragments = [article.text[s:e] for s, e in article.fragments]
    assert fragments == ([expected.fragment] if expected.fragment else [])


def test_every_removed_piece_says_why(pasted: tuple[str, Article]) -> None:
    _, article = pasted
    assert article.removed
    for piece in article.removed:
        assert piece.reason.strip(), piece
        assert piece.text.strip(), piece


def test_restoring_everything_gives_back_every_line(pasted: tuple[str, Article]) -> None:
    name, article = pasted
    whole = restore(article, [r.id for r in article.removed])
    assert whole.removed == ()
    haystack = _flat(" ".join([whole.title, whole.text]))
    lost = [line for line in _input_lines(PASTED / name) if line not in haystack]
    assert lost == []


def test_nothing_but_the_headline_leaves_the_text_unaccounted(pasted: tuple[str, Article]) -> None:
    """Every input line is in the body, in exactly the removed pieces, or is the title."""
    name, article = pasted
    body = _flat(article.text)
    removed = _flat(" ".join(r.text for r in article.removed))
    for line in _input_lines(PASTED / name):
        assert line in body or line in removed or line == article.title, line


def test_no_furniture_reaches_the_body(pasted: tuple[str, Article]) -> None:
    _, article = pasted
    text = article.text.lower()
    for words in (
        "share this", "like this", "facebook", "related", "read next", "you may also like", "subscribe",
        "newsletter", "disclaimer", "all rights reserved", "first published", "order now",
        "visit our website",
        "photo by", "photo credit", "posted on", "posted by", "leave a comment", "reply", "says:", "dice:",
        "said...", "skip to content", "home >", "home ›", "inicio ›", "labels:", "powered by",
    ):
        assert words not in text, words
