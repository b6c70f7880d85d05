"""Export and import: W3C Web Annotation JSON-LD both ways, Markdown with the sentence around each note."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from guides.article import Article, BlockDraft, build_article
from guides.export.notes import notes_to_jsonld, notes_to_markdown
from guides.library import AnnotationFileError, Library

BODY = [
    "Trust grows slowly in a marriage. It is built one kept promise at a time.",
    "Listen when your partner is struggling. Do not rush to fix it; ask what would help.",
    "Each evening, name one thing your partner did that you were grateful for.",
]


def make_article(paragraphs: list[str] = BODY, source: str = "https://example.org/trust") -> Article:
    return build_article([BlockDraft("paragraph", p) for p in paragraphs], title="On *trust*", source=source)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as lib:
        yield lib


@pytest.fixture
def article_id(library: Library) -> int:
    aid = library.articles.add(make_article()).article_id
    library.annotations.add_quote(aid, "one kept promise", reader="Anna", color="green")
    library.annotations.add_quote(
        aid,
        "Do not rush to fix it",
        note="This is me.\n\n# Not a heading",
        reader="Ben",
        tags=["listening", "week 1"],
    )
    return aid


def test_jsonld_follows_the_w3c_model(library: Library, article_id: int) -> None:
    data = notes_to_jsonld(library, article_id)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    highlight, note = data["first"]["items"]
    assert highlight["type"] == "Annotation" and highlight["motivation"] == "highlighting"
    assert highlight["id"].startswith("urn:uuid:")
    assert highlight["creator"] == {"type": "Person", "name": "Anna"}
    assert "body" not in highlight
    target = highlight["target"]
    assert target["source"] == "https://example.org/trust" and target["styleClass"] == "green"
    position, quote = target["selector"]
    text = library.articles.text(article_id)
    assert position["type"] == "TextPositionSelector"
    assert text[position["start"] : position["end"]] == "one kept promise"
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "one kept promise",
        "prefix": text[position["start"] - 32 : position["start"]],
        "suffix": text[position["end"] : position["end"] + 32],
    }
    assert ".green" in highlight["stylesheet"]["value"]
    assert note["motivation"] == "commenting"
    assert note["body"][0] == {
        "type": "TextualBody",
        "value": "This is me.\n\n# Not a heading",
        "format": "text/plain",
        "purpose": "commenting",
    }
    assert [b["value"] for b in note["body"][1:]] == ["listening", "week 1"]
    json.dumps(data)  # plain JSON all the way down


def test_a_file_or_paste_targets_a_stable_urn(library: Library) -> None:
    aid = library.articles.add(make_article(source="/home/anna/trust.txt")).article_id
    library.annotations.add_quote(aid, "one kept promise")
    target = notes_to_jsonld(library, aid)["first"]["items"][0]["target"]["source"]
    assert target.startswith("urn:porchlight:article:")


def test_jsonld_round_trips_into_another_library(library: Library, article_id: int, tmp_path: Path) -> None:
    exported = notes_to_jsonld(library, article_id)
    with Library(tmp_path / "other.sqlite3") as other:
        edited = make_article(["A new first paragraph.", *BODY])  # the other copy differs a little
        aid = other.articles.add(edited).article_id
        result = other.import_jsonld(aid, json.dumps(exported))
        assert (result.added, result.already_there, result.orphaned) == (2, 0, 0)
        notes = other.annotations.for_article(aid)
        originals = library.annotations.for_article(article_id)
        assert [(n.quote, n.note, n.reader, n.color, n.tags, n.uid) for n in notes] == [
            (o.quote, o.note, o.reader, o.color, o.tags, o.uid) for o in originals
        ]
        assert all(edited.text[n.start or 0 : n.end or 0] == n.quote for n in notes)
        again = other.import_jsonld(aid, exported)
        assert (again.added, again.already_there) == (0, 2)


def test_import_places_what_it_can_and_orphans_the_rest(library: Library, article_id: int) -> None:
    aid = library.articles.add(make_article(["Completely different text here."], source="/x.txt")).article_id
    result = library.import_jsonld(aid, notes_to_jsonld(library, article_id))
    assert result.added == 2 and result.orphaned == 2
    assert all(n.status == "orphan" for n in library.annotations.for_article(aid))


def test_import_accepts_a_single_annotation_a_page_or_a_list(library: Library, article_id: int) -> None:
    minimal: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "Hypothesis-style note"},
        "target": {
            "source": "https://example.org/trust",
            "selector": {"type": "TextQuoteSelector", "exact": "name one thing"},
        },
        "creator": "Carol",
    }
    assert library.import_jsonld(article_id, minimal).added == 1
    page = {"type": "AnnotationPage", "items": [dict(minimal, body="https://example.org/tag")]}
    assert library.import_jsonld(article_id, page).added == 1
    positional = {
        "type": "Annotation",
        "target": [{"selector": [{"type": "TextPositionSelector", "start": 0, "end": 5}]}],
    }
    assert library.import_jsonld(article_id, [positional]).added == 1
    notes = library.annotations.for_article(article_id)
    assert any(n.note == "Hypothesis-style note" and n.reader == "Carol" for n in notes)
    assert any(n.quote == "Trust" for n in notes)


BAD_FILES: list[tuple[str, Any]] = [
    ("not json", b"{ this is not json"),
    ("a number", 42),
    ("no annotations", {"type": "Person"}),
    ("an item that is no annotation", [{"type": "Annotation", "target": {"selector": []}}, {"type": "Note"}]),
    ("no selectors", [{"type": "Annotation", "target": {"source": "x"}}]),
    (
        "empty quote",
        [{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": ""}}}],
    ),
    (
        "reversed range",
        [
            {
                "type": "Annotation",
                "target": {"selector": {"type": "TextPositionSelector", "start": 9, "end": 2}},
            }
        ],
    ),
    (
        "body of numbers",
        [
            {
                "type": "Annotation",
                "body": [{"value": 7}],
                "target": {"selector": {"type": "TextQuoteSelector", "exact": "Trust"}},
            }
        ],
    ),
    ("page without items", {"type": "AnnotationPage"}),
    ("linked first page", {"type": "AnnotationCollection", "first": "https://example.org/page1"}),
]


@pytest.mark.parametrize(("label", "payload"), BAD_FILES, ids=[label for label, _ in BAD_FILES])
def test_a_malformed_file_imports_nothing_and_says_why(
    library: Library, article_id: int, label: str, payload: Any
) -> None:
    good = {
        "type": "Annotation",
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "name one thing"}},
    }
    if isinstance(payload, list):
        payload = [good, *payload]  # a good annotation first: it must not be imported either
    before = library.annotations.for_article(article_id)
    with pytest.raises(AnnotationFileError) as caught:
        library.import_jsonld(article_id, payload)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 200
    assert library.annotations.for_article(article_id) == before


def test_a_position_outside_the_article_is_refused(library: Library, article_id: int) -> None:
    far = {
        "type": "Annotation",
        "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 10**6}},
    }
    with pytest.raises(AnnotationFileError, match="outside"):
        library.import_jsonld(article_id, far)


def test_markdown_shows_each_note_in_its_sentence(library: Library, article_id: int) -> None:
    markdown = notes_to_markdown(library, article_id)
    assert markdown.startswith("# Notes on “On \\*trust\\*”")
    assert "Source: https://example.org/trust" in markdown
    assert "> It is built **one kept promise** at a time." in markdown
    assert "> **Do not rush to fix it**; ask what would help." in markdown
    assert "**Anna**, highlight (green)" in markdown and "**Ben**, note (yellow)" in markdown
    assert "This is me.\n\n\\# Not a heading" in markdown
    assert "Tags: listening, week 1" in markdown
    assert markdown.index("one kept promise") < markdown.index("Do not rush")


def test_markdown_lists_orphans_separately(library: Library, article_id: int) -> None:
    library.articles.add(make_article([BODY[0], "Something new instead.", BODY[2]]))
    markdown = notes_to_markdown(library, article_id)
    assert "## Notes that lost their place" in markdown
    assert markdown.index("lost their place") < markdown.index("“Do not rush to fix it”")


def test_markdown_for_an_article_without_notes(library: Library) -> None:
    aid = library.articles.add(make_article(source="/empty.txt")).article_id
    assert "No highlights or notes yet." in notes_to_markdown(library, aid)
