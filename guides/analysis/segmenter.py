"""Where the sentences of one block end: the rules the sentence splitter applies.

Why our own and not a library: the library used before (pysbd) compiled a
regular expression per abbreviation, per line and per call, and re-compiled
them again once Python's pattern cache was full; splitting took two thirds of
an article's analysis. These rules give the same sentences on the articles
the guides are tested on, so no guide changed, but every pattern is compiled
once and each runs over a block a few times.

How it works: the block (already masked by :mod:`guides.analysis.sentences`,
so references and known abbreviations have no periods) is copied into a
*working text* of the same length, in which punctuation that does not end a
sentence is replaced by private-use characters: periods of abbreviations,
initials and numbers, everything between quotation marks and brackets, an
ellipsis that runs on, an exclamation mark before a lowercase word. Some
rules also *cut* the block (before the items of a numbered list, after a
footnote number). What is left is read piece by piece: a sentence runs from
its first visible character to the next end mark, and a closing quotation
mark followed by a capital ends one too.

Offsets never change, so each sentence is a span of the block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Stand-ins in the working text: same length as what they replace, never
# whitespace, never a word character, never an end mark.
_PERIOD = "\ue000"
_BANG = "\ue001"
_QUERY = "\ue002"
_APOSTROPHE = "\ue003"
"""An apostrophe inside quotation marks or brackets, hidden from the quotation rules."""
_BRACKET = "\ue004"
"""The opening bracket of a lettered list item: "(a)"."""
_FILL = "\ue005"
"""A space inside a spaced ellipsis (". . ."): no longer a space, not an end mark."""
_PAIR = "\ue008"
"""The first of two end marks that end one sentence together ("?!", "!!")."""
_STOP = "\ue006"
"""An end mark of the working text only: the second of "?!", and the end of a segment."""
_LISTED = "\ue007"
"""The period after a number of a numbered list, before the list's cuts are made."""

_END_MARKS = ".!?。．！？"
_HIDE_MARKS = str.maketrans({".": _PERIOD, "!": _BANG, "?": _QUERY, "。": _PERIOD, "．": _PERIOD,
                             "！": _BANG, "？": _QUERY})  # fmt: skip
_HIDE_ALL = str.maketrans({".": _PERIOD, "!": _BANG, "?": _QUERY, "'": _APOSTROPHE, "。": _PERIOD,
                           "．": _PERIOD, "！": _BANG, "？": _QUERY})  # fmt: skip

# --- abbreviations -----------------------------------------------------------
# The same words the previous splitter knew, so that no sentence of the tested
# articles moved. Each ends a sentence unless what follows says it cannot.

_TITLES = (
    "adm attys brig capt cmdr col cpl det dr gen gov ing lt maj mr mrs ms mt messrs mssrs prof ph rep reps "
    "rev sen sens sgt st supt v vs fig"
).split()
"""Written before a name or a number: the period never ends a sentence when a space follows."""
_BEFORE_NUMBERS = "art ext no nos p pp".split()
"""Before a number or a bracket: "No. 5", "pp. (12".)"""
_OTHERS = (
    # months, places, units, organisations and Latin
    "jan feb mar apr may jun jul aug sep sept oct nov dec "
    "ala alta ariz ark cal calif colo conn dak del fla ga ia id ida ill ind kan kans ken ky la mass md me "
    "mich minn miss mo mont neb nebr nev okla ont ore pa penn penna que sask tenn tex ut va vt wash wis wisc "
    "wy wyo yuk mex "
    "adj adv al arc assn asst ave bart bld bldg blvd bros btw cl co comdr con corp cres ct dept dist drs "
    "ens esp esq etc exp expy fed ft fwy fy hon hosp hr hway hwy inc insp is jr ltd man md med mfg min mlle "
    "mm mme mtn nr ok op ord pd pde pfc pl plz pvt rd rs ref res rt sec sfc sr surg tce univ usafa ver viz "
    "wash "
    # written with inner periods; the previous splitter read each inner period as any character
    "d.phil dr.phil dr.philos e.g i.e ph.d u.s"
).split()
"""Anywhere: the period does not end a sentence before a lowercase word, a digit, "I", a bracket,
or more punctuation."""


_TITLE_WORDS = frozenset(_TITLES)
_NUMBER_WORDS = frozenset(_BEFORE_NUMBERS) - _TITLE_WORDS
_OTHER_WORDS = frozenset(w for w in _OTHERS if "." not in w) - _TITLE_WORDS - _NUMBER_WORDS
_OTHER_DOTTED = re.compile("|".join(w for w in _OTHERS if "." in w), re.IGNORECASE)
_LONGEST = max(len(w) for w in _OTHERS + _TITLES)
_AFTER_TITLE = re.compile(r"\s|:\d")
_AFTER_NUMBER_WORD = re.compile(r"\s\d|\s+\(")
_AFTER_OTHER = re.compile(r"[.:\-?,]|\s(?:[a-z]|I\s|I['’]m|I['’]ll|\d|\()")
_AFTER_LOWER_OTHER = re.compile(r"[.:\-?,]|\s(?:[a-z]|\d|\()")
_POSSESSIVE = re.compile(r"\.(?='s(?:\s|$))")
_COMPANY = re.compile(r"\.(?<=Co\.)(?=\sKG)")
_INITIAL_FIRST = re.compile(r"[A-Z]\.(?=\s)")
_INITIAL = re.compile(r"\.(?<=\s[A-Z]\.)(?=,?\s)")
_DOTTED = re.compile(r"\b[a-z](?:\.[a-z])+\.", re.IGNORECASE)
_DOTTED_HINT = re.compile(r"\.[a-zA-Z]\.")
_TIME = re.compile(
    rf"(?:(?<= P{_PERIOD}M)|(?<=A{_PERIOD}M)|(?<=p{_PERIOD}m)|(?<=a{_PERIOD}m)){_PERIOD}(?=\s[A-Z])"
)
""""a.m." and "p.m." end a sentence before a capital."""
_STARTERS = (
    "A Being Did For He How However I In It Millions More She That The There They We What When Where Who Why"
).split()
_ENDS_BEFORE_STARTER = re.compile(
    rf"(?:U{_PERIOD}S|U\.S|U{_PERIOD}K|E{_PERIOD}U|E\.U|U{_PERIOD}S{_PERIOD}A|U\.S\.A|I|i.v|I.V)"
    rf"{_PERIOD}(?=\s(?:{'|'.join(_STARTERS)})\s)"
)
""""I." and "U.S." before a word that usually starts a sentence do end one."""

# --- numbers, runs of marks, addresses ---------------------------------------

_BEFORE_DIGIT = re.compile(r"\.(?=\d)")
_AFTER_DIGIT = re.compile(r"\.(?<=\d\.)(?=\S)")
_LEADING_NUMBER = re.compile(r"\d\d?\.(?=\s\S|\))")
_MARK_RUN = re.compile(r"(?<=\S)[!?]{3,}(?=\s|$)")
_FOOTNOTE = re.compile(
    rf"[.{_PERIOD}](?<=[^\d\s][.{_PERIOD}])(?:(?:\[(?:\d{{1,3}},?\s?-?\s?)*\b\d{{1,3}}\])+|(?:\d{{1,3}}\s?)?\d{{1,3}})"
    r"(?=\s[A-Z])"
)
"""A footnote number after a sentence ("... as we saw.12 Then"): the sentence ends after it."""
_INNER_PERIOD = re.compile(r"\.(?<=[a-zA-Z0-9_]\.)[a-zA-Z0-9_]")
_DEGREES = re.compile(r"\.(?<=[a-zA-z]°\.)(?=\s*\d+)")
_FILE_TYPE = re.compile(
    r"\.(?<=\s\.)(?=(?:jpe?g|png|gif|tiff?|pdf|ps|docx?|xlsx?|svg|bmp|tga|exif|odt|html?|txt|rtf|bat|sxw|xml"
    r"|zip|exe|msi|blend|wmv|mp[34]|pptx?|flac|rb|cpp|cs|js)\s)"
)

# --- lists -------------------------------------------------------------------

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ASCII_LETTERS = frozenset(_LETTERS + _LETTERS.upper())
_ROMAN = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()
# Each pattern starts with what it consumes, so that the search skips ahead fast; what must come
# before is a lookbehind after it, or checked in code.
_LETTER_ITEM = re.compile(r"\.(?<=[a-z]\.)(?<!\S[a-z]\.)")
"""The period after a lowercase letter standing alone: "a." of a lettered list."""
_ANY_LETTER_ITEM = re.compile(r"\.(?<=[a-zA-Z]\.)(?<!\S[a-zA-Z]\.)")
_BRACKETED_ITEM = re.compile(r"\)(?<=[a-zA-Z]\))")
"""The bracket closing a word ("a)", "(iv)"): the word is read back from it."""
_NUMBER_ITEM = re.compile(r"\d{1,2}(?=\.[\s)])")
_CUT_BEFORE_ITEM = (
    re.compile(rf"(?<=\S\S)\s(?=\S\s*\d+{_LISTED})"),
    re.compile(rf"(?<=\S\S)\s(?=\d{{1,2}}{_LISTED})"),
)
_NOT_A_LIST = re.compile(rf"for\s\d{{1,2}}{_LISTED}\s[a-z]")
_PAREN_ITEM = re.compile(r"\d{1,2}(?=\)\s)")
_BEFORE_PAREN_ITEM = re.compile(r"(?<=\S\S)\s(?=\d{1,2}\))")

# --- inside one segment ------------------------------------------------------

_SPACED_HINT = re.compile(r"\.\s\.")
_SPACED_ELLIPSIS = re.compile(r"(?:\s\.){3}\s")
_SPACED_FINAL_ELLIPSIS = re.compile(r"(?<=[a-z])(?:\.\s){3}\.$")
_FOUR_PERIODS = re.compile(r"(?<=\S)\.{3}(?=\.\s[A-Z])")
_ELLIPSIS_BEFORE_CAPITAL = re.compile(r"\.\.(?=\.\s+[A-Z])")
_ELLIPSIS = re.compile(r"\.\.\.")
_NAMES_WITH_MARKS = re.compile(r"Yahoo!|Y!J|Yum!|!Kung(?:-Ekoka)?|!Xuun|!Xun|!Xũ")
_LEADING_QUOTED_WORD = re.compile(r"(?<=\s)'(?:[^']|'[a-zA-Z])*'\S")
_SINGLE_QUOTED = re.compile(r"(?<=\s)'(?:[^']|'[a-zA-Z])*'")
_ENCLOSED = (
    ("‘", re.compile(r"‘(?<=\s‘)(?:[^’]|’[a-zA-Z])*’")),
    ('"', re.compile(r'"[^"\\]+"')),
    ("[", re.compile(r"\[[^\]\\]+\]")),
    ("(", re.compile(r"\([^()\\]+\)")),
    ("«", re.compile(r"«[^»\\]+»")),
    ("--", re.compile(r"--[^-]*--")),
    ("“", re.compile(r"“[^”\\]+”")),
)
"""Quotations and brackets (with the mark that opens each), in the order they are hidden: a later
one sees the marks of the earlier ones hidden."""
_PAIRS = (("?!", _PAIR + _STOP), ("!?", _PAIR + _STOP), ("??", _PAIR + _STOP), ("!!", _PAIR + _STOP))
_HIDDEN_MARK = (
    re.compile(r"\?(?=['\"])"),
    re.compile(r"!(?=['\"])"),
    re.compile(r"!(?=,\s[a-z])"),
    re.compile(r"!(?=\s[a-z])"),
)
"""A mark right before a quotation mark, and "!" before a lowercase word, do not end a sentence."""
_ROMAN_IN_BRACKETS = re.compile(r"\((?=[mdclxvi])m*(?:c[md]|d?c*)(?:x[cl]|l?x*)(?:i[xv]|v?i*)\)(?=\s[A-Z])")
_PIECE = re.compile(
    r"（[^）]*）(?=\s?[A-Z])"
    r"|「[^」]*」(?=\s[A-Z])"
    r"|\([^)]{2,}\)(?=\s[A-Z])"
    r"|'[^']*[^,]'(?=\s[A-Z])"
    r'|"[^"]*[^,]"(?=\s[A-Z])'
    r"|“[^”]*[^,]”(?=\s[A-Z])"
    r"|[。．.！!?？ ]{2,}"
    rf"|(?:{_PAIR}{_STOP}|[^\s{_PAIR}]).*?[。．.！!?？{_STOP}]"
    r"|[。．.！!?？]"
)
"""One piece of a segment: a bracket or quotation that opens it and is followed by a capital, a run
of marks and spaces, or everything up to the next end mark."""
_QUOTE_THEN_CAPITAL = re.compile(r"[!?.\-][\"'“”](\s)(?=[A-Z])")
"""A quotation closed after an end mark, then one space and a capital: a sentence ends at the space."""
_PARENS_BETWEEN_QUOTES = re.compile(r"[\"”]\s\(.*\)\s[\"“]")


def _hide(pattern: re.Pattern[str], text: str, table: dict[int, str] = _HIDE_MARKS) -> str:
    """``text`` with the end marks inside each match of ``pattern`` hidden."""
    return pattern.sub(lambda m: m.group().translate(table), text)


def _replace(pattern: re.Pattern[str], text: str, by: str) -> str:
    return pattern.sub(by, text) if pattern.search(text) else text


def _at(text: str, at: int, char: str) -> str:
    return text[:at] + char + text[at + 1 :]


class _Cuts:
    """Where the block is cut into segments: ``(end of one, start of the next)``."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int]] = []

    def replace(self, at: int) -> None:
        """Cut at a space: the space belongs to neither segment."""
        self.items.append((at, at + 1))

    def before(self, at: int) -> None:
        """Cut right before ``at``."""
        self.items.append((at, at))

    def segments(self, length: int) -> Iterator[tuple[int, int]]:
        start = 0
        for end, next_start in sorted(set(self.items)):
            if end >= start:
                yield start, end
                start = next_start
        yield start, length


def segment(block: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``block``, surrounding whitespace excluded.

    ``block`` holds no line breaks (the caller turns them into spaces).
    """
    cuts = _Cuts()
    text = _working_text(block, cuts)
    pieces: list[tuple[int, int]] = []
    for start, end in cuts.segments(len(block)):
        if end > start:
            pieces.extend(_pieces(text[start:end], block, start))
    return _trimmed(block, pieces)


_SALUTATION = re.compile(r"(?:Dear|Querid[oa]|Estimad[oa])\s+[\w.'’ -]{1,40}?,(?= [A-ZÁÉÍÓÚÑ¿¡])")
"""A greeting that opens a letter or an answer, a sentence of its own whatever follows on its line."""


def _working_text(block: str, cuts: _Cuts) -> str:
    """``block`` with the marks that cannot end a sentence hidden; ``cuts`` gets list and footnote cuts."""
    text = block
    at = block.find("\r")
    while at >= 0:
        cuts.replace(at)
        at = block.find("\r", at + 1)
    salutation = _SALUTATION.match(text)
    if salutation:  # "Dear Sunday, You are not ...": a letter's greeting, pasted onto its first line
        cuts.replace(salutation.end())
    text = _lists(text, cuts)
    text = _abbreviations(text)
    text = _replace(_BEFORE_DIGIT, text, _PERIOD)
    text = _replace(_AFTER_DIGIT, text, _PERIOD)
    leading = _LEADING_NUMBER.match(text)
    if leading:
        text = _at(text, leading.end() - 1, _PERIOD)
    if "!!" in text or "??" in text or "?!" in text or "!?" in text:
        text = _hide(_MARK_RUN, text)
    for match in _FOOTNOTE.finditer(text):
        text = _at(text, match.start(), _PERIOD)
        cuts.before(match.end())
    text = _inner_periods(text)
    text = _replace(_DEGREES, text, _PERIOD)
    text = _replace(_FILE_TYPE, text, _PERIOD)
    quoted_brackets = ('" (' in text or "” (" in text) and (') "' in text or ") “" in text or ") ”" in text)
    for match in _PARENS_BETWEEN_QUOTES.finditer(text) if quoted_brackets else ():
        for at in range(match.start(), match.end()):
            if text[at].isspace() and (text[at + 1] == "(" or text[at - 1] == ")"):
                cuts.replace(at)
    return text


def _abbreviations(text: str) -> str:
    if "." not in text:
        return text
    text = _replace(_POSSESSIVE, text, _PERIOD)
    text = _replace(_COMPANY, text, _PERIOD)
    if _INITIAL_FIRST.match(text):
        text = _at(text, 1, _PERIOD)
    text = _replace(_INITIAL, text, _PERIOD)
    text = _abbreviated_words(text)
    if _DOTTED_HINT.search(text):
        text = _hide(_DOTTED, text)
        if "M" + _PERIOD in text or "m" + _PERIOD in text:
            text = _TIME.sub(".", text)
    if _PERIOD + " " in text:
        text = _ENDS_BEFORE_STARTER.sub(lambda m: m.group()[:-1] + ".", text)
    return text


def _inner_periods(text: str) -> str:
    """``text`` with a period between two letters or digits hidden ("example.com", "3.5"), taking
    the pairs from the left: in "a.b.c" the second period still counts."""
    hidden: list[int] = []
    taken = 0
    for match in _INNER_PERIOD.finditer(text):
        if match.start() - 1 >= taken:
            hidden.append(match.start())
            taken = match.end()
    if not hidden:
        return text
    chars = list(text)
    for at in hidden:
        chars[at] = _PERIOD
    return "".join(chars)


def _abbreviated_words(text: str) -> str:
    """``text`` with the period after an abbreviated word hidden, when what follows allows."""
    hidden: list[int] = []
    at = text.find(".")
    while at >= 0:
        start = at
        while start > 0 and not text[start - 1].isspace() and at - start <= _LONGEST:
            start -= 1
        if start == 0 or text[start - 1].isspace():
            word = text[start:at].lower()
            after: re.Pattern[str] | None = None
            if word in _TITLE_WORDS:
                after = _AFTER_TITLE
            elif word in _NUMBER_WORDS:
                after = _AFTER_NUMBER_WORD
            elif word in _OTHER_WORDS and text[start:at].islower():
                # "the order it came in for me. I didn't like Harold.": written in lowercase, "me",
                # "is" or "miss" is the word, not the abbreviation, and "I" starts a sentence
                after = _AFTER_LOWER_OTHER
            elif word in _OTHER_WORDS or (len(word) > 3 and _OTHER_DOTTED.fullmatch(word)):
                after = _AFTER_OTHER
            if after is not None and after.match(text, at + 1):
                hidden.append(at)
        at = text.find(".", at + 1)
    if not hidden:
        return text
    chars = list(text)
    for at in hidden:
        chars[at] = _PERIOD
    return "".join(chars)


# --- lists -------------------------------------------------------------------


def _in_sequence(items: list[str], alphabet: list[str] | str) -> set[str]:
    """The items that follow or precede their neighbour in ``alphabet`` (the first item's neighbour
    before it is the last item, as the previous splitter had it)."""
    chosen: set[str] = set()
    order = {item: alphabet.index(item) for item in items}
    for i, item in enumerate(items):
        here = order[item]
        before = order[items[i - 1]]
        if i == len(items) - 1:
            if abs(before - here) == 1:
                chosen.add(item)
        elif order[items[i + 1]] - here == 1 or abs(before - here) == 1:
            chosen.add(item)
    return chosen


def _numbers_in_sequence(numbers: list[int]) -> set[int]:
    """The numbers next to the one before or after them (9 and 0 count as neighbours, as before)."""
    chosen: set[int] = set()
    for i, n in enumerate(numbers):
        follows = i > 0 and (numbers[i - 1] - n) in ((-1, 9) if n == 0 else (-1, -9) if n == 9 else (-1,))
        if (i < len(numbers) - 1 and numbers[i + 1] == n + 1) or follows:
            chosen.add(n)
    return chosen


def _bracketed_words(text: str) -> Iterator[tuple[int, str]]:
    """(start, word) of each word a closing bracket ends: "a)", "(iv)"."""
    for match in _BRACKETED_ITEM.finditer(text):
        at = match.start()
        while at and text[at - 1] in _ASCII_LETTERS:
            at -= 1
        yield at, text[at : match.start()]


def _bracketed_start(text: str, at: int) -> bool:
    return not at or text[at - 1] == "(" or text[at - 1].isspace()


def _item_start(text: str, at: int) -> bool:
    """Whether a list item may start at ``at``: at the start, after a space, or after a dash there."""
    before = text[at - 1] if at else ""
    if not before or before.isspace():
        return True
    return before in "-⁃" and (at == 1 or text[at - 2].isspace())


def _lists(text: str, cuts: _Cuts) -> str:
    """Cut before each item of a lettered or numbered list ("a. ... b. ...", "(i) ... (ii)", "1. ... 2.")."""
    if "." in text:
        letters = [text[m.start() - 1] for m in _LETTER_ITEM.finditer(text)]
        if len(letters) > 1:
            chosen = _in_sequence(letters, _LETTERS)
            for m in list(_ANY_LETTER_ITEM.finditer(text)):
                if text[m.start() - 1] in chosen:
                    cuts.before(m.start() - 1)
                    text = _at(text, m.start(), _PERIOD)
    if ")" in text:
        for alphabet in (list(_LETTERS), _ROMAN):
            words = list(_bracketed_words(text))
            found = [word for at, word in words if word in alphabet and _bracketed_start(text, at)]
            if len(found) < 2:
                continue
            chosen = _in_sequence(found, alphabet)
            for at, word in words:
                if word not in chosen:
                    continue
                if at and text[at - 1] == "(":
                    cuts.before(at - 1)
                    text = _at(text, at - 1, _BRACKET)
                elif not at or text[at - 1].isspace():
                    cuts.before(at)
    if "." in text:
        text = _numbered(text, cuts)
    if ")" in text:
        text = _numbered_in_brackets(text, cuts)
    return text


def _numbered(text: str, cuts: _Cuts) -> str:
    found = [m for m in _NUMBER_ITEM.finditer(text) if _item_start(text, m.start())]
    chosen = {str(n) for n in _numbers_in_sequence([int(m.group()) for m in found])}
    if not chosen:
        return text
    for m in found:
        if m.group() in chosen:
            text = _at(text, m.end(), _LISTED)
    listed = [at for at, char in enumerate(text) if char == _LISTED]
    if not listed:
        return text
    cut_between = any(listed[0] < end - 1 and listed[-1] > next_start for end, next_start in cuts.items)
    if not cut_between and not _NOT_A_LIST.search(text):
        for pattern in _CUT_BEFORE_ITEM:
            for m in pattern.finditer(text):
                cuts.replace(m.start())
    return text.replace(_LISTED, _PERIOD)


def _numbered_in_brackets(text: str, cuts: _Cuts) -> str:
    marked: set[int] = set()  # where each listed number ends
    for _ in range(2):
        found = [m for m in _PAREN_ITEM.finditer(text) if m.end() not in marked]
        chosen = {str(n) for n in _numbers_in_sequence([int(m.group()) for m in found])}
        marked.update(m.end() for m in found if m.group() in chosen)
    if marked and not any(min(marked) < end and max(marked) > next_start for end, next_start in cuts.items):
        for m in _BEFORE_PAREN_ITEM.finditer(text):
            digits = re.match(r"\d{1,2}", text[m.end() :])
            if digits and m.end() + digits.end() in marked:
                cuts.replace(m.start())
    return text


# --- one segment ---------------------------------------------------------------


def _pieces(text: str, block: str, offset: int) -> Iterator[tuple[int, int]]:
    """The sentences of one segment (``text``, the working text from ``offset`` on) as block spans."""
    text = _ellipses(text)
    if not any(mark in text for mark in _END_MARKS):
        yield offset, offset + len(text)
        return
    length = len(text)
    if text[-1] not in _END_MARKS:
        text += _STOP
    ends_on_mark = len(text) == length
    if "!" in text:
        text = _hide(_NAMES_WITH_MARKS, text)
    text = _enclosed(text)
    if not text.startswith(("?!", "!?", "??", "!!")):
        for pair, by in _PAIRS:
            if pair in text:
                text = text.replace(pair, by)
    for pattern in _HIDDEN_MARK:
        text = _hide(pattern, text)
    if "(" in text:
        text = _ROMAN_IN_BRACKETS.sub(lambda m: _BRACKET + m.group()[1:-1] + _BRACKET, text)
    if ends_on_mark and text[-1] == _BANG:
        text = text[:-1] + "!"
    restored: str | None = None
    for match in _PIECE.finditer(text):
        start, end = offset + match.start(), offset + min(match.end(), length)
        if end <= start:
            continue
        if restored is None:
            # What the quotation rule reads: the block, with the apostrophes hidden inside quotations.
            restored = block[offset : offset + length]
            if _APOSTROPHE in text:
                restored = "".join(
                    _APOSTROPHE if hidden == _APOSTROPHE else char
                    for char, hidden in zip(restored, text, strict=False)
                )
        piece = restored[start - offset : end - offset]
        cut = start
        for split in _QUOTE_THEN_CAPITAL.finditer(piece):
            yield cut, start + split.start(1)
            cut = start + split.end(1)
        yield cut, end


def _ellipses(text: str) -> str:
    if "." not in text:
        return text
    if _SPACED_HINT.search(text):
        text = _SPACED_ELLIPSIS.sub(_hide_ellipsis, text)
        text = _SPACED_FINAL_ELLIPSIS.sub(_hide_ellipsis, text)
    if "..." not in text:
        return text
    text = _replace(_FOUR_PERIODS, text, _PERIOD * 3)
    text = _replace(_ELLIPSIS_BEFORE_CAPITAL, text, _PERIOD * 2)
    return _replace(_ELLIPSIS, text, _PERIOD * 3)


def _hide_ellipsis(match: re.Match[str]) -> str:
    return "".join(_PERIOD if char == "." else _FILL for char in match.group())


def _enclosed(text: str) -> str:
    """``text`` with the end marks inside quotations and brackets hidden."""
    if "'" in text and not (_LEADING_QUOTED_WORD.search(text) and not re.search(r"'\s", text)):
        text = _hide(_SINGLE_QUOTED, text)
    for opener, pattern in _ENCLOSED:
        if opener in text:
            text = _hide(pattern, text, _HIDE_ALL)
    return text


def _trimmed(block: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces without surrounding whitespace; anything between two pieces joins the first."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for start, end in pieces:
        while start < end and block[start].isspace():
            start += 1
        while end > start and block[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        if spans and block[cursor:start].strip():
            spans[-1] = (spans[-1][0], start)
        spans.append((start, end))
        cursor = end
    if spans and block[cursor:].strip():
        spans[-1] = (spans[-1][0], len(block.rstrip()))
    return spans
