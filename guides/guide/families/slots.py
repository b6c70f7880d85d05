"""Slot fillers: the words a family's wording is filled with (a quote, a claim, a definition's
subject and predicate, a list's items, the people of a story, ...), taken from the unit the family
stands on, with the quote the question points at (:func:`fill`).
"""

from __future__ import annotations

import re
import zlib

from guides.analysis.cues import FIGURATIVE
from guides.analysis.reading import ListUnit, Passage
from guides.catalog import Family
from guides.guide import phrasing
from guides.guide.context import Context, Unit
from guides.guide.families.changes import changed_mind
from guides.guide.families.claims import ORDINAL_LEAD, _key_words
from guides.guide.families.closing import closing_word, lesson_learned
from guides.guide.families.counsel import _action, _adapted_action
from guides.guide.families.lists import _colon_items, _item_texts, _paths
from guides.guide.families.meaning import meant
from guides.guide.families.model import Voice
from guides.guide.families.parsing import (
    _LABEL,
    MAX_QUOTED_QUESTION_WORDS,
    _definition,
    _distinction,
    _instead,
    _leans_back,
    _more_than,
    _opposed_view,
    lower_start,
)
from guides.guide.families.questions import argued_by_asking
from guides.guide.families.shapes import argued_against
from guides.guide.families.stories import _story_people, _words_said
from guides.guide.families.themes import _block_theme, _list_theme, _thesis_theme
from guides.guide.families.thesis import _claim_clause, _thesis_clause, argued_point
from guides.guide.quotes import Quote, display, opening_words, tidy

SLOTS = frozenset(
    "theme quote claim moment action subject predicate verb phrase view count noun opening ref comment "
    "negated items people what who words said conditions asked objection against meant changed "
    "closing point asked_to_argue lesson".split()
)
"""Every slot :func:`fill` knows how to fill; a family may declare only these."""


_COLUMN = frozenset({"column_answer", "column_counsel", "column_counsel_own", "column_told"})

_LEANS_ON = re.compile(r"\b(?:that|this|it|them|those|these|eso|esto|ello)\W*$", re.I)

_WHOLE_SENTENCE = frozenset({"picture"})
"""Families that quote a picture: cut short, it says something else."""


def _is_whole(ctx: Context, quote: Quote, passage: Passage) -> bool:
    """The quote runs to the sentence's end, or stops only before an added clause ("..., and they
    rarely are straight after school"): the claim it quotes is the author's whole claim."""
    end = tidy(ctx.article.text, passage.start, passage.end, cut=False)[1]
    rest = ctx.article.text[quote.end : end]
    return quote.end >= end or bool(re.match(r"^\W*(?:and|y|e)\s", rest, re.I))


def _choose(options: tuple[str, ...], seed: str) -> str | None:
    if not options:
        return None
    return options[zlib.crc32(seed.encode("utf-8")) % len(options)]


def fill(ctx: Context, family: Family, unit: Unit, voice: Voice) -> tuple[dict[str, str], Quote] | None:
    """The slots of ``family`` filled from ``unit``, and the quote the question stands on; None on failure."""
    text = ctx.article.text
    group = voice == "group"
    p = unit.passage
    source = Quote(text[unit.start : unit.end], unit.start, unit.end)
    slots: dict[str, str] = {}
    lang = ctx.language
    for slot in family.slots:
        value: str | None = None
        if slot == "theme":
            if family.name == "own_story":
                theme = _thesis_theme(ctx)  # the story stands for the article's point, not its paragraph's
            else:
                theme = unit.theme or _list_theme(ctx, unit) or _block_theme(ctx, unit)
            if theme is not None:
                # "the word “trust”" names the word itself;
                # elsewhere it reads as a noun ("our conversations").
                value = theme.label if family.name == "icebreaker_word" else ctx.theme_noun(theme)
        elif slot == "objection" and unit.kind == "objection":
            # "Isn't parking just a polite way of avoiding things?": the objection, as the author puts it
            taken_up = Quote(text[unit.start : unit.end], unit.start, unit.end)
            shown = taken_up.text[0].upper() + taken_up.text[1:]
            if lang == "en" and not shown.endswith(("?", ".", "!")):
                shown += "."
            value, source = display(shown, lang), taken_up
        elif slot == "words" and unit.kind == "words":
            # "I’m still upset, and I’m still yours.": the words the author offers, as written
            offered = Quote(text[unit.start : unit.end], unit.start, unit.end)
            if group and ctx.private_between(offered.start, offered.end):
                return None
            shown = (
                offered.text if lang == "es" or offered.text.endswith(("?", ".", "!")) else offered.text + "."
            )
            value, source = display(shown, lang), offered
        elif slot == "asked" and unit.kind == "offered":
            # "What's going to be hard for you this week?": the question the author offers, as written
            offered = Quote(text[unit.start : unit.end], unit.start, unit.end)
            if group and ctx.private_between(offered.start, offered.end):
                return None
            value, source = display(offered.text, lang), offered
        elif slot == "quote" and p is not None:
            limit = MAX_QUOTED_QUESTION_WORDS if p.role == "reader_question" else 17
            verbatim = p.role in ("reader_question", "instruction") or family.name in _COLUMN
            if verbatim and (family.name != "counsel_moment"):
                s, e = tidy(text, p.start, p.end, cut=False)
                if p.role == "reader_question":
                    asked = next((q for q in ctx.analysis.questions if p.start <= q.start < p.end), None)
                    if asked is not None:
                        s, e = asked.start, asked.end
                if (
                    p.role == "instruction"
                    and p.object_end is not None
                    and family.name in ("counsel_other", "counsel_other_done")
                ):
                    e = tidy(text, p.start, p.object_end, cut=False)[1]
                ordinal = ORDINAL_LEAD.match(text, s, e)
                if p.role == "instruction" and ordinal is not None:
                    s = ordinal.end()  # "Third, ask what your spouse needs": the counsel, not its place
                q = Quote(text[s:e], s, e)
                if len(q.text.split()) > limit or (group and ctx.private_between(s, e)):
                    return None
                shown = q.text + ("" if q.text.endswith(("?", ".", "!")) else ".")
                shown = shown[0].upper() + shown[1:] if shown[:1].islower() else shown
                value, source = display(shown, lang), q
            elif family.name == "counsel_moment":
                span = _action(ctx, unit)
                if (
                    span is None
                    or "," in text[span[0] : span[1]]  # a run of examples, not one thing to picture
                    or _leans_back(ctx, text[span[0] : span[1]], span[0])
                    or phrasing.dangles(text[span[0] : span[1]])
                    or re.search(r"\b(?:its|it|them|they|their)\b", text[span[0] : span[1]], re.I)
                ):
                    return None
                source = Quote(text[span[0] : span[1]], *span)
                value = display(source.text, lang)
            else:
                framed = _LABEL.match(p.text)  # "here's what I would tell you: the distance isn't ..."
                start = p.start + framed.end() if framed and framed.end() < len(p.text) - 12 else p.start
                found = ctx.quote(start, p.end, group=group, max_words=limit, whole=True)
                if found is None or (family.name in _WHOLE_SENTENCE and not _is_whole(ctx, found, p)):
                    return None
                if family.name in _WHOLE_SENTENCE and _LEANS_ON.search(found.text):
                    return None  # "Real friendship needs more than that": "that" is in the sentence before
                if family.name == "picture" and not FIGURATIVE.search(found.text):
                    return None  # the words quoted must hold the picture, not only the sentence around them
                value, source = display(found.text, lang), found
        elif slot == "said":
            key_words = _key_words(ctx, unit, voice)
            if key_words is not None:
                shown = key_words.text[0].upper() + key_words.text[1:]
                if lang == "en":  # (in Spanish the stop goes after the closing quote, in the wording)
                    shown += "" if shown.endswith((".", "!")) else "."
                value, source = display(shown, lang), key_words
        elif slot == "conditions":
            paths = _paths(ctx)
            conditions = [display(condition[0].upper() + condition[1:], lang) for _, condition in paths]
            joiner = " o " if lang == "es" else " or "
            value = ", ".join(conditions[:-1]) + joiner + conditions[-1] if conditions else None
            if paths:
                first = paths[0][0]
                source = Quote(text[first.start : first.end], first.start, first.end)
        elif (
            slot == "claim"
            and family.name in ("thesis_weigh", "thesis_stakes")
            and (family.name == "thesis_weigh" or _claim_clause(ctx, unit) is None)
        ):
            clause = _thesis_clause(ctx, unit, quoted=family.name == "thesis_weigh")
            if clause is not None:
                value, source = clause.text, Quote(text[clause.start : clause.end], clause.start, clause.end)
                if family.name == "thesis_weigh":
                    # the author's own words, quoted (a claim this long is heard better as theirs)
                    value = display(clause.text + ("." if lang == "en" else ""), lang)
        elif slot == "claim":
            value = _claim_clause(ctx, unit)
        elif slot == "meant":
            found = meant(ctx, unit)
            if found is not None:  # the author's sentence, whole, asked about ("... means by “...”?")
                value, source = display(found.text.rstrip(" .!"), lang), found
        elif slot == "against":
            against = argued_against(ctx, unit)
            if against is not None:  # "the lazy story we tell about our spouse ...", as the author puts it
                value, source = display(against.text + ("." if lang == "en" else ""), lang), against
                if re.search(r"\b(?:that|que)\s+$", text[max(0, against.start - 6) : against.start]):
                    # "There is a common idea ... that love has to justify itself": a view told as a clause
                    value = ("la idea de que " if lang == "es" else "the idea that ") + value
        elif slot == "moment":
            domain = ctx.domain_near(source.start, source.end)
            value = _choose(ctx.catalog.texts("moments", domain), source.text + family.name)
        elif slot == "action":
            value = _adapted_action(ctx, unit, voice)
            span = _action(ctx, unit)
            if span is not None:
                source = Quote(text[span[0] : span[1]], *span)
        elif slot in ("subject", "verb", "what", "negated") and p is not None and family.name == "instead":
            both = _instead(p.text)
            if both is not None:
                subject, verb, what, negated = both
                value = {
                    "subject": lower_start(ctx, subject),
                    "verb": verb,
                    "what": what,
                    "negated": negated,
                }[slot]
        elif slot in ("subject", "predicate") and p is not None:
            parsed = _definition(p.text, lang)
            if parsed is not None:
                value = lower_start(ctx, parsed[0]) if slot == "subject" else display(parsed[1], lang)
        elif slot in ("verb", "phrase") and p is not None and family.name == "more_than":
            more = _more_than(p.text, lang)
            if more is not None:
                value = {"verb": more[1], "phrase": display(more[2], lang)}[slot]
        elif slot == "subject" and p is not None:
            value = None
        elif slot == "items" and unit.list_unit is not None:
            listed = _item_texts(ctx, unit) or []
            quoted_items = [display(lower_start(ctx, i) or i, lang) for i in listed]
            joiner = " y " if lang == "es" else " and "
            value = ", ".join(quoted_items[:-1]) + joiner + quoted_items[-1] if quoted_items else None
        elif slot == "items" and p is not None:
            items = _colon_items(p.text)
            if items is not None:
                quoted = [display(i, lang) for i in items]
                joiner = " y " if lang == "es" else " and "
                value = ", ".join(quoted[:-1]) + joiner + quoted[-1]
        elif slot in ("who", "words") and family.name == "words_said":
            said = _words_said(ctx, unit)
            if said is not None:
                who, s, e = said
                if slot == "who":
                    # "my wife" is the author's wife ("su esposa": the author may be a woman).
                    mine = "The author’s " if lang == "en" else "Su "
                    value = who if who[:1].isupper() else mine + who.split()[1]
                else:
                    shown = text[s:e] + ("" if text[s:e].endswith(("?", ".", "!")) else ".")
                    value, source = display(shown, lang), Quote(text[s:e], s, e)
        elif slot == "people":
            value = _story_people(ctx, unit)
        elif slot == "negated" and p is not None:
            parsed3 = _distinction(p.text, lang)
            value = parsed3[2] if parsed3 else None
        elif slot == "view" and p is not None:
            value = _opposed_view(p.text, lang)
        elif slot == "count" and unit.list_unit is not None:
            n = len(unit.list_unit.items)
            value = ctx.catalog.table("numbers").get(str(n), str(n))
        elif slot == "noun" and unit.list_unit is not None:
            value = unit.list_unit.noun or ctx.catalog.text("lists", "noun")
        elif slot == "asked_to_argue":
            arguing = argued_by_asking(ctx, unit)
            if arguing is not None:
                shown = arguing.text[0].upper() + arguing.text[1:]
                value, source = display(shown, lang), arguing
        elif slot == "point":
            point = argued_point(ctx)  # (the source stays the story: the question stands on it)
            value = point.text if point is not None else None
        elif (
            slot == "opening"
            and p is not None
            and family.name in ("own_story", "own_story_point", "own_story_claim")
        ):
            s, e = tidy(text, p.start, p.end, cut=False)
            shown = text[s:e] + ("" if text[s:e].endswith(("?", ".", "!")) else ".")
            value, source = display(shown, lang), Quote(text[s:e], s, e)
        elif slot == "opening" and p is not None:
            end = ctx.article.blocks[p.block].end if family.name == "scene" else p.end
            opening = opening_words(text, p.start, end, count=7)
            if len(opening.text.split()) < 3:
                return None
            value, source = display(opening.text + "…", lang), opening
        elif slot in ("ref", "changed") and family.name in ("changed_reading", "changed_view"):
            change = changed_mind(ctx, unit)
            if change is not None and slot == "changed":
                shown = change.said.text + ("" if change.said.text.endswith((".", "!")) else ".")
                value, source = display(shown, lang), change.said
            elif change is not None and change.verse is not None:
                value = change.verse.ref if lang == "en" else change.verse.text
        elif slot == "closing":
            closing = closing_word(ctx, unit, voice)
            if closing is not None:
                shown = closing.text + ("" if closing.text.endswith((".", "!")) else ".")
                value, source = display(shown[0].upper() + shown[1:], lang), closing
        elif slot == "lesson":
            lesson = lesson_learned(ctx, unit, voice)
            if lesson is not None:
                shown = lesson.text + ("" if lesson.text.endswith((".", "!")) or lang != "en" else ".")
                value, source = display(shown, lang), lesson
        elif slot == "ref" and unit.scripture is not None:
            value = unit.scripture.ref if lang == "en" else unit.scripture.text
        elif slot == "comment" and unit.usage is not None and unit.usage.comment is not None:
            s, e = unit.usage.comment
            # "That kind of love is built on ...": the verse just quoted is what "that" points to.
            comment = ctx.quote(s, e, group=group, max_words=16, whole=True, standalone=False)
            ends = tidy(text, s, e, cut=False)[1]
            if comment is None or (comment.end < ends and text[comment.end : comment.end + 1] not in ",;:—"):
                return None  # the whole comment, or its first clause: never a phrase cut from its middle
            value, source = display(comment.text, lang), comment  # the question stands on the author's words
        if slot == "subject" and p is not None and family.name == "more_than":
            more = _more_than(p.text, lang)
            value = lower_start(ctx, more[0]) if more else None
        if slot in ("subject", "verb") and p is not None and family.name == "distinction":
            parsed3 = _distinction(p.text, lang)
            if parsed3 is not None:
                value = lower_start(ctx, parsed3[0]) if slot == "subject" else parsed3[1]
        if value is None:
            return None
        slots[slot] = value
    if unit.kind == "list" and unit.list_unit is not None:
        source = _list_source(ctx, unit.list_unit)
    return slots, source


def _list_source(ctx: Context, unit: ListUnit) -> Quote:
    """What a question on a list points at: its lead-in, else its first item (the text under a heading)."""
    text = ctx.article.text
    if unit.lead is not None:
        return Quote(text[unit.lead.start : unit.lead.end], unit.lead.start, unit.lead.end)
    for start, end in unit.items:
        index = ctx.block_index(start)
        if ctx.article.blocks[index].kind == "heading":
            under = next((p for p in ctx.reading.passages if p.start >= end), None)
            if under is not None and under.usable:
                return Quote(under.text, under.start, under.end)
        elif ctx.reading.usable(start, end):
            return Quote(text[start:end], start, end)
    start, end = unit.items[0]
    return Quote(text[start:end], start, end)
