"""The wording of the guides: question templates and the theme bank, in English and Spanish.

Templates are plain strings with named slots:

* ``{quote}``: a trimmed quote in quotation marks ("“Trust is a daily part of your relationship”")
* ``{opening}``: the first words of a paragraph, with an ellipsis
* ``{theme}``, ``{theme2}``: theme labels used as nouns ("trust", "kindness")
* ``{action}``: the author's advice, lowercased and in the audience's voice
* ``{ref}``: a scripture reference ("Ephesians 5:31")
* ``{topics}``: sensitive topics in a list ("affairs and pornography")

Each slot is filled with a phrase that keeps the sentence grammatical whatever
the article says (a quote is a quotation, not a clause the template bends), and
every template is one open question with one question mark.

The theme bank holds hand-written questions for themes that come up often in
the articles people bring. A theme not in the bank falls back to templates
that treat it as a word ("What comes to mind first when you hear the word
“trust”?"), which reads well for any noun.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from guides.analysis.passages import stem

# --- question templates ---------------------------------------------------------

QUESTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        # observation: what does the text say?
        "describe": (
            "How does the author describe {theme}?",
            "What picture of {theme} does the author paint?",
        ),
        "connect": (
            "How does the author connect {theme} and {theme2}?",
            "What link does the author draw between {theme} and {theme2}?",
        ),
        "contrast": (
            "What contrast does the author draw in {quote}?",
            "What two things is the author setting side by side in {quote}?",
        ),
        "reasons": (
            "What reasons does the author give for saying {quote}?",
            "How does the author back up the claim {quote}?",
        ),
        "notice": (
            "Look again at {quote}. What words stand out to you, and why?",
            "Read {quote} once more. What do you notice that you missed the first time?",
        ),
        # interpretation: what does it mean, and why does the author think so?
        "means": (
            "What do you think the author means by {quote}?",
            "How would you put {quote} in your own words?",
        ),
        "why_says": (
            "Why do you think the author says {quote}?",
            "What might have led the author to write {quote}?",
        ),
        "agree": (
            "In what ways do you agree or disagree with {quote}?",
            "Where does {quote} ring true for you, and where does it not?",
        ),
        "link_why": (
            "Why might the author see {theme} and {theme2} as so closely tied?",
            "What would change if you saw {theme} and {theme2} as closely tied, the way the author does?",
        ),
        "big_idea": (
            "The author’s central claim is {quote}. How would you say that in your own words?",
            "If {quote} sums up the article, what difference does it make?",
        ),
        "scripture": (
            "How does {ref} shape what the author says about {theme}?",
            "What does {ref} add to the author’s point about {theme}?",
        ),
        # application: what will we do with it?
        "advice_do": (
            "What would it look like for you to {action} this week?",
            "What makes it hard to {action}, and what would help?",
            "What is one small way you could {action} before we meet again?",
        ),
        "advice_do_two": (
            "What would it look like for the two of you to {action} this week?",
            "What makes it hard for the two of you to {action}, and what would help?",
        ),
        "advice_do_timed": (
            "What would help you {action}?",
            "What might get in the way when you try to {action}?",
        ),
        "advice_do_two_timed": ("What would help the two of you {action}?",),
        "advice_quote": (
            "Which part of {quote} is hardest for you to put into practice?",
            "What would change this week if you took {quote} seriously?",
        ),
        "step": (
            "What one step could you take this week in light of {quote}?",
            "What would change in your week if you took {quote} to heart?",
        ),
        # reflection: for the two of you, answered separately first
        "passage_pick": (
            "Which words in the paragraph that begins {opening} ring truest for you right now, and why?",
            "What in the paragraph that begins {opening} would you most like your partner to hear?",
        ),
        "quote_us": (
            "Where do you see {quote} in your relationship at the moment?",
            "When have the two of you lived out {quote}, even in a small way?",
        ),
    },
    "es": {
        "describe": (
            "¿Qué dice el texto sobre {theme}?",
            "¿Qué imagen de {theme} nos deja el texto?",
        ),
        "connect": (
            "¿Qué relación ve el texto entre {theme} y {theme2}?",
            "¿Qué vínculo ve el texto entre {theme} y {theme2}?",
        ),
        "contrast": ("¿Qué contraste plantea el texto en {quote}?",),
        "reasons": ("¿Qué razones da el texto para afirmar {quote}?",),
        "notice": (
            "Vuelvan a leer {quote}. ¿Qué palabras les llaman la atención, y por qué?",
        ),
        "means": (
            "¿Qué creen que quiere decir {quote}?",
            "¿Cómo dirían {quote} con sus propias palabras?",
        ),
        "why_says": ("¿Por qué creen que el texto dice {quote}?",),
        "agree": (
            "¿En qué están de acuerdo con {quote}, y en qué no?",
            "¿Dónde les resulta verdad {quote}, y dónde no tanto?",
        ),
        "link_why": ("¿Por qué creen que, para el texto, {theme} y {theme2} van tan unidos?",),
        "big_idea": (
            "La idea central del texto es {quote}. ¿Cómo lo dirían con sus propias palabras?",
        ),
        "scripture": (
            "¿Qué aporta {ref} a lo que el texto dice sobre {theme}?",
            "¿Cómo ilumina {ref} lo que el texto dice sobre {theme}?",
        ),
        "advice_do": (
            "¿Qué significaría para ti {action} esta semana?",
            "¿Qué te lo pone difícil, y qué te ayudaría, a la hora de {action}?",
        ),
        "advice_do_two": ("¿Qué significaría para ustedes dos {action} esta semana?",),
        "advice_do_timed": ("¿Qué te ayudaría a {action}?",),
        "advice_do_two_timed": ("¿Qué les ayudaría a los dos a {action}?",),
        "advice_quote": (
            "¿Qué parte de {quote} les cuesta más poner en práctica?",
            "¿Qué cambiaría esta semana si se tomaran en serio {quote}?",
        ),
        "step": (
            "¿Qué paso concreto podrías dar esta semana a la luz de {quote}?",
            "¿Qué cambiaría en tu semana si te tomaras a pecho {quote}?",
        ),
        "passage_pick": (
            "¿Qué palabras del párrafo que empieza {opening} te tocan más ahora mismo, y por qué?",
        ),
        "quote_us": ("¿Dónde ven {quote} en su relación en este momento?",),
    },
}

# --- the theme bank -------------------------------------------------------------


@dataclass(frozen=True)
class ThemeQuestions:
    """Hand-written questions for one theme, by use.

    ``icebreaker`` opens a group (anyone can answer it from their own life);
    ``opener`` opens a couple's evening, gently; ``reflection`` is for one
    partner to answer on their own first; ``apply`` is a personal step.
    """

    words: tuple[str, ...]
    noun: str = ""
    """The theme as it reads in running text: "trust", "our conversations" ("" for none)."""
    icebreaker: tuple[str, ...] = ()
    opener: tuple[str, ...] = ()
    reflection: tuple[str, ...] = ()
    apply: tuple[str, ...] = ()
    private: bool = False
    """The theme itself is for couples, not a room (intimacy)."""
    faith: bool = False
    """The questions assume faith (prayer); left out when faith elements are off."""
    stems: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "stems", frozenset(stem(w) for w in self.words))


THEME_BANK: dict[str, tuple[ThemeQuestions, ...]] = {
    "en": (
        ThemeQuestions(
            noun="trust",
            words=("trust", "trusting", "trustworthy", "mistrust", "distrust"),
            icebreaker=(
                "Think of someone you found easy to trust from early on. What made that easy?",
                "Who would you call at two in the morning, and what earned them that place?",
            ),
            opener=("Taking turns, what did the other do early on that first made you trust them?",),
            reflection=("When do you feel most trusted by your partner, and when least?",),
            apply=("What is one promise, however small, you could keep this week to build trust?",),
        ),
        ThemeQuestions(
            noun="kindness",
            words=("kindness", "kind", "kindly"),
            icebreaker=(
                "What is the kindest thing a stranger has ever done for you?",
                "Who do you know who is kind without making a fuss about it, and what do they do?",
            ),
            opener=("Taking turns, what is one kind thing the other did recently that you noticed?",),
            reflection=("What small kindness from your partner means more to you than they might guess?",),
            apply=("Who could use a small, unexpected kindness from you this week?",),
        ),
        ThemeQuestions(
            noun="forgiveness",
            words=(
                "forgiveness", "forgive", "forgiving", "forgiven", "grudge", "repair", "repairs", "apology",
                "apologize", "apologise", "sorry", "reconcile", "reconciliation",
            ),
            icebreaker=("When did someone let you off the hook in a way you still remember?",),
            opener=("What is a mistake the two of you can laugh about now that once felt serious?",),
            reflection=("What makes it hard for you to be the first to say sorry?",),
            apply=("What would it take to let go of one small grudge this week?",),
        ),
        ThemeQuestions(
            noun="love",
            words=("love", "loving", "loved"),
            icebreaker=("Who is someone who showed you what love looks like in everyday life?",),
            opener=("Taking turns, when did you last feel loved by the other without a word being said?",),
            reflection=("What does your partner do that says “I love you” most clearly to you?",),
            apply=("What is one everyday way you could show love to someone close to you this week?",),
        ),
        ThemeQuestions(
            noun="patience",
            words=("patience", "patient", "impatience"),
            icebreaker=("What tests your patience every time, however small?",),
            opener=("What is a little habit of the other’s that you have learned to smile at?",),
            reflection=("When is it hardest for you to be patient with your partner?",),
            apply=("Where could a little more patience change the tone of your week?",),
        ),
        ThemeQuestions(
            noun="gratitude",
            words=("gratitude", "grateful", "thankful", "thankfulness", "thanks"),
            icebreaker=("What is one ordinary thing you were grateful for this week?",),
            opener=("Taking turns, what is one thing about the other you are grateful for today?",),
            reflection=("What does your partner do for you that you rarely thank them for?",),
            apply=("Who could you thank this week for something they think nobody noticed?",),
        ),
        ThemeQuestions(
            noun="prayer",
            words=("prayer", "pray", "praying", "prayers"),
            icebreaker=("Who taught you to pray, or who comes to mind when you picture someone praying?",),
            opener=("What helps each of you pray, and what gets in the way?",),
            reflection=("What would you most like your partner to pray for you about?",),
            apply=("When in your week could you set aside five quiet minutes to pray?",),
            faith=True,
        ),
        ThemeQuestions(
            noun="faith",
            words=("faith", "god", "jesus", "christ", "lord"),
            icebreaker=("Who has shown you what faith looks like in ordinary life?",),
            opener=("Where did each of you notice God at work this week, even in something small?",),
            reflection=("Where do you most need to trust God at the moment?",),
            apply=("What is one way you could live out your faith at home this week?",),
            faith=True,
        ),
        ThemeQuestions(
            noun="rest",
            words=("rest", "sabbath", "restful"),
            icebreaker=("What does a truly restful afternoon look like for you?",),
            opener=("What is the most restful day the two of you have had together, and what made it so?",),
            reflection=("What do you need from your partner to be able to rest?",),
            apply=("What is one thing you could stop doing this week to make room for rest?",),
        ),
        ThemeQuestions(
            noun="our work",
            words=("work", "job", "career", "workplace"),
            icebreaker=("What was your first job, and what did it teach you?",),
            opener=("Taking turns, what was the best part and the hardest part of your work this week?",),
            reflection=("How does your working day come home with you, and how does your partner notice?",),
            apply=("What helps you leave work at work at the end of the day?",),
        ),
        ThemeQuestions(
            noun="money",
            words=("money", "finances", "budget", "spending", "debt"),
            icebreaker=("What is the best small purchase you have ever made?",),
            opener=("What did each of your families teach you about money without ever saying it?",),
            reflection=("What money decision would you like to talk through together, calmly, this month?",),
            apply=("What is one money habit you would like to change this month?",),
        ),
        ThemeQuestions(
            noun="our conversations",
            words=("conversation", "conversations", "communication", "listening", "listen", "listener"),
            icebreaker=("Who is the best listener you know, and what do they do differently?",),
            opener=("What is a conversation the two of you have had that you still think about?",),
            reflection=("How can you tell when your partner is really listening to you?",),
            apply=("Whose conversation this week deserves your full attention, phone away?",),
        ),
        ThemeQuestions(
            noun="anger",
            words=("anger", "angry", "conflict", "argument", "arguments", "fight", "fighting"),
            icebreaker=("What small, silly thing always makes you grumpy?",),
            opener=("What is the silliest thing the two of you have ever argued about?",),
            reflection=("What helps you calm down when an argument starts to heat up?",),
            apply=("What could you do differently the next time a conversation starts to turn sharp?",),
        ),
        ThemeQuestions(
            noun="hope",
            words=("hope", "hopeful", "hopeless", "hopelessness"),
            icebreaker=("What is something you are looking forward to this month?",),
            opener=("What are you each looking forward to in the year ahead?",),
            reflection=("What gives you hope about the two of you right now?",),
            apply=("Who around you could use a word of hope this week?",),
        ),
        ThemeQuestions(
            noun="our worries",
            words=("fear", "fears", "worry", "worries", "afraid"),
            icebreaker=("What was something you were afraid of as a child that makes you smile now?",),
            opener=("What is a childhood fear each of you can laugh about now?",),
            reflection=("What worry would you like your partner to help you carry?",),
            apply=("What is one worry you could hand over this week, and to whom?",),
        ),
        ThemeQuestions(
            noun="our friendships",
            words=("friendship", "friend", "friends"),
            icebreaker=("Who was your best friend at ten years old, and what did you do together?",),
            opener=("When did the two of you first feel like real friends?",),
            reflection=("What does your partner do that makes them a good friend to you?",),
            apply=("Which friendship could use a call from you this week?",),
        ),
        ThemeQuestions(
            noun="our homes",
            words=("family", "families", "home", "household"),
            icebreaker=("What is a tradition from the home you grew up in that you still love?",),
            opener=("What is one tradition from each of your families that you want to keep?",),
            reflection=("What from your own upbringing do you most want to do differently?",),
            apply=("What is one small change that would make home feel calmer this week?",),
        ),
        ThemeQuestions(
            noun="our children",
            words=("parenting", "parent", "parents", "children", "child", "kids", "teenager", "teenagers"),
            icebreaker=(
                "What is something a parent, grandparent or teacher said to you as a child that stuck?",
            ),
            opener=("What is a moment with the children this week that made you both smile?",),
            reflection=("Where do you and your partner parent most alike, and where most differently?",),
            apply=("What is one small way you could encourage a young person in your life this week?",),
        ),
        ThemeQuestions(
            noun="our marriages",
            words=("marriage", "married", "wedding"),
            icebreaker=("What is the best piece of advice about relationships you have ever been given?",),
            opener=("What is a favourite memory from your first year together?",),
            reflection=("What about your marriage today would have surprised you on your wedding day?",),
            apply=("What is one thing you could do this week to encourage a couple you know?",),
        ),
        ThemeQuestions(
            noun="",
            words=("intimacy", "intimate", "closeness"),
            opener=("When do the two of you feel closest, apart from any big occasion?",),
            reflection=("What helps you feel close to your partner at the end of an ordinary day?",),
            private=True,
        ),
        ThemeQuestions(
            noun="connection",
            words=("connection", "connected", "connect"),
            icebreaker=("Who is someone you feel at ease with straight away, and why do you think that is?",),
            opener=("When did you last feel really connected to each other, and what were you doing?",),
            reflection=("What small thing from your partner helps you feel connected in a busy week?",),
            apply=("Who could you reconnect with this week with a message or a call?",),
        ),
        ThemeQuestions(
            noun="our time",
            words=("time", "busy", "busyness", "hurry", "schedule", "schedules", "calendar"),
            icebreaker=("If you were handed a free afternoon tomorrow, what would you do with it?",),
            opener=("What would the two of you do with a free evening together next week?",),
            reflection=("Where does your time together go, and where would you like it to go?",),
            apply=("What is one thing you could take off your calendar to make room for what matters?",),
        ),
        ThemeQuestions(
            noun="grace",
            words=("grace", "mercy"),
            icebreaker=("When has someone treated you better than you expected?",),
            opener=("When has the other shown you grace you did not expect?",),
            reflection=("Where would a little more grace from you make the biggest difference at home?",),
            apply=("Who could you show unexpected grace to this week?",),
        ),
        ThemeQuestions(
            noun="honesty",
            words=("honesty", "honest", "truth", "truthful"),
            icebreaker=("What harmless fib did you tell as a child, and how were you found out?",),
            opener=("When have you found it easy to be honest with each other, and why?",),
            reflection=("What do you find hard to say honestly to your partner, and why?",),
            apply=("Where could a little more honesty help one of your relationships this week?",),
        ),
        ThemeQuestions(
            noun="change",
            words=("change", "changes", "habit", "habits"),
            icebreaker=("What small habit did you pick up in the last year that you are glad about?",),
            opener=("What is one habit the two of you have started that you would like to keep?",),
            reflection=("What change in yourself would you like your partner to notice?",),
            apply=("What is one small habit you could start this week, and who could you tell?",),
        ),
        ThemeQuestions(
            noun="our meals",
            words=("meal", "meals", "table", "dinner", "food", "hospitality"),
            icebreaker=("What meal takes you straight back to your childhood?",),
            opener=("What meal would you each choose for a perfect evening at home?",),
            reflection=("What would make meals at home feel more like time together?",),
            apply=("Who could you invite to share a meal in the next few weeks?",),
        ),
        ThemeQuestions(
            noun="grief",
            words=("grief", "loss", "grieving", "mourning"),
            icebreaker=("What is a small thing that comforts you on a hard day?",),
            opener=("What small thing comforts each of you on a hard day?",),
            reflection=("What has helped you most when you have been sad, and what has not?",),
            apply=("Who do you know who is grieving, and what small thing could you do for them?",),
        ),
        ThemeQuestions(
            noun="our phones",
            words=("phone", "phones", "screen", "screens", "technology"),
            icebreaker=("Which app on your phone would be hardest to give up for a week?",),
            opener=("When do phones get in the way of your time together?",),
            reflection=("How would you like the two of you to handle phones at home?",),
            apply=("What is one boundary with your phone you could try this week?",),
        ),
        ThemeQuestions(
            noun="commitment",
            words=("commitment", "committed", "commit", "faithfulness"),
            icebreaker=("What is something you have kept at for years: a hobby, a team or a friendship?",),
            opener=("What is a promise the two of you have kept that you are proud of?",),
            reflection=("What does commitment look like for you on an ordinary weekday?",),
            apply=("What is one commitment you want to keep better this week?",),
        ),
        ThemeQuestions(
            noun="encouragement",
            words=("encouragement", "encourage", "encouraging"),
            icebreaker=("Who encouraged you when you needed it most, and what did they say?",),
            opener=("What is the most encouraging thing the other has said to you lately?",),
            reflection=("What kind of encouragement from your partner lands best with you?",),
            apply=("Who could you encourage this week, and how?",),
        ),
        ThemeQuestions(
            noun="serving others",
            words=("service", "serve", "serving", "generosity", "generous"),
            icebreaker=("What is the most generous thing you have seen someone do without being asked?",),
            opener=("What is a way the other serves you that you would miss if it stopped?",),
            reflection=("Where would you like to serve others together as a couple?",),
            apply=("What is one way you could serve someone nearby this week without being asked?",),
        ),
    ),
    "es": (
        ThemeQuestions(
            noun="la confianza",
            words=("confianza", "confiar", "confía", "confiamos"),
            icebreaker=("Piensa en alguien en quien confiaste desde el principio. ¿Qué lo hizo fácil?",),
            opener=("Por turnos, ¿qué hizo el otro al principio que los hizo confiar?",),
            reflection=("¿Cuándo te sientes más digno de confianza a los ojos de tu pareja?",),
            apply=("¿Qué promesa pequeña podrías cumplir esta semana para construir confianza?",),
        ),
        ThemeQuestions(
            noun="la esperanza",
            words=("esperanza", "esperar", "espera"),
            icebreaker=("¿Qué cosa esperas con ilusión este mes?",),
            opener=("¿Qué esperan con ilusión cada uno para este año?",),
            reflection=("¿Qué te da esperanza sobre ustedes dos en este momento?",),
            apply=("¿A quién le vendría bien una palabra de esperanza esta semana?",),
        ),
        ThemeQuestions(
            noun="la gratitud",
            words=("gratitud", "agradecer", "agradecido", "agradecida", "gracias"),
            icebreaker=("¿Qué cosa sencilla agradeciste esta semana?",),
            opener=("Por turnos, ¿qué le agradeces hoy al otro?",),
            reflection=("¿Qué hace tu pareja por ti que casi nunca le agradeces?",),
            apply=("¿A quién podrías darle las gracias esta semana por algo que nadie notó?",),
        ),
        ThemeQuestions(
            noun="el perdón",
            words=("perdón", "perdonar", "perdona", "perdonado"),
            icebreaker=("¿Cuándo alguien te perdonó de una forma que todavía recuerdas?",),
            opener=("¿De qué error pueden reírse ahora que antes parecía grave?",),
            reflection=("¿Qué te cuesta más a la hora de pedir perdón primero?",),
            apply=("¿Qué haría falta para soltar un pequeño rencor esta semana?",),
        ),
        ThemeQuestions(
            noun="la oración",
            words=("oración", "orar", "oramos", "oraciones"),
            icebreaker=("¿Quién te enseñó a orar, o en quién piensas cuando imaginas a alguien orando?",),
            opener=("¿Qué les ayuda a orar a cada uno, y qué se lo impide?",),
            reflection=("¿Por qué te gustaría que tu pareja orara por ti?",),
            apply=("¿En qué momento de tu semana podrías apartar cinco minutos para orar?",),
            faith=True,
        ),
        ThemeQuestions(
            noun="el amor",
            words=("amor", "amar", "amado", "amada"),
            icebreaker=("¿Quién te mostró cómo es el amor en la vida de cada día?",),
            opener=("Por turnos, ¿cuándo te sentiste amado por el otro sin que dijera nada?",),
            reflection=("¿Qué hace tu pareja que te dice «te quiero» con más claridad?",),
            apply=("¿De qué manera sencilla podrías mostrar amor a alguien cercano esta semana?",),
        ),
        ThemeQuestions(
            noun="el descanso",
            words=("descanso", "descansar", "reposo"),
            icebreaker=("¿Cómo sería para ti una tarde de verdadero descanso?",),
            opener=("¿Cuál ha sido el día más tranquilo que han pasado juntos, y por qué?",),
            reflection=("¿Qué necesitas de tu pareja para poder descansar?",),
            apply=("¿Qué podrías dejar de hacer esta semana para hacer sitio al descanso?",),
        ),
        ThemeQuestions(
            noun="nuestras familias",
            words=("familia", "hogar", "casa"),
            icebreaker=("¿Qué tradición de la casa donde creciste sigues queriendo?",),
            opener=("¿Qué tradición de cada una de sus familias quieren conservar?",),
            reflection=("¿Qué de tu propia familia quieres hacer de otra manera?",),
            apply=("¿Qué pequeño cambio haría que el hogar se sintiera más tranquilo esta semana?",),
        ),
        ThemeQuestions(
            noun="nuestras preocupaciones",
            words=("miedo", "temor", "preocupación", "ansiedad"),
            icebreaker=("¿Qué te daba miedo de niño y ahora te hace sonreír?",),
            opener=("¿Qué miedo de la infancia les hace reír ahora?",),
            reflection=("¿Qué preocupación te gustaría que tu pareja te ayudara a cargar?",),
            apply=("¿Qué preocupación podrías entregar esta semana, y a quién?",),
        ),
    ),
}

GENERIC_THEME: dict[str, ThemeQuestions] = {
    "en": ThemeQuestions(
        words=(),
        icebreaker=(
            "What comes to mind first when you hear the word “{theme}”?",
            "Who taught you the most about {theme}, by what they said or by what they did?",
        ),
        opener=("What comes to mind first for each of you when you hear the word “{theme}”?",),
    ),
    "es": ThemeQuestions(
        words=(),
        icebreaker=("¿Qué es lo primero que te viene a la mente al oír la palabra «{theme}»?",),
        opener=("¿Qué es lo primero que les viene a la mente a cada uno al oír la palabra «{theme}»?",),
    ),
}

# --- questions about sensitive topics, for couples only -----------------------------

TOPIC_QUESTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual_intimacy": (
            "What helps you feel safe enough to talk honestly about your physical relationship?",
            "What helps you feel close to your partner long before anything physical happens?",
        ),
        "infidelity": (
            "What helps the two of you feel secure in each other’s faithfulness?",
            "Which boundaries with other people help you both feel safe?",
        ),
        "pornography": ("How could the two of you talk about pornography without blame or shame?",),
        "addiction": (
            "What would help you talk honestly with each other about any habit that has a hold on you?",
        ),
        "mental_health": (
            "How can you tell when your partner is struggling inside, and what helps them then?",
        ),
        "grief": ("What has each of you needed from the other in a season of loss?",),
        "infertility": (
            "What do you each need from the other on the days when longing for a child feels heavy?",
        ),
        "money": ("What money worry would you like to bring into the open with your partner?",),
    },
    "es": {
        "sexual_intimacy": (
            "¿Qué les ayuda a sentirse seguros para hablar con sinceridad de su intimidad física?",
        ),
        "infidelity": ("¿Qué les ayuda a sentirse seguros en la fidelidad del otro?",),
        "pornography": ("¿Cómo podrían hablar de la pornografía sin culpa ni vergüenza?",),
        "addiction": (
            "¿Qué les ayudaría a hablar con sinceridad de cualquier hábito que los tenga atrapados?",
        ),
        "mental_health": ("¿Cómo notas cuando tu pareja está luchando por dentro, y qué le ayuda entonces?",),
        "grief": ("¿Qué ha necesitado cada uno del otro en un tiempo de pérdida?",),
        "infertility": ("¿Qué necesita cada uno del otro en los días en que el deseo de un hijo pesa más?",),
        "money": ("¿Qué preocupación de dinero te gustaría poner sobre la mesa con tu pareja?",),
    },
}

# --- fixed wording of sections and notes -------------------------------------------

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "welcome": "Welcome",
        "read": "Read",
        "discuss": "Discuss",
        "apply": "Apply",
        "close": "Close",
        "take_home": "For couples at home",
        "prepare": "Before you meet",
        "settle": "Settle in",
        "read_together": "Read together",
        "talk": "Talk it through",
        "deeper": "Go deeper",
        "commit": "I will...",
        "purpose_welcome": "Settle in and start talking with a question anyone can answer.",
        "purpose_read": "Hear the heart of the article read aloud.",
        "purpose_discuss": "Move from what the article says, to what it means, to what we will do.",
        "purpose_apply": "Choose one concrete step and someone to tell.",
        "purpose_close": "End together.",
        "purpose_take_home": "Questions for couples to talk over privately, never in the room.",
        "purpose_prepare": "For the leader, before the session.",
        "purpose_settle": "Start somewhere safe.",
        "purpose_read_together": "Read the key passages aloud to each other.",
        "purpose_talk": "Talk through what the article says and what it means for the two of you.",
        "purpose_deeper": "Go as deep as you both choose.",
        "purpose_commit": "Each of you chooses one step, and you set a time to come back to it.",
        "confidential": "Agree together at the start: what is shared here stays here.",
        "read_aloud": "Ask one or two people to read aloud; reading it twice lets it sink in.",
        "read_together_note": (
            "Take turns reading aloud, a paragraph each. Each of you mark the line that strikes you most."
        ),
        "settle_note": "Find half an hour when you will not be interrupted, and put your phones away.",
        "separately": "Answer separately first (write it down), then compare.",
        "extras": "Extra questions for the leader to choose from if there is time.",
        "apply_note": "Give everyone a minute to write their step down, then share in pairs.",
        "prompt_i_will": "I will …",
        "prompt_tell": "I will tell … about it by …",
        "prompt_partner": "{partner}: I will …",
        "partner_1": "First partner",
        "partner_2": "Second partner",
        "prompt_return": "We will come back to this on …",
        "pray_close": (
            "Close in prayer, bringing to God what was shared and asking for help with {theme} this week. "
            "Keep it short, and let anyone who wishes pray aloud."
        ),
        "pray_close_plain": (
            "Close in prayer, bringing to God what was shared. Keep it short, and let anyone who wishes "
            "pray aloud."
        ),
        "pray_couple": "Pray for each other, naming the other’s “I will”.",
        "secular_close": "Go round the group: each person names one word or phrase they are taking home.",
        "secular_couple": "Tell each other one thing you appreciated about this conversation.",
        "take_home_note": (
            "Hand these to couples to talk over at home. They are not for discussion in the group."
        ),
        "private_note": (
            "This article touches on {topics}. Keep those parts out of the whole-group discussion; couples "
            "can talk about them privately at home."
        ),
        "disclosure_note": (
            "If someone shares something painful, such as an affair, abuse or an addiction, thank them, do "
            "not try to fix it in the room, and follow up privately afterwards. Where anyone’s safety is at"
            " risk, help them reach a pastor or a counsellor."
        ),
        "disclosure_note_secular": (
            "If someone shares something painful, such as an affair, abuse or an addiction, thank them, do "
            "not try to fix it in the room, and follow up privately afterwards. Where anyone’s safety is at"
            " risk, help them reach a counsellor or another professional."
        ),
        "abuse_note": (
            "The article mentions abuse. Do not ask couples to talk about abuse together: if either partner"
            " is unsafe, a joint conversation can make it worse. Offer to talk privately instead."
        ),
        "abuse_couple_note": (
            "If either of you ever feels unsafe at home, talk to a counsellor or pastor on your own before "
            "talking about it together."
        ),
        "abuse_couple_note_secular": (
            "If either of you ever feels unsafe at home, talk to a counsellor on your own before talking "
            "about it together."
        ),
        "silence_note": (
            "Let silence work: wait a little longer than feels comfortable before rephrasing a question."
        ),
        "big_idea_note": "Keep the big idea in view: {quote}",
        "minutes_note": "About {minutes} minutes.",
        "scripture_read": "Read {ref} aloud as well.",
        "follow_check_in": "Within a few days, check in privately with anyone who shared something hard.",
        "follow_remind": (
            "Midweek, remind the group of the steps they chose (“I will …”) and ask how it is going."
        ),
        "follow_take_home": (
            "Ask couples at the next session, without pressing, whether the take-home questions were "
            "useful."
        ),
        "follow_next": "Start next time by asking who tried their step, and what happened.",
        "leader_prepare_quote": "Before you lead, where does {quote} touch your own life?",
        "leader_prepare_topic": "How will you respond if someone brings up {topic} in the group?",
        "outline_part": "Paragraphs {first}–{last}",
        "outline_opening": "Opening",
        "outline_single": "Paragraph {first}",
    },
    "es": {
        "welcome": "Bienvenida",
        "read": "Lectura",
        "discuss": "Conversación",
        "apply": "Aplicación",
        "close": "Cierre",
        "take_home": "Para las parejas en casa",
        "prepare": "Antes de la reunión",
        "settle": "Para empezar",
        "read_together": "Lean juntos",
        "talk": "Conversen",
        "deeper": "Más a fondo",
        "commit": "Me comprometo a...",
        "purpose_welcome": "Romper el hielo con una pregunta que cualquiera puede responder.",
        "purpose_read": "Escuchar en voz alta el corazón del texto.",
        "purpose_discuss": "Pasar de lo que dice el texto a lo que significa y a lo que haremos.",
        "purpose_apply": "Elegir un paso concreto y a quién contárselo.",
        "purpose_close": "Terminar juntos.",
        "purpose_take_home": "Preguntas para que las parejas hablen en privado, nunca en el grupo.",
        "purpose_prepare": "Para quien dirige, antes de la reunión.",
        "purpose_settle": "Empezar por algo sencillo.",
        "purpose_read_together": "Leerse en voz alta los pasajes clave.",
        "purpose_talk": "Hablar de lo que dice el texto y de lo que significa para ustedes dos.",
        "purpose_deeper": "Ir tan a fondo como los dos decidan.",
        "purpose_commit": "Cada uno elige un paso, y fijan un momento para retomarlo.",
        "confidential": "Acuerden al empezar: lo que se comparte aquí, aquí se queda.",
        "read_aloud": "Pidan a una o dos personas que lean en voz alta; leerlo dos veces ayuda.",
        "read_together_note": (
            "Lean por turnos en voz alta, un párrafo cada uno. Cada uno marque la frase que más le toque."
        ),
        "settle_note": "Busquen media hora sin interrupciones y dejen los teléfonos a un lado.",
        "separately": "Respondan primero por separado (por escrito) y luego compárenlo.",
        "extras": "Preguntas adicionales para elegir si hay tiempo.",
        "apply_note": "Den a cada uno un minuto para escribir su paso y compártanlo en parejas.",
        "prompt_i_will": "Me comprometo a …",
        "prompt_tell": "Se lo contaré a … antes del …",
        "prompt_partner": "{partner}: me comprometo a …",
        "partner_1": "Primera persona",
        "partner_2": "Segunda persona",
        "prompt_return": "Volveremos a hablarlo el …",
        "pray_close": (
            "Terminen orando: presenten a Dios lo que se compartió y pidan ayuda con {theme} esta semana. "
            "Que sea breve, y que ore en voz alta quien quiera."
        ),
        "pray_close_plain": (
            "Terminen orando y presenten a Dios lo que se compartió. Que sea breve, y que ore en voz alta "
            "quien quiera."
        ),
        "pray_couple": "Oren el uno por el otro, nombrando el compromiso del otro.",
        "secular_close": "Hagan una ronda: cada persona dice una palabra o frase que se lleva.",
        "secular_couple": "Díganse una cosa que valoraron de esta conversación.",
        "take_home_note": "Entréguenlas a las parejas para hablarlas en casa. No son para el grupo.",
        "private_note": (
            "El texto toca temas como {topics}. Déjenlos fuera de la conversación del grupo; las parejas "
            "pueden hablarlos en privado en casa."
        ),
        "disclosure_note": (
            "Si alguien comparte algo doloroso, como una infidelidad, un abuso o una adicción, "
            "agradézcanselo, no intenten resolverlo en el grupo y hagan un seguimiento en privado. Si la "
            "seguridad de alguien corre peligro, ayúdenle a contactar con un pastor o un consejero."
        ),
        "disclosure_note_secular": (
            "Si alguien comparte algo doloroso, como una infidelidad, un abuso o una adicción, "
            "agradézcanselo, no intenten resolverlo en el grupo y hagan un seguimiento en privado. Si la "
            "seguridad de alguien corre peligro, ayúdenle a contactar con un profesional."
        ),
        "abuse_note": (
            "El texto menciona el abuso. No pidan a las parejas que hablen juntas del abuso: si alguien no "
            "está a salvo, una conversación conjunta puede empeorarlo. Ofrezcan hablar en privado."
        ),
        "abuse_couple_note": (
            "Si alguno de los dos se siente inseguro en casa, hable primero a solas con un consejero o un "
            "pastor."
        ),
        "abuse_couple_note_secular": (
            "Si alguno de los dos se siente inseguro en casa, hable primero a solas con un consejero."
        ),
        "silence_note": (
            "Dejen actuar al silencio: esperen un poco más de lo cómodo antes de reformular una pregunta."
        ),
        "big_idea_note": "Tengan presente la idea central: {quote}",
        "minutes_note": "Unos {minutes} minutos.",
        "scripture_read": "Lean también {ref} en voz alta.",
        "follow_check_in": "En los próximos días, hablen en privado con quien haya compartido algo difícil.",
        "follow_remind": "A mitad de semana, recuerden al grupo los pasos que eligieron y pregunten cómo va.",
        "follow_take_home": (
            "En la próxima reunión, pregunten sin presionar si las preguntas para casa sirvieron."
        ),
        "follow_next": "La próxima vez, empiecen preguntando quién dio su paso y qué pasó.",
        "leader_prepare_quote": "Antes de dirigir, ¿dónde toca {quote} tu propia vida?",
        "leader_prepare_topic": "¿Cómo responderás si alguien saca el tema de {topic} en el grupo?",
        "outline_part": "Párrafos {first}–{last}",
        "outline_opening": "Inicio",
        "outline_single": "Párrafo {first}",
    },
}

TOPIC_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "sexual_intimacy": "sex",
        "infidelity": "affairs",
        "pornography": "pornography",
        "abuse": "abuse",
        "addiction": "addiction",
        "mental_health": "mental health",
        "grief": "grief",
        "infertility": "infertility",
        "money": "money worries",
    },
    "es": {
        "sexual_intimacy": "la sexualidad",
        "infidelity": "la infidelidad",
        "pornography": "la pornografía",
        "abuse": "el abuso",
        "addiction": "las adicciones",
        "mental_health": "la salud mental",
        "grief": "el duelo",
        "infertility": "la infertilidad",
        "money": "las deudas",
    },
}


TOPIC_RAISED: dict[str, dict[str, str]] = {
    "en": {
        "sexual_intimacy": "their sex life",
        "infidelity": "an affair",
        "pornography": "pornography",
        "abuse": "abuse at home",
        "addiction": "an addiction",
        "mental_health": "their mental health",
        "grief": "a loss",
        "infertility": "infertility",
        "money": "debt",
    },
    "es": {
        "sexual_intimacy": "su vida sexual",
        "infidelity": "una infidelidad",
        "pornography": "la pornografía",
        "abuse": "un abuso en casa",
        "addiction": "una adicción",
        "mental_health": "su salud mental",
        "grief": "una pérdida",
        "infertility": "la infertilidad",
        "money": "las deudas",
    },
}
"""Topics as the object of "if someone brings up ..."."""


def language_of_templates(language: str | None) -> str:
    """The template language for an article: Spanish for Spanish, English otherwise."""
    return "es" if language == "es" else "en"


def bank_entry(label: str, language: str) -> ThemeQuestions | None:
    """The bank's questions for a theme label, or None when the bank has none."""
    key = stem(label)
    for entry in THEME_BANK[language]:
        if key in entry.stems:
            return entry
    return None


def join_list(items: list[str], language: str) -> str:
    """ "a, b and c" (or "a, b y c")."""
    conjunction = " y " if language == "es" else " and "
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + conjunction + items[-1]


def spanish_noun(label: str) -> str:
    """A Spanish theme with its article: "la esperanza", "el descanso" ("Dios" keeps none)."""
    if label[:1].isupper():
        return label
    if label.endswith("s"):
        singular = label[:-1]
        feminine = singular.endswith(("a", "ción", "sión", "dad", "tad", "tud", "umbre"))
        return ("las " if feminine else "los ") + label
    feminine = label.endswith(("a", "ción", "sión", "dad", "tad", "tud", "umbre", "ez"))
    return ("la " if feminine else "el ") + label
