"""A worksheet's content, edition by edition: the whole sheet, from its masthead to its appendix.

:func:`build_worksheet` puts an edition together (what each holds is said in
:mod:`guides.worksheet.editions`): the opening (the name line, or the
leader's notes and the session at a glance), each part of the guide with its
readings (:mod:`.readings`) and questions (:mod:`.questions`), a sentence to
say between parts in the leader's editions, the closing, the credits, and the
article as an appendix; or the take-home cards.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from guides.analysis.sensitive import find_sensitive, is_private
from guides.article import Article
from guides.guide.audiences import audience as audience_spec
from guides.guide.model import Guide, Section
from guides.guide.quotes import as_sentence, unshouted
from guides.worksheet import content as c
from guides.worksheet.editions.options import WorksheetOptions
from guides.worksheet.editions.questions import prompt_item, question_item
from guides.worksheet.editions.readings import after_reading, reading_blocks
from guides.worksheet.editions.rules import field_name, span, take_home_questions
from guides.worksheet.editions.sheet import Sheet
from guides.worksheet.errors import WorksheetError
from guides.worksheet.highlights import HighlightLike
from guides.worksheet.leading import transition


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


class _Builder(Sheet):
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
                part += after_reading(self)
            if part:
                parts.append((section, part))
        for index, (_section, part) in enumerate(parts):
            blocks += part
            if self.leaderish and index + 1 < len(parts):
                following = parts[index + 1][0]
                blocks.append(c.Transition(transition(g, following), following.title))
        if not any(s.key == "read" for s in g.sections):
            blocks[opening:opening] = after_reading(self)
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
        count = sum(1 for q in g.questions if self.numbered(q))
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
            names = self.partners()
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
        questions = [q for q in section.questions if self.shows(q)]
        readings = list(section.readings)
        prompts = list(section.prompts)
        # The couple lead themselves: their part notes ("Take turns reading aloud") are theirs to read.
        notes = list(section.notes) if self.leaderish or self.edition == "couple" else []
        body: list[c.Block] = []
        if self.leaderish and section.purpose:
            body.append(c.Text(section.purpose, quiet=True))
        for reading in readings:
            body += reading_blocks(self, reading)
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
            body.append(question_item(self, q))
        for i, prompt in enumerate(prompts, 1):
            body.append(prompt_item(self, section, i, prompt))
        if not body:
            return []
        timed = self.leaderish
        head = c.SectionHead(
            section.title,
            minutes=section.minutes if timed and section.minutes else None,
            clock=span(start_minute, section.minutes) if timed else None,
        )
        return [head, *body]

    def _has_return_prompt(self) -> bool:
        return any(p.kind == "return" for s in self.guide.sections for p in s.prompts)

    # --- the end -------------------------------------------------------------

    def _closing(self) -> list[c.Block]:
        g = self.guide
        if self.edition == "couple":
            a, b = self.partners()
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
