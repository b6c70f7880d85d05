"""What each edition of a worksheet holds, decided from a guide.

- **participant**: a name and date line, the title and big idea (with the
  group, series and week when known), the passages and scripture to read, the
  numbered questions everyone is asked, with lines to write on (none under an
  icebreaker, which is spoken), and the "I will..." step. Nothing meant only
  for the leader or for couples.
- **leader**: all of that, plus each part's timing and purpose, the leader's
  and care notes, the extra and take-home questions, the page of the
  participant's edition each question is on, what to listen for and a
  follow-up question under each question asked aloud, and a sentence to say
  on the way into each part (:mod:`guides.worksheet.leading`). No ruled lines.
- **couple**: every question for the two of them, private ones included, each
  with an answer area per partner, and a closing "talk it through" step.
- **session**: the leader's plan with clock times, to teach from: no lines.
- **cards**: the take-home questions on cards, two or four to a page, to cut
  apart and hand to each couple.

A passage names its paragraph ("Paragraph 5") only when the article is
printed as the appendix, where the numbers are; otherwise the passage is
quoted, or (without passages) its first and last words are.

This module only decides content (a :class:`~guides.worksheet.content.Worksheet`);
:mod:`guides.worksheet.pdf` and :mod:`guides.worksheet.text_export` present it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import cast

from guides.analysis.sensitive import find_sensitive, is_private
from guides.article import Article
from guides.catalog import catalog
from guides.guide.audiences import audience as audience_spec
from guides.guide.model import Guide, Prompt, Question, Reading, Section
from guides.guide.quotes import as_sentence, unshouted
from guides.scripture.bible_text import TRANSLATION as BUNDLED_TRANSLATION
from guides.worksheet import content as c
from guides.worksheet.errors import WorksheetError
from guides.worksheet.highlights import HighlightLike, highlight_items
from guides.worksheet.leading import leader_lines, transition
from guides.worksheet.paper import Paper

# Room to write, by the kind of question: noticing needs less than applying.
_LINES_BY_KIND = {"icebreaker": 3, "observation": 3, "interpretation": 4, "application": 4, "reflection": 4}
_PROMPT_LINES = 2
_QUOTED_ENDS = 5
"""Without the passages printed, a reading is pointed at by its first and last five words."""
_SPOKEN: frozenset[str] = frozenset({"icebreaker"})
"""Question kinds answered aloud, never in writing: no answer lines under them."""


@dataclass(frozen=True)
class WorksheetOptions:
    """What the reader asked for. ``paper=None`` means the locale's default."""

    edition: str = "participant"
    """A built-in edition, or one an audience registered (printed as :func:`~.content.layout_of` says)."""
    paper: Paper | None = None
    large_print: bool = False
    include: frozenset[c.Include] = field(default=c.DEFAULT_INCLUDE)
    answer_lines: bool = True
    fillable: bool = False
    title_page: bool = False
    partner_names: tuple[str, str] | None = None
    """The two names for the couple edition's answer areas, when known."""
    author: str | None = None
    """The PDF's author; the article's author, or "Porchlight", when None."""
    group: str | None = None
    """The group's name ("Thursday group"), printed in the masthead when given."""
    series: str | None = None
    """The series this session belongs to, when it does."""
    week: tuple[int, int] | None = None
    """This session's week in the series and the number of weeks: (2, 6) prints "Week 2 of 6"."""
    cards_per_page: int = 4
    """Take-home cards: 2 or 4 to a page (fewer when the questions would not fit)."""


def build_worksheet(
    guide: Guide,
    options: WorksheetOptions,
    *,
    article: Article | None = None,
    highlights: Iterable[HighlightLike] = (),
    participant_pages: Mapping[str, int] | None = None,
) -> c.Worksheet:
    """The content of one edition of a worksheet for ``guide``.

    ``article`` (the one the guide was made from) gives passage positions,
    the highlights' sentences and the appendix. ``participant_pages`` maps
    question ids to the participant edition's pages, for the leader's edition.
    """
    layout = c.layout_of(options.edition)
    if layout is None:
        raise WorksheetError(
            f"The {options.edition} edition has no printed layout (these do: {', '.join(c.EDITIONS)})."
        )
    if callable(layout):  # a registered edition that lays itself out
        return layout(guide, options, article=article, highlights=list(highlights))
    label = c.edition_label(options.edition, guide.language)
    laid_out = replace(options, edition=layout)
    builder = _Builder(guide, laid_out, article, list(highlights), participant_pages or {}, label)
    return builder.build()


def participant_numbers(guide: Guide) -> dict[str, str]:
    """Question id -> its number in the participant's edition (the leader's edition uses the same)."""
    shown = [q for q in guide.questions if _for_participant(q)]
    return {q.id: str(i) for i, q in enumerate(shown, 1)}


def couple_numbers(guide: Guide) -> dict[str, str]:
    shown = [q for q in guide.questions if _for_couple(q)]
    return {q.id: str(i) for i, q in enumerate(shown, 1)}


def _for_participant(q: Question) -> bool:
    return q.visibility == "everyone" and not q.optional


def _for_couple(q: Question) -> bool:
    return q.visibility in ("everyone", "couple")


def take_home_questions(guide: Guide) -> tuple[Question, ...]:
    """The questions couples take home from a group: the take-home part's, else the couple-only ones."""
    section = guide.section("take_home")
    if section is not None and section.questions:
        return section.questions
    if not audience_spec(guide.audience).led:  # a couple's own guide: nothing is taken home from a group
        return ()
    return tuple(q for q in guide.questions if q.visibility == "couple")


def field_name(key: str, suffix: str = "") -> str:
    """A PDF field name from a question id: letters, digits, ``-`` and ``_`` only (``.`` nests fields)."""
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", key).strip("-") or "answer"
    return f"{base}-{suffix}" if suffix else base


def translation_label(translation: object) -> str | None:
    """A translation as printed beside a reference: its abbreviation ("WEB"), whatever form it comes in."""
    if translation is None:
        return None
    if isinstance(translation, str):
        return translation.strip() or None
    label = getattr(translation, "abbreviation", None) or getattr(translation, "name", None)
    return str(label) if label else None


def translation_notice(translation: object, language: str | None = "en") -> str | None:
    """The credit line a translation asks for under quoted text, when it is the bundled one.

    The bundled translation's line is the catalog's, in the worksheet's language.
    """
    if translation_label(translation) == BUNDLED_TRANSLATION.abbreviation:
        return str(catalog(language).text("worksheet", "notice_bundled_bible"))
    notice = getattr(translation, "notice", None)
    if isinstance(notice, str) and notice:
        return notice
    return None


def clock(minute: int) -> str:
    """A minute of the session as ``h:mm`` ("0:05", "1:10")."""
    return f"{minute // 60}:{minute % 60:02d}"


def span(start: int, minutes: int) -> str | None:
    """Where a part falls in the session ("0:10–0:15"); None for a part with no time of its own."""
    return f"{clock(start)}–{clock(start + minutes)}" if minutes > 0 else None


class _Builder:
    def __init__(
        self,
        guide: Guide,
        options: WorksheetOptions,
        article: Article | None,
        highlights: list[HighlightLike],
        pages: Mapping[str, int],
        label: str,
    ) -> None:
        self.guide = guide
        self.o = options
        self.edition = cast(c.Edition, options.edition)  # build_worksheet passes a built-in layout
        self.label = label
        self.article = article
        self.highlights = highlights
        self.pages = pages
        self.numbers = couple_numbers(guide) if self.edition == "couple" else participant_numbers(guide)
        self.shown_refs: set[str] = set()
        self.notices: set[str] = set()
        self.leaderish = self.edition in ("leader", "session")
        self.appendix = "article" in options.include and article is not None
        self.words: Mapping[str, str] = catalog(guide.language).table("worksheet")
        self.prompt_words: Mapping[str, str] = catalog(guide.language).table("prompts")

    # --- the whole ---------------------------------------------------------

    def build(self) -> c.Worksheet:
        g, o = self.guide, self.o
        W = self.words
        label = self.label
        audience = W.get(f"audience_{g.audience}", W["audience_other"])
        big_idea = as_sentence(g.big_idea.text) if g.big_idea else None
        if self.edition == "cards":
            return self._cards(label, audience, big_idea)
        blocks: list[c.Block] = []
        blocks += self._opening()
        opening = len(blocks)
        minute = 0
        parts: list[tuple[Section, list[c.Block]]] = []
        for section in g.sections:
            part = self._section(section, minute)
            minute += section.minutes
            if section.key == "read":
                part += self._after_reading()
            if part:
                parts.append((section, part))
        for index, (_section, part) in enumerate(parts):
            blocks += part
            if self.leaderish and index + 1 < len(parts):
                following = parts[index + 1][0]
                blocks.append(c.Transition(transition(g, following), following.title))
        if not any(s.key == "read" for s in g.sections):
            blocks[opening:opening] = self._after_reading()
        blocks += self._closing()
        if self.notices:
            blocks.append(c.Colophon(tuple(sorted(self.notices))))
        if "article" in o.include and self.article is not None:
            blocks.append(self._appendix(self.article))
        author = (
            o.author
            or (self.article.author if self.article and self.article.author else None)
            or "Porchlight"
        )
        subject = W["subject"].format(edition=label, audience=audience.lower())
        if big_idea:
            subject += f": {big_idea}"
        cover = (
            c.Cover(
                title=g.title,
                edition_label=label,
                audience_label=audience,
                big_idea=big_idea,
                byline=self._meta(),
                series=self._series(),
            )
            if o.title_page
            else None
        )
        return c.Worksheet(
            title=g.title,
            edition=self.edition,
            masthead=c.Masthead(
                kicker=self._kicker(audience, label),
                title=g.title,
                big_idea=big_idea,
                meta=self._meta(),
                series=self._series(),
            ),
            blocks=tuple(blocks),
            subject=subject[:300],
            author=author,
            cover=cover,
            keywords=tuple(g.themes),
            language=g.language,
            edition_name=self.label,
        )

    def _series(self) -> str | None:
        """ "Thursday group · Small promises · Week 2 of 6", from what is known."""
        o = self.o
        week = None
        if o.week is not None:
            week = self.words["week_of"].format(week=o.week[0], weeks=o.week[1])
        parts = [p.strip() for p in (o.group, o.series) if p and p.strip()]
        if week:
            parts.append(week)
        return " · ".join(parts) or None

    def _kicker(self, audience: str, label: str) -> str:
        if self.edition == "couple":
            return self.words["kicker_couple"]
        return self.words["kicker"].format(audience=audience, edition=label)

    def _byline(self) -> str | None:
        a = self.article
        if a is None:
            return None
        title = (
            self.words["from_title"].format(title=a.title)
            if a.title and a.title != self.guide.title
            else None
        )
        parts = [title, a.author, a.site]
        return " · ".join(p for p in parts if p) or None

    def _meta(self) -> str:
        g = self.guide
        count = sum(1 for q in g.questions if self._numbered(q))
        parts = [self.words["about_minutes"].format(minutes=g.minutes)]
        if count:
            parts.append(
                self.words["questions"].format(count=count) if count != 1 else self.words["one_question"]
            )
        byline = self._byline()
        if byline:
            parts.append(byline)
        return " · ".join(parts)

    def _opening(self) -> list[c.Block]:
        g = self.guide
        W = self.words
        if self.edition == "participant":
            return [
                c.WriteIn((W["write_name"], W["write_date"])),
                c.Text(W["opening_participant"], quiet=True),
            ]
        if self.edition == "couple":
            names = self._partners()
            return [
                c.WriteIn((W["write_date"],)),
                c.Text(W["opening_couple"].format(a=names[0], b=names[1]), quiet=True),
            ]
        out: list[c.Block] = []
        if self.edition == "session":
            out.append(self._schedule())
        notes = list(g.leader_notes)
        care = [n.text for n in notes if n.kind == "care"]
        plain = [n.text for n in notes if n.kind != "care"]
        if plain:
            out.append(c.Note("\n\n".join(plain), "leader", W["before_you_begin"]))
        label = W["note_care"]
        if self._sensitive() and not care:
            care = [W["standard_care"]]
            topics = _topics_of(self.article, W["and"])
            label = W["care_topics"].format(topics=topics) if topics else label
        if care:
            spec = audience_spec(g.audience)
            if spec.led and not spec.asked_by_leader and not self._mentions_confidentiality():
                # A group shares aloud: what is said there stays there.
                care = [*care, W["confidentiality"]]
            out.append(c.Note("\n\n".join(care), "care", label))
        if g.outline:
            lines = "\n".join(
                f"{i}. {p.label}: {_quoted(unshouted(p.quote), g.language)}"
                for i, p in enumerate(g.outline, 1)
            )
            out.append(c.Note(lines, "leader", W["outline"]))
        return out

    def _sensitive(self) -> bool:
        return any(q.visibility == "couple" or q.intensity != "mild" for q in self.guide.questions)

    def _mentions_confidentiality(self) -> bool:
        notes = [*self.guide.leader_notes, *(n for s in self.guide.sections for n in s.notes)]
        return any(n.kind == "confidentiality" for n in notes)

    def _schedule(self) -> c.Schedule:
        rows: list[c.ScheduleRow] = []
        minute = 0
        for s in self.guide.sections:
            # An untimed part before the first timed one is preparation; after it, homework.
            untimed = self.words["untimed_after"] if minute else self.words["untimed_before"]
            rows.append(c.ScheduleRow(span(minute, s.minutes) or untimed, s.title, s.minutes, s.purpose))
            minute += s.minutes
        return c.Schedule(tuple(rows))

    # --- sections ------------------------------------------------------------

    def _section(self, section: Section, start_minute: int) -> list[c.Block]:
        questions = [q for q in section.questions if self._shows(q)]
        readings = list(section.readings)
        prompts = list(section.prompts)
        # The couple lead themselves: their part notes ("Take turns reading aloud") are theirs to read.
        notes = list(section.notes) if self.leaderish or self.edition == "couple" else []
        body: list[c.Block] = []
        if self.leaderish and section.purpose:
            body.append(c.Text(section.purpose, quiet=True))
        for reading in readings:
            body += self._reading(reading)
        # One box per kind of note, not one box per note.
        care = [n.text for n in notes if n.kind == "care"]
        plain = [n.text for n in notes if n.kind != "care"]
        if plain and self.edition == "couple":
            body += [c.Text(text, quiet=True) for text in plain]
        elif plain:
            body.append(c.Note("\n\n".join(plain), "leader"))
        if care:
            body.append(c.Note("\n\n".join(care), "care"))
        explained = bool(section.purpose or section.notes)
        take_home = any(q.visibility == "couple" for q in questions)
        if self.leaderish and not explained and take_home:
            body.append(c.Text(self.words["take_home_explained"], quiet=True))
        if self.edition == "leader" and take_home:
            body.append(c.Text(self.words["take_home_cards"], quiet=True))
        for q in questions:
            body.append(self._question(q))
        for i, prompt in enumerate(prompts, 1):
            body.append(self._prompt(section, i, prompt))
        if not body:
            return []
        timed = self.leaderish
        head = c.SectionHead(
            section.title,
            minutes=section.minutes if timed and section.minutes else None,
            clock=span(start_minute, section.minutes) if timed else None,
        )
        return [head, *body]

    def _shows(self, q: Question) -> bool:
        if self.edition == "participant":
            return _for_participant(q)
        if self.edition == "couple":
            return _for_couple(q)
        return True

    def _numbered(self, q: Question) -> bool:
        return q.id in self.numbers and self._shows(q)

    def _reading(self, reading: Reading) -> list[c.Block]:
        include = self.o.include
        if reading.ref:
            self.shown_refs.add(reading.ref)
            text = reading.text if "scripture" in include else None
            return [self._scripture(reading.ref, text, reading.translation)]
        # Paragraph numbers mean something only where the numbered article is printed.
        where = self._where(reading.start, reading.end) if self.appendix else None
        if "passages" in include:
            return [c.Passage(reading.text, self.words["read_aloud"], where and where[0].upper() + where[1:])]
        if where:
            return [c.Text(self.words["read_where"].format(where=where), quiet=True)]
        words = reading.text.split()
        if not words:
            return []
        if len(words) <= 2 * _QUOTED_ENDS:
            return [c.Text(self.words["read_quoted_whole"].format(text=" ".join(words)), quiet=True)]
        first = " ".join(words[:_QUOTED_ENDS])
        last = " ".join(words[-_QUOTED_ENDS:])
        return [c.Text(self.words["read_quoted"].format(first=first, last=last), quiet=True)]

    def _scripture(self, ref: str, text: str | None, translation: object) -> c.Scripture:
        if not text:
            return c.Scripture(ref, None, None)
        notice = translation_notice(translation, self.guide.language)
        if notice:
            self.notices.add(notice)
        return c.Scripture(ref, text, translation_label(translation))

    def _where(self, start: int, end: int) -> str | None:
        a = self.article
        if a is None:
            return None
        numbers = [
            i
            for i, b in enumerate((b for b in a.blocks if b.kind != "heading"), 1)
            if b.start < end and b.end > start
        ]
        if not numbers:
            return None
        if len(numbers) == 1:
            return self.words["paragraph"].format(number=numbers[0])
        return self.words["paragraphs"].format(first=numbers[0], last=numbers[-1])

    def _after_reading(self) -> list[c.Block]:
        """Scripture the article cites that the Read part did not show, then the reader's highlights."""
        out: list[c.Block] = []
        for s in self.guide.scripture:
            # A reading names a verse as the guide's language does ("Santiago 1:19"), the list by
            # its normalised reference ("James 1:19"): either one means it is already shown.
            name = s.ref if self.guide.language == "en" else s.text
            if s.ref in self.shown_refs or name in self.shown_refs:
                continue
            self.shown_refs.add(s.ref)
            text = s.verse_text if "scripture" in self.o.include else None
            out.append(self._scripture(name, text, s.translation))
        if out:
            out.insert(0, c.SectionHead(self.words["scripture_in_article"]))
        if "notes" in self.o.include:
            items = highlight_items(self.highlights, self.article.text if self.article else None)
            if items:
                out.append(c.SectionHead(self.words["what_you_marked"]))
                if self.edition == "couple":
                    out.append(c.Text(self.words["marked_couple"], quiet=True))
                out += items
        return out

    # --- questions -----------------------------------------------------------

    def _question(self, q: Question) -> c.QuestionItem:
        number = self.numbers.get(q.id) if self._numbered(q) else None
        listen = follow = None
        if self.leaderish and q.visibility == "everyone":
            lines = leader_lines(q, self.article, self.guide.language)
            listen, follow = lines.listen_for, lines.follow_up
        return c.QuestionItem(
            key=q.id,
            text=q.text,
            number=number,
            answers=self._answers(q.id, self._lines(q)),
            page_ref=self.pages.get(q.id) if self.edition == "leader" else None,
            tag=self._tag(q),
            listen_for=listen,
            follow_up=follow,
        )

    def _tag(self, q: Question) -> str | None:
        if self.edition == "couple":
            if q.intensity == "open":
                return self.words["tag_deeper"]
            return self.words["tag_optional"] if q.optional else None
        if self.edition == "participant":
            return None
        if q.visibility == "couple":
            return self.words["tag_take_home"]
        if q.visibility == "leader":
            return self.words["tag_for_you"]  # the leader's own preparation, never asked of the group
        if q.optional:
            return self.words["tag_extra"]
        return None

    def _lines(self, q: Question) -> int:
        if self.leaderish:
            return 0  # the leader's room goes to what to listen for and what to ask next
        if self.edition == "participant" and q.kind in _SPOKEN:
            return 0  # said aloud around the room, not written
        return _LINES_BY_KIND.get(q.kind, 3)

    def _answers(self, key: str, lines: int) -> tuple[c.AnswerArea, ...]:
        if not self.o.answer_lines or self.edition == "session" or lines <= 0:
            return ()
        fill = self.o.fillable
        if self.edition == "couple":
            a, b = self._partners()
            return (
                c.AnswerArea(lines, a, field_name(key, "a") if fill else None),
                c.AnswerArea(lines, b, field_name(key, "b") if fill else None),
            )
        return (c.AnswerArea(lines, None, field_name(key) if fill else None),)

    def _prompt(self, section: Section, index: int, prompt: Prompt) -> c.QuestionItem:
        key = f"{section.key}-step-{index}"
        if self.edition == "couple":
            if prompt.kind == "partner" and prompt.partner is not None:
                # The guide gives each partner their own line
                # ("First partner: I will ..."): their name goes there.
                name = self._partners()[prompt.partner]
                label = str(self.prompt_words[("partner_1", "partner_2")[prompt.partner]])
                text = prompt.text
                if self.o.partner_names and text.startswith(label):
                    text = name + text[len(label) :]
                return c.QuestionItem(key=key, text=text, answers=self._single(key, _PROMPT_LINES), step=True)
            if prompt.kind == "return":
                return c.QuestionItem(key=key, text=prompt.text, answers=self._single(key, 1), step=True)
        return c.QuestionItem(
            key=key,
            text=prompt.text,
            answers=self._answers(key, 0 if self.leaderish else _PROMPT_LINES),
            step=True,
            page_ref=self.pages.get(key) if self.edition == "leader" else None,
        )

    def _single(self, key: str, lines: int) -> tuple[c.AnswerArea, ...]:
        if not self.o.answer_lines:
            return ()
        return (c.AnswerArea(lines, None, field_name(key) if self.o.fillable else None),)

    def _has_return_prompt(self) -> bool:
        return any(p.kind == "return" for s in self.guide.sections for p in s.prompts)

    def _partners(self) -> tuple[str, str]:
        names = self.o.partner_names
        if names and all(n.strip() for n in names):
            return names[0].strip(), names[1].strip()
        return self.words["partner_a"], self.words["partner_b"]

    # --- the end -------------------------------------------------------------

    def _closing(self) -> list[c.Block]:
        g = self.guide
        if self.edition == "couple":
            a, b = self._partners()
            key = "talk-it-through"
            fill = self.o.fillable
            lines = (c.AnswerArea(1, None, field_name(key) if fill else None),) if self.o.answer_lines else ()
            closing: list[c.Block] = [
                c.SectionHead(self._closing_title()),
                c.Text(self.words["closing_couple"].format(a=a, b=b)),
            ]
            if not self._has_return_prompt():
                closing.append(
                    c.QuestionItem(key=key, text=self.words["come_back"], answers=lines, step=True)
                )
            return closing
        if self.edition == "session" and g.follow_up:
            return [
                c.SectionHead(self.words["after_session"]),
                c.Note("\n\n".join(g.follow_up), "leader", self.words["follow_up"]),
            ]
        return []

    def _closing_title(self) -> str:
        """The closing step's heading: "Talk it through", unless a part of the guide is called that."""
        title = self.words["closing_title"]
        taken = {s.title.strip().casefold() for s in self.guide.sections}
        if title.casefold() not in taken:
            return title
        return self.words["closing_before"].format(title=title[0].lower() + title[1:])

    def _cards(self, label: str, audience: str, big_idea: str | None) -> c.Worksheet:
        g, W = self.guide, self.words
        questions = take_home_questions(g)
        if not questions:
            raise WorksheetError(W["no_take_home"])
        per_page = self.o.cards_per_page if self.o.cards_per_page in c.CARDS_PER_PAGE else 4
        card = c.Card(
            kicker=W["card_kicker"],
            title=g.title,
            questions=tuple(q.text for q in questions),
            intro=W["card_intro"],
            footer=self._series(),
            when=W["card_when"],
        )
        subject = W["subject"].format(edition=label, audience=audience.lower())
        return c.Worksheet(
            title=g.title,
            edition="cards",
            masthead=c.Masthead(kicker=W["card_kicker"], title=g.title, big_idea=big_idea),
            blocks=(c.CardSheet(card, per_page),),
            subject=subject[:300],
            author=self.o.author
            or (self.article.author if self.article and self.article.author else "")
            or "Porchlight",
            keywords=tuple(g.themes),
            language=g.language,
            edition_name=self.label,
        )

    def _appendix(self, article: Article) -> c.Appendix:
        # Numbered the way _where counts, so "Paragraph 12" above can be found here.
        blocks: list[c.ArticleBlock] = []
        number = 0
        for b in article.blocks:
            if b.kind != "heading":
                number += 1
            blocks.append(c.ArticleBlock(b.kind, b.text, b.level, number if b.kind != "heading" else None))
        byline = " · ".join(p for p in (article.author, article.site, article.date) if p) or None
        return c.Appendix(article.title, tuple(blocks), byline)


def _quoted(text: str, language: str) -> str:
    return f"«{text}»" if language == "es" else f"“{text}”"


def _topics_of(article: Article | None, conjunction: str) -> str | None:
    if article is None:
        return None
    found = [
        t for t in find_sensitive(article.text, language=article.language) if is_private(t.topic, t.intensity)
    ]
    labels = [t.label for t in found[:4]]
    if not labels:
        return None
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + f" {conjunction} " + labels[-1]
