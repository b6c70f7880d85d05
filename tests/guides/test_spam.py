"""Comment spam verdicts: each signal, the weights that keep real readers genuine, the reasons."""

from __future__ import annotations

import dataclasses

import pytest

from guides.cleaning.spam import SPAM_THRESHOLD, SpamVerdict, classify_comment

ARTICLE = (
    "Trust between spouses grows in small moments: a promise kept, a hard conversation handled "
    "with patience, an evening when the phone stayed in the drawer. Forgiveness is a decision "
    "before it is a feeling."
)


def verdict(text: str, language: str | None = "en", article: str | None = ARTICLE) -> SpamVerdict:
    return classify_comment(text, article_language=language, article_text=article)


@pytest.mark.parametrize(
    "text",
    [
        "Nice post - tough topic - useful tips.",
        "Great post, thanks for sharing!",
        "This is so important. I'm glad you're willing to write about it!",
        "Thank you for this. The part about keeping small promises is where we need to start.",
        "We tried the phone-in-the-drawer evening and had our first real conversation in weeks",
        "Amen.",
        "I wrote about forgiveness in our church newsletter too: https://example.org/forgiveness",
    ],
)
def test_genuine_comments_stay_genuine(text: str) -> None:
    result = verdict(text)
    assert not result.spam, result.reason
    assert result.score < SPAM_THRESHOLD
    assert result.reason.startswith("Genuine")


def test_link_bait() -> None:
    result = verdict("Nice thoughts on marriage. Click here for more quotes")
    assert result.spam
    assert "link bait" in result.signals
    assert "“Click here for more quotes”" in result.reason


def test_keyword_glued_onto_the_last_sentence() -> None:
    result = verdict("I have been thinking about trust in relationships for a while now and agree.slim tea")
    assert result.spam
    assert "keyword stuffing" in result.signals
    assert "glued" in result.reason


def test_keyword_in_another_alphabet_tacked_on() -> None:
    result = verdict("Marriage needs work from both sides, as every couple eventually learns.водка купить")
    assert result.spam
    assert "another alphabet" in result.reason


def test_trade_phrase_at_the_end() -> None:
    result = verdict("Such valuable insights shared with all of us today, great job... payday loans")
    assert result.spam
    assert "“payday loans”" in result.reason


def test_spintax() -> None:
    result = verdict("{Hi|Hello|Hey there}! I {really|truly} {enjoyed|loved} this {post|article}.")
    assert result.spam
    assert result.signals[0] == "spintax"
    assert "{Hi|Hello|Hey there}" in result.reason


def test_a_switch_of_language_alone_is_not_spam_but_adds_up() -> None:
    alone = verdict("Gracias por este artículo, lo leímos juntos en casa con mi esposa ayer.")
    assert not alone.spam
    assert "Spanish" in alone.reason
    with_praise = verdict("Excelente artículo, información muy valiosa, gracias por compartir. Volveré.")
    assert with_praise.spam


def test_another_alphabet() -> None:
    result = verdict("Очень хорошая статья, спасибо автору за интересный материал", article=None)
    assert "other alphabet" in result.signals


def test_stacked_stock_praise_is_spam() -> None:
    result = verdict(
        "Superb!! Awesome!! Bookmarked your site and I will subscribe to your feed, so much useful "
        "information on this page, keep up the great work, thanks for sharing."
    )
    assert result.spam
    assert result.signals == ("generic praise",)
    assert "could sit under any post" in result.reason


def test_promotion() -> None:
    result = verdict("We offer the best price on wedding photography, contact us today!")
    assert result.spam
    assert "promotion" in result.signals


def test_specific_words_outweigh_mild_praise_but_not_hard_signs() -> None:
    mild = verdict("Great post, so valuable. Keeping small promises and forgiveness as a decision, yes.")
    assert not mild.spam
    assert "mentions things the post talks about" in mild.reason
    hard = verdict("Forgiveness and trust and promises matter. Click here for cheap pills")
    assert hard.spam


def test_without_article_text_or_language() -> None:
    result = classify_comment("Thanks for sharing!", article_language=None)
    assert not result.spam
    assert classify_comment("", article_language="en").reason == "Empty comment."


def test_verdict_is_frozen_and_deterministic() -> None:
    text = "Wow, what a great article. Keep posting, I will come back for more"
    first = verdict(text)
    assert first == verdict(text)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.spam = False  # type: ignore[misc]
