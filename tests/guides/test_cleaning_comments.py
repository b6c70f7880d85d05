"""Finding comment sections and page chrome, and keeping the article's own text."""

from __future__ import annotations

from pathlib import Path

import pytest

from guides.article import Article, BlockDraft
from guides.cleaning import clean_drafts
from guides.importing import import_source, import_text


def load(fixtures: Path, name: str) -> tuple[str, Article]:
    path = fixtures / "text" / name
    article = import_source(path)
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    return path.read_text(encoding="utf-8"), article


def kinds(article: Article) -> list[str]:
    return [r.kind for r in article.removed]


def p(text: str) -> BlockDraft:
    return BlockDraft(kind="paragraph", text=text)


def item(text: str, ordinal: int | None = None, level: int = 1) -> BlockDraft:
    return BlockDraft(kind="list_item", text=text, ordinal=ordinal, level=level)


ARGUMENT = [
    p("Trust grows in small moments: a promise kept, a question answered kindly, an evening "
      "when the phone stayed in the drawer. Couples often look for one large repair when a "
      "hundred small ones would serve them better."),
    p("So begin where you are. Pick one small promise this week and keep it, then notice what changes "
      "in the way your spouse talks to you."),
]


# --- WordPress-style paste -------------------------------------------------------


def test_wordpress_paste(fixtures: Path) -> None:
    _, article = load(fixtures, "wordpress-comments.txt")
    assert article.title == "Setting the Table for Hard Conversations"
    assert (article.author, article.date) == ("Ruth Calloway", "March 3, 2022")
    assert article.text.endswith("rather than ambushed.")
    assert "says:" not in article.text and "Reply" not in article.text
    assert [b.text for b in article.blocks if b.kind == "heading"] == [
        "Choose the time on purpose",
        "Start with what you share",
    ]
    comments = article.comments
    assert [c.author for c in comments] == [
        "Daniel Osei", "Ruth Calloway", "Priya Natarajan", "Best Cheap Flights"
    ]
    assert [c.spam for c in comments] == [False, False, False, True]
    assert all(c.reason and c.spam_reason for c in comments)
    assert "4 thoughts on" in comments[0].reason
    # Each comment keeps its header, date, text and Reply link.
    assert comments[0].text.startswith("Daniel Osei says:\nMarch 4, 2022 at 8:15 am\n\nWe tried")
    assert comments[0].text.endswith("Reply")
    assert kinds(article) == [
        "boilerplate",  # the byline, kept by the reader
        "comment_header",
        "comment", "comment", "comment", "comment",
        "comment_header",  # Leave a Reply
        "boilerplate",  # the form's fields, in one piece
    ]
    form = article.removed[-1]
    assert form.text.startswith("Your email address will not be published.")
    assert form.text.endswith("Post Comment") and "Website" in form.text
    blocks = len(article.blocks)
    assert all(r.position == blocks for r in article.removed[1:])


# --- an article's own list, then a comment list --------------------------------------


def test_own_list_stays_and_comment_list_goes(fixtures: Path) -> None:
    _, article = load(fixtures, "own-list-then-comments.txt")
    own = [b for b in article.blocks if b.kind == "list_item"]
    assert [b.ordinal for b in own] == [1, 2, 3, 4, 5]
    assert own[0].text.startswith("They pray briefly.")
    assert article.text.endswith("keep beginning.")
    comments = article.comments
    assert len(comments) == 4
    assert [c.spam for c in comments] == [False, True, False, False]
    assert comments[2].author == "Abigail"
    assert comments[2].text.endswith("— Abigail")
    assert "numbered items after the article’s last paragraph" in comments[0].reason
    assert all(c.position == len(article.blocks) for c in comments)


def test_an_article_ending_on_its_own_numbered_points_keeps_them() -> None:
    drafts = [
        *ARGUMENT,
        p("Here are four habits that help:"),
        item("Listen before you answer. Let your spouse finish the sentence.", 1),
        item("Ask one question before you give your view.", 2),
        item("Thank your spouse for something specific every day.", 3),
        item("End the day with a short prayer, even when nothing is settled.", 4),
    ]
    result = clean_drafts(drafts)
    assert result.removed == []
    assert result.drafts == drafts
    assert result.kept_before == list(range(len(drafts) + 1))


def test_own_list_directly_followed_by_a_restarted_comment_list() -> None:
    drafts = [
        *ARGUMENT,
        p("Three things to try this week:"),
        item("Keep one small promise.", 1),
        item("Put the phone in a drawer at dinner.", 2),
        item("Ask how the day really went.", 3),
        item("Great post, thank you! We needed this.", 1),
        item("Thanks for sharing. I'll bookmark your blog and come back later. "
             "Visit my site www.example.example", 2),
        item("So glad you wrote about small promises.\nRuth", 3),
    ]
    result = clean_drafts(drafts)
    assert [d.text for d in result.drafts] == [d.text for d in drafts[:6]]
    assert [r.kind for r in result.removed] == ["comment"] * 3
    assert [r.spam for r in result.removed] == [False, True, False]
    assert result.removed[2].author == "Ruth"
    assert all(r.position == 6 for r in result.removed)
    assert result.kept_before == [0, 1, 2, 3, 4, 5, 6, 6, 6, 6]


def test_a_bulleted_comment_list_with_signatures_as_paragraphs() -> None:
    drafts = [
        *ARGUMENT,
        item("Such a helpful reminder, thank you."),
        p("Mary Jones"),
        item("I love this post!!"),
        item("Click here for cheap loans online"),
    ]
    result = clean_drafts(drafts)
    assert len(result.drafts) == 2
    comments = result.removed
    assert [c.author for c in comments] == ["Mary Jones", None, None]
    assert comments[0].text == "Such a helpful reminder, thank you.\n\nMary Jones"
    assert [c.spam for c in comments] == [False, False, True]


# --- other ways a comment section shows itself --------------------------------------


def test_says_lines_without_a_heading() -> None:
    drafts = [
        *ARGUMENT,
        p("Anna Berg says:\nJune 2, 2023 at 7:45 pm"),
        p("We keep one promise a week now. It helps."),
        p("Reply"),
        p("Tom says:\nJune 3, 2023 at 9:00 am"),
        p("Same here, the small ones add up."),
        p("Reply"),
    ]
    result = clean_drafts(drafts)
    assert result.drafts == ARGUMENT
    assert [(r.kind, r.author) for r in result.removed] == [("comment", "Anna Berg"), ("comment", "Tom")]
    assert result.removed[0].text == (
        "Anna Berg says:\nJune 2, 2023 at 7:45 pm\n\nWe keep one promise a week now. It helps.\n\nReply"
    )


def test_pasted_comments_run_together_without_blank_lines() -> None:
    drafts = [
        *ARGUMENT,
        p("2 Responses to “Small Promises”"),
        p("Anna Berg says:\nJune 2, 2023 at 7:45 pm\nWe keep one promise a week now.\nReply\n"
          "Tom says:\nJune 3, 2023 at 9:00 am\nSame here.\nReply"),
    ]
    result = clean_drafts(drafts)
    assert result.drafts == ARGUMENT
    assert [(r.kind, r.author) for r in result.removed] == [
        ("comment_header", None), ("comment", "Anna Berg"), ("comment", "Tom")
    ]
    assert result.removed[2].text == "Tom says:\nJune 3, 2023 at 9:00 am\nSame here.\nReply"


def test_commenters_whose_names_are_lower_case() -> None:
    drafts = [
        *ARGUMENT,
        p("3 Comments"),
        p("Anna Berg says:\nJune 2, 2023 at 7:45 pm\nWe keep one promise a week now.\nReply"),
        p("best seo services says:\nJune 3, 2023 at 2:41 am\nGreat post. Rank your site fast at "
          "www.rank-fast-seo.example\nReply"),
    ]
    result = clean_drafts(drafts)
    assert result.drafts == ARGUMENT
    assert [(r.author, r.spam) for r in result.removed[1:]] == [
        ("Anna Berg", False), ("best seo services", True)
    ]


def test_a_sentence_subject_before_says_is_not_a_commenter() -> None:
    drafts = [*ARGUMENT, p("she says:\nJune 2, 2023 at 7:45 pm"), p("Keep going, one promise at a time.")]
    assert clean_drafts(drafts).removed == []


def test_blogger_comments_with_the_date_under_them() -> None:
    drafts = [
        *ARGUMENT,
        p("2 comments:"),
        p("Tom Reyes said...\nWe have the same argument about the fridge."),
        p("March 5, 2024 at 9:10 AM"),
        p("Grace Imani said...\nTom, the envelope is available for licensing."),
        p("March 6, 2024 at 7:03 AM"),
    ]
    result = clean_drafts(drafts)
    assert result.drafts == ARGUMENT
    comments = [r for r in result.removed if r.kind == "comment"]
    assert [c.author for c in comments] == ["Tom Reyes", "Grace Imani"]
    assert comments[0].text.endswith("March 5, 2024 at 9:10 AM")


def test_a_thread_with_no_heading_and_no_says() -> None:
    drafts = [
        *ARGUMENT,
        p("Joanna Pike\nMarch 3, 2024 at 4:12 pm\nThe small promises are the hardest ones.\nReply"),
        p("Samuel Adeyemi\nMarch 4, 2024 at 9:30 am\nThis is exactly what we needed this week.\nReply"),
    ]
    result = clean_drafts(drafts)
    assert result.drafts == ARGUMENT
    assert [(r.kind, r.author) for r in result.removed] == [
        ("comment", "Joanna Pike"), ("comment", "Samuel Adeyemi")
    ]


def test_a_name_over_a_date_inside_the_article_is_not_a_thread() -> None:
    after = p("She wrote to us after the retreat, and we kept it.")
    drafts = [*ARGUMENT, p("Ruth Ames\nMarch 3, 2024"), after]
    assert clean_drafts(drafts).removed == []


def test_an_indented_comment_list_right_after_the_articles_own_list() -> None:
    drafts = [
        *ARGUMENT,
        p("These are the four we come back to:"),
        item("What did you notice about yourself tonight?", 1),
        item("Who seemed tired, and how could we help?", 2),
        item("What did I do that you liked?", 3),
        item("What should we say no to next week?", 4),
        item("Thank you so much for these. We tried them on the way home.\nPriya", 1, level=2),
        item("Great questions! Very helpful post.", 2, level=2),
        item("Loved this. Number three made my husband laugh.\nReply", 3, level=2),
    ]
    result = clean_drafts(drafts)
    assert [d.text for d in result.drafts][-1] == "What should we say no to next week?"
    assert [r.kind for r in result.removed] == ["comment"] * 3


def test_a_nested_list_that_comes_back_out_is_the_articles() -> None:
    drafts = [
        *ARGUMENT,
        item("Keep one promise.", 1),
        item("Say it out loud, so the other hears it.", 1, level=2),
        item("Write it on the fridge.", 2, level=2),
        item("Tell each other what you noticed.", 2),
    ]
    assert clean_drafts(drafts).removed == []


@pytest.mark.parametrize(
    "header",
    ["12 Comments", "One thought on “Small Promises”", "3 Responses", "Leave a comment", "Leave a Reply",
     "Comments are closed.", "Join the discussion", "Comments (4)", "5 comentarios", "Deja un comentario"],
)
def test_comment_headers(header: str) -> None:
    drafts = [*ARGUMENT, p(header), p("Lovely, thank you."), p("We will try this.")]
    result = clean_drafts(drafts)
    assert result.drafts == ARGUMENT
    assert [r.kind for r in result.removed] == ["comment_header", "comment", "comment"]


def test_a_bare_comments_heading_needs_a_comment_after_it() -> None:
    drafts = [
        *ARGUMENT,
        BlockDraft(kind="heading", text="Comments", level=2),
        p("Good code has few comments because the names explain themselves, and the comments that "
          "remain say why rather than what. That is the rule we teach new programmers."),
    ]
    assert clean_drafts(drafts).removed == []


def test_a_comment_count_beside_the_byline_is_a_link_not_the_section() -> None:
    drafts = [p("5 Comments"), *ARGUMENT]
    result = clean_drafts(drafts)
    assert result.drafts == ARGUMENT
    assert [(r.kind, r.position) for r in result.removed] == [("navigation", 0)]


def test_nothing_is_removed_from_an_article_without_comments() -> None:
    drafts = [*ARGUMENT, item("Keep one small promise.", 1), p("That is all it takes.")]
    assert clean_drafts(drafts).removed == []


def test_empty_input() -> None:
    result = clean_drafts([])
    assert (result.drafts, result.removed, result.kept_before) == ([], [], [0])


# --- page chrome -------------------------------------------------------------------


def test_chrome_around_the_article(fixtures: Path) -> None:
    _, article = load(fixtures, "chrome.txt")
    assert article.title == "The Ten-Minute Walk After Dinner"
    assert (article.author, article.date) == ("Jane Doe", "March 3, 2024")
    assert article.text.startswith("Last spring my husband and I")
    assert article.text.endswith("The point is the company.")
    assert len(article.blocks) == 3
    assert article.comments == ()
    by_start = {r.text.split("\n", 1)[0]: r for r in article.removed}
    expected = {
        "Skip to content": ("navigation", 0),
        "Home » Family » Evening routines": ("navigation", 0),
        "Share this:": ("boilerplate", 3),
        "Related posts": ("navigation", 3),
        "Posted in Marriage, Family": ("navigation", 3),
        "Previous post: A Sabbath for Busy Parents": ("navigation", 3),
        "Subscribe to our newsletter": ("boilerplate", 3),
        "© 2024 The Front Porch Journal. All rights reserved.": ("boilerplate", 3),
        "Privacy Policy · Terms of Use": ("boilerplate", 3),
    }
    for first_line, (kind, position) in expected.items():
        assert (by_start[first_line].kind, by_start[first_line].position) == (kind, position), first_line
    assert "Like Loading..." in by_start["Share this:"].text
    assert "Five Questions to Ask on a Long Drive" in by_start["Related posts"].text
    assert "Enter your email address" in by_start["Subscribe to our newsletter"].text
    assert all(r.reason.endswith(".") for r in article.removed)


def test_chrome_words_inside_the_article_stay() -> None:
    drafts = [
        BlockDraft(kind="heading", text="Email", level=2),
        p("We answer email once a day now, after the children are asleep, and it has changed our evenings."),
        BlockDraft(kind="heading", text="Keep reading Scripture together", level=2),
        p("Subscribe to the idea that small habits matter more than big plans; that is the point here."),
        *ARGUMENT,
    ]
    assert clean_drafts(drafts).removed == []


def test_related_box_in_the_middle_stops_at_the_article() -> None:
    drafts = [
        ARGUMENT[0],
        p("Related"),
        p("How to Keep a Small Promise"),
        p("We came back to this idea a year later."),
        ARGUMENT[1],
    ]
    result = clean_drafts(drafts)
    assert [r.text for r in result.removed] == ["Related\n\nHow to Keep a Small Promise"]
    assert result.drafts == [drafts[0], drafts[3], drafts[4]]
    assert result.removed[0].position == 1


def test_chrome_between_the_article_and_its_comments() -> None:
    drafts = [
        *ARGUMENT,
        p("Share this:"),
        p("Facebook"),
        p("Related posts"),
        p("Five Questions for a Long Drive"),
        p("2 thoughts on “Small Promises”"),
        p("Anna says:\nJune 2, 2023 at 7:45 pm\nLovely.\nReply"),
        p("© 2023 Small Promises"),
    ]
    result = clean_drafts(drafts)
    assert result.drafts == ARGUMENT
    assert [r.kind for r in result.removed] == [
        "boilerplate", "navigation", "comment_header", "comment", "boilerplate"
    ]


# --- Spanish ----------------------------------------------------------------------------


def test_spanish_paste(fixtures: Path) -> None:
    _, article = load(fixtures, "spanish-comments.txt")
    assert article.language == "es"
    assert article.title == "Cómo pedir perdón sin excusas"
    assert article.author == "Lucía Herrera"
    assert article.text.endswith("obedecer ese versículo en casa.")
    assert [b.text for b in article.blocks if b.kind == "heading"] == ["Qué hacer en su lugar"]
    comments = article.comments
    assert [c.author for c in comments] == ["María Fernández", "Jorge Ruiz", "SEO Expert"]
    assert [c.spam for c in comments] == [False, False, True]
    assert "English" in (comments[2].spam_reason or "")
    assert kinds(article)[-2:] == ["comment_header", "boilerplate"]


def test_import_text_paste_round_trip() -> None:
    text = (
        "Small Promises\n\n"
        + "\n\n".join(d.text for d in ARGUMENT)
        + "\n\n  1. Great post, thanks for sharing!\n\n  2. Bookmarked! Such valuable content, I will "
        "come back for more, keep up the good work. Visit my page www.deals.example\n"
    )
    article = import_text(text, html=False)
    assert len(article.comments) == 2
    assert [c.spam for c in article.comments] == [False, True]
    assert article.text.endswith("talks to you.")
