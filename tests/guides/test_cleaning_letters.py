"""Advice columns and Q&A pages with several letters: the first is the article, the others kept aside."""

from __future__ import annotations

from guides.article import BlockDraft, restore
from guides.cleaning import clean_drafts
from guides.importing import import_text


def p(text: str) -> BlockDraft:
    return BlockDraft(kind="paragraph", text=text)


def h(text: str) -> BlockDraft:
    return BlockDraft(kind="heading", text=text, level=2)


FIRST = [
    p("Dear Ann: My husband plans every weekend before I can say what I would like to do. "
      "How do I raise it?"),
    h("Left Out"),
    p("Dear Left Out: Ask for twenty minutes with the calendar open between you, early in the week."),
    p("Start with what you value in him. Then name one thing you would like for yourself this month."),
]
SECOND = [
    p("Dear Ann: My sister and I have not spoken since our father's funeral. Should I give back his watch?"),
    h("Sleepless"),
    p("Dear Sleepless: Write to her first, without mentioning the watch at all."),
]


def test_the_first_letter_stays_and_the_second_is_kept_aside() -> None:
    result = clean_drafts([*FIRST, *SECOND])
    assert [d.text for d in result.drafts] == [d.text for d in FIRST]
    assert result.drafts[1].kind == "paragraph"  # the letter's signature, not a heading
    (letter,) = result.removed
    assert letter.kind == "letter"
    assert letter.text.startswith("Dear Ann: My sister") and letter.text.endswith("watch at all.")
    assert "Letter 2 of 2" in letter.reason and "first letter is the article" in letter.reason
    assert letter.position == len(FIRST)


def test_three_letters_make_two_pieces() -> None:
    third = [
        p("Dear Ann: Our son wants a dog and we do not. Who decides?"),
        p("Dear Undecided: The one who will walk it at six in the morning."),
    ]
    result = clean_drafts([*FIRST, *SECOND, *third])
    assert [r.kind for r in result.removed] == ["letter", "letter"]
    assert ["2 of 3" in r.reason for r in result.removed] == [True, False]
    assert "3 of 3" in result.removed[1].reason


def test_questions_and_answers() -> None:
    drafts = [
        p("Q: My wife prays out loud and I freeze. Is there a way that works for both of us?"),
        p("A: Take turns: one prays aloud, the other silently, and end with a prayer you both know."),
        p("Q: Should we go to my nephew's baptism at home?"),
        p("A: Go, and love them well."),
    ]
    result = clean_drafts(drafts)
    assert [d.text for d in result.drafts] == [d.text for d in drafts[:2]]
    assert [r.kind for r in result.removed] == ["letter"]


def test_an_open_letter_that_says_dear_friends_twice_stays_whole() -> None:
    drafts = [
        p("Dear friends, this winter has been long, and many of you have carried more than your share."),
        p("Dear friends, I want to thank you for the meals, the lifts and the prayers."),
        p("With love, and see you on Sunday."),
    ]
    assert clean_drafts(drafts).removed == []


def test_one_letter_is_no_column_to_split() -> None:
    assert clean_drafts(FIRST).removed == []


def test_restoring_the_other_letter_puts_it_back_after_the_first() -> None:
    text = "\n\n".join(d.text for d in [*FIRST, *SECOND])
    article = import_text("Dear Ann: Weekends and a watch\n\n" + text, html=False)
    assert article.title == "Dear Ann: Weekends and a watch"
    assert len(article.letters) == 1
    whole = restore(article, [article.letters[0].id])
    assert whole.text.endswith("Dear Sleepless: Write to her first, without mentioning the watch at all.")
