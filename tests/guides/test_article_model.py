"""The Article model: placing blocks, stable ids, inline spans, restore, and JSON."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from guides.article import (
    BLOCK_SEPARATOR,
    Article,
    BlockDraft,
    Inline,
    Removed,
    article_from_dict,
    article_to_dict,
    build_article,
    drafts_of,
    normalize_block_text,
    removed_id,
    restore,
)

DRAFTS = [
    BlockDraft(kind="heading", text="Bread and Salt", level=1),
    BlockDraft(kind="paragraph", text="We  keep a  loaf on\u00a0the table\n\n\nfor whoever comes."),
    BlockDraft(kind="list_item", text="Knock first.", level=1, ordinal=1),
    BlockDraft(kind="list_item", text="   ", level=1, ordinal=2),
    BlockDraft(kind="quote", text="Give us this day."),
]


def _comment(text: str, position: int, *, spam: bool = False) -> Removed:
    return Removed(
        id=removed_id("comment", text, position),
        kind="comment",
        text=text,
        reason="reader comment",
        position=position,
        spam=spam,
    )


def test_blocks_are_joined_by_a_blank_line_and_their_offsets_point_at_them() -> None:
    article = build_article(DRAFTS, title="  Bread\nand Salt ")
    assert article.title == "Bread and Salt"
    assert article.text == BLOCK_SEPARATOR.join(
        [
            "Bread and Salt",
            "We keep a loaf on the table\nfor whoever comes.",
            "Knock first.",
            "Give us this day.",
        ]
    )
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    assert [b.kind for b in article.blocks] == ["heading", "paragraph", "list_item", "quote"]
    assert article.blocks[2].ordinal == 1
    assert article.word_count == len(article.text.split())


def test_normalize_block_text_keeps_single_line_breaks_only() -> None:
    assert normalize_block_text(" a\u2003 b\r\n\r\n c\u200b ") == "a b\nc"


def test_an_article_with_no_title_is_untitled() -> None:
    assert build_article([BlockDraft(kind="paragraph", text="Words.")], title=" ").title == "Untitled"


def test_ids_depend_on_kind_and_text_only() -> None:
    first = build_article(DRAFTS, title="A")
    shifted = build_article([BlockDraft(kind="paragraph", text="A new opening."), *DRAFTS], title="B")
    assert [b.id for b in first.blocks] == [b.id for b in shifted.blocks[1:]]
    assert first.blocks[0].id.startswith("h-")
    assert first.blocks[1].id.startswith("p-")
    assert first.blocks[2].id.startswith("li-")
    assert first.blocks[3].id.startswith("q-")


def test_repeated_blocks_get_distinct_ids() -> None:
    article = build_article([BlockDraft(kind="paragraph", text="Amen.")] * 3, title="A")
    ids = [b.id for b in article.blocks]
    assert len(set(ids)) == 3
    assert ids[1] == f"{ids[0]}-2"


def test_inline_spans_move_with_normalised_text() -> None:
    raw = "Love   is  patient, love is kind."
    draft = BlockDraft(
        kind="paragraph",
        text=raw,
        inline=(
            Inline("strong", raw.index("patient"), raw.index("patient") + 7),
            Inline("link", raw.index("kind"), raw.index("kind") + 4, href="https://example.org/"),
        ),
    )
    article = build_article([BlockDraft(kind="heading", text="On love", level=2), draft], title="On love")
    block = article.blocks[1]
    assert [(i.kind, article.text[i.start : i.end], i.href) for i in block.inline] == [
        ("strong", "patient", None),
        ("link", "kind", "https://example.org/"),
    ]
    assert all(block.start <= i.start <= i.end <= block.end for i in block.inline)


def test_blank_inline_spans_are_dropped() -> None:
    draft = BlockDraft(kind="paragraph", text="a   b", inline=(Inline("emphasis", 1, 4),))
    assert build_article([draft], title="t").blocks[0].inline == ()


def test_sections_are_listed_once_in_order() -> None:
    drafts = [
        BlockDraft(kind="paragraph", text="One.", section="Chapter 1"),
        BlockDraft(kind="paragraph", text="Two.", section="Chapter 1"),
        BlockDraft(kind="paragraph", text="Three.", section="Chapter 2"),
    ]
    assert build_article(drafts, title="Book").sections == ("Chapter 1", "Chapter 2")


def test_block_at_finds_the_block_around_an_offset() -> None:
    article = build_article(DRAFTS, title="A")
    second = article.blocks[1]
    assert article.block_at(second.start) == second
    assert article.block_at(second.end - 1) == second
    assert article.block_at(second.end) is None  # the blank line between blocks


def test_drafts_of_rebuilds_the_same_article() -> None:
    article = build_article(DRAFTS, title="Bread and Salt", author="Ana", language="en")
    again = build_article(drafts_of(article), title=article.title, author="Ana", language="en")
    assert again == article


def test_restore_puts_a_comment_back_where_it_was() -> None:
    kept = _comment("Thank you for this.\n\nIt helped our group.", 2)
    spam = _comment("Cheap watches here", 4, spam=True)
    article = build_article(DRAFTS, title="A", removed=[kept, spam])
    assert article.comments == (kept, spam)
    restored = restore(article, [kept.id])
    assert [b.text for b in restored.blocks] == [
        "Bread and Salt",
        "We keep a loaf on the table\nfor whoever comes.",
        "Thank you for this.",
        "It helped our group.",
        "Knock first.",
        "Give us this day.",
    ]
    assert restored.removed == (replace(spam, position=6),)
    for block in restored.blocks:
        assert restored.text[block.start : block.end] == block.text


def test_restore_of_an_unknown_piece_raises_key_error() -> None:
    article = build_article(DRAFTS, title="A")
    with pytest.raises(KeyError):
        restore(article, ["r-nothing"])


def test_removed_ids_are_stable() -> None:
    assert removed_id("comment", "Hi", 3) == removed_id("comment", "Hi", 3)
    assert removed_id("comment", "Hi", 3) != removed_id("comment", "Hi", 4)


def _rich_article() -> Article:
    return build_article(
        [
            BlockDraft(kind="heading", text="Bread and Salt", level=1, section="Part one"),
            BlockDraft(
                kind="paragraph",
                text="Read Psalm 23 together.",
                inline=(
                    Inline("link", 5, 13, href="https://example.org/psalm-23"),
                    Inline("emphasis", 14, 22),
                ),
                section="Part one",
            ),
            BlockDraft(kind="preformatted", text="  line one\n  line two"),
        ],
        title="Bread and Salt",
        removed=[_comment("Lovely!", 1), _comment("Buy followers", 2, spam=True)],
        author="Ana Ruiz",
        date="2024-05-01",
        site="example.org",
        source="https://example.org/bread",
        language="en",
    )


def test_json_round_trip_is_exact() -> None:
    article = _rich_article()
    data = json.loads(json.dumps(article_to_dict(article)))
    assert article_from_dict(data) == article
    assert data["schema"] == 1
    assert data["blocks"][1]["inline"][0] == {
        "kind": "link",
        "start": article.blocks[1].inline[0].start,
        "end": article.blocks[1].inline[0].end,
        "href": "https://example.org/psalm-23",
    }
    assert [r["spam"] for r in data["removed"]] == [False, True]


def test_json_whose_offsets_disagree_with_the_text_is_refused() -> None:
    data = article_to_dict(_rich_article())
    data["blocks"][0]["start"] += 1
    with pytest.raises(ValueError, match="does not match"):
        article_from_dict(data)


def test_a_span_on_a_repeated_word_stays_on_its_own_occurrence() -> None:
    raw = "No,  he said, and no\u200b meant   no."
    last = raw.rindex("no")
    article = build_article(
        [BlockDraft(kind="paragraph", text=raw, inline=(Inline("strong", last, last + 2),))], title="t"
    )
    (strong,) = article.blocks[0].inline
    assert article.text == "No, he said, and no meant no."
    assert (strong.start, strong.end) == (
        len("No, he said, and no meant "),
        len("No, he said, and no meant no"),
    )


# --- an excerpt's cut-off last sentence -------------------------------------------------


def _excerpt() -> Article:
    return build_article(
        [
            BlockDraft(kind="paragraph", text="We walk after supper."),
            BlockDraft(
                kind="paragraph", text="It helps.  Then one   evening she said that we", fragment_start=10
            ),
        ],
        title="Walking",
    )


def test_a_fragment_is_placed_in_the_normalised_text() -> None:
    article = _excerpt()
    last = article.blocks[-1]
    assert last.text == "It helps. Then one evening she said that we"
    assert article.fragments == ((last.start + len("It helps. "), last.end),)
    start, end = article.fragments[0]
    assert article.text[start:end] == "Then one evening she said that we"
    assert article.blocks[0].fragment_start is None


def test_in_fragment_says_whether_a_span_touches_the_cut_sentence() -> None:
    article = _excerpt()
    start, end = article.fragments[0]
    assert article.in_fragment(start, end)
    assert article.in_fragment(start - 3, start + 1)
    assert not article.in_fragment(0, start - 1)
    assert not _excerpt().in_fragment(0, 5)


def test_a_fragment_survives_json_drafts_and_restore() -> None:
    article = _excerpt()
    assert article_from_dict(json.loads(json.dumps(article_to_dict(article)))) == article
    assert article_to_dict(article)["blocks"][1]["fragment_start"] == article.fragments[0][0]
    assert build_article(drafts_of(article), title=article.title) == article
    piece = _comment("Lovely.", 0)
    with_piece = replace(article, removed=(piece,))
    restored = restore(with_piece, [piece.id])
    start, end = restored.fragments[0]
    assert restored.text[start:end] == "Then one evening she said that we"


def test_json_with_a_fragment_outside_its_block_is_refused() -> None:
    data = article_to_dict(_excerpt())
    data["blocks"][1]["fragment_start"] = 0
    with pytest.raises(ValueError):
        article_from_dict(data)


def test_other_letters_are_listed_apart_from_comments() -> None:
    letter = Removed(
        id=removed_id("letter", "Dear Ann: another letter.", 1),
        kind="letter",
        text="Dear Ann: another letter.",
        reason="Letter 2 of 2",
        position=1,
    )
    article = replace(_excerpt(), removed=(letter, _comment("Nice.", 2)))
    assert article.letters == (letter,)
    assert [c.text for c in article.comments] == ["Nice."]
