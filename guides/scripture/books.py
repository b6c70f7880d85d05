"""The 66 books of the Protestant canon and the names people write them with.

Each book has a canonical English name (as the bundled World English Bible
titles it), an OSIS id and its place in the canon. The name table below is
what the reference parser matches: full names and common abbreviations in
English, Spanish and Portuguese, all mapping to the same books.

Table syntax, one book (or numbered series) a line (a backslash continues it)::

    ids | full names | abbreviations

``ids`` lists one OSIS id, or a series chosen by a numeric prefix
("1Cor 2Cor": "1 Cor", "II Corinthians"); a series may start with an
unnumbered book ("John 1John 2John 3John": "John" alone is the gospel).
A name ending in ``*`` is also an ordinary word or a person's name ("Mark",
"Job", "Acts"): with a bare chapter it only counts when punctuation or the
end of the text follows ("Read John 3." but not "I will John 3 times").
A name ending in ``!`` is so short or common ("Is", "Am", "Jo") that it only
counts as chapter:verse.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal


@dataclass(frozen=True)
class Book:
    """A book of the Bible."""

    number: int
    """1 (Genesis) to 66 (Revelation)."""
    osis: str
    """The OSIS id: "Gen", "1Cor", "Rev"."""
    name: str
    """The canonical English name: "Genesis", "1 Corinthians", "Psalms"."""

    @property
    def testament(self) -> Literal["OT", "NT"]:
        return "OT" if self.number <= 39 else "NT"


_CANON = (
    ("Gen", "Genesis"), ("Exod", "Exodus"), ("Lev", "Leviticus"), ("Num", "Numbers"),
    ("Deut", "Deuteronomy"), ("Josh", "Joshua"), ("Judg", "Judges"), ("Ruth", "Ruth"),
    ("1Sam", "1 Samuel"), ("2Sam", "2 Samuel"), ("1Kgs", "1 Kings"), ("2Kgs", "2 Kings"),
    ("1Chr", "1 Chronicles"), ("2Chr", "2 Chronicles"), ("Ezra", "Ezra"), ("Neh", "Nehemiah"),
    ("Esth", "Esther"), ("Job", "Job"), ("Ps", "Psalms"), ("Prov", "Proverbs"),
    ("Eccl", "Ecclesiastes"), ("Song", "Song of Solomon"), ("Isa", "Isaiah"), ("Jer", "Jeremiah"),
    ("Lam", "Lamentations"), ("Ezek", "Ezekiel"), ("Dan", "Daniel"), ("Hos", "Hosea"),
    ("Joel", "Joel"), ("Amos", "Amos"), ("Obad", "Obadiah"), ("Jonah", "Jonah"), ("Mic", "Micah"),
    ("Nah", "Nahum"), ("Hab", "Habakkuk"), ("Zeph", "Zephaniah"), ("Hag", "Haggai"),
    ("Zech", "Zechariah"), ("Mal", "Malachi"),
    ("Matt", "Matthew"), ("Mark", "Mark"), ("Luke", "Luke"), ("John", "John"), ("Acts", "Acts"),
    ("Rom", "Romans"), ("1Cor", "1 Corinthians"), ("2Cor", "2 Corinthians"), ("Gal", "Galatians"),
    ("Eph", "Ephesians"), ("Phil", "Philippians"), ("Col", "Colossians"),
    ("1Thess", "1 Thessalonians"), ("2Thess", "2 Thessalonians"), ("1Tim", "1 Timothy"),
    ("2Tim", "2 Timothy"), ("Titus", "Titus"), ("Phlm", "Philemon"), ("Heb", "Hebrews"),
    ("Jas", "James"), ("1Pet", "1 Peter"), ("2Pet", "2 Peter"), ("1John", "1 John"),
    ("2John", "2 John"), ("3John", "3 John"), ("Jude", "Jude"), ("Rev", "Revelation"),
)  # fmt: skip

BOOKS: tuple[Book, ...] = tuple(Book(i, osis, name) for i, (osis, name) in enumerate(_CANON, start=1))
_BY_ID = {book.osis: book for book in BOOKS}

# English first, then Spanish, then Portuguese, on each line.
_NAME_TABLE = """
Gen | Genesis, Génesis, Gênesis | Gen, Ge, Gn, Gén, Gên
Exod | Exodus, Éxodo, Êxodo | Exod, Exo, Ex, Éx, Êx
Lev | Leviticus, Levítico | Lev, Le!, Lv
Num | Numbers*, Números* | Num, Nu, Nm, Nb, Núm
Deut | Deuteronomy, Deuteronomio, Deuteronômio, Deuteronómio | Deut, Deu, Dt
Josh | Joshua*, Josué* | Josh, Jos, Jsh
Judg | Judges*, Jueces*, Juízes* | Judg, Jdg, Jdgs, Jue, Jz
Ruth | Ruth*, Rut*, Rute* | Rth, Ru!, Rt
1Sam 2Sam | Samuel | Sam, Sa, Sm, S!
1Kgs 2Kgs | Kings, Reyes, Reis | Kgs, Kg, Ki, Kin, Rs, R!
1Chr 2Chr | Chronicles, Crónicas, Crônicas | Chr, Chron, Ch, Cr, Crón, Crôn
Ezra | Ezra*, Esdras* | Ezr, Esd
Neh | Nehemiah, Nehemías, Neemias | Neh, Ne!
Esth | Esther*, Ester* | Esth, Est, Es!
Job | Job*, Jó* | Jb
Ps | Psalms, Psalm, Salmos, Salmo | Ps, Psa, Pss, Psm, Sal*, Sl
Prov | Proverbs, Proverbios, Provérbios | Prov, Pro, Prv, Pr!, Pv
Eccl | Ecclesiastes, Qoheleth, Eclesiastés, Eclesiastes | Eccl, Eccles, Ecc, Ec, Qoh, Ecl
Song | Song of Solomon, Song of Songs, Canticles, Cantar de los Cantares, Cantares, \
  Cântico dos Cânticos, Cânticos, Cantares de Salomão | Song, Sg, Cant, SS!, Cnt, Ct!
Isa | Isaiah, Isaías | Isa, Is!
Jer | Jeremiah, Jeremías, Jeremias | Jer, Je!, Jr
Lam | Lamentations, Lamentaciones, Lamentações | Lam, La!, Lm
Ezek | Ezekiel, Ezequiel | Ezek, Eze, Ezk, Ez
Dan | Daniel* | Dan*, Da!, Dn
Hos | Hosea, Oseas, Oséias, Oseias | Hos, Ho!, Os!
Joel | Joel* | Jl
Amos | Amos*, Amós* | Am!
Obad | Obadiah, Abdías, Obadias | Obad, Ob!, Abd
Jonah | Jonah*, Jonás*, Jonas* | Jon*, Jnh
Mic | Micah*, Miqueas, Miquéias, Miqueias | Mic, Mi!, Miq, Mq
Nah | Nahum*, Nahúm*, Naum* | Nah, Na!
Hab | Habakkuk, Habacuc, Habacuque | Hab, Hc
Zeph | Zephaniah, Sofonías, Sofonias | Zeph, Zep, Zp, Sof, Sf
Hag | Haggai, Hageo, Ageu | Hag, Hg, Ag!
Zech | Zechariah, Zacarías, Zacarias | Zech, Zec, Zc, Zac
Mal | Malachi, Malaquías, Malaquias | Mal, Ml!
Matt | Matthew*, Mateo*, Mateus* | Matt, Mat, Mt
Mark | Mark*, Marcos* | Mrk, Mk, Mc!
Luke | Luke*, Lucas* | Luk, Lk, Lc, Lu!
John 1John 2John 3John | John*, Juan*, João* | Jn, Jhn, Joh, Jo!
Acts | Acts*, Acts of the Apostles, Hechos*, Hechos de los Apóstoles, Atos*, \
  Atos dos Apóstolos | Act, Ac!, Hch, Hech
Rom | Romans*, Romanos* | Rom, Ro!, Rm
1Cor 2Cor | Corinthians, Corintios, Coríntios | Cor, Co
Gal | Galatians, Gálatas | Gal, Ga!, Gál, Gá, Gl
Eph | Ephesians, Efesios, Efésios | Eph, Ephes, Ep!, Ef
Phil | Philippians, Filipenses | Phil, Php, Pp!, Flp, Fil, Fp
Col | Colossians, Colosenses, Colossenses | Col, Cl
1Thess 2Thess | Thessalonians, Tesalonicenses, Tessalonicenses | Thess, Thes, Th, Ts, Tes
1Tim 2Tim | Timothy, Timoteo, Timóteo | Tim, Ti, Tm
Titus | Titus*, Tito* | Tit, Tt
Phlm | Philemon, Filemón, Filemom, Filemon | Phlm, Philem, Phm, Flm, Fm
Heb | Hebrews, Hebreos, Hebreus | Heb, He!, Hb!
Jas | James*, Santiago*, Tiago* | Jas, Jm, Stg, Sant, Tg
1Pet 2Pet | Peter, Pedro | Pet, Pt, Pe, Ped, P!
Jude | Jude*, Judas* | Jud, Jd
Rev | Revelation, Revelations, Apocalypse, Apocalipsis, Apocalipse | Rev, Re!, Rv, Apoc, Ap!
"""

Strictness = Literal["plain", "ambiguous", "strict"]


@dataclass(frozen=True)
class BookName:
    """One way of writing a book (or a numbered series of books)."""

    written: str
    books: tuple[str | None, ...]
    """OSIS ids by numeric prefix: index 0 is the book with no prefix (None if
    the name needs one), index n the book "n <name>" names."""
    abbreviation: bool
    strictness: Strictness


def fold(text: str) -> str:
    """Lower case without accents: how names are compared ("Gén" ~ "gen")."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _parse_table() -> list[BookName]:
    names: list[BookName] = []
    for line in _NAME_TABLE.replace("\\\n", "").strip().splitlines():
        ids_field, full_field, abbreviations_field = (part.strip() for part in line.split("|"))
        ids = ids_field.split()
        if ids[0][0].isdigit():
            books: tuple[str | None, ...] = (None, *ids)
        else:
            books = tuple(ids)
        for field, abbreviation in ((full_field, False), (abbreviations_field, True)):
            for raw in field.split(","):
                written = raw.strip()
                strictness: Strictness = "plain"
                if written.endswith("*"):
                    written, strictness = written[:-1], "ambiguous"
                elif written.endswith("!"):
                    written, strictness = written[:-1], "strict"
                names.append(BookName(written, books, abbreviation, strictness))
    return names


@lru_cache(maxsize=1)
def book_names() -> tuple[dict[str, BookName], dict[str, BookName]]:
    """Two look-ups of :class:`BookName`: by exact casefolded spelling, and by :func:`fold`.

    The second forgives missing accents ("Genesis" for "Génesis"); where two
    names fold alike ("Jó" is Job, "Jo" is John), the unaccented one wins
    there, and the exact look-up still tells them apart.
    """
    exact: dict[str, BookName] = {}
    folded: dict[str, BookName] = {}
    entries = _parse_table()
    for entry in entries:
        key = entry.written.casefold()
        if key in exact and exact[key].books != entry.books:
            raise ValueError(f"book name {entry.written!r} is given to two books")
        exact.setdefault(key, entry)
    for entry in sorted(entries, key=lambda e: fold(e.written) == e.written.casefold()):
        folded[fold(entry.written)] = entry
    return exact, folded


def get_book(osis: str) -> Book:
    """The book with this OSIS id ("1Cor"); ``KeyError`` if there is none."""
    return _BY_ID[osis]
