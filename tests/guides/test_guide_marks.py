"""A couple's reading together opens on what each of them marked, and stands on the first mark."""

from __future__ import annotations

from guides.article import Article
from guides.guide import GuideOptions, Mark, generate_guide
from guides.guide.marks import marks_question
from guides.importing.dispatch import import_text

TEXT = (
    "Quiet Evenings\n\n"
    "We used to fill every evening with plans. Then a slow winter taught us to sit still together "
    "and let the day settle before we spoke about it.\n\n"
    "Listening is a gift you give with your whole face. When my husband talks about his work, "
    "I try to put the phone down and look at him.\n\n"
    "Small rituals hold a marriage steady when the big plans fall apart."
)


def _article() -> Article:
    return import_text(TEXT)


def _span(article: Article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + len(words)


def test_two_readers_each_quoted_and_the_question_stands_on_the_first_mark() -> None:
    article = _article()
    ben = Mark("Ben", *_span(article, "Small rituals hold a marriage steady"))
    anna = Mark("Anna", *_span(article, "Listening is a gift you give with your whole face."))
    question = marks_question(article, [ben, anna], "en")
    assert question is not None
    assert question.text == (
        "Anna marked “Listening is a gift you give with your whole face”, and Ben marked "
        "“Small rituals hold a marriage steady”. Read them to each other: what made yours stand out?"
    )
    assert question.text.count("?") == 1
    assert article.text[question.source.start : question.source.end] == question.source.quote
    assert question.source.quote.startswith("Listening is a gift")
    assert question.visibility == "couple"


def test_a_long_mark_is_cut_to_its_first_sentence_or_opening_words() -> None:
    article = _article()
    whole = "Listening is a gift you give with your whole face. When my husband talks about his work"
    question = marks_question(article, [Mark("Anna", *_span(article, whole))], "en")
    assert question is not None
    assert question.text == (
        "Anna marked “Listening is a gift you give with your whole face…”. "
        "What made those words stand out for you, Anna?"
    )
    long_one = "We used to fill every evening with plans. Then a slow winter taught us to sit still together"
    question = marks_question(article, [Mark(None, *_span(article, long_one))], "en")
    assert question is not None
    assert question.text.startswith("One of you marked “We used to fill every evening with plans…”.")


def test_both_marking_the_same_words_is_one_shared_question() -> None:
    article = _article()
    span = _span(article, "Small rituals hold a marriage steady")
    question = marks_question(article, [Mark("Anna", *span), Mark("Ben", span[0] + 6, span[1])], "en")
    assert question is not None
    assert question.text.startswith("You both marked “Small rituals hold a marriage steady”.")


def test_marks_outside_the_text_or_empty_are_ignored() -> None:
    article = _article()
    assert marks_question(article, [], "en") is None
    assert marks_question(article, [Mark("Anna", 5, 5), Mark("Ben", 10, 10**6)], "en") is None


def test_the_couple_guide_reads_together_on_the_marks_and_other_audiences_ignore_them() -> None:
    article = _article()
    marks = (Mark("Anna", *_span(article, "Small rituals hold a marriage steady")),)
    couple = generate_guide(article, GuideOptions(audience="couple", marks=marks))
    read = next(s for s in couple.sections if s.key == "read")
    assert [q.text for q in read.questions] == [
        "Anna marked “Small rituals hold a marriage steady”. What made those words stand out for you, Anna?"
    ]
    plain = generate_guide(article, GuideOptions(audience="couple"))
    assert not next(s for s in plain.sections if s.key == "read").questions
    group = generate_guide(article, GuideOptions(audience="group", marks=marks))
    assert group == generate_guide(article, GuideOptions(audience="group"))
    # Deterministic: the same marks in another order give the same guide.
    two = (marks[0], Mark("Ben", *_span(article, "Listening is a gift")))
    assert generate_guide(article, GuideOptions(audience="couple", marks=two)) == generate_guide(
        article, GuideOptions(audience="couple", marks=two[::-1])
    )
