"""Where the reading turns back to the argument: a note on a word that the author sets aside, a cleft
whose "it" points forward, and a claim that takes up its section heading's words as the section's point."""

from __future__ import annotations

from pathlib import Path

from guides.analysis.analyze import analyze
from guides.article import BlockDraft, build_article
from guides.guide import GuideOptions, generate_guide
from guides.importing import import_source


def _read(*paragraphs: str):  # type: ignore[no-untyped-def]
    article = build_article([BlockDraft(kind="paragraph", text=p) for p in paragraphs], title="Reading")
    return article, analyze(article).reading


def test_a_note_on_a_word_ends_where_the_author_sets_the_word_aside() -> None:
    _, reading = _read(
        'There is a clumsy word for this in the research literature: "drift", meaning the slow way two '
        "people stop turning toward each other. The word matters less than the idea inside it. It is not "
        "the big quarrels that do the damage. It is the small turn away.",
    )
    assert reading.passages[0].role == "note"
    # both sentences after the word is set aside are the argument again
    assert [p.role for p in reading.passages if p.text.startswith("It is")] == ["claim", "claim"]


def test_a_cleft_contrast_under_the_heading_it_takes_up_is_a_key_claim() -> None:
    drafts = [
        BlockDraft(
            kind="paragraph", text="Most couples I meet do not fight about chores. They go quiet about them."
        ),
        BlockDraft(kind="heading", text="The small turn is the problem", level=2),
        BlockDraft(
            kind="paragraph",
            text="It is not the big quarrels that do the damage. It is the small turn away. Picture a "
            "husband who looks at the clock while his wife is still talking.",
        ),
        BlockDraft(kind="heading", text="What helps", level=2),
        BlockDraft(kind="paragraph", text="Pick one evening a week and keep it for each other."),
    ]
    article = build_article(drafts, title="Quiet Houses")
    reading = analyze(article).reading
    cleft = next(k for k in reading.claims if article.text[k.start :].startswith("It is not the big"))
    assert not cleft.leans  # the "it" of a cleft points forward, to "that do the damage"
    assert cleft.shape == "contrast"
    assert cleft in reading.key_claims


def test_a_cleft_contrast_is_asked_about_though_its_it_is_no_pointer() -> None:
    path = Path(__file__).parents[1] / "fixtures" / "corpus" / "21-third-person-on-the-sofa.txt"
    article = import_source(str(path))
    asked = [q.text for q in generate_guide(article, GuideOptions(audience="group")).questions]
    assert any("It is not the hours of scrolling that do the damage" in q for q in asked), asked
