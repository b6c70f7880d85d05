"""The same words saved in any of the encodings people's tools write read back as the same article."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from guides.importing import import_bytes, import_source

# Everything people's editors put in a short note: curly quotes, accents,
# Spanish punctuation, an em dash, and (where the encoding can hold it) an emoji.
FULL = (
    "Mañana en la mesa\n\n"
    "“¿Vienes a cenar?” preguntó Inés — y todos dijeron que sí, ¡claro que sí! 😀\n\n"
    "Después del café, cada uno contó algo difícil de la semana, y nadie tuvo prisa por irse."
)
WINDOWS = FULL.replace(" 😀", "")
"""cp1252 holds the curly quotes and the dash, but no emoji."""
LATIN = WINDOWS.replace("“", '"').replace("”", '"').replace(" — ", ", ")
"""latin-1 holds the accents and ¡¿ñ, but neither curly quotes nor dashes."""


def _utf16_le_bom(text: str) -> bytes:
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def _utf16_be_bom(text: str) -> bytes:
    return codecs.BOM_UTF16_BE + text.encode("utf-16-be")


SAVED_AS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: text.encode("utf-8-sig"),
    "utf-16 LE with BOM": _utf16_le_bom,
    "utf-16 BE with BOM": _utf16_be_bom,
}


@pytest.mark.parametrize("encoding", list(SAVED_AS))
def test_unicode_encodings_give_the_same_article(encoding: str) -> None:
    reference = import_bytes(FULL.encode("utf-8"), name="cena.txt")
    article = import_bytes(SAVED_AS[encoding](FULL), name="cena.txt")
    assert (article.title, article.text) == (reference.title, reference.text)
    assert "“¿Vienes a cenar?” preguntó Inés — y todos dijeron que sí, ¡claro que sí! 😀" in article.text
    assert "\ufeff" not in article.text


def test_a_windows_file_reads_like_its_utf8_twin() -> None:
    reference = import_bytes(WINDOWS.encode("utf-8"), name="cena.txt")
    article = import_bytes(WINDOWS.encode("cp1252"), name="cena.txt")
    assert article.text == reference.text
    assert "“¿Vienes a cenar?”" in article.text
    assert " — " in article.text


def test_a_latin1_file_reads_like_its_utf8_twin() -> None:
    reference = import_bytes(LATIN.encode("utf-8"), name="cena.txt")
    article = import_bytes(LATIN.encode("latin-1"), name="cena.txt")
    assert article.text == reference.text
    assert "¿Vienes a cenar?" in article.text
    assert article.title == reference.title == "Mañana en la mesa"


@pytest.mark.parametrize(
    ("text", "encode"),
    [(FULL, SAVED_AS["utf-16 LE with BOM"]), (WINDOWS, lambda t: t.encode("cp1252"))],
    ids=["utf-16", "cp1252"],
)
def test_files_on_disk_decode_the_same(text: str, encode: object, tmp_path: Path) -> None:
    assert callable(encode)
    path = tmp_path / "cena.txt"
    path.write_bytes(encode(text))
    assert import_source(path).text == import_bytes(text.encode("utf-8"), name="cena.txt").text


def _page(text: str, head: str = "") -> str:
    title, *paragraphs = text.split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("header", "encoding", "text"),
    [
        ("text/html; charset=utf-8", "utf-8", FULL),
        ("text/html; charset=windows-1252", "cp1252", WINDOWS),
        ("text/html; charset=ISO-8859-1", "cp1252", WINDOWS),  # browsers read latin-1 labels as cp1252
        (
            'text/html; charset="iso-8859-2"',
            "iso-8859-2",
            "Łódź\n\nZażółć gęślą jaźń, mówi przysłowie o pisaniu.",
        ),
    ],
)
def test_the_content_type_header_names_the_encoding(header: str, encoding: str, text: str) -> None:
    reference = import_bytes(_page(text).encode("utf-8"), content_type="text/html; charset=utf-8")
    article = import_bytes(_page(text).encode(encoding), content_type=header)
    assert article.text == reference.text
    assert text.split("\n\n")[1] in article.text


@pytest.mark.parametrize(
    ("meta", "encoding", "text"),
    [
        ('<meta charset="utf-8">', "utf-8", FULL),
        ('<meta charset="windows-1252">', "cp1252", WINDOWS),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "cp1252", WINDOWS),
        ("<meta charset=iso-8859-2>", "iso-8859-2", "Łódź\n\nZażółć gęślą jaźń, mówi przysłowie o pisaniu."),
        (
            '<meta charset="koi8-r">',
            "koi8-r",
            "Утро\n\nМы ужинали вместе каждый четверг, и никто не спешил домой.",
        ),
    ],
)
def test_a_meta_charset_names_the_encoding(meta: str, encoding: str, text: str) -> None:
    reference = import_bytes(_page(text).encode("utf-8"), name="page.html")
    article = import_bytes(_page(text, head=meta).encode(encoding), name="page.html")
    assert article.text == reference.text
    assert text.split("\n\n")[1] in article.text


def test_a_bom_outranks_a_wrong_meta_charset() -> None:
    data = codecs.BOM_UTF8 + _page(FULL, head='<meta charset="koi8-r">').encode("utf-8")
    assert "😀" in import_bytes(data, name="page.html").text


# --- files with no BOM and no declared encoding, in the encodings their countries' tools write ---

PARAGRAPHS = {
    "ar": (
        "قالت لزوجها إن الثقة تبنى كل يوم بالكلمات الصغيرة والوعود المحفوظة. وفي المساء جلسا معا "
        "وتحدثا عن الأسبوع، وعن الأشياء الصغيرة التي جعلت كل واحد منهما يشعر بأنه محبوب."
    ),
    "he": (
        "היא אמרה שהאמון נבנה בכל יום מחדש, במילים קטנות ובהבטחות שנשמרות. "
        "בערב הם ישבו יחד ודיברו על השבוע."
    ),
    "zh": "他们每天晚上一起散步，谈论这一天里让彼此感到被爱的小事。信任是在每天的小承诺中建立起来的。",
    "ru": (
        "Они каждый вечер гуляли вместе и говорили о том, что их порадовало за день. "
        "Доверие строится обещаниями."
    ),
    "es": (
        "Después del café, cada uno contó algo difícil de la semana, y nadie tuvo prisa por irse. "
        "¡Qué noche!"
    ),
}
UNDECLARED = [
    ("ar", "utf-16-le"), ("ar", "utf-16-be"), ("ar", "cp1256"), ("ar", "iso-8859-6"),
    ("he", "utf-16-le"), ("he", "iso-8859-8"), ("he", "cp1255"),
    ("zh", "utf-16-le"), ("zh", "gb18030"), ("zh", "gbk"),
    ("ru", "utf-16-le"), ("ru", "koi8-r"), ("ru", "cp1251"),
    ("es", "utf-16-le"), ("es", "utf-16-be"), ("es", "cp1252"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "encoding"), UNDECLARED, ids=[f"{a}-{b}" for a, b in UNDECLARED])
def test_an_undeclared_encoding_is_recognised(language: str, encoding: str) -> None:
    """Arabic in UTF-16 without a BOM is text, and gb18030, cp1256 or iso-8859-8 is not mojibake."""
    paragraph = PARAGRAPHS[language]
    text = f"{' '.join(paragraph.split()[:3])}\n\n{paragraph}"
    reference = import_bytes(text.encode("utf-8"), name="notes.txt")
    article = import_bytes(text.encode(encoding), name="notes.txt")
    assert (article.title, article.text) == (reference.title, reference.text)
    assert paragraph in article.text


def test_utf8_with_a_few_damaged_bytes_stays_utf8() -> None:
    """A flipped bit in a UTF-8 file spoils one character, not every curly quote in it."""
    data = bytearray(FULL.encode("utf-8"))
    data[data.index("preguntó".encode()) + 7] ^= 0x40  # the second byte of "ó"
    article = import_bytes(bytes(data), name="cena.txt")
    assert "“¿Vienes a cenar?”" in article.text
    assert "Inés — y todos" in article.text
