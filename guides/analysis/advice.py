"""Advice the author gives in the imperative ("Demonstrate kindness consistently"), with spans.

An imperative clause opens a sentence, or follows a leading condition ("If the
answer is no, focus on ...") or a colon. Its first word is a verb from a list
of the verbs advice is written with; a word that is also a noun ("Trust is
...", "Love keeps no record") is not taken when a verb follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from guides.analysis.sentences import Sentence
from guides.analysis.spans import Spans

# Base forms that open advice. A closed list keeps out nouns and adjectives
# that happen to start a sentence, at the cost of an unusual verb now and then.
_ENGLISH_VERBS = frozenset(
    {
        "accept", "acknowledge", "add", "admit", "agree", "aim", "allow", "answer", "apologise", "apologize",
        "appreciate", "ask", "avoid", "be", "bear", "become", "begin", "believe", "bless", "bring", "build",
        "call", "carry", "carve", "celebrate", "change", "check", "choose", "come", "commit", "confess",
        "consider", "continue", "create", "cut", "decide", "demonstrate", "describe", "discuss", "drop",
        "eat", "embrace", "encourage", "end", "enjoy", "establish", "examine", "expect", "explain", "express",
        "find", "finish", "focus", "follow", "forgive", "forget", "get", "give", "go", "greet", "grow",
        "guard", "handle", "hear", "help", "hold", "honor", "honour", "hug", "imagine", "invest", "invite",
        "keep", "kiss", "know", "learn", "leave", "let", "limit", "listen", "look", "love", "make", "mark",
        "meet", "mention", "name", "note", "notice", "offer", "open", "pause", "pay", "pick", "plan", "play",
        "practice", "practise", "praise", "pray", "prepare", "protect", "pursue", "put", "read", "reach",
        "recognise", "recognize", "reflect", "refuse", "remember", "remind", "repeat", "replace", "resist",
        "respect", "respond", "rest", "restore", "return", "say", "schedule", "seek", "send", "serve", "set",
        "share", "show", "sit", "sleep", "slow", "speak", "spend", "start", "stay", "step", "stop",
        "surprise", "take", "talk", "teach", "tell", "thank", "think", "touch", "treat", "try", "turn", "use",
        "value", "visit", "wait", "walk", "watch", "welcome", "work", "write"
    }
)
_SPANISH_VERBS = frozenset(
    {
        "acepta", "agradece", "alaba", "ama", "aparta", "aprende", "asegúrate", "busca", "camina", "celebra",
        "comienza", "comparte", "confía", "considera", "cuida", "dale", "da", "date", "dedica", "deja",
        "descansa", "di", "dile", "empieza", "encuentra", "enfócate", "entrega", "escribe", "escucha",
        "espera", "haz", "habla", "honra", "invita", "lee", "mira", "ora", "orad", "perdona", "piensa",
        "pide", "practica", "pregunta", "pregúntate", "procura", "recuerda", "reconoce", "regala", "respeta",
        "sal", "separa", "sé", "sigue", "sirve", "toma", "trata", "usa", "ve", "ven", "vuelve", "abraza",
        "anota"
    }
)
_NEGATIVE_OPENERS = ("don't ", "do not ", "never ")
_SOFTENERS = ("please ", "just ", "always ", "simply ", "then ", "so ", "now ", "also ")
# Words that number a list of advice: "First, name what happened." They are
# left out of the advice's span, so that the guide can quote the step itself.
_ORDINALS = re.compile(
    r"(?:first|second|third|fourth|fifth|next|finally|lastly|then|also|"
    r"primero|segundo|tercero|luego|después|finalmente|por último)\b,?\s+",
    re.IGNORECASE,
)

# A verb after the first word shows that the first word was a noun subject.
_FINITE_AFTER = frozenset(
    {
        "is", "are", "was", "were", "has", "have", "had", "does", "did", "can", "could", "will", "would",
        "should", "may", "might", "must", "'s", "means", "makes", "takes", "keeps", "needs", "grows",
        "becomes", "seems", "comes", "goes", "gives", "says", "shows", "starts", "begins", "es", "son",
        "isn't", "wasn't", "doesn't", "didn't", "hasn't", "won't", "can't", "isn", "wasn", "doesn", "didn",
        "writes", "wrote", "tells", "told", "records", "notes",
        "está", "están", "fue", "era", "será", "puede", "hace"
    }
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LEAD_CONDITION = re.compile(
    r"^(?:(?:so|and|but|y|pero)\s+)?(?:(?:then|now|luego|entonces),?\s+)?(?:if|when|whenever|once|before|after|as|until|unless|while|instead|"
    r"si|cuando|mientras|antes|después)\b[^,;:]*,\s*",
    re.IGNORECASE,
)
# A short opening phrase before the advice: "This week, practise ...", "Even in busy seasons, guard ...".
# "I always took it as a statement about other people:
# forgive ...": what someone took it to mean, not counsel.
_REPORTED = re.compile(
    r"\b(?:took|take|takes|read|reads|heard|hear|meant|means|mean|taught|told|said|says|thought|believed|"
    r"statement|reading|entendí|leí|pensaba|creía|decía|significa)\b",
    re.I,
)
_VOSOTROS = re.compile(r"^\w{2,}(?:ad|ed|id|aos|eos|íos)$")
"""Spain's plural imperative: "hablad", "buscad", "sentaos"."""
_ENCLITIC = re.compile(r"^\w*[áéíóú]\w*(?:te|le|les|lo|la|los|las|se|nos)$")
_IF_CONDITION = re.compile(r"^\W*(?:(?:so|and|but|y|pero)\s+)?(?:if|unless|when|whenever|si|cuando)\b", re.I)
_LEAD_PHRASE = re.compile(r"^(?:[^\W\d_]+\s+){0,4}[^\W\d_]+,\s+")
# "It was benign, thank God, but ...": a lead phrase with a verb of its own is a clause, not a lead-in.
_HAS_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|will|would|can|could|"
    r"es|son|era|fue|está)\b",
    re.I,
)
# Where the action itself ends and its reason or result begins.
_ACTION_END = re.compile(
    r",\s*(?:so|because|since|and then|which|as|even|until|or else|"
    r"para que|porque|así|pues)\b|\s(?:so that|because|in order to|para que|porque)\b|[;:—–]|\s-\s",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Advice:
    """An imperative clause: ``article.text[start:end] == text``.

    ``action`` is the clause up to its reason or result ("Demonstrate kindness
    consistently" out of "Demonstrate kindness consistently, so at the end of
    the day ..."), at ``start`` to ``action_end``.
    """

    text: str
    start: int
    end: int
    action: str
    action_end: int
    verb: str
    condition: str | None
    """The leading condition, when the advice is conditional ("If the answer is no")."""
    leads_question: bool
    """The advice introduces a question ("ask yourself: do you ...?")."""


# The infinitive of each Spanish imperative above, for "¿Qué te ayudaría a escribir ...?".
_SPANISH_INFINITIVES = {
    "acepta": "aceptar", "agradece": "agradecer", "alaba": "alabar", "ama": "amar", "aparta": "apartar",
    "aprende": "aprender", "asegúrate": "asegurarte", "busca": "buscar", "camina": "caminar",
    "celebra": "celebrar", "comienza": "comenzar", "comparte": "compartir", "confía": "confiar",
    "considera": "considerar", "cuida": "cuidar", "dale": "darle", "da": "dar", "date": "darte",
    "dedica": "dedicar", "deja": "dejar", "descansa": "descansar", "di": "decir", "dile": "decirle",
    "empieza": "empezar", "encuentra": "encontrar", "enfócate": "enfocarte", "entrega": "entregar",
    "escribe": "escribir", "escucha": "escuchar", "espera": "esperar", "haz": "hacer", "habla": "hablar",
    "honra": "honrar", "invita": "invitar", "lee": "leer", "mira": "mirar", "ora": "orar", "orad": "orar",
    "perdona": "perdonar", "piensa": "pensar", "pide": "pedir", "practica": "practicar",
    "pregunta": "preguntar", "pregúntate": "preguntarte", "procura": "procurar", "recuerda": "recordar",
    "reconoce": "reconocer", "regala": "regalar", "respeta": "respetar", "sal": "salir", "separa": "separar",
    "sé": "ser", "sigue": "seguir", "sirve": "servir", "toma": "tomar", "trata": "tratar", "usa": "usar",
    "ve": "ir", "ven": "venir", "vuelve": "volver", "abraza": "abrazar", "anota": "anotar",
}


_NOT_SUBJUNCTIVE = frozenset(
    "es eres estás está están estamos era eras fue fuiste has ha hemos han tienes crees puedes debes sabes "
    "quieres".split()
)
"""Spanish words ending like a negative command ("no dejes") that are not one ("no es", "no puedes")."""


def infinitive(verb: str, language: str | None = None) -> str | None:
    """The infinitive of an imperative ("escribe" -> "escribir"); English imperatives are already bare."""
    if language != "es":
        return verb
    return _SPANISH_INFINITIVES.get(verb.lower())


def imperative_verbs(language: str | None = None) -> frozenset[str]:
    """The verbs (lower case) that open advice in ``language`` ("es" or English)."""
    return _SPANISH_VERBS if language == "es" else _ENGLISH_VERBS


def imperative_verb(clause: str, language: str | None = None) -> str | None:
    """The verb that makes ``clause`` an imperative, or None if it is not one."""
    lowered = clause.lstrip("¡“\"'‘ ").lower().replace("’", "'")
    for soft in _SOFTENERS:
        if lowered.startswith(soft):
            lowered = lowered[len(soft) :]
    negative = next((n for n in _NEGATIVE_OPENERS if lowered.startswith(n)), None)
    if negative:
        lowered = lowered[len(negative) :]
    words: list[str] = _WORD.findall(lowered)
    if not words:
        return None
    verb = words[0]
    if re.match(r"^\w+ (?:as|like|without) [^,;:]{0,40}\b(?:is|are|was|were)\b", lowered):
        return None  # "Rest as the whole point is another": a noun, the subject of "is"
    if re.match(r"^\w+ (?:(?:also|only|really|still|often|always) )?(?:means|is|was|has|does)\b", lowered):
        return None  # "Honour also means letting them ...": a noun, the subject of "means"
    if verb == "let" and len(words) > 1 and words[1] in ("me", "us", "'s"):
        return None  # "Let me give you three things": the author announcing, not counselling
    if language == "es" and verb == "no" and len(words) > 1:
        # "No dejes de orar": a negative command is "no" and a subjunctive ("-es", "-as").
        if words[1].lower() in _NOT_SUBJUNCTIVE:
            return None  # "No es mala suerte": "es" is "is", not a command
        return "no " + words[1] if words[1].endswith(("es", "as")) else None
    if verb not in imperative_verbs(language) and not (
        language == "es" and (_ENCLITIC.match(verb) or _VOSOTROS.match(verb)) and len(verb) > 4
    ):
        return None  # Spanish imperatives with a pronoun attached carry an accent: "perdónate", "anímale"
    following = words[1] if len(words) > 1 else ""
    if following == "and" and verb in {"go", "come", "try", "sit", "stop"} and len(words) > 2:
        return verb  # "Go and visit.", "Come and see.": two commands, not a noun and another
    if following in _FINITE_AFTER or following in {"of", "and", "de", "y"}:
        return None
    if lowered[len(verb) : len(verb) + 2] in {"'s", ".", ""} and len(words) == 1:
        return None
    return verb


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .!,;":
        end -= 1
    return end


def find_advice(
    text: str,
    sentences: Sequence[Sentence],
    *,
    language: str | None = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[Advice]:
    """The imperative clauses in ``text``, in order.

    ``exclude`` holds spans to leave out (quoted scripture: "love your
    neighbour" in a verse is the Bible's advice, not the author's).
    """
    found: list[Advice] = []
    previous = ""
    excluded = Spans(exclude)
    for sentence in sentences:
        before, previous = previous, sentence.text
        if excluded.covers(sentence.start):
            continue
        for start, condition in _clause_starts(text, sentence):
            ordinal = _ORDINALS.match(text, start, sentence.end)
            if ordinal:
                start = ordinal.end()
            end = _clause_end(text, start, sentence.end)
            clause = text[start:end]
            if clause.rstrip().endswith("?"):
                continue  # "Do you trust them?" asks; it does not tell
            verb = imperative_verb(clause, language)
            if verb is None:
                continue
            if language == "es" and re.search(rf"\b{re.escape(verb.split()[-1])}\b", before, re.IGNORECASE):
                continue  # "El profeta no espera ... Espera porque ...": the same verb, said of someone else
            end = _trim_end(text, start, end)
            if end - start < 6:
                continue
            action_end = _action_end(text, start, end)
            if condition and not _IF_CONDITION.match(condition):
                condition = None  # "Before the week is out, forgive ...": a when, not an if
            found.append(
                Advice(
                    text=text[start:end],
                    start=start,
                    end=end,
                    action=text[start:action_end],
                    action_end=action_end,
                    verb=verb,
                    condition=condition,
                    leads_question=text[start:end].rstrip().endswith(":")
                    or text[end : end + 1] == ":"
                    or "?" in text[end : sentence.end],
                )
            )
            break
    return found


def _clause_starts(text: str, sentence: Sentence) -> list[tuple[int, str | None]]:
    """Candidate starts of an imperative clause in the sentence, with the condition before it."""
    starts: list[tuple[int, str | None]] = [(sentence.start, None)]
    match = _LEAD_CONDITION.match(sentence.text)
    if match:
        condition = sentence.text[: match.end()].rstrip(", ")
        starts.append((sentence.start + match.end(), condition))
    else:
        phrase = _LEAD_PHRASE.match(sentence.text)
        if phrase and not _HAS_FINITE.search(phrase.group(0)):
            starts.append((sentence.start + phrase.end(), None))
    colon = sentence.text.find(": ")
    if colon > 0 and not _REPORTED.search(sentence.text[:colon]):
        starts.append((sentence.start + colon + 2, None))
    return starts


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    """A clause ends at a colon that introduces something else, or at the sentence end."""
    colon = text.find(":", start, sentence_end)
    return colon if colon > 0 else sentence_end


def _action_end(text: str, start: int, end: int) -> int:
    match = _ACTION_END.search(text, start, end)
    if match and match.start() - start >= 12:
        return _trim_end(text, start, match.start())
    return end
