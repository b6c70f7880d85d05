"""The top of a page: which line is the headline, and what stands above and under it."""

from __future__ import annotations

import pytest

from guides.article import Article
from guides.importing import import_bytes, import_text
from guides.importing.dispatch import tidy_file_title

BODY = (
    "Last spring my husband and I started taking a short walk after dinner, just around the block and "
    "back. We did not plan to talk about anything in particular."
)


def paste(text: str) -> Article:
    return import_text(text, html=False)


@pytest.mark.parametrize(
    "above",
    [
        "Faith & Family",
        "Home > Marriage",
        "Home About Blog Contact Subscribe",
        "Share this:\nFacebook Twitter Email",
        "Link copied to clipboard",
        "March 3, 2024",
        "DAILY DEVOTIONAL",
        "Issue 48",
        "Opinion",
        "The Front Porch\nHome\nAbout\nBlog\nContact",
        "Life › Advice",
    ],
)
def test_the_headline_under_page_furniture(above: str) -> None:
    article = paste(f"{above}\n\nThe Ten-Minute Walk After Dinner\n\n{BODY}\n")
    assert article.title == "The Ten-Minute Walk After Dinner"
    assert article.text == BODY
    assert article.removed and all(r.reason for r in article.removed)


def test_a_long_headline_is_kept_whole() -> None:
    headline = (
        "What We Learned When We Stopped Trying to Fix Each Other's Bad Days and Started Simply Sitting "
        "With Them Instead of Talking"
    )
    assert len(headline) > 100
    assert paste(f"{headline}\n\n{BODY}\n").title == headline


def test_a_byline_and_a_date_under_the_headline_become_metadata() -> None:
    article = paste(f"Walking After Dinner\n\nPosted on June 12, 2023 by Ruth Lindqvist\n\n{BODY}\n")
    assert (article.title, article.author, article.date) == (
        "Walking After Dinner",
        "Ruth Lindqvist",
        "June 12, 2023",
    )
    assert [r.text for r in article.removed] == ["Posted on June 12, 2023 by Ruth Lindqvist"]


def test_a_name_over_a_date_is_the_byline() -> None:
    article = paste(f"Walking After Dinner\n\nMargaret Hale\nPublished June 3, 2024\n\n{BODY}\n")
    assert (article.title, article.author, article.date) == (
        "Walking After Dinner",
        "Margaret Hale",
        "June 3, 2024",
    )


def test_the_sites_name_and_tagline_above_its_menu() -> None:
    article = paste(
        "The Long Table\nStories about food and faith\nHome\nAbout\nBlog\nContact\n\n"
        f"Why We Eat at Six\n\n{BODY}\n"
    )
    assert (article.title, article.site) == ("Why We Eat at Six", "The Long Table")
    assert article.removed[0].reason == "The site’s name and tagline at the top of the page."


def test_a_subtitle_does_not_take_the_titles_place() -> None:
    subtitle = "Five small habits that changed our evenings"
    article = paste(f"Why We Eat Together Every Evening\n\n{subtitle}\n\n{BODY}\n")
    assert article.title == "Why We Eat Together Every Evening"
    assert article.blocks[0].text == subtitle


def test_a_column_name_above_the_headline_is_a_label() -> None:
    article = paste(f"Ask the Pastor\n\nHow do we pray when we pray so differently?\n\n{BODY}\n")
    assert article.title == "How do we pray when we pray so differently?"
    assert [r.text for r in article.removed] == ["Ask the Pastor"]


def test_an_advice_columns_two_sentence_headline_over_the_columns_name() -> None:
    headline = "My Wife Works Every Saturday. Should I Say Something?"
    article = paste(f"{headline}\n\nAsk Nell\n\n{BODY}\n")
    assert article.title == headline
    # A long title-cased line with a stop inside that asks nothing stays a label or the body's.
    article = paste(f"How Do We Pray\n\nFamily Matters with Dr. Rosa Vance\n\n{BODY}\n")
    assert article.title == "How Do We Pray"


def test_an_epigraph_and_an_opening_heading_stay_in_the_body() -> None:
    verse = '"Be swift to hear, slow to speak." James 1:19 (WEB)'
    article = paste(f"Slow to Speak\n\n{verse}\n\n{BODY}\n")
    assert (article.title, article.blocks[0].text) == ("Slow to Speak", verse)
    article = paste(f"Carry Each Other\n\nText: Galatians 6:1-5\n\nIntroduction\n\n{BODY}\n")
    assert article.title == "Carry Each Other"
    assert [b.text for b in article.blocks[:2]] == ["Text: Galatians 6:1-5", "Introduction"]


def test_a_lone_label_shaped_headline_is_still_the_title() -> None:
    assert paste(f"Bread and Wine\n\n{BODY}\n").title == "Bread and Wine"


def test_with_no_headline_the_file_name_then_the_first_words() -> None:
    text = f"{BODY}\n\nAnd so we kept walking, most evenings, for three years.\n".encode()
    assert import_bytes(text, name="07_evening-walks (1).txt").title == "Evening walks"
    assert import_bytes(text, name="07 my post.txt").title == "Last spring my husband and I started taking…"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("07 my post.txt", None),
        ("untitled.txt", None),
        ("New Text Document.txt", None),
        ("2024-03-04 Slow to speak.md", "Slow to speak"),
        ("Copy of Grace at the table.txt", "Grace at the table"),
        ("the_long_table-final.txt", "The long table"),
        ("https://example.org/post.html", None),
    ],
)
def test_file_names_are_tidied(name: str, title: str | None) -> None:
    assert tidy_file_title(name) == title


def test_a_share_message_is_never_the_title() -> None:
    article = paste(f"Check out this article from The Long Table!\n\nWhy We Eat at Six\n\n{BODY}\n")
    assert article.title == "Why We Eat at Six"
    assert "Check out this article" in article.removed[0].text


def test_markdown_follows_the_same_rules() -> None:
    markdown = (
        "Faith & Family\n\n# Why We Eat at Six\n\nBy Ruth Lindqvist\n\n"
        f"{BODY}\n\n* one habit\n* another habit\n"
    )
    article = import_bytes(markdown.encode(), name="supper.md")
    assert (article.title, article.author) == ("Why We Eat at Six", "Ruth Lindqvist")
    assert article.blocks[0].text == BODY
    assert sorted(r.text for r in article.removed) == ["By Ruth Lindqvist", "Faith & Family"]


def test_a_heading_under_the_byline_is_the_articles_own() -> None:
    article = paste(
        f"Faith & Family\n\nWhat Thursday Suppers Taught Us\n\nPosted on March 1, 2024 by Ruth Okafor\n\n"
        f"Leave a comment\n\nThe first winter we tried it\n\n{BODY}\n"
    )
    assert (article.title, article.author) == ("What Thursday Suppers Taught Us", "Ruth Okafor")
    assert article.blocks[0].text == "The first winter we tried it"


def test_a_long_menu_does_not_hide_the_headline() -> None:
    pages = "Home About Blog Contact Marriage Parenting Faith Family Recipes Podcast Events Shop Donate News"
    menu = "\n".join([*pages.split(), *(f"{word} Stories" for word in pages.split())])
    article = paste(f"{menu}\n\nWhy We Eat at Six\n\n{BODY}\n")
    assert article.title == "Why We Eat at Six"
    assert article.text == BODY


def test_a_title_cased_headline_of_two_sentences_and_a_series_line_under_a_title() -> None:
    headline = "I Used to Rescue My Kids From Boredom. I’ve Stopped."
    article = paste(f"{headline}\n\nPosted by Ben Aldane in Dad Notes · 6 min read\n\n{BODY}\n")
    assert (article.title, article.author) == (headline, "Ben Aldane")
    title = "Breakfast on the Beach: Peter Restored (John 21:1-19)"
    article = paste(
        f"{title}\n\nElm Street Church Home Groups · Spring Series “Second Chances,” Week 4\n\n{BODY}\n"
    )
    assert article.title == title


def test_a_studys_first_section_and_a_genre_line_are_never_the_title() -> None:
    title = "Members One of Another: A Study of Ephesians 4:25-32"
    article = paste(
        f"{title}\n\nElm Street Home Groups | Living the New Life, Week 6\n\nRead the passage\n\n{BODY}\n"
    )
    assert article.title == title
    assert paste(f"The Little Foxes\n\nA devotional for couples\n\n{BODY}\n").title == "The Little Foxes"
