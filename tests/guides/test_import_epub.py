"""EPUB e-books: metadata, chapters in reading order, titles, skipped front matter, damaged books."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from guides.errors import (
    ArticleImportError,
    DamagedDocumentError,
    NoArticleTextError,
    SourceTooLargeError,
    UnsupportedSourceError,
)
from guides.importing import import_bytes
from guides.importing.epub import list_chapters, read_epub

# --- building books -----------------------------------------------------------

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="{opf}" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


def xhtml(body: str, title: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en">'
        f"<head><title>{title}</title></head><body>{body}</body></html>"
    )


@dataclass
class Book:
    """An EPUB written the way common tools write them, parts replaceable for damage tests."""

    chapters: list[tuple[str, str]]
    """(file name, XHTML) in reading order, all under OEBPS/."""
    toc: list[tuple[str, str]] | None = None
    """(href, label); None for a book with no table of contents."""
    toc_kind: str = "nav"
    title: str = "Friends Along the Way"
    creators: list[tuple[str, str]] = field(default_factory=lambda: [("Ruth Calloway", "aut")])
    date: str = "2020-05-01"
    language: str = "en-GB"
    guide: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, bytes] = field(default_factory=dict)
    leave_out: set[str] = field(default_factory=set)
    opf: str | None = None
    container: str | None = None

    def build(self) -> bytes:
        files: dict[str, bytes] = {"mimetype": b"application/epub+zip"}
        files["META-INF/container.xml"] = (
            self.container or CONTAINER.format(opf="OEBPS/content.opf")
        ).encode()
        manifest, spine = [], []
        for index, (name, _) in enumerate(self.chapters):
            manifest.append(f'<item id="c{index}" href="{name}" media-type="application/xhtml+xml"/>')
            spine.append(f'<itemref idref="c{index}"/>')
        if self.toc is not None and self.toc_kind == "nav":
            links = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in self.toc)
            files["OEBPS/nav.xhtml"] = xhtml(
                f'<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>{links}</ol></nav>', "Contents"
            ).encode()
            manifest.append(
                '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
            )
            spine.insert(0, '<itemref idref="nav"/>')
        toc_attribute = ""
        if self.toc is not None and self.toc_kind == "ncx":
            points = "".join(
                f'<navPoint id="p{i}" playOrder="{i + 1}"><navLabel><text>{label}</text></navLabel>'
                f'<content src="{href}"/></navPoint>'
                for i, (href, label) in enumerate(self.toc)
            )
            files["OEBPS/toc.ncx"] = (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
                f"<head/><docTitle><text>{self.title}</text></docTitle><navMap>{points}</navMap></ncx>"
            ).encode()
            manifest.append('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
            toc_attribute = ' toc="ncx"'
        creators = "".join(
            f'<dc:creator opf:role="{role}">{name}</dc:creator>' for name, role in self.creators
        )
        guide = "".join(f'<reference type="{kind}" href="{href}"/>' for kind, href in self.guide)
        files["OEBPS/content.opf"] = (
            self.opf
            or (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">'
                '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">'
                f'<dc:identifier id="uid">urn:uuid:7a1c0e52-0000-4000-8000-000000000001</dc:identifier>'
                f"<dc:title>{self.title}</dc:title>{creators}<dc:date>{self.date}</dc:date>"
                f"<dc:language>{self.language}</dc:language></metadata>"
                f"<manifest>{''.join(manifest)}"
                '<item id="css" href="style.css" media-type="text/css"/></manifest>'
                f"<spine{toc_attribute}>{''.join(spine)}</spine>"
                f"{f'<guide>{guide}</guide>' if guide else ''}</package>"
            )
        ).encode()
        files["OEBPS/style.css"] = b"body { font-family: serif; }"
        for name, text in self.chapters:
            files[f"OEBPS/{name}"] = text.encode()
        files.update(self.extra)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                if name not in self.leave_out:
                    archive.writestr(name, data)
        return out.getvalue()


COVER = xhtml('<div class="cover"><img src="images/cover.jpg" alt="Friends Along the Way"/></div>', "Cover")
TITLE_PAGE = xhtml('<h1 class="title">Friends Along the Way</h1><p class="author">Ruth Calloway</p>', "Title")
COPYRIGHT = xhtml(
    "<p>Copyright © 2020 Ruth Calloway. All rights reserved.</p>"
    "<p>No part of this book may be reproduced without permission.</p><p>ISBN 000-0-00-000000-0</p>",
    "Copyright",
)
CHAPTER_ONE = xhtml(
    '<section epub:type="chapter"><h1>The Long Walk Home</h1>'
    "<p>My oldest friend and I have walked the same three miles home from church for twenty-two years. "
    "We have talked about weddings, about the year her mother was ill, about whether the bakery on Mill "
    "Lane will ever bring back its walnut loaf. Mostly, though, we have walked.</p>"
    "<blockquote><p>“A friend is someone you can be quiet with,” she told me once, “and not feel you owe "
    "them a story.”</p></blockquote>"
    "<p>What I have learned from those walks is simple enough to fit on a card:</p>"
    "<ol><li>Go at the slower person’s pace.</li><li>Let the silences be.</li>"
    "<li>Turn up again next Sunday.</li></ol>"
    "<p>It was on one of those walks that I first heard her say the word <em>naïveté</em> with all its "
    "dots, and I have loved her a little more for it ever since.</p></section>",
    "The Long Walk Home",
)
CHAPTER_TWO = xhtml(
    "<h2>Bread &amp; Salt</h2>"
    "<p>In the town where my grandmother grew up, new neighbours were welcomed with bread and salt: "
    "bread so that they would never go hungry, salt so that life would never lose its taste. She kept the "
    "custom in a terraced house in Leeds for fifty years, and nobody on her street ever refused it.</p>"
    "<p>Hospitality, she used to say, is not about the size of the table. It is about who is allowed to "
    "sit at it.</p>",
    "Bread and Salt",
)
CHAPTER_TWO_CONTINUED = xhtml(
    "<p>When she died, three of those neighbours carried her coffin. One of them had arrived on the street "
    "as a refugee in 1994 and still had the little dish she had been given the salt in.</p>",
    "Bread and Salt",
)
AFTERWORD = xhtml(
    "<h1>Afterword</h1><p>Every friendship in this book began with somebody taking a small risk: a knock "
    "on a door, an invitation that might have been refused, a question asked twice. I hope you take one "
    "this week.</p>",
    "Afterword",
)


def standard_book(**changes: object) -> Book:
    book = Book(
        chapters=[
            ("cover.xhtml", COVER),
            ("title.xhtml", TITLE_PAGE),
            ("copyright.xhtml", COPYRIGHT),
            ("ch1.xhtml", CHAPTER_ONE),
            ("ch2.xhtml", CHAPTER_TWO),
            ("ch2-part2.xhtml", CHAPTER_TWO_CONTINUED),
            ("afterword.xhtml", AFTERWORD),
        ],
        toc=[
            ("ch1.xhtml", "The Long Walk Home"),
            ("ch2.xhtml#start", "Bread and Salt"),
            ("afterword.xhtml", "Afterword"),
        ],
        guide=[("cover", "cover.xhtml")],
    )
    for name, value in changes.items():
        setattr(book, name, value)
    return book


# --- reading ------------------------------------------------------------------


def test_metadata_from_the_package_file() -> None:
    extracted = read_epub(standard_book().build())
    assert extracted.title == "Friends Along the Way"
    assert extracted.author == "Ruth Calloway"
    assert extracted.date == "2020-05-01"
    assert extracted.language == "en"


def test_chapters_in_reading_order_without_cover_title_or_copyright_pages() -> None:
    data = standard_book().build()
    assert list_chapters(data) == ["The Long Walk Home", "Bread and Salt", "Afterword"]
    text = " ".join(d.text for d in read_epub(data).drafts)
    assert "All rights reserved" not in text
    assert "Contents" not in text
    assert "[image" not in text


def test_each_chapter_opens_with_its_title_and_marks_its_blocks() -> None:
    drafts = read_epub(standard_book().build()).drafts
    headings = [(d.text, d.level) for d in drafts if d.kind == "heading"]
    # Chapter one's own h1 is its title; chapter two's heading ("Bread & Salt")
    # differs from the contents entry, so the title is put before it.
    assert headings == [
        ("The Long Walk Home", 1),
        ("Bread and Salt", 1),
        ("Bread & Salt", 2),
        ("Afterword", 1),
    ]
    assert {d.section for d in drafts} == {"The Long Walk Home", "Bread and Salt", "Afterword"}
    assert all(d.section == "Bread and Salt" for d in drafts if "refugee" in d.text)


def test_a_file_the_contents_do_not_list_continues_the_chapter_before_it() -> None:
    drafts = read_epub(standard_book().build()).drafts
    continued = next(d for d in drafts if "refugee in 1994" in d.text)
    assert continued.section == "Bread and Salt"
    assert continued.kind == "paragraph"


def test_structure_and_characters_are_kept() -> None:
    drafts = read_epub(standard_book().build()).drafts
    quote = next(d for d in drafts if d.kind == "quote")
    assert quote.text.startswith("“A friend is someone you can be quiet with,”")
    items = [(d.text, d.ordinal) for d in drafts if d.kind == "list_item"]
    assert items == [
        ("Go at the slower person’s pace.", 1),
        ("Let the silences be.", 2),
        ("Turn up again next Sunday.", 3),
    ]
    naive = next(d for d in drafts if "naïveté" in d.text)
    assert [(i.kind, naive.text[i.start : i.end]) for i in naive.inline] == [("emphasis", "naïveté")]


def test_one_chapter_only() -> None:
    extracted = read_epub(standard_book().build(), chapter=1)
    assert extracted.title == "Friends Along the Way — Bread and Salt"
    assert {d.section for d in extracted.drafts} == {"Bread and Salt"}
    assert extracted.drafts[0].text == "Bread and Salt"
    assert any("refugee" in d.text for d in extracted.drafts)
    assert not any("walnut loaf" in d.text for d in extracted.drafts)


def test_a_chapter_past_the_end_is_refused_plainly() -> None:
    with pytest.raises(ArticleImportError, match="has 3 chapters"):
        read_epub(standard_book().build(), chapter=3)


def test_titles_from_an_epub2_ncx() -> None:
    book = standard_book(toc_kind="ncx")
    assert list_chapters(book.build()) == ["The Long Walk Home", "Bread and Salt", "Afterword"]


def test_without_contents_titles_come_from_headings_or_a_number() -> None:
    untitled = xhtml(
        "<p>A chapter that starts straight in, with no heading of its own at all, "
        "as some converted books do.</p>"
    )
    book = Book(chapters=[("a.xhtml", CHAPTER_ONE), ("b.xhtml", untitled), ("c.xhtml", AFTERWORD)])
    assert list_chapters(book.build()) == ["The Long Walk Home", "Chapter 2", "Afterword"]
    drafts = read_epub(book.build()).drafts
    assert [d.text for d in drafts if d.kind == "heading" and d.level == 1] == [
        "The Long Walk Home",
        "Chapter 2",
        "Afterword",
    ]


def test_html_entities_that_xml_does_not_know_are_read() -> None:
    chapter = xhtml("<h1>Small Mercies</h1><p>Tea&nbsp;for two, and the good cups&mdash;always.</p>")
    drafts = read_epub(Book(chapters=[("a.xhtml", chapter)]).build()).drafts
    assert drafts[1].text == "Tea for two, and the good cups—always."


def test_entities_declared_in_a_doctype_are_not_expanded() -> None:
    chapter = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;">'
        '<!ENTITY secret SYSTEM "file:///etc/hostname">]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Laughter</h1>'
        "<p>A good friend laughs at your jokes &l1; even the old ones.</p><p>Nothing &secret; here.</p>"
        "</body></html>"
    )
    drafts = read_epub(Book(chapters=[("a.xhtml", chapter)]).build()).drafts
    assert [d.text for d in drafts[1:]] == [
        "A good friend laughs at your jokes even the old ones.",
        "Nothing here.",
    ]


def test_an_entity_bomb_is_refused() -> None:
    laughs = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 12))
    chapter = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY l0 "ha">{laughs}]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&l11;</p></body></html>'
    )
    with pytest.raises(DamagedDocumentError):
        read_epub(Book(chapters=[("a.xhtml", chapter)]).build())


def test_through_the_dispatcher() -> None:
    article = import_bytes(standard_book().build(), name="friends.epub")
    assert article.title == "Friends Along the Way"
    assert article.sections == ("The Long Walk Home", "Bread and Salt", "Afterword")
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    assert "naïveté" in article.text and "“A friend is someone" in article.text


def test_the_cli_lists_chapters_and_imports_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from guides.cli import main

    book = tmp_path / "friends.epub"
    book.write_bytes(standard_book().build())
    assert main(["import", str(book), "--list-chapters"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed == ["1\tThe Long Walk Home", "2\tBread and Salt", "3\tAfterword"]
    assert main(["import", str(book), "--chapter", "2", "--format", "json"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["sections"] == ["Bread and Salt"]
    assert main(["import", str(book), "--chapter", "9"]) == 2
    assert "no chapter 9" in capsys.readouterr().err


# --- damaged and refused books ------------------------------------------------


def test_missing_container() -> None:
    data = standard_book(leave_out={"META-INF/container.xml"}).build()
    with pytest.raises(DamagedDocumentError, match="container"):
        read_epub(data)


def test_container_pointing_at_a_missing_package_file() -> None:
    data = standard_book(container=CONTAINER.format(opf="OEBPS/book.opf")).build()
    with pytest.raises(DamagedDocumentError, match="package file"):
        read_epub(data)


def test_package_naming_a_chapter_that_is_not_there() -> None:
    data = standard_book(leave_out={"OEBPS/ch2.xhtml"}).build()
    with pytest.raises(DamagedDocumentError, match=r"ch2\.xhtml"):
        list_chapters(data)


def test_broken_package_xml() -> None:
    data = standard_book(opf='<package xmlns="http://www.idpf.org/2007/opf"><metadata><dc:title>').build()
    with pytest.raises(DamagedDocumentError, match="not valid XML"):
        read_epub(data)


def test_broken_chapter_xml() -> None:
    broken = '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Half a chapter and then the file stops'
    data = Book(chapters=[("a.xhtml", CHAPTER_ONE), ("b.xhtml", broken)]).build()
    with pytest.raises(DamagedDocumentError, match=r"b\.xhtml"):
        read_epub(data)


def test_a_zip_bomb_is_refused_before_it_is_expanded() -> None:
    bomb = Book(chapters=[("a.xhtml", CHAPTER_ONE)], extra={"OEBPS/a.xhtml": b"<p>" + b" " * 8_000_000})
    with pytest.raises(SourceTooLargeError):
        read_epub(bomb.build())


def test_a_book_with_drm_is_refused() -> None:
    encryption = (
        b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        b'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        b'<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
        b'<enc:CipherData><enc:CipherReference URI="OEBPS/ch1.xhtml"/></enc:CipherData>'
        b"</enc:EncryptedData></encryption>"
    )
    data = standard_book(extra={"META-INF/encryption.xml": encryption}).build()
    with pytest.raises(UnsupportedSourceError, match="DRM"):
        read_epub(data)


def test_a_book_of_only_a_cover_has_no_text() -> None:
    data = Book(chapters=[("cover.xhtml", COVER)], guide=[("cover", "cover.xhtml")]).build()
    with pytest.raises(NoArticleTextError):
        read_epub(data)
    assert list_chapters(data) == []


def test_a_byline_under_a_chapter_heading_goes_to_the_author_and_the_heading_stays() -> None:
    body = (
        "Every friendship in this book began with somebody taking a small risk: a knock on a door, an "
        "invitation that might have been refused."
    )
    chapter = xhtml(f"<h1>CHAPTER ONE</h1><p>By Ruth Lindqvist</p><p>{body}</p>", "One")
    book = Book(chapters=[("ch1.xhtml", chapter)], creators=[], toc=[("ch1.xhtml", "CHAPTER ONE")])
    article = import_bytes(book.build(), name="walks.epub")
    assert article.author == "Ruth Lindqvist"
    assert [b.text for b in article.blocks] == ["CHAPTER ONE", body]
    assert [r.text for r in article.removed] == ["By Ruth Lindqvist"]
