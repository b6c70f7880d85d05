"""Preconditions on themes and topics: whether a theme is one the catalog has questions for and
names something to grow in (trust, forgiveness), not a thing in a story; whether the thesis names one or
it is the article's own subject; and whether a private topic is what the article is about rather than
a passing mention.
"""

from __future__ import annotations

from guides.analysis.passages import Theme, stem, words
from guides.analysis.sensitive import is_private
from guides.guide.context import Context, Unit
from guides.guide.families.model import Voice
from guides.guide.room import speaks_to
from guides.guide.topics import heavy_topics


def _theme_in_bank(ctx: Context, unit: Unit, voice: Voice) -> bool:
    if unit.theme is None:
        return False
    entry = ctx.catalog.theme(unit.theme.label)
    if entry is None or (entry.faith and not ctx.faith):
        return False
    return not (entry.private and voice == "group")


def _block_theme(ctx: Context, unit: Unit):  # type: ignore[no-untyped-def]
    """One of the article's strongest themes that names something to grow in (forgiveness, trust),
    not a thing in a story (a piano); the one the unit's paragraph holds, if it holds one."""
    block = ctx.article.blocks[unit.block]
    stems = {stem(w) for w in words(block.text)}
    strongest = ctx.themes_for_questions()
    themes = [t for t in strongest if _abstract(ctx, t)][:2] or strongest[:1]
    return next((t for t in themes if t.stem in stems), themes[0] if themes else None)


_ABSTRACT_SUFFIXES = (
    "ness", "ity", "ion", "ance", "ence", "ment", "ship", "hood", "dom", "ism", "dad", "ción", "ía", "eza",
    "anza", "tud",
)  # fmt: skip


def _abstract(ctx: Context, theme) -> bool:  # type: ignore[no-untyped-def]
    from guides.analysis.passages import _MASS_NOUNS

    label = theme.label.lower()
    suffix = next((s for s in _ABSTRACT_SUFFIXES if label.endswith(s)), None)
    # ("fence" ends as "patience" does, but a suffix names something abstract only on a longer word)
    return (
        ctx.catalog.theme(label) is not None
        or label in _MASS_NOUNS
        or (suffix is not None and len(label) >= len(suffix) + 3)
    )


_HEAVY_WORDS = frozenset(
    "darkness dark grief loss pain fear anger shame guilt death dying sin doubt loneliness failure suffering "
    "despair sorrow hurt betrayal abuse addiction debt illness cancer divorce miscarriage oscuridad duelo "
    "pérdida dolor miedo ira vergüenza culpa muerte pecado duda soledad fracaso sufrimiento".split()
)
"""Words a warm-up cannot ask who comes to mind for ("When you hear the word 'darkness', who is the first
person who comes to mind?" brings up the dead, or an abuser): the article's dark season, not a virtue."""


def _warm_word(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A theme a light warm-up can name and ask who taught it (patience, silence), not a heavy one."""
    return unit.theme is not None and unit.theme.label.lower() not in _HEAVY_WORDS


def _story_theme_named(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The theme a story is asked about is one the title or the thesis names ("What does the story of
    Pearl show you about children?" asks about a word of one line, "Jo and the children came to watch")."""
    theme = unit.theme or _list_theme(ctx, unit) or _block_theme(ctx, unit)
    if theme is None:
        return False
    thesis = ctx.reading.thesis
    named = {stem(w) for w in words(ctx.article.title + " " + (thesis.text if thesis is not None else ""))}
    return theme.stem in named or any(_same_root(theme.stem, s) for s in named)


def _theme_is_noun(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A theme that reads as something people have or grow in (trust, forgiveness), not a thing (a tyre)."""
    theme = unit.theme or _list_theme(ctx, unit) or _block_theme(ctx, unit)
    return theme is not None and len(theme.label) >= 4 and _abstract(ctx, theme)


def _thesis_theme(ctx: Context) -> Theme | None:
    """The article's subject as its thesis names it ("attention" in "Attention is the currency of a
    marriage"); None when the thesis names none of the themes (its word counts may have missed the
    subject: "click" and "bike" in an essay on friendship)."""
    themes = [t for t in ctx.themes_for_questions() if len(t.label) >= 4 and _abstract(ctx, t)]
    thesis = ctx.reading.thesis
    if thesis is not None:
        stems = {stem(w) for w in words(thesis.text)}
        named = next(
            (t for t in themes if any(_same_root(s, t.stem) for s in stems)),
            None,
        )
        if named is not None:
            return named
    return None


def _same_root(a: str, b: str) -> bool:
    """ "friendship" and "friend", "headship" and "head": one stem opens the other."""
    return len(a) > 3 and (a.startswith(b) or b.startswith(a))


def _has_thesis_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return _thesis_theme(ctx) is not None


def _no_thesis_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    return _thesis_theme(ctx) is None


def _theme_in_title(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The theme is one the title names ("rest" in "Rest Awhile"; not "anger" in "We Stopped Fighting at
    Midnight"): the theme bank's step for this week reads as if from another guide otherwise."""
    return unit.theme is not None and unit.theme.stem in {stem(w) for w in words(ctx.article.title)}


def _main_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """The article's own subject: its strongest theme, named in the title or the thesis (a generic question
    on a theme the article only touches reads as if it came from another guide)."""
    theme = unit.theme
    if theme is None:
        return False
    if theme in ctx.topic_themes:
        return True  # a topic the article dwells on (grief) is its subject, whatever the word counts say
    strongest = ctx.themes_for_questions()[:2]
    if theme not in strongest:
        return False
    thesis = ctx.reading.thesis
    if thesis is None:
        return theme is strongest[0]  # no thesis to name it: the strongest theme is the subject
    named = {stem(w) for w in words(ctx.article.title + " " + thesis.text)}
    return theme.stem in named


def _subject_theme(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A theme the article is about, for a warm-up on it: named in the title or the thesis, its strongest
    theme, or among its strongest and met in four of its own paragraphs (not "work" from "It works well to
    have one person read" and a verse, in a study on seasons) when the strongest is a word no warm-up can
    name (a "ceiling"), not one it can ("silence", which a post on speaking for your husband is about, not
    the "church" its stories happen in)."""
    theme = unit.theme
    if theme is None:
        return False
    thesis = ctx.reading.thesis
    named = {stem(w) for w in words(ctx.article.title + " " + (thesis.text if thesis is not None else ""))}
    if theme.stem in named or theme in ctx.topic_themes:
        return True
    room = speaks_to(ctx)
    if (room == "marriage" and theme.stem in _MARRIAGE_STEMS) or (
        room == "parenting" and theme.stem in _CHILD_STEMS
    ):
        return True  # a marriage blog's "marriage", a parenting piece's "children": the room it speaks to
    strongest = ctx.themes_for_questions()[:3]
    if theme not in strongest:
        return False
    if theme is strongest[0]:
        return True  # its strongest theme is what it is about
    if len(strongest[0].label) >= 4 and _abstract(ctx, strongest[0]):
        return False  # "church" in a post on silence: the warm-up asks about silence, the word it is about
    blocks = ctx.once(f"paragraphs with {theme.stem}", lambda: _paragraphs_with(ctx, theme.stem))
    return blocks >= 4


_MARRIAGE_STEMS = frozenset(stem(w) for w in "marriage married husband wife spouse matrimonio".split())
_CHILD_STEMS = frozenset(stem(w) for w in "children child kids parenting parents hijos niños".split())


def _paragraphs_with(ctx: Context, wanted: str) -> int:
    return len(
        {
            p.block
            for p in ctx.reading.passages
            if p.usable
            and p.role in ("claim", "example", "instruction")
            and ctx.reading.block_role(p.block) in ("body", "answer")
            and wanted in {stem(w) for w in words(p.text)}
        }
    )


def _among_main_themes(ctx: Context, topic: str) -> bool:
    """Whether ``topic`` is one of the article's strongest themes, near the first in weight ("money" in a
    piece on money fights, not in one on repair where a budget is an example)."""
    themes = ctx.analysis.themes
    top = themes[0].weight if themes else 0.0
    for theme in themes[:3]:
        entry = ctx.catalog.theme(theme.label)
        named = (entry is not None and entry.key == topic) or theme.label.lower() == topic
        if named and theme.weight >= 0.6 * top:
            return True
    return False


def _topic_in_bank(ctx: Context, unit: Unit, voice: Voice) -> bool:
    topic = unit.topic
    if topic is None or topic.topic == "abuse":
        return False
    if not ctx.catalog.texts("topic_questions", topic.topic):
        return False
    private = [s for s in topic.spans if is_private(topic.topic, s.intensity)] or (
        # a topic the article dwells on (divorce), for two: named often, and one of its main themes
        topic.spans if len(topic.spans) >= 3 and _among_main_themes(ctx, topic.topic) else []
    )
    # A passing mention ("money, sex, or parenting") is not what the article is about.
    return bool(private) and (len(topic.spans) >= 2 or topic.intensity == "open")


def gentle_table(voice: Voice) -> str:
    """The catalog table of gentle warm-ups for ``voice``."""
    return "gentle_opener" if voice == "couple" else "gentle_icebreaker"


def _heavy_topic(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A heavy topic the article speaks of, with a gentle warm-up of its own in the catalog: a question
    near the subject that anyone can answer without telling their own trouble."""
    topic = unit.topic
    return (
        topic is not None
        and topic.topic in heavy_topics(ctx)
        and bool(ctx.catalog.texts(gentle_table(voice), topic.topic))
    )


def _not_beside_heavy(ctx: Context, unit: Unit, voice: Voice) -> bool:
    """A stock question on a theme, unless the article speaks of a heavy topic that the theme is not
    ("our phones" in a post on a gambling relapse: the bank's light question reads as careless there)."""
    heavy = heavy_topics(ctx)
    if not heavy:
        return True
    entry = ctx.catalog.theme(unit.theme.label) if unit.theme is not None else None
    return entry is not None and entry.key in heavy


def _list_theme(ctx: Context, unit: Unit):  # type: ignore[no-untyped-def]
    u = unit.list_unit
    if u is None:
        return None
    text = ctx.article.text[u.start : u.end]
    stems = {stem(w) for w in words(text)}
    return next((t for t in ctx.analysis.themes if t.stem in stems), None)
