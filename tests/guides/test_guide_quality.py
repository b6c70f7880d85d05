"""What makes a question fit to ask (guides.guide.quality)."""

from __future__ import annotations


def test_words_quoted_inside_a_question_leave_it_open() -> None:
    from guides.guide.quality import is_closed, problems

    assert problems("What “great matters” do you find yourself trying to solve before you rest?") == []
    assert is_closed("The author asks, “Do you keep score?” Do you?")
    assert not is_closed("The author says, “Rest is a practice.” What would change if we believed it?")
