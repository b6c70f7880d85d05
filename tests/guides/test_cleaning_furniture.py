"""Page furniture a paste brings along: menus, share rows, captions, notices, and what must stay."""

from __future__ import annotations

import pytest

from guides.article import BlockDraft
from guides.cleaning import clean_drafts
from guides.cleaning.authors import parse_byline
from guides.cleaning.chrome import chrome_line, is_menu_line
from guides.cleaning.notices import is_promotion, notice


def p(text: str) -> BlockDraft:
    return BlockDraft(kind="paragraph", text=text)


BODY = [
    p("Trust grows in small moments: a promise kept, a question answered kindly, an evening when the "
      "phone stayed in the drawer. Couples often look for one large repair when a hundred small ones "
      "would serve them better."),
    p("So begin where you are. Pick one small promise this week and keep it, then notice what changes."),
]


@pytest.mark.parametrize(
    "line",
    [
        "Home About Blog Contact Subscribe",
        "News Sport Business Opinion Life Advice Puzzles",
        "Devotionals  |  Podcast  |  Shop  |  Give  |  About",
        "Inicio · Blog · Contacto · Tienda",
    ],
)
def test_menu_lines(line: str) -> None:
    assert is_menu_line(line)


@pytest.mark.parametrize(
    "line", ["Faith Hope Love", "Bread and Wine", "Why We Still Eat Supper at Six", "Home Is Where We Pray"]
)
def test_headlines_are_not_menus(line: str) -> None:
    assert not is_menu_line(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Link copied to clipboard", "share button"),
        ("Check out this article from The Long Table: Why We Eat at Six", "share button"),
        ("Facebook Twitter Email WhatsApp", "buttons"),
        ("Click to share on Facebook (Opens in new window)", "buttons"),
        ("Photo by Tomas Berg on Unsplash", "caption"),
        ("Image: the notebook on our kitchen counter. Photo credit: Abena Osei", "caption"),
        ("Read next: Why Couples Who Laugh Together Argue Better", "another post"),
        ("Labels: marriage, small things", "tags"),
        ("Subscribe to: Post Comments (Atom)", "archive"),
        ("► 2024 (9)", "archive"),
        ("Powered by Blogger.", "footer"),
    ],
)
def test_chrome_lines_say_what_they_are(line: str, reason: str) -> None:
    found = chrome_line(line)
    assert found is not None
    assert reason in found.reason.lower()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Want to go deeper together? Our new 40-day devotional is on sale now. Visit our website to order "
         "now and get 20% off with the code MORNING20.", "promotion"),
        ("Get your copy of Forty Mornings today at www.morninglamp.example/shop.", "promotion"),
        ("Disclaimer: This devotional is for encouragement only and is not a substitute for professional "
         "counselling.", "disclaimer"),
        ("This post contains affiliate links, which means we may earn a small commission.", "disclaimer"),
        ("Scripture quotations are from the World English Bible (public domain).", "bible translation"),
        ("First published on morninglamp.example in 2019.", "first published"),
        ("This article originally appeared in The Parish Quarterly.", "first published"),
        ("Have a question for Pastor Ben? Send it to askthepastor@gracehill.example.", "letter"),
        ("Publicado originalmente en Hogar y Fe en 2021.", "first published"),
    ],
)
def test_notices(text: str, reason: str) -> None:
    found = notice(text)
    assert found is not None
    assert reason in found.reason.lower()


@pytest.mark.parametrize(
    "text",
    [
        "We bought the table on sale the year we married, and it has carried every argument since.",
        "My grandmother used to say the views from the hill were worth the climb, and she was right.",
        "When we asked for help, we were told to write our questions down before the meeting. It worked.",
        "Help is available: the parish office keeps a list of counsellors, and nobody there will judge you.",
    ],
)
def test_article_sentences_are_not_notices(text: str) -> None:
    assert notice(text) is None
    assert not is_promotion(text)


def test_notices_leave_the_article_and_say_why() -> None:
    promo = "Our new book is on sale now. Order now at www.longtable.example and get free shipping."
    result = clean_drafts([*BODY, p(promo), p("© 2024 The Long Table. All rights reserved.")])
    assert result.drafts == BODY
    assert [r.reason for r in result.removed] == [
        "A promotion for a book, product or the publisher’s site.",
        "The site's copyright line.",
    ]


def test_a_spam_comment_selling_something_stays_a_comment() -> None:
    spam = "Very nice post! Book cheap flights with 70% off at www.cheap-flights-now.example click here"
    result = clean_drafts([*BODY, p("2 Comments"), p("Anna says:\nMay 2, 2024 at 7:45 pm"), p(spam)])
    assert result.drafts == BODY
    assert [r.kind for r in result.removed] == ["comment_header", "comment"]
    assert result.removed[1].spam


def test_a_menu_of_short_lines_goes_together() -> None:
    lines = [p(t) for t in ("Home", "About", "Blog", "Recipes", "Contact")]
    result = clean_drafts([*lines, *BODY])
    assert result.drafts == BODY
    assert [(r.kind, r.reason) for r in result.removed] == [("navigation", "The site’s menu.")]


def test_short_headings_in_the_article_are_no_menu() -> None:
    drafts = [*BODY, p("Listen"), p("Wait"), p("Answer"), *BODY]
    assert clean_drafts(drafts).removed == []


def test_a_byline_with_a_time_after_the_name() -> None:
    byline = parse_byline("Posted by Grace Imani at 7:42 AM")
    assert byline is not None and byline.author == "Grace Imani"


def test_three_short_lines_of_topics_are_no_menu() -> None:
    drafts = [*BODY, p("Faith"), p("Family"), p("Marriage"), *BODY]
    assert clean_drafts(drafts).removed == []


def test_see_also_in_an_article_stays() -> None:
    drafts = [*BODY, p("See also: Romans 8:28 and Philippians 4:6"), *BODY]
    assert clean_drafts(drafts).removed == []
