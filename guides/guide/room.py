"""Who an article speaks to, and so who in a group's room it leaves out: the married, or parents.

A small group is rarely all married or all parents. When the article speaks to one of them, the leader
is told who else can answer and how, and the steps put to the whole room are worded so that anyone can
take them (which of the author's steps to remember, not which to start this week with a toddler one
does not have).
"""

from __future__ import annotations

import re
from typing import Literal

from guides.guide.context import Context

Room = Literal["marriage", "parenting"]

_PARTNERS = re.compile(
    r"\b(?:your|their) (?:partner|spouse|husband|wife|marriage)\b|\bmarri(?:age|ed)\b|"
    r"\b(?:tu|su) (?:pareja|esposo|esposa|cónyuge|matrimonio)\b|\bmatrimonio\b",
    re.I,
)
_MARRIED_TITLE = re.compile(
    r"\b(?:marriage|married|husband|wife|spouse|couples?|matrimonio|esposo|esposa|pareja)\b", re.I
)
_PARENTS_TITLE = re.compile(
    r"(?<!like a )(?<!like a weaned )(?<!as a )(?<!como un )(?<!como una )"
    r"\b(?:kids?|child(?:ren)?|parent\w*|teen\w*|toddlers?|son|daughter|hij[oa]s?|niñ[oa]s?|padres)\b",
    re.I,
)
"""A title about children ("When a Child Loses a Best Friend"), not one that uses a child as a picture
("Like a Weaned Child: Psalm 131")."""


_PARENTS_WORDS = re.compile(
    r"\b(?:your|our) (?:kids?|child(?:ren)?|sons?|daughters?|toddlers?|teens?|teenagers?|little ones)\b|"
    r"\b(?:tus|sus|nuestros|nuestras) (?:hij[oa]s|niñ[oa]s)\b|"
    r"(?<!\bour )(?<!\bmy )(?<!\btheir )(?<!\bhis )(?<!\bher )\bparent(?:s|ing|hood)?\b|\bpadres\b",
    re.I,
)


_QUOTED = re.compile(r"“[^”]{1,400}”|\"[^\"\n]{1,400}\"")

_SOMEONE_ELSES_MARRIAGE = re.compile(
    r"\b(?:(?:a|my|our|your)\s+)?(?:friend|daughter|son|sister|brother|parent|mother|father|mum|mom|dad|"
    r"neighbou?r|colleague)['’]s (?:marriage|husband|wife|divorce|spouse)\b|"
    r"\b(?:her|his|their) (?:marriage|divorce)\b|"
    r"\bel matrimonio de (?:mi|tu|su) (?:hija|hijo|amig[oa]|herman[oa])\b",
    re.IGNORECASE,
)
"""A title about someone else's marriage ("When a Friend's Marriage Ends", "... about her marriage")."""

_YOUR_SPOUSE = re.compile(
    r"\b(?:your|tu|su) (?:spouse|husband|wife|marriage|partner|esposo|esposa|matrimonio|pareja)\b", re.I
)


def speaks_to_couples(ctx: Context) -> bool:
    """Whether the article is written to couples (it keeps saying "your spouse", "marriage"); not one whose
    title says it is about being single ("On Being Single in a Church Built for Couples")."""
    if _SINGLE_TITLE.search(ctx.article.title):
        return False
    return ctx.once("partners named", lambda: len(_PARTNERS.findall(ctx.article.text))) >= 3


_SINGLE_TITLE = re.compile(r"\b(?:single|singles|singleness|unmarried|solter[oa]s?|soltería)\b", re.I)


def speaks_to(ctx: Context) -> Room | None:
    """Whom the article speaks to, when not everyone in a room is one: the married, or parents (its title
    says so, or it keeps naming spouses or children); None when it speaks to anyone (read once per
    article: every family asks)."""
    return ctx.once("speaks to", lambda: _speaks_to(ctx))


_PARENTS_CARED_FOR = re.compile(
    r"\b(?:ag(?:e)?ing|elderly|old|older|ailing|frail|sick|dying|widowed) "
    r"(?:mother|father|mum|mom|dad|parents?)\b|"
    r"\b(?:car(?:e|es|ing) for|look(?:s|ing)? after) (?:an? |your |their |our |his |her |my )?"
    r"(?:\w+ )?(?:parents?|mother|father|mum|mom|dad)\b|"
    r"\bpadres? (?:mayores|ancian[oa]s)\b",
    re.I,
)
"""Parents as the ones cared for ("a friend caring for an aging parent"): the article speaks to their grown
children, not to parents."""


def _speaks_to(ctx: Context) -> Room | None:
    counts = ctx.domain_counts
    title = ctx.article.title
    married = not _SINGLE_TITLE.search(title) and (
        counts["marriage"] >= 6 or speaks_to_couples(ctx) or bool(_MARRIED_TITLE.search(title))
    )
    if married and _SOMEONE_ELSES_MARRIAGE.search(title) and len(_YOUR_SPOUSE.findall(ctx.article.text)) < 3:
        # "When a Friend's Marriage Ends", "My daughter tells me everything about her marriage": the
        # marriage is someone else's; the room is their friends and family, married or not
        married = False
    if married and ctx.speaker == "preacher" and not _MARRIED_TITLE.search(title):
        # a sermon on Leah and Jacob names a husband and a wife throughout, and one that gives "a grey
        # season in a marriage" as one example among others speaks to everyone: only a sermon that keeps
        # saying "your husband", "your marriage" speaks to the married
        married = len(_YOUR_SPOUSE.findall(ctx.article.text)) >= 3
    # (a sermon that names "the son of Timaeus" six times does not speak to parents; one that says "your
    # kids" or "parenting" and keeps naming children does)
    # (words for parents inside a verse are the story's: "this your son" in the parable is not the room's)
    # (nor are words inside quotation marks: "fight for your brethren, your sons, and your daughters")
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(ctx.article.text)]
    said = [
        m
        for m in _PARENTS_WORDS.finditer(ctx.article.text)
        if not any(s <= m.start() < e for s, e in ctx.scripture_spans)
        and not any(s <= m.start() < e for s, e in quoted)
    ]
    # The room's own children ("your kids", "our son") or "parenting", twice: a psalm's weaned child and
    # "any parent will tell you" make a picture, not an article for parents.
    addressed = [m for m in said if m.group(0).lower() not in ("parent", "parents", "padres")]
    parents = bool(_PARENTS_TITLE.search(title)) or (
        (counts["parenting"] >= 10 or (counts["parenting"] >= 6 and len(said) >= 2)) and len(addressed) >= 2
    )
    if parents and ctx.speaker == "preacher" and not _PARENTS_TITLE.search(title):
        parents = len(said) >= 3  # (Leah's sons are not the room's; "our parents up-country" are ours)
    if _PARENTS_CARED_FOR.search(title):
        parents = False  # "a friend caring for an aging parent": its children are the carers, grown
    if married and (not parents or counts["marriage"] >= counts["parenting"]):
        return "marriage"
    if parents:
        return "parenting"
    return None
