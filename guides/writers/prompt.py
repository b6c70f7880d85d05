"""The one prompt every writer gets: the plan, the rules that matter, the article as quoted data.

The wording lives in ``resources/prompts/guide-writer.txt`` (a template with
``$slots``), so it can be read and tuned without reading code. This module
fills it from a :class:`~guides.guide.plan.GuidePlan`: the guide's audience,
minutes and voice, each slot with its kind, who hears it, how deep it may go
and the passage the plan suggests, the sentences never to quote, the private
passages, and the article's clean text (the body only: comments, spam and page
clutter were taken out on import and are never in ``article.text``).

The article is set between marker lines and called data; a marker that
appears inside the article is broken up, so the text cannot close the quote
and speak as the prompt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from string import Template

from guides.analysis.analyze import Analysis
from guides.analysis.passages import stem, words
from guides.analysis.reading import ArticleReading, Passage
from guides.article import Article
from guides.guide.audiences import audience
from guides.guide.plan import GuidePlan, Slot, speaks_to_a_machine, unlabelled
from guides.guide.quotes import MIN_QUOTE_WORDS
from guides.resources import resource_path

PROMPT_TEMPLATE = ("prompts", "guide-writer.txt")
MAX_LISTED = 20
LISTED_WORDS = 24
"""A sentence up to this long is listed whole; a longer one by its first and last words."""

_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
_OPEN_RULES = {
    "en": "It is one open question: it begins with What, How, Why, Where, When, Who, Which or In what way.",
    "es": "It is one open question: it begins with ¿Qué, ¿Cómo, ¿Por qué, ¿Dónde, ¿Cuándo, ¿Quién, ¿Cuál, "
    "¿En qué or ¿De qué manera.",
}
_MARK_RULES = {
    "en": "It has exactly one question mark, at the very end.",
    "es": 'It has exactly one pair of question marks, as Spanish writes them: "¿" where the question '
    'begins and "?" at the very end (¿...?), and no other question mark.',
}
_SPEAKS_OF = (
    "You may speak plainly of what the article is about (a loss, a betrayal, a hard season), as deep as "
    "each slot allows; never presume it happened to these readers, or that they have problems, children "
    "or a hurt they have not named."
)
_WHO = {
    "everyone": "the whole group, asked aloud: speak to everyone ({everyone})",
    "couple": "a couple at home, the two of them alone: speak to the two of them ({couple})",
    "leader": "the leader alone, to think over before the group meets: speak to the leader ({leader})",
}
_PRONOUNS = {
    "en": {"everyone": '"you", "we"', "couple": '"you two", "each of you"', "leader": '"you"'},
    "es": {"everyone": '"tú", "nosotros"', "couple": '"ustedes dos", "cada uno"', "leader": '"tú"'},
}
_LEADING = {"en": '"Isn\'t it true that ..."', "es": '"¿No es cierto que ...?"'}
_KINDS = {
    "icebreaker": "an easy opener anyone can answer from their own life, tied to the article's theme; "
    "not a test of having read it",
    "observation": "what the article says",
    "interpretation": "what it means, and why the author thinks so",
    "application": "what we will do with it this week",
    "reflection": "something to think over honestly",
}
_DEPTH = {
    "mild": "light: anyone could answer it at dinner",
    "medium": "honest, but safe among friends",
    "open": "as deep as the two of them choose to go",
}
_UNUSABLE = {
    "hedge": "a hedge",
    "letter": "a reader's letter",
    "promo": "a promotion",
    "note": "a note",
    "rhetorical": "a rhetorical question",
}
_MARKER = "ARTICLE>>>"


def _voice(plan: GuidePlan) -> str:
    """Who the questions speak to, true to the plan's audience, its slots and its faith setting."""
    said = _PRONOUNS.get(plan.language, _PRONOUNS["en"])
    spec = audience(plan.audience)
    if not spec.led:
        return f"Speak to the two of them ({said['couple']}). {_SPEAKS_OF}"
    heard = {s.visibility for s in plan.slots}
    everyone = "married or single, with or without children" + ("" if plan.faith else " or faith")
    asked = ", as a leader would ask" if spec.asked_by_leader else ""
    parts = [
        f"Questions asked aloud speak to the whole group ({said['everyone']}){asked}; everyone must be "
        f"able to answer, {everyone}."
    ]
    if "couple" in heard:
        parts.append(
            f"Take-home questions speak to a couple at home, the two of them alone ({said['couple']})."
        )
    if "leader" in heard:
        parts.append('"Prepare" questions speak to the leader alone, to think over before the group meets.')
    parts.append("Each slot says whom it speaks to.")
    parts.append(_SPEAKS_OF)
    return " ".join(parts)


def _what(slot: Slot) -> str:
    if slot.ground == "question":
        asked = unlabelled(" ".join(slot.rules.source.quote.split()))
        return f"the article's own question, “{asked}”: keep it close to the author's wording"
    return _KINDS[slot.kind]


def _ground(slot: Slot, reading: ArticleReading) -> str:
    """What the rules question stands on, when the suggested quote is not its own sentence."""
    source, suggestion = slot.rules.source, slot.suggestion
    if slot.suggestion_is_source or suggestion is None:
        return ""
    quote = " ".join(source.quote.split())
    sentences = reading.overlapping(source.start, source.end)
    first = _the_sentence(sentences[0].text if sentences else quote)
    inside = slot.ground_span[0] <= suggestion.start and suggestion.end <= slot.ground_span[1]
    if slot.ground == "theme" and len(quote.split()) < MIN_QUOTE_WORDS:
        stands = f"the theme “{quote}”, a word rather than a sentence"
        named = {stem(w) for w in words(quote)} & {stem(w) for w in words(suggestion.quote)}
        this = (
            "this sentence names it"
            if named
            else "no sentence that names it is safe for this slot, so this is the most fitting one that is"
        )
    elif slot.ground == "list":
        stands = f"a list that begins with {first}"
        this = (
            "this is the first of them this slot may quote"
            if inside
            else "none of them is safe for this slot"
        )
    elif slot.ground == "verse":
        stands = f"the verse {quote}, a reference rather than a sentence"
        comments = [
            u.comment
            for u in reading.scripture
            if u.comment and u.start < source.end and source.start < u.end
        ]
        commented = any(s <= suggestion.start and suggestion.end <= e for s, e in comments)
        this = (
            "this is the author's comment on it"
            if commented
            else "this is the nearest sentence this slot may quote"
        )
    elif slot.ground == "question":
        stands = f"the article's own question {_named(quote)}"
        this = (
            "it is too short to quote, so this is the sentence it leans on"
            if len(quote.split()) < MIN_QUOTE_WORDS
            else "this is the most fitting sentence this slot may quote"
        )
    else:
        stands = first if len(sentences) == 1 else f"several sentences, beginning with {first}"
        this = "this is the most fitting sentence this slot may quote"
    return f" (Porchlight's own question here stands on {stands}; {this}.)"


def _slot_line(slot: Slot, titles: dict[str, str], reading: ArticleReading, pronouns: dict[str, str]) -> str:
    lines = [
        f'- slot {slot.id}: section "{slot.section}" ({titles[slot.section]}), '
        f'kind "{slot.kind}" ({_what(slot)})',
        f"  Who: {_WHO[slot.visibility].format_map(pronouns)}"
        + ("; each answers separately first, in writing." if slot.separately else "."),
        f"  Depth: at most {slot.ceiling} ({_DEPTH[slot.ceiling]}).",
    ]
    if slot.suggestion is not None:
        quote = " ".join(slot.suggestion.quote.split())
        lines.append(f"  Suggested quote: “{quote}”{_ground(slot, reading)}")
    else:
        lines.append(
            "  Suggested quote: none (no sentence of the article is safe for this slot; Porchlight keeps "
            "its own question here unless yours quotes one that is)."
        )
    return "\n".join(lines)


def _reply_form(plan: GuidePlan) -> str:
    first = plan.slots[0] if plan.slots else None
    question = json.dumps(
        {
            "section": first.section if first else "discuss",
            "kind": first.kind if first else "observation",
            "text": "...?",
            "quote": "...",
        },
        ensure_ascii=False,
    )
    led = audience(plan.audience).led
    parts = ['"big_idea": "..."'] if led else []
    parts.append(f'"questions": [{question}, ...]')
    if led:
        parts.append('"leader_notes": ["..."]')
    return "{" + ", ".join(parts) + "}"


def _named(text: str) -> str:
    """A sentence as a list names it: whole when short, else by its first and last words."""
    tokens = text.split()
    if len(tokens) <= LISTED_WORDS:
        return f"“{' '.join(tokens)}”"
    return f"the sentence from “{' '.join(tokens[:8])}” to “{' '.join(tokens[-6:])}”"


def _runs(
    passages: tuple[Passage, ...], kind: Callable[[Passage], str | None]
) -> list[tuple[str, list[Passage]]]:
    """Consecutive sentences of one kind, put together; a sentence of no kind (None) is left out."""
    runs: list[tuple[str, list[Passage]]] = []
    previous: str | None = None
    for passage in passages:
        this = kind(passage)
        if this is not None and this == previous:
            runs[-1][1].append(passage)
        elif this is not None:
            runs.append((this, [passage]))
        previous = this
    return runs


def _the_sentence(text: str) -> str:
    """``the sentence “...”`` for a short sentence, else ``the sentence from “...” to “...”``."""
    named = _named(text)
    return named if named.startswith("the sentence") else f"the sentence {named}"


def _listed(runs: list[tuple[str, list[Passage]]]) -> str:
    """One line for each run of sentences; every word of each sentence a line names is meant."""
    lines: list[str] = []
    for kind, run in runs[:MAX_LISTED]:
        label = f" ({kind})" if kind else ""
        if len(run) == 1:
            lines.append(f"- {_named(run[0].text)}{label}")
        else:
            first, last = run[0].text.split(), run[-1].text.split()
            lines.append(
                f"- the {len(run)} sentences from “{' '.join(first[:8])}” to “{' '.join(last[-6:])}”{label}"
            )
    if len(runs) > MAX_LISTED:
        lines.append(f"- and {len(runs) - MAX_LISTED} more passages like these, later in the article")
    return "\n".join(lines) or "- (none)"


def _unusable(passage: Passage) -> str | None:
    if speaks_to_a_machine(passage.text):
        return "it speaks to a model"
    return None if passage.usable else _UNUSABLE.get(passage.role)


def build_prompt(plan: GuidePlan, article: Article, analysis: Analysis) -> str:
    """The prompt for ``plan``: what a server receives and what the paste writer shows."""
    template = Template(resource_path(*PROMPT_TEMPLATE).read_text(encoding="utf-8"))
    language = _LANGUAGE_NAMES.get(plan.language, plan.language)
    spec = audience(plan.audience)
    guide = spec.brief(plan.minutes) + f", in {language}. "
    guide += "Faith elements: on." if plan.faith else "Faith elements: off."
    titles: dict[str, str] = {
        s.key: f"{s.title}, {s.minutes} min" if s.minutes else s.title for s in plan.sections
    }
    slots = (
        "\n".join(
            _slot_line(s, titles, analysis.reading, _PRONOUNS.get(plan.language, _PRONOUNS["en"]))
            for s in plan.slots
        )
        or "- (no slots)"
    )
    passages = analysis.reading.passages
    private = {p.start for p in plan.passages if p.private}
    if not spec.led:
        privacy = (
            "The two of them chose how deep to go: no question goes deeper than its slot allows. "
            "PRIVATE passages may be quoted in questions for the couple."
        )
    else:
        privacy = (
            'A question for "the whole group, asked aloud" never quotes or asks about the passages under '
            "PRIVATE or what they touch (sex, an affair, pornography, debts, infertility). Those belong "
            'only in questions for "a couple at home".'
        )
    faith = (
        "Scripture and prayer may appear where the article has them."
        if plan.faith
        else "This guide has no faith elements: no scripture, God, prayer or church in any question."
    )
    extras = (
        f'- "big_idea" is the article\'s main point in one sentence of your own, in {language}, at most '
        "35 words.\n"
        f'- "leader_notes" holds up to three short notes for the leader, in {language} (at most 60 words '
        "each): what to listen for, where the conversation may get hard."
        if spec.led
        else "- Leave out big_idea and leader_notes: a couple's guide has no leader."
    )
    text = article.text.replace(_MARKER, "ARTICLE> > >")
    return template.substitute(
        guide=guide,
        voice=_voice(plan),
        language_name=language,
        open_rule=_OPEN_RULES.get(
            plan.language,
            f"It is one open question in {language}, beginning as What, How, Why, Where, When, Who, Which "
            "or In what way do.",
        ),
        leading=_LEADING.get(plan.language, _LEADING["en"]),
        mark_rule=_MARK_RULES.get(plan.language, "It has exactly one question mark, at the very end."),
        privacy_rule=privacy,
        faith_rule=faith,
        slots=slots,
        unusable=_listed(_runs(passages, _unusable)),
        private=_listed(_runs(passages, lambda p: "" if p.start in private else None)),
        title=" ".join(article.title.split()),
        article=text,
        reply_form=_reply_form(plan),
        extras=extras,
    )
