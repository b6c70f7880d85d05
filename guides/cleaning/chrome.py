"""Page chrome: what a web page puts around an article that is not the article.

Share buttons, "Related posts", newsletter boxes, tags and categories,
copyright lines, "Previous post / Next post", breadcrumbs and cookie notices
come along when a reader copies a page or saves it. They are recognised one
block at a time, always on the whole block (a sentence that merely mentions
"subscribe" is the article's), in three strengths:

* *Sure* lines are distinctive enough to go wherever they stand: "Share
  this:", "Posted in Marriage", "Tags: trust, prayer", "© 2024 The Long
  Table", "All rights reserved", "Previous post: ...", "Skip to content".
* *Section openers* ("Related posts", "You may also like", "Subscribe to our
  newsletter", "About the author") take the blocks after them that fit the
  section: short link titles and their dates for a list of links, the few
  lines of a sign-up box, the bio under an author box. A long paragraph, or
  a sentence where a link title belongs, ends the section, so an article that
  carries on after an inline "Related" box keeps its text.
* *Weak* lines are single words that are page furniture only in company
  ("Facebook", "Email", "Print", "Menu", "Loading..."): they go when they
  touch other chrome or stand at the very start or end of the page.

Kinds: links to other pages (related posts, tags, categories, previous/next,
breadcrumbs) are "navigation"; the rest (share boxes, sign-up boxes,
copyright, cookie notices, author boxes) is "boilerplate".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from guides.article import BlockDraft
from guides.cleaning.dates import is_date_line

ChromeKind = Literal["boilerplate", "navigation"]
Section = Literal["links", "newsletter", "author", "share"]


@dataclass(frozen=True)
class ChromeLine:
    """What one block of chrome is, and why it was judged so."""

    kind: ChromeKind
    reason: str
    opens: Section | None = None
    """The kind of section this line heads, whose following lines go with it."""
    weak: bool = False


@dataclass(frozen=True)
class ChromePiece:
    """Consecutive chrome blocks that go out together (a whole "Related" box)."""

    start: int
    end: int
    """Input block indices ``start`` to ``end - 1``."""
    kind: ChromeKind
    reason: str


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{pattern})$", re.IGNORECASE)


_WORDS_MAX = 30

_SURE: tuple[tuple[re.Pattern[str], ChromeKind, str, Section | None], ...] = (
    # Section openers.
    (_rule(r"(?:related|related (?:posts?|articles?|stories|reading|content)|you (?:may|might) also "
           r"(?:like|enjoy)|more (?:posts|articles|stories)(?: (?:like this|from \S.*))?|recent posts|"
           r"popular posts|most read|read next|what to read next|keep reading|archives|categories|"
           r"(?:artículos|entradas|publicaciones) relacionad[ao]s|también te puede interesar|"
           r"te puede interesar|quizás te interese|lee también|posts relacionados)[:.]?"),
     "navigation", "A list of links to other posts.", "links"),
    (_rule(r"(?:subscribe|sign up|join|get)(?: (?:to|for|up for))? (?:our|my|the) (?:free )?"
           r"(?:weekly |monthly )?(?:newsletter|mailing list|email list|updates)[!.]?|newsletter|"
           r"subscribe(?: (?:now|today|by email|via email))?[!.]?|stay in touch[!.]?|never miss a post[!.]?|"
           r"get (?:new|the latest) posts? (?:by|in your) (?:email|inbox)[!.]?|"
           r"suscr[ií]bete(?: (?:a|al) (?:nuestro|mi) (?:boletín|newsletter))?[!.]?|boletín"),
     "boilerplate", "A newsletter sign-up box.", "newsletter"),
    (_rule(r"about the author|about (?:the )?writer|sobre (?:el|la) autor[a]?"),
     "boilerplate", "The author box under the post.", "author"),
    (_rule(r"share(?: this)?(?: (?:post|article|story|page))?(?: (?:on|via) (?:facebook|twitter|x|e-?mail|"
           r"social media|pinterest|linkedin|whatsapp))?:?|"
           r"share:?|compartir(?: esto)?:?|comparte(?: esto)?:?|like this:?|me gusta esto:?"),
     "boilerplate", "Share buttons.", "share"),
    # Single lines.
    (_rule(r"skip to (?:main )?content|ir al contenido|saltar al contenido|post navigation|"
           r"navegación de entradas"),
     "navigation", "A link for moving around the page.", None),
    (_rule(r"(?:home|inicio)\s*[»›>/|].{1,120}"), "navigation", "A breadcrumb trail.", None),
    (_rule(r"(?:[«‹←<]\s*)?(?:previous|next|older|newer)\s+(?:post|article|entry|story)s?\b[^.!?]{0,120}"
           r"|(?:[«‹←<]\s*)?(?:entrada|artículo|publicación) (?:anterior|siguiente)\b[^.!?]{0,120}"
           r"|[«‹←]\s*(?:previous|older|anterior)\b[^.!?]{0,120}|[^.!?]{1,120}(?:next|newer|siguiente)\s*[»›→]"),
     "navigation", "Links to the previous and next posts.", None),
    (_rule(r"(?:posted|filed|published|publicado|archivado)\s+(?:in|under|en):?\s+[^.!?]{1,100}|"
           r"(?:tags?|categor(?:y|ies)|categorías?|etiquetas?|temas?|topics?)\s*:\s*[^.!?]{1,150}|"
           r"tagged(?: with)?:?\s+[^.!?]{1,150}|"
           r"(?:posted|filed) in [^.!?]{1,60}(?:\s*[|·•]\s*tagged [^.!?]{1,80})?"),
     "navigation", "The post's categories and tags.", None),
    (_rule(r"(?:view|see|read) (?:all|more) (?:posts|articles|stories) (?:by|from) [^.!?]{1,60}|"
           r"(?:continue|keep) reading(?:\s*[»›→…]|\s+[\"“].{1,60}[\"”])?|"
           r"read more(?: [»›→…]| about [^.!?]{1,60})?|"
           r"seguir leyendo[^.!?]{0,80}|leer más"),
     "navigation", "A link to more posts.", None),
    (_rule(r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by))\s*.{0,200}|"
           r".{0,200}\ball rights reserved\b.{0,100}|"
           r".{0,200}todos los derechos reservados.{0,100}"),
     "boilerplate", "The site's copyright line.", None),
    (_rule(r"(?:privacy policy|terms (?:of use|of service|and conditions)|cookie policy|disclaimer|"
           r"política de privacidad|aviso legal|política de cookies)(?:\s*[|·•]\s*[^.!?]{1,60}){0,5}|"
           r"(?:proudly )?powered by \S[^.!?]{0,80}|theme:? \S[^.!?]{0,60} by \S[^.!?]{0,60}"),
     "boilerplate", "The site's footer links.", None),
    (_rule(r"(?:we|this (?:site|website)) uses? cookies\b.{0,300}|accept(?: all)? cookies|"
           r"(?:este sitio|esta web) (?:web )?utiliza cookies\b.{0,300}|aceptar(?: todas las)? cookies"),
     "boilerplate", "A cookie notice.", None),
    (_rule(r"enter your email(?: address)?(?: (?:below|here))?[^.!?]{0,80}[.!]?|your email(?: address)?|"
           r"email address|no spam[^.]{0,40}[.!]?(?: unsubscribe (?:at )?any ?time[.!]?)?|"
           r"unsubscribe (?:at )?any ?time[.!]?|we respect your privacy[.!]?|tu correo electrónico"),
     "boilerplate", "A newsletter sign-up box.", None),
    (_rule(r"advertisement|sponsored(?: content)?|publicidad|anuncio|\(?ad\)?"),
     "boilerplate", "An advertisement label.", None),
)

_WEAK = _rule(
    r"(?:facebook|twitter|x|pinterest|linkedin|whatsapp|reddit|tumblr|telegram|pocket|threads|bluesky|"
    r"mastodon|email|e-mail|print|tweet|pin it|pin|share|like|loading\.*|like loading\.*|"
    r"\d+ (?:shares?|likes?)|menu|search|search for:?|search …|home|close|more|"
    r"(?:click to )?(?:share|email|print)(?: on| a link to a friend| \w+)?(?: \(opens in new window\))?)"
    r"(?:\s*[|·•,]\s*(?:facebook|twitter|x|pinterest|linkedin|whatsapp|reddit|email|print|tweet))*"
)
_NEWSLETTER_WORDS = re.compile(
    r"\b(?:inbox|e-?mail|subscribe|subscribers?|unsubscribe|newsletter|spam|sign up|updates|weekly|"
    r"every (?:week|month|\w+day)|correo|suscr[ií]b\w*|boletín)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!]['\"’”)]*$")


def chrome_line(text: str) -> ChromeLine | None:
    """What one block is as page chrome, judged on the whole block; None if it is not chrome."""
    line = " ".join(text.split())
    if not line or (len(line.split()) > _WORDS_MAX and "rights reserved" not in line.lower()):
        return None
    for pattern, kind, reason, opens in _SURE:
        if pattern.match(line):
            return ChromeLine(kind=kind, reason=reason, opens=opens)
    if _WEAK.match(line):
        where = line.lower() in {"menu", "search", "home", "more"}
        return ChromeLine(
            kind="navigation" if where else "boilerplate", reason="Page buttons and links.", weak=True
        )
    return None


def chrome_line_kind(text: str) -> ChromeKind | None:
    """The removed kind for a sure chrome line, or None (weak lines count as None)."""
    found = chrome_line(text)
    return found.kind if found is not None and not found.weak else None


def find_chrome(drafts: Sequence[BlockDraft], *, taken: Collection[int] = ()) -> list[ChromePiece]:
    """The page chrome among ``drafts``, as pieces of consecutive blocks.

    ``taken`` are block indices another finder has already claimed; they are
    never chrome, but they count as neighbours for weak lines.
    """
    labels: dict[int, tuple[ChromeKind, str, int]] = {}  # index -> (kind, reason, piece group)
    texts = [d.text for d in drafts]
    lines = [chrome_line(t) for t in texts]
    group = 0
    index = 0
    while index < len(texts):
        if index in taken:
            index += 1
            continue
        found = lines[index]
        if found is None or found.weak:
            index += 1
            continue
        group += 1
        labels[index] = (found.kind, found.reason, group)
        index += 1
        if found.opens is not None:
            count = 0
            while index < len(texts) and index not in taken and count < 15:
                nxt = lines[index]
                if nxt is not None and not nxt.weak:
                    break  # a chrome line of its own kind, judged by the main loop
                if nxt is None and not _fits(found.opens, texts[index], count):
                    break
                labels[index] = (found.kind, found.reason, group)
                index += 1
                count += 1
    _add_weak(lines, labels, taken)
    return _pieces(labels)


def _fits(section: Section, text: str, count: int) -> bool:
    """Whether a block belongs to the section opened just before it."""
    line = " ".join(text.split())
    words = len(line.split())
    if not line or ("\n" in text.strip() and section != "newsletter"):
        return False
    if section == "links":
        return is_date_line(line) or (words <= 15 and not _SENTENCE_END.search(line)) or bool(
            re.match(r"^(?:in|en)\s+[\"“«].{1,40}[\"”»]$", line, re.IGNORECASE)
        )
    if section == "newsletter":
        return words <= 6 or (words <= 40 and bool(_NEWSLETTER_WORDS.search(line)))
    if section == "author":
        return (count == 0 and words <= 120) or (words <= 12 and not _SENTENCE_END.search(line))
    return words <= 6


_Labels = dict[int, tuple[ChromeKind, str, int]]


def _add_weak(lines: list[ChromeLine | None], labels: _Labels, taken: Collection[int]) -> None:
    """Weak lines join the chrome they touch, or the start or end of the page."""
    weak: dict[int, ChromeLine] = {
        i: found
        for i, found in enumerate(lines)
        if found is not None and found.weak and i not in labels and i not in taken
    }
    if not weak:
        return
    count = len(lines)
    # The runs of chrome at the very top and bottom. Weak lines are in them
    # already, so they do not grow while weak lines are labelled below.
    lead = 0
    while lead < count and (lead in labels or lead in weak):
        lead += 1
    tail = count
    while tail > 0 and (tail - 1 in labels or tail - 1 in weak or tail - 1 in taken):
        tail -= 1
    # At the top, one lone word may be the article's first heading ("Email");
    # two or more page words in a row are a menu.
    top_is_chrome = lead >= 2 or any(j in labels for j in range(lead))
    changed = True
    while changed:
        changed = False
        for i, found in sorted(weak.items()):
            if i in labels:
                continue
            neighbours = [j for j in (i - 1, i + 1) if j in labels or j in taken]
            at_edge = i >= tail or (i < lead and top_is_chrome)
            if neighbours or at_edge:
                near = next((labels[j] for j in neighbours if j in labels), None)
                group = near[2] if near is not None else -(i + 1)
                labels[i] = (found.kind, found.reason if near is None else near[1], group)
                changed = True


def _pieces(labels: dict[int, tuple[ChromeKind, str, int]]) -> list[ChromePiece]:
    pieces: list[ChromePiece] = []
    for index in sorted(labels):
        kind, reason, group = labels[index]
        last = pieces[-1] if pieces else None
        if last is not None and last.end == index and last.kind == kind and (
            _group_of(labels, last.start) == group or last.reason == reason
        ):
            pieces[-1] = ChromePiece(last.start, index + 1, kind, last.reason)
        else:
            pieces.append(ChromePiece(index, index + 1, kind, reason))
    return pieces


def _group_of(labels: dict[int, tuple[ChromeKind, str, int]], index: int) -> int:
    return labels[index][2]
