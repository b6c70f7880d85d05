"""An advice column's counsel is the columnist's answer to one letter writer: a group weighs it, and
is never handed the writer's own errand (a talk with her son, by name) as its step for the week."""

from __future__ import annotations

from guides.guide import GuideOptions, generate_guide
from guides.importing.dispatch import import_text

COLUMN = """Ask Marion: My Son Says Our Sunday Dinners Are Boring

Dear Marion,
Our son Toby is sixteen and has started skipping the Sunday dinner my mother began forty years ago.
He says it is boring and that nobody asks him anything. My husband says to let it go. I feel the
whole family slipping away.
Sunday in Suffolk

Dear Sunday,
You are not really grieving a dinner. You are grieving the feeling that the family still holds.
Traditions that cannot change become something children endure rather than enjoy. Teenagers pull
away partly to see whether anyone will pull back.

Sit down with Toby, not to argue, but to ask. Something like: "What would make Sunday worth coming
to?" Then actually listen. Maybe he would come if he could bring a friend. Take his complaint
seriously, too: nobody asking him anything is a real complaint.

Most families find that a tradition bent a little keeps them together longer than one kept rigid.
"""


def test_a_group_is_not_given_the_letter_writers_own_errand() -> None:
    article = import_text(COLUMN)
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        for q in guide.questions:
            asked = q.text.split("“")[0]  # the question's own words, outside any quote of the column
            assert "Toby" not in asked, (audience, q.text)


HEALTH = """Ask Marion: He Won't See a Doctor

Dear Marion,
My husband has had chest pains twice this month and refuses to see anyone. Our daughter keeps sending
him articles about heart attacks. He just gets angrier.
Scared in Selby

Dear Scared,
A man who refuses help is usually frightened, not stubborn. Nagging turns fear into a contest of wills,
and nobody wins a contest of wills with someone they love.

Ask your daughter to stop sending the articles. Ask about his father, who died young. Then tell him
plainly what you are afraid of, and let that be the whole conversation.
"""


def test_counsel_about_the_writers_own_people_is_never_the_readers_step() -> None:
    article = import_text(HEALTH)
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))  # type: ignore[arg-type]
        for q in guide.questions:
            if q.family in ("counsel_moment", "counsel_other", "counsel_hard"):
                quoted = article.text[q.source.start : q.source.end]
                assert "daughter" not in quoted and "his father" not in quoted, (audience, q.text)
            if q.family in ("column_counsel", "column_counsel_own"):
                assert "columnist" in q.text and "your home" not in q.text


def test_no_guide_makes_an_argument_out_of_two_words_either_side_of_rather_than() -> None:
    """ "Looking at the statements side by side instead of across a table" does not argue for "side"
    over "across", nor "through the painful place rather than around it" for "place": the word-pair
    family that asked so is retired; a contrast is asked about in the author's whole sentence."""
    text = (
        "Money Without the Fights\n\n"
        "Most couples I know do not fight about money. They fight about fear. Tomas and Lidia started "
        "looking at the statements side by side instead of across a table, and the evenings changed. "
        "Meet difficult conversations with grace instead of defensiveness. Traditions that cannot change "
        "become something children endure rather than enjoy. Jesus goes back through the painful place "
        "rather than around it.\n"
    )
    article = import_text(text)
    for audience in ("group", "couple"):
        guide = generate_guide(article, GuideOptions(audience=audience))
        assert not any("argues for" in q.text for s in guide.sections for q in s.questions)
