"""The guide as the window reads it out: its parts, in order, numbered as the paper numbers them.

Built from the engine's typed guide (:class:`guides.guide.model.Guide`), so
the screen and the worksheet tell one guide: the same part titles, the same
numbers on the same questions, the same notes (read by their ``kind``) and
"I will ..." prompts, and the two parts the worksheet adds around the
reading ("Scripture in the article", "What you marked"). Labels come from
the catalogs, in the guide's language, as the worksheet's do.

Each tab reads like one edition of the paper: the couple's tab like the
couple's edition, the group's like the leader's edition, the session plan
like the session edition. A question carries a tag only where it differs
from the tab's audience ("Take-home" in a group's guide, never "Couple" in
a couple's), and the tags used are explained in a legend.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from guides.article import Article
    from guides.guide.model import Guide, Note, Prompt, Question, Reading, Section


def edition(audience: str) -> str:
    """The worksheet edition an audience's tab reads like, from the engine's audience registry
    (the couple's edition, the leader's for a group, the session plan's); an audience nobody
    registered reads like an edition of its own name, which is none of those (a leader's rules)."""
    from guides.guide.audiences import audience as spec

    try:
        return spec(audience).tab_edition
    except KeyError:
        return audience


PASSAGE_NOTE_KINDS = ("guidance", "confidentiality", "big_idea")
"""Notes that say how to run a part: shown before its questions. Care notes come boxed; closings last."""


@dataclass(frozen=True)
class Item:
    """One thing in a part: a question, a passage, a note, a prompt, a reader's mark."""

    kind: str
    """question, reading, scripture, note, care, closing, prompt, marked, outline, follow_up."""
    text: str
    number: str | None = None
    id: str | None = None
    """A question's id; a prompt's answer key (``section-step-n``, as the worksheet names its field)."""
    tag: str | None = None
    label: str | None = None
    """What a passage, a care note or a mark is ("Read aloud · paragraph 8", "Care note", "Anna")."""
    detail: str = ""
    """A mark's note; a question's source quote."""
    why: str = ""
    start: int = 0
    end: int = 0
    done: bool = False
    own: bool = False
    visibility: str = "everyone"
    """A question's: everyone, couple (take-home in a group's guide) or leader."""


@dataclass(frozen=True)
class Part:
    key: str
    """The section's key, or ``~scripture``, ``~marked``, ``~after`` for the parts around it."""
    title: str
    minutes: int = 0
    clock: str | None = None
    purpose: str = ""
    items: tuple[Item, ...] = ()
    extra: bool = False
    """One of the paper's parts around the guide's own sections (scripture, marks, follow-up):
    read, not talked through."""

    @property
    def questions(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind == "question")


@dataclass(frozen=True)
class Layout:
    """A whole guide for one tab: the head, what comes before the parts, the parts, the legend."""

    audience: str
    edition: str
    """The worksheet edition the tab reads like (:func:`edition`): its rules are that edition's."""
    title: str
    meta: str
    big_idea: str | None
    big_idea_label: str
    why_label: str
    opening: tuple[Item, ...]
    parts: tuple[Part, ...]
    legend: tuple[tuple[str, str], ...]

    @property
    def questions(self) -> tuple[Item, ...]:
        return tuple(q for p in self.parts for q in p.questions)

    def item(self, question_id: str) -> Item | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def part_of(self, question_id: str) -> Part | None:
        return next((p for p in self.parts if any(q.id == question_id for q in p.questions)), None)


# --- numbering and tags: the worksheet's rules, on the typed guide ---------------------------


def numbered(question: Question, audience: str) -> bool:
    """Whether a question has a number on this tab (and on its edition of the paper)."""
    if edition(audience) == "couple":
        return question.visibility in ("everyone", "couple")
    return question.visibility == "everyone" and not question.optional


def numbers(guide: Guide) -> dict[str, str]:
    """Question id -> its number: one count through the whole guide, as the paper counts."""
    shown = [q for q in guide.questions if numbered(q, guide.audience)]
    return {q.id: str(n) for n, q in enumerate(shown, 1)}


def tag(question: Question, audience: str, words: Mapping[str, str]) -> str | None:
    """The question's tag where it differs from what the tab is for, in the worksheet's words."""
    if edition(audience) == "couple":
        if question.intensity == "open":
            return words["tag_deeper"]
        return words["tag_optional"] if question.optional else None
    if question.visibility == "couple":
        return words["tag_take_home"]
    if question.visibility == "leader":
        return words["tag_for_you"]
    return words["tag_extra"] if question.optional else None


def prompt_text(prompt: Prompt, names: Sequence[str], language: str) -> str:
    """A prompt with the reader's name where the guide says "First partner" (when two names are known)."""
    from guides.catalog import catalog

    given = [n.strip() for n in names[:2]]
    if prompt.kind != "partner" or prompt.partner not in (0, 1) or len(given) < 2 or not all(given):
        return prompt.text
    label = catalog(language).text("prompts", ("partner_1", "partner_2")[prompt.partner])
    if prompt.text.startswith(label):
        return given[prompt.partner] + prompt.text[len(label) :]
    return prompt.text


def clock(minute: int) -> str:
    return f"{minute // 60}:{minute % 60:02d}"


# --- the layout ---------------------------------------------------------------------------------


def layout(
    guide: Guide,
    *,
    done: Iterable[str] = (),
    article: Article | None = None,
    highlights: Sequence[Any] = (),
    names: Sequence[str] = (),
) -> Layout:
    """The guide for its tab. ``highlights`` are the readers' marks (quote, note, reader, start, end);
    ``names`` the readers' names, which take the place of "First partner" in a couple's prompts."""
    from guides.catalog import catalog
    from guides.guide.quotes import as_sentence

    words = catalog(guide.language)
    w = words.table("worksheet")
    audience = guide.audience
    reads_like = edition(audience)
    checked = frozenset(done)
    number_of = numbers(guide)
    leaderish = reads_like != "couple"

    def question(q: Question) -> Item:
        return Item(
            "question",
            q.text,
            number=number_of.get(q.id),
            id=q.id,
            tag=tag(q, audience, w),
            detail=q.source.quote,
            why=q.why,
            start=q.source.start,
            end=q.source.end,
            done=q.id in checked,
            own=q.written_by == "reader",
            visibility=q.visibility,
        )

    def reading(r: Reading) -> Item:
        if r.ref:
            label = f"{r.ref} · {r.translation}" if r.translation else r.ref
            return Item("scripture", r.text, label=label, start=r.start, end=r.end)
        where = _where(article, r.start, r.end, w)
        label = f"{w['read_aloud']} · {where[0].upper()}{where[1:]}" if where else w["read_aloud"]
        return Item("reading", r.text, label=label, start=r.start, end=r.end)

    def prompt(section: Section, n: int, p: Prompt) -> Item:
        return Item("prompt", prompt_text(p, names, guide.language), id=f"{section.key}-step-{n}")

    def notes(section_notes: Sequence[Note], kinds: Iterable[str]) -> list[Item]:
        wanted = tuple(kinds)
        out = []
        for note in section_notes:
            if note.kind not in wanted:
                continue
            if note.kind == "care":
                out.append(Item("care", note.text, label=w["note_care"]))
            else:
                out.append(Item("closing" if note.kind == "closing" else "note", note.text))
        return out

    parts: list[Part] = []
    shown_refs: set[str] = set()
    minute = 0
    for section in guide.sections:
        shown_refs |= {r.ref for r in section.readings if r.ref}
        items: list[Item] = []
        items += notes(section.notes, PASSAGE_NOTE_KINDS)
        items += notes(section.notes, ("care",))
        items += [reading(r) for r in section.readings]
        items += [question(q) for q in section.questions]
        items += [prompt(section, n, p) for n, p in enumerate(section.prompts, 1)]
        items += notes(section.notes, ("closing",))
        span = f"{clock(minute)}–{clock(minute + section.minutes)}" if leaderish and section.minutes else None
        parts.append(Part(section.key, section.title, section.minutes, span, section.purpose, tuple(items)))
        minute += section.minutes
        if section.key == "read":
            parts += _around_reading(guide, shown_refs, article, highlights, reads_like, w)
    if not any(s.key == "read" for s in guide.sections):
        parts[0:0] = _around_reading(guide, shown_refs, article, highlights, reads_like, w)
    if reads_like == "session" and guide.follow_up:
        follow = tuple(Item("follow_up", text, label=w["follow_up"]) for text in guide.follow_up)
        parts.append(Part("~after", w["after_session"], items=follow, extra=True))

    opening: list[Item] = []
    if leaderish:
        plain = [n for n in guide.leader_notes if n.kind != "care"]
        care = [n for n in guide.leader_notes if n.kind == "care"]
        opening += [Item("note", n.text, label=w["before_you_begin"]) for n in plain]
        opening += [Item("care", n.text, label=w["note_care"]) for n in care]
        opening += [
            Item("outline", f"{p.label}: {_quoted(p.quote, guide.language)}", label=w["outline"],
                 start=p.start, end=p.end)
            for p in guide.outline
        ]  # fmt: skip
    count = sum(1 for p in parts for q in p.questions if q.number)
    meta = [w["about_minutes"].format(minutes=guide.minutes)]
    if count:
        meta.append(w["questions"].format(count=count) if count != 1 else w["one_question"])
    built = tuple(parts)
    return Layout(
        audience=audience,
        edition=reads_like,
        title=guide.title,
        meta=" · ".join(meta),
        big_idea=as_sentence(guide.big_idea.text) if guide.big_idea else None,
        big_idea_label=words.text("markdown", "big_idea"),
        why_label=words.text("screen", "why"),
        opening=tuple(opening),
        parts=built,
        legend=_legend(built, words.table("screen"), w),
    )


def _around_reading(
    guide: Guide,
    shown_refs: set[str],
    article: Article | None,
    highlights: Sequence[Any],
    reads_like: str,
    w: Mapping[str, str],
) -> list[Part]:
    """The scripture the article cites beyond the reading, then the readers' marks, as on paper."""
    out = []
    scripture = []
    for s in guide.scripture:
        if s.ref in shown_refs:
            continue
        shown_refs.add(s.ref)
        label = f"{s.ref} · {s.translation}" if s.translation else s.ref
        scripture.append(Item("scripture", s.verse_text or "", label=label, start=s.start, end=s.end))
    if scripture:
        out.append(Part("~scripture", w["scripture_in_article"], items=tuple(scripture), extra=True))
    marks = _marks(highlights, article)
    if marks:
        intro = [Item("note", w["marked_couple"])] if reads_like == "couple" else []
        out.append(Part("~marked", w["what_you_marked"], items=(*intro, *marks), extra=True))
    return out


def _marks(highlights: Sequence[Any], article: Article | None) -> list[Item]:
    placed = []
    for n, h in enumerate(highlights):
        quote = (h.quote or "").strip()
        note = (h.note or "").strip()
        if not quote and not note:
            continue
        start = h.start if h.start is not None else -1
        end = h.end if h.end is not None else -1
        order = start if start >= 0 else (len(article.text) if article else 0) + n
        item = Item("marked", quote, label=h.reader or None, detail=note, start=start, end=end)
        placed.append((order, item))
    placed.sort(key=lambda pair: pair[0])
    return [item for _, item in placed]


def _legend(
    parts: Sequence[Part], screen: Mapping[str, str], w: Mapping[str, str]
) -> tuple[tuple[str, str], ...]:
    explained = {
        w["tag_take_home"]: screen["legend_take_home"],
        w["tag_for_you"]: screen["legend_for_you"],
        w["tag_extra"]: screen["legend_extra"],
        w["tag_deeper"]: screen["legend_deeper"],
        w["tag_optional"]: screen["legend_optional"],
    }
    used = dict.fromkeys(q.tag for p in parts for q in p.questions if q.tag)
    return tuple((t, explained.get(t, "")) for t in used)


def _where(article: Article | None, start: int, end: int, w: Mapping[str, str]) -> str | None:
    """ "paragraph 8", counted as the worksheet counts (every block but headings)."""
    if article is None:
        return None
    found = [
        n
        for n, b in enumerate((b for b in article.blocks if b.kind != "heading"), 1)
        if b.start < end and b.end > start
    ]
    if not found:
        return None
    if len(found) == 1:
        return w["paragraph"].format(number=found[0])
    return w["paragraphs"].format(first=found[0], last=found[-1])


def _quoted(text: str, language: str) -> str:
    return f"«{text}»" if language == "es" else f"“{text}”"
