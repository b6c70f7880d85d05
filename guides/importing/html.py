"""Reading a web page (or HTML from the clipboard) into blocks, metadata and comments.

trafilatura finds the main text of a page and its metadata; it is good at
leaving menus, sidebars, share bars, cookie notices and related-post lists
behind. Its XML keeps headings, quotes, lists and inline formatting, which
:mod:`guides.importing.markup` turns into blocks. (Its Markdown output is not
used: it appends the comments to the body and loses blockquote markers.)

Everything else on the page (menu, cookie banner, newsletter box, sidebar,
footer) is listed in ``removed`` too, by :mod:`guides.importing.html_leftovers`,
so the reader sees what was left out and can put it back.

Comments are read here, from the page itself, before trafilatura sees it:
trafilatura flattens a comment thread into loose paragraphs, losing who wrote
what, where one comment ends, and the links spam is made of. Each comment
becomes a :class:`~guides.article.Removed` of kind ``"comment"``, placed after
the body, with a spam verdict.

When trafilatura finds no main text (a very short page, or a clipboard
fragment of a few paragraphs), the page's sanitised body is walked directly,
with its navigation and furniture taken out first. Clipboard fragments are
always read that way: the reader chose every word of them.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import replace
from html import unescape

import trafilatura
from lxml import etree

from guides.article import BLOCK_SEPARATOR, BlockDraft, Removed, normalize_block_text, removed_id
from guides.cleaning.spam import classify_comment
from guides.errors import EmptySourceError, NoArticleTextError
from guides.importing.dense_markup import simplify_dense_markup
from guides.importing.extracted import Extracted
from guides.importing.html_leftovers import page_leftovers
from guides.importing.markup import element_text, local_name, walk
from guides.importing.sanitize import parse_html_document, sanitize_html

log = logging.getLogger(__name__)

_FRAGMENT = re.compile(r"<!--\s*StartFragment\s*-->(.*?)<!--\s*EndFragment\s*-->", re.S | re.I)
_DOCUMENT_TAG = re.compile(r"<(!doctype|html|head|body)\b", re.I)

# --- comment threads -----------------------------------------------------

_AREA_SUFFIX = r"(area|section|wrap|wrapper|container|block|content|list|thread|holder)"
_COMMENT_AREA = re.compile(
    rf"^((\w+[-_])*comments([-_]{_AREA_SUFFIX})?|comment[-_]{_AREA_SUFFIX}|commentlist|disqus_thread|dsq-comments)$",
    re.I,
)
_COMMENT_UNIT = re.compile(r"^(comment|pingback|trackback|single-comment|comment-item)$", re.I)
_COMMENT_UNIT_ID = re.compile(r"^(comment|c)-?\d+$", re.I)
_COMMENT_CONTENT = re.compile(
    r"^((\w+[-_])*comment[-_]?(content|text|body-text|entry|message)|commentbody|comment-body)$", re.I
)
_COMMENT_HEADING = re.compile(r"^(comments?-title|comment-reply-title)$", re.I)
_COMMENT_NOISE = re.compile(
    r"^((\w+[-_])*comment-(meta|metadata|author.*|header|footer|actions|reply.*|date|time|awaiting-moderation)"
    r"|reply|says|vcard|avatar.*|datetime|thread-.*|continue|comment-respond|comment-form.*)$",
    re.I,
)
_AUTHOR_CLASSES = [
    re.compile(pattern, re.I)
    for pattern in (
        r"^fn$",
        r"^user$",
        r"comment-author-name$",
        r"^author-name$",
        r"^username$",
        r"comment-author$",
    )
]
"""Where a comment's author is written, best first (WordPress, Blogger, block themes, others)."""
_SAYS = re.compile(r"\s+(says|said|wrote)\b.*$", re.I)

# --- page furniture, for the fallback walk -------------------------------

_CHROME = re.compile(
    r"(^|[-_])(nav|navbar|navigation|menu|breadcrumbs?|sidebar|widget-area|widgets|cookies?|consent"
    r"|gdpr|share|sharing|social|related|newsletter|subscribe|signup|advert|ads|sponsored|promo"
    r"|popup|modal|skip-link|screen-reader-text|pagination|pager|masthead|toolbar|site-header"
    r"|site-footer|author-box|author-bio)([-_]|$)",
    re.I,
)
_CHROME_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
    }
)


def read_html(html: str, url: str | None = None) -> Extracted:
    """Read a whole page or an HTML fragment.

    ``url`` is where the page came from; relative links are resolved against
    it and it helps trafilatura with metadata. Raises
    :class:`~guides.errors.NoArticleTextError` when nothing on the page looks
    like article text.
    """
    if not html.strip():
        raise EmptySourceError("There is nothing to import.")
    fragment = _fragment_of(html)
    if fragment is not None:
        return _read_fragment(fragment, url)
    tree = parse_html_document(html)
    if tree is None:
        raise NoArticleTextError("No article text was found on this page.")
    simplify_dense_markup(tree)
    language = _page_language(tree)
    comment_header, comments = _take_comments(tree, base_url=url)

    document, loose_comments = _trafilatura(tree, url)
    drafts = walk(document.body, base_url=url) if document is not None and document.body is not None else []
    if not _has_text(drafts):
        drafts = _fallback_drafts(tree, url)
        document = _metadata_only(tree, url)
    if not drafts:
        raise NoArticleTextError("No article text was found on this page.")
    drafts = _restore_list_numbers(drafts, tree)
    comments += [(None, text, []) for text in loose_comments]

    title = _as_written(_clean(document.title), tree) if document is not None else None
    drafts = _without_title_heading(drafts, title)
    if not drafts:
        raise NoArticleTextError("No article text was found on this page.")
    site = _site_name(document, tree, title)
    comment_texts = [text for _, text, _ in comments] + ([comment_header] if comment_header else [])
    leftovers = page_leftovers(tree, kept=drafts, title=title, comments=comment_texts)
    removed = leftovers + _removed_comments(comment_header, comments, drafts=drafts, language=language)
    return Extracted(
        drafts=drafts,
        title=title,
        author=_as_written(_clean(document.author), tree) if document is not None else None,
        date=_clean(document.date) if document is not None else None,
        site=site,
        language=language,
        removed=sorted(removed, key=lambda r: r.position),
    )


# --- fragments -------------------------------------------------------------


def _fragment_of(html: str) -> str | None:
    """The HTML of a clipboard fragment, or None when ``html`` is a whole page."""
    marked = _FRAGMENT.search(html)
    if marked:
        return marked.group(1)
    return None if _DOCUMENT_TAG.search(html) else html


def _read_fragment(fragment: str, url: str | None) -> Extracted:
    root = parse_html_document(sanitize_html(fragment, base_url=url))
    if root is not None:
        simplify_dense_markup(root)
    drafts = walk(root, base_url=url) if root is not None else []
    if not _has_text(drafts):
        raise NoArticleTextError("The pasted HTML holds no text.")
    title = None
    if drafts[0].kind == "heading" and len(drafts) > 1:
        title = drafts[0].text.replace("\n", " ")
        drafts = drafts[1:]
    return Extracted(drafts=drafts, title=title)


# --- trafilatura -----------------------------------------------------------


def _trafilatura(
    tree: etree._Element, url: str | None
) -> tuple[trafilatura.settings.Document | None, list[str]]:
    """trafilatura's reading of the page (None when it finds no main text) and the comments it set aside.

    Comment threads this module could split are gone from ``tree`` already;
    what trafilatura still sets aside as comments is kept, a paragraph a
    comment, unless taking it out shortened the article: trafilatura counts
    any ``<div>`` whose class merely contains "comment" as a comment section,
    so a wrapper named "has-comments" around a post would take the post with it.
    """
    document = _bare_extraction(copy.deepcopy(tree), url, include_comments=True)
    if document is None or document.commentsbody is None or not len(document.commentsbody):
        return document, []
    loose = _loose_comments(document.commentsbody)
    body = _body_text(document)
    if sum(1 for text in loose if text in body) * 2 >= len(loose):
        # The same words in the body and the "comments": trafilatura's own
        # fallback recovered the post it had set aside. They are not comments.
        return document, []
    without = _bare_extraction(copy.deepcopy(tree), url, include_comments=False)
    if without is not None and len(_body_text(without)) > len(body) + 200:
        return without, []
    return document, loose


def _body_text(document: trafilatura.settings.Document) -> str:
    if document.body is None:
        return ""
    return " ".join(" ".join(str(t) for t in document.body.itertext()).split())


def _bare_extraction(
    tree: etree._Element, url: str | None, *, include_comments: bool
) -> trafilatura.settings.Document | None:
    """favor_precision: on the WordPress, Blogger and Medium fixtures the default
    setting let blog-header taglines, date headers, follower counts and author
    boxes into the body; with precision the body is exactly the post.
    """
    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_precision=True,
            include_comments=include_comments,
            include_formatting=True,
            include_links=True,
            include_tables=True,
            include_images=False,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params=_date_settings(),
        )
    except Exception:  # trafilatura is a heuristic; any failure of it means "walk the page ourselves"
        log.warning("trafilatura could not read the page", exc_info=True)
        return None
    return document if isinstance(document, trafilatura.settings.Document) else None


def _metadata_only(tree: etree._Element, url: str | None) -> trafilatura.settings.Document | None:
    try:
        return trafilatura.extract_metadata(
            copy.deepcopy(tree), default_url=url, date_config=_date_settings()
        )
    except Exception:  # as above: metadata is a bonus, never a reason to fail
        log.warning("trafilatura could not read the page's metadata", exc_info=True)
        return None


def _date_settings() -> dict[str, object]:
    """The publication date, found where pages declare it; never guessed.

    trafilatura's extensive date search reads any year on the page, so a bare
    footer's "© 2024" became the date of a page with no article at all.
    """
    settings = trafilatura.settings.set_date_params(extensive=False)
    settings["original_date"] = True
    return dict(settings)


def _has_text(drafts: list[BlockDraft]) -> bool:
    return any(d.text.strip() for d in drafts)


# --- the fallback walk -----------------------------------------------------


def _fallback_drafts(tree: etree._Element, url: str | None) -> list[BlockDraft]:
    """Walk the page's own content area, without its furniture, after sanitising it."""
    page = copy.deepcopy(tree)
    root = _content_root(page)
    for element in list(root.iter()):
        if element is not root and _is_chrome(element) and element.getparent() is not None:
            _drop(element)
    html = etree.tostring(root, encoding="unicode", method="html")
    clean = parse_html_document(sanitize_html(html, base_url=url))
    return walk(clean, base_url=url) if clean is not None else []


def _content_root(page: etree._Element) -> etree._Element:
    for path in ("//main", "//*[@role='main']", "//article"):
        found = page.xpath(path)
        if isinstance(found, list) and len(found) == 1 and isinstance(found[0], etree._Element):
            return found[0]
    body = page.find("body")
    return body if body is not None else page


def _is_chrome(element: etree._Element) -> bool:
    tag = local_name(element)
    if not tag:
        return False
    if tag in ("footer", "header") and not any(local_name(a) == "article" for a in element.iterancestors()):
        return True
    if (element.get("role") or "").lower() in _CHROME_ROLES:
        return True
    names = [*(element.get("class") or "").split(), element.get("id") or ""]
    if not any(_CHROME.search(name) for name in names if name):
        return False
    # Never drop what holds the article itself, however its wrapper is named.
    return not any(local_name(e) in ("article", "main", "h1") for e in element.iterdescendants())


def _drop(element: etree._Element) -> None:
    """Remove ``element`` but keep the text that follows it."""
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


# --- metadata --------------------------------------------------------------


def _page_language(tree: etree._Element) -> str | None:
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *_strings(
            tree.xpath(
                "//meta[translate(@http-equiv,'CONTENTLAGU','contentlagu')='content-language']/@content"
            )
        ),
        *_strings(tree.xpath("//meta[@property='og:locale']/@content")),
    ]
    for value in candidates:
        match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", value or "")
        if match:
            return match.group(1).lower()
    return None


def _site_name(
    document: trafilatura.settings.Document | None, tree: etree._Element, title: str | None
) -> str | None:
    site = _clean(document.sitename) if document is not None else None
    if site and not _looks_like_host(site):
        return site
    # Blogger and many small sites name themselves only in <title>: "Site: Post".
    page_title = " ".join(_strings(tree.xpath("//title//text()"))).strip()
    if page_title and title:
        for separator in (" | ", " – ", " — ", " - ", ": ", " · ", " » "):
            parts = [p.strip() for p in page_title.split(separator)]
            if len(parts) == 2 and _same_text(parts[0], title) != _same_text(parts[1], title):
                return parts[1] if _same_text(parts[0], title) else parts[0]
    return site


def _looks_like_host(text: str) -> bool:
    return " " not in text and "." in text


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def _as_written(value: str | None, tree: etree._Element) -> str | None:
    """``value`` as the page wrote it, when trafilatura unescaped it a second time.

    trafilatura unescapes every metadata value, though lxml has already
    decoded the page's entities once: a title written ``Fish &amp;amp; chips``
    (meaning the text "Fish &amp; chips") came back as "Fish & chips". The
    page's own title, headline and meta values are looked at for the one that
    unescapes to ``value``, and that one is kept.
    """
    if not value:
        return value
    found = tree.xpath("//title//text() | //meta/@content | //h1 | //h2")
    for candidate in found if isinstance(found, list) else []:
        raw = element_text(candidate) if isinstance(candidate, etree._Element) else str(candidate)
        written = " ".join(raw.split())
        if "&" in written and written != value and " ".join(unescape(written).split()) == value:
            return written
    return value


def _same_text(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"[\W_]+", " ", s.casefold()).strip()

    return key(a) == key(b)


def _strings(result: object) -> list[str]:
    return [str(r) for r in result] if isinstance(result, list) else []


def _without_title_heading(drafts: list[BlockDraft], title: str | None) -> list[BlockDraft]:
    """Drop a first heading that only repeats the title (Medium keeps its h1 in the body)."""
    if title and drafts and drafts[0].kind == "heading" and _same_text(drafts[0].text, title):
        return drafts[1:]
    return drafts


# --- list numbers ----------------------------------------------------------


def _restore_list_numbers(drafts: list[BlockDraft], tree: etree._Element) -> list[BlockDraft]:
    """Give back the numbers of lists that do not start at 1.

    trafilatura drops ``<ol start>`` and ``<li value>``, so a list split around
    a paragraph ("1, 2, ... 3, 4") comes back numbered "1, 2, ... 1, 2". The
    page's own lists say where each starts; they are found again by the text
    of their first item.
    """
    starts = _list_starts(tree)
    if not starts:
        return drafts
    shift: dict[int, int] = {}
    result: list[BlockDraft] = []
    for draft in drafts:
        if draft.kind != "list_item":
            shift.clear()
        elif draft.ordinal is not None:
            if draft.ordinal == 1:
                start = starts.get(_item_key(draft.text))
                shift = {level: s for level, s in shift.items() if level < draft.level}
                shift[draft.level] = start - 1 if start is not None else 0
            if shift.get(draft.level):
                draft = replace(draft, ordinal=draft.ordinal + shift[draft.level])
        result.append(draft)
    return result


def _list_starts(tree: etree._Element) -> dict[str, int]:
    starts: dict[str, int] = {}
    for ol in tree.iter("ol"):
        items = [child for child in ol if local_name(child) == "li"]
        if not items:
            continue
        first = items[0]
        number = first.get("value") or ol.get("start")
        try:
            start = int((number or "1").strip())
        except ValueError:
            continue
        if start != 1:
            own = walk(copy.deepcopy(first))
            if own:
                starts[_item_key(own[0].text)] = start
    return starts


def _item_key(text: str) -> str:
    return " ".join(text.split())[:80]


# --- comments --------------------------------------------------------------

_Comment = tuple[str | None, str, list[str]]
"""Author (if known), text, and the addresses it links to."""


def _take_comments(tree: etree._Element, *, base_url: str | None) -> tuple[str | None, list[_Comment]]:
    """Find the page's comment thread, split it into comments, and cut it out of ``tree``.

    Returns the thread's heading ("5 thoughts on ...") if it has one, and the
    comments in page order (each reply after the comment it answers). A
    thread that cannot be split is left in place for trafilatura to set
    aside as a whole.
    """
    areas = _outermost([e for e in tree.iter() if _named(e, _COMMENT_AREA)])
    header: str | None = None
    comments: list[_Comment] = []
    for area in areas:
        units = [e for e in area.iterdescendants() if _is_comment_unit(e)]
        found = [_read_comment(u, base_url) for u in units] if units else _definition_comments(area, base_url)
        found = [c for c in found if c[1]]
        if not found:
            continue
        if header is None:
            header = _thread_heading(area, units[0] if units else None)
        comments.extend(found)
        form = _thread_furniture(area, units, header)
        if form:
            comments.append((_FURNITURE, form, []))
        if _holds_a_post(area, units):
            # A wrapper named for comments that also holds the post: take out
            # only the comments themselves.
            for unit in _outermost(units):
                _drop(unit)
        else:
            _drop(area)
    return header, comments


_FURNITURE = "\0furniture"
"""Marks the comment section's own furniture (its form, "Load more") among the comments."""


def _thread_furniture(area: etree._Element, units: list[etree._Element], header: str | None) -> str:
    """What the comment section holds besides its comments and heading: the reply form, its links."""
    own = copy.deepcopy(area)
    for unit in [e for e in own.iterdescendants() if _is_comment_unit(e) or local_name(e) == "dd"]:
        if unit.getparent() is not None:
            _drop(unit)
    for element in own.iter():
        if local_name(element) in ("form", "button", "nav", "aside"):
            element.tag = "div"
    texts = [d.text for d in walk(own) if d.text.strip() and d.text.strip() != (header or "").strip()]
    return BLOCK_SEPARATOR.join(t for t in texts if any(ch.isalnum() for ch in t))


def _outermost(elements: list[etree._Element]) -> list[etree._Element]:
    chosen = set(elements)
    return [e for e in elements if not any(a in chosen for a in e.iterancestors())]


def _named(element: etree._Element, pattern: re.Pattern[str]) -> bool:
    if not local_name(element):
        return False
    names = [*(element.get("class") or "").split(), element.get("id") or ""]
    return any(pattern.match(name) for name in names if name)


def _is_comment_unit(element: etree._Element) -> bool:
    if local_name(element) not in ("li", "article", "div", "section", "dl"):
        return False
    return _named(element, _COMMENT_UNIT) or bool(_COMMENT_UNIT_ID.match(element.get("id") or ""))


def _holds_a_post(area: etree._Element, units: list[etree._Element]) -> bool:
    """Whether ``area`` holds an article, main part or page title outside its comments."""
    inside = set(units)
    return any(
        local_name(element) in ("article", "main", "h1")
        and element not in inside
        and not any(a in inside for a in element.iterancestors())
        for element in area.iterdescendants()
    )


def _thread_heading(area: etree._Element, first_unit: etree._Element | None) -> str | None:
    for element in area.iter():
        if element is first_unit:
            return None
        if local_name(element) in ("h1", "h2", "h3", "h4", "h5", "h6") or _named(element, _COMMENT_HEADING):
            text = element_text(element)
            if text:
                return text
    return None


def _read_comment(unit: etree._Element, base_url: str | None) -> _Comment:
    own = copy.deepcopy(unit)
    for nested in [e for e in own.iterdescendants() if _is_comment_unit(e)]:
        if nested.getparent() is not None:
            _drop(nested)
    author = _comment_author(own)
    # WordPress calls the whole comment "comment-body"; the words are in a
    # "comment-content" inside it, so the innermost match wins.
    matches = [e for e in own.iterdescendants() if _named(e, _COMMENT_CONTENT)]
    contents = [c for c in matches if not any(_named(d, _COMMENT_CONTENT) for d in c.iterdescendants())]
    if not contents:
        for noise in [e for e in own.iterdescendants() if _named(e, _COMMENT_NOISE)]:
            if noise.getparent() is not None:
                _drop(noise)
        contents = [own]
    drafts = [d for c in contents for d in walk(c, base_url=base_url)]
    text = BLOCK_SEPARATOR.join(normalize_block_text(d.text) for d in drafts if d.text.strip())
    links = [i.href for d in drafts for i in d.inline if i.kind == "link" and i.href]
    return author, text, links


def _definition_comments(area: etree._Element, base_url: str | None) -> list[_Comment]:
    """Comments written as a definition list, as older Blogger templates do.

    ``<dt class="comment-author">Name said...</dt><dd class="comment-body">...</dd>``
    """
    comments: list[_Comment] = []
    for body in area.iter("dd"):
        if "comment-body" not in (body.get("class") or "").split():
            continue
        author = None
        previous = body.getprevious()
        while previous is not None and local_name(previous) == "dd":
            previous = previous.getprevious()
        if previous is not None and local_name(previous) == "dt":
            name = _SAYS.sub("", element_text(previous)).strip(" :")
            author = name if 0 < len(name) <= 80 else None
        drafts = walk(body, base_url=base_url)
        text = BLOCK_SEPARATOR.join(d.text for d in drafts)
        links = [i.href for d in drafts for i in d.inline if i.kind == "link" and i.href]
        comments.append((author, text, links))
    return comments


def _comment_author(own: etree._Element) -> str | None:
    for pattern in _AUTHOR_CLASSES:
        for element in own.iterdescendants():
            if any(pattern.search(c) for c in (element.get("class") or "").split()) or (
                pattern is _AUTHOR_CLASSES[0] and element.get("itemprop") == "author"
            ):
                text = _SAYS.sub("", element_text(element)).strip(" :")
                if 0 < len(text) <= 80:
                    return text
    return None


def _loose_comments(body: etree._Element) -> list[str]:
    """trafilatura's own comment paragraphs, one comment each, when the thread could not be split."""
    return [d.text for d in walk(body) if d.text.strip()]


def _removed_comments(
    header: str | None, comments: list[_Comment], *, drafts: list[BlockDraft], language: str | None
) -> list[Removed]:
    position = len(drafts)
    article_text = "\n".join(d.text for d in drafts)
    removed: list[Removed] = []
    if header and comments:
        removed.append(
            Removed(
                id=removed_id("comment_header", header, position),
                kind="comment_header",
                text=header,
                reason="The heading of the comment section.",
                position=position,
            )
        )
    for author, text, links in comments:
        if author == _FURNITURE:
            removed.append(
                Removed(
                    id=removed_id("boilerplate", text, position),
                    kind="boilerplate",
                    text=text,
                    reason="The form for leaving a comment, and the comment section's links.",
                    position=position,
                )
            )
            continue
        spam, spam_reason = _spam_verdict(text, links, language, article_text)
        removed.append(
            Removed(
                id=removed_id("comment", text, position),
                kind="comment",
                text=text,
                reason="A reader's comment, in the page's comment section.",
                position=position,
                spam=spam,
                spam_reason=spam_reason,
                author=author,
            )
        )
    return removed


def _spam_verdict(text: str, links: list[str], language: str | None, article_text: str) -> tuple[bool, str]:
    """Ask the spam classifier; the addresses a comment links to go with its words.

    Link text like "click here" hides where a spam comment points, so the
    classifier is shown the addresses too, and the article, so that a comment
    about the post itself counts as specific.
    """
    shown = "\n".join([text, *links]) if links else text
    verdict = classify_comment(shown, article_language=language, article_text=article_text)
    return verdict.spam, verdict.reason
