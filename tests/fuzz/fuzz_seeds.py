"""Small, sound files of each format the importer reads: what the fuzzer starts from.

Every seed is built in memory from the project's own fixtures (text the team
wrote), so the fuzzer needs nothing beside the checkout; the team's example
article is added as a text seed where ``shared/examples`` is beside it.
Each format has a few seeds of different shapes (headings, lists, quotes,
links, bold and italic runs, a scripture reference), so mutations reach
more of each reader than one plain paragraph would.
"""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures"
SHARED_SEED = TESTS.parents[1] / "shared" / "examples" / "seed-article.txt"

FORMATS = ("txt", "md", "html", "epub", "docx")


@dataclass(frozen=True)
class Seed:
    """One file to mutate: its name (the extension tells the importer what it claims to be) and bytes."""

    name: str
    data: bytes

    @property
    def fmt(self) -> str:
        return self.name.rsplit(".", 1)[-1]


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def _article(name: str) -> tuple[str, list[str]]:
    """A fixture article as its title and its paragraphs."""
    paragraphs = _paragraphs((FIXTURES / "articles" / name).read_text(encoding="utf-8"))
    return paragraphs[0], paragraphs[1:]


@cache
def seeds() -> dict[str, tuple[Seed, ...]]:
    """The seeds of every format, by extension."""
    texts = ["marriage-post.txt", "parenting-article.txt", "spanish-devotional.txt"]
    found: dict[str, list[Seed]] = {fmt: [] for fmt in FORMATS}
    for name in texts:
        title, body = _article(name)
        stem = name.removesuffix(".txt")
        found["txt"].append(Seed(name, (FIXTURES / "articles" / name).read_bytes()))
        found["md"].append(Seed(f"{stem}.md", markdown_of(title, body).encode()))
        found["html"].append(Seed(f"{stem}.html", html_of(title, body).encode()))
        found["epub"].append(Seed(f"{stem}.epub", epub_of(title, body)))
        found["docx"].append(Seed(f"{stem}.docx", docx_of(title, body)))
    found["md"].append(
        Seed("friendship-notes.md", (FIXTURES / "markdown" / "friendship-notes.md").read_bytes())
    )
    found["html"].append(Seed("clipboard.html", (FIXTURES / "html" / "clipboard-fragment.html").read_bytes()))
    if SHARED_SEED.exists():
        found["txt"].append(Seed("seed-article.txt", SHARED_SEED.read_bytes()))
    return {fmt: tuple(items) for fmt, items in found.items()}


# --- the formats, written the way their usual makers write them ------------------------


def markdown_of(title: str, body: list[str]) -> str:
    lines = [f"# {title}", ""]
    for index, paragraph in enumerate(body):
        if index == 1:
            lines += ["## Why it matters", ""]
        if index == 2:
            lines += [f"> {paragraph}", ""]
        elif index == 3:
            lines += [f"1. {part.strip()}" for part in paragraph.split(". ")[:3]] + [""]
        else:
            words = paragraph.split()
            if len(words) > 6:
                words[2] = f"**{words[2]}**"
                words[5] = f"*{words[5]}*"
                words[-1] = f"[{words[-1]}](https://example.org/more)"
            lines += [" ".join(words), ""]
    return "\n".join(lines)


def html_of(title: str, body: list[str]) -> str:
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)} &#8211; Porchlight test site</title>",
        "<meta name='author' content='Ruth Example'></head><body>",
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>",
        f"<article><h1>{html.escape(title)}</h1><p class='byline'>By Ruth Example</p>",
    ]
    for index, paragraph in enumerate(body):
        text = html.escape(paragraph)
        if index == 2:
            parts.append(f"<blockquote><p>{text}</p></blockquote>")
        elif index == 3:
            items = "".join(f"<li>{html.escape(s)}</li>" for s in paragraph.split(". ")[:3])
            parts.append(f"<ul>{items}</ul>")
        else:
            words = text.split()
            if len(words) > 6:
                words[1] = f"<b>{words[1]}</b>"
                words[4] = f"<em>{words[4]}</em>"
                words[-1] = f"<a href='https://example.org/x'>{words[-1]}</a>"
            parts.append(f"<p>{' '.join(words)}</p>")
    parts.append("</article><div class='comments'><h3>2 thoughts</h3><p>Great post, thanks!</p></div>")
    parts.append("<footer>© 2024 Porchlight test site</footer></body></html>")
    return "\n".join(parts)


_CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
    '<rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def epub_of(title: str, body: list[str]) -> bytes:
    """An EPUB 3 of two chapters, with a navigation document."""
    half = max(1, len(body) // 2)
    chapters = [body[:half], body[half:] or body[:1]]
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="id">porchlight-fuzz</dc:identifier><dc:title>{html.escape(title)}</dc:title>'
        "<dc:creator>Ruth Example</dc:creator><dc:language>en</dc:language></metadata><manifest>"
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        '<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="c2" href="c2.xhtml" media-type="application/xhtml+xml"/>'
        '</manifest><spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>'
    )
    nav = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body>'
        '<nav epub:type="toc"><ol><li><a href="c1.xhtml">One</a></li><li><a href="c2.xhtml">Two</a></li>'
        "</ol></nav></body></html>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", _CONTAINER, compress_type=zipfile.ZIP_DEFLATED)
        book.writestr("OEBPS/book.opf", opf, compress_type=zipfile.ZIP_DEFLATED)
        book.writestr("OEBPS/nav.xhtml", nav, compress_type=zipfile.ZIP_DEFLATED)
        for number, paragraphs in enumerate(chapters, start=1):
            text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            page = (
                '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
                f"<head><title>Part {number}</title></head><body><h1>Part {number}</h1>{text}</body></html>"
            )
            book.writestr(f"OEBPS/c{number}.xhtml", page, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_of(title: str, body: list[str]) -> bytes:
    """A Word document with a title, a heading, a list, a quote, bold and a link."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Ruth Example"
    document.add_heading(title, level=1)
    for index, paragraph in enumerate(body):
        if index == 2:
            document.add_paragraph(paragraph, style="Quote")
        elif index == 3:
            for part in paragraph.split(". ")[:3]:
                document.add_paragraph(part, style="List Number")
        else:
            p = document.add_paragraph()
            words = paragraph.split(" ")
            p.add_run(" ".join(words[:3]) + " ")
            p.add_run(" ".join(words[3:6]) + " ").bold = True
            p.add_run(" ".join(words[6:]))
            if index == 0:
                rid = p.part.relate_to("https://example.org/more", RT.HYPERLINK, is_external=True)
                link = OxmlElement("w:hyperlink")
                link.set(qn("r:id"), rid)
                run = OxmlElement("w:r")
                text = OxmlElement("w:t")
                text.text = " Read more."
                run.append(text)
                link.append(run)
                p._p.append(link)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
