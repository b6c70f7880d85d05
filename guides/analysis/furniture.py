"""The cues of page furniture and promotion inside an article's own sentences: a promotion, a line of page
chrome, a byline. Kept apart from :mod:`guides.analysis.cues` (the cues of an author's sentences) because
they ask what the page put around the article, not what the author meant; the cleaning stage
(:mod:`guides.cleaning`) takes most of it out before the reading, and these catch what is left.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


PROMO = re.compile(
    r"\b(?:visit (?:our|my|the) (?:website|site|shop|store|page)|order (?:now|today|your copy|online)|"
    r"buy (?:now|it|your)|shop (?:now|our)|subscribe|sign up|newsletter|download (?:our|the|my|your|a) free|"
    r"available (?:now|on amazon|wherever|in (?:paperback|hardcover|our store))|use (?:the )?code|"
    r"click here|follow us|join (?:our|my) (?:mailing list|community|list)|pre-?order|"
    r"get your (?:free )?copy|learn more at|sponsored|advertisement|"
    r"have a question (?:for|about)|write to (?:her|him|us|[A-Z][a-z]+ at)|at the address below|"
    r"letters may be edited|"
    r"if you['’]ve (?:enjoyed|liked|found this helpful)[^.]{0,40}\bshare\b|"
    r"share (?:it|this)(?: post| article)? with a friend|"
    # the church's notices at the end of a sermon or a study sheet
    r"(?:coffee|tea|refreshments) (?:and (?:tea|coffee) )?(?:are|is|will be) served|"
    r"collection (?:box|basket)|"
    r"(?:sermon )?(?:audio|recordings?|podcast) (?:is|are) (?:available|on our)|"
    r"if you['’]re hosting|please let [A-Z][a-z]+ know|rota (?:for|is)|sign-?up sheet|"
    r"send your (?:questions|letters)|resources page|book your place|find out more|"
    r"tienes una pregunta para|escríbe(?:le|nos)|formulario de nuestra web|"
    r"our (?:new )?(?:book|devotional|course|"
    r"workbook) is|(?:30|thirty|40|forty|21|seven|7)-day (?:devotional|challenge|plan)|"
    r"visita nuestr[oa] (?:sitio|página|tienda)|suscr[ií]bete|descarga (?:gratis|nuestr)|"
    r"disponible en (?:amazon|nuestra)|haz clic|compra (?:ya|ahora|tu))\b|https?://|www\.",
    _I,
)
JUNK_LINE = re.compile(
    r"^\W*(?:link copied(?: to clipboard)?|share this(?: post| article)?|"
    r"jump to (?:the )?(?:comments|recipe|content)|skip to (?:the )?(?:comments|content|main content)|"
    r"ir a los comentarios|"
    r"share on \w+|like this|click to share|"
    r"from the \w+ issue|(?:te puede interesar|lee también|comparte este artículo)|"
    r"(?:next week|coming up next|la próxima semana)(?: in this series| en esta serie)?(?=\s*:)|"
    r"if (?:this article|this post|reading this) (?:has )?(?:raised|brought up|stirred)|"
    r"if you (?:are|have been) affected by|si este artículo (?:te )?ha|"
    r"\w+(?: \w+){0,3} is a (?:licensed |registered )?(?:family |marriage |"
    r"couples? )?(?:therapist|counsel+or|"
    r"pastor|writer|journalist|psychologist)|questions (?:for|to) this column|"
    r"letters (?:may|are) (?:be )?edited|"
    r"this column (?:does not|is not)|las cartas pueden|material preparado|se permite fotocopiar|"
    r"transcripción|session \d|lección \d|"
    r"facebook|twitter|pinterest|linkedin|whatsapp|email|print|tweet|related(?: posts| articles)?|"
    r"read next|read more|you may also like|recommended(?: for you)?|more from|posted (?:on|in|by)|"
    r"filed under|tags?|categor(?:y|ies)|leave a (?:comment|reply)|comments?|photo(?: by| credit)?|"
    r"image(?: by| credit)?|disclaimer|copyright|all rights reserved|first published|"
    r"this (?:article|post) (?:first appeared|was first published|originally appeared)|"
    r"enlace copiado|compartir|comparte esto|relacionad[oa]s|lee también|publicado (?:el|en|por)|"
    r"etiquetas|categorías?|derechos reservados)\b",
    _I,
)
_CALENDAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Advent|Lent|Then|Now|Noon|"
    r"Midnight|Morning|Evening|Nightfall|Dawn|Dusk|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|Navidad|Pascua)"
)
"""Months, days and seasons: "By March" begins a sentence, never a byline."""

BYLINE = re.compile(
    # "By March, I was the person who noticed ..." opens a sentence of the story, not a byline
    r"^(?i:by|posted by|written by|words by|por|escrito por|from)\s+(?!" + _CALENDAR + r"\b)[A-ZÁÉÍÓÚÑ]\w+"
    r"(?![^,]*,\s+(?:I|we|he|she|they|it|you|yo|nosotros|él|ella)\s)|"
    r"^[^.!?]{2,60}(?:\s[|·]\s[^.!?]{2,60}){1,4}$|^[\[(][^\])]{2,40}[\])]$",
    re.UNICODE,
)
"""A byline, a column header or a stage direction: "By Ana Ruiz", "Ask Ada | Relationships | 7 min read",
"(risas)", "[Música de fondo]"."""


def byline_length(text: str) -> int:
    """How many words a byline may have: more when separators set its parts apart ("Kitchen Table Accounts
    · Lorna Petrakis · 11 March · Filed under: Money, Marriage, Family Life")."""
    return 22 if len(re.findall(r"\s[|·]\s", text)) >= 2 else 14


BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\|)\s|\s&\s")
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", _I)
