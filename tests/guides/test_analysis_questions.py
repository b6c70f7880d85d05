"""The author's own questions: found at the clause level, with spans, never from quoted scripture."""

from __future__ import annotations

import pytest
from test_guide_support import article_from

from guides.analysis.analyze import analyze
from guides.analysis.questions import find_author_questions, is_yes_no, question_form
from guides.analysis.sentences import split_sentences


def _questions(text: str) -> list[str]:
    return [q.text for q in find_author_questions(text, split_sentences(text))]


def test_a_question_after_a_colon_starts_after_it() -> None:
    text = "When the evening goes quiet, ask yourself: do you still listen to each other?"
    found = find_author_questions(text, split_sentences(text))
    assert [q.text for q in found] == ["do you still listen to each other?"]
    assert text[found[0].start : found[0].end] == found[0].text


def test_several_questions_in_one_sentence_are_each_found() -> None:
    text = "Are we fine? Have we talked this week? What would help us start?"
    assert _questions(text) == ["Are we fine?", "Have we talked this week?", "What would help us start?"]


def test_a_question_inside_quotation_marks_is_marked_quoted() -> None:
    text = "You may say to yourself, “Is this just a busy season? We are both tired.” Maybe it is."
    (found,) = find_author_questions(text, split_sentences(text))
    assert found.text == "Is this just a busy season?"
    assert found.quoted


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("Do you trust your friends?", "yes_no"),
        ("Can your partner count on you?", "yes_no"),
        ("so are we honest with each other?", "yes_no"),
        ("What keeps us from apologising?", "open"),
        ("In what ways does rest change you?", "open"),
        ("How long did the silence last?", "open"),
        ("¿Qué estás esperando?", "open"),
        ("¿Confías en tu pareja?", "yes_no"),
    ],
)
def test_yes_no_and_open_questions_are_told_apart(question: str, form: str) -> None:
    assert question_form(question) == form
    assert is_yes_no(question) == (form == "yes_no")


def test_questions_quoted_inside_scripture_are_left_out() -> None:
    article = article_from(
        [
            "Micah 6:8 puts it to us directly: “What does the Lord ask of you, if not this?” The prophet "
            "answers his own question.",
            "So what would it mean for us to walk humbly this week?",
        ]
    )
    questions = [q.text for q in analyze(article).questions]
    assert questions == ["So what would it mean for us to walk humbly this week?"]


def test_nothing_comes_from_removed_comments() -> None:
    article = article_from(
        ["Rest is a gift. How do you rest when the week is full?"],
        comments=["Great post! Do you want cheap watches? Visit my site."],
    )
    questions = [q.text for q in analyze(article).questions]
    assert questions == ["How do you rest when the week is full?"]
