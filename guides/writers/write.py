"""The writer seam: the engine plans, a writer words, the engine checks.

Three writers turn a :class:`~guides.guide.plan.GuidePlan` into wording:

* ``rules``: the rules generator's own guide, as :func:`generate_guide` made it. The default.
* ``server``: a model behind any OpenAI-compatible server (:mod:`guides.writers.server`).
* ``paste``: a reply the reader pasted from a chat assistant, given the same prompt.

Whatever the writer, the guide that comes out is complete (a question that
fails the checks, or that the writer did not give, is the rules writer's), and
a writer that fails altogether (a server down, a reply that cannot be read)
leaves the rules guide with the reason in its report. Only a cancel raises.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from guides.analysis.analyze import Analysis, analyze
from guides.article import Article
from guides.guide.generator import generate_guide
from guides.guide.model import Guide, GuideOptions
from guides.guide.plan import GuidePlan, plan_guide
from guides.writers.compose import WriteReport, compose, rules_report
from guides.writers.prompt import build_prompt
from guides.writers.reply import ReplyError, read_reply
from guides.writers.server import (
    Cancel,
    Server,
    WriterCancelled,
    WriterError,
    chat,
    list_models,
    shown,
)

WriterName = Literal["rules", "server", "paste"]
WRITERS: tuple[WriterName, ...] = ("rules", "server", "paste")
PASTED = "assistant (pasted)"
"""Who wrote a pasted reply's questions, when the reader does not name the assistant."""


@dataclass(frozen=True)
class Prepared:
    """An article ready for any writer: its analysis, the rules guide and its plan."""

    article: Article
    analysis: Analysis
    plan: GuidePlan

    @property
    def rules(self) -> Guide:
        """The rules writer's guide."""
        return self.plan.rules

    def prompt(self) -> str:
        """The prompt a server gets and the paste writer shows."""
        return build_prompt(self.plan, self.article, self.analysis)


@dataclass(frozen=True)
class Written:
    """A complete guide and what the writer did to it."""

    guide: Guide
    report: WriteReport


def prepare(
    article: Article, options: GuideOptions | None = None, *, analysis: Analysis | None = None
) -> Prepared:
    """Analyse (unless given), make the rules guide and plan it."""
    analysis = analysis or analyze(article)
    rules = generate_guide(article, options, analysis=analysis)
    return Prepared(article, analysis, plan_guide(article, analysis, rules))


def rules_written(prepared: Prepared) -> Written:
    """The rules writer: the guide as the generator made it."""
    return Written(prepared.rules, rules_report(prepared.plan))


def from_reply(prepared: Prepared, reply_text: str, writer: str = PASTED) -> Written:
    """The guide with a writer's reply checked into it (the paste writer, and the server's second half)."""
    try:
        reply = read_reply(reply_text)
    except ReplyError as err:
        return Written(
            prepared.rules, rules_report(prepared.plan, writer, f"the reply could not be read: {err}")
        )
    guide, report = compose(prepared.plan, reply, writer, prepared.article, prepared.analysis)
    return Written(guide, report)


def choose_model(server: Server, model: str | None, cancel: Cancel | None = None) -> str:
    """``model``, or the first the server lists when none was named."""
    if model:
        return model
    models = list_models(server, cancel)
    if not models:
        raise WriterError(f"the server at {shown(server.url)} offers no models")
    return models[0]


def from_server(
    prepared: Prepared,
    server: Server,
    model: str | None,
    *,
    cancel: Cancel | None = None,
    on_text: Callable[[int], None] | None = None,
    stream: bool = True,
) -> Written:
    """The guide with the server's model writing the questions; the rules guide if the server fails.

    Raises :class:`WriterCancelled` only when ``cancel`` is used.
    """
    where = shown(server.url)
    started = time.monotonic()
    try:
        name = choose_model(server, model, cancel)
        answer = chat(server, name, prepared.prompt(), stream=stream, cancel=cancel, on_text=on_text)
    except WriterCancelled:
        raise
    except WriterError as err:
        report = rules_report(prepared.plan, model or "the model", str(err))
        return Written(prepared.rules, replace(report, server=where, seconds=time.monotonic() - started))
    written = from_reply(prepared, answer.text, answer.model)
    notes = written.report.notes + (("The first try failed; the second was used.",) if answer.retried else ())
    return replace(written, report=replace(written.report, server=where, seconds=answer.seconds, notes=notes))
