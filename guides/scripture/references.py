"""Find Bible references in running text: "Eph. 5:31-33", "1 Cor. 13:4–7", "Salmo 23".

Why not pythonbible's parser: it crashes on text such as "Genesis.\\n\\n1.
Leaving", ignores en dashes ("13:4–7" becomes 13:4), reads "Rev. 21, 2 Timothy
3:16" as Revelation 21:2 plus "Timothy 3:16", returns no offsets (every
Porchlight feature needs the span as written), knows no Spanish or Portuguese
names, and matches bare ordinary words. This parser is small and built for
prose instead: a table of book names (:mod:`guides.scripture.books`), a
scanner that finds a name followed by a chapter, a hand-written reader for
the verse, range and list that follow, and a check against the versification
of the bundled text (:mod:`guides.scripture.versification`).

Rules, in brief (docs/scripture.md has the whole set):

* A book name alone is never a reference; a chapter must follow on the same
  line. Names that are also ordinary words or people ("Mark", "Job", "Acts",
  "John") need a verse, or a bare chapter followed by punctuation, the end of
  the text or a word like "says". Very short abbreviations ("Is", "Am") need
  chapter:verse.
* In single-chapter books (Obadiah, Philemon, 2-3 John, Jude) the number is a
  verse: "Jude 3" is Jude 1:3.
* Lists give one reference each, with its own span: "Gen. 2:24; Matt. 19:5"
  gives two, "Proverbs 10:5, 13:24" two (the second inherits the book),
  "Rom 8:28, 31" two (the second inherits the chapter). "vv. 4-6", "v. 7",
  "verse 8" take book and chapter from the reference before them.
* A translation named right after ("(NIV)", "ESV") is recorded, not included
  in the span; so is one closing a quotation that directly follows the
  reference ('Ephesians 5:31 says, "... one flesh (ESV)."').
* The normal form (``ref``) writes the canonical English book name, a hyphen
  for ranges, and "Psalm" for one psalm but "Psalms" for several.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from guides.scripture.books import BookName, book_names, fold, get_book
from guides.scripture.versification import chapter_count, is_valid

_TRANSLATION_TABLE = """
    NIV NIV84 NIV2011 TNIV NIRV NIrV ESV ESVUK KJV AKJV NKJV KJ21 MKJV NASB NASB95 NASB1995 NASB2020 LSB
    NLT NRSV NRSVUE NRSVue RSV CSB HCSB MSG AMP AMPC NET WEB ASV YLT GNT GNB TEV CEV CEB ERV EHV NCV
    NABRE NAB NJB JB DRA TLB TPT BSB MEV ISV ICB NOG LEB WEBBE BBE DBY
    RVR RVR60 RVR1960 RV1960 RVR95 RVA RVC NVI LBLA NBLA NTV DHH PDT TLA BLP BLPH JBS
    ARA ARC ACF NAA NVT NTLH KJA NBV
"""
TRANSLATIONS = frozenset(_TRANSLATION_TABLE.split())
"""Abbreviations of English, Spanish and Portuguese translations recognised after a reference."""
_DASHES = "-‐‑–—−"


@dataclass(frozen=True)
class ScriptureReference:
    """A reference found in a text, with its span there and its normal form.

    ``text[start:end] == reference.text`` for the text it was found in. A
    verse of None means the whole chapter ("Psalm 23").
    """

    start: int
    end: int
    text: str
    book: str
    """Canonical English name: "1 Corinthians", "Psalms"."""
    book_id: str
    """OSIS id: "1Cor", "Ps"."""
    start_chapter: int
    start_verse: int | None
    end_chapter: int
    end_verse: int | None
    translation: str | None = None
    """The translation named with it, as written ("NIV"), if any."""
    ref: str = field(init=False)
    """Normal form: "Ephesians 5:31-33", "Psalm 23", "Jude 3", "John 3:16-4:2"."""
    osis: str = field(init=False)
    """OSIS form: "Eph.5.31-Eph.5.33", "Ps.23"."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "ref", _normal_form(self))
        object.__setattr__(self, "osis", _osis_form(self))


def _normal_form(r: ScriptureReference) -> str:
    single_chapter_book = chapter_count(r.book_id) == 1
    name = r.book
    if r.book_id == "Ps" and r.start_chapter == r.end_chapter:
        name = "Psalm"
    if r.start_verse is None:
        if r.start_chapter == r.end_chapter:
            return f"{name} {r.start_chapter}"
        return f"{name} {r.start_chapter}-{r.end_chapter}"
    head = f"{r.start_verse}" if single_chapter_book else f"{r.start_chapter}:{r.start_verse}"
    if r.end_chapter == r.start_chapter and r.end_verse in (None, r.start_verse):
        return f"{name} {head}"
    if r.end_chapter == r.start_chapter:
        return f"{name} {head}-{r.end_verse}"
    return f"{name} {head}-{r.end_chapter}:{r.end_verse}"


def _osis_form(r: ScriptureReference) -> str:
    first = f"{r.book_id}.{r.start_chapter}" + (f".{r.start_verse}" if r.start_verse else "")
    last = f"{r.book_id}.{r.end_chapter}" + (f".{r.end_verse}" if r.end_verse else "")
    return first if first == last else f"{first}-{last}"


# --- the scanner --------------------------------------------------------------

_ACCENTED = {"a": "aáàâãä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôõö", "u": "uúùûü", "c": "cç", "n": "nñ"}


def _char_pattern(char: str) -> str:
    if char == " ":
        return r"[ \t]+"
    variants = _ACCENTED.get(char)
    return f"[{variants}]" if variants else re.escape(char)


def _trie_pattern(words: set[str]) -> str:
    """One regex alternation for many words, sharing prefixes (fast to scan)."""
    trie: dict[str, dict[str, object]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, dict[str, object]]) -> str:
        branches = [
            _char_pattern(char) + emit(child)  # type: ignore[arg-type]
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie)


_PREFIX = r"""
    (?P<prefix>
        [123](?:st|nd|rd|ª|º)?[ \t]*(?=[^\W\d_])
      | (?:III|II|I|First|Second|Third
          |Primera|Segunda|Tercera|Primeira|Terceira|Primer|Primero|Segundo|Tercero) [ \t]+
    )?
"""
_CHAPTER_WORD = r"(?:(?:chapter|chap\.|ch\.|cap\.|cap[ií]tulo)[ \t]*)?"
_VERSE_WORDS = r"(?:vv\.?|vss\.|v\.|verses|verse|vers\.|vers[ií]culos|vers[ií]culo)"


@lru_cache(maxsize=1)
def _head() -> re.Pattern[str]:
    """Where a reference starts: a book name and a chapter, or "vv." and a verse."""
    exact, folded = book_names()
    names = _trie_pattern({fold(name) for name in [*exact, *folded]})
    return re.compile(
        rf"""
        (?P<book>
            (?<![\w\-/]) {_PREFIX}
            (?P<name>{names}) (?![^\W\d_])
            (?P<dot>\.)? [ \t]* {_CHAPTER_WORD}
            (?P<chapter>\d{{1,3}}) (?!\d)
        )
        | (?P<verses>
            (?<![\w.]) {_VERSE_WORDS} [ \t]* (?P<verse>\d{{1,3}}) (?!\d)
        )
        """,
        re.VERBOSE | re.IGNORECASE,
    )


_COLON_VERSE = re.compile(r":(\d{1,3})(?!\d)")
_DOT_VERSE = re.compile(r"\.(\d{1,3})(?!\d)")
_WORD_VERSE = re.compile(rf"[ \t]*,?[ \t]*{_VERSE_WORDS}[ \t]*(\d{{1,3}})(?!\d)", re.IGNORECASE)
_SUFFIX = re.compile(r"(?:ff|f|[abc])(?![\w])")
_SPOKEN_RANGE = re.compile(r"[ \t]+(?:to|through|thru|al|hasta el)[ \t]+(\d{1,3})(?!\d)", re.IGNORECASE)
_RANGE = re.compile(rf"[ \t]*[{_DASHES}][ \t]*(\d{{1,3}})(?!\d)(?:[:.](\d{{1,3}})(?!\d))?")
_SEPARATOR = re.compile(r"[ \t]*(?:(;)|,|&|\b(?:and|y|e)\b)[ \t]*", re.IGNORECASE)
_CHAPTER_VERSE = re.compile(r"(\d{1,3}):(\d{1,3})(?!\d)")
_NUMBER = re.compile(r"(\d{1,3})(?![\d:]|\.\d)")
_ATTACHED = re.compile(r"[^\W_]|%|,\d{3}(?!\d)")
_WORD_AFTER = re.compile(r"[ \t]*(?!(?:and|y|e)\b)(?:[^\W\d_]|%)", re.IGNORECASE)
_BARE_CHAPTER_OK = re.compile(
    r"""[ \t]*(?: \Z | \n | [.,;:!?)\]”’"'…] | [(\[]
        | (?:says|said|tells|teaches|shows|describes|records|reminds|explains|recounts|is|begins|opens
             |ends|where|when|dice|diz|nos|cuenta|conta)\b )""",
    re.VERBOSE,
)
_TAG = r"[A-Z][A-Za-z]{1,6}\d{0,4}"
_TRANSLATION_AFTER = re.compile(
    rf"[ \t]*(?:[(\[][ \t]*(?P<paren>{_TAG})[ \t]*[)\]]|,?[ \t]*(?P<bare>{_TAG})\b)"
)
_QUOTED_TRANSLATION = re.compile(
    r"""[^\n“"]{0,80}[“"] [^\n”"]{1,800}?
        (?: [(\[](?P<inside>[A-Z][A-Za-z]{1,6}\d{0,4})[)\]][.,;!?]?[”"]
          | [.,;!?]?[”"][ \t]*[(\[](?P<outside>[A-Z][A-Za-z]{1,6}\d{0,4})[)\]] )""",
    re.VERBOSE,
)


@dataclass
class _Cursor:
    """Where a reference being read has got to, and what it has found."""

    pos: int
    chapter: int
    verse: int | None = None
    end_chapter: int | None = None
    end_verse: int | None = None
    colon: bool = False


def _number(match: re.Match[str], group: int = 1) -> int:
    return int(match.group(group))


def _starts_book(text: str, pos: int) -> bool:
    """Whether a book reference (with a prefix, e.g. "2 Timothy 3:16") starts at pos."""
    match = _head().match(text, pos)
    return bool(match and match.group("book") and _resolve(match) is not None)


def _resolve(match: re.Match[str]) -> tuple[int, str, BookName] | None:
    """(start, OSIS id, name entry) for a book head, or None if the name is not usable."""
    exact, folded = book_names()
    written = match.group("name")
    if not written[0].isupper():
        return None
    key = " ".join(written.split())
    entry = exact.get(key.casefold()) or folded.get(fold(key))
    if entry is None:
        return None
    if entry.abbreviation is False and match.group("dot"):
        return None  # "Genesis." ends a sentence; only "Gen." is an abbreviation
    start = match.start("book")
    prefix = match.group("prefix")
    number = _prefix_number(prefix) if prefix else 0
    if number and (number >= len(entry.books) or entry.books[number] is None):
        number = 0  # "I" or "2" before a book that takes no number: not part of it
    if number == 0:
        start = match.start("name")
    osis = entry.books[number] if number < len(entry.books) else None
    if osis is None:
        return None
    return start, osis, entry


def _prefix_number(prefix: str) -> int:
    word = prefix.strip().rstrip("ªº").casefold()
    if word[:1].isdigit():
        return int(word[0])
    if word in ("i", "ii", "iii") and prefix.strip().isupper():
        return len(word)
    return {
        "first": 1, "primera": 1, "primeira": 1, "primer": 1, "primero": 1,
        "second": 2, "segunda": 2, "segundo": 2,
        "third": 3, "tercera": 3, "terceira": 3, "tercero": 3,
    }.get(word, 0)  # fmt: skip


def _read_verse_and_range(text: str, cursor: _Cursor, *, verse_first: bool) -> None:
    """Read ":verse", a suffix and a "-range" after a chapter (or a verse, if verse_first)."""
    spoken = verse_first  # "verses 12 to 14": a range said in words, as a preacher reads it out
    if not verse_first:
        match = _COLON_VERSE.match(text, cursor.pos)
        if match:
            cursor.colon = True
        else:
            match = _DOT_VERSE.match(text, cursor.pos)
            if match is None:
                match = _WORD_VERSE.match(text, cursor.pos)
                spoken = match is not None
        if match:
            cursor.verse = _number(match)
            cursor.pos = match.end()
    suffix = _SUFFIX.match(text, cursor.pos)
    if suffix:
        cursor.pos = suffix.end()
    said = _SPOKEN_RANGE.match(text, cursor.pos) if spoken and cursor.verse is not None else None
    if said is not None and int(said.group(1)) > cursor.verse:  # type: ignore[operator]
        cursor.end_chapter, cursor.end_verse = cursor.chapter, int(said.group(1))
        cursor.pos = said.end()
        return
    span = _RANGE.match(text, cursor.pos)
    if span and not _starts_book(text, span.start(1)):
        first, second = _number(span), (_number(span, 2) if span.group(2) else None)
        if second is not None:
            cursor.end_chapter, cursor.end_verse = first, second
            if cursor.verse is None:
                cursor.verse = 1
        elif cursor.verse is not None:
            cursor.end_chapter, cursor.end_verse = cursor.chapter, first
        else:
            cursor.end_chapter = first
        cursor.pos = span.end()
        suffix = _SUFFIX.match(text, cursor.pos)
        if suffix:
            cursor.pos = suffix.end()


def _build(text: str, start: int, osis: str, cursor: _Cursor) -> ScriptureReference | None:
    """The reference the cursor has read, or None if the bundled text has no such verses."""
    chapter, verse = cursor.chapter, cursor.verse
    end_chapter = cursor.end_chapter if cursor.end_chapter is not None else chapter
    end_verse = cursor.end_verse if cursor.end_chapter is not None else verse
    if chapter_count(osis) == 1 and not cursor.colon and cursor.verse is None:
        # "Jude 3", "Philemon 4-6": the number is a verse of the only chapter.
        chapter, verse, end_verse, end_chapter = 1, chapter, end_chapter, 1
    if not is_valid(osis, chapter, verse, end_chapter, end_verse):
        return None
    if _ATTACHED.match(text, cursor.pos):
        return None  # "Psalm 23rd", "3:16am", "Genesis 1,000": the number is something else
    book = get_book(osis)
    return ScriptureReference(
        start=start,
        end=cursor.pos,
        text=text[start : cursor.pos],
        book=book.name,
        book_id=osis,
        start_chapter=chapter,
        start_verse=verse,
        end_chapter=end_chapter,
        end_verse=end_verse,
    )


def _all_caps(name: str) -> bool:
    return len(name) > 1 and name.isupper()


def _read_book_head(text: str, match: re.Match[str]) -> ScriptureReference | None:
    resolved = _resolve(match)
    if resolved is None:
        return None
    start, osis, entry = resolved
    cursor = _Cursor(pos=match.end("chapter"), chapter=int(match.group("chapter")))
    _read_verse_and_range(text, cursor, verse_first=False)
    attached = match.start("chapter") == match.end("name")  # "EC2", "Gen4:19"
    shouted = entry.abbreviation and _all_caps(match.group("name"))  # "LE 11", "EC 2"
    if (entry.strictness == "strict" or attached or shouted) and not cursor.colon:
        return None
    if (
        entry.strictness == "ambiguous"
        and not cursor.colon
        and cursor.end_chapter is None
        and not _BARE_CHAPTER_OK.match(text, cursor.pos)
    ):
        return None  # "John 3 times"; but "John 3.", "Jude 24-25" and "Job 1:21" are references
    return _build(text, start, osis, cursor)


def _context(
    seen: list[ScriptureReference], previous: ScriptureReference | None, verse: int
) -> ScriptureReference | None:
    """The reference a bare "verse 9" belongs to: the last one, unless it holds no verse 9 and the
    passage studied before it does ("Read John 21:1-19. If you have time, read John 18:15-27 ... Notice
    verse 9" is John 21:9); and never a single verse quoted in passing when the chapter being preached
    is further back ("Turn with me to James chapter 3 ... Proverbs 18:21 says ... And then verse 11" is
    James 3:11), nor a whole chapter named in passing when a passage studied before it holds the verse.
    """
    if previous is None or _holds(previous, verse):
        return previous
    same_book = next((r for r in reversed(seen) if r.book_id == previous.book_id and _holds(r, verse)), None)
    if same_book is not None:
        return same_book
    if previous.start_verse is not None and previous.start_verse == previous.end_verse:
        # the passage that names the verse first; a whole chapter named only when none does ("Numbers
        # 13" in passing, in a study of Joshua 14:6-15, is not where "verses 8, 9 and 14" are)
        passage = next((r for r in reversed(seen) if _holds(r, verse)), None) or next(
            (r for r in reversed(seen) if r.start_verse is None), None
        )
        if passage is not None:
            return passage
    if previous.start_verse is None:
        # "Zechariah 7 suggests that special fast days had grown up ... Notice the last line of verse 7",
        # in a study of Isaiah 58:1-12: a chapter named in passing, not the passage being studied
        studied = next((r for r in reversed(seen) if _holds(r, verse) and r.start_verse != r.end_verse), None)
        if studied is not None:
            return studied
    return previous


def _holds(ref: ScriptureReference, verse: int) -> bool:
    if ref.start_verse is None or ref.end_verse is None or ref.start_chapter != ref.end_chapter:
        return False
    return ref.start_verse <= verse <= ref.end_verse


def _read_verse_head(
    text: str, match: re.Match[str], previous: ScriptureReference | None
) -> ScriptureReference | None:
    if previous is None:
        return None
    cursor = _Cursor(pos=match.end("verse"), chapter=previous.end_chapter, colon=True)
    cursor.verse = int(match.group("verse"))
    _read_verse_and_range(text, cursor, verse_first=True)
    return _build(text, match.start("verses"), previous.book_id, cursor)


def _read_continuation(text: str, previous: ScriptureReference) -> ScriptureReference | None:
    """The next item of a list after ``previous`` (", 13:24", "; 6:1-4", ", 31"), if any."""
    separator = _SEPARATOR.match(text, previous.end)
    if not separator or separator.end() == previous.end:
        return None
    pos = separator.end()
    if _starts_book(text, pos):
        return None  # "Rev. 21, 2 Timothy 3:16": the main scan reads the next book
    match = _CHAPTER_VERSE.match(text, pos)
    if match:
        cursor = _Cursor(pos=match.end(), chapter=_number(match), verse=_number(match, 2), colon=True)
        _read_verse_and_range(text, cursor, verse_first=True)
        return _build(text, pos, previous.book_id, cursor)
    match = _NUMBER.match(text, pos)
    if not match:
        return None
    after = match.end()
    if _WORD_AFTER.match(text, after) and _translation_after(text, after) is None:
        return None  # "Romans 8:28, 5 people came": a count, not a verse
    number = _number(match)
    single_chapter = chapter_count(previous.book_id) == 1
    if previous.end_verse is not None and (separator.group(1) is None or single_chapter):
        # After a verse, ", 31" is another verse of the same chapter...
        cursor = _Cursor(pos=after, chapter=previous.end_chapter, verse=number, colon=True)
    else:
        # ...after a chapter, or after ";", it is a chapter.
        cursor = _Cursor(pos=after, chapter=number)
    _read_verse_and_range(text, cursor, verse_first=True)
    return _build(text, pos, previous.book_id, cursor)


def _translation_after(text: str, pos: int) -> str | None:
    match = _TRANSLATION_AFTER.match(text, pos)
    if not match:
        return None
    tag = match.group("paren") or match.group("bare")
    if match.group("paren") and (tag in TRANSLATIONS or re.fullmatch(r"[A-Z]{3,6}\d{0,4}", tag)):
        return tag
    return tag if tag in TRANSLATIONS else None


def _quoted_translation(text: str, pos: int, limit: int) -> str | None:
    """A translation closing a quotation right after a reference: '... one flesh (ESV).”'."""
    match = _QUOTED_TRANSLATION.match(text, pos, limit)
    if not match:
        return None
    tag = match.group("inside") or match.group("outside")
    return tag if tag in TRANSLATIONS else None


def _scan(text: str) -> Iterator[list[ScriptureReference]]:
    """Lists of references (one head and what continues it), in order."""
    head = _head()
    previous: ScriptureReference | None = None
    seen: list[ScriptureReference] = []
    pos = 0
    while True:
        match = head.search(text, pos)
        if match is None:
            return
        if match.group("book"):
            found = _read_book_head(text, match)
        else:
            found = _read_verse_head(text, match, _context(seen, previous, int(match.group("verse"))))
        if found is None:
            pos = match.start() + 1
            continue
        group = [found]
        while (following := _read_continuation(text, group[-1])) is not None:
            group.append(following)
        yield group
        seen += group
        previous = group[-1]
        pos = previous.end


_DIGIT = re.compile(r"\d")
_LIST_GAP = re.compile(r"[ \t]*(?:[,;&]|and|y|e)[ \t]*\Z", re.IGNORECASE)


def find_references(text: str) -> list[ScriptureReference]:
    """Every Bible reference in ``text``, in order, with non-overlapping spans.

    ``text[r.start:r.end] == r.text`` for each. References to verses the
    bundled translation does not have (Psalm 151, John 30) are left out.
    """
    # Every reference has a number: most paragraphs have none, and need no scan.
    groups = list(_scan(text)) if _DIGIT.search(text) else []
    results: list[list[ScriptureReference]] = []
    for index, group in enumerate(groups):
        end = group[-1].end
        translation = _translation_after(text, end)
        if translation is None:
            limit = groups[index + 1][0].start if index + 1 < len(groups) else len(text)
            block_end = text.find("\n\n", end)
            limit = min(limit, block_end) if block_end >= 0 else limit
            translation = _quoted_translation(text, end, limit)
        if translation is not None:
            group = [replace(r, translation=translation) for r in group]
        results.append(group)
    # "Gen. 2:24; Matt. 19:5 (ESV)": a translation after a list names all of it.
    for index in range(len(results) - 2, -1, -1):
        here, after = results[index], results[index + 1]
        gap = text[here[-1].end : after[0].start]
        tag = after[0].translation
        if tag and here[-1].translation is None and _LIST_GAP.match(gap):
            results[index] = [replace(r, translation=tag) for r in here]
    return [r for group in results for r in group]


def parse_reference(written: str) -> ScriptureReference | None:
    """The first reference in ``written`` ("1 Cor 13:4-7"), or None."""
    found = find_references(written)
    return found[0] if found else None
