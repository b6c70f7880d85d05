"""What a saved web page holds besides its article, listed so that nothing goes unseen.

trafilatura finds a page's article and leaves the rest behind without a word:
the menu, the cookie banner, the newsletter box, the share buttons, the
sidebar, the footer. The reader must be able to see each of those pieces,
know why it is not in the article, and put it back, as with comments. So
the page is read a second time here, and everything on it that did not
become the article, its title or a comment becomes one removed piece:

* each outermost part of the page that names itself as furniture (by its
  tag, its ARIA role, or a word in its class or id such as "cookie",
  "newsletter", "share", "related", "sidebar", "footer") and does not hold
  the article, with a reason that says what it is;
* each run of other text the article left out (a byline trafilatura took
  into the metadata, a caption, a stray line), with the reason its first
  line gives as page chrome, or a plain one.

The pieces keep their place: before the article, after it, or between two
of its blocks, counted in the reader's drafts. Scripts, styles, pictures and
hidden parts hold no text a reader saw, and are not listed.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Iterable, Sequence

from lxml import etree

from guides.article import BLOCK_SEPARATOR, BlockDraft, Removed, RemovedKind, removed_id
from guides.cleaning.authors import parse_byline
from guides.cleaning.chrome import chrome_line
from guides.importing.markup import element_text, local_name, walk

_NO_TEXT = frozenset(
    {"script", "style", "noscript", "template", "svg", "img", "picture", "video", "audio", "iframe", "canvas",
     "object", "embed", "map", "link", "meta", "input", "select", "textarea"}
)  # fmt: skip
# Tags the walker never reads in an article; in a leftover piece their words are shown.
_READABLE_HERE = frozenset({"nav", "aside", "form", "button", "dialog", "menu"})


def _words(*names: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[-_ ])(?:{'|'.join(names)})(?:[-_ ]|$)", re.IGNORECASE)


_BY_NAME: tuple[tuple[re.Pattern[str], RemovedKind, str], ...] = (
    (_words("cookies?", "consent", "gdpr", "cookie-notice", "cookie-banner", "cookie-law"), "boilerplate",
     "A cookie notice."),
    (_words("newsletter", "subscribe", "subscription", "signup", "sign-up", "mailing", "mc4wp", "optin",
            "opt-in"), "boilerplate", "A newsletter sign-up box."),
    (_words("share", "shares", "sharing", "sharedaddy", "social", "share-buttons"), "boilerplate",
     "Share buttons."),
    (_words("respond", "comment-respond", "comment-form"), "boilerplate", "The form for leaving a comment."),
    (_words("related", "related-posts", "recommended", "recommendations", "read-next", "more-posts",
            "you-may-like"), "navigation", "Links to other posts."),
    (_words("breadcrumbs?"), "navigation", "A breadcrumb trail."),
    (_words("author-box", "author-bio", "about-author", "author-info"), "boilerplate",
     "The author box under the post."),
    (_words("ads?", "advert", "advertisement", "sponsored", "sponsor", "promo", "promotion"), "boilerplate",
     "An advertisement or promotion."),
    (_words("popup", "pop-up", "modal", "overlay"), "boilerplate", "A pop-up box."),
    (_words("pagination", "pager", "post-navigation", "posts-navigation", "nav-links"), "navigation",
     "Links to the previous and next posts."),
    (_words("skip-link", "screen-reader-text"), "navigation", "A link for moving around the page."),
    (_words("nav", "navbar", "menu", "main-navigation"), "navigation", "The site’s menu."),
    (_words("masthead", "site-header", "header", "site-branding", "banner"), "navigation",
     "The page’s header: the site’s name and menu."),
    (_words("site-footer", "footer", "colophon"), "boilerplate", "The page’s footer."),
    (_words("sidebar", "widget-area", "widgets?", "secondary"), "boilerplate", "A sidebar."),
)
_BY_ROLE: dict[str, tuple[RemovedKind, str]] = {
    "navigation": ("navigation", "The site’s menu."),
    "menu": ("navigation", "The site’s menu."),
    "menubar": ("navigation", "The site’s menu."),
    "banner": ("navigation", "The page’s header: the site’s name and menu."),
    "contentinfo": ("boilerplate", "The page’s footer."),
    "complementary": ("boilerplate", "A sidebar."),
    "search": ("boilerplate", "A search box."),
    "dialog": ("boilerplate", "A pop-up box."),
    "alertdialog": ("boilerplate", "A pop-up box."),
}
_BY_TAG: dict[str, tuple[RemovedKind, str]] = {
    "nav": ("navigation", "The site’s menu."),
    "header": ("navigation", "The page’s header: the site’s name and menu."),
    "footer": ("boilerplate", "The page’s footer."),
    "aside": ("boilerplate", "A sidebar."),
    "form": ("boilerplate", "A form on the page."),
    "dialog": ("boilerplate", "A pop-up box."),
}
_POSTED = re.compile(r"^(?:posted|published|written|updated|publicado)\b.{0,80}\b(?:by|on|por|el)\b", re.I)
_BYLINE_REASON = "The byline and date; they are shown with the article."
_MARK = "porchlight-leftover-"
_MARK_TEXT = re.compile(rf"^{_MARK}(\d+)$")


def page_leftovers(
    tree: etree._Element,
    *,
    kept: Sequence[BlockDraft],
    title: str | None,
    comments: Iterable[str] = (),
) -> list[Removed]:
    """Every piece of the page that is neither the article (``kept``), its title, nor a comment.

    ``tree`` is the parsed page with its comment thread already cut out;
    it is not changed. Positions count the blocks of ``kept`` before each piece.
    """
    page = copy.deepcopy(tree)
    body = page.find("body")
    root = body if body is not None else page
    for element in [e for e in root.iter() if local_name(e) in _NO_TEXT]:
        _drop(element)
    keys = [_key(d.text) for d in kept]
    known = {k for k in keys if k}
    ends = [keys[0], keys[-1]] if keys else []
    anchors = [k for k in (*ends, _key(title or "")) if len(k) > 8]
    containers: list[tuple[etree._Element, RemovedKind, str]] = []
    _find_containers(root, anchors, containers)
    pieces: dict[int, tuple[RemovedKind, str, str]] = {}
    for number, (element, kind, reason) in enumerate(containers):
        text = _text_of(element)
        marker = etree.Element("p")
        marker.text = f"{_MARK}{number}"
        marker.tail = element.tail
        parent = element.getparent()
        if parent is not None:
            parent.replace(element, marker)
        kind, reason = _own_reason(text, kind, reason)
        pieces[number] = (kind, reason, text)

    for element in root.iter():
        if local_name(element) in _READABLE_HERE:
            element.tag = "div"  # a sidebar that also lists the post's own title is still read
    skip = {_key(title or "")} | {_key(c) for c in comments}
    skip_text = " ".join(_key(c) for c in comments)
    article_text = " ".join(keys)
    removed: list[Removed] = []
    loose: list[str] = []
    cursor = 0

    def close_loose() -> None:
        if loose:
            text = BLOCK_SEPARATOR.join(loose)
            kind, reason = _loose_reason(loose)
            removed.append(_piece(kind, text, reason, cursor))
            loose.clear()

    for draft in walk(root):
        line = " ".join(draft.text.split())
        marked = _MARK_TEXT.match(line)
        if marked:
            close_loose()
            kind, reason, text = pieces[int(marked.group(1))]
            if any(ch.isalnum() for ch in text):
                removed.append(_piece(kind, text, reason, cursor))
            continue
        key = _key(draft.text)
        if not key or not any(ch.isalnum() for ch in key):
            continue
        if key in known:
            close_loose()
            with contextlib.suppress(ValueError):  # not after the cursor: a block seen before
                cursor = keys.index(key, cursor) + 1
            continue
        long_enough = len(key.split()) >= 6  # a word or two can be anywhere; a sentence is where it is
        if key in skip or (long_enough and (key in article_text or key in skip_text)):
            continue
        loose.append(draft.text)
    close_loose()
    return removed


def _find_containers(
    element: etree._Element, anchors: list[str], out: list[tuple[etree._Element, RemovedKind, str]]
) -> None:
    for child in list(element):
        if not local_name(child):
            continue
        found = _furniture(child)
        if found is not None and not _holds(child, anchors):
            out.append((child, *found))
            continue
        _find_containers(child, anchors, out)


def _furniture(element: etree._Element) -> tuple[RemovedKind, str] | None:
    """What a part of the page says it is, by its class or id, its role, or its tag."""
    tag = local_name(element)
    if tag in ("header", "footer") and any(local_name(a) == "article" for a in element.iterancestors()):
        if tag == "footer":
            return "navigation", "The post’s footer: its categories, tags and links."
        return None  # the article's own header: its title and byline, read line by line
    names = " ".join([*(element.get("class") or "").split(), element.get("id") or ""])
    if names.strip():
        for pattern, kind, reason in _BY_NAME:
            if any(pattern.search(name) for name in names.split()):
                return kind, reason
    role = (element.get("role") or "").strip().lower()
    if role in _BY_ROLE:
        return _BY_ROLE[role]
    return _BY_TAG.get(tag)


def _holds(element: etree._Element, anchors: list[str]) -> bool:
    """Whether ``element`` holds the article itself (its first or last block, or its title)."""
    if not anchors:
        return False
    text = _key(element_text(element))
    return any(anchor in text for anchor in anchors)


def _text_of(element: etree._Element) -> str:
    own = copy.deepcopy(element)
    for node in own.iter():
        if local_name(node) in _READABLE_HERE:
            node.tag = "div"
    if local_name(own) in _READABLE_HERE:
        own.tag = "div"
    own.tail = None
    return BLOCK_SEPARATOR.join(d.text for d in walk(own) if d.text.strip())


def _own_reason(text: str, kind: RemovedKind, reason: str) -> tuple[RemovedKind, str]:
    """A part named "date-header" that holds only a date is the post's date, whatever its name says."""
    line = " ".join(text.split())
    if "\n" not in text.strip() and (parse_byline(line) is not None or _POSTED.match(line)):
        return "boilerplate", _BYLINE_REASON
    return kind, reason


def _loose_reason(lines: list[str]) -> tuple[RemovedKind, str]:
    first = " ".join(lines[0].split())
    if parse_byline(first) is not None or _POSTED.match(first):
        return "boilerplate", _BYLINE_REASON
    found = chrome_line(first)
    if found is not None:
        return found.kind, found.reason
    return "boilerplate", "Text on the page outside the article."


def _piece(kind: RemovedKind, text: str, reason: str, position: int) -> Removed:
    ident = removed_id(kind, text, position)
    return Removed(id=ident, kind=kind, text=text, reason=reason, position=position)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _drop(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
