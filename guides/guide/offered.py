"""What an author offers readers to ask or to say, found in the author's own sentences for the families
that put it to a couple or a group: a question ("We replaced it with a question, which we ask on Sunday
evenings: “What’s going to be hard for you this week?”", "Ask one more: ...") and words for a hard moment
("The sentence we use is, “I’m still upset, and I’m still yours.”", "Try saying, “That sounds hard.”").
"""

from __future__ import annotations

import re
from typing import Protocol

from guides.analysis.reading import ArticleReading, Passage
from guides.article import Article
from guides.guide.quality import is_closed


class Context(Protocol):
    """What finding offered questions, offered words and objections needs of a guide's context
    (:class:`guides.guide.context.Context`, which builds its units from them and so is not imported)."""

    @property
    def article(self) -> Article: ...

    @property
    def reading(self) -> ArticleReading: ...

    def touches_scripture(self, start: int, end: int) -> bool: ...

    def private_between(self, start: int, end: int) -> bool: ...


_OFFERED_CUE = re.compile(
    r"\b(?:a|one|the|this|that|our|my|simple|single|better|smaller|different) (?:\w+ )?questions?\b|"
    r"\bask(?:ing)? (?:each other|one another|your (?:spouse|husband|wife|partner|teen(?:ager)?s?|kids?|"
    r"child(?:ren)?|son|daughter|friend)|them|him|her)\b|\b(?:we|i|you) (?:always |still |now )?ask\b|"
    r"^\W*(?:try|ask)\b|\btry (?:asking|questions)\b|"
    r"\buna? (?:\w+ )?pregunta\b|\bpregunt(?:a|en|arse|ándole|arle)\b",
    re.IGNORECASE,
)
"""What comes before a question the author offers readers to ask ("We replaced it with a question, which we
ask on Sunday evenings: ...", "Ask one more: ...", "Try questions with edges: ...")."""

_QUOTED_QUESTION = re.compile(r"[“\"«]([^”\"»]{8,140}\?)[”\"»]")


def _said_before(before: str, asked: str) -> bool:
    """Whether the words of ``asked`` (without its question mark) stand earlier in the text."""
    core = re.sub(r"[^\w\s]", "", asked).lower().split()
    if len(core) < 4:
        return False
    flat = " ".join(re.sub(r"[^\w\s]", " ", before).lower().split())
    return " ".join(core) in flat


def offered_questions(ctx: Context) -> list[tuple[Passage, tuple[int, int]]]:
    """The questions the author offers readers to ask each other (or a child, a friend), quoted in the
    author's own sentence after a cue; never a verse, never what someone in a story asked."""
    out: list[tuple[Passage, tuple[int, int]]] = []
    for p in ctx.reading.passages:
        if p.part != 1 or p.role not in (
            "claim",
            "example",
            "instruction",
            "rhetorical",
            "reader_question",
            "hedge",
        ):
            continue  # (a sentence that ends on the question it offers reads as a question: "rhetorical")
        for match in _QUOTED_QUESTION.finditer(p.text):
            before = p.text[: match.start()]
            if not _OFFERED_CUE.search(before) or re.search(
                r"\b(?:asked|said|told|adds|added|says|replies|replied|dijo|añade|añadió|dice|responde|"
                r"respondió|contesta|contestó)\b|\ble pregunta\b|\bpreguntó\b",
                before,
                re.I,
            ):
                continue  # ('Elcana ... luego añade: «¿No soy yo mejor para ti que diez hijos?»'): what
                # someone in the story said, never an offer
            if re.search(r"\bask (?:the lord|god|jesus|him|yourself|yourselves)\b|\bpray\b", before, re.I):
                continue  # "Ask the Lord, honestly, “Who have I stopped seeing ...?”": a prayer, not a
                # question to put to someone else
            if re.search(r"\b(?:not|never|no longer|stop|instead of)\b|n['’]t\b", before, re.I):
                continue  # "So the first question isn't “What am I allowed to do on Sunday?”": set aside
            after = p.text[match.end() :]
            if re.match(r"^\W*(?:isn['’]t|is not|doesn['’]t|does not|won['’]t|never|no es)\b", after, re.I):
                continue  # 'where "How could you?" isn't': the question the author sets aside
            if re.search(r"\bused to\b|\bthe (?:question|issue) (?:was|used to be)\b", before, re.I):
                continue  # "I used to think the question was “one more, or not?”": left behind
            if re.search(r"\b(?:is|are|was|were|es|era) (?:always|usually|often|siempre)\W*$", before, re.I):
                continue  # 'When a parent referees, the question on the table is always "Who is to blame?"':
                # the question a habit asks, told to be given up, never offered
            if re.search(
                r"\b(?:children|kids|teenagers|they|people|others|he|she|los niños|ellos)\s+(?:\w+\s+)?"
                r"(?:ask|asks|asked|will ask|may ask|might ask|preguntan)\b",
                before,
                re.I,
            ):
                continue  # "Children ask the questions the rest of us are too polite to: “Where is he now?”":
                # what others ask the reader, never a question offered to ask
            if re.search(
                r"\bmy (?:instinct|habit|reflex|first thought|temptation)\b|"
                r"\b(?:i|we) (?:would|tend to|always)\b|\bmi (?:instinto|costumbre)\b",
                before,
                re.I,
            ):
                continue  # 'my instinct is to rescue him: "He's in Year 2, aren't you, Ewan?"': what the
                # author catches themselves doing, never what they offer
            s, e = p.start + match.start(1), p.start + match.end(1)
            asked = match.group(1)
            if _said_before(ctx.article.text[: p.start], asked):
                continue  # 'The question that follows is almost painful: "Then whose shall those things
                # be?"': the passage printed above asks it, God of the rich fool, not the author
            if not 4 <= len(asked.split()) <= 16 or is_closed(asked) or ctx.touches_scripture(s, e):
                # ("How are you?": a greeting, and the author's first question, never the one offered)
                continue
            if ctx.touches_scripture(max(p.start - 250, 0), s) and re.search(
                r"\b(?:god|jesus|the lord|he|she)\b", ctx.article.text[max(p.start - 250, 0) : s], re.I
            ):
                continue  # '"... and not in riddles" (12:8). And then the hard question: "Why then were you
                # not afraid to speak against my servant?"': the passage quoted on, God's question
            if re.match(r"^\W*(?:lord|jesus|god|master|father|señor|dios)\b", asked, re.I):
                continue  # "Lord, don't you care?": someone in the text speaking to God, not an offer
            if re.search(r"\b(?:it|that|eso)\b|\bthis\W*$", asked, re.I):
                continue  # "What made it fine?": a follow-up, which needs the answer before it
            out.append((p, (s, e)))
            break
    return out[:3]


_SAY_CUE = re.compile(
    r"(?:^|[.;:]\s+|\b(?:then|just|simply|gently|first|instead)\W+)(?:try |practi[cs]e )?(?:say|saying)\b"
    r"[^“\"«]{0,30}$|"
    r"\b(?:try|practi[cs]e|start(?:ed)?|learn(?:ed|t)? to|it['’]s (?:all right|ok(?:ay)?|fine) to|"
    r"you (?:can|could|might) (?:just |simply )?|we (?:now |often |usually |both )?|"
    r"i (?:now |often |usually )?)"
    r"(?:say|saying)\b[^“\"«]{0,30}$|"
    r"\b(?:sentence|phrase|words|line|script) (?:we|i) (?:use|say|came up with|settled on)\b[^“\"«]{0,12}$|"
    r"\bwhat (?:i|we) say (?:now )?is\W*$|\bsay something (?:as simple as|like)\W*$|"
    r"\b(?:prueba a|intenta|puedes|basta con) decir\b[^“\"«]{0,30}$|"
    r"\b(?:la frase|las palabras) que (?:usamos|decimos)\b[^“\"«]{0,12}$",
    re.IGNORECASE,
)
"""What comes before words the author offers readers to say ("Try saying, ...", "The sentence we use is,
...", "It’s all right to say, ...", "I’ve learned to say, ..."), never what someone in a story said."""

_SAID_IN_JEST = re.compile(r"\b(?:half[- ])?jok(?:ing|ingly|e)\b|\blike to say\b|\bbromeando\b", re.I)

_QUOTED_WORDS = re.compile(r"[“\"«]([^”\"»?]{6,120}[.!,]?)[”\"»]")


_WE_SAY = re.compile(
    r"^\W*(?:we|people|everyone|they|most of us|decimos|la gente)\s+(?:\w+\s+){0,2}"
    r"(?:say|tell \w+|decimos|dice)\W*$",
    re.I,
)
"""What people say, habitually ("We say, ...", "People tell her, ...")."""

_TURN = re.compile(r"^\W*(?:and then|and yet|but|then|yet|y luego|pero|y después)\b", re.I)


def _turned_after(ctx: Context, p: Passage) -> bool:
    """Whether one of the two sentences after ``p``, in its paragraph, turns on it ("And then we leave them
    to do it.", "And we mean it! But nobody ever calls.")."""
    following = [q for q in ctx.reading.passages if q.start >= p.end][:2]
    return any(q.block == p.block and _TURN.match(q.text) for q in following)


def offered_words(ctx: Context) -> list[tuple[Passage, tuple[int, int]]]:
    """The words the author offers readers to say at a hard moment, quoted in the author's own sentence
    after a cue: a sentence, not a question (those are :func:`offered_questions`), never a verse, never
    words the author tells readers not to say."""
    out: list[tuple[Passage, tuple[int, int]]] = []
    for p in ctx.reading.passages:
        if p.part != 1 or p.role not in ("claim", "example", "instruction", "quotation"):
            continue
        if re.match(r"^\W*[A-Z][a-z]+:\s", p.text):
            continue  # "Ben: And I say, ...": a line of a transcript, someone in the conversation
        if "reported" in p.traits:
            continue  # words of a view the author argues against
        for match in _QUOTED_WORDS.finditer(p.text):
            before = p.text[: match.start()]
            if not _SAY_CUE.search(before) or re.search(r"\b(?:said|says|told|asked)\b", before, re.I):
                continue
            if re.search(r"\b(?:not|never|no longer|stop|instead of|no|nunca)\b|n['’]t\b", before, re.I):
                continue  # "Don’t start with “your mother.”": words set aside
            if re.search(r"\b(?:answer|reply|response|antidote|cure|respuesta) to\W*$", before, re.I):
                continue  # 'the answer to "I'm no longer useful" is not to disappear': the feeling answered
            if _SAID_IN_JEST.search(before):
                continue  # "We say, half joking, “If Margaret ever leaves, ...”": a saying, not counsel
            if _WE_SAY.match(before) and _turned_after(ctx, p):
                continue  # 'We say, "You're amazing, I don't know how you do it." And then we leave them to
                # do it.': what people say, told to be turned on, not words offered
            if re.search(
                r"\b(?:[A-Z][a-z]+|he|she|they|it)\s+(?:would|will|did|might|could|'d|’d)\s+(?:\w+\s+){0,4}"
                r"(?:and\s+)?(?:then\s+)?say\b",
                before,
            ):
                continue  # 'Pip would nod seriously and then say, "But he loves me best."': someone in the
                # story, never words offered to the reader
            said = match.group(1).rstrip(",")
            s, e = p.start + match.start(1), p.start + match.start(1) + len(said)
            if not 3 <= len(said.split()) <= 16 or ctx.touches_scripture(s, e):
                continue
            if not said[:1].isupper():
                continue  # a phrase cut from a sentence ("the “protect your peace” crowd"), not words to say
            out.append((p, (s, e)))
            break
    return out[:3]
