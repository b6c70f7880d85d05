"""Making untrusted HTML safe to keep, show or walk.

Pages, pastes and Markdown files are written by strangers. Whatever HTML
Porchlight keeps or shows passes through :func:`sanitize_html` first: only
tags that carry text structure survive, nothing that runs (scripts, event
handlers, ``javascript:`` links) and nothing that loads a remote resource
when displayed (images, stylesheets, frames, ``style`` attributes with CSS
``url()``). Loading even an invisible image would tell a tracker that this
reader opened this article, so images become a text placeholder instead.

nh3 (the ammonia sanitiser) does the filtering; lxml only turns images into
placeholders before it, because nh3 can drop elements but not rewrite them.
"""

from __future__ import annotations

import re
from typing import Literal

import lxml.html
import nh3
from lxml import etree

# Tags whose text is part of what a person reads. Everything else is unwrapped
# (its text kept) or, for the set below, removed with its content.
_TEXT_TAGS = frozenset(
    {
        "a", "abbr", "article", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "i", "ins", "kbd", "li", "main", "mark", "ol", "p", "pre", "q", "s", "samp", "section",
        "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul",
    }
)  # fmt: skip

# Removed with everything inside: code, styling, embedded objects, and the
# page furniture (menus, forms) that is never part of an article.
_DROPPED_WITH_CONTENT = frozenset(
    {
        "applet", "aside", "audio", "button", "canvas", "datalist", "dialog", "embed", "form",
        "frame", "frameset", "head", "iframe", "math", "meter", "nav", "noembed", "noframes",
        "noscript", "object", "option", "progress", "script", "select", "style", "svg",
        "template", "textarea", "title", "video",
    }
)  # fmt: skip

_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"lang", "dir"},
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
}

IMAGE_PLACEHOLDER_CLASS = "image-placeholder"
_SAFE_SCHEMES = {"http", "https", "mailto"}


def sanitize_html(html: str, *, base_url: str | None = None) -> str:
    """The body of ``html`` with only safe text structure left.

    Links keep an ``href`` only when it is http(s) or mailto (relative ones are
    resolved against ``base_url`` when given, dropped otherwise) and gain
    ``rel="noopener noreferrer"``. Images become
    ``<span class="image-placeholder">[image: alt]</span>`` (``[image]`` with no
    alt text). Works on whole documents and on fragments alike.
    """
    if not html.strip():
        return ""
    relative: Literal["deny"] | tuple[Literal["rewrite_with_base"], str] = (
        ("rewrite_with_base", base_url) if base_url else "deny"
    )
    cleaner = nh3.Cleaner(
        tags=set(_TEXT_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        allowed_classes={"span": {IMAGE_PLACEHOLDER_CLASS}},
        url_schemes=set(_SAFE_SCHEMES),
        url_relative=relative,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return cleaner.clean(_prepared(html))


def image_placeholder_text(alt: str | None) -> str:
    """What an image becomes in text: ``[image: alt]``, or ``[image]`` without alt text."""
    alt = " ".join((alt or "").split())
    return f"[image: {alt}]" if alt else "[image]"


def _prepared(html: str) -> str:
    """The body's inner HTML with images made placeholders and styled emphasis made tags.

    Parsed with the same hardened settings as every other page read: no
    network, no entity loading, no huge trees.
    """
    root = parse_html_document(html)
    if root is None:
        return ""
    body = root.find("body")
    if body is None:
        body = root
    _styles_to_tags(body)
    for img in list(body.iter("img")):
        span = lxml.html.Element("span")
        span.set("class", IMAGE_PLACEHOLDER_CLASS)
        span.text = image_placeholder_text(img.get("alt"))
        span.tail = img.tail
        parent = img.getparent()
        if parent is not None:
            parent.replace(img, span)
    parts = [body.text or ""]
    parts.extend(etree.tostring(child, encoding="unicode", method="html") for child in body)
    return "".join(parts)


_BOLD = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)\b", re.I)
_NOT_BOLD = re.compile(r"font-weight\s*:\s*(normal|lighter|[1-4]00)\b", re.I)
_ITALIC = re.compile(r"font-style\s*:\s*(italic|oblique)\b", re.I)


def _styles_to_tags(body: lxml.html.HtmlElement) -> None:
    """Keep the emphasis that inline styles carry, since the styles themselves go.

    Google Docs and word processors put bold and italic on the clipboard as
    ``<span style="font-weight:700">``, and Google Docs wraps a whole paste
    in ``<b style="font-weight:normal">``, which would make everything bold
    once the style is gone.
    """
    for element in list(body.iter("b", "strong", "span")):
        style = element.get("style") or ""
        if not style:
            continue
        if element.tag in ("b", "strong"):
            if _NOT_BOLD.search(style):
                element.drop_tag()
            continue
        bold, italic = bool(_BOLD.search(style)), bool(_ITALIC.search(style))
        if bold:
            element.tag = "strong"
            if italic:
                inner = lxml.html.Element("em")
                inner.text, element.text = element.text, None
                for child in list(element):
                    inner.append(child)
                element.append(inner)
        elif italic:
            element.tag = "em"


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)


def parse_html_document(html: str) -> lxml.html.HtmlElement | None:
    """Parse a page or fragment safely; None when there is nothing to parse.

    A leading XML declaration (XHTML pages, Blogger templates) is dropped
    because lxml refuses one in an already decoded string, and ``<template>``
    content, which no browser shows, is dropped from the tree.
    """
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        root = lxml.html.document_fromstring(html, parser=html_parser())
    except (etree.ParserError, ValueError):
        return None
    _drop_templates(root)
    return root


def _drop_templates(root: lxml.html.HtmlElement) -> None:
    """Take out ``<template>`` elements: a browser never shows their content, so neither does an article."""
    for template in list(root.iter("template")):
        parent = template.getparent()
        if parent is None:
            continue
        if template.tail:  # the text after it stays where it was
            previous = template.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + template.tail
            else:
                parent.text = (parent.text or "") + template.tail
        parent.remove(template)


def html_parser() -> lxml.html.HTMLParser:
    """An lxml HTML parser that never touches the network and refuses huge trees."""
    return lxml.html.HTMLParser(
        recover=True,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
