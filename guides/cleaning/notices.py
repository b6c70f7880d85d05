"""What a publisher prints around an article in whole sentences: promotions,
disclaimers, credits, "First published in ..." and "Write to the column at ...".

Page chrome (:mod:`guides.cleaning.chrome`) is short lines: buttons, menus,
labels. These notices are paragraphs, so they are judged differently: by
phrases an article about its subject does not use ("order now", "use the
code", "is not a substitute for professional", "first published in"), on
the whole block, and only in blocks short enough to be a notice (an article
paragraph that mentions a book it loved is longer, and names no price,
code or shop). A promotion needs two such signals, or one and a web or email
address, so that "we bought it on sale" stays the article's.

Each rule is written out here rather than learnt: the notices are few, worded
alike across sites, and a rule can say why it fired, which the review window
shows the reader. Each rule runs only where one of its telling words is, so
that an ordinary paragraph costs a few substring tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

NoticeKind = Literal["boilerplate", "navigation"]

NOTICE_WORDS_MAX = 120
"""A notice is at most this long; a longer block is the article's."""


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    reason: str


def _whole(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{pattern})$", re.IGNORECASE | re.DOTALL)


_LABELLED = re.compile(
    r"^(?:disclaimer|disclosure|legal notice|aviso(?: legal)?|descargo de responsabilidad)\s*:", re.I
)
_DISCLAIMER = re.compile(
    r"\bthis (?:post|article|page|site|website|blog) (?:may )?contains? affiliate links\b"
    r"|\bas an amazon associate\b"
    r"|\b(?:the )?(?:views|opinions) expressed (?:here|in this|on this|by)\b"
    r"|\b(?:is|are) (?:intended )?for (?:informational|educational|general information|encouragement)"
    r"(?: purposes)? only\b"
    r"|\bnot (?:a substitute|intended (?:as|to be) a substitute|a replacement) for (?:professional|medical|"
    r"legal|pastoral)\b"
    r"|\bno (?:sustituye|reemplaza) (?:el )?(?:consejo|la ayuda|la atención) profesional\b",
    re.IGNORECASE,
)
_SCRIPTURE_CREDIT = _whole(
    r"(?:all )?scripture (?:quotations?|quotes|references|verses|texts?)\b.{0,80}"
    r"\b(?:taken|are|from|marked)\b.*"
    r"|(?:unless otherwise (?:noted|indicated),? )?(?:all )?scripture\b.{0,60}"
    r"\b(?:is|are) (?:taken )?from\b.*"
    r"|(?:las )?citas (?:bíblicas|de las escrituras)\b.{0,80}\b(?:son|tomadas|de)\b.*"
)
_FIRST_PUBLISHED = _whole(
    r"(?:this (?:article|post|piece|essay|devotional|story|column|sermon) )?(?:was )?(?:first|originally) "
    r"(?:published|appeared|posted|ran|printed)\b.*"
    r"|(?:publicado|aparecido|apareció) (?:originalmente|por primera vez)\b.*"
    r"|(?:reprinted|republished|reposted|used) (?:with|by) (?:kind )?permission\b.*"
    r"|(?:reprinted|republished|reposted) from\b.*"
    r"|excerpted from\b.*"
)
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.[\w-]+|\bhttps?://|\b[\w-]+\.(?:com|org|net|co\.uk|example|es|mx|ar)\b"
    r"|\bp\.?\s?o\.? box\b|\bapartado\b",
    re.IGNORECASE,
)
_WRITE_TO = re.compile(
    r"\b(?:send|write|e-?mail|submit|mail|post|ask)\b.{0,80}\b(?:questions?|letters?|preguntas?|cartas?)\b"
    r"|\b(?:questions?|letters?|preguntas?|cartas?)\b.{0,60}\b(?:to|a)\b.{0,40}@"
    r"|\b(?:envía|escribe|manda)\b.{0,80}\b(?:preguntas?|cartas?)\b"
    r"|\bhave a question for\b",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"\border (?:now|today|your copy|a copy|yours)\b|\bbuy (?:now|it now|your copy|the book)\b|\bshop now\b"
    r"|\bpre-?order\b|\bget your (?:free )?copy\b|\bon sale(?: now)?\b|\bnow available\b"
    r"|\bavailable (?:now|today|wherever books are sold|at (?:amazon|our store|our shop|your local))\b"
    r"|\bvisit our (?:web ?site|store|shop|online store)\b|\bvisit (?:us|our store|our shop) (?:at|online)\b"
    r"|\b(?:use|with|enter) (?:the )?(?:promo |discount |coupon )?code\b|\bpromo code\b|\bdiscount code\b"
    r"|\b\d{1,2} ?% off\b|\bfree shipping\b|\blimited time\b|\bsign up (?:today|now)\b"
    r"|\bdownload (?:your|the|our) free\b|\bget (?:it|yours|one) (?:now|today)\b"
    r"|\bclick here to (?:order|buy|get|download|learn more)\b|\bjoin (?:us|our community) (?:today|now)\b"
    r"|\bcompra (?:ahora|ya|hoy)\b|\bpídelo (?:ya|hoy|ahora)\b|\bdisponible (?:ya|ahora|hoy) en\b"
    r"|\bvisita nuestr[ao] (?:sitio|página|tienda|web)\b|\busa el código\b|\b\d{1,2} ?% de descuento\b"
    r"|\benvío gratis\b|\ben oferta\b",
    re.IGNORECASE,
)
_SUBSCRIBE = re.compile(
    r"\b(?:get|receive|have)\b[^.?!]{0,40}\b(?:posts?|stories|essays|letters?|updates|articles|devotionals|"
    r"newsletter|reflections)\b[^.?!]{0,40}\b(?:in|to|by) (?:your )?(?:inbox|e-?mail)\b"
    r"|\b(?:subscribe|sign up)\b[^.?!]{0,40}\b(?:newsletter|posts|updates|mailing list|e-?mails?)\b"
    r"|\bjoin (?:the|our|my) (?:mailing|e-?mail) list\b"
    r"|\brecib(?:e|ir|irás)\b[^.?!]{0,60}\b(?:en tu|por) correo\b|\bsuscríbete\b",
    re.IGNORECASE,
)
"""An invitation to the publisher's emails ("Enjoyed this? Get new posts in your inbox every other Tuesday.
No spam, just stories from our kitchen table.")."""
_SUBSCRIBE_WORDS = (
    "inbox",
    "subscribe",
    "sign up",
    "mailing",
    "email list",
    "e-mail list",
    "correo",
    "suscr",
)
NOTICE_SUBSCRIBE_WORDS_MAX = 45
"""An invitation to subscribe is a line or two; a longer paragraph that mentions a newsletter is the
article's."""

# Each rule runs only where one of its telling words is: most paragraphs have none of
# them, and a substring test costs a small part of a regular expression's search.
_DISCLAIMER_WORDS = (
    "affiliate", "amazon associate", "expressed", "for informational", "for educational",
    "for general information", "for encouragement", "substitute for", "replacement for", "sustituye",
    "reemplaza",
)  # fmt: skip
_ADDRESS_WORDS = ("@", "www.", "://", ".com", ".org", ".net", ".example", ".co.uk", ".es", "box", "apartado")
_LETTER_WORDS = ("question", "letter", "pregunta", "carta")
_PROMO_WORDS = (
    "order", "buy", "shop", "sale", "available", "visit", "code", "código", "% off", "%off", "shipping",
    "limited time", "sign up", "download", "get it", "get yours", "get one", "get your", "click here", "join",
    "compra", "pídelo", "disponible", "visita", "descuento", "envío", "oferta",
)  # fmt: skip
_PRICE = re.compile(r"[$€£]\s?\d+(?:[.,]\d\d)?|\b\d+(?:[.,]\d\d)?\s?(?:€|euros?|dollars|dólares)\b", re.I)


def notice(text: str) -> Notice | None:
    """What kind of notice the whole block is, with the reason to show; None for article text."""
    line = " ".join(text.split())
    words = len(line.split())
    if not line or words > NOTICE_WORDS_MAX:
        return None
    low = line.lower()
    if words <= 80 and ("scripture" in low or "citas" in low) and _SCRIPTURE_CREDIT.match(line):
        return Notice("boilerplate", "The page’s credit for the Bible translation it quotes.")
    if _LABELLED.match(line) or (words <= 60 and _has(low, _DISCLAIMER_WORDS) and _DISCLAIMER.search(line)):
        return Notice("boilerplate", "A disclaimer printed under the article.")
    if words <= 50 and _FIRST_PUBLISHED.match(line):
        return Notice("boilerplate", "A note of where the article was first published.")
    letter = words <= 80 and _has(low, _LETTER_WORDS) and _has(low, _ADDRESS_WORDS)
    if letter and _WRITE_TO.search(line) and _ADDRESS.search(line):
        return Notice("boilerplate", "How to send the column a letter.")
    if words <= NOTICE_SUBSCRIBE_WORDS_MAX and _has(low, _SUBSCRIBE_WORDS) and _SUBSCRIBE.search(line):
        return Notice("boilerplate", "An invitation to subscribe to the publisher’s emails.")
    if is_promotion(line):
        return Notice("boilerplate", "A promotion for a book, product or the publisher’s site.")
    return None


def _has(low: str, words: tuple[str, ...]) -> bool:
    return any(word in low for word in words)


def is_promotion(text: str) -> bool:
    """A publisher's or shop's pitch: two selling phrases, or one with a price or an address."""
    line = " ".join(text.split())
    if len(line.split()) > 80 or not _has(line.lower(), _PROMO_WORDS):
        return False
    found = {m.group(0).lower() for m in _PROMO.finditer(line)}
    if len(found) >= 2:
        return True
    return len(found) == 1 and bool(_PRICE.search(line) or _ADDRESS.search(line))
