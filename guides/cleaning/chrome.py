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

* *Menus*: a line of menu items ("Home About Blog Contact", "Devotionals |
  Podcast | Shop"), or three or more short lines in a row that are, naming
  at least two of a site's usual pages (:func:`is_menu_line`,
  :func:`menu_runs`).

Notices in whole sentences (promotions, disclaimers, "First published in")
are :mod:`guides.cleaning.notices`, looked for once the comments are out
(a spam comment is a promotion too, and stays a comment).

Kinds: links to other pages (related posts, tags, categories, previous/next,
breadcrumbs, menus) are "navigation"; the rest (share boxes, sign-up boxes,
copyright, cookie notices, author boxes, captions, notices) is "boilerplate".
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
    (
        _rule(
            r"(?:related|related (?:posts?|articles?|stories|reading|content)|you (?:may|might) also "
            r"(?:like|enjoy)|more (?:posts|articles|stories)(?: (?:like this|from \S.*))?|recent posts|"
            r"popular posts|most read|read next|what to read next|keep reading|archives|categories|"
            r"blog archive|recommended(?: for you| reading)?|trending(?: now)?|editor[’']?s picks|"
            r"latest (?:posts|articles|stories)|more from (?:this|the) (?:author|blog|site)|"
            r"follow (?:us|me|along)(?: on \w+)?|blogroll|meta|"
            r"(?:artículos|entradas|publicaciones) relacionad[ao]s|también te puede interesar|"
            r"te puede interesar|quizás te interese|lee también|posts relacionados|lo más leído|"
            r"te recomendamos|entradas recientes|archivo del blog)[:.]?"
        ),
        "navigation",
        "A list of links to other posts.",
        "links",
    ),
    (
        _rule(
            r"(?:subscribe|sign up|join|get)(?: (?:to|for|up for))? (?:our|my|the) (?:free )?"
            r"(?:weekly |monthly )?(?:newsletter|mailing list|email list|updates)[!.]?|newsletter|"
            r"subscribe(?: (?:now|today|by email|via email))?[!.]?|stay in touch[!.]?|never miss a post[!.]?|"
            r"get (?:new|the latest) posts? (?:by|in your) (?:email|inbox)[!.]?|"
            r"suscr[ií]bete(?: (?:a|al) (?:nuestro|mi) (?:boletín|newsletter))?[!.]?|boletín"
        ),
        "boilerplate",
        "A newsletter sign-up box.",
        "newsletter",
    ),
    (
        _rule(
            r"about the author|about (?:the )?writer|about me|sobre (?:el|la) autor[a]?|sobre mí|"
            r"datos personales"
        ),
        "boilerplate",
        "The author box under the post.",
        "author",
    ),
    (
        _rule(
            r"share(?: this)?(?: (?:post|article|story|page))?(?: (?:on|via) (?:facebook|twitter|x|e-?mail|"
            r"social media|pinterest|linkedin|whatsapp))?:?|"
            r"share:?|share via:?|compartir(?: esto| en)?:?|comparte(?: esto)?:?|like this:?|me gusta esto:?"
        ),
        "boilerplate",
        "Share buttons.",
        "share",
    ),
    (
        _rule(
            r"link copied(?: to (?:the )?clipboard)?[.!]?|copy link|copied to clipboard[.!]?|"
            r"enlace copiado[.!]?|copiar enlace|"
            r"(?:i )?(?:thought|think) you(?:[’']d| would| might) (?:like|enjoy|find)\b.{0,150}|"
            r"check out this (?:article|post|story|page)\b.{0,150}|shared (?:from|via|with) .{1,100}|"
            r"sent from my (?:iphone|ipad|android|phone|mobile).{0,40}|mira este (?:artículo|post)\b.{0,150}"
        ),
        "boilerplate",
        "The message a share button adds to what it shares.",
        None,
    ),
    # Single lines.
    (
        _rule(
            r"(?:read next|up next|next up|read more|related|lee también|leer más|te puede interesar)"
            r"\s*:\s*[^\n]{1,150}"
        ),
        "navigation",
        "A link to another post.",
        None,
    ),
    (
        _rule(r"(?:more from|also (?:from|in)|más de) [^:]{1,40}:\s*[^\n]{1,250}"),
        "navigation",
        "Links to other posts.",
        None,
    ),
    (
        _rule(
            r"(?:(?:like|liked|enjoy|enjoyed|love|loved) this (?:article|post|story|piece)\?\s*)?"
            r"(?:share|compart(?:e|ir))(?: (?:it|this|esto)(?: (?:post|article|story))?)?\s*:\s*"
            r"(?:facebook|twitter|x|e-?mail|pinterest|linkedin|whatsapp|copy link|print|threads)\b"
            r"[^\n]{0,150}"
        ),
        "boilerplate",
        "Share buttons.",
        None,
    ),
    (
        _rule(
            r"(?:photo|image|picture|illustration|foto|fotografía|imagen|ilustración)"
            r"(?: (?:credit|courtesy|source|by|via|de|por))?\s*[:©]\s*.{1,200}|"
            r"(?:photo|image|picture|foto|imagen)s? (?:by|via|courtesy of|from|de|por) .{1,120}|"
            r"(?:credit|crédito|source|fuente)s?\s*:\s*.{1,120}|"
            r".{0,120}\b(?:on|via|from) (?:unsplash|pexels|pixabay|flickr)\.?|"
            r".{0,120}(?:/|\||\bvia|\bby|©)\s*"
            r"(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo)\.?"
        ),
        "boilerplate",
        "An image’s caption or credit.",
        None,
    ),
    (
        _rule(
            r"subscribe to:? (?:post|posts|comments|post comments)(?: \(atom\)| \(rss\))?|"
            r"suscribirse a:? (?:entradas|comentarios del blog|enviar comentarios)(?: \(atom\))?|"
            r"view my complete profile|ver todo mi perfil|"
            r"[►▼▶◄▸▾]\s*\S.{0,60}"
        ),
        "navigation",
        "The blog’s archive and profile links.",
        None,
    ),
    (
        _rule(
            r"skip to (?:main )?content|ir al contenido|saltar al contenido|post navigation|"
            r"navegación de entradas"
        ),
        "navigation",
        "A link for moving around the page.",
        None,
    ),
    (_rule(r"(?:home|inicio)\s*[»›>/|].{1,120}"), "navigation", "A breadcrumb trail.", None),
    (
        _rule(
            r"(?:[«‹←<]\s*)?(?:previous|next|older|newer)\s+(?:post|article|entry|story)s?\b[^.!?]{0,120}"
            r"|(?:[«‹←<]\s*)?(?:entrada|artículo|publicación) (?:anterior|siguiente)\b[^.!?]{0,120}"
            r"|[«‹←]\s*(?:previous|older|anterior)\b[^.!?]{0,120}|[^.!?]{1,120}(?:next|newer|siguiente)\s*[»›→]"
        ),
        "navigation",
        "Links to the previous and next posts.",
        None,
    ),
    (
        _rule(
            r"(?:posted|filed|published|publicado|archivado)\s+(?:in|under|en):?\s+[^.!?]{1,100}|"
            r"(?:tags?|labels?|categor(?:y|ies)|categorías?|etiquetas?|temas?|topics?)\s*:\s*[^.!?]{1,150}|"
            r"tagged(?: with)?:?\s+[^.!?]{1,150}|"
            r"(?:posted|filed) in [^.!?]{1,60}(?:\s*[|·•]\s*tagged [^.!?]{1,80})?"
        ),
        "navigation",
        "The post's categories and tags.",
        None,
    ),
    (
        _rule(
            r"(?:view|see|read) (?:all|more) (?:posts|articles|stories) (?:by|from) [^.!?]{1,60}|"
            r"(?:continue|keep) reading(?:\s*[»›→…]|\s+[\"“].{1,60}[\"”])?|"
            r"read more(?: [»›→…]| about [^.!?]{1,60})?|"
            r"seguir leyendo[^.!?]{0,80}|leer más"
        ),
        "navigation",
        "A link to more posts.",
        None,
    ),
    (
        _rule(
            r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by))\s*.{0,200}|"
            r".{0,200}\ball rights reserved\b.{0,100}|"
            r".{0,200}todos los derechos reservados.{0,100}"
        ),
        "boilerplate",
        "The site's copyright line.",
        None,
    ),
    (
        _rule(
            r"(?:privacy policy|terms (?:of use|of service|and conditions)|cookie policy|disclaimer|"
            r"política de privacidad|aviso legal|política de cookies)(?:\s*[|·•]\s*[^.!?]{1,60}){0,5}|"
            r"(?:proudly )?powered by \S[^!?]{0,80}|theme:? \S[^.!?]{0,60} by \S[^.!?]{0,60}"
        ),
        "boilerplate",
        "The site's footer links.",
        None,
    ),
    (
        _rule(
            r"(?:we|this (?:site|website)) uses? cookies\b.{0,300}|accept(?: all)? cookies|"
            r"(?:este sitio|esta web) (?:web )?utiliza cookies\b.{0,300}|aceptar(?: todas las)? cookies"
        ),
        "boilerplate",
        "A cookie notice.",
        None,
    ),
    (
        _rule(
            r"enter your email(?: address)?(?: (?:below|here))?[^.!?]{0,80}[.!]?|your email(?: address)?|"
            r"email address|no spam[^.]{0,40}[.!]?(?: unsubscribe (?:at )?any ?time[.!]?)?|"
            r"unsubscribe (?:at )?any ?time[.!]?|we respect your privacy[.!]?|tu correo electrónico"
        ),
        "boilerplate",
        "A newsletter sign-up box.",
        None,
    ),
    (
        _rule(r"advertisement|sponsored(?: content)?|publicidad|anuncio|\(?ad\)?"),
        "boilerplate",
        "An advertisement label.",
        None,
    ),
)

_WEAK = _rule(
    r"(?:facebook|twitter|x|pinterest|linkedin|whatsapp|reddit|tumblr|telegram|pocket|threads|bluesky|"
    r"mastodon|email|e-mail|print|tweet|pin it|pin|share|like|loading\.*|like loading\.*|"
    r"\d+ (?:shares?|likes?)|menu|search|search for:?|search …|home|close|more|"
    r"sign in|log in|login|log out|register|my account|entries feed|comments feed|wordpress\.org|"
    r"email this|blogthis!?|share to \w+|share on \w+|correo electrónico|sign up|sign me up|submit|join|"
    r"join now|get started|suscribirme|enviar|jump to (?:the )?(?:comments|recipe|content)\W*|"
    r"skip to (?:the )?(?:comments|content|main content)\W*|"
    r"(?:click to )?(?:share|email|print)(?: on \w+| a link to a friend| \w+)?(?: \(opens in new window\))?)"
    r"(?:\s*[|·•,]?\s*(?:facebook|twitter|x|pinterest|linkedin|whatsapp|reddit|email|print|tweet|telegram|"
    r"threads|bluesky|mastodon|messenger|copy link|"
    r"(?:click to )?(?:share|email|print)(?: on \w+| a link to a friend| \w+)?"
    r"(?: \(opens in new window\))?))*"
)
_NEWSLETTER_WORDS = re.compile(
    r"\b(?:inbox|e-?mail|subscribe|subscribers?|unsubscribe|newsletter|spam|sign up|updates|weekly|"
    r"every (?:week|month|\w+day)|correo|suscr[ií]b\w*|boletín)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!]['\"’”)]*$")


def _shares(label: str) -> bool:
    """Whether a button's label is a share button's ("Share on WhatsApp", "Copy link")."""
    found = chrome_line(label)
    return found is not None and found.reason.startswith(("Share buttons", "The message a share button"))


_SIGN_UP_FIELD = re.compile(r"\b(?:e-?mail|subscribe|sign (?:me )?up|suscr[ií]b\w*|correo)\b", re.IGNORECASE)
"""A sign-up box's field or button ("[ Your email address ]", "[ Sign me up ]")."""

_BUTTON = re.compile(r"\[\s*([^\[\]]{2,40}?)\s*\]")
"""A button's label in square brackets, as pasted pages print them ("[ Copy link ]")."""


def chrome_line(text: str) -> ChromeLine | None:
    """What one block is as page chrome, judged on the whole block; None if it is not chrome."""
    line = " ".join(text.split())
    if not line:
        return None
    if len(line.split()) > _WORDS_MAX and "rights reserved" not in line.lower():
        return None
    if is_menu_line(line):
        return ChromeLine(kind="navigation", reason="The site’s menu.")
    buttons = _BUTTON.findall(line)
    if len(buttons) >= 2 and not _BUTTON.sub("", line).strip(" |·•") and all(_shares(b) for b in buttons):
        # "[ Share on Facebook ]  [ Share on WhatsApp ]  [ Copy link ]": a row of share buttons (never a
        # subscription box's "[ Your email address ]  [ SUBSCRIBE ]", which goes with its box)
        return ChromeLine(kind="boilerplate", reason="Share buttons.")
    if any(_SIGN_UP_FIELD.search(b) for b in buttons) and _NEWSLETTER_WORDS.search(_BUTTON.sub("", line)):
        # "Like this post? Get a new one in your inbox every fortnight. No spam, just tea and honesty.
        # [ Your email address ] [ Sign me up ]": the box whole, its pitch with its field
        return ChromeLine(kind="boilerplate", reason="A newsletter sign-up box.")
    for pattern, kind, reason, opens in _SURE:
        if pattern.match(line):
            return ChromeLine(kind=kind, reason=reason, opens=opens)
    if _WEAK.match(line):
        where = line.lower() in {"menu", "search", "home", "more"}
        return ChromeLine(
            kind="navigation" if where else "boilerplate", reason="Page buttons and links.", weak=True
        )
    return None


# The pages a site's menu links to, in English and Spanish.
MENU_WORDS = frozenset(
    {
        "home", "about", "about us", "about me", "blog", "contact", "contact us", "subscribe", "shop",
        "store", "podcast", "podcasts", "resources", "books", "events", "donate", "give", "news", "sport",
        "sports", "business", "opinion", "life", "lifestyle", "advice", "puzzles", "culture", "faith",
        "family", "marriage", "parenting", "recipes", "devotionals", "sermons", "videos", "video", "search",
        "menu", "login", "log in", "sign in", "archive", "archives", "categories", "tags", "privacy", "terms",
        "faq", "help", "support", "newsletter", "articles", "topics", "courses", "music", "media",
        "inicio", "contacto", "tienda", "nosotros", "sobre nosotros", "quiénes somos", "recursos",
        "noticias", "opinión", "familia", "fe", "matrimonio", "devocionales", "donar", "suscríbete",
    }
)  # fmt: skip
# The pages nearly every site's menu has; a run of short lines naming none of them
# ("Faith", "Family", "Marriage") is a menu only when it is long.
_CORE_PAGES = frozenset(
    {
        "home", "about", "about us", "about me", "contact", "contact us", "blog", "subscribe", "shop",
        "store", "donate", "give", "menu", "search", "sign in", "log in", "login", "inicio", "contacto",
        "tienda", "nosotros", "sobre nosotros", "quiénes somos", "donar",
    }
)  # fmt: skip
_MENU_SEPARATORS = re.compile(r"\s*[|·•/]\s*|\s{2,}")
_MENU_ITEM = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w’'&-]*(?: [\w’'&-]+){0,2}$")


def is_menu_line(line: str) -> bool:
    """A line of a site's menu items: "Home About Blog Contact", "Devotionals | Podcast | Shop"."""
    text = " ".join(line.split()) if not _MENU_SEPARATORS.search(line.strip()) else line.strip()
    items = [i for i in _MENU_SEPARATORS.split(text) if i]
    separated = len(items) > 1
    if not separated:
        items = text.split()
    if len(items) < (3 if separated else 4) or any(not _MENU_ITEM.match(i) for i in items):
        return False
    if not separated and any(len(i.split()) > 1 for i in items):
        return False
    known = sum(1 for i in items if i.lower() in MENU_WORDS)
    return known >= 2 and known * 2 >= len(items) - (1 if separated else 0)


def menu_runs(texts: Sequence[str], taken: Collection[int] = ()) -> list[tuple[int, int]]:
    """Runs of three or more short lines that are a site's menu, as ``(start, end)`` index pairs.

    Each line is one to three words with nothing but a page's name in it, and
    at least two of them name one of a site's usual pages, one of them a page
    nearly every site has (Home, About, Blog, Contact...) unless the run is
    five lines or more, so that a few short headings in a row stay the
    article's.
    """
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i in range(len(texts) + 1):
        short = i < len(texts) and i not in taken and _is_menu_item(texts[i])
        if short and start is None:
            start = i
        elif not short and start is not None:
            items = [" ".join(t.split()).lower().rstrip(":") for t in texts[start:i]]
            known = sum(1 for t in items if t in MENU_WORDS)
            core = any(t in _CORE_PAGES for t in items)
            if i - start >= (3 if core else 5) and known >= 2 and known * 3 >= i - start:
                runs.append((start, i))
            start = None
    return runs


def _is_menu_item(text: str) -> bool:
    line = " ".join(text.split())
    return bool(line) and "\n" not in text.strip() and bool(_MENU_ITEM.match(line.rstrip(":")))


def find_chrome(drafts: Sequence[BlockDraft], *, taken: Collection[int] = ()) -> list[ChromePiece]:
    """The page chrome among ``drafts``, as pieces of consecutive blocks.

    ``taken`` are block indices another finder has already claimed; they are
    never chrome, but they count as neighbours for weak lines.
    """
    labels: dict[int, tuple[ChromeKind, str, int]] = {}  # index -> (kind, reason, piece group)
    texts = [d.text for d in drafts]
    lines = [chrome_line(t) for t in texts]
    group = 0
    # Menus first: a menu's "Subscribe" is one of its items, not a sign-up box's heading.
    for start, end in menu_runs(texts, taken):
        group += 1
        for i in range(start, end):
            labels[i] = ("navigation", "The site’s menu.", group)
    index = 0
    while index < len(texts):
        if index in taken or index in labels:
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
            while index < len(texts) and index not in taken and index not in labels and count < 15:
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
        return (
            is_date_line(line)
            or (words <= 20 and not _SENTENCE_END.search(line))
            or bool(re.match(r"^(?:in|en)\s+[\"“«].{1,40}[\"”»]$", line, re.IGNORECASE))
        )
    if section == "newsletter":
        return words <= 6 or (words <= 40 and bool(_NEWSLETTER_WORDS.search(line)))
    if section == "author":  # the name, a short bio, a link or two
        return (count <= 1 and words <= 120) or (words <= 12 and not _SENTENCE_END.search(line))
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
                reason = near[1] if near is not None and near[0] == found.kind else found.reason
                labels[i] = (found.kind, reason, group)
                changed = True


def _pieces(labels: dict[int, tuple[ChromeKind, str, int]]) -> list[ChromePiece]:
    pieces: list[ChromePiece] = []
    for index in sorted(labels):
        kind, reason, group = labels[index]
        last = pieces[-1] if pieces else None
        if (
            last is not None
            and last.end == index
            and last.kind == kind
            and (_group_of(labels, last.start) == group or last.reason == reason)
        ):
            pieces[-1] = ChromePiece(last.start, index + 1, kind, last.reason)
        else:
            pieces.append(ChromePiece(index, index + 1, kind, reason))
    return pieces


def _group_of(labels: dict[int, tuple[ChromeKind, str, int]], index: int) -> int:
    return labels[index][2]
