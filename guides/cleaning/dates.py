"""Dates and times the way web pages print them under a title or a comment.

Bylines ("Posted on March 3, 2024") and comment meta lines ("March 3, 2021 at
4:12 pm", "3 de marzo de 2021 a las 16:12", "2 years ago") are recognised so
that the reader can take the date into the article's metadata and the comment
finder can tell a comment's header from its text. Only whole lines are judged:
a date inside a sentence is the article's business.
"""

from __future__ import annotations

import re

_MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTHS_ES = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_MONTHS_PT = "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
_MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_MONTH = rf"(?:{_MONTHS_EN}|{_MONTHS_ES}|{_MONTHS_PT}|{_MONTHS_FR})\.?"
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo)\.?,?\s+"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|º|°)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"

_DATE_FORMS = (
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # March 3, 2024
    rf"{_DAY}\.?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}",  # 3 March 2024, 3 de marzo de 2024
    rf"{_MONTH}\s+{_YEAR}",  # March 2024
    rf"{_YEAR}[-/.][01]?\d[-/.][0-3]?\d",  # 2024-03-03
    rf"[0-3]?\d[-/.][01]?\d[-/.](?:{_YEAR}|\d\d)",  # 03/03/2024
)
DATE = rf"(?:{_WEEKDAY})?(?:{'|'.join(_DATE_FORMS)})"
"""A regular expression (no groups) for one calendar date, case-insensitive."""

_TIME = r"(?:[0-2]?\d[:.h][0-5]\d(?:\s*[ap]\.?\s?m\.?)?|[01]?\d\s*[ap]\.?\s?m\.?)(?:\s*[A-Z]{2,4})?"
_TIME_JOIN = r"(?:\s*,?\s*(?:at|a las|à|às|um|-|–|—|@|\|)?\s*)"
_AGO = (
    r"(?:\d+|an?|one|two|three)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|hace\s+(?:\d+|un|una)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes|meses|años?)"
    r"|(?:yesterday|today|ayer|hoy)(?:\s+at\s+" + _TIME + ")?"
)

_DATE_LINE = re.compile(
    rf"^[\s(\[]*(?:(?:posted|published|updated|last updated|written|publicado|actualizado)"
    rf"(?:\s+(?:on|el|:))?\s*:?\s*)?"
    rf"(?:{DATE}(?:{_TIME_JOIN}{_TIME})?|{_AGO}|{_TIME}{_TIME_JOIN}{DATE})"
    rf"[\s)\]]*(?:[·•|–—-]\s*(?:edit|editar|permalink|#))?\.?\s*$",
    re.IGNORECASE,
)
_DATE_ANYWHERE = re.compile(DATE, re.IGNORECASE)


_WEEKDAY_DATE_LINE = re.compile(rf"^\s*{_WEEKDAY}{_MONTH}\s+{_DAY}\.?\s*$", re.IGNORECASE)
"""A newspaper's dateline without its year: "Thursday, October 10"."""


def is_date_line(text: str) -> bool:
    """True when the whole line is a date, a date and time, "2 days ago" or a weekday's date."""
    line = text.strip()
    return 0 < len(line) <= 60 and bool(_DATE_LINE.match(line) or _WEEKDAY_DATE_LINE.match(line))


def find_date(text: str) -> str | None:
    """The first calendar date written in ``text``, as written, or None."""
    match = _DATE_ANYWHERE.search(text)
    return match.group(0).strip(" ,") if match else None
