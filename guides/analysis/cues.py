"""The cues the reading stage reads roles by, in English and Spanish.

Each is a compiled pattern over one sentence or one block. They are kept apart
from :mod:`guides.analysis.reading` so that the rules there read as rules, and
so that a missed cue is one line to add here. All patterns are case-insensitive
unless they say otherwise, and anchored where the cue must open the sentence.

A pattern searched for one of many words opens on ``\b(?=[...])``: the letters those words begin with,
so that the engine passes over most word boundaries at once instead of trying every word there (about
twice as fast; the reading stage tries dozens of these on every sentence). The letters must cover every
word: ``tests/guides/test_pattern_guards.py`` checks them here and wherever else the guard is used.
"""

from __future__ import annotations

import re
from functools import lru_cache

from guides.analysis.sentences import TITLE_WORDS

_I = re.IGNORECASE

# --- hedges: a possibility the author raises, not something asserted -----------------

HEDGE_OPENING = re.compile(
    r"^(?:so\s+|and\s+|but\s+|now\s+|or\s+|y\s+|o\s+)?(?:"
    r"maybe|perhaps|possibly|it may be|it might be|it could be|it is possible|it['’]s possible|"
    r"chances are|if you are like|if you['’]re like|you may be|you might be|you may feel|you might feel|"
    r"you may have|you might have|you may think|you might think|you may wonder|you might wonder|"
    r"you might read|you may read|you may say|you might say|some of you (?:may|might|are|have|feel)|"
    r"many of you (?:may|might)|i suspect|i wonder if|could it be|it may feel|it might feel|"
    r"some of (?:you|us)|one of you (?:may|might)|"
    # "I think he just likes being needed" guesses; "I think we've confused hospitality with entertaining"
    # is the author's claim
    # ("I think it helps to say that forgiveness and reconciliation are not the same thing" frames one)
    r"i think(?=\s+(?:that\s+)?(?:he|she|they|you|"
    r"it(?!\s+(?:helps|is worth|['’]s worth|matters|is important) )|"
    r"i|his|her|their|maybe|perhaps|probably)\b)|"
    r"i am not sure|i['’]m not sure|it seems|"
    r"if so|most likely|either way, you (?:are|may)|alguno (?:ya )?(?:está )?pensando|"
    r"quizás?|tal vez|a lo mejor|puede que|es posible que|posiblemente|quizá"
    r")\b",
    _I,
)
"""A sentence that opens with one of these raises a possibility: "Maybe your marriage feels ..."."""

HEDGE_WORD = re.compile(
    r"\b(?=[almpqst])(?:may|might|maybe|perhaps|probably|possibly|likely|seems? to|quizás?|tal vez|"
    r"a lo mejor|"
    r"probablemente|posiblemente|puede que)\b",
    _I,
)
"""A modal or adverb that makes the sentence a possibility wherever it stands ("You may find that ...")."""

IMAGINED_VOICE = re.compile(
    r"\b(?=[mqsty])(?:you (?:may|might|could) (?:read this and )?(?:think|say|wonder|ask|feel)|"
    r"(?:some|many) (?:of you|people|couples|readers|parents) (?:may|might|will) (?:think|say|ask|wonder)|"
    r"(?:quizás|tal vez) (?:pienses|digas|te preguntes))\b",
    _I,
)
"""A frame for a voice the author imagines: "You might read this and think, “...?”"."""

BELIEF = re.compile(
    r"^\W*(?:(?:and|but|so|now)\s+)?(?:I|we)\s+(?:(?:do not|don['’]t|still|now|no longer|honestly)\s+)?"
    r"(?:think|believe|suspect|am convinced|know now)\b|"
    r"^\W*(?:(?:and|but|so)\s+)?(?:I|we)(?:['’]ve| have) (?:\w+ )?"
    r"(?:learned|learnt|come to (?:believe|think|see))\b|"
    r"^\W*(?:I|we)['’]m convinced\b|"
    r"^\W*(?:y\s+|pero\s+)?(?:no\s+)?(?:creo|pienso|sospecho|he aprendido|hemos aprendido)\b",
    re.IGNORECASE,
)
"""What the author thinks now, in the present ("I think the shovelling did.", "I've learned not to wait
for the feeling."): the author's reading of the story, never a step of it, whatever tense follows."""

POINTING_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so|y|pero)\s+)?"
    r"(?:[^,.;:]{2,40},\s*|(?:from|in|on|at|to|by|after|for) [\w' ]{2,30}?\s+)?"
    r"(?:this|that|it|these|those|esto|eso)\s+"
    r"(?:is|was|are|were|does|did|do|has|had|looks|seems|means|meant|feels|sounds|es|era|parece)\b",
    re.IGNORECASE,
)
"""A sentence whose subject is "this" or "it" ("From the road this does not look like much."): what it is,
the sentences before say."""

ABOUT_THE_PAGE = re.compile(
    r"\b(?:this|my|our) (?:blog|post|column|newsletter|site|website|podcast|series)\b|"
    r"\b(?:regular |longtime |long-time )?readers of (?:this|my|our)\b|"
    r"\b(?:este|mi|nuestro) (?:blog|artículo|boletín)\b",
    re.IGNORECASE,
)
"""A sentence about the page and its readers, an aside, not a claim to take into the week."""

COMPARED_UNSAID = re.compile(
    r"\b(?:(?:something|anything|nothing) (?:different|else)|the same|otherwise|like that|that way|"
    r"the difference|"
    r"algo distinto|otra cosa|así)\W*$",
    re.IGNORECASE,
)
"""A sentence that ends comparing with what it does not say ("The fallow field says something different."):
different from what, the paragraph before says; never a claim that stands alone."""

# --- notes on wording, translation or definition --------------------------------------

NOTE = re.compile(
    r"\b(?:(?:the\s+)?(?:hebrew|greek|aramaic|latin|original)\s+(?:word|term|verb|noun|phrase|text)s?|"
    r"in (?:the )?(?:greek|hebrew|aramaic)\b|word for word|\bliterally\b|"
    r"\btranslat(?:e|es|ed|ion|ions|ing)\b|\bold(?:er)? (?:english )?(?:word|form|phrase)\b|"
    r"\b(?:a|one) (?:quick )?(?:note|word) (?:on|about) (?:that|this|"
    r"the)? ?(?:word|words|language|phrase|term)|"
    r"\bthe (?:word|term|phrase|verb|noun) [“\"«*'‘]|\b(?:most|many) (?:english )?bibles\b|"
    r"\bthe (?:verb|noun|word) (?:paul|jesus|john|peter|james|he|she|the author) uses\b|"
    r"\bthe phrase translated\b|\bin the research literature\b|"
    r"\ben (?:el )?(?:griego|hebreo)\b|\bliteralmente\b|\btraduc(?:e|en|ido|ida|ción)\b|"
    r"\bcastellano (?:antiguo|de la)\b|\bsegún la reina-valera\b|\bla (?:pequeña )?palabra [«“\"]|"
    r"\bel verbo griego\b|\buna palabra que\b|^\W*(?:notice|look (?:again )?at|fíjate|fíjense|observa|"
    r"observen) (?:the|that|how|where|what|too|,|el|la|que|cómo|dónde)|"
    r"literally (?:means?|reads?|translates?)|(?:is|was|are) (?:translated|rendered) (?:as|here)|"
    r"in the original (?:language|text|hebrew|greek)|other translations (?:read|have|say|render)|"
    r"the (?:kjv|niv|esv|nkjv|nasb|nlt|web) (?:reads|has|says|renders)|a better translation|"
    r"palabras? (?:griegas?|hebreas?|original(?:es)?)|en el (?:original|griego|hebreo)|"
    r"significa literalmente|se traduce (?:como|aquí)|traducid[oa]s? (?:como|aquí)|"
    # "Rooms there means places at the table.": an old word of the verse glossed
    r"^\W*[“\"‘']?[a-z]+[”\"’']? (?:there|here|in (?:this|that) verse) (?:means?|meant)|"
    r"^\W*[“\"‘']?[a-z]+[”\"’']? (?:ahí|aquí) significa)\b",
    _I,
)
"""An aside on the words themselves: "The Hebrew word here, hesed, means ...", "Rooms there means places
at the table."."""

READING_OF_TEXT = re.compile(
    r"^\W*what (?:he|she|paul|jesus|god|it|the (?:verse|text|passage|psalm)) "
    r"(?:promises|says|means|asks|wants|is saying)\b|"
    r"^\W*(?:luke|mark|matthew|john|paul|moses|david|"
    r"the (?:gospel|text|passage|story|verse|psalm|psalmist|writer))"
    r"\s+(?:tells|writes|records|describes|gives us)\b|"
    # "The whole psalm is addressed to God.": what the text is, not a claim about life
    r"^\W*the (?:whole |entire |last |first )?"
    r"(?:psalm|passage|chapter|story|parable|letter|text|verse|book)s? "
    r"(?:is|are|was|were|ends|begins|starts|never|doesn['’]t|does not)\b",
    _I,
)
"""A sentence about what the text says ("What he promises is that the peace will guard", "Luke tells a
short story about a dinner like that"): the author reading the passage, not the author's claim about
life."""

SERMON_STAGE = re.compile(
    r"^\W*(?:(?:go ahead and )?(?:find|take|have|grab) a seat|you may be seated|please be seated|"
    r"(?:would you |will you |can you |could you )?turn (?:with me )?(?:in your bibles )?to|"
    r"open (?:your bibles|with me) to|stand with me|welcome (?:back|to (?:our|this|week|session))\b|"
    r"let(?:['’]s|’s| us) (?:pray|stand|read)|good (?:morning|evening),? (?:church|everyone|friends)|"
    r"(?:if you['’]re|if you are) using a pew bible|vayamos a|abran (?:sus biblias|la biblia)|oremos|"
    r"(?:go ahead and )?(?:sit down|be seated|take your seats?)\W*$|hold on to that\b|keep that in mind\b|"
    r"hold (?:\w+ )?there for a (?:minute|moment|second)\b|"
    # a study's direction to its leader: "Ask someone to read the passage aloud."
    r"ask (?:someone|somebody|a volunteer|one person|two people|(?:a|one) member) to read\b|"
    r"(?:go ahead and )?(?:find|turn to|open to|listen to|look at|follow along (?:in|with))\s+(?:with me\s+)?"
    r"(?:(?:verses?|chapter|page)\b|(?:\d\s*)?[A-Z][a-z]+ (?:chapter|\d))|"
    # where the sermon stays: "That's where we're going to stay this morning."
    r"that['’]s where we['’]re (?:going to )?(?:stay|spend|be|start|camp|park)\b|"
    # where the book is: "Numbers is the fourth book, and if you've never been there, ..."
    r"(?:[1-3]\s)?[A-Z][a-z]+ is the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"last|\w+th) book\b)",
    re.IGNORECASE,
)
"""What a preacher says to the room, not about the text: "Go ahead and find a seat", "Turn with me to
Ephesians chapter 5", "If you're using a pew Bible, that's page 1142"."""

ADDRESS = re.compile(
    r"^\W*(?:friends|church|folks|beloved|brothers and sisters|sisters and brothers|everyone|everybody|"
    r"hermanos|hermanas|amigos|iglesia)\s*,\s*",
    re.IGNORECASE,
)
"""The preacher's word to the room before a claim ("Friends, the chapel is for burdens."): not a name."""

VOCATIVE = re.compile(
    r"^\W*(?:husbands|wives|parents|dads|moms|mums|fathers|mothers|men|women|ladies|gentlemen|singles|"
    r"grandparents|teenagers|maridos|esposas|esposos|padres|madres|hombres|mujeres)\s*[,:]",
    re.IGNORECASE,
)
"""Counsel called out to some of the readers ("Husbands, find one thing that costs you")."""

TITLE_LINE = re.compile(rf"^(?=[^\n]*[A-Z][\w'’-]*\s+[^\n]*[A-Z]){TITLE_WORDS}$")
"""A sentence that is only a title line: two capitalised words at least (a series' name, a list of links)."""

LEADER_NOTE = re.compile(
    r"^\W{0,3}(?:leader['’]?s?'? notes?|notes? (?:for|to) (?:the )?leaders?|"
    r"for (?:the )?leaders?|facilitator['’]?s? notes?|"
    r"para (?:quien dirige|el líder|los líderes|el facilitador)|ask (?:the|"
    r"your) group|pregunta al grupo)\s*[:.—–-]|"
    # how the group spends its time: "Spend a few minutes in pairs.", "Break into threes to pray."
    r"^\W*(?:spend|take) (?:a (?:few|couple of)|two|three|five|ten|\d+) minutes? (?:in (?:pairs|twos|threes|"
    r"small groups|silence)|together|praying)\b|^\W*(?:break|split) (?:up )?into (?:pairs|twos|threes|"
    r"small groups)\b|^\W*(?:pasen|dediquen) unos minutos (?:en parejas|en silencio)\b|"
    r"^\W*for (?:small )?groups?\W*$|^\W*next (?:week|session|time)\s*:|"
    r"^\W*close (?:by|with|in) (?:praying|prayer)\b|"
    r"\b(?=[abciklnty])(?:keep (?:the )?answers (?:brief|short)\b|before (?:we|the group) meets?\b|"
    r"before (?:you|we) (?:move|turn|go|get) (?:on )?to the (?:questions|discussion)\b|"
    r"(?:your group|in your group|your job this week|choose (?:two|three|four|five|a few|some) of these|"
    r"allow (?:about |around )?(?:\d+ minutes|(?:an|one) hour(?: and a half)?|half an hour|ninety minutes)|"
    r"leader['’]s notes|(?:in the|the) printed edition|next week(?:['’]s| we)|tu grupo|la próxima semana)\b)|"
    # the page's front matter: "Guest post this week from Ben", "Speaker: Rev. ... This transcript was made
    # from the recording and has been lightly edited for reading."
    r"\b(?=[gtels])(?:guest post (?:this week )?(?:from|by)|this transcript (?:was|has been|is)|"
    r"(?:lightly edited|edited) for (?:reading|length|clarity)|transcribed from|speaker\s*:|series\s*:)",
    _I,
)
"""Words for whoever leads a study, not for the group: "Leader's note:", "Choose four or five of these"."""

PRAYER = re.compile(
    r"^\W{0,3}(?:(?:prayer|a prayer|let us pray|let['’]s pray|oración|oremos)\s*[:.—–-]|"
    r"(?:(?:o|oh|faithful|gracious|loving|merciful|almighty|holy|dear|heavenly|eternal|generous|patient|"
    r"kind|good|living|mighty|tender|señor|padre|querido|buen)\s+)?"
    r"(?:lord|father|god|jesus|señor|padre|dios)"
    r"(?:\s+(?:jesus|god|our (?:god|father)|of (?:all|mercy|grace|heaven)|almighty|jesucristo|dios|"
    r"nuestro))?\s*,)",
    _I,
)
"""A prayer printed in the article: the author speaking to God, not making a point to discuss."""

TERM_GLOSS = re.compile(
    r"^\W{0,2}(?:to |a |an |the |la |el )?[“\"«*'‘][^\s”\"»*’]{2,20}[”\"»*’]\s*(?:is|was|means|meant|es|era|"
    r"significa|quiere decir)\b|^\W{0,2}(?:to|the word|la palabra) [“\"«*'‘][^”\"»*’]{2,20}[”\"»*’] is\b",
    _I,
)
"""A gloss on one word: '"Troth" is an old form of "truth"', 'To "plight" is to pledge.'"""

# --- printed study questions --------------------------------------------------------------

STUDY_LABEL = re.compile(
    r"^\W{0,3}(?:reflect(?:ion)?|discuss(?:ion)?|consider|ponder|think about it|for discussion|"
    r"questions? for (?:reflection|discussion)|talk about it|going deeper|dig deeper|apply it|"
    r"journal|para reflexionar|para conversar|reflexiona|reflexionen|conversen|para pensar|"
    r"preguntas? para (?:reflexionar|conversar|el grupo)|para el grupo)\s*[:.—–-]\s*",
    _I,
)
"""A label that prints a question for readers: "Reflect: how does ...?"."""

STUDY_HEADING = re.compile(
    r"^\W{0,3}(?:(?:study|discussion|reflection|small[- ]group|group|review)\s+questions?|"
    r"questions? (?:for|to) (?:reflection|reflect|discussion|discuss|talk|consider|ponder|your group|"
    r"couples|the two of you)|for (?:reflection|discussion|further thought|your group)|"
    r"reflect(?:ion)?|discuss(?:ion)?|going deeper|dig deeper|talk it over|think it through|"
    r"preguntas?(?: para (?:reflexionar|conversar|el grupo|la reflexión|pensar))?|para reflexionar|"
    r"para conversar|para pensar|reflexión|conversación)\W*$",
    _I,
)
"""A heading over printed questions: "Questions for reflection", "Para conversar"."""

# --- rhetorical questions ----------------------------------------------------------------

RHETORICAL_OPENING = re.compile(
    r"^¿?(?:and\s+|but\s+|so\s+|y\s+|pero\s+)?(?:who (?:hasn['’]t|has not|doesn['’]t|"
    r"does not|among us|wouldn['’]t|isn['’]t)|"
    r"isn['’]t (?:it|that|this)|aren['’]t (?:we|they)|don['’]t we all|doesn['’]t (?:it|that|everyone)|"
    r"what if|how many of us|who of us|wouldn['’]t it be|isn['’]t that|"
    r"haven['’]t we all|what good is|what['’]s the point|"
    r"what is the point|who wants to|de qué sirve|para qué sirve|quién quiere|"
    r"have you (?:ever )?(?:seen|watched|noticed|heard|stood|tried|felt how|wondered why)|"
    r"ever (?:noticed|wondered|seen)|sound familiar|remember when|"
    # pointing at the text: "Do you see where they're sitting?", "Did you catch what just happened?"
    r"(?:do|did|can|could) you (?:see|notice|catch|hear) (?:where|what|who|how|that|it|the|this)|"
    r"¿?(?:quién no|no es (?:así|cierto)|acaso|has visto|alguna vez has visto|qué pasaría si|"
    r"no (?:nos|te) ha pasado))\b",
    _I,
)
"""Questions that are not asked to be answered: "Who hasn't ...?", "Have you ever seen ...?"."""

ANSWER_OPENING = re.compile(
    r"^(?:of course|yes|no|not (?:at all|really|likely|always|usually)|probably|most of us|many of us|"
    r"we all|i (?:have|know|do|did|am)|me too|sadly|the answer|absolutely|rarely|never|"
    r"nobody|no one|exactly|hardly|surely|certainly|usually|often|both|neither|"
    r"por supuesto|claro|sí|la respuesta|casi nunca|nadie|seguramente|desde luego)\b",
    _I,
)
"""An author answering their own question in the next sentence."""

# --- examples and stories --------------------------------------------------------------------

EXAMPLE_OPENING = re.compile(
    r"^(?:for example|for instance|take|consider the (?:story|case|couple|family)|think of (?:the|my)|"
    r"last (?:week|month|year|spring|summer|fall|autumn|winter|night|sunday|christmas|time)|"
    r"years ago|a (?:few|couple of) (?:years|months|weeks) ago|when (?:i|we) (?:was|were|first)|"
    r"one (?:evening|morning|day|night|sunday|afternoon|summer|winter|spring|autumn|fall|time)|"
    r"i (?:remember|once|still remember|recall)|early in (?:our|my) marriage|on (?:our|my) (?:wedding|first)|"
    r"a friend (?:of mine|once|told)|my (?:wife|husband|son|daughter|mother|father|mom|dad|mum|"
    r"friend|grandmother|grandfather|neighbou?r|sister|brother|pastor|boss)\b|"
    r"there was a|there once was|not long ago|recently,? (?:i|we|a)|"
    r"there(?:['’]s| is) a (?:story|time|night|day|moment|memory) (?:i|we|that)|let me tell you (?:about|a)|"
    r"por ejemplo|recuerdo|hace (?:unos|algunos|varios)? ?(?:años|meses|semanas)|una (?:tarde|noche|mañana) |"
    r"cuando (?:era|éramos) |mi (?:esposa|esposo|hijo|hija|madre|padre|abuela|abuelo|amig[oa])\b)",
    _I,
)
"""How a story or an example opens: "Last spring ...", "For example, ...", "My wife ..."."""

NARRATIVE_SUBJECT = re.compile(r"^(?:i|we|my|our|yo|nosotros|mi|nuestr[oa]s?)\b", _I)
PAST_TENSE = re.compile(
    r"\b(?:was|were|had|did|said|told|went|came|sat|got|made|thought|felt|asked|knew|took|gave|saw|"
    r"found|left|stood|began|ran|wrote|brought|heard|kept|became|held|lost|met|spent|fell|bought|sold|"
    r"paid|sent|built|taught|caught|drove|rode|spoke|broke|chose|forgot|understood|wore|won|lay|led|meant|"
    r"slept|sang|threw|wept|woke|hid|fought|fed|grew|knew|lent|let go|put down|shut|sat|read aloud|told|"
    r"\w{3,}ed|fue|era|éramos|estaba|estábamos|tenía|dijo|hizo|llegó|\w{3,}(?:ó|aba|ía|aron|ieron))\b",
    _I,
)

# --- claims with a shape the guide can ask about ---------------------------------------------

OPPOSED_VIEW = re.compile(
    r"(?<!what )(?<!how )(?<!who )\b(?=[acilmopstw])"
    r"(?P<who>we|many (?:of us|people|couples|christians|parents|believers)|"
    r"most (?:of us|people|couples)|"
    # "I think a lot of us men (and some women too) assume love is shown by being willing."
    r"(?:a lot|lots|so many|some) of us(?: (?:men|women|parents|christians))?(?: \([^)]{0,60}\))?|"
    r"people|couples|christians|parents|our culture|the world|society|it is easy to|it['’]s easy to|"
    r"muchos|muchas parejas|la mayoría|solemos|tendemos a)\s+"
    r"(?:(?:often|usually|tend to|sometimes|still|easily|can|will|have let ourselves|let ourselves|"
    r"have come to|['’]ve come to|have been taught to)\s+)*"
    # ("We still see the physio": seeing, not a view, unless it sees something as something)
    r"(?P<verb>(?:view|see|treat|picture|define|measure|hear|read)(?=\b[^.;:]*\b(?:as|in terms of)\b)|"
    r"think|assume|believe|associate|equate|reduce|limit|confuse|imagine|expect|"
    r"settle for|pensamos|creemos|vemos|confundimos|reducimos|pensar|creer|"
    r"ver|confundir|reducir)\b(?! (?:is|are|was|were|es|son)\b)",
    _I,
)
"""A view the author sets up to argue against: "We often think of trust in terms of ..." (never a relative
clause: "what people imagine is often less kind than what is real")."""

CORRECTION = re.compile(
    r"(?:\bbut (?:it|that|this|they|trust|love|\w+) (?:is|are) (?:much |far )?(?:larger|bigger|more|deeper|"
    r"wider|richer)|\bbut (?:that|this) is (?:not|only)|\bthe problem is\b|\bin reality\b|\bactually\b|"
    r"\bthe truth is\b|\bin fact\b|\bpero (?:es|son) (?:mucho )?(?:más|mayor)|\ben realidad\b|"
    r"\bla verdad es\b|\bsin embargo\b|\bbut (?:mostly|really|actually|in fact)\b|"
    r"\bpero (?:en el fondo|sobre todo)\b|\bno\b[^.;:]{3,80}\bsino\b|"
    r"\bnot\b[^.;:]{3,60}\bbut (?:when|because|in|by|on)\b)",
    _I,
)
MORE_THAN = re.compile(
    r"\b(?:is|are|was|means)\s+(?:so\s+|much\s+|far\s+)?more than\b|\bnot (?:just|only|simply|merely)\b|"
    r"\b(?:es|son)\s+(?:mucho\s+)?más que\b|\bno (?:es )?(?:solo|sólo|simplemente)\b",
    _I,
)
FIGURATIVE = re.compile(
    r"\b(?:is|are|was|becomes?)\s+(?:like|as)\s+(?:an?|the)\b|\bfeels?\s+like\s+an?\b|"
    # (the word boundary first: the look-behinds cost less where it fails, mid-word)
    r"\b(?<!something )(?<!anything )(?<!nothing )"
    r"like an? (?!lot\b|few\b|little\b|third\b|half\b|quarter\b)\w+|"
    r"\bpicture (?:a|an|the)\b|\bimagine (?:a|an|the)\b|\bas (?:if|though)\b|"
    r"\b(?:es|son|parece)\s+como\s+(?:un|una|el|la)\b|"
    r"\bcomo (?:un|una) (?!(?:minuto|hora|día|mes|año|semana|rato|par|poco)s?\b)\w+",
    _I,
)
THESIS_CUE = re.compile(
    r"^(?:here['’]?s the thing|the truth is|the point is|the key is|the secret is|what i want you to see|"
    r"in short|simply put|at (?:its|the) heart|"
    r"the good news is|la verdad es|lo importante es|en pocas palabras)\b|"
    r"\b(?:at (?:its|the) heart|is really about|comes down to|the one (?:thing|element)|above all|"
    r"en el fondo|se trata de)\b",
    _I,
)
ANNOUNCED = re.compile(
    r"^(?P<frame>(?:(?!\b(?:lies?|myths?|mistakes?|temptations?|assum\w*|heard|told|says|culture|world|"
    r"enem(?:y|ies)|accus\w*|excuses?|questions?|if you|mentira|mito|pregunta)\b)[^:?]){0,110}?\b(?:"
    r"(?:it|that|this)(?:['’]s|['’]d be| is| was| would be| will be)\s+"
    r"(?:(?:probably|simply|just|really|only)\s+)?this|"
    r"(?:is|was|would be)\s+(?:(?:probably|simply|just|really)\s+)?this|"
    r"(?:say|tell you|hear|know|remember)\s+this|"
    r"here(?:['’]s| is) (?:what|the thing)[^:?]*|"
    r"(?:here(?:['’]s| is) )?(?:my|our) (?:argument|point|claim|thesis)[^:?]{0,30}|"
    # "I want to argue something in this post that I wish someone had told me: ..."
    r"(?:i|we) (?:want to|would like to|['’]d like to|am going to|['’]m going to|mean to) "
    r"(?:argue|suggest|propose|say|tell you) (?:something|one thing)[^:?]*|"
    r"what (?:i|we)(?:['’]ve| have)? (?:\w+ ){0,2}(?:learned|learnt|come to (?:believe|see)|believe)[^:?]*|"
    r"(?:es|sería) (?:esto|este)|(?:te )?(?:digo|diré) esto|sepas esto"
    r"))\s*:\s+(?=\S)",
    _I,
)
"""The author announcing the claim that follows the colon as the one they most want heard ("If we've
learned one thing, it's probably this: ...", "Here is what I think this passage is teaching: ...", "let
me say this: ..."), never a view they report to argue against ("The lie is this: ...")."""


ORDINAL_POINT = re.compile(
    r"^\W*(?:first|second|third|fourth|fifth|primero|segundo|tercero|cuarto)\s*[:—–-]\s+\S.{2,80}$", re.I
)
"""A sermon's point on a line of its own, named by its place ("First: God starts with the body.")."""


ANNOUNCED_THAT = re.compile(
    r"^\W*(?:(?:and|but|so|now|here|today|this morning)\W+)*(?:"
    r"(?:i|we) (?:want to|would|['’]d|am going to|['’]m going to|will|mean to) "
    r"(?:argue|suggest|propose|make the case|contend|insist)(?: (?:here|today|this morning|to you))? that|"
    r"(?:my|our) (?:argument|claim|contention|conviction|point)(?: (?:here|today|this morning))? is"
    r"(?: (?:simply|just|this))? that|"
    r"(?:i|we)(?:['’]ve| have) come to (?:believe|see|think) that|"
    r"(?:i|we) (?:now (?:think|believe|see)|(?:think|believe|see) now) that|"
    r"(?:i|we)(?:['’]m|['’]re| am| are) (?:now )?(?:convinced|persuaded) that|"
    r"quiero (?:argumentar|sostener|proponer|defender) que|(?:mi|nuestro) argumento es que|"
    r"estoy convencid[oa] de que|he llegado a creer que"
    r")\s+(?=\S)",
    _I,
)
"""The author announcing the claim they argue for without a colon ("I want to argue that the midnight
rule is a bad reading of a good verse", "My argument is that ...", "I've come to believe that ...")."""


COURTESY = re.compile(
    r"^\W*(?:(?:first(?: of all)?|before (?:anything else|we (?:start|begin))|and|but|antes que nada)"
    r"[,:]?\s+)?"
    r"(?:thank you|thanks|gracias|i(?:['’]m| am) (?:so |very |truly |really )?sorry|lo siento)\b|"
    # the columnist's signpost to a part of the letter: "Start with what you want to say."
    r"^\W*(?:let['’]s\s+|I['’]ll\s+)?(?:start|begin)\s+with\s+(?:what\s+you|your\s+(?:question|letter|first))\b|"
    r"^\W*empecemos\s+por\b|"
    # praise for the writer: "Fourteen months is a real achievement, and it sounds like it was hard won."
    r"^[^.!?]{0,60}\b(?:is|was)\s+(?:a|an)\s+(?:real|huge|genuine|big|great|remarkable)\s+"
    r"(?:achievement|accomplishment|milestone|thing)\b|"
    # sympathy: "Four months is a brutal stretch, and you lived it on airplanes."
    r"^[^.!?]{0,60}\b(?:is|was)\s+(?:a\s+)?(?:brutal|hard|painful|awful|terrible|exhausting|long|lonely)\s+"
    r"(?:stretch|time|season|year|road|thing|place|way)\b|"
    r"^\W*(?:well done|congratulations|good for you|felicidades|enhorabuena)\b",
    re.IGNORECASE,
)
"""A columnist's courtesy, praise or signpost ("First, thank you for writing", "I'm sorry about the
bathroom", "Fourteen months is a real achievement", "Start with what you want to say"): neither counsel nor
an answer to weigh."""

SECOND_CLAIM = re.compile(r",?\s+(?:and|or|y|o) (?:that|que)\s", re.IGNORECASE)
"""Where a second claim joins the first under one frame ("I want to argue that X, and that Y"; "Some of
you are thinking that X, or that Y"): the first is the one to quote."""


IDEA_LABEL = re.compile(
    r"^\W*(?:the\s+)?(?:main|big|key|central)\s+(?:idea|point|truth|thought)\s*:\s+(?=\S)|"
    r"^\W*(?:la\s+)?idea\s+(?:principal|central)\s*:\s+(?=\S)",
    _I,
)
"""A study's label on its own summary ("Main idea: God welcomes an honest request ..."): the claim is what
follows, and the label is never read aloud."""


def announced(text: str) -> int | None:
    """Where the announced claim starts in ``text`` (after its frame), when the author announces one
    and it is long enough to stand as a claim; else None."""
    # (ANNOUNCED needs a colon: without one it would try every length of frame before failing)
    match = (
        IDEA_LABEL.match(text) or ANNOUNCED.match(text) if ":" in text else None
    ) or ANNOUNCED_THAT.match(text)
    if match is None or text.rstrip().endswith("?") or len(text[match.end() :].split()) < 5:
        return None
    return match.end()


GENERAL_CLAIM = re.compile(
    r"\b(?=[abcegikmnrst])(?:is|are|means|needs?|must|requires?|grows?|takes|keeps|begins|starts|becomes|matters|"
    r"es|son|significa|necesita|requiere|crece|empieza|comienza)\b",
    _I,
)
ENCOURAGEMENT = re.compile(r"^(?:know|remember|believe|trust|take heart|sabe|recuerda|confía)\b", _I)

# --- advice columns ----------------------------------------------------------------------------

SALUTATION = re.compile(r"^(?:dear|hi|hello|querid[oa]|estimad[oa]|hola)\s+[\w .'’-]{1,40}?[,:](?:\s|$)", _I)
QA_LETTER = re.compile(r"^(?:q|question|pregunta|p)\s*[:.]\s", _I)
QA_ANSWER = re.compile(r"^(?:a|answer|respuesta|r)\s*[:.]\s", _I)
SIGNATURE = re.compile(
    r"^\s*(?:[-–—]+\s*\S.{0,50}|(?:signed|sincerely|yours|regards|thanks|firmado|atentamente|"
    r"un saludo|gracias),?\s*\S.{0,50})$",
    _I,
)
"""A letter's signature line: "— Tired in Tacoma", "Signed, Stuck in the Middle"."""

# --- lists -------------------------------------------------------------------------------------

LIST_LEAD = re.compile(
    r":\s*$|\b(?=[\dacdefhnost])(?:the following|here are|here is|these (?:are|include)|as follows|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:things|ways|steps|habits|tips|questions|"
    r"conversations|practices|promises|vows|signs|reasons|lessons|truths)\b|"
    r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+) (?:cosas|maneras|pasos|hábitos|consejos|"
    r"preguntas|conversaciones|promesas)\b)",
    _I,
)


# --- fast checks --------------------------------------------------------------------------------

_IRREGULAR_PAST = frozenset(
    "was were had did said told went came sat got made thought felt asked knew took gave saw found left "
    "stood began ran wrote brought heard kept became held lost met spent fell bought sold paid sent built "
    "taught laid hung swore shook struck stuck dug bent blew drew flew froze "
    "caught drove rode spoke broke chose forgot understood wore won lay led meant slept sang threw wept woke "
    "hid fought fed grew lent shut fue era éramos estaba estábamos tenía dijo hizo llegó".split()
)
_NOT_PAST_ED = frozenset(
    "need indeed seed speed feed bed red shed led weed bleed greed proceed exceed".split()
)


_PRESENT_PASSIVE = frozenset("is are am be being get gets isn't aren't".split())
"""A participle after these, one or two words on, is no past tense ("is best left", "are loved")."""


@lru_cache(maxsize=16384)
def is_past(text: str) -> bool:
    """Whether ``text`` has a verb in the past tense (the same test as :data:`PAST_TENSE`, by word)."""
    from guides.analysis.passages import words

    tokens = words(text)
    for i, w in enumerate(tokens):
        if w in _IRREGULAR_PAST or (len(w) >= 5 and w.endswith("ed") and w not in _NOT_PAST_ED):
            if w not in _PRESENT_PASSIVE and _PRESENT_PASSIVE.intersection(tokens[max(0, i - 2) : i]):
                continue  # "everything else is best left to the people who are good at it": a participle
            return True
        if len(w) >= 5 and w.endswith(("ó", "aba", "aron", "ieron")):
            return True
        if len(w) >= 5 and w.endswith("ía") and not w.endswith(("tía", "día")):
            return True
    return False


_NOTE_KEYS = (
    "word", "translat", "literal", "greek", "hebrew",
    "aramaic", "latin", "original", "notice", "look", "bible",
    "research", "phrase", "term", "verb", "noun", "kjv",
    "niv", "esv", "palabra", "griego", "hebreo", "traduc",
    "fíj", "observ", "castellano", "reina-valera", "verbo",
    " there mean", " here mean", " verse mean", "ahí signific", "aquí signific",
)  # fmt: skip
_PROMO_KEYS = (
    "visit", "order", "buy", "shop", "subscrib", "sign up", "newsletter", "download", "available", "code",
    "click", "follow us", "join", "copy", "learn more", "sponsor", "advert", "book", "devotional", "course",
    "http", "www", "question for", "question about", "write to", "send your", "address below",
    "letters may",
    "resources", "place", "find out", "-day", "escríb",
    "suscr", "descarg", "disponible", "haz clic",
    "compra", "tienes una", "formulario", "workbook", "challenge", "served", "collection", "audio",
    "recording", "podcast", "hosting", "know by", "rota", "sign-up", "signup", "share",
    "plan",
)  # fmt: skip

WORD_SET_ASIDE = re.compile(
    r"\b(?:the (?:word|name|term|label) matters less|(?:whatever|call it what) (?:you|we) (?:call|like|will)|"
    r"less (?:about|than) the (?:word|name|term|label)|more than the (?:word|name|term|label)|"
    r"(?:la palabra|el nombre|el término) (?:importa|es lo de) menos)\b",
    re.I,
)
"""A sentence that sets the word aside and turns back to the argument ("The word matters less than the idea
inside it.")."""


def maybe_note(text: str) -> bool:
    lowered = text.lower()
    return any(k in lowered for k in _NOTE_KEYS) or '"' in text or "“" in text or "«" in text or "*" in text


def maybe_promo(text: str) -> bool:
    lowered = text.lower()
    return any(k in lowered for k in _PROMO_KEYS)


USED_TO = re.compile(
    r"^\W*(?:(?:and|but|so|honestly|for years|for a long time),?\s+)?(?:i|we)\s+"
    r"(?:used to|once|always)\s+(?P<verb>read|think|thought|believe|believed|hear|heard|see|saw|take|took)\b"
    r"(?P<object>\s+(?:that|it|this|those|these|them|that verse|this verse|that line|this line|"
    r"that passage|this passage)\b(?!\s+(?:the|a|an|my|our|your|his|her|their)\b))?|"
    r"^\W*(?:yo\s+)?(?:solía|solíamos)\s+(?P<verbo>leer|pensar|creer|oír)\b"
    r"(?P<objeto>\s+(?:eso|esto|ese versículo|este versículo)\b)?",
    re.IGNORECASE,
)
"""The opening of a view the author has left behind: "I used to think ...", "We once read ...", "Solía
pensar ..."; ``object`` holds a pronoun that points back ("I used to read that as ...")."""

OWN_CHILD = re.compile(
    r"^\W*(?:[Oo]ur|[Nn]uestr[oa]s?)\s+(?:\w+\s+)?(?:sons?|daughters?|kids|children|boys?|girls?|eldest|oldest|"
    r"youngest|middle|baby|teen\w*|hijos?|hijas?)\b"
    r"(?:,?\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b|[^.]{0,40}\b(?:is|was|are|were|es|tiene)\s+(?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b)"
)
"""The author's own child, named or aged ("Our middle son, Jakub, is nine ..."): a fact of the household,
not a claim (but "Our daughter doesn't need to be easy. She needs to be ours." is one)."""


NOTICE = re.compile(
    r"^\W*(?:and\s+)?(?:(?:first|second|third|fourth|finally|lastly|next|then),?\s+)?"
    r"(?:notice|look at|see|observe|watch|consider|note|remember|fíjate|fíjense|miren|observen)\b",
    re.I,
)
"""A point that asks the hearer to notice something in the text ("First, notice who moved."): what the
passage shows, not a thing to do this week."""


NEXT_TIME = re.compile(
    r"^\W*(?:(?:notices?|announcements?|avisos|anuncios)\s*:\s*)?"
    r"(?:next (?:week|time|session|month|sunday)|coming up|la (?:próxima|semana que viene)|"
    r"el próximo domingo|la próxima semana)\b",
    _I,
)
"""A line about another session ("Next week: Luke 14", "Coming up next week: ..."): its passage is not
tonight's."""
