"""Shapes the blind readings found misread, each small: what a sentence, a list, a head or a verse is
doing, and the question it may carry."""

from __future__ import annotations

from guides.analysis.analyze import analyze
from guides.analysis.reading import _ours_now
from guides.analysis.sensitive import find_sensitive
from guides.article import BlockDraft, build_article
from guides.guide import GuideOptions, generate_guide
from guides.guide.families import _contrast
from guides.guide.quotes import display, unshouted
from guides.importing import import_text

BODY = (
    "We had been married four years when the arguments started coming every evening. Most of them were "
    "about nothing at all, and we both knew it.\n\n"
    "What changed was small. We started asking one question before every hard conversation: what do you "
    "need from me right now? It sounds simple because it is.\n"
)


def _read(*paragraphs: str):  # type: ignore[no-untyped-def]
    article = build_article([BlockDraft(kind="paragraph", text=p) for p in paragraphs], title="Reading")
    return article, analyze(article).reading


def test_a_lowercase_tagline_under_the_sites_name_does_not_stop_the_head() -> None:
    article = import_text(
        "TWO CHAIRS AT THE TABLE\nnotes on an ordinary marriage\n\nHome   About   Marriage   Contact\n\n"
        f"The Question Before the Argument\n\nPosted on March 3, 2025 by Dana Wells\n\n{BODY}",
        html=False,
    )
    assert article.title == "The Question Before the Argument"
    assert article.author == "Dana Wells"


def test_a_short_headline_over_its_long_subtitle_is_the_title() -> None:
    article = import_text(
        "Learning to Ask\n\nWhy the kindest thing you can say to each other might be a question, at least "
        f"at first\n\n{BODY}",
        html=False,
    )
    assert article.title == "Learning to Ask"


def test_a_heading_under_a_header_the_head_cannot_read_is_the_title_not_the_file_name() -> None:
    article = import_text(
        "GRACE HILL CHURCH | SERMON NOTES\nSeries: Home | Week 2 of 4\nText: Matthew 18:21-35\n\n"
        f"Forgiving a Friend\n\n{BODY}",
        html=False,
    )
    assert article.title == "Forgiving a Friend"


def test_a_debt_in_a_parable_is_a_picture_and_a_credit_card_debt_is_money() -> None:
    parable = (
        "The servant owed ten thousand talents, a debt nobody could pay. The king forgave the debt. "
        "Then the servant would not forgive a small debt. Releasing a debt is a decision. It is a budget "
        "of mercy."
    )
    assert "money" not in {t.topic for t in find_sensitive(parable)}
    assert "money" in {t.topic for t in find_sensitive("The credit card debt kept growing.")}


def test_capitals_read_as_a_heading_are_quoted_in_sentence_case() -> None:
    assert unshouted("FORGIVENESS RELEASES THE DEBT, NOT ALWAYS THE RELATIONSHIP") == (
        "Forgiveness releases the debt, not always the relationship"
    )
    assert display("GOD IS FAITHFUL AND I KNOW IT") == "“God is faithful and I know it”"
    assert unshouted("NIV Study") == "NIV Study" and unshouted("APPLICATION") == "APPLICATION"
    assert unshouted("APPLICATION", min_words=1) == "Application"


def test_what_we_did_once_is_not_what_our_household_does_now() -> None:
    assert _ours_now("We walk after dinner.")
    assert not _ours_now("We said the number out loud. We sat down together.")


def test_a_framed_claim_after_a_colon_is_the_authors_claim_not_a_lists_lead() -> None:
    _, reading = _read(
        "Here is the simplest way we know to say it: listening is not waiting for your turn to talk.",
        "Notice what did not happen. Listening is not agreeing, and it is not giving in.",
    )
    roles = {p.text[:20]: p.role for p in reading.passages}
    assert roles["Here is the simplest"] == "claim"
    # "Notice ..." opens the author's reading of a story, not a note on a word: the claim stays a claim.
    assert roles["Listening is not agr"] == "claim"


def test_a_contrast_between_pronouns_or_prepositions_is_no_pair() -> None:
    assert _contrast("Speak for yourselves rather than about the other.") is None


def test_list_steps_read_as_steps_not_stories_and_a_sermons_points_divide_its_outline() -> None:
    sermon = [BlockDraft(kind="heading", text="Forgiving a Friend", level=1)]
    opening = "Turn with me to Matthew 18. Peter asks how often to forgive."
    sermon.append(BlockDraft(kind="paragraph", text=opening))
    for number, (point, story) in enumerate(
        (
            ("THE DEBT IS REAL", "Jesus does not pretend the wrong is small. A friend's betrayal costs."),
            ("YOU WERE FORGIVEN FIRST", "The servant was forgiven a debt he could never pay."),
            ("FORGIVENESS RELEASES THE DEBT", "Releasing a debt is not the same as trusting again."),
        ),
        1,
    ):
        sermon.append(BlockDraft(kind="list_item", text=point, ordinal=number))
        sermon.append(BlockDraft(kind="paragraph", text=story))
    article = build_article(sermon, title="Forgiving a Friend")
    guide = generate_guide(article, GuideOptions(audience="session"))
    labels = [p.label for p in guide.outline]
    assert "The debt is real" in labels and "You were forgiven first" in labels
    for q in guide.questions:
        assert "story that begins" not in q.text, q.text
