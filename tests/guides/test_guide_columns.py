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


def test_what_goes_wrong_is_not_what_the_columnist_argues_for() -> None:
    """"Traditions that cannot change become something children endure rather than enjoy" does not argue
    for enduring: a contrast in a clause about what goes wrong is not a pair to weigh."""
    from guides.guide.families import _contrast

    wrong = "Traditions that cannot change become something children endure rather than enjoy."
    assert _contrast(wrong) is None
    assert _contrast("Meet difficult conversations with grace instead of defensiveness.") == (
        "grace",
        "defensiveness",
    )
