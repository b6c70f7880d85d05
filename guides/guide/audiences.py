"""The audiences a guide is made for, in one registry.

Each entry says what the audience is called, how long its guide runs when
nobody says, which worksheet editions are printed from its guide (the first is
its own), and which builder makes its guide. The generator builds from here,
the ``guide`` and ``worksheet`` commands offer its keys, stored guides are
checked against it, and the app's guide pane (a tab each), preferences and
worksheet dialog make their choices from it, so a new audience is one entry and
one builder; :func:`register` adds one at run time.

Builders are named by module and function and imported when a guide is made,
so listing the audiences (the app's start reads the preferences) costs no
import of the generator.

The app's other names for an audience come from here too: what the library's
search calls its guide, and which edition of the paper its guide pane reads
like (the screen follows that edition's rules for numbers, tags and notes).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from guides.guide.context import Context
    from guides.guide.model import Guide, GuideOptions

Builder = Callable[["Context", "GuideOptions", int, dict[str, Any]], "Guide"]
"""``builder(ctx, options, minutes, common)``: the guide, from the article's context, the options,
the minutes it runs and the fields every guide has (title, audience, language, ...)."""


@dataclass(frozen=True)
class EditionSpec:
    """A worksheet printed from an audience's guide."""

    key: str
    label: str
    """What the worksheet dialog calls it."""
    layout: str | Callable[..., Any] = ""
    """How it is printed: a built-in layout it follows ("participant", "leader", "couple",
    "session", "cards"); its own, as a function or ``"module:function"`` taking ``(guide, options,
    *, article, highlights)`` and returning a :class:`~guides.worksheet.content.Worksheet`; or, when
    empty, the built-in layout of its own key. :func:`guides.worksheet.content.layout_of` reads it."""


@dataclass(frozen=True)
class AudienceSpec:
    """One audience a guide can be made for."""

    key: str
    label: str
    """What the app's preferences call it ("Couple at home")."""
    default_minutes: int
    editions: tuple[EditionSpec, ...]
    """The worksheets printed from its guide; the first is its own."""
    builder: str | Builder
    """The builder, or ``"module:function"`` naming it (imported on first use)."""
    short_label: str = ""
    """What the guide pane's tab calls it ("Couple"); the key, capitalised, when empty."""
    guide_label: str = ""
    """What the library's search calls its guide ("couple’s guide"); the label and "guide" when empty."""
    screen_edition: str = ""
    """The edition the guide pane's tab reads like (a group's reads like the leader's); its own when empty."""
    led: bool = True
    """A leader runs it: its guide has a big idea and leader notes, and questions asked aloud speak
    to a whole group. A couple's guide has no leader and speaks to the two of them."""
    asked_by_leader: bool = False
    """Its questions are written for the leader to ask (a session plan)."""
    writer_brief: str = ""
    """How the writing-help prompt names the guide ("For a couple at home, {minutes} minutes");
    the label and the minutes when empty."""

    @property
    def tab_label(self) -> str:
        """The guide pane's name for it: :attr:`short_label`, or the key capitalised."""
        return self.short_label or self.key.capitalize()

    @property
    def own_edition(self) -> str:
        """The edition printed for it when none is asked for."""
        return self.editions[0].key

    @property
    def guide_name(self) -> str:
        """The library's name for its guide: :attr:`guide_label`, or the label and "guide"
        ("weekend retreat guide")."""
        return self.guide_label or f"{self.label.lower()} guide"

    def brief(self, minutes: int) -> str:
        """What the writing-help prompt says the guide is for: :attr:`writer_brief`, or the label."""
        return (self.writer_brief or f"{self.label}, {{minutes}} minutes").format(minutes=minutes)

    @property
    def tab_edition(self) -> str:
        """The edition the guide pane's tab reads like: :attr:`screen_edition`, or its own."""
        return self.screen_edition or self.own_edition

    def build_function(self) -> Builder:
        """The builder, imported now if it is named."""
        if callable(self.builder):
            return self.builder
        module, _, function = self.builder.partition(":")
        return cast(Builder, getattr(importlib.import_module(module), function))


_AUDIENCES: list[AudienceSpec] = [
    AudienceSpec(
        "couple",
        "Couple at home",
        30,
        (EditionSpec("couple", "Couple at home"),),
        "guides.guide.generator:build_couple_guide",
        "Couple",
        "couple’s guide",
        led=False,
        writer_brief="For a couple at home, {minutes} minutes",
    ),
    AudienceSpec(
        "group",
        "Small group",
        60,
        (
            EditionSpec("participant", "Participant (group)"),
            EditionSpec("leader", "Leader (group)"),
            EditionSpec("cards", "Take-home cards (to cut apart)"),  # the group guide's take-home questions
        ),
        "guides.guide.generator:build_group_guide",
        "Group",
        "group’s guide",
        "leader",
        writer_brief="For a small group, {minutes} minutes",
    ),
    AudienceSpec(
        "session",
        "Session plan",
        60,
        (EditionSpec("session", "Session plan"),),
        "guides.guide.generator:build_session_guide",
        "Session",
        "session plan",
        asked_by_leader=True,
        writer_brief="A leader's session plan for a small group, {minutes} minutes",
    ),
]


def audiences() -> tuple[AudienceSpec, ...]:
    """Every audience, in the order choices list them."""
    return tuple(_AUDIENCES)


def audience_keys() -> tuple[str, ...]:
    """Every audience's key, in the registry's order (the commands' ``--audience`` choices)."""
    return tuple(spec.key for spec in _AUDIENCES)


def audience(key: str) -> AudienceSpec:
    """The registry's entry for ``key`` (KeyError when there is none)."""
    for spec in _AUDIENCES:
        if spec.key == key:
            return spec
    raise KeyError(key)


def editions() -> tuple[EditionSpec, ...]:
    """Every worksheet edition, audience by audience."""
    return tuple(edition for spec in _AUDIENCES for edition in spec.editions)


def edition(key: str) -> EditionSpec:
    """The registry's entry for the edition ``key`` (KeyError when no audience prints it)."""
    for spec in _AUDIENCES:
        for printed in spec.editions:
            if printed.key == key:
                return printed
    raise KeyError(key)


def audience_of_edition(edition: str) -> AudienceSpec:
    """The audience whose guide an edition is printed from (KeyError when no audience has it)."""
    for spec in _AUDIENCES:
        if any(e.key == edition for e in spec.editions):
            return spec
    raise KeyError(edition)


def register(spec: AudienceSpec) -> AudienceSpec:
    """Add an audience (or replace the one of that key); every list made from the registry includes it."""
    _AUDIENCES[:] = [a for a in _AUDIENCES if a.key != spec.key] + [spec]
    return spec


def unregister(key: str) -> None:
    """Take an audience out of the registry again (tests that added one)."""
    _AUDIENCES[:] = [a for a in _AUDIENCES if a.key != key]
