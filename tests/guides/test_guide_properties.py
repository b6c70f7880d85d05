"""Property tests: any article put together from a pool of sentences gives a sound guide.

The sentences are written for this test and mix what the generator must
handle: claims, the author's questions (open, yes/no, quoted), advice with
and without conditions, scripture with a quotation, and sensitive material.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_guide_support import article_from, guide_problems

from guides.guide import GuideOptions, generate_guide

SENTENCES = [
    "Patience is a quiet kind of strength.",
    "Most arguments at home are about being heard, not about the dishes.",
    "When we feel rushed, kindness is the first thing to go.",
    "Do you listen to your partner when you are tired?",
    "What would change if you assumed the best about each other?",
    "Can your spouse count on you when the week goes wrong?",
    "Put your phone in another room before dinner.",
    "If the evening turns tense, take a short walk together.",
    "Write down one thing you are thankful for each night.",
    "Colossians 3:13 says it plainly: “bear with one another and forgive.”",
    "Hope is not the same as optimism.",
    "Some couples carry debt they have never talked about.",
    "An affair does not always begin with attraction; it often begins with loneliness.",
    "Money is rarely just about money.",
    "You might ask yourself, “Are we just busy, or are we drifting?”",
    "Trust is rebuilt slowly, one kept promise at a time.",
    "Forgiveness is a choice before it is a feeling.",
    "Grief can make a house very quiet.",
    "Let the small things go, and talk about the big ones.",
    "Children learn more from how we argue than from what we say about arguing.",
    "Rest is not a reward for finishing; it is part of the work.",
    "Ask for help before you need it.",
]

paragraphs = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join)
articles = st.lists(paragraphs, min_size=1, max_size=6)
options = st.builds(
    GuideOptions,
    audience=st.sampled_from(["couple", "group", "session"]),
    minutes=st.sampled_from([None, 20, 45, 60, 90]),
    intensity=st.sampled_from(["mild", "medium", "open"]),
    faith=st.sampled_from([None, True, False]),
    questions=st.sampled_from([None, 3, 5]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles, options)
def test_any_article_gives_a_sound_guide(texts: list[str], chosen: GuideOptions) -> None:
    article = article_from(texts, title="Notes on a shared life")
    guide = generate_guide(article, chosen)
    assert guide_problems(article, guide) == []
    assert generate_guide(article, chosen) == guide
