"""What the blind reviewers of r96 and r97 found, mended in the seventh session (stop 33): a thesis the
author announces ("I want to argue something ...: ...") lost to a sentence with a thesis's marks, a claim
cut at a comma in the middle of its comparison, and a warm-up on the place the stories happen ("church")
rather than on what the article is about."""

from __future__ import annotations

from test_guide_support import context_for

from guides.analysis.analyze import analyze
from guides.analysis.cues import announced
from guides.guide.context import Unit
from guides.guide.families import CHECKS
from guides.guide.families.thesis import _thesis_clause
from guides.importing import import_text

_SPOKESWOMAN = (
    "I Used to Answer for My Husband\n\n"
    "Kojo and I have been married for fourteen years. For about twelve of them, I have been his "
    "unofficial spokeswoman. When someone at church asked him a question and the silence began to stretch, "
    "I would step in. Everybody relaxed. I thought I was helping him.\n\n"
    "I want to argue something in this post that I wish someone had told me ten years ago: speaking for "
    "your spouse, even kindly, even to rescue them, slowly makes them smaller. Love makes room.\n\n"
    "Last November we were at a couples' dinner hosted by our church. The pastor's wife asked Kojo how "
    "he was finding the new job. I answered for him. In the car he said he had been going to say he was "
    "not sure he could do it. I had not known he was frightened.\n\n"
    "The point of a question asked to your husband is not only the information. It is that he gets to "
    "be the one who gives it. At church he had become the quiet man standing next to his wife.\n\n"
    "Silence is not an emergency. Most people can wait ten seconds in silence for an answer, and the "
    "answer is usually worth it. Silence can be a gift. I count to five in the silence now, and I let the "
    "silence sit.\n\n"
    "A silence is where he finds his words. Love waits out the silence, at home and at church.\n"
)


def test_a_thesis_the_author_announces_as_their_argument_is_the_thesis() -> None:
    sentence = (
        "I want to argue something in this post that I wish someone had told me ten years ago: speaking "
        "for your spouse, even kindly, even to rescue them, slowly makes them smaller."
    )
    start = announced(sentence)
    assert start is not None and sentence[start:].startswith("speaking for your spouse")
    thesis = analyze(import_text(_SPOKESWOMAN)).reading.thesis
    assert thesis is not None and thesis.text.startswith("I want to argue something")


def test_a_claim_is_not_cut_in_the_middle_of_its_comparison() -> None:
    essay = (
        "Come Hungry\n\n"
        "We talk a great deal about being good hosts. I have come to believe that being received well is "
        "just as much a skill, and just as much a grace, as receiving others. A good host needs a good "
        "guest.\n\n"
        "Arrive as a guest, not an inspector. Say yes to the second helping. Let them wash up if they "
        "insist, and say thank you the next day.\n"
    )
    ctx = context_for(essay)
    thesis = ctx.reading.thesis
    assert thesis is not None
    unit = Unit(
        kind="thesis", start=thesis.start, end=thesis.end, block=thesis.block, strength=1.0, passage=thesis
    )
    clause = _thesis_clause(ctx, unit)
    assert clause is not None and clause.text.endswith("as receiving others")


def test_a_warm_up_asks_about_what_the_article_is_about_not_where_its_stories_happen() -> None:
    ctx = context_for(_SPOKESWOMAN)
    themes = [u for u in ctx.units if u.kind == "theme" and u.theme is not None]
    church = next(u for u in themes if u.theme is not None and u.theme.label == "church")
    silence = next(u for u in themes if u.theme is not None and u.theme.label == "silence")
    assert not CHECKS["subject_theme"](ctx, church, "group")
    assert CHECKS["subject_theme"](ctx, silence, "group")
