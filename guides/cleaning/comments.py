"""Finding the reader comments at the end of a page or paste.

A comment section sits after the article and runs to the end of the page
(page chrome after it, such as a copyright line, is taken out separately).
It is found by the first of these, in the order they appear:

1. **A heading** that only comment sections have: "24 thoughts on “…”",
   "5 Comments", "3 Responses to …", "Leave a Reply", "Comments are closed",
   "Join the discussion" (and their Spanish, Portuguese, French and German
   forms). A bare "Comments" or "Discussion" could be an article's own
   heading, so it counts only when a comment follows it. A heading above
   the article's first 40 words is the page's link down to the comments
   ("5 Comments" beside the byline), which is navigation, not the section.
2. **A comment's own header**: "Name says:" (or "dice:", "disse:", ...) with
   a date line ("March 3, 2021 at 4:12 pm") or a "Reply" link close by.
3. **A trailing list that reads like comments.** This is the hard case: a
   paste from a page that numbers its comments looks exactly like an article
   ending on its own numbered points. The list at the end (split where the
   numbering starts again, so an article's "1. 2. 3." followed by comments
   "1. 2. ..." is two lists) is weighed item by item for what readers write
   and articles do not:

   * spam (see :mod:`guides.cleaning.spam`): links, keywords, spintax,
     stock praise -- an article's own points are never spam;
   * praise or thanks addressed to the writer about the writing ("Great
     article", "so glad you wrote about this", "thanks for sharing") -- an
     article speaks to its reader about the subject, not about itself;
   * a signature: a line holding only a name under the text;
   * comment furniture inside the item: "says:", a date line, "Reply";
   * a switch of language or alphabet away from the article.

   An item with any of these is comment-like. The list is a comment list
   when at least half its items are, less two pieces of counter-evidence
   that mark an article's own list: an introduction ending in a colon
   ("Here is what helped us:"), and a count named just before it that
   matches the number of items ("four habits", "5 ways"). Each weighs 0.3.
   Nothing in the middle of the article is ever a candidate: only a list
   with nothing after it but comment furniture and page chrome.

Inside the section, each comment becomes one piece: a list item with any
signature or "Reply" line after it; or, in a section of "Name says:" headers,
everything from one header to the next; or, with no headers at all, one
paragraph (with a signature paragraph under it). The author comes from
"Name says:", a name over a date line, or a signature on the last line --
whose text stays in the comment, so nothing is lost. Headings become
"comment_header" pieces and the "Leave a Reply" form's fields "boilerplate".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from guides.article import BlockDraft
from guides.cleaning.authors import signature_name
from guides.cleaning.dates import is_date_line
from guides.cleaning.spam import SpamVerdict, classify_comment
from guides.language import detect_language

PieceKind = Literal["comment", "comment_header", "boilerplate", "navigation"]
Mark = Literal["header", "weak_header", "form", "says", "date", "reply"]

ARTICLE_WORDS_BEFORE = 40
"""A comment heading above this many words of article is a link down to the comments."""


@dataclass(frozen=True)
class CommentPiece:
    """Consecutive blocks that go out as one removed piece."""

    indices: tuple[int, ...]
    kind: PieceKind
    text: str
    reason: str
    author: str | None = None
    verdict: SpamVerdict | None = None


_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|no|un[ao]?|dos|tres|cuatro|cinco)"
)
_COMMENT_NOUN = (
    r"(?:thoughts?|comments?|responses?|replies|reactions|opinions|comentarios?|respuestas?|pensamientos?|"
    r"opiniones|comentários?|respostas?|commentaires?|réponses?|kommentare?|antworten)"
)
_HEADERS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"^{_NUMBER}\s+{_COMMENT_NOUN}(?:\s+(?:on|to|for|about|a|en|sobre|para|em|sur|zu)\b.{{1,200}})?[:.]?$",
        rf"^{_COMMENT_NOUN}\s*[(\[:]\s*\d+\s*[)\]]?$",
        r"^(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)\b"
        r"(?:\s*[(\[]\s*\d+\s*[)\]])?(?:\s*cancel reply)?[.:!]?$",  # (and "Leave a comment (6)")
        r"^(?:join|enter)\s+the\s+(?:discussion|conversation)[.:!]?$",
        r"^(?:deja|dejar|escribe|añade|deixe|deixar|laisser|laissez|schreibe|hinterlasse)\s+"
        r"(?:un|una|um|uma|einen?)\s+(?:comentario|respuesta|comentário|resposta|commentaire|réponse|"
        r"kommentar|antwort)\b.{0,30}$",
        r"^únete a la conversación[.!]?$",
        r"^(?:comments are closed(?: for this (?:post|article))?|comments? (?:are|is) (?:closed|disabled|"
        r"turned off)|los comentarios están cerrados|comentarios cerrados|comentários (?:estão )?fechados|"
        r"les commentaires sont fermés)[.!]?$",
    )
)
_WEAK_HEADER = re.compile(
    r"^(?:comments?|responses?|replies|discussion|conversation|reader comments|what do you think\??|"
    r"comentarios|respuestas|comentários|commentaires|kommentare)[:.]?$",
    re.IGNORECASE,
)
_FORM = re.compile(
    r"^(?:your email address will not be published\.?.*|required fields are marked.*|"
    r"(?:comment|name|email|e-mail|website|web|url|nombre|correo electrónico|correo|comentario|sitio web)"
    r"\s*(?:\*|\(required\)|:)\s*|post comment|submit comment|publicar (?:el )?comentario|enviar comentario|"
    r"save my name, email, and website.*|notify me of (?:follow-up comments|new posts).*|cancel reply|"
    r"cancelar respuesta|tu dirección de correo electrónico no será publicada\.?.*|"
    r"los campos obligatorios están marcados.*|guarda mi nombre.*|avísame .*por correo.*|"
    r"you must be logged in to post a comment\.?|this site uses akismet.*)$",
    re.IGNORECASE,
)
_SAYS = re.compile(
    r"^(?P<name>[^\n]{1,60}?)\s+(?:on\s+(?P<on>.{4,60}?)\s+)?"
    r"(?:says|said|wrote|writes|dice|dijo|escribió|diz|disse|dit|a dit|écrit|schreibt|sagt)"
    r"\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_REPLY = re.compile(
    r"^(?:(?:reply|log in to reply|responder|répondre|antworten|report(?: comment)?|like|edit|permalink|"
    r"liked by \d+ (?:people|person)|loading\.*)(?:\s*[↓·•|]\s*)?)+$",
    re.IGNORECASE,
)
_ADDRESSED = re.compile(
    r"\b(?:great|good|nice|wonderful|excellent|amazing|awesome|helpful|beautiful|lovely|fantastic|"
    r"informative|thoughtful|timely|encouraging|powerful|insightful)\s+(?:post|article|blog|read|piece|"
    r"writing|words|tips|reminder|message|thoughts)\b"
    r"|(?<!give )(?<!giving )(?<!gave )\b(?:thanks|thank you)(?: so much| very much)?\s*(?:for\b|,|!|\.|$)"
    r"|\b(?:your|this) (?:post|article|blog|writing|words|site|website)\b"
    r"|\byou (?:wrote|shared|said)\b|\byou(?:['’]re| are) willing\b|\bblog(?:ging)? about\b"
    r"|\bfor (?:writing|sharing|posting)\b|\bi(?:['’]m| am) (?:so )?(?:glad|grateful) (?:you|for|that)\b"
    r"|\b(?:loved|enjoyed) (?:this|your|reading)\b|\bgracias\b|\bexcelente (?:artículo|post|entrada)\b"
    r"|\b(?:tu|este) (?:artículo|post|blog)\b|\bme (?:encantó|gustó)\b|\bobrigad[oa]\b|\bmerci\b|\bdanke\b",
    re.IGNORECASE,
)
_FORM_LABEL = re.compile(
    r"^(?:comment|name|email|e-mail|website|web|url|nombre|correo electrónico|correo|comentario|"
    r"sitio web|mensaje|message)$",
    re.IGNORECASE,
)
_FORM_HEADING = re.compile(
    r"leave|post|add|write|submit|join|enter|deja|escribe|deixe|laisser|schreibe", re.IGNORECASE
)
_NOT_COMMENTERS = frozenset(
    {
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "everyone", "nobody", "someone", "my",
        "our", "his", "her", "their", "the", "a", "an", "and", "but", "so", "then", "who", "which", "what",
        "él", "ella", "ellos", "mi", "su", "el", "la", "que", "y",
    }
)  # fmt: skip
_COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
}


def comment_mark(text: str) -> Mark | None:
    """What a single block says about comments, judged on the whole block."""
    if len(text) > 400 and "\n" not in text.strip():
        return None  # one long line of prose: no heading, form field or "Name says:"
    line = " ".join(text.split())
    if not line or len(line.split()) > 40:
        return None
    first = text.strip().split("\n", 1)[0].strip()
    if "\n" in text.strip() and any(p.match(first) for p in _HEADERS):
        return "header"  # a paste that ran the heading into the first comment
    if "\n" not in text.strip():
        if any(p.match(line) for p in _HEADERS):
            return "header"
        if _WEAK_HEADER.match(line):
            return "weak_header"
        if _FORM.match(line):
            return "form"
        if _REPLY.match(line):
            return "reply"
        if is_date_line(line):
            return "date"
    if _says_name(text.strip().split("\n", 1)[0]) is not None:
        return "says"
    return None


def find_comments(
    drafts: Sequence[BlockDraft],
    *,
    chrome: Collection[int] = (),
    marks: Sequence[Mark | None] | None = None,
) -> list[CommentPiece]:
    """The comment section's pieces, in order; empty when the page has none.

    ``chrome`` are block indices already taken as page chrome: they are
    neither article nor comment, and are skipped. ``marks``, when given, is
    :func:`comment_mark` of each block, already worked out by the caller.
    """
    texts = [d.text for d in drafts]
    marks = list(marks) if marks is not None else [comment_mark(t) for t in texts]
    words_before = _words_before(texts, chrome)
    pieces: list[CommentPiece] = []
    early_links = [
        i
        for i, mark in enumerate(marks)
        if mark == "header" and i not in chrome and words_before[i] < ARTICLE_WORDS_BEFORE
    ]
    for i in early_links:
        pieces.append(
            CommentPiece((i,), "navigation", texts[i], "A link down to the comments, beside the byline.")
        )
    start, why = _section_start(drafts, marks, chrome, words_before, set(early_links))
    if start is None:
        return pieces
    article = [texts[i] for i in range(start) if i not in chrome and i not in early_links]
    article_text = "\n".join(article)
    language = detect_language(article_text)
    pieces.extend(_split_section(drafts, marks, chrome, start, why, language, article_text))
    return pieces


# --- where the section starts ------------------------------------------------


def _words_before(texts: Sequence[str], chrome: Collection[int]) -> list[int]:
    counts: list[int] = []
    total = 0
    for i, text in enumerate(texts):
        counts.append(total)
        if i not in chrome:
            total += len(text.split())
    return counts


def _section_start(
    drafts: Sequence[BlockDraft],
    marks: list[Mark | None],
    chrome: Collection[int],
    words_before: list[int],
    skip: set[int],
) -> tuple[int | None, str]:
    texts = [d.text for d in drafts]
    for i, mark in enumerate(marks):
        if i in chrome or i in skip or words_before[i] < ARTICLE_WORDS_BEFORE:
            continue
        if mark == "header":
            return i, f"In the comment section, below its heading {_quote(texts[i])}."
        if mark == "weak_header" and _comment_follows(drafts, marks, chrome, i + 1):
            return i, f"In the comment section, below its heading {_quote(texts[i])}."
        if mark == "says" and _corroborated(texts, marks, chrome, i):
            return i, "“Name says:” over a date or a Reply link, the way comment sections print a comment."
        thread = mark is None and _named_over_date(texts, marks, chrome, i)
        if thread and _thread_follows(texts, marks, chrome, i):
            return i, "A name over a date and a Reply link, the way comment sections print a comment."
    trailing = _trailing_comment_list(drafts, marks, chrome)
    if trailing is not None:
        return trailing
    return None, ""


def _comment_follows(
    drafts: Sequence[BlockDraft], marks: list[Mark | None], chrome: Collection[int], start: int
) -> bool:
    following = list(itertools.islice((i for i in range(start, len(drafts)) if i not in chrome), 4))
    if not following:
        return True  # a bare "Comments" at the very end: the section's empty heading
    texts = [d.text for d in drafts]
    for i in following:
        if marks[i] in ("says", "date", "reply", "form", "header"):
            return True
        if signature_name(texts[i].split("\n", 1)[0]) and i + 1 < len(marks) and marks[i + 1] == "date":
            return True
    rest = [i for i in range(start, len(drafts)) if i not in chrome]
    return all(_item_evidence(texts[i], None, None)[0] >= 0.6 for i in rest)


def _named_over_date(texts: Sequence[str], marks: list[Mark | None], chrome: Collection[int], i: int) -> bool:
    """A commenter's name on its own line with the comment's date right under it."""
    lines = [ln.strip() for ln in texts[i].split("\n") if ln.strip()]
    if not lines or signature_name(lines[0]) is None:
        return False
    if len(lines) > 1:
        return is_date_line(lines[1])
    following = next((j for j in range(i + 1, len(texts)) if j not in chrome), None)
    return following is not None and marks[following] == "date"


def _thread_follows(texts: Sequence[str], marks: list[Mark | None], chrome: Collection[int], i: int) -> bool:
    """A Reply link under the first comment, or another name over a date further on."""
    following = [j for j in range(i + 1, len(texts)) if j not in chrome]
    for j in following[:5]:
        if marks[j] == "reply" or _REPLY.match(texts[j].strip().split("\n")[-1].strip()):
            return True
    return any(_named_over_date(texts, marks, chrome, j) for j in following[1:])


def _corroborated(
    texts: Sequence[str], marks: list[Mark | None], chrome: Collection[int], start: int
) -> bool:
    lines = texts[start].split("\n")
    if any(is_date_line(ln) or _REPLY.match(ln.strip()) for ln in lines[1:]):
        return True
    says = _SAYS.match(lines[0].strip())
    if says and (says.group("on") or is_date_line(says.group("rest") or "")):
        return True
    following = list(itertools.islice((i for i in range(start + 1, len(texts)) if i not in chrome), 3))
    return any(marks[i] in ("date", "reply") for i in following)


def _trailing_comment_list(
    drafts: Sequence[BlockDraft], marks: list[Mark | None], chrome: Collection[int]
) -> tuple[int, str] | None:
    """The start of a list at the very end that reads as reader comments."""
    run: list[int] = []
    for i in range(len(drafts) - 1, -1, -1):
        if i in chrome or marks[i] in ("form", "header", "weak_header"):
            if run:
                break
            continue
        if drafts[i].kind == "list_item" or _is_attachment(drafts[i].text, marks[i]):
            run.append(i)
            continue
        break
    run.reverse()
    while run and drafts[run[0]].kind != "list_item":
        run.pop(0)
    if not run:
        return None
    lists = _split_lists(drafts, run)
    start: int | None = None
    reason = ""
    for items in reversed(lists):
        is_comments, why = _reads_as_comments(drafts, items, marks)
        if not is_comments:
            break
        start, reason = items[0], why
    return (start, reason) if start is not None else None


def _is_attachment(text: str, mark: Mark | None) -> bool:
    """A line that hangs under a comment: a signature, a date, a Reply link."""
    return mark in ("reply", "date") or signature_name(text) is not None


def _split_lists(drafts: Sequence[BlockDraft], run: list[int]) -> list[list[int]]:
    """Split a run of items where the numbering starts again or the marker changes.

    A list indented under the article's last item that starts again at 1 and
    never comes back out is split off too: a nested list returns to its
    parent's level, a comment list pasted with the page's indentation does not.
    """
    items = [i for i in run if drafts[i].kind == "list_item"]
    for n, i in enumerate(items[1:], start=1):
        level, before = drafts[i].level, drafts[items[n - 1]].level
        if (
            level > before
            and drafts[i].ordinal in (None, 1)
            and all(drafts[j].level >= level for j in items[n:])
        ):
            cut = run.index(i)
            return [*_split_at_restarts(drafts, run[:cut], 1), *_split_at_restarts(drafts, run[cut:], level)]
    return _split_at_restarts(drafts, run, 1)


def _split_at_restarts(drafts: Sequence[BlockDraft], run: list[int], base: int) -> list[list[int]]:
    lists: list[list[int]] = []
    previous: BlockDraft | None = None
    for i in run:
        draft = drafts[i]
        if draft.kind == "list_item" and draft.level <= base and previous is not None:
            number, before = draft.ordinal, previous.ordinal
            restarted = number is not None and before is not None and number <= before
            switched = (draft.ordinal is None) != (previous.ordinal is None)
            if restarted or switched:
                lists.append([])
        if not lists:
            lists.append([])
        lists[-1].append(i)
        if draft.kind == "list_item" and draft.level <= base:
            previous = draft
    return lists


def _reads_as_comments(
    drafts: Sequence[BlockDraft], items: list[int], marks: list[Mark | None]
) -> tuple[bool, str]:
    first = items[0]
    article_text = "\n".join(d.text for d in drafts[:first])
    language = detect_language(article_text)
    entries = _entries(drafts, items)
    tallies = {"spam": 0, "praise": 0, "signed": 0, "furniture": 0, "language": 0}
    liked = 0
    for entry in entries:
        text = "\n".join(drafts[i].text for i in entry)
        verdict = classify_comment(_body(text), article_language=language, article_text=article_text)
        score, found = _item_evidence(text, verdict, language)
        if any(marks[i] in ("date", "reply") for i in entry[1:]):
            found.add("furniture")
            score += 1.0
        if any(signature_name(drafts[i].text) for i in entry[1:]):
            found.add("signed")
            score += 0.6
        for name in found:
            tallies[name] += 1
        liked += score >= 0.6
    share = liked / len(entries)
    intro = next((drafts[i] for i in range(first - 1, -1, -1) if drafts[i].text.strip()), None)
    penalty = 0.0
    if intro is not None and intro.text.rstrip().endswith(":"):
        penalty += 0.3
    if _count_named(drafts, first, len(entries)):
        penalty += 0.3
    if share - penalty < 0.5:
        return False, ""
    total = len(entries)
    forms = {
        "spam": ("is spam", "are spam"),
        "praise": ("thanks or praises the writer", "thank or praise the writer"),
        "signed": ("is signed with a name", "are signed with a name"),
        "furniture": ("has a comment’s date or Reply link", "have a comment’s date or Reply link"),
        "language": ("is in another language", "are in another language"),
    }
    evidence = [
        f"{_count_of(tallies[key], total)} {one if tallies[key] == 1 else many}"
        for key, (one, many) in forms.items()
        if tallies[key]
    ]
    kind = "numbered" if drafts[first].ordinal is not None else "bulleted"
    reason = (
        f"One of {len(entries)} {kind} items after the article’s last paragraph that read as reader "
        f"comments, not the article’s own points ({', '.join(evidence)})."
    )
    return True, reason


def _entries(drafts: Sequence[BlockDraft], items: list[int]) -> list[list[int]]:
    """Each list item with the signature, date or Reply lines that hang under it."""
    entries: list[list[int]] = []
    for i in items:
        if drafts[i].kind == "list_item" or not entries:
            entries.append([i])
        else:
            entries[-1].append(i)
    return entries


def _count_of(n: int, total: int) -> str:
    if total == 1:
        return "it"
    return "all" if n == total else f"{n} of {total}"


def _item_evidence(text: str, verdict: SpamVerdict | None, language: str | None) -> tuple[float, set[str]]:
    """How much one item reads like a reader comment, and the kinds of evidence."""
    found: set[str] = set()
    score = 0.0
    body = _body(text)
    if verdict is not None and verdict.spam:
        found.add("spam")
        score += 1.0
    elif verdict is not None and {"other language", "other alphabet"} & set(verdict.signals):
        found.add("language")
        score += 0.5
    if _ADDRESSED.search(body.replace("’", "'")):
        found.add("praise")
        score += 0.6
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1 and signature_name(lines[-1]):
        found.add("signed")
        score += 0.6
    if _says_name(lines[0] if lines else "") or any(is_date_line(ln) or _REPLY.match(ln) for ln in lines[1:]):
        found.add("furniture")
        score += 1.0
    return score, found


def _count_named(drafts: Sequence[BlockDraft], first: int, count: int) -> bool:
    """Whether the text just before the list names how many items it has."""
    before = [d.text for d in drafts[max(0, first - 2) : first]]
    heading = next((d.text for d in reversed(drafts[:first]) if d.kind == "heading"), "")
    words = re.findall(r"\w+", " ".join([*before, heading]).lower())
    return any(w == str(count) or _COUNT_WORDS.get(w) == count for w in words)


# --- the section, piece by piece ---------------------------------------------


@dataclass(frozen=True)
class _Unit:
    """A block of the comment section, or a run of its lines when a paste ran several together."""

    index: int
    text: str
    mark: Mark | None
    starts_item: bool


def _units(drafts: Sequence[BlockDraft], region: list[int]) -> list[_Unit]:
    """Cut blocks at their comment furniture, so "Reply" and the next "Name says:" part ways."""
    units: list[_Unit] = []
    for i in region:
        runs: list[list[str]] = []
        for line in (ln.strip() for ln in drafts[i].text.split("\n")):
            if not line:
                continue
            after_marker = bool(runs) and comment_mark(runs[-1][-1]) not in (None, "says")
            if not runs or comment_mark(line) is not None or after_marker:
                runs.append([line])
            else:
                runs[-1].append(line)
        for number, run in enumerate(runs):
            text = "\n".join(run)
            units.append(_Unit(i, text, comment_mark(text), number == 0 and drafts[i].kind == "list_item"))
    return units


def _split_section(
    drafts: Sequence[BlockDraft],
    marks: list[Mark | None],
    chrome: Collection[int],
    start: int,
    why: str,
    language: str | None,
    article_text: str,
) -> list[CommentPiece]:
    region = [i for i in range(start, len(drafts)) if i not in chrome]
    units = _units(drafts, region)
    has_starts = any(_starts_comment(units, n) for n in range(len(units)))
    groups: list[tuple[PieceKind, list[_Unit]]] = []
    open_comment = False
    for n, unit in enumerate(units):
        mark = unit.mark
        if (
            groups
            and _FORM_LABEL.match(unit.text)
            and (groups[-1][0] == "boilerplate" or _FORM_HEADING.search(groups[-1][1][0].text))
        ):
            mark = "form"  # a bare "Website" among the form's fields
        if mark in ("header", "weak_header"):
            groups.append(("comment_header", [unit]))
            open_comment = False
        elif mark == "form":
            if groups and groups[-1][0] == "boilerplate":
                groups[-1][1].append(unit)
            else:
                groups.append(("boilerplate", [unit]))
            open_comment = False
        elif _starts_comment(units, n):
            groups.append(("comment", [unit]))
            open_comment = True
        elif mark == "reply":
            if groups and groups[-1][0] == "comment":
                groups[-1][1].append(unit)
            else:
                groups.append(("comment", [unit]))
            open_comment = False
        elif mark == "date":
            if open_comment and (has_starts or _only_furniture(groups[-1][1])):
                groups[-1][1].append(unit)
            else:
                groups.append(("comment", [unit]))
                open_comment = True
        elif signature_name(unit.text) and groups and groups[-1][0] == "comment":
            groups[-1][1].append(unit)  # signed under the comment above
            open_comment = False
        elif open_comment and has_starts:
            groups[-1][1].append(unit)  # the comment's next paragraph
        else:
            groups.append(("comment", [unit]))
            open_comment = True
    return [_piece(kind, members, why, language, article_text) for kind, members in groups]


def _only_furniture(members: list[_Unit]) -> bool:
    return all(u.mark in ("says", "date") or signature_name(u.text) for u in members)


def _starts_comment(units: list[_Unit], n: int) -> bool:
    """A list item, "Name says:", or a name with the comment's date right under it."""
    unit = units[n]
    if unit.starts_item or unit.mark == "says":
        return True
    if signature_name(unit.text) is None:
        return False
    return n + 1 < len(units) and units[n + 1].mark == "date"


def _piece(
    kind: PieceKind, members: list[_Unit], why: str, language: str | None, article_text: str
) -> CommentPiece:
    text = members[0].text
    for before, unit in itertools.pairwise(members):
        text += ("\n" if unit.index == before.index else "\n\n") + unit.text
    indices = tuple(sorted({u.index for u in members}))
    if kind == "comment_header":
        line = _one_line(text)
        if _FORM_HEADING.search(line):
            reason = "The heading of the form for leaving a comment."
        elif re.search(r"closed|disabled|off|cerrados|fechados|fermés", line, re.I):
            reason = "The notice that comments are closed."
        else:
            reason = "The heading of the comment section."
        return CommentPiece(indices, kind, text, reason)
    if kind == "boilerplate":
        return CommentPiece(indices, kind, text, "The form for leaving a comment.")
    verdict = classify_comment(_body(text), article_language=language, article_text=article_text)
    return CommentPiece(indices, "comment", text, why, author=_author(text), verdict=verdict)


def _author(text: str) -> str | None:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        return None
    name = _says_name(lines[0])
    if name:
        return name
    if len(lines) > 1 and is_date_line(lines[1]) and signature_name(lines[0]):
        return signature_name(lines[0])
    content = [ln for ln in lines if not (_REPLY.match(ln) or is_date_line(ln))]
    if len(content) > 1:
        return signature_name(content[-1])
    return None


def _body(text: str) -> str:
    """The comment's own words, without its name, date, Reply link or signature."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    named_over_date = len(lines) > 1 and is_date_line(lines[1]) and signature_name(lines[0])
    if (lines and _says_name(lines[0])) or named_over_date:
        lines = lines[1:]
    lines = [ln for ln in lines if not (_REPLY.match(ln) or is_date_line(ln))]
    if len(lines) > 1 and signature_name(lines[-1]):
        lines = lines[:-1]
    return "\n".join(lines)


def _says_name(line: str) -> str | None:
    """The name in "Name says:" (with an optional date after it), or None."""
    line = " ".join(line.split())
    match = _SAYS.match(line)
    if not match:
        return None
    name = match.group("name").strip(" :-–—")
    rest = match.group("rest").strip()
    if rest and not is_date_line(rest) and rest.strip(".… ") != "":
        return None  # Blogger writes "Name said..."; anything else after "says" is a sentence
    words = name.split()
    if len(words) > 6 or not name[:1].isalnum() or re.search(r"[.!?]$", name):
        return None
    # Commenters' names come in lower case too ("best seo services says:"); a
    # sentence's subject ("she says:", "my father says:") is not a name.
    if name[:1].islower() and words[0].lower() in _NOT_COMMENTERS:
        return None
    return name


def _quote(text: str) -> str:
    line = _one_line(text)
    line = line if len(line) <= 70 else line[:69] + "…"
    return f"‘{line}’" if "“" in line or '"' in line else f"“{line}”"


def _one_line(text: str) -> str:
    return " ".join(text.split())
